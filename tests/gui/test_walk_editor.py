"""Trygghetsvandringar in Möteskalender: the walks in the list beside the meetings, a new walk,
its particulars and participants saved as they are edited, points added, reordered and made an
action in a plan (whose status and colour the point then shows), and the protokoll exported."""
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from brastod.core.labels import RAG_COLORS
from brastod.core.plan_rules import FollowUpFields
from brastod.core.services import plan_chain, walks
from brastod.core.walk_rules import PointFields
from brastod.gui.data import Topic
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.tabs.calendar import WALK_COLOUR, WALKS, WalkEntry
from brastod.gui.widgets import combos
from brastod.gui.widgets.autosave import typing_in
from brastod.gui.widgets.form_dialog import FormDialog
from tests.core.test_form_merge import walk_fields


@pytest.fixture
def tab(window):
    window.ui.tabs.setCurrentWidget(window.calendar)
    return window.calendar


def _entries(tab) -> list:
    return [tab.proxy.index(row, 0).data(ROW_ROLE) for row in range(tab.proxy.rowCount())]


def _open_walk(tab, qtbot, area: str) -> WalkEntry:
    row = next(i for i, entry in enumerate(_entries(tab))
               if isinstance(entry, WalkEntry) and entry.title.endswith(area))
    with qtbot.waitSignal(tab.shown):
        tab.ui.table.selectRow(row)
    return _entries(tab)[row]


def _answer(monkeypatch, prepare):
    """The next FormDialog filled by ``prepare`` and saved; the dialog's verdict returned."""
    told = []

    def exec_(dialog):
        prepare(dialog.form.ui)
        dialog.accept()
        told.append(dialog.form.ui.error.text())
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(FormDialog, "exec", exec_)
    return told


def test_the_walks_are_listed_beside_the_meetings_and_marked_in_the_month(tab):
    entries = [e for e in _entries(tab) if isinstance(e, WalkEntry)]
    assert [e.title for e in entries] == ["Trygghetsvandring Kolarbyn",
                                          "Trygghetsvandring Centrum"]
    held = entries[0]
    row = _entries(tab).index(held)
    texts = [tab.proxy.index(row, column).data() for column in range(tab.proxy.columnCount())]
    assert "Trygghetsvandring" in texts and "Genomförd" in texts and "5" in texts
    mark = tab.ui.calendar.dateTextFormat(QDate(held.meeting_date))
    assert mark.background().color().name() == WALK_COLOUR
    tab.ui.calendar.setSelectedDate(QDate(held.meeting_date))
    assert "Trygghetsvandring Kolarbyn" in tab.ui.dayLabel.text()
    tab.ui.seriesFilter.setCurrentText(WALKS)
    assert [e.title for e in _entries(tab)] == [e.title for e in entries]
    assert "Trygghetsvandring" in tab.ui.legend.text()


def test_a_walk_opens_in_the_walk_editor_and_a_meeting_in_the_meeting_editor(tab, qtbot):
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    editor = tab.walk_editor
    assert tab.ui.editors.currentWidget() is editor
    form = editor.particulars.form.ui
    assert form.area.currentText() == "Kolarbyn" and form.startTime.time().hour() == 18
    assert form.status.currentText() == "Genomförd"
    assert editor.points.model.rowCount() == 5 == entry.agenda_items
    assert editor.particulars.participants.model.rowCount() == 5
    assert editor.tabText(1) == "P&unkter (5)"
    meeting = next(i for i, e in enumerate(_entries(tab)) if not isinstance(e, WalkEntry))
    with qtbot.waitSignal(tab.shown):
        tab.ui.table.selectRow(meeting)
    assert tab.ui.editors.currentWidget() is tab.ui.parts


def test_the_points_show_the_status_and_colour_of_their_actions(tab, qtbot, demo_db):
    _open_walk(tab, qtbot, "Kolarbyn")
    model = tab.walk_editor.points.model
    action = [model.index(row, 6) for row in range(model.rowCount())]
    assert [index.data() for index in action] == ["Pågående · Röd", "Klar · Grön",
                                                  "Pågående · Gul", "", ""]
    assert [action[row].data(Qt.ItemDataRole.BackgroundRole).color().name()
            for row in range(3)] == [RAG_COLORS["red"], RAG_COLORS["green"], RAG_COLORS["yellow"]]
    assert action[3].data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 4).data() == "Fagerstabostäder"
    assert model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is not None    # overdue


