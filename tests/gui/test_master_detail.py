"""The master–detail base (and the Inkomna rapporter list) on a runner with its real worker
thread: a result that arrives after the user has moved on is dropped, whichever came first."""
import pytest

from brastod.gui.data import Data
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.tabs import situation_report
from brastod.gui.tabs.reports import ReportsTab
from brastod.gui.tabs.situation_report import SituationReportTab
from tests.conftest import DEMO_TODAY

TIMEOUT = 30_000


@pytest.fixture
def data(threaded, demo_db):
    found = Data(threaded, DEMO_TODAY)
    found.attach(demo_db)
    return found


@pytest.fixture
def reports_tab(qtbot, data):
    tab = SituationReportTab(data)
    qtbot.addWidget(tab)
    with qtbot.waitSignals([tab.shown, data.runner.idle], timeout=TIMEOUT):
        tab.reload()
    return tab


def _rows(tab) -> list:
    return [tab.proxy.index(row, 0).data(ROW_ROLE) for row in range(tab.proxy.rowCount())]


def test_a_report_left_before_it_arrives_is_dropped(reports_tab, qtbot, data, monkeypatch):
    tab, fetched, shown = reports_tab, [], []
    fetch = situation_report._fetch_report
    monkeypatch.setattr(situation_report, "_fetch_report",
                        lambda db, report_id: (fetched.append(report_id), fetch(db, report_id))[1])
    tab.shown.connect(shown.append)
    first, second = _rows(tab)[1:3]
    with qtbot.waitSignal(data.runner.idle, timeout=TIMEOUT):
        tab.ui.table.selectRow(1)      # A is fetched on the worker …
        tab.ui.table.selectRow(2)      # … and B chosen before A's result reaches the window
    assert fetched == [first.id, second.id]
    assert shown == [second.id] and tab.detail.id == second.id
    assert tab.ui.titleEdit.text() == second.title


def test_a_list_overtaken_by_a_newer_reload_is_dropped(reports_tab, qtbot, data):
    tab, loaded = reports_tab, []
    tab.loaded.connect(loaded.append)
    first, second = _rows(tab)[1:3]
    with qtbot.waitSignal(data.runner.idle, timeout=TIMEOUT):
        tab.reload(first.id)
        tab.reload(second.id)
    assert loaded == [len(_rows(tab))]
    assert tab.ui.table.currentIndex().data(ROW_ROLE).id == second.id == tab.detail.id


def test_going_back_before_the_new_report_arrives_keeps_the_first(reports_tab, qtbot, data):
    tab, shown = reports_tab, []
    tab.shown.connect(shown.append)
    before = tab.detail.id
    with qtbot.waitSignal(data.runner.idle, timeout=TIMEOUT):
        tab.ui.table.selectRow(1)
        tab.ui.table.selectRow(0)      # back, before report 1 has arrived
    assert shown == [before] and tab.detail.id == before


def test_incidents_filtered_again_before_the_list_arrives(qtbot, data, demo_db):
    from brastod.core.services.incidents import IncidentFilter, list_incidents
    tab = ReportsTab(data)
    qtbot.addWidget(tab)
    with qtbot.waitSignals([tab.loaded, data.runner.idle], timeout=TIMEOUT):
        tab.reload()
    everything, loaded = tab.model.rowCount(), []
    tab.loaded.connect(loaded.append)
    with qtbot.waitSignal(data.runner.idle, timeout=TIMEOUT):
        tab.reload()                               # every incident …
        tab.ui.filter.setText("klotter")           # … then a filter, before they arrive
        tab.reload()
    rows = tab.model.rows()
    assert loaded == [len(rows)] and 0 < len(rows) < everything
    assert {row.id for row in rows} == {
        row.id for row in list_incidents(demo_db, IncidentFilter(text="klotter"))}
