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
from brastod.gui.data import BACK, LOST, SAVED_BEFORE, Data, Topic
from brastod.gui.tasks import TaskRunner

RETURNS_MS = 60_000     # a stopped server started again, on a busy machine
LOST_MS = 30_000        # the bar after the server stops: seconds, generous on a busy machine


class _ServerDb:
    server = name = "brastod på testserver"
    path = engine = None


class _Server:
    """What the fake server's answers are: down until ``up``."""

    def __init__(self):
        self.up = False
        self.ran: list[str] = []
        self.landed: set = set()        # the tokens of writes committed (their receipts)

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


def watched(db, retry_ms: int = 50) -> tuple[Data, list, list]:
    """A window's Data over ``db`` that tries again every ``retry_ms``, with the connection's
    states and the refusals the window would show, as they come."""
    data = Data(TaskRunner(synchronous=True))
    data._retry.setInterval(retry_ms)
    data.attach(db)
    states, refused = [], []
    data.connection.connect(states.append)
    data.runner.refused.connect(refused.append)
    return data, states, refused


@pytest.fixture
def fake(monkeypatch, qtbot):
    server = _Server()
    monkeypatch.setattr(data_module, "_ping", server.ping)
    monkeypatch.setattr(data_module, "received", lambda engine, token: token in server.landed)
    data, states, refused = watched(_ServerDb(), 20)
    changed = []
    data.changed.connect(lambda topics, origin: changed.append(topics))
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


def test_a_held_write_found_on_the_server_is_not_made_again(fake, qtbot):
    """Its COMMIT landed though the answer was lost: its receipt is there, so it is not sent
    again and its ``on_error`` is told so (its answer is gone), without counting as refused;
    the one after it is sent."""
    server, data, states, changed, refused = fake
    done = []
    first = data.run(server.job("landade"), on_done=done.append, changes=Topic.MEETINGS)
    data.run(server.job("sedan"), on_done=done.append, changes=Topic.MEETINGS)
    [held_first, _] = data._held
    assert held_first.ctx is first and held_first.sent
    server.landed.add(held_first.token)
    server.up = True
    qtbot.waitUntil(lambda: states == [False, True], timeout=5000)
    assert server.ran == ["sedan"] and done == ["sedan"] and refused == [SAVED_BEFORE]
    assert data.refused_on_replay == 0


def test_an_idle_file_asks_nothing(qtbot, monkeypatch):
    """A file has no connection to lose: a doubt is not a ping."""
    pinged = []
    monkeypatch.setattr(data_module, "_ping", pinged.append)
    data = Data(TaskRunner(synchronous=True))
    db = _ServerDb()
    db.server = None
    data.attach(db)
    data.doubt()
    assert pinged == [] and not data.lost


@pytest.mark.parametrize("refused", [False, True])
def test_a_window_waiting_to_close_closes_once_the_writes_are_saved_not_when_one_is_refused(
        fake, qtbot, monkeypatch, refused):
    """A held write the server then refuses (someone else's newer version: a conflict to
    answer) is told; the window waiting to close stays, so that the user can read it."""
    server, data, states, changed, refused_texts = fake
    window = main_window.MainWindow(data, tabs_later=True)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "_refresh_summary", lambda: None)   # no database behind it
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args[2]))
    window.show()
    refusal = BrastodError("Åtgärden finns inte längre. Den har tagits bort av någon annan.")
    data.run(server.job("sparad", refusal if refused else None), changes=Topic.PLANS)
    asked = []
    monkeypatch.setattr(main_window, "wait_for_writes",
                        lambda parent, text, verb: asked.append(text) or True)
    window.close()
    assert window.isVisible() and len(asked) == 1 and asked[0].startswith("1 ändring väntar")
    server.up = True
    qtbot.waitUntil(lambda: states == [False, True], timeout=5000)
    assert window.isVisible() == refused
    if refused:
        assert refused_texts == boxes == [str(refusal)]         # told in the window
        assert window.ui.statusbar.currentMessage() == main_window.NOT_LEFT.format(1)
    else:
        assert server.ran == ["sparad"] and boxes == []


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
        asked, answers = [], [False, True]
        monkeypatch.setattr(main_window, "wait_for_writes",
                            lambda parent, text, verb: (asked.append(text), answers.pop(0))[1])
        window.close()                               # Avbryt: it stays open, nothing changes
        assert window.isVisible() and data.unsaved == 2 and len(asked) == 1
        assert asked[0].startswith("2 ändringar väntar på att sparas i brastod på ")
        window.close()                               # to close once they are saved
        assert window.isVisible() and data.unsaved == 2 and len(asked) == 2
        assert window.ui.statusbar.currentMessage() == main_window.WAITS.format("Fönstret stängs")

        _start_again(own_server)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=RETURNS_MS)
        assert not data.lost and data.unsaved == 0
        assert "Skrivet utan server. Och lite till." in editor.toPlainText()
        again = open_database(url)
        try:
            bodies = [s.body for s in reports.get_report(again, report_id).sections]
        finally:
            again.close()
        assert any("Skrivet utan server. Och lite till." in b for b in bodies)
        assert boxes == []
    finally:
        window.close()
        controller.db.close()


