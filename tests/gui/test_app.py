"""Starting the application: first start, a second instance, a bad database, the crash dialog."""
import sqlite3

from PySide6.QtWidgets import QApplication

from brastod.core.services.stats import counts
from brastod.gui.app import Application
from brastod.gui.dialogs.first_start import FirstStartDialog
from brastod.gui.single_instance import SingleInstance
from tests.conftest import DEMO_TODAY


def _controller(qtbot, tmp_path):
    controller = Application(tmp_path / "brastod.log", DEMO_TODAY)
    controller.tasks.synchronous = True
    return controller


def _close(controller):
    controller.window.close()
    controller.db.close()
    controller.lock.close()


def test_first_start_with_example_data(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: 1)   # the default: example data
    controller = _controller(qtbot, tmp_path)
    assert controller.start(tmp_path / "ny.sqlite3")       # synchronous runner: all done here
    assert controller.window.windowTitle() == "Brastöd – Fagersta"
    assert controller.window.reports.model.rowCount() > 2000
    assert counts(controller.db)["incidents"] > 2000
    _close(controller)


def test_first_start_for_own_municipality(qtbot, tmp_path, monkeypatch):
    def choose_empty(dialog):
        dialog.ui.emptyChoice.setChecked(True)
        dialog.ui.municipalityName.setText("  Kungsör ")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(FirstStartDialog, "exec", choose_empty)
    controller = _controller(qtbot, tmp_path)
    assert controller.start(tmp_path / "ny.sqlite3")
    assert controller.window.windowTitle() == "Brastöd – Kungsör"
    assert counts(controller.db)["incidents"] == 0
    _close(controller)


def test_first_start_cancelled_leaves_no_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: 0)
    controller = _controller(qtbot, tmp_path)
    controller.start(tmp_path / "ny.sqlite3")
    assert controller.db is None and not controller.window.isVisible()


def test_first_start_dialog_needs_a_name(qtbot):
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ui.municipalityName.isEnabled()
    dialog.ui.emptyChoice.setChecked(True)
    assert dialog.ui.municipalityName.isEnabled()
    dialog.accept()
    assert "kommunens namn" in dialog.ui.error.text() and dialog.result() == 0


def test_newer_database_is_refused_with_a_message(qtbot, tmp_path, demo_file, message_boxes):
    path = tmp_path / "framtid.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE schema_version SET version = 99")
    controller = _controller(qtbot, tmp_path)
    controller.start(path)
    [(kind, text)] = message_boxes
    assert kind == "critical" and "nyare version av Brastöd" in text
    assert controller.db is None and not controller.window.isVisible()


def test_second_start_on_an_open_database_is_refused(qtbot, tmp_path, demo_file, message_boxes):
    import shutil
    shutil.copy(demo_file, tmp_path / "a.sqlite3")
    first = _controller(qtbot, tmp_path)
    assert first.start(tmp_path / "a.sqlite3")
    second = _controller(qtbot, tmp_path)
    with qtbot.waitSignal(first.lock.activated, timeout=30_000):
        assert not second.start(tmp_path / "a.sqlite3")
    assert message_boxes[0][0] == "information" and "redan öppet" in message_boxes[0][1]
    assert second.window is None
    _close(first)


def test_second_instance_on_the_same_database_is_refused(qtbot, tmp_path):
    path = tmp_path / "delad.sqlite3"
    first = SingleInstance(path)
    assert not first.another_is_running()
    second = SingleInstance(path)
    with qtbot.waitSignal(first.activated, timeout=30_000):
        assert second.another_is_running()
    other_database = SingleInstance(tmp_path / "annan.sqlite3")
    assert not other_database.another_is_running()
    for lock in (first, second, other_database):
        lock.close()


def test_switching_database_from_the_menu(qtbot, tmp_path, demo_file, monkeypatch):
    import shutil
    shutil.copy(demo_file, tmp_path / "a.sqlite3")
    controller = _controller(qtbot, tmp_path)
    assert controller.start(tmp_path / "a.sqlite3")
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: (
        self.ui.emptyChoice.setChecked(True), self.ui.municipalityName.setText("Arboga"), 1)[-1])
    controller.window.open_requested.emit(tmp_path / "b.sqlite3", True)
    assert controller.db.path.name == "b.sqlite3"
    assert controller.window.windowTitle() == "Brastöd – Arboga"
    assert controller.window.isVisible() and controller.window.reports.model.rowCount() == 0
    _close(controller)


