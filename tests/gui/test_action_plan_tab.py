"""The Åtgärdsplan tab driven as the coordinator would: the plan list, the chain as an outline
with its forms, the tracker's filters and follow-ups, the plan's particulars, and export."""
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from brastod.core.services import action_plans, plan_chain
from brastod.gui.widgets import combos
from brastod.gui.widgets.form_dialog import FormDialog
from brastod.gui.widgets.fields import read_date, write_date
from tests.conftest import DEMO_TODAY


@pytest.fixture
def tab(window):
    window.ui.tabs.setCurrentWidget(window.actions)
    tab = window.actions
    assert tab.detail is not None
    return tab


def _open(tab, qtbot, kind: str) -> None:
    for row in range(tab.proxy.rowCount()):
        plan = tab.proxy.index(row, 0).data(0x0101)
        if plan.kind == kind:
            if tab.detail is not None and tab.detail.id == plan.id:
                return
            with qtbot.waitSignal(tab.shown):
                tab.ui.table.selectRow(row)
            return
    raise AssertionError(kind)


def _nodes(model, link: str, parent=QModelIndex()) -> list:
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.node(index).link == link:
            found.append(index)
        found += _nodes(model, link, index)
    return found


def _choose(tab, link: str, text: str):
    chain = tab.chain
    index = next(i for i in _nodes(chain.model, link) if text in i.data())
    chain.ui.tree.setCurrentIndex(index)
    return chain.model.node(index)


def _answer(monkeypatch, prepare, errors: list | None = None):
    """Every FormDialog is filled by ``prepare(dialog)`` and Spara pressed; a refusal leaves
    it open, and its message is recorded in ``errors``."""
    def exec_(dialog):
        prepare(dialog)
        dialog.accept()
        if not dialog.result() and errors is not None:
            errors.append(dialog.form.ui.error.text())
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(FormDialog, "exec", exec_)


def _action(db, title: str):
    return next(a for a in action_plans.list_actions(db) if a.title == title)


def test_the_plan_opens_as_an_outline_of_its_chain(tab, qtbot):
    _open(tab, qtbot, "action_plan")
    model = tab.chain.model
    problems = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert problems[0] == "Samlingar och nedskräpning i centrum kvällstid"
    assert len(problems) == 3
    causes = [i.data() for i in _nodes(model, "cause")]
    assert causes[0].startswith("Orsak 1: ") and causes[-1].startswith("Orsak 5: ")
    late = next(i for i in _nodes(model, "action") if "Byta belysning" in i.data())
    due = late.siblingAtColumn(2)
    assert due.data() == "2026-10-23"
    assert due.data(3) == "Försenad 30 dagar"      # tooltip
    assert late.siblingAtColumn(4).data() == "Röd"
    assert "KS 2026/112" in tab.ui.planLine.text()


def test_an_action_is_edited_in_its_form_and_a_bad_date_is_refused(tab, qtbot, window, demo_db):
    _open(tab, qtbot, "action_plan")
    _choose(tab, "action", "Kameraövervakning")
    form = tab.chain.action_form
    assert form.ui.title.text() == "Kameraövervakning vid Stationen – utreda behov"
    before = _action(demo_db, "Kameraövervakning vid Stationen – utreda behov")
    form.ui.dueOn.setDate(date(2026, 11, 1))           # before its start, 2026-12-02
    assert form.ui.error.text() == ("Klart senast (2026-11-01) är före starten (2026-12-02). "
                                    "Ändra något av datumen.")
    assert form.focusWidget() is form.ui.dueOn
    assert _action(demo_db, before.title).due_on == before.due_on
    with qtbot.waitSignal(tab.chain.shown):
        form.ui.dueOn.setDate(date(2027, 2, 1))
    assert form.ui.error.text() == ""
    assert _action(demo_db, before.title).due_on == date(2027, 2, 1)
    with qtbot.waitSignal(tab.chain.shown):
        form.ui.status.setCurrentIndex(form.ui.status.findData("ongoing"))
    assert _action(demo_db, before.title).status == "ongoing"


def test_typed_text_is_saved_after_a_pause(tab, qtbot, window, demo_db):
    _open(tab, qtbot, "action_plan")
    _choose(tab, "action", "Kameraövervakning")
    form = tab.chain.action_form
    form.ui.description.setPlainText("Samråd med Länsstyrelsen först.")
    with qtbot.waitSignal(tab.chain.shown, timeout=30_000):
        pass
    outline = plan_chain.get_outline(demo_db, tab.detail.id)
    action = next(a for a in outline.all_actions() if a.values.title.startswith("Kamera"))
    assert action.values.description == "Samråd med Länsstyrelsen först."