def _stopped_under(window, own_server, qtbot) -> None:
    """The server stops under an idle window: the bar shows with no action of the user's."""
    assert not window.connection_bar.isVisible()
    own_server.stop()
    qtbot.waitUntil(lambda: window.connection_bar.isVisible(), timeout=LOST_MS)
    assert window.data.lost and window.connection_bar.label.text() == LOST


def test_an_idle_window_shows_the_loss_and_reloads_when_the_server_returns(
        qtbot, tmp_path, own_server):
    from brastod.core.server_admin import server_init
    from tests.gui.test_live_changes import open_window
    url = own_server.url("brastod")
    server_init(url, None, demo=True)
    controller, window = open_window(qtbot, tmp_path, url)
    try:
        changed = []
        window.data.changed.connect(lambda topics, origin: changed.append(topics))
        _stopped_under(window, own_server, qtbot)
        _start_again(own_server)
        qtbot.waitUntil(lambda: not window.data.lost, timeout=RETURNS_MS)
        assert window.connection_bar.label.text() == BACK
        assert Topic.ALL in changed                  # every tab reloads
        qtbot.waitUntil(lambda: window.live.following, timeout=RETURNS_MS)
    finally:
        window.close()
        controller.db.close()


def test_switching_database_waits_for_the_writes_held_for_the_server(
        qtbot, tmp_path, own_server, demo_file, monkeypatch):
    """Arkiv → Öppna databas (or Anslut till server …) while writes wait: the question; Avbryt
    keeps everything as it is; waiting switches once they are saved, and they are."""
    import shutil

    from brastod.core.db import open_database
    from brastod.core.server_admin import server_init
    from brastod.core.services import situation_reports as reports
    from tests.gui.test_server_window import _controller, _open_draft
    url = own_server.url("brastod")
    server_init(url, None, demo=True)
    path = tmp_path / "annan.sqlite3"
    shutil.copy(demo_file, path)
    controller = _controller(tmp_path)
    assert controller.start(url)         # not given to qtbot: the switch deletes the window
    window = controller.window
    try:
        tab = window.situation_reports
        window.ui.tabs.setCurrentWidget(tab)
        report_id = _open_draft(tab, qtbot)
        _stopped_under(window, own_server, qtbot)
        tab.sections.editor.setFocus()
        QTest.keyClicks(tab.sections.editor, " Sparas efter en stund.")
        window.save_state()
        assert window.data.unsaved == 1
        asked, answers = [], [False, True]
        monkeypatch.setattr(main_window, "wait_for_writes",
                            lambda parent, text, verb: (asked.append(text), answers.pop(0))[1])
        window.open_requested.emit(path, False)      # Avbryt
        assert controller.window is window and controller.db.server is not None
        assert asked == [main_window.HELD.format(
            n="1 ändring", them="den", they="den", name=controller.db.server,
            what="databasen byts", verb="Byt databas")]
        assert window.data.unsaved == 1
        window.open_requested.emit(path, False)      # once they are saved
        assert controller.window is window and window.data.unsaved == 1
        assert window.ui.statusbar.currentMessage() == main_window.WAITS.format("Databasen byts")
        _start_again(own_server)
        qtbot.waitUntil(lambda: controller.window is not window, timeout=RETURNS_MS)
        qtbot.addWidget(controller.window)
        assert controller.db.path == path               # the window on the server is gone
        again = open_database(url)
        try:
            bodies = [s.body for s in reports.get_report(again, report_id).sections]
        finally:
            again.close()
        assert any("Sparas efter en stund." in b for b in bodies)
    finally:
        controller.window.close()
        controller.db.close()


