"""A lost connection to the server (gui/data.py, the window's bar): writes that meet it are
held and run again in order once the server answers, never dropped; reads are redone by a
reload; a held write that then fails for another reason is told. Last, with a real server of
the test's own that is stopped and started under an open window."""
import psycopg
import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from brastod.core.errors import BrastodError
from brastod.core.server import ConnectionLost
from brastod.gui import data as data_module
from brastod.gui import main_window
from brastod.gui.data import BACK, LOST, Data, Topic
from brastod.gui.tasks import TaskRunner

RETURNS_MS = 60_000     # a stopped server started again, on a busy machine


class _ServerDb:
    server = name = "brastod på testserver"
    path = None


class _Server:
    """What the fake server's answers are: down until ``up``."""

    def __init__(self):
        self.up = False
        self.ran: list[str] = []

    def job(self, name: str, fail_after_return: BrastodError | None = None):
        def run(db, ctx):
            if not self.up:
                raise psycopg.OperationalError("server closed the connection unexpectedly")
            if fail_after_return is not None:
                raise fail_after_return
            self.ran.append(name)
            return name
        return run

    def ping(self, db) -> None:
        if not self.up:
            raise ConnectionLost("Kan inte ansluta.")


@pytest.fixture
def fake(monkeypatch, qtbot):
    server = _Server()
    monkeypatch.setattr(data_module, "_ping", server.ping)
    data = Data(TaskRunner(synchronous=True))
    data._retry.setInterval(20)
    data.attach(_ServerDb())
    states, changed, refused = [], [], []
    data.connection.connect(states.append)
    data.changed.connect(lambda topics, origin: changed.append(topics))
    data.runner.refused.connect(refused.append)
    return server, data, states, changed, refused


def test_writes_that_meet_a_lost_connection_run_again_in_order(fake, qtbot):
    server, data, states, changed, refused = fake
    done, read = [], []
    data.run(server.job("först"), on_done=done.append, changes=Topic.REPORTS)
    assert data.lost and states == [False] and done == []
    data.run(server.job("sedan"), on_done=done.append, changes=Topic.PLANS)
    data.run(server.job("läst"), on_done=read.append)            # a read: not sent now
    qtbot.wait(100)                                              # retries, all refused
    assert data.lost and server.ran == [] and states == [False]
    server.up = True
    qtbot.waitUntil(lambda: states == [False, True], timeout=5000)
    assert server.ran == ["först", "sedan"] and done == ["först", "sedan"]
    assert read == [] and changed == [Topic.REPORTS, Topic.PLANS, Topic.ALL]   # ALL: reload
    assert refused == [] and not data.lost
    data.run(server.job("nu"), on_done=done.append, changes=Topic.PLANS)
    assert done[-1] == "nu"                                      # straight on again


def test_a_held_write_that_then_fails_for_another_reason_is_told(fake, qtbot):
    server, data, states, changed, refused = fake
    said = []
    refusal = BrastodError("Åtgärden finns inte längre. Den har tagits bort av någon annan.")
    data.run(server.job("ändrad", refusal), on_error=said.append, changes=Topic.PLANS)
    data.run(server.job("utan mottagare", refusal), changes=Topic.PLANS)
    server.up = True
    qtbot.waitUntil(lambda: states == [False, True], timeout=5000)
    assert said == [refusal]                                     # to its own on_error
    assert refused == [str(refusal)]                             # else to the window
    assert server.ran == []


def test_other_failures_are_not_taken_for_a_lost_connection(fake):
    server, data, states, changed, refused = fake
    server.up = True
    said = []
    data.run(server.job("x", BrastodError("Namnet finns redan. Välj ett annat.")),
             on_error=said.append, changes=Topic.REGISTERS)
    assert len(said) == 1 and not data.lost and states == []


def test_a_file_never_holds_a_write(qtbot, tmp_path):
    """On SQLite there is no connection to lose: a driver error is a bug as before."""
    data = Data(TaskRunner(synchronous=True))
    db = _ServerDb()
    db.server = None
    data.attach(db)

    def job(db, ctx):
        raise psycopg.OperationalError("no connection")
    with pytest.raises(psycopg.OperationalError):
        data.run(job, changes=Topic.PLANS)
    assert not data.lost


# ---- a real server, stopped and started under the window ----

def _start_again(server) -> None:
    server._run(str(server.bin / "pg_ctl"), "-D", str(server.data), "-w", "-l",
                str(server.folder / "server.log"), "-o",
                f"-c listen_addresses='' -k {server.socket} -p {server.port} -c fsync=off",
                "start")


@pytest.fixture
def own_server():
    """A server of this test's own (the session's is never stopped)."""
    import shutil
    import subprocess

    from tests import postgres
    if postgres.binaries() is None:
        pytest.skip(postgres.INSTALL)
    try:
        server = postgres.started()
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"PostgreSQL kunde inte startas här: {error}")
    server.admin("CREATE DATABASE brastod")
    yield server
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)


def test_typing_while_the_server_is_down_is_kept_and_saved_when_it_returns(
        qtbot, tmp_path, own_server, monkeypatch):
    from brastod.core.db import open_database
    from brastod.core.server_admin import server_init
    from brastod.core.services import situation_reports as reports
    from tests.gui.test_live_changes import open_window
    from tests.gui.test_server_window import _open_draft
    boxes = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **kw: boxes.append(args))
    url = own_server.url("brastod")
    server_init(url, None, demo=True)
    controller, window = open_window(qtbot, tmp_path, url)
    try:
        data = window.data
        tab = window.situation_reports
        window.ui.tabs.setCurrentWidget(tab)
        report_id = _open_draft(tab, qtbot)
        editor = tab.sections.editor
        assert not window.connection_bar.isVisible()

        told = []
        window.live.told.connect(told.append)
        own_server.stop()
        editor.setFocus()
        QTest.keyClicks(editor, " Skrivet utan server.")
        window.save_state()                          # the autosave's save: it meets the loss
        assert data.lost
        assert window.connection_bar.isVisible() and window.connection_bar.label.text() == LOST
        QTest.keyClicks(editor, " Och lite till.")
        window.save_state()                          # held behind the first
        assert "Skrivet utan server. Och lite till." in editor.toPlainText()
        assert boxes == []                           # a bar, not a box per task
        asked = []
        monkeypatch.setattr(main_window, "ask", lambda parent, text: asked.append(text))
        window.close()                               # answered Nej: it stays open
        assert window.isVisible() and asked == [main_window.UNSAVED.format(2)]

        _start_again(own_server)
        qtbot.waitUntil(lambda: not data.lost, timeout=RETURNS_MS)
        assert window.connection_bar.isVisible() and window.connection_bar.label.text() == BACK
        assert "Skrivet utan server. Och lite till." in editor.toPlainText()
        again = open_database(url)
        try:
            bodies = [s.body for s in reports.get_report(again, report_id).sections]
        finally:
            again.close()
        assert any("Skrivet utan server. Och lite till." in b for b in bodies)
        assert boxes == []
        # The follower of others' changes has come back too, and told what it may have missed.
        qtbot.waitUntil(lambda: Topic.ALL in told, timeout=RETURNS_MS)
        assert window.live.following
    finally:
        window.close()
        controller.db.close()
