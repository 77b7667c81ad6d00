"""Brastöd never uses the network: with every way out of the process blocked and recorded,
starting the app, importing and writing every export work, and nothing tried to connect."""
import socket
from datetime import date

import pytest

from brastod.cli import main
from brastod.core.paths import resource


@pytest.fixture
def no_network(monkeypatch):
    """Records and refuses every attempt to open a connection or look up a name."""
    attempts = []

    def refuse(what):
        def blocked(*args, **kwargs):
            attempts.append((what, args))
            raise OSError(f"nätverket är avstängt i testet ({what})")
        return blocked
    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_the_guard_notices_an_attempt(no_network):
    with pytest.raises(OSError, match="avstängt"):
        socket.create_connection(("example.org", 80), timeout=1)
    assert [what for what, _ in no_network] == ["create_connection"]


def test_import_and_every_export_stay_offline(no_network, tmp_path):
    from brastod.core.db import open_database
    from brastod.core.services.meetings import list_meetings
    db = str(tmp_path / "brastod.sqlite3")
    assert main(["--db", db, "demo"]) == 0
    police = resource("demo", "police_events_fagersta.json")
    assert main(["--db", db, "import", str(police)]) == 0
    assert main(["--db", db, "export", "incidents", "--from", "2026-01-01", "--to",
                 "2026-11-22", "--xlsx", str(tmp_path / "h.xlsx")]) == 0
    for what in ("situation-report", "action-plan"):
        assert main(["--db", db, "export", what, "1", "--pdf", str(tmp_path / f"{what}.pdf"),
                     "--xlsx", str(tmp_path / f"{what}.xlsx")]) == 0
    opened = open_database(db)
    meeting = next(m for m in list_meetings(opened) if m.meeting_date > date(2026, 11, 22))
    opened.close()
    assert main(["--db", db, "export", "meeting-pack", str(meeting.id), "--pdf",
                 str(tmp_path / "pack.pdf"), "--xlsx", str(tmp_path / "pack.xlsx")]) == 0
    assert main(["--db", db, "export", "calendar", "--ics", str(tmp_path / "m.ics")]) == 0
    assert main(["--db", db, "template", str(tmp_path / "mall.xlsx")]) == 0
    assert main(["--db", db, "backup", str(tmp_path / "kopia.sqlite3")]) == 0
    assert main(["--db", db, "check"]) == 0
    assert no_network == []


def test_the_app_starts_and_fills_its_tabs_offline(no_network, qtbot, tmp_path, monkeypatch):
    from brastod.gui.app import Application
    from brastod.gui.dialogs.first_start import FirstStartDialog
    from tests.conftest import DEMO_TODAY
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: 1)      # the example data
    controller = Application(tmp_path / "brastod.log", DEMO_TODAY)
    controller.tasks.synchronous = True
    assert controller.start(tmp_path / "ny.sqlite3")
    window = controller.window
    assert window.actions.model.rowCount() == 2 and window.calendar.model.rowCount() > 50
    window.close()
    controller.db.close()
    controller.lock.close()
    assert no_network == []
