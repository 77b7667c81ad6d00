"""The removals of many incidents at once (an import undone, gallring) and the replacing of a
survey's year, with someone else changing things between what the user was shown and the
removal (issue 18: nothing overwritten or removed unseen). On a file and a server both; the
second writer is another Database on the same file or server, as anna.berg on a file (on a
server the login is who changed it)."""
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from brastod.core.db import open_database
from brastod.core.errors import ValidationError
from brastod.core.models import Incident
from brastod.core.periods import YEAR, period_of
from brastod.core.services import figures, import_history, incidents, retention, surveys
from brastod.core.services.survey_years import SavedMeanwhile, saved_years
from brastod.core.services.figures import summary
from tests.conftest import DEMO_TODAY


@pytest.fixture
def anna(demo_db, monkeypatch, request):
    """``anna(change, *args)`` runs ``change(her database, *args)``."""
    from brastod.core import versions
    other = open_database(demo_db.path or request.getfixturevalue("pg_demo_url"))

    def as_anna(change, *args, **kwargs):
        with monkeypatch.context() as patch:
            patch.setattr(versions.getpass, "getuser", lambda: "anna.berg")
            return change(other, *args, **kwargs)
    yield as_anna
    other.close()


def her_name(db) -> str:
    return "anna.berg" if db.path is not None else db.engine.url.username


def edit(db, incident_id: int, **changes) -> None:
    """A hand edit, as the incident dialog saves it."""
    loaded = incidents.get_incident(db, incident_id)
    incidents.save_incident(db, incident_id, replace(loaded, **changes), today=DEMO_TODAY,
                            version=loaded.stamp.version, base=loaded.columns())


def of_batch(db, batch_id: int) -> list[int]:
    with db.session() as session:
        return session.execute(select(Incident.id).where(Incident.batch_id == batch_id)
                               .order_by(Incident.id)).scalars().all()


def a_batch(db) -> int:
    """The example data's batch with the most incidents in one year (a file's month)."""
    with db.session() as session:
        return session.execute(select(Incident.batch_id).where(Incident.batch_id.is_not(None))
                               .group_by(Incident.batch_id)
                               .order_by(func.count().desc(), Incident.batch_id)
                               .limit(1)).scalar_one()


def assert_tallied(db, year: int) -> None:
    """The year's lägesbild figures come from the yearly tallies and equal those counted from
    the incidents (tests/core/test_figures_tallies.py)."""
    period = period_of(YEAR, date(year, 6, 1))
    with db.session() as session:
        shown = figures.compute_figures(session, period)
        tops = figures._Tops(session)
        tallied = figures._tallied_details(session, tops, period, None, shown.matrix)
        assert tallied is not None
        assert tallied == figures._counted_details(session, tops, period, None)


def total(db, year: int) -> int:
    return summary(db, date(year, 1, 1), date(year, 12, 31)).total


# ---- undoing an import ----

def test_undoing_an_import_says_who_changed_which_of_its_incidents(demo_db, anna):
    batch = a_batch(demo_db)
    first, second, *_ = of_batch(demo_db, batch)
    assert not import_history.plan_undo(demo_db, batch).edited
    anna(edit, first, place="Torget")
    anna(edit, second, count=7)
    edit(demo_db, second, description="Min ändring")
    plan = import_history.plan_undo(demo_db, batch)
    assert plan.incidents == len(of_batch(demo_db, batch)) and len(plan.edited) == 2
    said = plan.edited.text()
    assert said.startswith("2 av dem har ändrats för hand: ")
    assert f"av {her_name(demo_db)} (senast " in said
    if demo_db.path is not None:         # two people on a file; one login on the server
        assert "1 av anna.berg" in said and said.count(" av ") == 3


def test_an_undo_keeping_the_hand_edited_incidents_keeps_them_and_their_figures(
        demo_db, anna):
    batch = a_batch(demo_db)
    ids = of_batch(demo_db, batch)
    with demo_db.session() as session:
        year = session.get(Incident, ids[0]).occurred_on.year
    before = total(demo_db, year)
    anna(edit, ids[0], place="Torget", count=3)
    plan = import_history.plan_undo(demo_db, batch)
    removed = import_history.undo_batch(demo_db, batch, plan.edited, keep_edited=True)
    assert removed == len(ids) - 1 and of_batch(demo_db, batch) == [ids[0]]
    counted = summary(demo_db, date(year, 1, 1), date(year, 12, 31))
    assert counted.total == total(demo_db, year)
    with demo_db.session() as session:      # the year's figures: the kept one, nothing else
        left = session.execute(select(func.sum(Incident.count)).where(
            Incident.occurred_on.between(date(year, 1, 1), date(year, 12, 31)))).scalar()
    assert counted.total == left and counted.total < before
    assert_tallied(demo_db, year)
    batches = {row.id: row for row in import_history.list_batches(demo_db)}
    assert batches[batch].undone_at is not None and batches[batch].incidents_now == 1


