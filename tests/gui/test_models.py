"""Every table model, filled with the example data, passes Qt's model tester."""
import pytest

from brastod.core.services import (
    action_plans, import_history, incidents, meetings, registers, situation_reports,
)
from brastod.gui.models.actions import ActionTableModel
from brastod.gui.models.imports import BatchTableModel, PreviewTableModel
from brastod.gui.models.incidents import IncidentTableModel
from brastod.gui.models.meetings import MeetingTableModel
from brastod.gui.models.registers import (
    AreaTableModel, CategoryTableModel, ContactTableModel, PartnerTableModel, PoliceTypeTableModel,
    PopulationTableModel,
)
from brastod.gui.models.situation_reports import SituationReportTableModel
from brastod.gui.models.table import ROW_ROLE, SORT_ROLE, RowFilterProxy
from tests.conftest import DEMO_TODAY

CASES = {
    "incidents": (IncidentTableModel, lambda db: incidents.list_incidents(db)),
    "situation_reports": (SituationReportTableModel, situation_reports.list_situation_reports),
    "actions": (ActionTableModel, action_plans.list_actions),
    "meetings": (MeetingTableModel, meetings.list_meetings),
    "areas": (AreaTableModel, registers.list_areas),
    "partners": (PartnerTableModel, registers.list_partners),
    "contacts": (ContactTableModel,
                 lambda db: registers.list_contacts(db, registers.list_partners(db)[0].id)),
    "categories": (CategoryTableModel, registers.list_categories),
    "population": (PopulationTableModel, registers.list_population),
    "police_types": (PoliceTypeTableModel, registers.list_police_types),
    "batches": (BatchTableModel, import_history.list_batches),
    "preview": (PreviewTableModel, lambda db: _preview_rows(db)),
}


def _preview_rows(db):
    import tempfile
    from pathlib import Path
    from brastod.core.services.importing import prepare
    folder = Path(tempfile.mkdtemp())
    (folder / "rapport.csv").write_text(
        "Datum;Kategori;Område;Beskrivning\n2026-11-01;Klotter;Centrum;Taggar\n"
        "2026-02-30;Klotter;Centrum;Fel datum\n2026-11-02;Glaskross;Sundbo;ring 070-123 45 67\n",
        encoding="utf-8")
    return prepare(db, folder / "rapport.csv", today=DEMO_TODAY).preview.rows


@pytest.mark.parametrize("name", CASES)
def test_model_passes_qtmodeltester(qtmodeltester, demo_db, name):
    model_class, fetch = CASES[name]
    model = model_class()
    rows = fetch(demo_db)
    assert rows, "the example data should fill every table"
    model.set_rows(rows)
    qtmodeltester.check(model)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(proxy)
    assert model.index(0, 0).data(ROW_ROLE) is rows[0]


def test_dates_and_numbers_sort_as_such(demo_db):
    model = IncidentTableModel()
    model.set_rows(incidents.list_incidents(demo_db))
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    days = [proxy.index(r, 0).data(ROW_ROLE).occurred_on for r in range(proxy.rowCount())]
    assert days == sorted(days)
    proxy.sort(7)   # Antal
    assert isinstance(proxy.index(0, 7).data(SORT_ROLE), int)


def test_overdue_actions_are_red_only_when_open(demo_db):
    from PySide6.QtCore import Qt
    model = ActionTableModel(today=DEMO_TODAY)
    model.set_rows(action_plans.list_actions(demo_db))
    due_column = [c.title for c in model.columns].index("Klart senast")
    for row, action in enumerate(model.rows()):
        brush = model.index(row, due_column).data(Qt.ItemDataRole.ForegroundRole)
        late = action.due_on < DEMO_TODAY and action.status in ("planned", "ongoing")
        assert (brush is not None) == late, action.title
    assert any(a.is_overdue(DEMO_TODAY) for a in model.rows())


def test_incident_model_sorts_itself_and_keeps_persistent_indexes(qtmodeltester, demo_db):
    from PySide6.QtCore import QPersistentModelIndex, Qt
    model = IncidentTableModel()
    model.set_rows(incidents.list_incidents(demo_db))
    kept = QPersistentModelIndex(model.index(5, 0))
    row = model.row_at(5)
    model.sort(7, Qt.SortOrder.DescendingOrder)                 # Antal
    counts = [model.row_at(r).count for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    assert kept.isValid() and model.row_at(kept.row()) is row
    qtmodeltester.check(model)


def test_preview_remarks_are_sentences_naming_their_column():
    from brastod.core.importing.preview import PreviewRow, Problem
    from brastod.gui.models.imports import remarks
    row = PreviewRow("Rapport", 7, warnings=[
        Problem("F", "Innehåller troligen ett telefonnummer och en e-postadress."),
        Problem("A", "Datumet 2014-01-02 är mer än tio år gammalt.")])
    assert remarks(row) == ("Kolumn F: Innehåller troligen ett telefonnummer och en "
                            "e-postadress. Kolumn A: Datumet 2014-01-02 är mer än tio år gammalt.")
    row.rejection = Problem(None, "Raden har bara ett datum – inget om vad som hände eller var.")
    assert remarks(row).startswith("Raden har bara ett datum – inget om vad som hände eller "
                                   "var. Kolumn F: ")
