"""The rest of a meeting's and a walk's edits when someone else got there first (issue 18): a
second writer (anna.berg, another program on the same file) changes or removes an agenda item,
a walk, a participant or a point between the editor's load and the user's action. A removal of
something changed is refused with who and when, one already gone is said, and the editor shows
what is stored; a rename or a point's form meets the merge and the conflict dialogs, and
nothing typed is lost."""
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog
from sqlmodel import select

from brastod.core.models import WalkParticipant
from brastod.core.services import meetings, walks
from brastod.core.walk_rules import PointFields
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.widgets import combos
from brastod.gui.widgets.form_dialog import FormDialog
from tests.core.test_form_merge import walk_fields
from tests.gui.test_form_conflicts import _open_meeting
from tests.gui.test_walk_editor import _open_walk

REFUSED = "Inget togs bort: titta på ändringen och ta bort igen om det ändå ska bort."


@pytest.fixture
def tab(window):
    window.ui.tabs.setCurrentWidget(window.calendar)
    return window.calendar


@pytest.fixture
def yes(monkeypatch):
    for editor in ("meeting_editor.panes", "walk_editor.editor"):
        monkeypatch.setattr(f"brastod.gui.{editor}.ask", lambda parent, text: True)


def _item(demo_db, meeting_id, item_id):
    return next((i for i in meetings.get_meeting(demo_db, meeting_id).agenda if i.id == item_id),
                None)


# ---- an agenda item ----

def test_an_item_someone_changed_is_not_removed_and_their_minutes_show(tab, qtbot, anna,
                                                                      demo_db, yes,
                                                                      message_boxes):
    loaded = _open_meeting(tab, qtbot, demo_db)
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(4)
    item = agenda._item
    anna(meetings.save_item, item.id, minutes="Polisen visade lägesbilden.",
         version=item.stamp.version)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.ui.removeItem.click()
    [(kind, said)] = message_boxes
    assert kind == "warning" and said.startswith("anna.berg ändrade punkten kl. ")
    assert said.endswith(REFUSED)
    assert _item(demo_db, loaded.id, item.id) is not None               # kept
    assert agenda._item.id == item.id                                   # and shown again,
    assert agenda.ui.minutes.toPlainText() == "Polisen visade lägesbilden."   # with hers
    # Seen now, it goes.
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.ui.removeItem.click()
    assert len(message_boxes) == 1 and _item(demo_db, loaded.id, item.id) is None


def test_an_item_someone_removed_is_said_to_be_gone(tab, qtbot, anna, demo_db, yes,
                                                    message_boxes):
    loaded = _open_meeting(tab, qtbot, demo_db)
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(4)
    item = agenda._item
    anna(meetings.remove_item, item.id, item.stamp.version)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.ui.removeItem.click()
    assert message_boxes == [("warning", "Punkten finns inte längre på dagordningen.")]
    assert item.id not in [i.id for i in meetings.get_meeting(demo_db, loaded.id).agenda]
    assert item.id not in [agenda.ui.items.item(row).data(ROW_ROLE).id
                           for row in range(agenda.ui.items.count())]


def test_my_own_minutes_then_removing_the_item_is_no_conflict(tab, qtbot, demo_db, yes,
                                                              message_boxes):
    loaded = _open_meeting(tab, qtbot, demo_db)
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(4)
    item = agenda._item
    agenda.ui.minutes.setFocus()
    qtbot.keyClicks(agenda.ui.minutes, "Ett utkast.")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.ui.removeItem.click()          # the minutes are saved first, on its version
    assert message_boxes == [] and _item(demo_db, loaded.id, item.id) is None


def test_her_reordering_is_no_conflict_with_my_minutes(tab, qtbot, anna, demo_db):
    loaded = _open_meeting(tab, qtbot, demo_db)
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(4)
    item = agenda._item
    anna(meetings.move_item, item.id, -1)          # item 5 becomes 4, item 4 becomes 5
    anna(meetings.add_item, loaded.id, "Extra punkt", loaded.agenda[0].id)
    agenda.ui.minutes.setFocus()
    qtbot.keyClicks(agenda.ui.minutes, "Mitt protokoll.")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.flush()
    assert agenda.saves.conflict is None
    stored = _item(demo_db, loaded.id, item.id)
    assert stored.minutes.endswith("Mitt protokoll.") and stored.position == 5