def test_a_new_walk_is_made_on_the_chosen_day_and_edited(tab, qtbot, monkeypatch, demo_db):
    tab.ui.calendar.setSelectedDate(QDate(2027, 3, 16))
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, text, items, *a:
                        ("Hedkärra", True))
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.newWalkButton.click()
    [made] = [w for w in walks.list_walks(demo_db) if w.area == "Hedkärra"]
    assert (made.walk_date, made.start_time.hour, made.status) == (date(2027, 3, 16), 18,
                                                                   "planned")
    assert tab.item_id == -made.id and tab.ui.editors.currentWidget() is tab.walk_editor
    form = tab.walk_editor.particulars.form
    qtbot.keyClicks(form.ui.route, "Torget och lekplatsen")
    with qtbot.waitSignal(tab.shown):
        form.ui.route.editingFinished.emit()
    assert walks.get_walk(demo_db, made.id).route == "Torget och lekplatsen"
    with qtbot.waitSignal(tab.shown):
        combos.choose(form.ui.status, "held")
    assert walks.get_walk(demo_db, made.id).status == "held"


def test_a_refused_time_is_told_at_its_field_and_not_saved(tab, qtbot, demo_db):
    entry = _open_walk(tab, qtbot, "Centrum")
    form = tab.walk_editor.particulars.form
    before = walks.get_walk(demo_db, entry.walk_id)
    form.ui.endTime.setTime(form.ui.startTime.time().addSecs(-3600))
    assert "slutar" in form.ui.error.text() and form.focusWidget() is form.ui.endTime
    assert walks.get_walk(demo_db, entry.walk_id) == before


def test_a_refused_time_stays_as_typed_when_someone_elses_change_arrives(tab, qtbot, demo_db,
                                                                        anna, window):
    """What is typed and refused is not saved, but it is the user's: a reload for someone
    else's change leaves it, and once put right it is saved with her change kept."""
    entry = _open_walk(tab, qtbot, "Centrum")
    form = tab.walk_editor.particulars.form
    walk = walks.get_walk(demo_db, entry.walk_id)
    typed = form.ui.startTime.time().addSecs(-3600)
    form.ui.endTime.setTime(typed)
    assert "slutar" in form.ui.error.text()
    tab.walk_editor.delete_button.setFocus()    # the user has gone on, out of the form
    assert not typing_in(form)
    anna(walks.update_walk, walk.id, replace(walk_fields(walk), route="Hennes rutt"),
         version=walk.stamp.version, base=walk_fields(walk))
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        window.data.changed.emit(Topic.MEETINGS, None)      # as the live follower tells it
    assert form.ui.endTime.time() == typed and "slutar" in form.ui.error.text()
    with qtbot.waitSignal(tab.walk_editor.particulars.changed, timeout=30_000):
        form.ui.endTime.setTime(form.ui.startTime.time().addSecs(7200))
    saved = walks.get_walk(demo_db, entry.walk_id)
    assert saved.route == "Hennes rutt"
    assert saved.end_time == form.ui.endTime.time().toPython()


def test_participants_are_organisations_with_a_count(tab, qtbot, demo_db):
    entry = _open_walk(tab, qtbot, "Centrum")
    pane = tab.walk_editor.particulars.participants
    count = pane.model.rowCount()
    pane.ui.organisation.setText("  ")
    pane.ui.addParticipant.click()
    qtbot.waitUntil(lambda: pane.ui.error.text() != "", timeout=30_000)
    assert "Ange inte privatpersoners namn" in pane.ui.error.text()
    assert pane.focusWidget() is pane.ui.organisation
    assert len(walks.get_walk(demo_db, entry.walk_id).participants) == count
    pane.ui.organisation.setText("Hyresgästföreningen")
    pane.ui.headcount.setValue(3)
    with qtbot.waitSignal(tab.shown):
        pane.ui.addParticipant.click()
    assert ("Hyresgästföreningen", 3) in [(p.organisation, p.headcount) for p in
                                          walks.get_walk(demo_db, entry.walk_id).participants]
    assert pane.model.rowCount() == count + 1 and pane.ui.organisation.text() == ""
    pane.ui.table.selectRow(pane.model.rowCount() - 1)
    with qtbot.waitSignal(tab.shown):
        pane.ui.removeParticipant.click()
    assert len(walks.get_walk(demo_db, entry.walk_id).participants) == count


