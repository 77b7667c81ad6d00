"""Every table model, filled with the example data, passes Qt's model tester; the model that
sorts itself sorts as the sort key says, keeps selections, and sorts long lists on the worker."""
from dataclasses import dataclass, replace
from datetime import date

from functools import partial

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

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
from brastod.gui.models.table import (
    ROW_ROLE, SORT_ROLE, Column, RowFilterProxy, RowTableModel, row_sort_key,
)
from tests.conftest import DEMO_TODAY

CASES = {
    "incidents": (IncidentTableModel, lambda db: incidents.list_incidents(db)),
    "situation_reports": (SituationReportTableModel, situation_reports.list_situation_reports),
    "actions": (partial(ActionTableModel, DEMO_TODAY), action_plans.list_actions),
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
    model = ActionTableModel(DEMO_TODAY)
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


# ---- the model sorting itself (the Inkomna rapporter view has no proxy) ----

@dataclass(frozen=True)
class _Row:
    name: str | None
    day: date | None
    number: int


class _Model(RowTableModel):
    columns = (Column("Namn", lambda r: r.name), Column("Dag", lambda r: r.day),
               Column("Antal", lambda r: r.number, numeric=True))


_ROWS = [_Row("Östra", date(2026, 1, 2), 10), _Row("Åby", None, 2),
         _Row("Z", date(2025, 12, 31), 2), _Row("ärla", date(2026, 1, 1), 1),
         _Row("alfa", date(2024, 6, 1), -3), _Row(None, date(2026, 1, 1), 100),
         _Row("Alfa", date(2026, 1, 2), 0)]


def _names(model) -> list:
    return [model.row_at(r).name for r in range(model.rowCount())]


def test_sorting_puts_aa_ae_oe_after_z_and_dates_and_numbers_in_order():
    model = _Model()
    model.set_rows(_ROWS)
    model.sort(0)
    assert _names(model) == [None, "alfa", "Alfa", "Z", "Åby", "ärla", "Östra"]   # alike: kept
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).day for r in range(7)] == [
        date(2026, 1, 2), date(2026, 1, 2), date(2026, 1, 1), date(2026, 1, 1),
        date(2025, 12, 31), date(2024, 6, 1), None]
    assert _names(model)[:4] == ["Alfa", "Östra", None, "ärla"]   # ties in the order shown
    model.sort(2)
    assert [model.row_at(r).number for r in range(7)] == [-3, 0, 1, 2, 2, 10, 100]


@pytest.mark.parametrize("name", CASES)
def test_sorting_orders_as_the_sort_key_does_on_the_example_data(demo_db, name):
    model_class, fetch = CASES[name]
    model = model_class()
    model.set_rows(fetch(demo_db))
    for column, spec in enumerate(model.columns):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            shown = model.rows()
            model.sort(column, order)
            assert model.rows() == sorted(shown, key=lambda r: row_sort_key(spec.value(r)),
                                          reverse=order == Qt.SortOrder.DescendingOrder), spec.title


def test_selection_and_persistent_indexes_follow_their_rows(qtbot, qtmodeltester):
    from PySide6.QtWidgets import QTableView
    model, view = _Model(), QTableView()
    qtbot.addWidget(view)
    model.set_rows(_ROWS)
    view.setModel(model)
    view.selectRow(3)                                      # ärla
    kept = QPersistentModelIndex(model.index(0, 2))        # Östra's Antal
    for column in (0, 1, 2, 0):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert [i.data(ROW_ROLE).name for i in view.selectionModel().selectedRows()] == ["ärla"]
        assert kept.isValid() and kept.column() == 2 and model.row_at(kept.row()).name == "Östra"
    qtmodeltester.check(model)


def test_a_column_out_of_range_changes_nothing():
    model = _Model()
    model.set_rows(_ROWS)
    model.sort(3)
    model.sort(-1)
    assert model.rows() == _ROWS


def _sliced(rows) -> _Model:
    model = _Model()
    model.sliced_rows = 5           # as if the list were long: sorted in slices
    model.set_rows(rows)
    return model


def test_a_long_list_is_sorted_between_other_events(qtbot, qtmodeltester):
    model = _sliced(_ROWS)
    kept = QPersistentModelIndex(model.index(3, 0))        # ärla
    model.sort(0)
    assert model.rows() == _ROWS                           # not yet: the window's turn first
    with qtbot.waitSignal(model.resorted, timeout=10_000):
        pass
    assert _names(model) == [None, "alfa", "Alfa", "Z", "Åby", "ärla", "Östra"]
    assert model.row_at(kept.row()).name == "ärla"
    with qtbot.waitSignal(model.resorted, timeout=10_000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ["Östra", "ärla", "Åby", "Z", "alfa", "Alfa", None]
    qtmodeltester.check(model)


def test_only_the_latest_sort_asked_for_is_applied(qtbot):
    model = _sliced(_ROWS)
    applied = []
    model.resorted.connect(lambda: applied.append(_names(model)))
    model.sort(0)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(model.resorted, timeout=10_000):
        pass
    assert applied == [[None, "Östra", "Åby", "Z", "ärla", "Alfa", "alfa"]]


def test_a_sort_done_at_once_ends_the_one_under_way(qtbot):
    from PySide6.QtWidgets import QApplication
    model = _sliced(_ROWS)
    applied = []
    model.resorted.connect(lambda: applied.append(_names(model)))
    model.sort(1)
    model.sliced_rows = 100         # the list counts as short now: the next sort is at once
    model.sort(0)
    for _ in range(3):              # the slices' timer would fire in these turns
        QApplication.processEvents()
    assert applied == [[None, "alfa", "Alfa", "Z", "Åby", "ärla", "Östra"]]


def test_rows_that_came_while_sorting_are_sorted_instead(qtbot):
    model = _sliced(_ROWS)
    model.sort(0)
    model.set_rows([*reversed(_ROWS), _Row("Bro", None, 5)])     # a reload arrived first
    with qtbot.waitSignal(model.resorted, timeout=10_000):
        pass
    assert _names(model) == [None, "Alfa", "alfa", "Bro", "Z", "Åby", "ärla", "Östra"]


def test_a_changed_row_is_ranked_again(qtbot):
    model = _sliced(_ROWS)
    with qtbot.waitSignal(model.resorted, timeout=10_000):
        model.sort(0)
    model.replace_row(0, replace(model.row_at(0), name="Öjebyn"))     # None → Öjebyn
    with qtbot.waitSignal(model.resorted, timeout=10_000):
        model.sort(0)
    assert _names(model)[-2:] == ["Öjebyn", "Östra"]


def test_the_text_that_needs_it_takes_the_spare_width(qtbot):
    """Alla åtgärder cut Plan and Orsak while Senast uppföljd, the last column, took the spare
    width: now the action's own text does."""
    from PySide6.QtWidgets import QHeaderView, QTableView
    from brastod.gui import views
    view = QTableView()
    qtbot.addWidget(view)
    model = ActionTableModel(DEMO_TODAY)
    views.attach(view, model)
    header = view.horizontalHeader()
    stretched = [c for c in range(model.columnCount())
                 if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch]
    assert [model.columns[c].title for c in stretched] == ["Åtgärd"]
    assert not header.stretchLastSection()
    assert view.columnWidth(0) == 180 and view.columnWidth(1) == 200     # Plan, Orsak