def _rename_to(monkeypatch, title: str) -> list:
    asked = []

    def get_text(parent, heading, label, text=""):
        asked.append(text)
        return title, True
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def test_renaming_an_item_keeps_her_minutes_and_asks_about_her_title(tab, qtbot, anna,
                                                                     demo_db, monkeypatch):
    loaded = _open_meeting(tab, qtbot, demo_db)
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(4)
    item = agenda._item
    anna(meetings.save_item, item.id, minutes="Hennes protokoll.", version=item.stamp.version)
    _rename_to(monkeypatch, "Lägesbilden i höst")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.ui.renameItem.click()
    stored = _item(demo_db, loaded.id, item.id)
    assert (stored.title, stored.minutes) == ("Lägesbilden i höst", "Hennes protokoll.")
    assert agenda.title_conflict is None
    # Both rename it: the text dialog, mine and hers; closed, my title is asked for again.
    anna(meetings.save_item, item.id, title="Lägesbild (polisen)",
         version=stored.stamp.version, base={"title": stored.title})
    _rename_to(monkeypatch, "Lägesbild och analys")
    agenda.ui.renameItem.click()
    dialog = agenda.title_conflict
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.message.text().startswith("anna.berg ändrade punkten kl. ")
    assert (dialog.ui.mine.toPlainText(), dialog.ui.theirs.toPlainText()) == \
        ("Lägesbild och analys", "Lägesbild (polisen)")
    asked = _rename_to(monkeypatch, "Lägesbild och analys")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(k["text"]) or
                        ("", False))
    dialog.reject()
    assert asked == ["Lägesbild och analys"]                 # what I typed, offered again
    assert _item(demo_db, loaded.id, item.id).title == "Lägesbild (polisen)"
    _rename_to(monkeypatch, "Lägesbild och analys")
    agenda.ui.renameItem.click()
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.title_conflict.ui.keepMine.click()
    assert agenda.title_conflict is None
    stored = _item(demo_db, loaded.id, item.id)
    assert (stored.title, stored.minutes) == ("Lägesbild och analys", "Hennes protokoll.")


def test_marking_a_decision_done_keeps_her_change_to_it(tab, qtbot, anna, demo_db,
                                                        message_boxes):
    from brastod.core.meeting_rules import DecisionFields
    loaded = _open_meeting(tab, qtbot, demo_db)
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(3)
    agenda.ui.carried.setCurrentRow(0)
    row = agenda.ui.carried.currentItem().data(ROW_ROLE)
    anna(meetings.update_decision, row.id, meeting_id=row.meeting_id, item_id=None,
         values=DecisionFields("Hennes nya beslutstext", row.partner_id, row.due_on,
                               row.status), version=row.stamp.version)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.ui.markDone.click()
    stored = next(d for d in _all_decisions(demo_db, row.meeting_id) if d.id == row.id)
    assert (stored.text, stored.status) == ("Hennes nya beslutstext", "done")
    assert row.id not in [d.id for d in meetings.open_decisions_before(demo_db, loaded.id)]
    # One she removed meanwhile is said to be gone, and no longer listed.
    agenda.ui.carried.setCurrentRow(0)
    gone = agenda.ui.carried.currentItem().data(ROW_ROLE)
    anna(meetings.remove_decision, gone.id)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.ui.markDone.click()
    assert message_boxes == [("warning", meetings.DECISION_GONE)]
    assert gone.id not in [agenda.ui.carried.item(i).data(ROW_ROLE).id
                           for i in range(agenda.ui.carried.count())]


def _all_decisions(demo_db, meeting_id):
    from brastod.core.models import Decision
    with demo_db.session() as session:
        return list(session.exec(select(Decision).where(Decision.meeting_id == meeting_id)))