def test_an_undo_removing_all_removes_the_hand_edited_ones_too(demo_db, anna):
    batch = a_batch(demo_db)
    ids = of_batch(demo_db, batch)
    anna(edit, ids[0], place="Torget")
    plan = import_history.plan_undo(demo_db, batch)
    assert import_history.undo_batch(demo_db, batch, plan.edited) == len(ids)
    assert of_batch(demo_db, batch) == []


@pytest.mark.parametrize("keep", [False, True])
@pytest.mark.parametrize("which", ["untouched", "edited"])
def test_an_incident_changed_after_the_question_refuses_the_whole_undo(
        demo_db, anna, keep, which):
    """Whether the change is to one the user was told is untouched or to one shown as changed
    by hand (its newer version), nothing of the batch goes and who/when is said."""
    batch = a_batch(demo_db)
    ids = of_batch(demo_db, batch)
    edit(demo_db, ids[0], place="Torget")
    plan = import_history.plan_undo(demo_db, batch)
    anna(edit, ids[0] if which == "edited" else ids[1], count=9)
    with pytest.raises(ValidationError) as raised:
        import_history.undo_batch(demo_db, batch, plan.edited, keep_edited=keep)
    said = str(raised.value)
    assert said.startswith(f"{her_name(demo_db)} ändrade en av importens händelser kl. ")
    assert "Inget togs bort" in said
    assert of_batch(demo_db, batch) == ids
    assert import_history.plan_undo(demo_db, batch).incidents == len(ids)   # not undone
    again = import_history.plan_undo(demo_db, batch)
    assert import_history.undo_batch(demo_db, batch, again.edited, keep_edited=keep) == \
        len(ids) - (len(again.edited) if keep else 0)


# ---- gallring ----

MONTHS = 12                                      # the cutoff: 22 November 2025


def old(db, *, limit: int = 2) -> list[int]:
    """Incidents the gallring of MONTHS removes."""
    cutoff = retention.cutoff_for(MONTHS, DEMO_TODAY)
    with db.session() as session:
        return session.execute(select(Incident.id).where(Incident.occurred_on < cutoff)
                               .order_by(Incident.occurred_on, Incident.id).limit(limit)
                               ).scalars().all()


def before_cutoff(db) -> int:
    cutoff = retention.cutoff_for(MONTHS, DEMO_TODAY)
    with db.session() as session:
        return session.execute(select(func.count()).select_from(Incident)
                               .where(Incident.occurred_on < cutoff)).scalar_one()


def test_gallring_says_who_changed_its_incidents_and_removes_them_too(demo_db, anna):
    first, second = old(demo_db)
    anna(edit, first, place="Torget")
    anna(edit, second, count=3)
    plan = retention.plan_purge(demo_db, MONTHS, DEMO_TODAY)
    assert plan.edited.text().startswith(f"2 av dem har ändrats för hand: 2 av "
                                         f"{her_name(demo_db)} (senast ")
    assert retention.purge(demo_db, MONTHS, DEMO_TODAY, plan) == plan.incidents
    assert before_cutoff(demo_db) == 0
    assert_tallied(demo_db, plan.cutoff.year)
    assert retention.plan_purge(demo_db, MONTHS, DEMO_TODAY).incidents == 0


@pytest.mark.parametrize("which", ["untouched", "edited"])
def test_an_old_incident_changed_after_the_question_is_said_and_nothing_is_purged(
        demo_db, anna, which):
    first, second = old(demo_db)
    edit(demo_db, first, place="Torget")
    plan = retention.plan_purge(demo_db, MONTHS, DEMO_TODAY)
    anna(edit, first if which == "edited" else second, count=9)
    with pytest.raises(retention.PurgeChanged) as raised:
        retention.purge(demo_db, 24, DEMO_TODAY, plan)
    said = str(raised.value)
    assert said.startswith(f"{her_name(demo_db)} ändrade en av händelserna före {plan.cutoff} "
                           "kl. ") and "Inget togs bort" in said
    assert before_cutoff(demo_db) == plan.incidents
    assert retention.retention_months(demo_db) != 24          # the setting is not changed
    again = retention.plan_purge(demo_db, MONTHS, DEMO_TODAY)  # gallring is not blocked
    assert len(again.edited) == (2 if which == "untouched" else 1)
    assert retention.purge(demo_db, MONTHS, DEMO_TODAY, again) == plan.incidents
    assert before_cutoff(demo_db) == 0


def test_an_incident_coming_under_the_limit_after_the_question_is_not_purged_unseen(
        demo_db, anna):
    plan = retention.plan_purge(demo_db, MONTHS, DEMO_TODAY)
    anna(incidents.save_incident, None, incidents.IncidentInput(      # entered, dated old
        occurred_on=date(2024, 1, 5), place="Torget", description="Sent inrapporterad"),
        today=DEMO_TODAY)
    with pytest.raises(retention.PurgeChanged, match=(
            f"Före {plan.cutoff} finns nu {plan.incidents + 1} händelser, inte "
            f"{plan.incidents} som frågan sade. Inget gallrades.")):
        retention.purge(demo_db, MONTHS, DEMO_TODAY, plan)
    assert before_cutoff(demo_db) == plan.incidents + 1