def test_crash_dialog_copies_details(qtbot):
    from brastod.gui.dialogs.crash import CrashDialog
    dialog = CrashDialog("Traceback …\nValueError: något", "/tmp/brastod.log")
    qtbot.addWidget(dialog)
    assert "/tmp/brastod.log" in dialog.ui.message.text()
    dialog.ui.copyButton.click()
    assert QApplication.clipboard().text().endswith("ValueError: något")


def test_uncaught_exception_is_logged_and_shown(tmp_path, monkeypatch):
    import logging
    import sys
    from brastod.core.logs import setup_logging
    from brastod.gui.logs import install_excepthook
    log_path = setup_logging(tmp_path)
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(shown.append)
    try:
        raise RuntimeError("oväntat")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "RuntimeError: oväntat" in shown[0]
    assert "RuntimeError: oväntat" in log_path.read_text("utf-8")


def _damaged_copy(tmp_path, demo_file):
    """A copy of the example database with a sound backup from yesterday, then damaged."""
    import shutil
    from datetime import datetime, timedelta
    from brastod.core import backups
    path = tmp_path / "skadad.sqlite3"
    shutil.copy(demo_file, path)
    backups.take(path, "auto", datetime.now() - timedelta(days=1))
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 4096 * 8] = b"\xa5" * (4096 * 8)
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_database_is_replaced_by_the_newest_sound_backup(qtbot, tmp_path, demo_file,
                                                                    monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    path = _damaged_copy(tmp_path, demo_file)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: (
        asked.append(text) or QMessageBox.StandardButton.Yes))
    controller = _controller(qtbot, tmp_path)
    assert controller.start(path)
    assert "är skadad" in asked[0] and "säkerhetskopian är från" in asked[0]
    assert controller.window.windowTitle() == "Brastöd – Fagersta"
    assert counts(controller.db)["incidents"] > 2000
    from brastod.core.backups import integrity_problems, list_backups
    assert integrity_problems(path) == []
    assert any(b.kind in ("fore-aterstallning", "skadad") for b in list_backups(path))
    _close(controller)


def test_a_damaged_database_without_a_yes_is_left_alone(qtbot, tmp_path, demo_file,
                                                        monkeypatch, message_boxes):
    from PySide6.QtWidgets import QMessageBox
    path = _damaged_copy(tmp_path, demo_file)
    before = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    controller = _controller(qtbot, tmp_path)
    controller.start(path)
    [(kind, text)] = message_boxes
    assert kind == "critical" and "är skadad" in text
    assert controller.db is None and path.read_bytes() == before


def restore_through_the_menu(window, monkeypatch, kind: str) -> list[str]:
    """Arkiv → Återställ från säkerhetskopia…, choosing the newest backup of ``kind`` and
    answering yes; returns the kinds the dialog listed."""
    from PySide6.QtWidgets import QDialog, QMessageBox
    from brastod.gui.dialogs.restore import RestoreDialog
    shown = []

    def choose(dialog):
        rows = range(dialog.model.rowCount())
        shown.extend(dialog.model.index(r, 1).data() for r in rows)
        dialog.ui.table.selectRow(next(r for r in rows if dialog.model.row_at(r).kind == kind))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(RestoreDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.ui.actionRestore.trigger()
    return shown


def test_restore_from_a_backup_in_the_window(qtbot, tmp_path, demo_file, monkeypatch):
    import shutil
    from datetime import datetime, timedelta
    from brastod.core import backups
    from brastod.core.services import registers
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    backups.take(path, "fore-import", datetime.now() - timedelta(days=2))   # so a daily one is due
    controller = _controller(qtbot, tmp_path)
    assert controller.start(path)
    partners = len(registers.list_partners(controller.db))
    registers.add_partner(controller.db, "Ny partner efter kopian", "other")
    window = controller.window
    shown = restore_through_the_menu(window, monkeypatch, "fore-import")
    assert "Före import" in shown and "Daglig" in shown
    assert controller.window is window and controller.db is not None
    assert len(registers.list_partners(controller.db)) == partners
    assert "återställd" in window.ui.statusbar.currentMessage()
    assert any(b.kind == "fore-aterstallning" for b in backups.list_backups(path))
    _close(controller)
