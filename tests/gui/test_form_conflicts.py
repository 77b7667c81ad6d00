"""Two people editing the same form (issue 18): a second writer, a separate Database on the same
file, saves between the form's load and its save. Fields the user did not change take the other
values silently; a field both changed opens one dialog, Fält | Ditt värde | Den andra versionen,
and each choice leads to the right stored values; closed, the form keeps what was typed and the
conflict comes back at the next save."""
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt

from brastod.core import versions
from brastod.core.services import meetings, walks
from brastod.gui.dialogs.form_conflict import MINE, THEIRS
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.tabs.calendar import WalkEntry
from tests.core.test_form_merge import walk_fields
from tests.gui.test_calendar_tab import _open

CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def tab(window):
    window.ui.tabs.setCurrentWidget(window.calendar)
    return window.calendar


def _meeting_fields(detail, **changes):
    return replace(meetings.MeetingFields(
        detail.title, detail.meeting_date, detail.start_time, detail.end_time, detail.place,
        detail.status, detail.chair, detail.secretary, detail.approver,
        detail.situation_report_id), **changes)


def _open_meeting(tab, qtbot, demo_db):
    meeting = _open(tab, qtbot, "Lokala BRÅ 10 december 2026")
    return meetings.get_meeting(demo_db, meeting.id)


def _retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _anna_moves_the_meeting(anna, loaded, **changes):
    return anna(meetings.update_meeting, loaded.id, _meeting_fields(loaded, **changes),
                version=loaded.stamp.version, base=loaded)


def test_a_field_only_the_other_changed_is_taken_silently(tab, qtbot, anna, demo_db):
    loaded = _open_meeting(tab, qtbot, demo_db)
    form = tab.particulars.form
    theirs = _anna_moves_the_meeting(anna, loaded, chair="Anna Berg")
    _retype(qtbot, form.ui.place, "Folkets hus")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.particulars.flush()
    assert tab.particulars.saving.saves.conflict is None
    stored = meetings.get_meeting(demo_db, loaded.id)
    assert (stored.place, stored.chair) == ("Folkets hus", "Anna Berg")
    assert stored.stamp.version == theirs.version + 1
    assert (form.ui.place.text(), form.ui.chair.text()) == ("Folkets hus", "Anna Berg")
    assert form.changed_label.text().startswith(
        f"Senast ändrad av {versions.getpass.getuser()} ")
    # The next save goes on from the merged version, without a conflict.
    _retype(qtbot, form.ui.secretary, "Bo Ek")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.particulars.flush()
    assert meetings.get_meeting(demo_db, loaded.id).stamp.version == theirs.version + 2


def _meet_the_conflict(tab, qtbot, anna, demo_db):
    loaded = _open_meeting(tab, qtbot, demo_db)
    form = tab.particulars.form
    theirs = _anna_moves_the_meeting(anna, loaded, place="Biblioteket", chair="Anna Berg")
    _retype(qtbot, form.ui.place, "Folkets hus")
    _retype(qtbot, form.ui.secretary, "Bo Ek")
    tab.particulars.flush()
    dialog = tab.particulars.saving.saves.conflict
    assert dialog is not None and dialog.isVisible()
    return loaded, theirs, dialog