def test_the_attendance_conflict_names_whose_attendance(tab, qtbot, anna, demo_db):
    _open_meeting(tab, qtbot, demo_db)
    pane = tab.attendance
    pane.ui.table.selectRow(0)
    person = pane.model.row_at(0)
    anna(meetings.set_attendance, person.id, person.status, "Annas anteckning",
         version=person.stamp.version, base={"status": person.status, "note": person.note})
    pane.ui.note.setFocus()
    qtbot.keyClicks(pane.ui.note, "Min anteckning")
    pane.flush()
    assert pane.conflict is not None
    assert pane.conflict.ui.message.text().startswith(
        f"anna.berg ändrade närvaron för {person.name} kl. ")
    pane.conflict.reject()


# ---- a walk, its participants and points ----

def test_a_walk_someone_changed_is_not_removed_and_their_change_shows(tab, qtbot, anna, demo_db,
                                                                     yes, message_boxes):
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    walk = walks.get_walk(demo_db, entry.walk_id)
    editor = tab.walk_editor
    anna(walks.update_walk, walk.id, replace(walk_fields(walk), note="Ta med reflexvästar."),
         version=walk.stamp.version, base=walk_fields(walk))
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        editor.delete_button.click()
    [(kind, said)] = message_boxes
    assert kind == "warning" and said.startswith("anna.berg ändrade vandringen kl. ")
    assert said.endswith(REFUSED)
    assert walk.id in [w.id for w in walks.list_walks(demo_db)]
    assert editor.particulars.form.ui.note.toPlainText() == "Ta med reflexvästar."
    # Once she has removed it, it is said to be gone, and the list no longer has it.
    anna(walks.delete_walk, walk.id)
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        editor.delete_button.click()
    assert message_boxes[1] == ("warning", walks.WALK_GONE)
    assert -walk.id not in [tab.proxy.index(r, 0).data(ROW_ROLE).id
                            for r in range(tab.proxy.rowCount())]


def test_a_walk_she_added_a_point_to_is_not_removed(tab, qtbot, anna, demo_db, yes,
                                                   message_boxes):
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    editor = tab.walk_editor
    shown = len(editor.view.detail.points)
    kind = editor.view.kinds[0].id
    anna(walks.add_point, entry.walk_id, PointFields("Busshållplatsen", kind))
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        editor.delete_button.click()
    [(kind, said)] = message_boxes
    assert said.startswith("anna.berg ändrade vandringens punkter kl. ")
    assert said.endswith(REFUSED)
    assert len(walks.get_walk(demo_db, entry.walk_id).points) == shown + 1
    assert editor.points.model.rowCount() == shown + 1                 # hers shown


def test_my_own_change_to_the_walk_then_removing_it_is_no_conflict(tab, qtbot, demo_db, yes,
                                                                   message_boxes):
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    form = tab.walk_editor.particulars.form
    form.ui.meetingPlace.setFocus()
    qtbot.keyClicks(form.ui.meetingPlace, " (norra)")
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.walk_editor.delete_button.click()
    assert message_boxes == []
    assert entry.walk_id not in [w.id for w in walks.list_walks(demo_db)]


def _change_participant(db, participant_id: int, headcount: int) -> None:
    with db.session() as session:
        row = session.exec(select(WalkParticipant)
                           .where(WalkParticipant.id == participant_id)).one()
        row.headcount = headcount
        session.add(row)


def test_a_participant_someone_changed_or_removed_is_not_removed(tab, qtbot, anna, demo_db,
                                                                 message_boxes):
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    pane = tab.walk_editor.particulars.participants
    pane.ui.table.selectRow(0)
    row = pane.model.row_at(0)
    anna(_change_participant, row.id, row.headcount + 3)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        pane.ui.removeParticipant.click()
    [(kind, said)] = message_boxes
    assert said.startswith("anna.berg ändrade deltagaren kl. ") and said.endswith(REFUSED)
    kept = walks.get_walk(demo_db, entry.walk_id).participants
    assert (kept[0].id, kept[0].headcount) == (row.id, row.headcount + 3)
    assert pane.model.row_at(0).headcount == row.headcount + 3          # shown
    pane.ui.table.selectRow(0)
    anna(walks.remove_participant, row.id)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        pane.ui.removeParticipant.click()
    assert message_boxes[1] == ("warning", "Deltagaren finns inte längre; någon har tagit "
                                           "bort den.")
    assert row.id not in [pane.model.row_at(r).id for r in range(pane.model.rowCount())]