def test_a_goal_without_a_target_is_refused_where_it_is_entered(tab, qtbot, window, demo_db):
    _open(tab, qtbot, "action_plan")
    _choose(tab, "goal", "otrygga")
    form = tab.chain.goal_form
    assert form.ui.target.text() == "22"
    assert tab.chain.goal_chart.chart_.series()      # measurements against the target
    form.ui.target.selectAll()
    qtbot.keyClick(form.ui.target, Qt.Key.Key_Backspace)          # typed away
    form.ui.target.editingFinished.emit()
    assert "mätbart målvärde" in form.ui.error.text()
    goal = next(g for g in plan_chain.get_outline(demo_db, tab.detail.id).all_goals()
                if "otrygga" in g.values.description)
    assert goal.values.target == 22
    qtbot.keyClicks(form.ui.target, "20,5")
    with qtbot.waitSignal(tab.chain.shown):
        form.ui.target.editingFinished.emit()
    goal = next(g for g in plan_chain.get_outline(demo_db, tab.detail.id).all_goals()
                if "otrygga" in g.values.description)
    assert goal.values.target == 20.5


def test_text_is_edited_in_place_in_the_outline(tab, qtbot, window, demo_db):
    _open(tab, qtbot, "action_plan")
    node = _choose(tab, "cause", "Skymd sikt")
    index = tab.chain.ui.tree.currentIndex()
    with qtbot.waitSignal(tab.chain.shown):
        assert tab.chain.model.setData(index, "Skymd sikt av buskar och träd")
    outline = plan_chain.get_outline(demo_db, tab.detail.id)
    assert next(c for c in outline.causes() if c.id == node.id).description == \
        "Skymd sikt av buskar och träd"
    assert tab.chain.ui.tree.currentIndex().data() == "Orsak 4: Skymd sikt av buskar och träd"


def test_problem_cause_goal_and_action_are_added(tab, qtbot, window, monkeypatch):
    _open(tab, qtbot, "action_plan")
    offered = []

    def pick(parent, title, label, items, current, editable):
        offered.extend(items)
        return items[1], True
    monkeypatch.setattr(QInputDialog, "getItem", pick)
    tab.chain.ui.addProblem.click()
    # The lägesbild's worried areas are offered; Centrum and Kolarbyn are in the plan already.
    assert offered == ["Eskilsbo: Skadegörelse vid badplatsen under sommaren",
                       "Västanfors: Enstaka klotter; buskörning vid idrottsplatsen under våren"]
    problem = tab.chain.current_node().item
    assert problem.title == offered[1] and problem.area == "Västanfors"
    assert "Ur Strategisk lägesbild 2025" in tab.chain.ui.problemSource.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ingen avstängning", True))
    tab.chain.ui.addCause.click()
    cause = tab.chain.current_node()
    assert (cause.link, cause.item.number) == ("cause", 6)

    def goal(dialog):
        ui = dialog.form.ui
        ui.description.setPlainText("Inga anmälda buskörningar")
        ui.target.setText("0")
        ui.deadline.setDate(date(2027, 6, 30))
    _answer(monkeypatch, goal)
    tab.chain.ui.addGoal.click()
    new_goal = tab.chain.current_node()
    assert new_goal.link == "goal" and new_goal.item.values.cause_id == cause.id

    errors: list[str] = []

    def action(dialog):
        dialog.form.ui.title.setText("Bom vid infarten")
    _answer(monkeypatch, action, errors)
    tab.chain.ui.addAction.click()
    assert "ansvarar" in errors[0]                   # no partner: the dialog stays open

    def with_partner(dialog):
        ui = dialog.form.ui
        ui.title.setText("Bom vid infarten")
        ui.partner.setCurrentIndex(1)
        ui.dueOn.setDate(date(2027, 3, 1))
    _answer(monkeypatch, with_partner, errors)
    tab.chain.ui.addAction.click()
    added = tab.chain.current_node()
    assert added.link == "action" and added.item.values.goal_id == new_goal.id
    assert added.item.values.cause_id == cause.id
    assert added.parent.key == new_goal.key


