"""Changes made outside the window appear in it (gui/live_changes.py): another process writes,
the tab's list shows it, on a file and on a server; notices are gathered, every table has its
topics, and the follower stops with the window."""
import shutil
import subprocess
import sys

import pytest
from sqlmodel import SQLModel

from brastod.core.server_admin import server_init
from brastod.gui.app import Application
from brastod.gui.data import Data, Topic
from brastod.gui.live_changes import QUIET_MS, TABLE_TOPICS, TOLD, LiveChanges, topics_of
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.tasks import TaskRunner
from tests.conftest import DEMO_TODAY

ARRIVES_MS = 10_000     # generous: the machine is busy; the benchmark measures the delay

ADD_REPORT = """
import sys
from datetime import date
from brastod.core.db import open_database
from brastod.core.periods import Period
from brastod.core.services.situation_reports import create_report
db = open_database(sys.argv[1])
create_report(db, "operational", Period(date(2026, 1, 1), date(2026, 1, 31)), title=sys.argv[2])
db.close()
"""


def add_report_elsewhere(target: str, title: str) -> None:
    subprocess.run([sys.executable, "-c", ADD_REPORT, target, title], check=True,
                   capture_output=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_target(request, demo_file, tmp_path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "demo.sqlite3"
        shutil.copy(demo_file, path)
        return str(path)
    url = request.getfixturevalue("pg_url")
    server_init(url, None, demo=True)
    return url


def open_window(qtbot, tmp_path, target: str):
    controller = Application(tmp_path / "brastod.log", DEMO_TODAY)
    controller.tasks.synchronous = True
    assert controller.start(target)
    window = controller.window
    qtbot.addWidget(window)
    return controller, window


def titles(tab) -> list[str]:
    return [tab.proxy.index(row, 0).data(ROW_ROLE).title for row in range(tab.proxy.rowCount())]


def test_a_report_added_by_another_process_appears_in_the_open_tab(qtbot, tmp_path,
                                                                   demo_target):
    controller, window = open_window(qtbot, tmp_path, demo_target)
    try:
        tab = window.situation_reports
        window.ui.tabs.setCurrentWidget(tab)
        assert window.live.following
        before = len(titles(tab))
        with qtbot.waitSignal(window.live.told, timeout=ARRIVES_MS) as told:
            add_report_elsewhere(demo_target, "Lägesbild från en annan dator")
        assert told.args[0] & Topic.REPORTS
        qtbot.waitUntil(lambda: "Lägesbild från en annan dator" in titles(tab),
                        timeout=ARRIVES_MS)
        assert len(titles(tab)) == before + 1
        assert window.ui.statusbar.currentMessage() == TOLD
    finally:
        window.close()
        controller.db.close()
        if controller.lock is not None:
            controller.lock.close()
    assert not window.live.following                    # stopped with the window


def test_the_windows_own_save_is_not_told_as_anothers(qtbot, tmp_path, demo_target):
    from brastod.core.periods import Period
    from brastod.core.services.situation_reports import create_report
    from datetime import date
    controller, window = open_window(qtbot, tmp_path, demo_target)
    told = []
    window.live.told.connect(told.append)
    try:
        window.data.call(create_report, "operational", Period(date(2026, 2, 1),
                                                              date(2026, 2, 28)),
                         title="Eget utkast", changes=Topic.REPORTS)
        # Another process's change afterwards arrives alone: the own one was never told.
        with qtbot.waitSignal(window.live.told, timeout=ARRIVES_MS):
            add_report_elsewhere(demo_target, "Andras utkast")
        qtbot.wait(3 * QUIET_MS)
        assert len(told) == 1
    finally:
        window.close()
        controller.db.close()
        if controller.lock is not None:
            controller.lock.close()


def test_every_table_has_the_topics_that_show_it():
    tables = set(SQLModel.metadata.tables) - {"schema_version"}
    assert tables == set(TABLE_TOPICS)
    assert topics_of({"decision"}) == Topic.MEETINGS
    assert topics_of({"cause"}) == Topic.REPORTS | Topic.PLANS
    assert topics_of({"*"}) == Topic.ALL
    assert topics_of({"en_ny_tabell"}) == Topic.ALL       # unknown: everything reloads


def test_notices_are_gathered_one_at_once_then_at_most_one_per_pause(qtbot, db):
    data = Data(TaskRunner(synchronous=True))
    live = LiveChanges(data)
    live.follow(db)
    heard = []
    data.changed.connect(lambda topics, origin: heard.append((topics, origin)))
    live._arrived(frozenset({"incident"}))
    assert heard == [(Topic.INCIDENTS, None)]           # the first at once
    for table in ("incident", "decision", "incident"):   # an import elsewhere, and a decision
        live._arrived(frozenset({table}))
    assert len(heard) == 1
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=5000)
    assert heard[1] == (Topic.INCIDENTS | Topic.MEETINGS, None)
    qtbot.wait(2 * QUIET_MS)
    assert len(heard) == 2                              # nothing more came: nothing told
    live._arrived(frozenset({"partner"}))
    live.stop()
    live._arrived(frozenset({"decision"}))              # sent just before the stop
    qtbot.wait(2 * QUIET_MS)
    assert heard[2:] == [(Topic.REGISTERS, None)] and not live.following
