"""The window while another process holds the database's write lock: the work waits on the
worker while the window keeps answering, and the status bar (and the task's dialog) says
"Väntar på databasen…". The work is done once the lock is let go; Avbryt gives up the wait; a
wait that runs out is a Swedish message, never the crash dialog. A call made on the GUI thread
itself (the register dialogs) waits behind a modal "Väntar på databasen…" that keeps the window
painted and can be cancelled. A restore by another process is noticed, and every tab reloads
and says so."""
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from brastod.core import backups, lock_wait
from brastod.core.services import registers
from brastod.core.services.importing import import_file
from brastod.gui.data import Data
from brastod.gui.main_window import MainWindow
from brastod.gui.restore_watch import INTERVAL_MS
from brastod.gui.tasks import WAITING_TEXT, Cancelled, GuiThreadWaiter, TaskRunner
from tests.conftest import DEMO_TODAY
from tests.crash.processes import brastod, child, expect, finish, query, write_csv

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes")

SIGNAL_MS = 60_000      # only a bound for a hung test; every wait is on a signal


@pytest.fixture
def main(qtbot, demo_db):
    """The window with a real worker thread."""
    window = MainWindow(Data(TaskRunner(), DEMO_TODAY))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignals([window.ready, window.data.runner.idle], timeout=SIGNAL_MS):
        window.attach(demo_db)
    yield window
    window.data.runner.wait()


@pytest.fixture
def holder(demo_db):
    """Another process, holding the write lock until told "commit" or "rollback"."""
    process = child("lock_holder.py", demo_db.path)
    expect(process.stdout, "held")
    yield process
    if process.poll() is None:
        finish(process)


def _release(holder, how: str) -> None:
    holder.stdin.write(f"{how}\n")
    holder.stdin.flush()
    expect(holder.stdout, "released")


def _partners(db) -> set[str]:
    return {partner.name for partner in registers.list_partners(db)}


def test_work_waits_for_the_lock_while_the_window_answers(qtbot, main, holder, demo_db):
    tasks, done = main.data.runner, []
    with qtbot.waitSignal(tasks.waiting, timeout=SIGNAL_MS, check_params_cb=lambda on: on):
        tasks.run(lambda ctx: registers.add_partner(demo_db, "Väntande", "other"),
                  on_done=done.append)
    # The GUI thread got the signal while the worker still waits: it is not blocked.
    assert main.ui.statusbar.currentMessage() == WAITING_TEXT and done == [] and tasks.busy
    with qtbot.waitSignal(tasks.idle, timeout=SIGNAL_MS):
        _release(holder, "commit")
    assert len(done) == 1
    assert main.ui.statusbar.currentMessage() != WAITING_TEXT
    assert {"Väntande", "Hållaren"} <= _partners(demo_db)


def test_avbryt_gives_up_the_wait_and_nothing_is_saved(qtbot, main, holder, demo_db):
    tasks, results = main.data.runner, []
    with qtbot.waitSignal(tasks.waiting, timeout=SIGNAL_MS, check_params_cb=lambda on: on):
        ctx = tasks.run(lambda ctx: registers.add_partner(demo_db, "Avbruten", "other"),
                        on_done=results.append, on_error=results.append,
                        label="Sparar …", parent=main)
    dialog = main.findChild(QProgressDialog)
    assert dialog.labelText() == WAITING_TEXT
    with qtbot.waitSignal(tasks.idle, timeout=SIGNAL_MS):
        dialog.findChild(QPushButton).click()       # Avbryt
    assert ctx.cancelled and results == []
    assert main.ui.statusbar.currentMessage() != WAITING_TEXT
    _release(holder, "rollback")
    assert "Avbruten" not in _partners(demo_db)


def test_a_wait_that_runs_out_is_a_swedish_message(qtbot, main, holder, demo_db, monkeypatch,
                                                    message_boxes):
    monkeypatch.setenv("BRASTOD_LOCK_TIMEOUT", "0.2")
    with qtbot.waitSignal(main.data.runner.idle, timeout=SIGNAL_MS):
        main.data.runner.run(lambda ctx: registers.add_partner(demo_db, "För sent", "other"),
                       on_done=lambda _: pytest.fail("ska inte lyckas"))
    _release(holder, "rollback")
    [(kind, text)] = message_boxes
    assert kind == "warning" and text.startswith(
        f"Databasen {demo_db.path} används av ett annat program och blev inte ledig"), text
    assert "För sent" not in _partners(demo_db)