def test_removing_a_cause_asks_and_keeps_its_actions(tab, qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    _open(tab, qtbot, "action_plan")
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: (
        questions.append(text) or QMessageBox.StandardButton.Yes))
    _choose(tab, "cause", "Skymd sikt")
    tab.chain.ui.remove.click()
    assert "utan koppling till orsak" in questions[0]
    model = tab.chain.model
    loose = model.index(model.rowCount() - 1, 0)
    assert loose.data() == "Utan koppling till orsak"
    assert "Röja vegetation" in model.index(0, 0, loose).data()


def test_the_tracker_filters_and_follows_up(tab, qtbot, window, monkeypatch, demo_db):
    _open(tab, qtbot, "action_plan")
    tracker = tab.tracker
    tab.ui.parts.setCurrentWidget(tracker)
    assert tracker.proxy.rowCount() == 11
    assert "3 försenade" in tracker.ui.count.text()
    tracker.ui.overdueOnly.setChecked(True)
    titles = {tracker.proxy.index(r, 2).data() for r in range(tracker.proxy.rowCount())}
    assert titles == {"Byta belysning längs gångvägen i Kolarbyn",
                      "Fältarbete i centrum fredag och lördag kväll",
                      "Skolornas arbete mot klotter – temadag"}
    assert tracker.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # tinted
    tracker.ui.overdueOnly.setChecked(False)
    tracker.ui.dueSoon.setChecked(True)
    assert [tracker.proxy.index(r, 2).data() for r in range(tracker.proxy.rowCount())] == [
        "Rutin för sanering av klotter inom 48 timmar"]         # due 2026-12-12
    tracker.ui.dueSoon.setChecked(False)
    plans = tracker.ui.planFilter
    plans.setCurrentIndex(next(i for i in range(plans.count())
                               if plans.itemText(i).startswith("Medborgarlöfte")))
    assert tracker.proxy.rowCount() == 1 and "1 av 11" in tracker.ui.count.text()
    plans.setCurrentIndex(0)
    combos.choose(tracker.ui.statusFilter, "open")
    assert tracker.proxy.rowCount() == 8
    combos.choose(tracker.ui.ragFilter, "red")
    assert tracker.proxy.rowCount() == 1
    combos.choose(tracker.ui.statusFilter, None)
    combos.choose(tracker.ui.ragFilter, None)

    # A double-click and Spara: the follow-up is stored and colours the action.
    row = next(r for r in range(tracker.proxy.rowCount())
               if tracker.proxy.index(r, 2).data().startswith("Byta belysning"))
    tracker.ui.table.selectRow(row)

    before = _action(demo_db, "Byta belysning längs gångvägen i Kolarbyn")

    def note(dialog):
        follow_up = dialog.form.follow_up.ui
        assert follow_up.followedUpOn.date().toPython() == DEMO_TODAY
        assert combos.chosen(follow_up.rag) == "red"                # the action's colour
        assert combos.chosen(dialog.form.status) == before.status   # … and its status, due date
        assert read_date(dialog.form.due_on) == before.due_on
        follow_up.note.setPlainText("Armaturerna levererade; montering v. 49.")
        combos.choose(follow_up.rag, "yellow")
        write_date(dialog.form.due_on, date(2026, 12, 11))         # the deadline moved
    _answer(monkeypatch, note)
    with qtbot.waitSignal(tracker.loaded):
        tracker.ui.table.doubleClicked.emit(tracker.proxy.index(row, 2))
    action = _action(demo_db, "Byta belysning längs gångvägen i Kolarbyn")
    assert (action.rag, action.last_follow_up, action.follow_ups) == ("yellow", DEMO_TODAY, 3)
    assert action.due_on == date(2026, 12, 11) and not action.is_overdue(DEMO_TODAY)
    node = _choose(tab, "action", "Byta belysning")
    assert node.item.follow_ups[0].values.note == "Armaturerna levererade; montering v. 49."


def test_show_in_chain_opens_the_action_in_its_plan(tab, qtbot):
    _open(tab, qtbot, "citizen_promise")
    tracker = tab.tracker
    tab.ui.parts.setCurrentWidget(tracker)
    row = next(r for r in range(tracker.proxy.rowCount())
               if tracker.proxy.index(r, 2).data().startswith("Skolornas"))
    tracker.ui.table.selectRow(row)
    with qtbot.waitSignal(tab.chain.shown):
        tracker.ui.showInChain.click()
    assert tab.detail.fields.kind == "action_plan"
    assert tab.ui.parts.currentWidget() is tab.chain
    assert tab.chain.current_node().item.values.title == "Skolornas arbete mot klotter – temadag"


