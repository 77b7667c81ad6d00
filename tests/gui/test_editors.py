"""The editors on their own (no tab, no window): built with ``Data`` on the example database,
as the tabs build them. They depend on the shared widgets and never on each other, save through
the worker and name what they changed, and show a refused value at its field or leave it to
the window (never a box of their own)."""
import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog

import brastod.gui
from brastod.core.plan_rules import Link
from brastod.core.services import action_plans, meetings, plan_chain, situation_reports
from brastod.gui.data import Data, Topic
from brastod.gui.tasks import TaskRunner
from tests.conftest import DEMO_TODAY
from tests.gui import panes

GUI = Path(brastod.gui.__file__).parent
EDITORS = ("plan_editor", "report_editor", "meeting_editor")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.fixture
def changes(data):
    """Every change notice the editors give: (topic, origin)."""
    told = []
    data.changed.connect(lambda topic, origin: told.append((topic, origin)))
    return told


@pytest.fixture
def refused(tasks):
    """What the window would be asked to say (a BrastodError no field took)."""
    said = []
    tasks.refused.connect(said.append)
    return said


# ---- the parts ----
@pytest.mark.parametrize("editor", EDITORS)
def test_an_editor_depends_on_the_widgets_never_on_another_editor(editor):
    others = [f"brastod.gui.{other}" for other in EDITORS if other != editor]
    reached = sorted(f"{path.name}: {module}" for path in (GUI / editor).glob("*.py")
                     for module in _imports(path)
                     if any(module == o or module.startswith(o + ".") for o in others))
    assert reached == []


def test_no_editor_keeps_a_timer_of_its_own():
    """Saving waits on the one AutoSave (widgets/autosave.py), nothing else."""
    with_timers = sorted(str(path.relative_to(GUI)) for editor in EDITORS
                         for path in (GUI / editor).glob("*.py")
                         if "QTimer" in path.read_text(encoding="utf-8"))
    assert with_timers == []


# ---- Kedja ----
def test_each_kind_of_link_is_shown_by_its_own_page(qtbot, data, demo_db):
    pane = panes.chain_pane(qtbot, data, demo_db)
    assert set(pane.pages) == set(Link)
    for link in Link:
        node = panes.choose(pane, link)
        assert node.link is link                  # a Link value, not a string
        page = pane.pages[link]
        assert pane.ui.detail.currentWidget() is page.widget
        assert page.node is node
    action = panes.choose(pane, Link.ACTION)
    assert pane.action_form.ui.title.text() == action.item.values.title


def test_a_problem_typed_on_its_page_is_saved_and_a_blank_title_is_refused_there(
        qtbot, data, demo_db, changes, refused):
    pane = panes.chain_pane(qtbot, data, demo_db)
    node = panes.choose(pane, Link.PROBLEM)
    title = pane.ui.problemTitle
    title.selectAll()
    QTest.keyClicks(title, "Nattligt buller vid torget")
    pane.flush()
    saved = plan_chain.get_outline(demo_db, pane.outline.plan_id).problems
    assert "Nattligt buller vid torget" in [p.title for p in saved]
    assert changes and all(topic == Topic.PLANS and origin is pane for topic, origin in changes)
    title.selectAll()
    QTest.keyClick(title, Qt.Key.Key_Delete)
    pane.flush()
    assert pane.ui.problemError.text() == "Skriv vilket problem som är prioriterat."
    after = plan_chain.get_outline(demo_db, pane.outline.plan_id).problems
    assert [p.title for p in after if p.id == node.id] == ["Nattligt buller vid torget"]
    assert refused == []


def test_a_link_renamed_in_the_outline_is_saved_and_chosen_again(qtbot, data, demo_db):
    pane = panes.chain_pane(qtbot, data, demo_db)
    node = panes.choose(pane, Link.CAUSE)
    index = pane.ui.tree.currentIndex()
    assert pane.model.setData(index, "Dålig belysning längs gångvägen")
    causes = plan_chain.get_outline(demo_db, pane.outline.plan_id).causes()
    assert "Dålig belysning längs gångvägen" in [c.description for c in causes]
    assert pane.current_key() == (Link.CAUSE, node.id)
    assert pane.ui.causeDescription.toPlainText() == "Dålig belysning längs gångvägen"