def test_points_are_added_reordered_and_removed(tab, qtbot, monkeypatch, demo_db):
    entry = _open_walk(tab, qtbot, "Centrum")
    points = tab.walk_editor.points
    for place, kind, note in (("Stationen", "Belysning", "Mörkt vid cykelstället"),
                              ("Torget", "Nedskräpning", "")):
        def fill(ui, place=place, kind=kind, note=note):
            ui.place.setText(place)
            ui.kind.setCurrentText(kind)
            ui.note.setPlainText(note)
        _answer(monkeypatch, fill)
        with qtbot.waitSignal(tab.shown):
            points.ui.addPoint.click()
    detail = walks.get_walk(demo_db, entry.walk_id)
    assert [(p.place, p.kind, p.area_id is not None) for p in detail.points] == [
        ("Stationen", "Belysning", True), ("Torget", "Nedskräpning", True)]
    assert points.model.rowCount() == 2 and tab.walk_editor.tabText(1) == "P&unkter (2)"
    points.ui.table.selectRow(1)
    with qtbot.waitSignal(tab.shown):
        points.ui.pointUp.click()
    assert [p.place for p in walks.get_walk(demo_db, entry.walk_id).points] == ["Torget",
                                                                               "Stationen"]
    assert points.chosen().place == "Torget"                      # still the one moved
    monkeypatch.setattr("brastod.gui.walk_editor.editor.ask", lambda parent, text: True)
    with qtbot.waitSignal(tab.shown):
        points.ui.removePoint.click()
    assert [p.place for p in walks.get_walk(demo_db, entry.walk_id).points] == ["Stationen"]


def test_a_points_place_in_the_register_is_kept_when_its_text_is_edited_and_saved_when_chosen(
        tab, qtbot, monkeypatch, demo_db):
    """The point's dialog shows the register's place it is linked to ("Ingen plats" first in
    the list): editing its note keeps the link, another place chosen is saved, and a place
    removed from the register meanwhile is told at its field with the rest kept."""
    from brastod.core.models import Place
    from brastod.core.services.registers import list_places
    from brastod.gui.walk_editor.editor import NO_PLACE
    (first_id, first), (second_id, second), (third_id, third) = list_places(demo_db)[:3]
    walk_id = next(w.id for w in walks.list_walks(demo_db) if w.area == "Kolarbyn")
    point = walks.get_walk(demo_db, walk_id).points[0]
    walks.update_point(demo_db, point.id, replace(point.values, place_id=first_id))
    _open_walk(tab, qtbot, "Kolarbyn")
    points = tab.walk_editor.points
    points.ui.table.selectRow(0)

    def stored():
        return walks.get_walk(demo_db, walk_id).points[0]
    offered = []

    def edit_note(ui):
        offered.append([ui.placeId.itemText(i) for i in range(ui.placeId.count())])
        assert ui.placeId.currentText() == first
        ui.note.setPlainText("Trasig lampa vid entrén")
    _answer(monkeypatch, edit_note)
    with qtbot.waitSignal(tab.shown):
        points.ui.editPoint.click()
    assert offered[0][:4] == [NO_PLACE, first, second, third]
    assert (stored().note, stored().place_id) == ("Trasig lampa vid entrén", first_id)

    _answer(monkeypatch, lambda ui: ui.placeId.setCurrentText(second))
    with qtbot.waitSignal(tab.shown):
        points.ui.editPoint.click()
    assert (stored().note, stored().place_id) == ("Trasig lampa vid entrén", second_id)

    told = []

    def removed_meanwhile(ui):
        if not told:                            # offered still, but gone from the register
            told.append(None)
            ui.placeId.setCurrentText(third)
            ui.note.setPlainText("Lampan lagad")
        else:                                   # the dialog again, with what was typed
            told.append((ui.error.text(), ui.placeId.currentText(), ui.note.toPlainText()))
            ui.placeId.setCurrentText(NO_PLACE)
    _answer(monkeypatch, removed_meanwhile)
    with demo_db.session() as session:
        session.delete(session.get(Place, third_id))
    with qtbot.waitSignal(tab.shown):
        points.ui.editPoint.click()
    assert told[1] == ("Platsen finns inte längre i registret. Välj en annan.", third,
                       "Lampan lagad")
    assert (stored().note, stored().place_id) == ("Lampan lagad", None)


def test_a_point_without_a_kind_is_told_at_its_field_and_not_saved(tab, qtbot, monkeypatch,
                                                                  demo_db):
    entry = _open_walk(tab, qtbot, "Centrum")
    told = _answer(monkeypatch, lambda ui: ui.place.setText("Busstorget"))
    tab.walk_editor.points.ui.addPoint.click()
    assert told == ["Välj vad som iakttogs (Belysning, Klotter …). Saknas det i listan, lägg "
                    "till det."]
    assert walks.get_walk(demo_db, entry.walk_id).points == []