def test_a_citizen_promise_opens_in_its_own_shape(tab, qtbot, window, demo_db):
    _open(tab, qtbot, "citizen_promise")
    form = tab.plan_form
    assert tab.ui.parts.currentWidget() is form
    assert tab.ui.parts.tabText(tab.ui.parts.indexOf(form)) == "&Medborgarlöftet"
    assert not form.ui.promiseGroup.isHidden()
    assert "riktade" in form.ui.policeCommitment.toPlainText()
    form.ui.expectedResult.setPlainText("Ökad trygghet i centrum.")
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        pass
    assert action_plans.get_plan(demo_db, tab.detail.id).fields.expected_result == \
        "Ökad trygghet i centrum."
    _open(tab, qtbot, "action_plan")
    assert form.ui.promiseGroup.isHidden()
    assert tab.ui.parts.tabText(tab.ui.parts.indexOf(form)) == "&Uppgifter"


def test_the_plans_particulars_are_checked_as_they_are_entered(tab, qtbot, window, demo_db):
    _open(tab, qtbot, "action_plan")
    form, plan_id = tab.plan_form, tab.detail.id
    form.ui.decidedOn.setDate(form.ui.decidedOn.minimumDate())     # cleared
    assert "beslutsdatum" in form.ui.error.text()
    assert action_plans.get_plan(demo_db, plan_id).fields.decided_on == date(2026, 3, 14)
    with qtbot.waitSignal(tab.loaded):
        combos.choose(form.ui.status, "draft")
    assert action_plans.get_plan(demo_db, plan_id).fields.status == "draft"
    assert tab.ui.deleteButton.isEnabled()


def test_a_new_plan_is_created_and_a_draft_deleted(tab, qtbot, window, monkeypatch, demo_db):
    from PySide6.QtWidgets import QMessageBox

    def fill(dialog):
        ui = dialog.form.ui
        ui.title.setText("Samverkansöverenskommelse 2027–2028")
        combos.choose(ui.kind, "cooperation_agreement")
        combos.choose(ui.situationReport, 1)
    _answer(monkeypatch, fill)
    with qtbot.waitSignal(tab.shown):
        tab.ui.newButton.click()
    assert tab.detail.fields.title == "Samverkansöverenskommelse 2027–2028"
    assert tab.detail.fields.situation_report_id == 1
    assert tab.chain.model.rowCount() == 0
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.loaded):
        tab.ui.deleteButton.click()
    assert len(action_plans.list_plans(demo_db)) == 2


def test_a_draft_someone_else_added_to_is_not_deleted_and_shown_again(tab, qtbot, monkeypatch,
                                                                       anna, demo_db,
                                                                       message_boxes):
    from PySide6.QtWidgets import QMessageBox
    from brastod.core.services.plan_chain import add_problem
    _open(tab, qtbot, "action_plan")
    with qtbot.waitSignal(tab.loaded):
        combos.choose(tab.plan_form.ui.status, "draft")
    plan_id, problems = tab.detail.id, tab.chain.model.rowCount()
    anna(add_problem, plan_id, "Nedskräpning vid stationen")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.chain.shown, timeout=30_000):
        tab.ui.deleteButton.click()
    said = " ".join(text for _, text in message_boxes)
    assert "anna.berg ändrade planens kedja" in said and "Inget togs bort" in said
    assert any(p.id == plan_id for p in action_plans.list_plans(demo_db))
    assert tab.detail.id == plan_id and tab.chain.model.rowCount() == problems + 1


def test_export_writes_pdf_and_excel(tab, qtbot, window, monkeypatch, tmp_path, message_boxes):
    from openpyxl import load_workbook
    from pypdf import PdfReader
    _open(tab, qtbot, "action_plan")
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.ui.exportButton.click()
    assert "Planen sparades" in window.ui.statusbar.currentMessage()
    assert "Orsak" in PdfReader(target).pages[1].extract_text()
    assert load_workbook(target.with_suffix(".xlsx")).sheetnames[0] == "Åtgärder"


def test_the_tab_models_pass_the_model_tester(tab, qtbot, qtmodeltester):
    _open(tab, qtbot, "action_plan")
    for model in (tab.chain.model, tab.model, tab.tracker.model, tab.tracker.filters):
        qtmodeltester.check(model)