def test_a_link_typed_in_keeps_its_text_when_the_outline_is_redrawn(qtbot, data, demo_db):
    """The outline is redrawn after every save; the keys typed since must stay."""
    pane = panes.chain_pane(qtbot, data, demo_db)
    action = panes.choose(pane, Link.ACTION)
    outline, choices = pane.outline, pane.choices     # as it was before these keys
    title = pane.action_form.ui.title
    title.setFocus()
    title.end(False)
    QTest.keyClicks(title, " i centrum")
    pane.show_plan(pane.outline.plan_id, outline, choices)
    assert title.text() == action.item.values.title + " i centrum"
    pane.flush()
    saved = plan_chain.get_outline(demo_db, pane.outline.plan_id).all_actions()
    assert action.item.values.title + " i centrum" in [a.values.title for a in saved]


def test_a_chain_result_that_arrives_after_another_plan_was_opened_is_dropped(qtbot,
                                                                              demo_db):
    """On a real worker thread: the outline of the plan left behind does not come back."""
    from brastod.gui.plan_editor.chain import ChainPane, fetch_chain
    runner = TaskRunner()
    data = Data(runner, DEMO_TODAY)
    data.attach(demo_db)
    pane = ChainPane(data)
    qtbot.addWidget(pane)
    full, other = sorted(action_plans.list_plans(demo_db),
                         key=lambda p: -len(plan_chain.get_outline(demo_db, p.id).problems))
    fetched = {}
    for plan in (full, other):
        with qtbot.waitSignal(runner.idle, timeout=30_000):
            data.call(fetch_chain, plan.id, on_done=lambda r, i=plan.id: fetched.update({i: r}))
    pane.show_plan(full.id, *fetched[full.id])
    with qtbot.waitSignal(runner.idle, timeout=30_000):
        pane.refresh()                               # still under way …
        pane.show_plan(other.id, *fetched[other.id])  # … when the user opens the other plan
    assert pane.outline is fetched[other.id][0]
    assert pane.model.rowCount() == len(fetched[other.id][0].problems) + 1  # + the loose links


# ---- Lägesbild ----
def test_a_section_save_names_reports_and_says_when_it_saved(qtbot, data, demo_db, changes,
                                                            monkeypatch):
    from datetime import UTC, datetime
    from brastod.gui.report_editor import sections

    class Clock(datetime):      # a computer whose clock zone is UTC, at 11.00 UTC
        @classmethod
        def now(cls, tz=None):
            moment = datetime(2026, 11, 29, 11, 0, tzinfo=UTC)
            return moment.astimezone(tz) if tz else moment.replace(tzinfo=None)
    monkeypatch.setattr(sections, "datetime", Clock)
    pane = panes.sections_pane(qtbot, data, demo_db)
    section = pane.current_section()
    QTest.keyClicks(pane.editor, "Ny mening.")
    with qtbot.waitSignal(pane.saved):
        pane.flush()
    body = situation_reports.get_report(demo_db, panes.draft_report(demo_db).id).sections[0].body
    assert "Ny mening." in body
    assert changes == [(Topic.REPORTS, pane)]
    assert pane.saved_label.text() == "Sparat 12:00:00"      # Swedish time, as everywhere
    assert pane.current_section().id == section.id


def test_key_figures_ask_with_the_indicators_fetched_on_the_worker(qtbot, data, demo_db,
                                                                   monkeypatch):
    """The guard in conftest fails the test if the indicators are read on the GUI thread."""
    from brastod.core.services.key_figures import list_indicators
    from brastod.gui.dialogs import measurement
    from brastod.gui.report_editor.key_figures import KeyFiguresPane
    asked = []

    class Dialog(measurement.MeasurementDialog):
        def exec(self):
            ui = self.ui
            asked.append(([ui.indicator.itemText(i) for i in range(ui.indicator.count())],
                          ui.year.value()))
            return QDialog.DialogCode.Rejected
    monkeypatch.setattr(measurement, "MeasurementDialog", Dialog)
    pane = KeyFiguresPane(data)
    qtbot.addWidget(pane)
    pane.add_button.click()
    assert asked == [([i.name for i in list_indicators(demo_db)], DEMO_TODAY.year - 1)]


# ---- Möten ----
def _agenda_at_decision(qtbot, data, db, monkeypatch, with_partner: bool):
    """The agenda pane with a decision chosen; every question answered by its first choice."""
    decision = _decision(db, with_partner=with_partner)
    _detail, _particulars, _attendance, agenda = panes.meeting_panes(
        qtbot, data, db, decision.meeting_id)
    _choose_decision(agenda, decision)
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, *a, **k: (items[0], True))
    return agenda