def test_the_dialog_shows_the_field_both_changed_with_who_and_when(tab, qtbot, anna, demo_db):
    loaded, theirs, dialog = _meet_the_conflict(tab, qtbot, anna, demo_db)
    assert dialog.ui.message.text().startswith("anna.berg ändrade mötet kl. ")
    assert dialog.windowTitle() == "Någon annan har ändrat mötet"
    model = dialog.model
    assert model.rowCount() == 1            # the chair only she changed, the secretary only I
    assert [model.index(0, column).data() for column in range(3)] == \
        ["Plats", "Folkets hus", "Biblioteket"]
    assert model.headerData(THEIRS, Qt.Orientation.Horizontal) == "Den andra versionen"
    assert model.headerData(THEIRS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        f"Den andra versionen (ändrad av anna.berg kl. " \
        f"{versions.as_local(theirs.changed_at):%H:%M})"
    assert model.chosen == [MINE]           # the user's value unless they choose
    stored = meetings.get_meeting(demo_db, loaded.id)
    assert (stored.place, stored.secretary) == ("Biblioteket", loaded.secretary)  # nothing written
    dialog.reject()


def test_save_my_choices_keeps_mine_where_chosen_and_takes_the_rest(tab, qtbot, anna,
                                                                  demo_db):
    loaded, theirs, dialog = _meet_the_conflict(tab, qtbot, anna, demo_db)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        dialog.ui.save.click()
    stored = meetings.get_meeting(demo_db, loaded.id)
    assert (stored.place, stored.chair, stored.secretary) == ("Folkets hus", "Anna Berg",
                                                              "Bo Ek")
    assert stored.stamp.version == theirs.version + 1
    form = tab.particulars.form.ui
    assert (form.place.text(), form.chair.text()) == ("Folkets hus", "Anna Berg")


def test_choosing_the_other_value_takes_it_and_keeps_my_other_fields(tab, qtbot, anna, demo_db):
    loaded, theirs, dialog = _meet_the_conflict(tab, qtbot, anna, demo_db)
    model = dialog.model
    model.setData(model.index(0, THEIRS), Qt.CheckState.Checked.value, CHECK)
    assert model.chosen == [THEIRS]
    assert model.index(0, MINE).data(CHECK) == Qt.CheckState.Unchecked.value
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        dialog.ui.save.click()
    stored = meetings.get_meeting(demo_db, loaded.id)
    assert (stored.place, stored.chair, stored.secretary) == ("Biblioteket", "Anna Berg",
                                                              "Bo Ek")
    assert tab.particulars.form.ui.place.text() == "Biblioteket"


def test_all_theirs_button(tab, qtbot, anna, demo_db):
    loaded, _theirs, dialog = _meet_the_conflict(tab, qtbot, anna, demo_db)
    dialog.ui.allTheirs.click()
    assert dialog.model.chosen == [THEIRS]
    dialog.ui.allMine.click()
    assert dialog.model.chosen == [MINE]
    dialog.ui.allTheirs.click()
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        dialog.ui.save.click()
    assert meetings.get_meeting(demo_db, loaded.id).place == "Biblioteket"


def test_closing_the_dialog_keeps_what_was_typed_and_the_conflict_comes_back(tab, qtbot, anna,
                                                                         demo_db):
    loaded, theirs, dialog = _meet_the_conflict(tab, qtbot, anna, demo_db)
    dialog.ui.later.click()
    form = tab.particulars.form.ui
    assert (form.place.text(), form.secretary.text()) == ("Folkets hus", "Bo Ek")
    assert tab.particulars.saving.saves.conflict is None
    stored = meetings.get_meeting(demo_db, loaded.id)
    assert stored.place == "Biblioteket" and stored.stamp.version == theirs.version
    tab.particulars.flush()                 # the next save meets it again
    again = tab.particulars.saving.saves.conflict
    assert again is not None and again is not dialog
    assert again.model.index(0, MINE).data() == "Folkets hus"
    again.reject()
    assert form.place.text() == "Folkets hus"


def test_a_walk_merges_and_asks_the_same_way(tab, qtbot, anna, demo_db):
    entries = [tab.proxy.index(row, 0).data(ROW_ROLE) for row in range(tab.proxy.rowCount())]
    row = next(i for i, entry in enumerate(entries) if isinstance(entry, WalkEntry))
    with qtbot.waitSignal(tab.shown):
        tab.ui.table.selectRow(row)
    walk = walks.get_walk(demo_db, entries[row].walk_id)
    part = tab.walk_editor.particulars
    anna(walks.update_walk, walk.id, replace(walk_fields(walk), note="Ta med ficklampor."),
         version=walk.stamp.version, base=walk_fields(walk))
    _retype(qtbot, part.form.ui.meetingPlace, "Stationen")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        part.flush()
    stored = walks.get_walk(demo_db, walk.id)
    assert (stored.meeting_place, stored.note) == ("Stationen", "Ta med ficklampor.")
    assert part.form.ui.note.toPlainText() == "Ta med ficklampor."
    # Both change the meeting place: asked.
    anna(walks.update_walk, walk.id, replace(walk_fields(stored), meeting_place="Torget"),
         version=stored.stamp.version, base=walk_fields(stored))
    _retype(qtbot, part.form.ui.meetingPlace, "Kyrkan")
    part.flush()
    dialog = part.saving.saves.conflict
    assert dialog is not None
    assert [dialog.model.index(0, c).data() for c in (1, 2)] == ["Kyrkan", "Torget"]
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        dialog.ui.save.click()
    assert walks.get_walk(demo_db, walk.id).meeting_place == "Kyrkan"


def test_the_choice_model_passes_the_model_tester(tab, qtbot, anna, demo_db, qtmodeltester):
    _loaded, _theirs, dialog = _meet_the_conflict(tab, qtbot, anna, demo_db)
    qtmodeltester.check(dialog.model)
    dialog.reject()


# ---- an action's page in the plan chain ----

@pytest.fixture
def action_page(window, qtbot):
    from tests.gui.test_conflicts import chain as _chain
    pane = _chain.__wrapped__(window, qtbot)
    index = next(i for i in _nodes(pane.model) if pane.model.node(i).link == "action")
    pane.ui.tree.setCurrentIndex(index)
    return pane


def _nodes(model, parent=None) -> list:
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found += [index] + _nodes(model, index)
    return found


def _action(demo_db, pane, action_id):
    from brastod.core.services import plan_chain
    return next(a for a in plan_chain.get_outline(demo_db, pane._plan_id).all_actions()
                if a.id == action_id)


def _kp_changes(anna, node, **changes):
    from brastod.core.services import plan_chain
    base = node.item.values
    return anna(plan_chain.update_action, node.id, replace(base, **changes),
                node.item.stamp.version, base)


def test_an_action_page_takes_the_other_field_and_asks_about_the_same_one(action_page, anna,
                                                                          demo_db, qtbot):
    pane = action_page
    node = pane.current_node()
    page = pane.pages[node.link]
    form = page.form
    theirs = _kp_changes(anna, node, title="Belysning i parken (polisen)", term="long")
    combos_choose(form.ui.status, "ongoing" if node.item.values.status != "ongoing" else "done")
    pane.flush()
    assert page.saves.conflict is None
    stored = _action(demo_db, pane, node.id)
    assert stored.values.title == "Belysning i parken (polisen)"
    assert stored.values.term == "long" and stored.values.status == form.values().status
    assert stored.stamp.version == theirs.version + 1
    assert form.ui.title.text() == "Belysning i parken (polisen)"   # shown at once
    # Both change the title now: the form's dialog, whose answer is saved.
    node = pane.current_node()
    _kp_changes(anna, node, title="Polisens rubrik")
    _retype(qtbot, form.ui.title, "Min rubrik")
    pane.flush()
    dialog = page.saves.conflict
    assert dialog is not None and hasattr(dialog, "model")
    assert [dialog.model.index(0, c).data() for c in range(3)][1:] == \
        ["Min rubrik", "Polisens rubrik"]
    dialog.ui.allTheirs.click()
    dialog.ui.save.click()
    assert _action(demo_db, pane, node.id).values.title == "Polisens rubrik"
    assert form.ui.title.text() == "Polisens rubrik"


def test_an_action_page_asks_about_its_long_text_alone_in_the_text_dialog(action_page, anna,
                                                                          demo_db):
    pane = action_page
    node = pane.current_node()
    page = pane.pages[node.link]
    _kp_changes(anna, node, description="Polisens beskrivning.", rag="red")
    page.text_widget().setPlainText("Min beskrivning.")
    pane.flush()
    dialog = page.saves.conflict
    assert dialog is not None and hasattr(dialog.ui, "keepMine")    # dialogs.conflict
    assert (dialog.ui.mine.toPlainText(), dialog.ui.theirs.toPlainText()) == \
        ("Min beskrivning.", "Polisens beskrivning.")
    dialog.reject()                         # closed: what was typed stays, asked again
    assert page.text_widget().toPlainText() == "Min beskrivning."
    pane.flush()
    dialog = page.saves.conflict
    assert dialog is not None
    dialog.ui.keepMine.click()
    stored = _action(demo_db, pane, node.id)
    assert (stored.values.description, stored.values.rag) == ("Min beskrivning.", "red")


def combos_choose(combo, value) -> None:
    from brastod.gui.widgets import combos
    combos.choose(combo, value)


# ---- a register dialog (modal, Spara writes) ----

@pytest.fixture
def partners(qtbot, tasks, demo_db):
    from brastod.gui.dialogs.partners import PartnersDialog
    from tests.gui.data_for import data_for
    dialog = PartnersDialog(data_for(tasks, demo_db))
    qtbot.addWidget(dialog)
    housing = next(p for p in dialog.partners.model.rows() if p.name == "Fagerstabostäder")
    dialog.partners.select(housing.id)
    return dialog, housing


def _partner(demo_db, partner_id):
    from brastod.core.services import registers
    return next(p for p in registers.list_partners(demo_db) if p.id == partner_id)


def _anna_renames(anna, row, **changes):
    from brastod.core.services import registers
    values = {"name": row.name, "kind": row.kind, "active": row.active, **changes}
    return anna(registers.update_partner, row.id, **values, version=row.stamp.version,
                base={"name": row.name, "kind": row.kind, "active": row.active})


def test_a_register_dialog_takes_the_other_field_silently(partners, anna, demo_db, qtbot):
    dialog, housing = partners
    _anna_renames(anna, housing, active=False)
    dialog.ui.partnerName.setText("Fagersta bostäder")
    dialog.ui.partnerSaveButton.click()
    assert dialog.partners.conflict is None and dialog.ui.error.text() == ""
    stored = _partner(demo_db, housing.id)
    assert (stored.name, stored.active) == ("Fagersta bostäder", False)
    assert not dialog.ui.partnerActive.isChecked()      # shown as saved


@pytest.mark.parametrize("choice", ["mine", "theirs", "closed"])
def test_a_register_dialog_says_who_changed_the_same_field_and_lets_choose(
        partners, anna, demo_db, qtbot, choice):
    dialog, housing = partners
    theirs = _anna_renames(anna, housing, name="Fagerstabostäder AB", kind="other")
    dialog.ui.partnerName.setText("Bostäder i Fagersta")
    dialog.ui.partnerSaveButton.click()
    asked = dialog.partners.conflict
    assert asked is not None and asked.isVisible()
    said = dialog.ui.error.text()
    assert said.startswith("anna.berg ändrade partnern kl. ") and "välj för varje fält" in said
    assert [asked.model.index(0, c).data() for c in range(3)][1:] == \
        ["Bostäder i Fagersta", "Fagerstabostäder AB"]
    assert asked.model.rowCount() == 1          # the kind only she changed is taken
    if choice == "closed":
        asked.reject()
        assert dialog.ui.partnerName.text() == "Bostäder i Fagersta"    # nothing typed lost
        stored = _partner(demo_db, housing.id)
        assert stored.name == "Fagerstabostäder AB" and stored.stamp.version == theirs.version
        dialog.ui.partnerSaveButton.click()     # the next Spara asks again
        assert dialog.partners.conflict is not None
        dialog.partners.conflict.reject()
        return
    if choice == "theirs":
        asked.ui.allTheirs.click()
    asked.ui.save.click()
    stored = _partner(demo_db, housing.id)
    expected = "Bostäder i Fagersta" if choice == "mine" else "Fagerstabostäder AB"
    assert (stored.name, stored.kind) == (expected, "other")
    assert dialog.ui.partnerName.text() == expected and dialog.ui.error.text() == ""
    assert dialog.partners.conflict is None


def test_removing_a_partner_someone_changed_or_removed_meanwhile_is_refused(
        partners, anna, demo_db, qtbot):
    from brastod.core.services import registers
    dialog, _housing = partners
    dialog.confirm = lambda question: True
    spare = registers.add_partner(demo_db, "Hyresgästföreningen", "other")
    dialog.partners.reload(spare)
    row = dialog.partners.current()
    _anna_renames(anna, row, name="Hyresgästföreningen Fagersta")
    dialog.ui.partnerDeleteButton.click()
    said = dialog.ui.error.text()
    assert said.startswith("anna.berg ändrade partnern kl. ") and "Inget togs bort" in said
    assert _partner(demo_db, spare).name == "Hyresgästföreningen Fagersta"
    assert dialog.partners.current().name == "Hyresgästföreningen Fagersta"   # shown again
    anna(registers.delete_partner, spare)
    dialog.ui.partnerDeleteButton.click()
    assert dialog.ui.error.text() == "Partnern finns inte längre; någon har tagit bort den."
    assert all(p.id != spare for p in dialog.partners.model.rows())


# ---- a meeting's attendance ----

def test_attendance_takes_the_other_field_and_asks_about_the_same_one(tab, qtbot, anna,
                                                                      demo_db):
    loaded = _open_meeting(tab, qtbot, demo_db)
    pane = tab.attendance
    pane.ui.table.selectRow(0)
    person = pane.model.row_at(0)
    anna(meetings.set_attendance, person.id, person.status, "Kommer efter lunch",
         version=person.stamp.version, base={"status": person.status, "note": person.note})
    other = "apologies" if person.status != "apologies" else "present"
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        combos_choose(pane.ui.status, other)
    stored = next(a for a in meetings.get_meeting(demo_db, loaded.id).attendees
                  if a.id == person.id)
    assert (stored.status, stored.note) == (other, "Kommer efter lunch")
    assert pane.ui.note.text() == "Kommer efter lunch"
    # Both write a note: asked; closed, the note typed stays and is asked about again.
    anna(meetings.set_attendance, person.id, other, "Annas anteckning",
         version=stored.stamp.version, base={"status": other, "note": stored.note})
    pane.ui.note.setFocus()
    pane.ui.note.selectAll()
    qtbot.keyClicks(pane.ui.note, "Min anteckning")
    pane.flush()
    dialog = pane.conflict
    assert dialog is not None
    assert [dialog.model.index(0, c).data() for c in range(3)] == \
        ["Anteckning", "Min anteckning", "Annas anteckning"]
    dialog.reject()
    assert pane.ui.note.text() == "Min anteckning" and pane.conflict is None
    qtbot.keyClicks(pane.ui.note, ".")
    pane.flush()
    assert pane.conflict is not None
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        pane.conflict.ui.save.click()
    stored = next(a for a in meetings.get_meeting(demo_db, loaded.id).attendees
                  if a.id == person.id)
    assert stored.note == "Min anteckning."


# ---- the plan's own form ----

def test_the_plan_form_takes_the_other_field_and_asks_about_the_same_one(window, qtbot, anna,
                                                                         demo_db):
    from brastod.core.services import action_plans
    plans = window.actions
    window.ui.tabs.setCurrentWidget(plans)
    plans.ui.table.setCurrentIndex(QModelIndex())
    with qtbot.waitSignal(plans.shown, timeout=30_000):
        plans.ui.table.selectRow(0)
    loaded = action_plans.get_plan(demo_db, plans.detail.id)
    anna(action_plans.update_plan, loaded.id, replace(loaded.fields, registry_number="KS 2026/99"),
         version=loaded.stamp.version, base=loaded.fields)
    form = plans.plan_form
    plans.ui.parts.setCurrentWidget(form)
    _retype(qtbot, form.ui.decidedBy, "Kommunstyrelsen")
    with qtbot.waitSignal(plans.shown, timeout=30_000):
        plans.flush()
    stored = action_plans.get_plan(demo_db, loaded.id)
    assert (stored.fields.decided_by, stored.fields.registry_number) == \
        ("Kommunstyrelsen", "KS 2026/99")
    assert form.ui.registryNumber.text() == "KS 2026/99"
    anna(action_plans.update_plan, loaded.id, replace(stored.fields, decided_by="KF"),
         version=stored.stamp.version, base=stored.fields)
    _retype(qtbot, form.ui.decidedBy, "BRA-styrelsen")
    plans.flush()
    dialog = plans.plan_saving.saves.conflict
    assert dialog is not None
    assert [dialog.model.index(0, c).data() for c in (1, 2)] == ["BRA-styrelsen", "KF"]
    dialog.reject()
    assert form.ui.decidedBy.text() == "BRA-styrelsen"
    assert action_plans.get_plan(demo_db, loaded.id).fields.decided_by == "KF"


def test_removing_a_link_someone_changed_meanwhile_is_refused_and_kept(window, qtbot, anna,
                                                                       demo_db, monkeypatch,
                                                                       message_boxes):
    from brastod.core.services import plan_chain
    from tests.gui.test_conflicts import chain as _chain
    pane = _chain.__wrapped__(window, qtbot)
    node = pane.current_node()
    anna(plan_chain.update_cause, node.id, "Polisens orsak.", version=node.item.stamp.version)
    monkeypatch.setattr("brastod.gui.plan_editor.chain.ask", lambda *args: True)
    with qtbot.waitSignal(pane.data.runner.refused, timeout=30_000) as refused:
        pane.remove()
    [said] = refused.args
    assert said.startswith("anna.berg ändrade den här orsaken kl. ") and "Inget togs bort" in said
    assert message_boxes == [("warning", said)]
    cause = next(c for c in plan_chain.get_outline(demo_db, pane._plan_id).causes()
                 if c.id == node.id)
    assert cause.description == "Polisens orsak."


def test_who_changed_the_plan_stands_under_its_fields_not_beside_the_promise(window, qtbot):
    plans = window.actions
    window.ui.tabs.setCurrentWidget(plans)
    plans.ui.table.setCurrentIndex(QModelIndex())
    with qtbot.waitSignal(plans.shown, timeout=30_000):
        plans.ui.table.selectRow(0)
    form = plans.plan_form
    plans.ui.parts.setCurrentWidget(form)
    label = form.changed_label
    assert label is not None and label.text().startswith("Senast ändrad av ")
    # In the left column, below its last field (the promise's texts fill the right one).
    assert form.ui.leftColumn.indexOf(label) >= 0


# ---- Mötesserier (its own dialog, Spara writes) ----

@pytest.fixture
def series(qtbot, tasks, demo_db):
    from brastod.gui.dialogs.series import SeriesDialog
    from tests.gui.data_for import data_for
    dialog = SeriesDialog(data_for(tasks, demo_db))
    qtbot.addWidget(dialog)
    row = next(i for i, s in enumerate(dialog._series) if s.fields.name == "EST-gruppen")
    dialog.ui.seriesList.setCurrentRow(row)
    return dialog, dialog._series[row]


def _anna_changes_the_series(anna, row, **changes):
    from brastod.core.services import meeting_series
    return anna(meeting_series.save_series, row.id, replace(row.fields, **changes), row.members,
                version=row.stamp.version, base=row.fields)


def _stored_series(demo_db, series_id):
    from brastod.core.services import meeting_series
    return next(s for s in meeting_series.list_series(demo_db) if s.id == series_id)


def test_the_series_dialog_takes_the_other_field_silently(series, anna, demo_db, qtbot):
    dialog, est = series
    _anna_changes_the_series(anna, est, default_place="Stadshuset, rum 3")
    dialog.ui.duration.setValue(75)
    dialog.ui.save.click()
    assert dialog.conflict is None and dialog.ui.error.text() == ""
    stored = _stored_series(demo_db, est.id)
    assert (stored.fields.default_place, stored.fields.default_duration_minutes) == \
        ("Stadshuset, rum 3", 75)
    assert dialog.ui.place.text() == "Stadshuset, rum 3"       # shown as saved


@pytest.mark.parametrize("choice", ["mine", "theirs", "closed"])
def test_the_series_dialog_asks_about_the_field_both_changed(series, anna, demo_db, qtbot,
                                                             choice):
    dialog, est = series
    _anna_changes_the_series(anna, est, default_duration_minutes=60, default_place="Polisen")
    dialog.ui.duration.setValue(100)
    dialog.ui.save.click()
    asked = dialog.conflict
    assert asked is not None and asked.isVisible()
    assert dialog.ui.error.text().startswith("anna.berg ändrade mötesserien kl. ")
    assert asked.model.rowCount() == 1          # the place only she changed is taken
    assert [asked.model.index(0, c).data() for c in (1, 2)] == ["100", "60"]
    if choice == "closed":
        asked.reject()
        assert dialog.ui.duration.value() == 100                  # nothing typed lost
        assert _stored_series(demo_db, est.id).fields.default_duration_minutes == 60
        dialog.ui.save.click()                                   # asked again
        assert dialog.conflict is not None
        dialog.conflict.reject()
        return
    if choice == "theirs":
        asked.ui.allTheirs.click()
    asked.ui.save.click()
    stored = _stored_series(demo_db, est.id)
    expected = 100 if choice == "mine" else 60
    assert (stored.fields.default_duration_minutes, stored.fields.default_place) == \
        (expected, "Polisen")
    assert dialog.ui.duration.value() == expected and dialog.conflict is None


# ---- the lägesbild's area assessments (autosaved, the row made at the first save) ----

@pytest.fixture
def assessments(window, qtbot, demo_db):
    from brastod.core.services import situation_reports as reports
    from tests.gui.test_situation_report_tab import _open
    tab = window.situation_reports
    window.ui.tabs.setCurrentWidget(tab)
    report_id = _open(tab, qtbot, "draft")
    pane = tab.assessments
    pane.table.selectRow(1)
    row = pane.model.row_at(1)

    def stored():
        found = {a.area_id: a for a in reports.get_report(demo_db, report_id).assessments}
        saved = found.get(row.area_id)
        return (saved.level_id, saved.trend, saved.motivation) if saved else None
    return pane, report_id, row, stored


def _anna_assesses(anna, report_id, row, **values):
    from brastod.core.services import situation_reports as reports
    base = {"level_id": row.level_id, "trend": row.trend, "motivation": row.motivation}
    anna(reports.save_assessment, report_id, row.area_id, **{**base, **values}, base=base)


def _type_motivation(pane, text: str) -> None:
    pane.motivation.setText(text)
    pane.motivation.textEdited.emit(text)
    pane.flush()


def test_an_assessment_takes_the_other_field_and_shows_it(assessments, anna):
    pane, report_id, row, stored = assessments
    _anna_assesses(anna, report_id, row, trend="down")
    _type_motivation(pane, "Lugnare efter belysningen")
    assert pane.conflict is None
    assert stored() == (row.level_id, "down", "Lugnare efter belysningen")
    assert pane.trend.currentData() == "down"                  # shown
    assert pane.model.row_at(1).trend == "down"


@pytest.mark.parametrize("choice", ["mine", "theirs", "closed"])
def test_an_assessment_both_changed_is_asked_about(assessments, anna, choice):
    pane, report_id, row, stored = assessments
    _anna_assesses(anna, report_id, row, motivation="Fler larm", trend="up")
    _type_motivation(pane, "Lugnare efter belysningen")
    asked = pane.conflict
    assert asked is not None and asked.isVisible()
    assert asked.model.rowCount() == 1          # the trend only she changed is taken
    assert [asked.model.index(0, c).data() for c in (1, 2)] == \
        ["Lugnare efter belysningen", "Fler larm"]
    if choice == "closed":
        asked.reject()
        assert pane.motivation.text() == "Lugnare efter belysningen"     # nothing typed lost
        assert stored()[2] == "Fler larm"
        return
    if choice == "theirs":
        asked.ui.allTheirs.click()
    asked.ui.save.click()
    expected = "Lugnare efter belysningen" if choice == "mine" else "Fler larm"
    assert stored() == (row.level_id, "up", expected)
    assert pane.motivation.text() == expected and pane.conflict is None


# ---- Kategorier: name and kind field by field, the synonyms as a set ----

@pytest.fixture
def categories(qtbot, tasks, demo_db):
    from brastod.gui.dialogs.categories import CategoriesDialog
    from tests.gui.data_for import data_for
    dialog = CategoriesDialog(data_for(tasks, demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    graffiti = next(c for c in dialog.categories.model.rows() if c.name == "Klotter")
    dialog.categories.select(graffiti.id)
    return dialog, graffiti


def _category(demo_db, category_id):
    from brastod.core.services import registers
    return next(c for c in registers.list_categories(demo_db) if c.id == category_id)


def _anna_changes_the_category(anna, row, **changes):
    from brastod.core.services import registers
    values = {"name": row.name, "kind": row.kind, "synonyms": list(row.synonyms), **changes}
    return anna(registers.save_category, row.id, **values, version=row.stamp.version,
                base={"name": row.name, "kind": row.kind, "synonyms": row.synonyms})


def _add_synonym(dialog, synonym: str) -> None:
    edit = dialog.ui.categorySynonyms
    edit.setPlainText(f"{edit.toPlainText()}\n{synonym}")


def test_two_people_adding_synonyms_both_are_kept_and_shown(categories, anna, demo_db):
    dialog, graffiti = categories
    _anna_changes_the_category(anna, graffiti, synonyms=[*graffiti.synonyms, "sprejat"])
    dialog.ui.categoryName.setText("Klotter och tags")
    _add_synonym(dialog, "väggmålning")
    dialog.ui.categorySaveButton.click()
    assert dialog.categories.conflict is None and dialog.ui.error.text() == ""
    stored = _category(demo_db, graffiti.id)
    assert stored.name == "Klotter och tags"
    assert stored.synonyms == (*graffiti.synonyms, "sprejat", "väggmålning")
    assert dialog.ui.categorySynonyms.toPlainText().splitlines() == list(stored.synonyms)


@pytest.mark.parametrize("choice", ["mine", "theirs", "closed"])
def test_a_category_renamed_by_both_is_asked_about_and_no_synonym_lost(categories, anna,
                                                                      demo_db, choice):
    dialog, graffiti = categories
    _anna_changes_the_category(anna, graffiti, name="Klotter och tags",
                                        synonyms=[*graffiti.synonyms, "sprejat"])
    dialog.ui.categoryName.setText("Graffiti och klotter")
    _add_synonym(dialog, "väggmålning")
    typed = dialog.ui.categorySynonyms.toPlainText()
    dialog.ui.categorySaveButton.click()
    asked = dialog.categories.conflict
    assert asked is not None and asked.isVisible()
    assert dialog.ui.error.text().startswith("anna.berg ändrade kategorin kl. ")
    assert [asked.model.index(0, c).data() for c in range(3)] == \
        ["Namn", "Graffiti och klotter", "Klotter och tags"]
    assert asked.model.rowCount() == 1          # the synonyms are merged, never asked about
    if choice == "closed":
        asked.reject()
        assert dialog.ui.categoryName.text() == "Graffiti och klotter"     # nothing typed lost
        assert dialog.ui.categorySynonyms.toPlainText() == typed
        stored = _category(demo_db, graffiti.id)
        assert stored.name == "Klotter och tags"
        assert stored.stamp.version == graffiti.stamp.version + 1
        dialog.ui.categorySaveButton.click()    # the next Spara asks again
        assert dialog.categories.conflict is not None
        dialog.categories.conflict.reject()
        return
    if choice == "theirs":
        asked.ui.allTheirs.click()
    asked.ui.save.click()
    stored = _category(demo_db, graffiti.id)
    expected = "Graffiti och klotter" if choice == "mine" else "Klotter och tags"
    assert stored.name == expected
    assert stored.synonyms == (*graffiti.synonyms, "sprejat", "väggmålning")
    assert dialog.ui.categoryName.text() == expected and dialog.categories.conflict is None


def test_removing_a_category_someone_changed_meanwhile_is_refused(categories, anna, demo_db):
    from brastod.core.services import registers
    dialog, _graffiti = categories
    dialog.confirm = lambda question: True
    spare = registers.save_category(demo_db, None, name="Fimpar", kind="insecurity")
    dialog.categories.reload(spare)
    row = dialog.categories.current()
    _anna_changes_the_category(anna, row, synonyms=["fimp"])
    dialog.ui.categoryDeleteButton.click()
    said = dialog.ui.error.text()
    assert said.startswith("anna.berg ändrade kategorin kl. ") and "Inget togs bort" in said
    assert dialog.categories.current().synonyms == ("fimp",)      # shown again, as changed
    dialog.ui.categoryDeleteButton.click()
    assert all(c.id != spare for c in dialog.categories.model.rows())


# ---- the incident dialog ----

@pytest.fixture
def incident(qtbot, tasks, demo_db):
    from brastod.core.services import incidents
    from brastod.gui.dialogs.incident import IncidentDialog
    from tests.gui.data_for import data_for
    incident_id = incidents.list_incidents(demo_db, limit=1)[0].id
    dialog = IncidentDialog(data_for(tasks, demo_db), incident_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.loaded is not None
    return dialog, incident_id


def _anna_edits_the_incident(anna, demo_db, incident_id, **changes):
    from brastod.core.services import incidents
    loaded = incidents.get_incident(demo_db, incident_id)
    return anna(incidents.save_incident, incident_id, replace(loaded, **changes),
                loaded.occurred_on, loaded.stamp.version, loaded.columns())


def test_the_incident_dialog_takes_the_other_field_silently(incident, anna, demo_db):
    from brastod.core.services import incidents
    dialog, incident_id = incident
    _anna_edits_the_incident(anna, demo_db, incident_id, place="Busshållplatsen")
    dialog.ui.description.setPlainText("Krossad ruta i busskuren")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.conflict is None
    stored = incidents.get_incident(demo_db, incident_id)
    assert (stored.place, stored.description) == ("Busshållplatsen", "Krossad ruta i busskuren")


@pytest.mark.parametrize("choice", ["mine", "theirs", "closed"])
def test_the_incident_dialog_asks_about_the_field_both_changed(incident, anna, demo_db, choice):
    from brastod.core.services import incidents
    dialog, incident_id = incident
    _anna_edits_the_incident(anna, demo_db, incident_id, count=7, place="Busshållplatsen")
    dialog.ui.count.setValue(3)
    dialog.ui.description.setPlainText("Tre krossade rutor")
    dialog.save()
    asked = dialog.conflict
    assert asked is not None and asked.isVisible() and dialog.isVisible()
    assert dialog.ui.message.text().startswith("anna.berg ändrade händelsen kl. ")
    assert [asked.model.index(0, c).data() for c in range(3)] == ["Antal", "3", "7"]
    assert asked.model.rowCount() == 1          # the place only she changed is taken
    if choice == "closed":
        asked.reject()
        assert dialog.ui.count.value() == 3 and dialog.isVisible()        # nothing typed lost
        assert dialog.ui.description.toPlainText() == "Tre krossade rutor"
        assert incidents.get_incident(demo_db, incident_id).count == 7
        dialog.save()                            # the next Spara asks again
        assert dialog.conflict is not None
        dialog.conflict.reject()
        return
    if choice == "theirs":
        asked.ui.allTheirs.click()
    asked.ui.save.click()
    stored = incidents.get_incident(demo_db, incident_id)
    expected = 3 if choice == "mine" else 7
    assert (stored.count, stored.place, stored.description) == (
        expected, "Busshållplatsen", "Tre krossade rutor")
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.conflict is None


def test_removing_an_incident_someone_changed_meanwhile_is_refused(window, qtbot, anna,
                                                                  demo_db, monkeypatch,
                                                                  message_boxes):
    from brastod.core.services import incidents
    tab = window.reports
    window.ui.tabs.setCurrentWidget(tab)
    tab.ui.table.selectRow(0)
    [row] = tab.selected_rows()
    _anna_edits_the_incident(anna, demo_db, row.id, place="Busshållplatsen")
    monkeypatch.setattr("brastod.gui.tabs.reports.ask", lambda parent, question: True)
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.delete_selected()
    [(_kind, said)] = message_boxes
    assert said.startswith("anna.berg ändrade händelsen ") and "Inget togs bort" in said
    assert incidents.get_incident(demo_db, row.id).place == "Busshållplatsen"
    assert any(r.id == row.id and r.place == "Busshållplatsen" for r in tab.model.rows())


# ---- a pinned incident's note (autosaved) ----

@pytest.fixture
def pinned(qtbot, tasks, demo_db):
    from tests.gui import panes
    from tests.gui.data_for import data_for
    pane = panes.pinned_pane(qtbot, data_for(tasks, demo_db), demo_db)
    return pane, pane.model.row_at(0)


def _stored_note(demo_db, pane, incident_id):
    from brastod.core.services import situation_reports as reports
    return next(p.note for p in reports.get_report(demo_db, pane._report_id).pinned
                if p.incident_id == incident_id)


def _type_note(pane, text: str) -> None:
    pane.note.setText(text)
    pane.note.textEdited.emit(text)
    pane.flush()


def test_notes_typed_in_steps_are_no_conflict_with_themselves(pinned, demo_db):
    pane, row = pinned
    _type_note(pane, "Lyft")
    _type_note(pane, "Lyft på mötet")
    assert pane.conflict is None
    assert _stored_note(demo_db, pane, row.incident_id) == "Lyft på mötet"
    assert pane.model.row_at(0).stamp.version == row.stamp.version + 2


@pytest.mark.parametrize("choice", ["mine", "theirs", "closed"])
def test_a_note_both_changed_is_asked_about(pinned, anna, demo_db, choice):
    from brastod.core.services import situation_reports as reports
    pane, row = pinned
    anna(reports.pin_incident, pane._report_id, row.incident_id, "Polisen följer upp",
         row.stamp.version, {"note": row.note})
    _type_note(pane, "Lyft på mötet")
    asked = pane.conflict
    assert asked is not None and asked.isVisible()
    assert [asked.model.index(0, c).data() for c in range(3)] == \
        ["Anteckning", "Lyft på mötet", "Polisen följer upp"]
    if choice == "closed":
        asked.reject()
        assert pane.note.text() == "Lyft på mötet"                       # nothing typed lost
        assert _stored_note(demo_db, pane, row.incident_id) == "Polisen följer upp"
        _type_note(pane, "Lyft på mötet i maj")  # the next change asks again
        assert pane.conflict is not None
        pane.conflict.reject()
        return
    if choice == "theirs":
        asked.ui.allTheirs.click()
    asked.ui.save.click()
    expected = "Lyft på mötet" if choice == "mine" else "Polisen följer upp"
    assert _stored_note(demo_db, pane, row.incident_id) == expected
    assert pane.note.text() == expected and pane.conflict is None
    assert pane.model.row_at(0).note == expected


# ---- Nationella jämförelsetal ----

@pytest.fixture
def references(qtbot, tasks, demo_db):
    from brastod.gui.dialogs.measurement import NationalReferencesDialog
    from tests.gui.data_for import data_for
    dialog = NationalReferencesDialog(data_for(tasks, demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, dialog.selected()


def _stored_reference(demo_db, reference_id):
    from brastod.core.services.key_figures import list_national_references
    return next(r for r in list_national_references(demo_db) if r.id == reference_id)


def _anna_changes_the_reference(anna, row, **changes):
    from brastod.core.figure_rules import ReferenceFields
    from brastod.core.services.key_figures import save_national_reference
    return anna(save_national_reference, ReferenceFields(**{**row.columns(), **changes}),
                row.id, row.stamp.version, row.columns())


def _fill_reference(monkeypatch, *fills) -> list:
    from tests.gui.test_national_references import _answers
    return _answers(monkeypatch, *fills)


def test_a_national_reference_takes_the_other_field_silently(references, anna, demo_db,
                                                             monkeypatch):
    dialog, row = references
    _anna_changes_the_reference(anna, row, source="Brå, NTU 2021")
    _fill_reference(monkeypatch, lambda form: form.value.setText("15 100"))
    dialog.edit(row)
    stored = _stored_reference(demo_db, row.id)
    assert (stored.value, stored.source) == (15100.0, "Brå, NTU 2021")
    assert dialog.conflict is None


@pytest.mark.parametrize("choice", ["mine", "theirs", "closed"])
def test_a_national_reference_both_changed_is_asked_about(references, anna, demo_db,
                                                          monkeypatch, choice):
    dialog, row = references
    _anna_changes_the_reference(anna, row, value=15200.0, unit="antal")
    seen = _fill_reference(monkeypatch, lambda form: form.value.setText("15 100"), None, None)
    dialog.edit(row)
    asked = dialog.conflict
    assert asked is not None and asked.isVisible()
    assert [asked.model.index(0, c).data() for c in range(3)] == ["Värde", "15100", "15200"]
    if choice == "closed":
        asked.reject()          # the form opens again with what was typed, and says why
        form, said = seen[-1]
        assert form.value.text() == "15100" and said.startswith("anna.berg ändrade "
                                                                "jämförelsetalet kl. ")
        assert _stored_reference(demo_db, row.id).value == 15200.0
        return
    if choice == "theirs":
        asked.ui.allTheirs.click()
    asked.ui.save.click()
    stored = _stored_reference(demo_db, row.id)
    assert stored.value == (15100.0 if choice == "mine" else 15200.0)
    assert stored.unit == "antal" and dialog.conflict is None


def test_removing_a_national_reference_someone_changed_is_refused(references, anna, demo_db,
                                                                  monkeypatch, qtbot):
    dialog, row = references
    _anna_changes_the_reference(anna, row, source="Brå, NTU 2021")
    monkeypatch.setattr("brastod.gui.dialogs.measurement.ask", lambda parent, question: True)
    with qtbot.waitSignal(dialog.data.runner.refused, timeout=30_000) as refused:
        dialog.remove()
    assert "ändrade jämförelsetalet" in refused.args[0] and "Inget togs bort" in refused.args[0]
    assert _stored_reference(demo_db, row.id).source == "Brå, NTU 2021"


# ---- Nyckeltal: a value for a key figure and year ----

@pytest.fixture
def measurement(qtbot, tasks, demo_db):
    from brastod.core.services import key_figures
    from brastod.gui.dialogs.measurement import MeasurementDialog
    from tests.gui.data_for import data_for
    key_figures.save_measurement(demo_db, "Anmälda brott", 2024, 1200.0, source="Polisen")
    dialog = MeasurementDialog(data_for(tasks, demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.indicator.setEditText("Anmälda brott")
    dialog.ui.year.setValue(2024)
    return dialog


def _stored_value(demo_db):
    from brastod.core.services import key_figures
    return key_figures.stored_values(demo_db)["Anmälda brott", 2024]


def test_a_value_saved_meanwhile_by_someone_else_keeps_the_field_they_changed(measurement,
                                                                              anna, demo_db):
    from brastod.core.services import key_figures
    anna(key_figures.save_measurement, "Anmälda brott", 2024, 1200.0, source="Brå",
         version=_stored_value(demo_db).stamp.version, base={"value": 1200.0,
                                                            "source": "Polisen"})
    measurement.ui.value.setValue(1264)
    measurement.ui.source.setText("Polisen")
    measurement.accept()
    assert measurement.result() == measurement.DialogCode.Accepted
    stored = _stored_value(demo_db)
    assert (stored.value, stored.source) == (1264.0, "Brå")


@pytest.mark.parametrize("choice", ["mine", "theirs", "closed"])
def test_a_value_both_changed_is_asked_about(measurement, anna, demo_db, choice):
    from brastod.core.services import key_figures
    anna(key_figures.save_measurement, "Anmälda brott", 2024, 1300.0, source="Polisen",
         version=_stored_value(demo_db).stamp.version, base={"value": 1200.0,
                                                            "source": "Polisen"})
    measurement.ui.value.setValue(1264)
    measurement.ui.source.setText("Polisen")
    measurement.accept()
    asked = measurement.conflict
    assert asked is not None and asked.isVisible() and measurement.isVisible()
    assert measurement.ui.error.text().startswith(
        "anna.berg ändrade värdet för Anmälda brott 2024 kl. ")
    assert [asked.model.index(0, c).data() for c in range(3)] == ["Värde", "1264", "1300"]
    if choice == "closed":
        asked.reject()
        assert measurement.ui.value.value() == 1264 and measurement.isVisible()
        assert _stored_value(demo_db).value == 1300.0
        measurement.accept()                    # the next Spara asks again
        assert measurement.conflict is not None
        measurement.conflict.reject()
        return
    if choice == "theirs":
        asked.ui.allTheirs.click()
    asked.ui.save.click()
    assert _stored_value(demo_db).value == (1264.0 if choice == "mine" else 1300.0)
    assert measurement.result() == measurement.DialogCode.Accepted


def test_removing_a_pin_whose_note_someone_changed_is_refused(pinned, anna, demo_db, qtbot):
    from brastod.core.services import situation_reports as reports
    pane, row = pinned
    anna(reports.pin_incident, pane._report_id, row.incident_id, "Polisen följer upp",
         row.stamp.version, {"note": row.note})
    with qtbot.waitSignal(pane.data.runner.refused, timeout=30_000) as refused:
        pane.unpin_button.click()
    assert "ändrade anteckningen till den utvalda händelsen" in refused.args[0]
    assert "Inget togs bort" in refused.args[0]
    assert _stored_note(demo_db, pane, row.incident_id) == "Polisen följer upp"


# ---- Kommun: name, code and county ----

@pytest.fixture
def municipality(qtbot, tasks, demo_db):
    from brastod.gui.dialogs.municipality import MunicipalityDialog
    from tests.gui.data_for import data_for
    dialog = MunicipalityDialog(data_for(tasks, demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.municipality is not None
    return dialog, dialog.municipality


def _anna_changes_the_municipality(anna, shown, **changes):
    from brastod.core.services import registers
    values = {**shown.columns(), **changes}
    return anna(registers.update_municipality, values["name"], values["code"],
                values["county"], shown.stamp.version, shown.columns())


def test_the_municipality_takes_the_other_field_silently(municipality, anna, demo_db):
    from brastod.core.services import registers
    dialog, shown = municipality
    assert shown.code != "1960" and shown.county != "Västmanland"
    _anna_changes_the_municipality(anna, shown, county="Västmanland")
    dialog.ui.municipalityCode.setText("1960")
    dialog.ui.saveMunicipalityButton.click()
    stored = registers.get_municipality(demo_db)
    assert (stored.code, stored.county) == ("1960", "Västmanland")
    assert dialog.ui.county.text() == "Västmanland" and dialog.ui.error.text() == ""


@pytest.mark.parametrize("choice", ["mine", "theirs", "closed"])
def test_the_municipality_asks_about_the_field_both_changed(municipality, anna, demo_db,
                                                            choice):
    from brastod.core.services import registers
    dialog, shown = municipality
    _anna_changes_the_municipality(anna, shown, name="Fagersta kommun", county="Västmanland")
    dialog.ui.municipalityName.setText("Fagersta stad")
    dialog.ui.saveMunicipalityButton.click()
    asked = dialog.conflict
    assert asked is not None and asked.isVisible()
    assert dialog.ui.error.text().startswith("anna.berg ändrade kommunens uppgifter kl. ")
    assert [asked.model.index(0, c).data() for c in (1, 2)] == ["Fagersta stad", "Fagersta kommun"]
    assert asked.model.rowCount() == 1          # the county only she changed is taken
    if choice == "closed":
        asked.reject()
        assert dialog.ui.municipalityName.text() == "Fagersta stad"     # nothing typed lost
        assert registers.get_municipality(demo_db).name == "Fagersta kommun"
        dialog.ui.saveMunicipalityButton.click()
        assert dialog.conflict is not None
        dialog.conflict.reject()
        return
    if choice == "theirs":
        asked.ui.allTheirs.click()
    asked.ui.save.click()
    stored = registers.get_municipality(demo_db)
    expected = "Fagersta stad" if choice == "mine" else "Fagersta kommun"
    assert (stored.name, stored.county) == (expected, "Västmanland")
    assert dialog.ui.municipalityName.text() == expected and dialog.conflict is None


@pytest.mark.parametrize("answer", [True, False])
def test_a_logo_someone_else_saved_meanwhile_is_shown_and_asked_about(
        municipality, anna, demo_db, monkeypatch, tmp_path, answer):
    """Her name stays whatever the answer; her logo is replaced only when the user says so."""
    from brastod.core.services import registers
    dialog, shown = municipality
    mine, theirs = tmp_path / "min.png", tmp_path / "hennes.png"
    mine.write_bytes(b"\x89PNG\r\n\x1a\n" + b"min bild")
    theirs.write_bytes(b"\x89PNG\r\n\x1a\n" + b"hennes bild")
    _anna_changes_the_municipality(anna, shown, name="Fagersta kommun")
    dialog.set_logo(mine)                               # only her name changed: no question
    assert registers.get_municipality(demo_db).logo == mine.read_bytes()
    anna(registers.set_logo, theirs, None)
    asked = []
    monkeypatch.setattr("brastod.gui.dialogs.municipality.ask",
                        lambda parent, question: asked.append(question) or answer)
    dialog.set_logo(None)
    [question] = asked
    assert question.startswith("Någon annan har bytt logotypen medan fönstret var öppet")
    assert "Senast ändrad av anna.berg" in question and "ta bort den?" in question
    stored = registers.get_municipality(demo_db)
    assert stored.name == "Fagersta kommun"
    assert stored.logo == (None if answer else theirs.read_bytes())
    assert dialog.ui.removeLogoButton.isEnabled() == (not answer)   # as stored
    dialog.ui.saveMunicipalityButton.click()         # the name shown still merges
    assert registers.get_municipality(demo_db).name == "Fagersta kommun"


@pytest.mark.parametrize("choice", ["mine", "theirs", "closed"])
def test_a_population_both_changed_is_asked_about(municipality, anna, demo_db, choice):
    from brastod.core.services import registers
    dialog, _shown = municipality
    seen = dialog.population.rows()[-1]
    anna(registers.set_population, seen.year, seen.population + 100, seen.source,
         seen.stamp.version, {"population": seen.population, "source": seen.source})
    dialog.ui.populationYear.setValue(seen.year)
    dialog.ui.populationValue.setValue(seen.population + 7)
    dialog.ui.populationSource.setText(seen.source)
    dialog.ui.savePopulationButton.click()
    asked = dialog.conflict
    assert asked is not None and asked.isVisible()
    assert dialog.ui.error.text().startswith(f"anna.berg ändrade folkmängden {seen.year} kl. ")
    assert [asked.model.index(0, c).data() for c in range(3)] == \
        ["Folkmängd", str(seen.population + 7), str(seen.population + 100)]
    stored = {r.year: r.population for r in registers.list_population(demo_db)}
    if choice == "closed":
        asked.reject()
        assert dialog.ui.populationValue.value() == seen.population + 7   # nothing typed lost
        assert stored[seen.year] == seen.population + 100
        return
    if choice == "theirs":
        asked.ui.allTheirs.click()
    asked.ui.save.click()
    stored = {r.year: r.population for r in registers.list_population(demo_db)}
    assert stored[seen.year] == seen.population + (7 if choice == "mine" else 100)
    assert dialog.conflict is None