def test_a_point_someone_changed_or_removed_is_not_removed(tab, qtbot, anna, demo_db, yes,
                                                           message_boxes):
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    points = tab.walk_editor.points
    points.ui.table.selectRow(2)
    row = points.chosen()
    anna(walks.update_point, row.id, replace(row.values, note="Lampan är lagad."),
         version=row.stamp.version, base=row.values)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        points.ui.removePoint.click()
    [(kind, said)] = message_boxes
    assert said.startswith("anna.berg ändrade punkten kl. ") and said.endswith(REFUSED)
    assert walks.get_walk(demo_db, entry.walk_id).points[2].note == "Lampan är lagad."
    assert points.chosen().id == row.id and points.chosen().note == "Lampan är lagad."
    anna(walks.remove_point, row.id)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        points.ui.removePoint.click()
    assert message_boxes[1] == ("warning", walks.POINT_GONE)
    assert row.id not in [p.id for p in walks.get_walk(demo_db, entry.walk_id).points]


def _point_dialog(monkeypatch, prepare) -> list:
    """The next point dialogs: ``prepare(ui)`` fills each and Spara is pressed; what each
    showed when opened (place, note) is returned."""
    opened = []

    def exec_(dialog):
        ui = dialog.form.ui
        opened.append((ui.place.text(), ui.note.toPlainText()))
        prepare(ui)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(FormDialog, "exec", exec_)
    return opened


def test_a_point_takes_her_field_and_asks_about_the_same_one(tab, qtbot, anna, demo_db,
                                                             monkeypatch):
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    points = tab.walk_editor.points
    points.ui.table.selectRow(1)
    row = points.chosen()
    anna(walks.update_point, row.id, replace(row.values, note="Hennes anteckning."),
         version=row.stamp.version, base=row.values)
    _point_dialog(monkeypatch, lambda ui: ui.place.setText("Min plats"))
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        points.ui.editPoint.click()
    stored = walks.get_walk(demo_db, entry.walk_id).points[1]
    assert (stored.place, stored.note) == ("Min plats", "Hennes anteckning.")
    assert points.conflict is None
    # Both change the note: asked; closed, the dialog opens again with what I typed.
    anna(walks.update_point, row.id, replace(stored.values, note="Hennes andra."),
         version=stored.stamp.version, base=stored.values)
    _point_dialog(monkeypatch, lambda ui: ui.note.setPlainText("Min anteckning."))
    points.ui.editPoint.click()
    asked = points.conflict
    assert asked is not None and asked.isVisible()
    assert asked.ui.message.text().startswith("anna.berg ändrade punkten kl. ")
    assert [asked.model.index(0, c).data() for c in range(3)] == \
        ["Anteckning", "Min anteckning.", "Hennes andra."]
    opened = _point_dialog(monkeypatch, lambda ui: None)
    asked.ui.later.click()
    assert opened[0] == ("Min plats", "Min anteckning.")          # nothing typed lost
    again = points.conflict
    assert again is not asked and again.isVisible()               # its Spara asked again
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        again.ui.save.click()
    assert points.conflict is None
    stored = walks.get_walk(demo_db, entry.walk_id).points[1]
    assert (stored.place, stored.note) == ("Min plats", "Min anteckning.")


