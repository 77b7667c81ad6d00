"""The Inkomna rapporter tab: filters, sorting, the editor, delete, import with preview and
choices, the history with undo, drag and drop."""
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from brastod.core.services import registers
from brastod.core.services.import_history import list_batches
from brastod.gui.widgets import combos
from brastod.gui.dialogs.import_preview import ImportDialog
from brastod.gui.dialogs.incident import IncidentDialog
from tests.conftest import DEMO_TODAY


def _rows(tab):
    return [tab.model.row_at(r) for r in range(tab.model.rowCount())]


def _reload(qtbot, tab, change):
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        change()


def test_newest_first_and_sorting_by_a_header(window, qtbot):
    tab = window.reports
    days = [row.occurred_on for row in _rows(tab)]
    assert days == sorted(days, reverse=True) and days[0] <= DEMO_TODAY
    tab.ui.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)      # Område
    areas = [row.area or "" for row in _rows(tab)]
    assert areas == sorted(areas, key=lambda a: (a != "", a.replace("Ä", "Z~")))
    assert areas[-1] == "Ängelsberg"       # Swedish order: Ä after Z


def test_filters_narrow_the_list(window, qtbot, demo_db):
    tab, ui = window.reports, window.reports.ui
    total = tab.model.rowCount()
    _reload(qtbot, tab, lambda: combos.choose(ui.period, "30d"))
    month = _rows(tab)
    assert 0 < len(month) < total
    assert all((DEMO_TODAY - row.occurred_on).days < 30 for row in month)
    kolarbyn = next(a.id for a in registers.list_areas(demo_db) if a.name == "Kolarbyn")
    _reload(qtbot, tab, lambda: combos.choose(ui.area, kolarbyn))
    assert tab.model.rowCount() and {row.area for row in _rows(tab)} == {"Kolarbyn"}
    _reload(qtbot, tab, lambda: ui.filter.setText("KLOTTER"))
    assert all("klotter" in " ".join(filter(None, (r.description, r.category, r.place,
                                                    r.parent_category))).lower()
               for r in _rows(tab))
    assert "filtrerat" in ui.countLabel.text()
    _reload(qtbot, tab, lambda: (ui.filter.clear(), combos.choose(ui.area, None),
                                 combos.choose(ui.period, "all")))
    assert tab.model.rowCount() == total


def test_nothing_matches_shows_a_message(window, qtbot):
    tab = window.reports
    _reload(qtbot, tab, lambda: tab.ui.filter.setText("finns-inte-någonstans"))
    assert tab.ui.stack.currentWidget() is tab.ui.emptyPage
    assert tab.ui.emptyLabel.text() == "Inga händelser matchar filtret."


def test_edit_an_incident_and_it_counts_as_reviewed(window, qtbot, monkeypatch):
    tab = window.reports
    window.ui.tabs.setCurrentWidget(tab)        # the list follows the dialog's change notice
    tab.ui.table.selectRow(0)
    first = tab.selected_rows()[0]

    def edit(dialog):
        dialog.ui.place.setText("Nya torget")
        dialog.ui.description.setPlainText("Ändrad text, ring 070-123 45 67")
        dialog.save()
        return QDialog.DialogCode.Accepted if dialog.result() else 0
    monkeypatch.setattr(IncidentDialog, "exec", edit)
    _reload(qtbot, tab, tab.open_selected)
    changed = next(row for row in _rows(tab) if row.id == first.id)
    assert changed.place == "Nya torget"
    assert changed.description == "Ändrad text, ring [telefonnummer borttaget]"
    assert tab.selected_rows()[0].id == first.id        # the selection survives the reload


def test_the_editor_refuses_a_future_date_and_a_bad_time(data, qtbot):
    dialog = IncidentDialog(data, None)
    qtbot.addWidget(dialog)
    dialog.ui.occurredTime.setText("25:99")
    dialog.ui.description.setPlainText("Något")
    dialog.save()
    assert "Klockan" in dialog.ui.message.text() and not dialog.result()
    dialog.ui.occurredTime.setText("")
    dialog.ui.description.setPlainText("")
    dialog.save()
    assert "kategori eller en beskrivning" in dialog.ui.message.text()


def test_add_by_hand_and_delete_with_confirmation(window, qtbot, monkeypatch, demo_db):
    tab = window.reports
    window.ui.tabs.setCurrentWidget(tab)
    total = tab.model.rowCount()
    category = registers.list_categories(demo_db)[0].id     # not inside the dialog: GUI code

    def add(dialog):
        combos.choose(dialog.ui.category, category)
        dialog.ui.description.setPlainText("Inlagd för hand")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(IncidentDialog, "exec", add)
    _reload(qtbot, tab, lambda: tab.edit(None))
    assert tab.model.rowCount() == total + 1
    added = next(r for r in range(total + 1) if tab.model.row_at(r).description == "Inlagd för hand")
    tab.ui.table.selectRow(added)
    monkeypatch.setattr("brastod.gui.tabs.reports.ask", lambda parent, question: False)
    tab.delete_selected()
    assert tab.model.rowCount() == total + 1
    monkeypatch.setattr("brastod.gui.tabs.reports.ask", lambda parent, question: True)
    _reload(qtbot, tab, tab.delete_selected)
    assert tab.model.rowCount() == total