# ---- a write whose connection breaks at COMMIT: replayed exactly once ----

def _one(url: str, sql: str):
    from tests import postgres
    name = url.split("/")[3].split("?")[0]
    with psycopg.connect(host=url.split("host=")[1].split("&")[0], port=5432,
                         user=postgres.SUPERUSER, dbname=name, autocommit=True) as connection:
        return connection.execute(sql).fetchone()


def _killed_at_commit(db, url: str, landed: bool) -> None:
    """The first COMMIT of ``db`` loses its connection: before the server has it (the backend
    terminated just before), or after it has committed it (the backend waits for a standby
    that never answers, with the transaction committed locally, and is terminated there)."""
    import threading

    from sqlalchemy import event
    kills = []

    def at_commit(connection):
        if kills:
            return
        raw = connection.connection.driver_connection
        pid = raw.info.backend_pid
        kills.append(pid)
        if not landed:
            _one(url, f"SELECT pg_terminate_backend({pid}, 60000)")
            return
        raw.execute("SET LOCAL synchronous_commit = on")

        def kill_while_waiting():
            stop = threading.Event()
            for _ in range(1200):
                if _one(url, "SELECT count(*) FROM pg_stat_activity WHERE pid = "
                             f"{pid} AND wait_event = 'SyncRep'")[0]:
                    _one(url, f"SELECT pg_terminate_backend({pid})")
                    return
                stop.wait(0.05)
        threading.Thread(target=kill_while_waiting, daemon=True).start()
    event.listen(db.engine, "commit", at_commit)


@pytest.mark.parametrize("landed", [False, True], ids=["before COMMIT", "after COMMIT"])
def test_a_decision_whose_commit_lost_its_connection_is_saved_once(qtbot, own_server, landed):
    from brastod.core.db import open_database
    from brastod.core.meeting_rules import DecisionFields
    from brastod.core.server_admin import server_init
    from brastod.core.services.meetings import save_decision
    url = own_server.url("brastod")
    server_init(url, None, demo=True)
    # A standby that never answers: a COMMIT that asks for it waits, committed locally.
    own_server.admin("ALTER SYSTEM SET synchronous_standby_names = 'ingen'")
    own_server.admin("SELECT pg_reload_conf()")
    meeting_id, item_id = _one(url, "SELECT meeting_id, id FROM agenda_item LIMIT 1")
    text = "Beslut som sparas en gång."
    db = open_database(url)
    try:
        _killed_at_commit(db, url, landed)
        data, states, refused = watched(db)
        done = []
        data.call(save_decision, None, meeting_id=meeting_id, item_id=item_id,
                  values=DecisionFields(text, None, None), on_done=done.append,
                  changes=Topic.MEETINGS)
        assert data.lost and data.unsaved == 1 and done == []
        qtbot.waitUntil(lambda: states == [False, True], timeout=RETURNS_MS)
        # Found done: not made again, and told so (its answer, the id, was lost).
        assert (refused, len(done)) == (([SAVED_BEFORE], 0) if landed else ([], 1))
        assert _one(url, f"SELECT count(*) FROM decision WHERE text = '{text}'")[0] == 1
        assert _one(url, "SELECT count(*) FROM write_receipt")[0] >= 1
    finally:
        db.close()
