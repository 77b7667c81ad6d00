"""Arkiv → Återställ från säkerhetskopia… with a copy from before a gallring: the purged
incidents are purged again, the setting is kept, and the window says so."""
import shutil
from datetime import datetime, timedelta

from sqlmodel import func, select

from brastod.core import backups
from brastod.core.models import Incident
from brastod.core.services import retention
from tests.conftest import DEMO_TODAY
from tests.gui.test_app import _close, _controller, restore_through_the_menu


def test_restoring_a_copy_from_before_a_purge_purges_again(qtbot, tmp_path, demo_file,
                                                           monkeypatch):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    backups.take(path, "fore-import", datetime.now() - timedelta(days=2))   # before the purge
    controller = _controller(qtbot, tmp_path)
    assert controller.start(path)
    removed = retention.purge(controller.db, 12, DEMO_TODAY)
    cutoff = retention.cutoff_for(12, DEMO_TODAY)
    window = controller.window
    restore_through_the_menu(window, monkeypatch, "fore-import")
    assert (f"{removed} händelser som hade gallrats togs bort igen; gallringsinställningen "
            "behölls: 12 månader.") in window.ui.statusbar.currentMessage()
    assert retention.purge_state(controller.db) == retention.PurgeState(12, cutoff)
    with controller.db.session() as session:
        assert session.exec(select(func.min(Incident.occurred_on))).one() >= cutoff
    _close(controller)