def test_a_kind_renamed_meanwhile_is_asked_about(tab, qtbot, anna, demo_db, monkeypatch):
    _open_walk(tab, qtbot, "Kolarbyn")
    points = tab.walk_editor.points
    kind = points.view.kinds[0]
    anna(walks.rename_kind, kind.id, "Belysning och lampor", kind.version)
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, text, items, *a:
                        (kind.name, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Gatubelysning", True))
    points.ui.kinds.click()
    dialog = points.conflict
    assert dialog is not None
    assert "anna.berg ändrade iakttagelsen" in dialog.ui.message.text()
    assert (dialog.ui.mine.toPlainText(), dialog.ui.theirs.toPlainText()) == \
        ("Gatubelysning", "Belysning och lampor")
    assert [k.name for k in walks.list_kinds(demo_db) if k.id == kind.id] == \
        ["Belysning och lampor"]
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        dialog.ui.keepMine.click()
    assert points.conflict is None
    assert [k.name for k in walks.list_kinds(demo_db) if k.id == kind.id] == ["Gatubelysning"]


# ---- a series' members (its dialog, Spara writes) ----

def test_members_she_added_stay_when_i_add_another(qtbot, tasks, demo_db, anna):
    from brastod.core.services import meeting_series
    from brastod.gui.dialogs.series import SeriesDialog
    from brastod.gui.dialogs.series import VALUE_ROLE
    from tests.gui.data_for import data_for
    dialog = SeriesDialog(data_for(tasks, demo_db))
    qtbot.addWidget(dialog)
    row = next(i for i, s in enumerate(dialog._series) if s.fields.name == "EST-gruppen")
    dialog.ui.seriesList.setCurrentRow(row)
    shown = dialog._series[row]
    items = [dialog.ui.members.item(i) for i in range(dialog.ui.members.count())]
    outside = [item for item in items if item.data(VALUE_ROLE) not in shown.members]
    hers, mine = (item.data(VALUE_ROLE) for item in outside[:2])
    anna(meeting_series.save_series, shown.id, shown.fields, shown.members + [hers],
         version=shown.stamp.version, base=shown.fields, base_members=shown.members)
    outside[1].setCheckState(Qt.CheckState.Checked)
    dialog.ui.save.click()
    assert dialog.conflict is None and dialog.ui.error.text() == ""
    stored = next(s for s in meeting_series.list_series(demo_db) if s.id == shown.id)
    assert sorted(stored.members) == sorted(shown.members + [hers, mine])


def test_her_new_title_is_no_conflict_with_my_minutes_her_new_minutes_are(tab, qtbot, anna,
                                                                          demo_db):
    loaded = _open_meeting(tab, qtbot, demo_db)
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(4)
    item = agenda._item
    agenda.ui.minutes.setFocus()
    qtbot.keyClicks(agenda.ui.minutes, "Mitt forsta.")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.flush()
    mine = _item(demo_db, loaded.id, item.id)
    anna(meetings.save_item, item.id, title="Lägesbild (polisen)",
         version=mine.stamp.version, base={"title": mine.title})
    qtbot.keyClicks(agenda.ui.minutes, " Mitt andra.")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        agenda.flush()
    assert agenda.saves.conflict is None
    stored = _item(demo_db, loaded.id, item.id)
    assert stored.title == "Lägesbild (polisen)" and stored.minutes.endswith("Mitt andra.")
    # Her new minutes are asked about, as before.
    anna(meetings.save_item, item.id, minutes="Hennes protokoll.",
         version=stored.stamp.version)
    qtbot.keyClicks(agenda.ui.minutes, " Mitt tredje.")
    agenda.flush()
    dialog = agenda.saves.conflict
    assert dialog is not None
    assert dialog.ui.theirs.toPlainText() == "Hennes protokoll."
    dialog.reject()
    assert agenda.ui.minutes.toPlainText().endswith("Mitt tredje.")
    agenda.flush()                                      # asked again
    assert agenda.saves.conflict is not None
    agenda.saves.conflict.ui.keepMine.click()
    assert _item(demo_db, loaded.id, item.id).minutes.endswith("Mitt tredje.")


def test_a_point_whose_area_she_removed_opens_again_with_what_i_typed(tab, qtbot, anna, demo_db,
                                                                     monkeypatch):
    from brastod.core.services import registers
    area_id = anna(registers.add_area, "Nya området")
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    points = tab.walk_editor.points
    points.ui.table.selectRow(1)
    row = points.chosen()
    shown = []

    def exec_(dialog):
        ui = dialog.form.ui
        shown.append((ui.note.toPlainText(), combos.chosen(ui.area), ui.error.text()))
        if len(shown) > 1:
            return QDialog.DialogCode.Rejected          # seen again; the user cancels
        ui.note.setPlainText("Min anteckning.")
        combos.choose(ui.area, area_id)                 # still offered: she removed it since
        dialog.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(FormDialog, "exec", exec_)
    anna(registers.delete_area, area_id)
    points.ui.editPoint.click()
    assert shown[1] == ("Min anteckning.", area_id, "Området finns inte längre. Välj ett annat.")
    assert walks.get_walk(demo_db, entry.walk_id).points[1] == row      # nothing written
