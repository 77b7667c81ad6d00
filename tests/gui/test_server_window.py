"""The window on a database on a PostgreSQL server (the tests' own, tests/postgres.py): it opens
without a lock or a backup, names the server database, keeps the file-only actions off, and what
is typed reaches the server."""
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QTest

from brastod.core.db import open_database
from brastod.core.server import parse
from brastod.core.server_admin import server_init
from brastod.core.services import situation_reports as reports
from brastod.gui.app import Application, _NoLock
from brastod.gui.main_window import ON_SERVER
from brastod.gui.models.table import ROW_ROLE
from tests.conftest import DEMO_TODAY


def _controller(tmp_path):
    controller = Application(tmp_path / "brastod.log", DEMO_TODAY)
    controller.tasks.synchronous = True
    return controller


def _open_draft(tab, qtbot) -> int:
    for row in range(tab.proxy.rowCount()):
        report = tab.proxy.index(row, 0).data(ROW_ROLE)
        if report.status == "draft":
            tab.ui.table.setCurrentIndex(QModelIndex())
            with qtbot.waitSignal(tab.shown, timeout=30_000):
                tab.ui.table.selectRow(row)
            return report.id
    raise AssertionError("ingen lägesbild som utkast")


def test_the_window_opens_a_server_database_and_saves_typing_there(qtbot, tmp_path, pg_url):
    server_init(pg_url, None, demo=True)
    controller = _controller(tmp_path)
    assert controller.start(pg_url)                 # synchronous runner: all done here
    window = controller.window
    qtbot.addWidget(window)
    assert controller.db.server is not None and controller.db.path is None
    assert isinstance(controller.lock, _NoLock)
    assert window.windowTitle() == "Brastöd – Fagersta"
    assert controller.db.server in window.status_counts.text()
    assert window.watch.path is None                # no restore watch on a server
    # Every tab has filled from the server.
    assert window.calendar.model.rowCount() > 0
    assert window.reports.model.rowCount() > 2000
    assert window.situation_reports.proxy.rowCount() > 0
    assert window.actions.proxy.rowCount() > 0
    assert window.annual_reports.proxy.rowCount() > 0
    assert not window._waiting
    for action in (window.ui.actionBackup, window.ui.actionRestore):
        assert not action.isEnabled() and action.toolTip() == ON_SERVER
    assert window.ui.actionImport.isEnabled()
    from brastod.gui.dialogs.settings import SettingsDialog
    settings = SettingsDialog(window.data, window)
    assert settings.database.text() == controller.db.server     # not empty, not "None"

    tab = window.situation_reports
    window.ui.tabs.setCurrentWidget(tab)
    report_id = _open_draft(tab, qtbot)
    tab.sections.editor.setFocus()
    QTest.keyClicks(tab.sections.editor, " Skrivet mot servern.")
    window.save_state()                             # the autosave's save of what waits
    window.close()
    controller.db.close()
    again = open_database(pg_url)
    try:
        texts = [s.body for s in reports.get_report(again, report_id).sections]
        assert any("Skrivet mot servern." in text for text in texts)
    finally:
        again.close()


def test_a_file_keeps_its_lock_backup_actions_and_restore_watch(qtbot, tmp_path, demo_file):
    import shutil
    path = tmp_path / "kopia.sqlite3"
    shutil.copy(demo_file, path)
    controller = _controller(tmp_path)
    assert controller.start(path)
    window = controller.window
    qtbot.addWidget(window)
    assert not isinstance(controller.lock, _NoLock)
    assert window.watch.path == controller.db.path
    assert window.ui.actionBackup.isEnabled() and window.ui.actionRestore.isEnabled()
    assert window.database_name == path.name in window.status_counts.text()
    window.close()
    controller.db.close()
    controller.lock.close()


def test_the_command_line_gives_the_window_an_address_from_db_or_brastod_db(monkeypatch):
    import brastod.gui.app
    from brastod.cli import main
    opened = []
    monkeypatch.setattr(brastod.gui.app, "run", lambda target, **kwargs: opened.append(target)
                        or 0)
    address = "postgresql://anna@db.kommun.se:5432/brastod?sslmode=require"
    assert main(["--db", address]) == 0
    monkeypatch.setenv("BRASTOD_DB", "postgresql://anna@/brastod?host=/var/run/postgresql")
    assert main([]) == 0
    assert opened == [address, "postgresql://anna@/brastod?host=/var/run/postgresql"]
    # A malformed address is still told before any window (exit 2 from the parser, 1 here).
    monkeypatch.setenv("BRASTOD_DB", "postgresql://anna:hemligt@db/brastod")
    assert main([]) == 1 and len(opened) == 2


