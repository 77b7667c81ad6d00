"""Every query the program runs on the incidents finds its rows through an index, by SQLite's
own account (EXPLAIN QUERY PLAN): schema version 4 left area and category without an index of
their own, and what asked by them must still not read the table from end to end. What asks by
partner, batch, date, duplicate key or id goes straight to its rows (SEARCH)."""
import re
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import event

from brastod.core.services import import_history, incidents, registers, retention
from brastod.core.services.importing import import_file
from brastod.core.services.incidents import MISSING, IncidentFilter
from tests.core.on_file import QUERY_PLANS

pytestmark = QUERY_PLANS

INCIDENT_STEP = re.compile(r"^(SCAN|SEARCH) incident\b")
THROUGH_INDEX = re.compile(r"USING (COVERING )?INDEX ix_incident_|USING INTEGER PRIMARY KEY")


def _plans(db, work: Callable[[], object]) -> dict[str, list[str]]:
    """Each statement that ``work`` runs to find incidents → its steps on that table."""
    statements = []

    def seen(_connection, _cursor, statement, parameters, _context, executemany):
        reads = not (executemany or statement.lstrip().upper().startswith("INSERT"))
        if reads and re.search(r"\bincident\b", statement):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    connection = db.engine.raw_connection()     # with the functions Brastöd gives SQLite
    try:
        return {" ".join(statement.split()): [
            row[3] for row in connection.driver_connection.execute(
                f"EXPLAIN QUERY PLAN {statement}", parameters)
            if INCIDENT_STEP.match(row[3])] for statement, parameters in statements}
    finally:
        connection.close()


def _ids(db):
    partner = registers.list_partners(db)[0].id
    unused_area = registers.add_area(db, "Ett område utan händelser")
    unused_partner = registers.add_partner(db, "En partner utan händelser", "other")
    return partner, unused_area, unused_partner


def _all_through_an_index(plans: dict[str, list[str]]) -> None:
    assert plans, "no statement on the incidents was run"
    for statement, steps in plans.items():
        assert steps and all(THROUGH_INDEX.search(step) for step in steps), (statement, steps)


def _straight_to_the_rows(plans: dict[str, list[str]]) -> None:
    _all_through_an_index(plans)
    for statement, steps in plans.items():
        assert all(step.startswith("SEARCH") for step in steps), (statement, steps)


def test_the_tab_its_filters_and_the_registers_read_through_an_index(demo_db):
    partner, unused_area, unused_partner = _ids(demo_db)
    area, category = registers.list_areas(demo_db)[0].id, registers.list_categories(demo_db)[0].id

    def work():
        for where in (IncidentFilter(), IncidentFilter(area_id=area), IncidentFilter(
                area_id=MISSING), IncidentFilter(category_id=category),
                IncidentFilter(needs_review=True), IncidentFilter(text="klotter")):
            incidents.list_incidents(demo_db, where, limit=100_000)
        registers.list_areas(demo_db)
        registers.list_categories(demo_db)
        registers.partner_directory(demo_db)
        registers.delete_area(demo_db, unused_area)
        registers.delete_partner(demo_db, unused_partner)
        import_history.list_batches(demo_db)
    _all_through_an_index(_plans(demo_db, work))


@pytest.mark.parametrize("where", ["partner", "batch", "period"])
def test_a_filter_by_partner_batch_or_period_goes_straight_to_its_rows(demo_db, where):
    partner, _, _ = _ids(demo_db)
    batch = import_history.list_batches(demo_db)[0].id
    chosen = {"partner": IncidentFilter(partner_id=partner),
              "batch": IncidentFilter(batch_id=batch),
              "period": IncidentFilter(start=date(2025, 3, 1), end=date(2025, 3, 31))}[where]
    _straight_to_the_rows(_plans(demo_db, lambda: incidents.list_incidents(demo_db, chosen)))


def test_an_import_its_undo_a_deletion_and_a_purge_go_straight_to_their_rows(demo_db,
                                                                             tmp_path):
    path = tmp_path / "mars.csv"
    path.write_text("Datum;Plats;Beskrivning\n2025-03-05;Torget;Klotter\n", encoding="utf-8")
    result = _plans(demo_db, lambda: import_file(demo_db, path, today=date(2026, 1, 1)))
    _straight_to_the_rows(result)
    assert any("row_hash" in statement for statement in result)
    batch = import_history.list_batches(demo_db)[0].id
    some = [row.id for row in incidents.list_incidents(demo_db)[:3]]
    _straight_to_the_rows(_plans(demo_db, lambda: (
        import_history.undo_batch(demo_db, batch), incidents.delete_incidents(demo_db, some),
        retention.plan_purge(demo_db, 12, date(2026, 11, 1)),
        retention.purge(demo_db, 12, date(2026, 11, 1)))))


def test_a_query_that_reads_the_whole_table_is_caught(demo_db):
    """The check itself: a filter on a column no index holds is a scan of the table."""
    def work():
        with demo_db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT id FROM incident WHERE description = ?", ("x",))
    with pytest.raises(AssertionError):
        _all_through_an_index(_plans(demo_db, work))