def test_a_point_becomes_an_action_and_shows_its_status(tab, qtbot, monkeypatch, demo_db):
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    points = tab.walk_editor.points
    points.ui.table.selectRow(3)                          # Gångvägen: no action yet
    assert points.ui.toAction.isEnabled()
    plan_title = next(title for _, title in points.view.plans
                      if title.startswith("Åtgärdsplan"))

    def fill(ui):
        ui.plan.setCurrentText(plan_title)
        ui.partner.setCurrentText("Fritid och fältare")
        ui.dueOn.setDate(date(2027, 3, 31))
    _answer(monkeypatch, fill)
    with qtbot.waitSignal(tab.shown):
        points.ui.toAction.click()
    point = walks.get_walk(demo_db, entry.walk_id).points[3]
    assert point.action_status == "planned" and point.partner == "Fritid och fältare"
    assert points.model.index(3, 6).data() == "Planerad"
    assert points.model.index(3, 5).data() == "2027-03-31"
    assert not points.ui.toAction.isEnabled()            # the point is an action now
    plan_chain.add_follow_up(demo_db, point.action_id, FollowUpFields(date(2026, 11, 20), "red"),
                             date(2026, 11, 22))
    with qtbot.waitSignal(tab.shown):
        tab.reload()
    assert points.model.index(3, 6).data() == "Planerad · Röd"
    assert points.model.index(3, 6).data(Qt.ItemDataRole.BackgroundRole).color().name() == \
        RAG_COLORS["red"]


def test_a_point_made_an_action_needs_a_partner(tab, qtbot, monkeypatch, demo_db):
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    points = tab.walk_editor.points
    points.ui.table.selectRow(4)
    told = _answer(monkeypatch, lambda ui: ui.dueOn.setDate(date(2027, 1, 31)))
    points.ui.toAction.click()
    assert told[0].startswith("Välj vilken partner som ansvarar")
    assert walks.get_walk(demo_db, entry.walk_id).points[4].action_id is None


def test_a_kind_of_observation_is_added_from_the_points(tab, qtbot, monkeypatch, demo_db):
    _open_walk(tab, qtbot, "Kolarbyn")
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, text, items, *a:
                        (items[0], True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Hundbajs", True))
    with qtbot.waitSignal(tab.shown):
        tab.walk_editor.points.ui.kinds.click()
    assert "Hundbajs" in [k.name for k in walks.list_kinds(demo_db)]
    assert tab.walk_editor.view.kinds[-1].name == "Hundbajs"


def test_the_walks_protocol_is_exported_and_personal_data_asked(tab, window, qtbot, monkeypatch,
                                                               tmp_path, message_boxes, demo_db):
    from pypdf import PdfReader
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    assert tab.ui.documentsButton.menu() is tab.walk_menu
    target = tmp_path / "vandring.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.walk_menu.actions()[0].trigger()
    assert f"Protokollet sparades: {target.name}" in window.ui.statusbar.currentMessage()
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Trygghetsvandring – Kolarbyn" in text and "Parkeringen Kolarbyn" in text
    point = walks.get_walk(demo_db, entry.walk_id).points[4]
    walks.update_point(demo_db, point.id, PointFields(point.place, point.kind_id,
                                                      "Ring 070-123 45 67"))
    asked = []
    monkeypatch.setattr("brastod.gui.exports.ask", lambda parent, text: asked.append(text))
    target.unlink()
    tab.walk_menu.actions()[0].trigger()
    assert "telefonnummer ”070-123 45 67”" in asked[0] and not target.exists()
    docx = tmp_path / "vandring.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(docx), ""))
    monkeypatch.setattr("brastod.gui.exports.ask", lambda parent, text: True)
    window.exports.save(tab.export())                   # Arkiv → Exportera: the same file
    assert docx.exists() and not target.exists()


def test_a_walk_is_deleted_and_its_actions_stay(tab, qtbot, monkeypatch, demo_db):
    from brastod.core.services.action_plans import list_actions
    entry = _open_walk(tab, qtbot, "Kolarbyn")
    actions = len(list_actions(demo_db))
    monkeypatch.setattr("brastod.gui.walk_editor.editor.ask", lambda parent, text: True)
    with qtbot.waitSignal(tab.loaded):
        tab.walk_editor.delete_button.click()
    assert entry.walk_id not in [w.id for w in walks.list_walks(demo_db)]
    assert len(list_actions(demo_db)) == actions
    assert tab.ui.editors.currentWidget() is tab.ui.parts


def test_the_walk_models_pass_the_model_tester(tab, qtbot, qtmodeltester):
    _open_walk(tab, qtbot, "Kolarbyn")
    for model in (tab.walk_editor.points.model, tab.walk_editor.particulars.participants.model,
                  tab.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
