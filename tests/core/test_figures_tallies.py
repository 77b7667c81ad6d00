"""A whole year's weekdays, time bands, partners and places read from the yearly tallies equal
those counted from the incidents (issue 19), on SQLite and PostgreSQL: after the tallies are
built, after an import (counted by the first figures that need it), after its undo, an edit,
a deletion and a gallring; and a change made past the tallies is noticed, not shown."""
import random
from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from brastod.core.models import Area, Category, Incident, Partner, PendingBatch
from brastod.core.periods import CUSTOM, YEAR, Period, period_of
from brastod.core.services import figures, import_history, incidents, retention, tallies
from brastod.core.services.figures import compute_figures
from brastod.core.services.importing import import_file
from tests.core.test_figures_sql import PLACES, _old_figures

YEARS = [period_of(YEAR, date(2024, 6, 1)), period_of(YEAR, date(2025, 6, 1)),
         Period(date(2024, 1, 1), date(2025, 12, 31), CUSTOM)]
HEADINGS = "Datum;Tid;Område;Plats;Händelsetyp;Beskrivning;Antal"


@pytest.fixture
def filled(any_db):
    """1 500 incidents in 2023–2025 (areas with a district, none; categories; partners and
    none; times and none; places spelled several ways), counted into the tallies."""
    rng = random.Random(5)
    with any_db.session() as session:
        town, rural = Area(name="Staden", sort_order=1), Area(name="Landet", sort_order=2)
        session.add_all([town, rural])
        session.flush()
        north = Area(name="Norr", parent_id=town.id)
        damage = Category(name="Skadegörelse", kind="crime")
        litter = Category(name="Nedskräpning", kind="insecurity")
        session.add_all([north, damage, litter, Partner(name="Bostadsbolaget", kind="other"),
                         Partner(name="Skolan", kind="other")])
        session.flush()
        areas = [town.id, rural.id, north.id, None]
        partners = list(session.execute(select(Partner.id)).scalars()) + [None]
        for _ in range(1500):
            clock = None if rng.random() < 0.2 else time(rng.randrange(24), rng.randrange(60))
            session.add(Incident(
                occurred_on=date(2023, 1, 1) + timedelta(days=rng.randrange(3 * 365)),
                occurred_time=clock, area_id=rng.choice(areas),
                category_id=rng.choice([damage.id, litter.id, None]),
                place_text=rng.choice(PLACES), partner_id=rng.choice(partners),
                count=rng.choice([1, 1, 2, 5])))
        session.flush()
        tallies.rebuild(session.connection())
        ids = {"town": town.id, "north": north.id, "damage": damage.id}
    return any_db, ids


def _assert_tallied(db, ids, used=True, periods=YEARS):
    """For each whole-year period and scope: the figures equal those counted from the
    incidents (and, on SQLite, the old algorithm's), and came from the tallies when ``used``."""
    for period in periods:
        for scope in (None, [ids["town"]]):
            with db.session() as session:
                shown = compute_figures(session, period, scope)
                tops = figures._Tops(session)
                area_ids = None if scope is None else tops.descendants(scope)
                tallied = figures._tallied_details(session, tops, period, area_ids,
                                                   shown.matrix)
                counted = figures._counted_details(session, tops, period, area_ids)
                if db.engine.dialect.name == "sqlite":
                    assert shown == _old_figures(session.connection(), period, scope)
            assert (shown.hotspots, shown.weekday_time, shown.by_partner) == \
                (counted.hotspots, counted.weekday_time, counted.by_partner)
            assert (tallied is not None) == used
            if used:
                assert tallied == counted
            assert shown.hotspots and shown.by_partner and sum(map(sum, shown.weekday_time))


def test_the_tallies_give_the_counted_figures(filled):
    db, ids = filled
    _assert_tallied(db, ids)


def test_periods_that_are_not_whole_years_are_counted_from_the_incidents(filled):
    db, _ids = filled
    with db.session() as session:
        session.execute(Incident.__table__.delete())     # past the tallies: they still count
        for period in (Period(date(2024, 1, 1), date(2024, 12, 30), CUSTOM),
                       Period(date(2024, 1, 2), date(2024, 12, 31), CUSTOM)):
            shown = compute_figures(session, period)
            assert not shown.hotspots and sum(map(sum, shown.weekday_time)) == 0


def _csv(path, rows: list[str]):
    path.write_text("\n".join([HEADINGS, *rows]) + "\n", encoding="utf-8")
    return path


def test_an_import_is_counted_by_the_first_figures_and_its_undo_drops_it(filled, tmp_path):
    db, ids = filled
    rows = [f"{date(2024, 1, 1) + timedelta(days=n * 7)};{n % 24:02d}:15;Norr;"
            f"{'Nya torget' if n % 3 else 'nya torget'};Skadegörelse;Klotter;{1 + n % 4}"
            for n in range(104)]
    result = import_file(db, _csv(tmp_path / "rapport.csv", rows), partner_name="Skolan",
                         today=date(2026, 1, 1))
    assert result.imported == 104
    with db.session() as session:
        assert session.execute(select(PendingBatch.batch_id)).scalars().all() == \
            [result.batch_id]
    _assert_tallied(db, ids)
    with db.session() as session:       # counted once, by the first figures of a year
        assert session.execute(select(func.count()).select_from(PendingBatch)).scalar() == 0
    with db.session() as session:
        hotspots = compute_figures(session, YEARS[0]).hotspots
    assert hotspots[0].place == "nya torget" and hotspots[0].count > 100
    import_history.undo_batch(db, result.batch_id)
    _assert_tallied(db, ids)