def test_a_decision_made_an_action_tells_plans_and_meetings(qtbot, data, demo_db, changes,
                                                            monkeypatch):
    """So that Åtgärdsplan, Alla åtgärder and the counts show the new action at once."""
    agenda = _agenda_at_decision(qtbot, data, demo_db, monkeypatch, with_partner=True)
    before = len(action_plans.list_actions(demo_db))
    with qtbot.waitSignal(agenda.changed):
        agenda.ui.toAction.click()
    assert len(action_plans.list_actions(demo_db)) == before + 1
    assert changes == [(Topic.PLANS | Topic.MEETINGS, agenda)]


def test_a_refusal_no_field_takes_is_left_to_the_window(qtbot, data, demo_db, refused,
                                                        monkeypatch):
    agenda = _agenda_at_decision(qtbot, data, demo_db, monkeypatch, with_partner=False)
    agenda.ui.toAction.click()
    assert refused == ["Ange vilken partner som ansvarar för beslutet innan det blir en "
                       "åtgärd."]
    assert not hasattr(agenda, "failed")


def test_minutes_typed_while_the_meeting_is_shown_again_are_kept_and_saved(qtbot, data,
                                                                           demo_db):
    detail, _particulars, _attendance, agenda = panes.meeting_panes(qtbot, data, demo_db)
    item = detail.agenda[0]
    agenda.ui.minutes.setFocus()
    agenda.ui.minutes.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(agenda.ui.minutes, " Och sedan")
    # Another part saved: the meeting comes back as it was before these keys were saved.
    agenda.show_meeting(detail, agenda.partners, agenda.plans)
    assert agenda.ui.minutes.toPlainText().endswith(" Och sedan")
    agenda.flush()
    saved = meetings.get_meeting(demo_db, detail.id).agenda[0]
    assert saved.id == item.id and saved.minutes == item.minutes + " Och sedan"


def test_minutes_typed_and_taken_back_are_saved_back(qtbot, data, demo_db):
    """Each save is compared with what was saved last, not with what the meeting held."""
    detail, _particulars, _attendance, agenda = panes.meeting_panes(qtbot, data, demo_db)
    minutes = agenda.ui.minutes
    minutes.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(minutes, "x")
    agenda.flush()
    QTest.keyClick(minutes, Qt.Key.Key_Backspace)
    agenda.flush()
    assert meetings.get_meeting(demo_db, detail.id).agenda[0].minutes == \
        detail.agenda[0].minutes


def test_a_refused_meeting_value_is_told_at_its_field(qtbot, data, demo_db, refused):
    detail, particulars, _attendance, _agenda = panes.meeting_panes(qtbot, data, demo_db)
    title = particulars.form.ui.title
    title.selectAll()
    QTest.keyClick(title, Qt.Key.Key_Delete)
    particulars.flush()
    assert particulars.form.ui.error.text()
    assert meetings.get_meeting(demo_db, detail.id).title == detail.title
    assert refused == []


def _decision(db, with_partner: bool):
    for row in meetings.list_meetings(db):
        for item in meetings.get_meeting(db, row.id).agenda:
            for decision in item.decisions:
                if (decision.partner_id is not None) == with_partner \
                        and decision.action_id is None:
                    return decision
    raise AssertionError("exempeldatan saknar ett sådant beslut")


def _choose_decision(agenda, decision) -> None:
    ui = agenda.ui
    for row in range(ui.items.count()):
        ui.items.setCurrentRow(row)
        ids = [d.id for d in agenda.decisions.rows()]
        if decision.id in ids:
            ui.decisions.selectRow(ids.index(decision.id))
            return
    raise AssertionError("beslutet finns inte under någon punkt")


def test_a_meeting_form_shows_nothing_as_data_before_a_meeting_and_keeps_no_time_as_none(
        qtbot, demo_db):
    """On an empty database the form showed "2000-01-01" and "00:00" as if they were data, and
    a meeting without a time was saved at 00:00."""
    from dataclasses import replace as altered
    from datetime import date, time
    from brastod.gui.meeting_editor.panes import MeetingForm
    form = MeetingForm()
    qtbot.addWidget(form)
    ui = form.ui
    assert (ui.meetingDate.text(), ui.startTime.text(), ui.endTime.text()) == ("–", "–", "–")
    some = meetings.get_meeting(demo_db, meetings.list_meetings(demo_db)[0].id)
    detail = altered(some, meeting_date=date(2026, 12, 10), start_time=time(13, 0),
                     end_time=None)
    form.set_values(detail)
    values = form.values()
    assert (values.meeting_date, values.start_time, values.end_time) == (
        date(2026, 12, 10), time(13, 0), None)
    assert ui.endTime.text() == "–"