def test_a_restore_by_another_process_is_noticed_and_every_tab_reloads(qtbot, main, demo_db,
                                                                       tmp_path):
    before = main.status_counts.text()
    copy = backups.take(demo_db.path, "manuell")
    import_file(demo_db, write_csv(tmp_path / "fil.csv", "Efter kopian", 40))
    with qtbot.waitSignals([main.ready, main.data.runner.idle], timeout=SIGNAL_MS):
        main.load()
    assert main.status_counts.text() != before
    assert main.watch.timer.isActive() and main.watch.timer.interval() == INTERVAL_MS
    main.watch.check()                               # nothing restored yet: no reload
    assert main.ui.statusbar.currentMessage() == "Klar"

    restore = brastod(demo_db.path, "restore", str(copy))
    out, err = finish(restore)
    assert restore.returncode == 0, (out, err)
    with qtbot.waitSignals([main.ready, main.data.runner.idle], timeout=SIGNAL_MS):
        main.watch.check()                           # what the timer does every two seconds
    assert "återställts från en säkerhetskopia av ett annat program" in \
        main.ui.statusbar.currentMessage()
    assert main.status_counts.text() == before


def _on_the_waiting_dialog(act):
    """``act(dialog)`` once the GUI thread, waiting, shows its dialog and handles events (a
    zero timer fires only while events are handled: proof the window is not frozen)."""
    def find():
        [dialog] = [widget for widget in QApplication.topLevelWidgets()
                    if isinstance(widget, QProgressDialog) and widget.isVisible()]
        assert dialog.labelText() == WAITING_TEXT
        act(dialog)
    QTimer.singleShot(0, find)


def test_a_call_on_the_gui_thread_waits_with_the_window_painted(qtbot, holder, demo_db):
    _on_the_waiting_dialog(lambda dialog: _release(holder, "commit"))
    with lock_wait.reported_to(GuiThreadWaiter()):
        registers.add_partner(demo_db, "På GUI-tråden", "other")    # as a register dialog does
    assert {"På GUI-tråden", "Hållaren"} <= _partners(demo_db)
    assert not any(isinstance(widget, QProgressDialog) and widget.isVisible()
                   for widget in QApplication.topLevelWidgets())


def test_avbryt_on_the_gui_thread_gives_up_and_saves_nothing(qtbot, holder, demo_db):
    _on_the_waiting_dialog(lambda dialog: dialog.findChild(QPushButton).click())
    with pytest.raises(Cancelled), lock_wait.reported_to(GuiThreadWaiter()):
        registers.add_partner(demo_db, "Avbruten", "other")
    _release(holder, "rollback")
    assert "Avbruten" not in _partners(demo_db)


def test_a_refusal_reaching_the_excepthook_is_its_sentence_not_the_crash_dialog(monkeypatch):
    from brastod.core.errors import DatabaseBusy
    from brastod.gui.logs import install_excepthook
    crashes, refusals = [], []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(crashes.append, refusals.append)
    for error in (DatabaseBusy("Databasen används av ett annat program."), Cancelled()):
        try:
            raise error
        except Exception:
            sys.excepthook(*sys.exc_info())
    assert refusals == ["Databasen används av ett annat program."] and crashes == []


def test_the_windows_own_restore_waits_for_a_writer_and_keeps_its_write(qtbot, tmp_path,
                                                                         demo_file):
    import shutil
    from datetime import datetime, timedelta
    from brastod.gui.app import Application
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    copy = backups.take(path, "manuell", datetime.now() - timedelta(hours=1))
    controller = Application(tmp_path / "brastod.log", DEMO_TODAY)
    controller.tasks.synchronous = True          # the restore runs on the GUI thread itself
    assert controller.start(path)
    writer = child("lock_holder.py", path)
    expect(writer.stdout, "held")
    _on_the_waiting_dialog(lambda dialog: _release(writer, "commit"))
    controller.restore(copy)
    finish(writer)
    assert "Databasen är återställd" in controller.window.ui.statusbar.currentMessage()
    [kept] = [b.path for b in backups.list_backups(path) if b.kind == "fore-aterstallning"]
    assert "Hållaren" not in _partners(controller.db)
    # committed before the restore took the lock, so in the copy of what it replaced
    assert query(kept, "SELECT name FROM partner WHERE name = 'Hållaren'") == [("Hållaren",)]
    controller.window.close()
    controller.db.close()
    controller.lock.close()
