"""Several people at once (issue 18): every record edited in place has a version; a save that
names the version its editor loaded meets someone else's newer save as a Conflict carrying their
text, and overwrites nothing. On a file and on a PostgreSQL server alike."""
import getpass
import subprocess
import sys
from datetime import date

import pytest

from brastod.core.errors import ValidationError
from brastod.core.meeting_rules import DecisionFields, SeriesFields
from brastod.core.periods import MONTH, period_of
from brastod.core.plan_rules import Link, PlanFields
from brastod.core.services import action_plans, meeting_series, meetings, plan_chain
from brastod.core.services import situation_reports as reports
from brastod.core.versions import Conflict, changed_line
from tests.core.on_file import FILE


def _section(db):
    report_id = reports.create_report(db, "operational", period_of(MONTH, date(2026, 10, 1)))
    return reports.get_report(db, report_id).sections[0]


def _me(db) -> str:
    """Who a save is made by: the server login, or the computer's user on a file."""
    return db.engine.url.username if db.server else getpass.getuser()


def _target(db) -> str:
    if db.path:
        return str(db.path)
    return "postgresql://" + db.engine.url.render_as_string(hide_password=False).split("://")[1]


def test_a_new_record_is_version_1_and_each_save_counts_up_and_says_who(any_db):
    section = _section(any_db)
    assert section.stamp.version == 1 and section.stamp.changed_by == _me(any_db)
    stamp = reports.SECTIONS.save(any_db, section.id, body="Första", version=1)
    assert stamp.version == 2 and stamp.changed_by == _me(any_db)
    again = _section_by_id(any_db, section)
    assert (again.body, again.stamp.version, again.stamp.changed_by) == ("Första", 2, _me(any_db))
    assert again.stamp.changed_at is not None
    assert changed_line(again.stamp).startswith(f"Senast ändrad av {_me(any_db)} ")


def _section_by_id(db, section):
    report = reports.get_report(db, _report_of(db, section))
    return next(s for s in report.sections if s.id == section.id)


def _report_of(db, section) -> int:
    return next(r.id for r in reports.list_situation_reports(db)
                if section.id in {s.id for s in reports.get_report(db, r.id).sections})


def test_a_save_on_an_older_version_is_a_conflict_with_the_other_text_and_writes_nothing(any_db):
    section = _section(any_db)
    reports.SECTIONS.save(any_db, section.id, body="Annas text", version=1)
    with pytest.raises(Conflict) as raised:
        reports.SECTIONS.save(any_db, section.id, body="Min text", version=1)
    conflict = raised.value
    assert conflict.values == {"body": "Annas text"}
    assert conflict.stamp.version == 2 and conflict.stamp.changed_by == _me(any_db)
    assert str(conflict).startswith(f"{_me(any_db)} ändrade det här avsnittet kl. ")
    assert "efter att du började skriva" in str(conflict)
    assert _section_by_id(any_db, section).body == "Annas text"
    # Saved against the other version, once the user has seen it, the text wins.
    reports.SECTIONS.save(any_db, section.id, body="Annas text\n\nMin text", version=2)
    assert _section_by_id(any_db, section).body == "Annas text\n\nMin text"


def test_a_save_without_a_version_still_works_and_counts_up(any_db):
    section = _section(any_db)
    reports.SECTIONS.save(any_db, section.id, body="Från kommandoraden")
    assert _section_by_id(any_db, section).stamp.version == 2
    with pytest.raises(Conflict):       # an editor that loaded version 1 sees it
        reports.SECTIONS.save(any_db, section.id, body="Min", version=1)


def test_a_removed_record_is_said_so_not_a_conflict(any_db):
    section = _section(any_db)
    reports.remove_section(any_db, section.id)
    with pytest.raises(ValidationError, match="finns inte längre") as raised:
        reports.SECTIONS.save(any_db, section.id, body="Min", version=1)
    assert not isinstance(raised.value, Conflict)


def _meeting(db):
    series_id = meeting_series.save_series(db, None, SeriesFields("Lokala BRÅ", "council", None,
                                                                  None, 120, None), [])
    [meeting_id] = meeting_series.create_meetings(db, series_id, [date(2027, 2, 1)])
    return meetings.get_meeting(db, meeting_id)


def test_minutes_and_decisions_meet_a_newer_save_as_a_conflict(any_db):
    meeting = _meeting(any_db)
    item = meeting.agenda[0]
    version = item.stamp.version
    meetings.save_item(any_db, item.id, minutes="Sekreterarens protokoll", version=version)
    with pytest.raises(Conflict) as raised:
        meetings.save_item(any_db, item.id, minutes="Samordnarens", version=version)
    assert raised.value.values == {"minutes": "Sekreterarens protokoll"}
    assert "protokollet för den här punkten" in str(raised.value)
    stored = meetings.get_meeting(any_db, meeting.id).agenda[0]
    assert stored.minutes == "Sekreterarens protokoll" and stored.stamp.version == version + 1

    values = DecisionFields("Ordna belysning", None, None, "open")
    decision_id = meetings.save_decision(any_db, None, meeting_id=meeting.id, item_id=item.id,
                                         values=values)
    [row] = meetings.get_meeting(any_db, meeting.id).agenda[0].decisions
    meetings.save_decision(any_db, decision_id, meeting_id=meeting.id, item_id=item.id,
                           values=DecisionFields("Ordna belysning i parken", None, None, "open"),
                           version=row.stamp.version)
    with pytest.raises(Conflict) as raised:
        meetings.save_decision(any_db, decision_id, meeting_id=meeting.id, item_id=item.id,
                               values=values, version=row.stamp.version)
    assert raised.value.values["text"] == "Ordna belysning i parken"