def test_a_server_database_that_is_missing_is_told_and_no_window_stays(qtbot, tmp_path,
                                                                      pg_server, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(text))
    controller = _controller(tmp_path)
    assert controller.start(pg_server.url("brastod_finns_inte"))
    qtbot.addWidget(controller.window)
    assert told == ["Databasen brastod_finns_inte på " + f"{pg_server.socket}:{pg_server.port} "
                    "finns inte på servern. Be IT-avdelningen skapa den och köra brastod "
                    "server-init."]
    assert controller.db is None and not controller.window.isVisible()


def test_connecting_switches_from_a_file_to_the_server(qtbot, tmp_path, demo_file, pg_url):
    import shutil

    from brastod.gui.single_instance import SingleInstance
    server_init(pg_url, "Kungsör")
    path = tmp_path / "kopia.sqlite3"
    shutil.copy(demo_file, path)
    controller = _controller(tmp_path)
    assert controller.start(path)
    first = controller.window
    first.open_requested.emit(pg_url, False)        # what Arkiv → Anslut till server… asks
    window = controller.window
    qtbot.addWidget(window)
    assert window is not first and controller.db.path is None
    assert window.windowTitle() == "Brastöd – Kungsör"
    lock = SingleInstance(path)
    assert not lock.another_is_running()            # the file's lock is let go
    lock.close()
    window.close()
    controller.db.close()


def _as_reader(qtbot, tmp_path, pg_server, pg_url):
    from brastod.core.server_admin import add_user
    server_init(pg_url, None, demo=True)
    import uuid
    login = f"lisa_{uuid.uuid4().hex[:8]}"          # logins are the whole server's
    add_user(pg_url, login, "läsare")
    controller = _controller(tmp_path)
    assert controller.start(pg_server.url(parse(pg_url).database, user=login))
    qtbot.addWidget(controller.window)
    return controller


def test_a_reader_sees_the_reports_and_plans_without_the_means_to_change_them(
        qtbot, tmp_path, pg_server, pg_url):
    from brastod.gui.roles import Role
    controller = _as_reader(qtbot, tmp_path, pg_server, pg_url)
    window = controller.window
    assert window.role_label.text() == Role.READER.status and window.role_label.isVisible()
    assert not window.ui.actionImport.isEnabled() and not window.ui.actionPurge.isEnabled()
    tab = window.situation_reports
    window.ui.tabs.setCurrentWidget(tab)
    _open_draft(tab, qtbot)
    ui = tab.ui
    assert not any(button.isEnabled() for button in (
        ui.newButton, ui.copyButton, ui.adoptButton, ui.deleteButton, ui.feedbackButton))
    assert ui.exportButton.isEnabled()              # reading and exporting stay
    assert tab.sections.editor.isReadOnly() and ui.titleEdit.isReadOnly()
    assert "läsa men inte ändra" in ui.statusLabel.text()
    assert tab.sections.saved_label.text() == Role.READER.refusal
    plans = window.actions
    window.ui.tabs.setCurrentWidget(plans)
    assert plans.detail is not None                 # a plan is shown …
    assert not plans.ui.newButton.isEnabled() and not plans.ui.deleteButton.isEnabled()
    assert plans.plan_form.ui.title.isReadOnly() and not plans.plan_form.ui.status.isEnabled()
    assert not plans.chain.ui.detail.isEnabled()
    chain = plans.chain.ui
    assert not any(button.isEnabled() for button in (
        chain.addProblem, chain.addCause, chain.addGoal, chain.addAction, chain.followUp,
        chain.moveUp, chain.moveDown, chain.remove))
    assert chain.tree.model().rowCount() > 0        # … and its chain can be read
    window.close()
    controller.db.close()


def test_a_coordinator_on_the_server_may_edit(qtbot, tmp_path, pg_url):
    server_init(pg_url, None, demo=True)
    controller = _controller(tmp_path)
    assert controller.start(pg_url)
    window = controller.window
    qtbot.addWidget(window)
    assert not hasattr(window, "role_label")
    assert window.situation_reports.ui.newButton.isEnabled()
    assert window.actions.ui.newButton.isEnabled() and window.actions.plan_form.isEnabled()
    window.close()
    controller.db.close()


def test_open_at_start_only_opens_a_server_database(pg_url, monkeypatch):
    from brastod.core import backups

    def no_backup(*args):
        raise AssertionError("en säkerhetskopia togs av en serverdatabas")
    monkeypatch.setattr(backups, "at_start", no_backup)
    # The window never makes the tables on a server (even when asked to create, as at start):
    # server-init makes them with the roles.
    assert "är tom" in str(_refused(lambda: backups.open_at_start(pg_url, True)))
    server_init(pg_url, "Kungsör")
    db, initialized = backups.open_at_start(pg_url, True)
    try:
        assert db.server is not None and initialized
    finally:
        db.close()


def _refused(call):
    from brastod.core.errors import BrastodError
    try:
        call()
    except BrastodError as error:
        return error
    raise AssertionError("ingen BrastodError")