def _partner_file(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Datum", "Tid", "Område", "Vad", "Händelsetyp"])   # "Vad" is not recognised
    sheet.append([datetime(2026, 11, 5), "21:30", "Kolarbyn", "Taggar på väggen", "Klottring"])
    sheet.append([datetime(2026, 11, 6), "22:00", "Sundbo", "Brasa, ring 070-123 45 67", "Eldning"])
    sheet.append(["2026-02-30", None, "Centrum", "Omöjligt datum", "Klotter"])
    book.save(path)
    return path


def test_import_with_preview_mapping_and_choices(window, qtbot, monkeypatch, tmp_path,
                                                 message_boxes, demo_db):
    path = _partner_file(tmp_path / "skolan.xlsx")
    centrum = next(a.id for a in registers.list_areas(demo_db) if a.name == "Centrum")
    seen = {}

    def decide(dialog):
        assert dialog.prepared.preview.rows[0].description is None
        combos.choose(dialog._column_combos[3], "description")        # column D: Vad
        dialog._apply_columns()
        assert dialog.prepared.preview.rows[0].description == "Taggar på väggen"
        seen["statuses"] = [dialog.model.row_at(r).status for r in range(dialog.model.rowCount())]
        seen["button"] = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).text()
        combos.choose(dialog._value_combos[("area", "Sundbo")], centrum)
        combos.choose(dialog.ui.show, "rejected")
        seen["rejected"] = dialog.model.rowCount()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ImportDialog, "exec", decide)
    before = window.reports.model.rowCount()
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.import_files([path])
    assert seen["statuses"] == ["ok", "warning", "rejected"] and seen["rejected"] == 1
    assert seen["button"] == "Importera 2 rader"
    assert message_boxes and "2 importerade" in message_boxes[-1][1]
    assert "1 avvisade" in message_boxes[-1][1]
    qtbot.waitUntil(lambda: window.reports.model.rowCount() == before + 2, timeout=30_000)
    rows = {row.description: row for row in _rows(window.reports)}
    assert rows["Brasa, ring [telefonnummer borttaget]"].area == "Centrum"
    assert not rows["Brasa, ring [telefonnummer borttaget]"].needs_review
    assert "Sundbo" not in [a.name for a in registers.list_areas(demo_db)]


def test_a_bad_file_gives_a_message_and_changes_nothing(window, qtbot, tmp_path,
                                                        message_boxes, demo_db):
    bad = tmp_path / "trasig.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    batches = len(list_batches(demo_db))
    window.import_files([bad])
    assert message_boxes and "trasig.xlsx importerades inte" in message_boxes[-1][1]
    assert len(list_batches(demo_db)) == batches and not window.importer.busy


def test_history_shows_a_batch_and_undoes_it(window, qtbot, monkeypatch, demo_db):
    from brastod.gui.dialogs.import_history import ImportHistoryDialog
    dialog = ImportHistoryDialog(window.data, window)
    qtbot.addWidget(dialog)
    batch = dialog.selected()
    assert batch is not None and batch.incidents_now > 0
    assert not hasattr(dialog.ui, "saveButton")       # no partner file is kept to save
    with qtbot.waitSignal(dialog.show_batch) as shown:
        dialog.ui.showButton.click()
    window.reports.show_batch(tuple(shown.args))
    assert window.reports.model.rowCount() == batch.incidents_now
    assert window.reports.batch_chip.isVisible()
    monkeypatch.setattr("brastod.gui.dialogs.import_history.ask", lambda parent, q: True)
    dialog.ui.undoButton.click()
    undone = next(b for b in list_batches(demo_db) if b.id == batch.id)
    assert undone.undone_at is not None and undone.incidents_now == 0
    assert not dialog.ui.undoButton.isEnabled()


def test_dropping_files_starts_an_import(window, monkeypatch, tmp_path):
    started = []
    monkeypatch.setattr(window.importer, "start", lambda paths: started.append(paths))
    path = _partner_file(tmp_path / "rapport.xlsx")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert started == [[path]]
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "bild.png"))])
    refused = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, other,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    refused.ignore()
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_an_import_that_ends_in_a_bug_does_not_block_the_next(window, qtbot, monkeypatch,
                                                              tmp_path, message_boxes):
    """A bug goes to the crash dialog (here: raised), never to a box; the next import runs."""
    from brastod.gui import importer
    read = importer._read
    monkeypatch.setattr(importer, "_read", lambda *args: 1 / 0)
    path = _partner_file(tmp_path / "skolan.xlsx")
    with pytest.raises(ZeroDivisionError):
        window.import_files([path])
    assert message_boxes == []
    monkeypatch.setattr(importer, "_read", read)
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.import_files([path])
    assert not window.importer.busy