def test_the_plan_chain_links_meet_a_newer_save_as_a_conflict(any_db):
    plan_id = action_plans.create_plan(any_db, PlanFields("Plan", period_start=date(2027, 1, 1)))
    problem_id = plan_chain.add_problem(any_db, plan_id, "Skadegörelse")
    cause_id = plan_chain.add_cause(any_db, problem_id, "Mörkt i parken")
    [problem] = plan_chain.get_outline(any_db, plan_id).problems
    [cause] = problem.causes
    plan_chain.update_cause(any_db, cause_id, "Mörkt i parken på kvällen",
                            version=cause.stamp.version)
    with pytest.raises(Conflict) as raised:
        plan_chain.rename(any_db, Link.CAUSE, cause_id, "Trasig belysning",
                          version=cause.stamp.version)
    assert raised.value.values == {"description": "Mörkt i parken på kvällen"}
    assert "den här orsaken" in str(raised.value)
    plan_chain.update_problem(any_db, problem_id, title="Skadegörelse i parken", description="",
                              area_id=None, category_id=None, version=problem.stamp.version)
    with pytest.raises(Conflict):
        plan_chain.update_problem(any_db, problem_id, title="Klotter", description="",
                                  area_id=None, category_id=None,
                                  version=problem.stamp.version)
    [problem] = plan_chain.get_outline(any_db, plan_id).problems
    assert problem.title == "Skadegörelse i parken"
    assert problem.causes[0].description == "Mörkt i parken på kvällen"


def test_a_change_made_elsewhere_counts_up_too(any_db):
    """Dialogs and the command line change records through the ORM, without a version: that
    is a new version as well, so an editor's later save sees it."""
    meeting = _meeting(any_db)
    detail = meetings.get_meeting(any_db, meeting.id)
    from brastod.core.models import Meeting
    with any_db.session() as session:
        before = session.get(Meeting, meeting.id).version
    meetings.update_meeting(any_db, meeting.id, meetings.MeetingFields(
        "Nytt namn", detail.meeting_date, detail.start_time, detail.end_time, detail.place,
        detail.status, detail.chair, detail.secretary, detail.approver,
        detail.situation_report_id))
    with any_db.session() as session:
        after = session.get(Meeting, meeting.id)
        assert after.version == before + 1 and after.changed_by == _me(any_db)


SAVE_IN_A_PROCESS = """
import sys
from brastod.core.db import open_database
from brastod.core.services.situation_reports import SECTIONS
from brastod.core.versions import Conflict
db = open_database(sys.argv[1])
try:
    SECTIONS.save(db, int(sys.argv[2]), body=sys.argv[3], version=int(sys.argv[4]))
    print("sparat")
except Conflict as conflict:
    print("konflikt", conflict.stamp.version, conflict.values["body"])
finally:
    db.close()
"""


def test_two_programs_saving_the_same_section_one_gets_the_conflict_nothing_is_lost(any_db):
    section = _section(any_db)
    texts = ["Annas lägesbild", "Bertils lägesbild"]
    programs = [subprocess.Popen([sys.executable, "-c", SAVE_IN_A_PROCESS, _target(any_db),
                                  str(section.id), text, "1"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for text in texts]
    said = [program.communicate(timeout=120) for program in programs]
    # The one that comes second may have to wait for the other's write: lock_wait says so.
    for _, err in said:
        assert all(line.startswith("brastod: Databasen används av ett annat program")
                   for line in err.splitlines()), err
    outcomes = [out.strip() for out, _ in said]
    assert sorted(outcome.split()[0] for outcome in outcomes) == ["konflikt", "sparat"]
    winner = texts[outcomes.index("sparat")]
    loser = texts[1 - outcomes.index("sparat")]
    # The second got the first one's text to show beside its own, which it still has.
    assert outcomes[texts.index(loser)] == f"konflikt 2 {winner}"
    assert _section_by_id(any_db, section).body == winner


@FILE
def test_on_a_file_without_a_user_name_the_change_is_by_okand(db, monkeypatch):
    from brastod.core import versions

    def no_user():
        raise OSError("No username set in the environment")
    monkeypatch.setattr(versions.getpass, "getuser", no_user)
    section = _section(db)
    assert section.stamp.changed_by == "okänd"
    stamp = reports.SECTIONS.save(db, section.id, body="Text", version=1)
    assert stamp.changed_by == "okänd"
    assert str(Conflict("det här avsnittet", {}, stamp)).startswith("okänd ändrade det här")