def test_an_import_undone_before_it_was_counted_leaves_nothing_pending(filled, tmp_path):
    db, ids = filled
    result = import_file(db, _csv(tmp_path / "rapport.csv", ["2025-03-01;12:00;Norr;Torget;"
                                                              "Skadegörelse;Klotter;9"]),
                         today=date(2026, 1, 1))
    import_history.undo_batch(db, result.batch_id)
    with db.session() as session:
        assert session.execute(select(func.count()).select_from(PendingBatch)).scalar() == 0
    _assert_tallied(db, ids)


def test_edits_and_deletions_keep_the_tallies(filled):
    db, ids = filled
    with db.session() as session:
        moved, gone = session.execute(select(Incident.id).where(
            Incident.occurred_on.between(date(2025, 1, 1), date(2025, 12, 31)))
            .order_by(Incident.id).limit(2)).scalars().all()
    incidents.save_incident(db, moved, incidents.IncidentInput(    # to another year and place
        occurred_on=date(2024, 2, 29), occurred_time=time(23, 59), area_id=ids["north"],
        place="Stationen", category_id=ids["damage"], count=40), today=date(2026, 1, 1))
    incidents.save_incident(db, None, incidents.IncidentInput(     # a new one by hand
        occurred_on=date(2025, 7, 1), place="Handinmatat torg", category_id=ids["damage"],
        count=500), today=date(2026, 1, 1))
    incidents.delete_incidents(db, [gone])
    _assert_tallied(db, ids)
    with db.session() as session:
        assert compute_figures(session, YEARS[1]).hotspots[0].place == "Handinmatat torg"


def test_gallring_keeps_the_tallies(filled):
    db, ids = filled
    removed = retention.purge(db, 24, date(2026, 3, 15))       # cutoff in March 2024
    assert removed
    _assert_tallied(db, ids)


def test_a_change_past_the_tallies_is_not_shown_from_them(filled):
    """An incident stored without the tallies (the figures then count the incidents, and the
    same when a tally is off by one)."""
    db, ids = filled
    with db.session() as session:
        session.add(Incident(occurred_on=date(2024, 5, 5), area_id=ids["north"],
                             place_text="Parken", count=1))
    _assert_tallied(db, ids, used=False, periods=[YEARS[0], YEARS[2]])     # those with 2024
    _assert_tallied(db, ids, periods=[YEARS[1]])
    with db.session() as session:
        tallies.rebuild(session.connection())
        session.execute(tallies.YearPlaces.__table__.update().where(
            tallies.YearPlaces.year == 2025).values(count=tallies.YearPlaces.count + 1))
    with db.session() as session:
        shown = compute_figures(session, YEARS[1])
        tops = figures._Tops(session)
        assert figures._tallied_details(session, tops, YEARS[1], None, shown.matrix) is None


def test_a_login_that_only_reads_gets_the_counted_figures(pg_server, pg_url, tmp_path, capsys):
    """A läsare on a server may not count a pending batch: it is left for the samordnare,
    whose figures count it, and the läsare's figures are counted from the incidents."""
    from brastod.cli import main
    from brastod.core.db import open_database
    from brastod.core.server_admin import role_name
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    assert main(["--db", pg_url, "user", "add", "tove", "--role", "läsare"]) == 0
    capsys.readouterr()
    owner = open_database(pg_url)
    reader = open_database(pg_url.replace("brastod_test@", "tove@"))
    try:
        import_file(owner, _csv(tmp_path / "rapport.csv", [
            f"2025-03-{day:02d};21:00;Centrum;Torget;Skadegörelse;Klotter;2"
            for day in range(1, 29)]), today=date(2026, 1, 1))
        for db, pending in ((reader, 1), (owner, 0)):
            with db.session() as session:
                shown = compute_figures(session, YEARS[1])
            with db.session() as session:
                tops = figures._Tops(session)
                assert session.execute(select(func.count()).select_from(PendingBatch)) \
                    .scalar() == pending
                counted = figures._counted_details(session, tops, YEARS[1], None)
                assert (figures._tallied_details(session, tops, YEARS[1], None, shown.matrix)
                        is not None) == (pending == 0)
            assert shown.hotspots[0].count == 56 and shown.hotspots == counted.hotspots
            assert shown.weekday_time == counted.weekday_time
        # Roles granted before the tallies existed may not even read them: counted too.
        with owner.engine.begin() as connection:
            connection.exec_driver_sql(
                "REVOKE SELECT ON tally_year_moments, tally_year_places, tally_pending_batch "
                f"FROM {role_name(owner, 'läsare')}")
        with reader.session() as session:
            assert compute_figures(session, YEARS[1]).hotspots == counted.hotspots
    finally:
        reader.close()
        owner.close()