def test_an_incident_moved_past_the_limit_after_the_question_is_asked_about(demo_db, anna):
    moved, = old(demo_db, limit=1)
    plan = retention.plan_purge(demo_db, MONTHS, DEMO_TODAY)
    anna(edit, moved, occurred_on=date(2026, 11, 1))
    with pytest.raises(retention.PurgeChanged, match=f"finns nu {plan.incidents - 1} "):
        retention.purge(demo_db, MONTHS, DEMO_TODAY, plan)
    again = retention.plan_purge(demo_db, MONTHS, DEMO_TODAY)
    assert retention.purge(demo_db, MONTHS, DEMO_TODAY, again) == plan.incidents - 1
    assert incidents.get_incident(demo_db, moved).occurred_on == date(2026, 11, 1)


def test_the_purge_command_says_who_changed_them_and_counts_again_after_a_change(
        demo_db, anna, capsys, monkeypatch, request):
    """--yes is yes to what is there when the purge is done: a change between the count and
    the purge is counted again, and what was purged is said. (The command's cutoff is a year
    before the real today; these oldest incidents are before it too.)"""
    from brastod.cli import main
    first, second = old(demo_db)
    anna(edit, first, place="Torget")
    target = demo_db.path or request.getfixturevalue("pg_demo_url")
    assert main(["--db", str(target), "purge", "--older-than", str(MONTHS)]) == 0
    shown = capsys.readouterr().out
    assert f"1 av dem har ändrats för hand: 1 av {her_name(demo_db)}" in shown
    planned, plans = retention.plan_purge, []

    def changed_after(*args):           # anna saves between the first count and the purge
        plans.append(planned(*args))
        if len(plans) == 1:
            anna(edit, second, count=4)
        return plans[-1]
    monkeypatch.setattr(retention, "plan_purge", changed_after)
    assert main(["--db", str(target), "purge", "--older-than", str(MONTHS), "--yes"]) == 0
    out = capsys.readouterr().out
    assert len(plans) == 2 and f"{plans[1].incidents} händelser före" in out
    assert f"2 av dem har ändrats för hand: 2 av {her_name(demo_db)}" in out
    with demo_db.session() as session:
        assert session.get(Incident, second) is None


# ---- replacing a survey's year ----

EXAMPLE_SURVEY = Path(__file__).parents[1] / "data" / "surveys" / "trygghetsenkat_2026.xlsx"


def counted(db):
    survey = surveys.read_survey_file(EXAMPLE_SURVEY)
    return surveys.count_survey(db, survey, survey.question_column())


def seen(db, year: int):
    """The year as the survey dialog saw it when it opened the file."""
    with db.session() as session:
        return saved_years(session).get((surveys.DEFAULT_INDICATOR, year))


@pytest.mark.parametrize("year", [2026, 2027])        # one stored already, one not yet
def test_a_year_someone_else_saved_since_the_file_was_opened_is_not_replaced_unseen(
        demo_db, anna, year):
    result, shown = counted(demo_db), seen(demo_db, year)
    assert (shown is None) == (year == 2027)
    anna(surveys.save_survey, replace(result, file_name="annas.xlsx"), year)
    with pytest.raises(SavedMeanwhile) as raised:
        surveys.save_survey(demo_db, result, year, shown=shown)
    said = str(raised.value)
    assert said.startswith(f"{her_name(demo_db)} sparade {surveys.DEFAULT_INDICATOR} för "
                           f"{year} från annas.xlsx kl. ") and "Inget ersattes" in said
    assert seen(demo_db, year).survey[0] == "annas.xlsx"
    surveys.save_survey(demo_db, result, year, shown=raised.value.saved)   # replace that one
    assert seen(demo_db, year).survey[0] == result.file_name


def test_a_year_nobody_changed_since_is_replaced_and_one_saved_again_is_noticed(demo_db, anna):
    result, shown = counted(demo_db), seen(demo_db, 2026)
    surveys.save_survey(demo_db, result, 2026, shown=shown)
    again = seen(demo_db, 2026)
    assert again != shown                       # new rows, even where SQLite reuses the ids
    anna(surveys.save_survey, result, 2026)     # the same file again, by anna
    with pytest.raises(SavedMeanwhile):
        surveys.save_survey(demo_db, result, 2026, shown=again)


def test_the_survey_command_names_the_year_someone_saved_while_it_read(
        demo_db, anna, capsys, monkeypatch, request):
    from brastod.cli import main
    read, hers = surveys.read_survey_file, replace(counted(demo_db), file_name="annas.xlsx")

    def saved_while_read(path):
        survey = read(path)
        anna(surveys.save_survey, hers, 2026)
        return survey
    monkeypatch.setattr(surveys, "read_survey_file", saved_while_read)
    target = demo_db.path or request.getfixturevalue("pg_demo_url")
    assert main(["--db", str(target), "import-survey", str(EXAMPLE_SURVEY), "--year",
                 "2026"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"brastod: {her_name(demo_db)} sparade {surveys.DEFAULT_INDICATOR} "
                          "för 2026 från annas.xlsx kl. ") and "Traceback" not in err
    assert seen(demo_db, 2026).survey[0] == "annas.xlsx"
