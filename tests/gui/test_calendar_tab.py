"""Möteskalender: holidays and reminders in the month, the chosen meeting's documents, and the
meeting editor (particulars, attendance, agenda and minutes, decisions)."""
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from brastod.core.errors import FieldError
from brastod.core.services import meetings
from brastod.gui.widgets import combos
from brastod.gui.widgets.form_dialog import FormDialog
from brastod.gui.tabs.calendar import HOLIDAY


@pytest.fixture
def tab(window):
    window.ui.tabs.setCurrentWidget(window.calendar)
    return window.calendar


def test_holidays_are_marked_and_named(tab):
    calendar = tab.ui.calendar
    calendar.setCurrentPage(2026, 6)
    midsummer = calendar.dateTextFormat(QDate(2026, 6, 19))
    assert midsummer.toolTip() == "Midsommarafton"
    assert midsummer.foreground().color().name() == HOLIDAY
    assert calendar.dateTextFormat(QDate(2026, 6, 18)).toolTip() == ""
    calendar.setCurrentPage(2027, 4)                   # another year, shown when paged to
    assert calendar.dateTextFormat(QDate(2027, 3, 29)).toolTip() == "Annandag påsk"
    calendar.setSelectedDate(QDate(2026, 12, 24))
    assert "Julafton" in tab.ui.dayLabel.text()


def _choose(tab, title_part: str):
    for row in range(tab.proxy.rowCount()):
        meeting = tab.proxy.index(row, 0).data(0x0101)
        if title_part in meeting.title:
            tab.ui.table.selectRow(row)
            return meeting
    raise AssertionError(title_part)


@pytest.mark.parametrize("kind, suffix, expected", [
    ("notice", ".pdf", "Kallelse – Lokala BRÅ 10 december 2026"),
    ("minutes", ".pdf", "Protokoll – Lokala BRÅ 10 december 2026"),
    ("notice", ".docx", "Kallelse – Lokala BRÅ 10 december 2026"),
    ("minutes", ".docx", "Protokoll – Lokala BRÅ 10 december 2026"),
    ("ics", ".ics", "SUMMARY:Lokala BRÅ 10 december 2026"),
])
def test_the_chosen_meetings_documents(tab, window, monkeypatch, tmp_path, kind, suffix,
                                       expected, message_boxes):
    _choose(tab, "Lokala BRÅ 10 december 2026")
    assert tab.ui.documentsButton.isEnabled()
    target = tmp_path / f"dokument{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action = next(a for a in tab.ui.documentsButton.menu().actions()
                  if a.text().replace("&", "").lower().startswith(
                      {"notice": "kallelse", "minutes": "protokoll",
                       "ics": "kalenderfil för mötet"}[kind]))
    action.trigger()
    what = {"notice": "Kallelsen", "minutes": "Protokollet", "ics": "Kalenderfilen"}[kind]
    assert f"{what} sparades: {target.name}" in window.ui.statusbar.currentMessage()
    # a document is also said in a message naming its folder; a calendar file only in the bar
    assert message_boxes == ([("information", f"{what} sparades: {target.name}\n\n"
                                              f"Mappen: {tmp_path}")] if suffix != ".ics" else [])
    if suffix == ".pdf":
        from pypdf import PdfReader
        text = PdfReader(target).pages[0].extract_text()
    elif suffix == ".docx":
        from docx import Document
        text = "\n".join(paragraph.text for paragraph in Document(target).paragraphs)
    else:
        text = target.read_text(encoding="utf-8")
    assert expected in text


def test_minutes_with_what_looks_like_personal_data_are_asked_about(tab, window, monkeypatch,
                                                                   tmp_path, message_boxes,
                                                                   demo_db):
    from brastod.core.services import meetings
    meeting = _choose(tab, "Lokala BRÅ 10 december 2026")
    item = meetings.get_meeting(demo_db, meeting.id).agenda[0]
    meetings.save_item(demo_db, item.id, minutes="Ring Kalle på 070-123 45 67 om klottret.")
    target = tmp_path / "protokoll.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked = []
    monkeypatch.setattr("brastod.gui.exports.ask", lambda parent, text: asked.append(text))
    next(a for a in tab.ui.documentsButton.menu().actions()
         if a.text().replace("&", "").startswith("Protokoll")).trigger()
    assert "telefonnummer ”070-123 45 67”" in asked[0] and not target.exists()
    monkeypatch.setattr("brastod.gui.exports.ask", lambda parent, text: True)
    next(a for a in tab.ui.documentsButton.menu().actions()
         if a.text().replace("&", "").startswith("Protokoll")).trigger()
    assert target.exists()


def test_the_meeting_pack_from_the_calendar(tab, window, monkeypatch, tmp_path, message_boxes):
    from openpyxl import load_workbook
    from pypdf import PdfReader
    _choose(tab, "Lokala BRÅ 10 december 2026")
    target = tmp_path / "handlingar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pack = next(a for a in tab.ui.documentsButton.menu().actions()
                if a.text().replace("&", "").startswith("Möteshandlingar"))
    pack.trigger()
    assert "Möteshandlingarna sparades" in window.ui.statusbar.currentMessage()
    titles = [item.title for item in PdfReader(target).outline if not isinstance(item, list)]
    assert "Åtgärdsplanens status" in titles
    assert load_workbook(target.with_suffix(".xlsx")).sheetnames[0] == "Dagordning"
    assert date(2026, 12, 10) == tab.detail.meeting_date
    assert message_boxes[0][1].startswith("Möteshandlingarna sparades: handlingar.pdf och "
                                          "handlingar.xlsx")


def test_due_dates_and_the_years_deadlines_are_reminded(tab):
    calendar = tab.ui.calendar
    calendar.setCurrentPage(2026, 11)
    deadline = calendar.dateTextFormat(QDate(2026, 11, 30))
    assert deadline.fontUnderline()
    assert "Årshjul: Uppföljning av medborgarlöften" in deadline.toolTip()
    calendar.setSelectedDate(QDate(2026, 12, 12))
    assert "Åtgärd klar senast: Rutin för sanering av klotter" in tab.ui.dayLabel.text()
    assert not calendar.dateTextFormat(QDate(2026, 11, 29)).fontUnderline()


# ---- the meeting editor ----


def _open(tab, qtbot, title_part: str):
    with qtbot.waitSignal(tab.shown):
        meeting = _choose(tab, title_part)
    return meeting


def _answer(monkeypatch, prepare):
    def exec_(dialog):
        prepare(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(FormDialog, "exec", exec_)


def test_the_chosen_meeting_opens_below_the_list(tab, qtbot, demo_db):
    meeting = _open(tab, qtbot, "Lokala BRÅ 10 december 2026")
    form = tab.particulars.form.ui
    assert form.title.text() == meeting.title and form.startTime.time().hour() == 13
    assert tab.attendance.model.rowCount() > 10
    items = tab.agenda.ui.items
    assert items.count() == 13 and items.item(3).text().startswith("4. Föregående mötes")
    items.setCurrentRow(3)
    carried = meetings.open_decisions_before(demo_db, meeting.id)
    assert tab.agenda.ui.carried.count() == len(carried) > 0
    assert tab.agenda.ui.markDone.isVisibleTo(tab.agenda)


def test_particulars_are_saved_and_a_holiday_asks(tab, qtbot, window, monkeypatch, demo_db):
    meeting = _open(tab, qtbot, "Lokala BRÅ 10 december 2026")
    form = tab.particulars.form
    form.ui.place.selectAll()
    qtbot.keyClicks(form.ui.place, "Folkets hus")
    with qtbot.waitSignal(tab.shown):
        form.ui.place.editingFinished.emit()
    assert meetings.get_meeting(demo_db, meeting.id).place == "Folkets hus"
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: (
        answers.append(text) or QMessageBox.StandardButton.No))
    form.ui.meetingDate.setDate(date(2026, 12, 24))
    assert "julafton" in answers[0]
    assert form.ui.meetingDate.date().toPython() == date(2026, 12, 10)       # put back
    assert meetings.get_meeting(demo_db, meeting.id).meeting_date == date(2026, 12, 10)
    form.ui.endTime.setTime(form.ui.startTime.time().addSecs(-3600))
    with pytest.raises(FieldError) as refused:
        form.values().validate()
    assert form.ui.error.text() == str(refused.value) and "slutar" in str(refused.value)
    assert form.focusWidget() is form.ui.endTime
    assert meetings.get_meeting(demo_db, meeting.id).end_time == meeting.end_time


def test_a_holiday_answered_no_keeps_what_was_typed_and_saves_it_on_the_meetings_day(
        tab, qtbot, monkeypatch, demo_db):
    """Typed into the place and the chair, then the date moved to julafton and the question
    answered no: only the date goes back, the message says why at the date, and what was
    typed stays in the form and is saved, the meeting on its own day."""
    meeting = _open(tab, qtbot, "Lokala BRÅ 10 december 2026")
    form = tab.particulars.form
    for edit, text in ((form.ui.place, "Folkets hus"), (form.ui.chair, "Eva Lind")):
        edit.selectAll()
        qtbot.keyClicks(edit, text)             # not yet saved: the autosave waits
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    form.ui.meetingDate.setDate(date(2026, 12, 24))
    assert (form.ui.place.text(), form.ui.chair.text()) == ("Folkets hus", "Eva Lind")
    assert form.ui.meetingDate.date().toPython() == date(2026, 12, 10)
    assert "julafton" in form.ui.error.text() and "ligger kvar 2026-12-10" in form.ui.error.text()
    assert form.focusWidget() is form.ui.meetingDate
    qtbot.waitUntil(lambda: meetings.get_meeting(demo_db, meeting.id).place == "Folkets hus")
    stored = meetings.get_meeting(demo_db, meeting.id)
    assert (stored.chair, stored.meeting_date) == ("Eva Lind", date(2026, 12, 10))
    assert (form.ui.place.text(), form.ui.chair.text()) == ("Folkets hus", "Eva Lind")


def test_attendance_minutes_and_items(tab, qtbot, window, monkeypatch, demo_db):
    meeting = _open(tab, qtbot, "Lokala BRÅ 10 december 2026")
    pane = tab.attendance
    pane.ui.table.selectRow(0)
    person = pane.model.row_at(0)
    with qtbot.waitSignal(tab.shown):
        combos.choose(pane.ui.status, "apologies")
    detail = meetings.get_meeting(demo_db, meeting.id)
    assert next(a for a in detail.attendees if a.id == person.id).status == "apologies"
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(4)                                   # Aktuell lägesbild
    agenda.ui.minutes.setPlainText("Samordnaren redovisade oktober–november.")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        pass
    item = meetings.get_meeting(demo_db, meeting.id).agenda[4]
    assert item.minutes == "Samordnaren redovisade oktober–november."
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Tema: sommarlovet", True))
    with qtbot.waitSignal(tab.shown):
        agenda.ui.addItem.click()
    titles = [i.title for i in meetings.get_meeting(demo_db, meeting.id).agenda]
    assert titles[5] == "Tema: sommarlovet" and len(titles) == 14


def test_an_empty_item_title_is_refused_by_the_core(tab, qtbot, window, monkeypatch,
                                                    message_boxes, demo_db):
    meeting = _open(tab, qtbot, "Lokala BRÅ 10 december 2026")
    before = meetings.get_meeting(demo_db, meeting.id).agenda
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    with qtbot.waitSignal(window.data.runner.refused):
        tab.agenda.ui.addItem.click()
    assert message_boxes == [("warning", "Punkten måste ha en rubrik.")]
    assert meetings.get_meeting(demo_db, meeting.id).agenda == before


def test_a_decision_is_made_and_becomes_an_action(tab, qtbot, window, monkeypatch, demo_db):
    from brastod.core.services.action_plans import list_actions
    meeting = _open(tab, qtbot, "Lokala BRÅ 8 oktober 2026")
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(9)                                   # Beslut
    before = agenda.decisions.rowCount()

    def decide(dialog):
        ui = dialog.form.ui
        ui.text.setPlainText("Belysningen i Kolarbyn åtgärdas före årsskiftet.")
        ui.partner.setCurrentIndex(1)
        ui.dueOn.setDate(date(2026, 12, 31))
    _answer(monkeypatch, decide)
    with qtbot.waitSignal(tab.shown):
        agenda.ui.addDecision.click()
    assert agenda.decisions.rowCount() == before + 1
    row = next(r for r in range(agenda.decisions.rowCount())
               if agenda.decisions.row_at(r).text.startswith("Belysningen"))
    agenda.ui.decisions.selectRow(row)
    asked = []

    def choose(parent, title, text, items, *args):   # the plan, then the cause or goal
        asked.append(items)
        return next(i for i in items if i.startswith(("Åtgärdsplan", "Orsak 3"))), True
    monkeypatch.setattr(QInputDialog, "getItem", choose)
    with qtbot.waitSignal(tab.shown):
        agenda.ui.toAction.click()
    assert asked[1][-1].startswith("Ingen") and any(i.startswith("Mål: ") for i in asked[1])
    made = next(a for a in list_actions(demo_db)
                if a.title == "Belysningen i Kolarbyn åtgärdas före årsskiftet.")
    assert made.cause == "3. Bristande belysning längs gångvägar och parkering"
    decision = next(agenda.decisions.row_at(r) for r in range(agenda.decisions.rowCount())
                    if agenda.decisions.row_at(r).text.startswith("Belysningen"))
    assert decision.action_id is not None
    assert agenda.decisions.index(row, 4).data() == "I planen"
    assert meeting.id == tab.item_id


def test_a_refused_decision_is_told_at_its_field_and_not_saved(tab, qtbot, window,
                                                               monkeypatch, demo_db):
    meeting = _open(tab, qtbot, "Lokala BRÅ 8 oktober 2026")
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(9)                                   # Beslut
    before, saved = agenda.decisions.rowCount(), meetings.get_meeting(demo_db, meeting.id)
    told = []

    def decide(dialog):
        ui = dialog.form.ui
        ui.text.setPlainText("Belysningen åtgärdas.")
        ui.dueOn.setDate(date(2026, 10, 1))
        dialog.accept()
        told.append((ui.error.text(), dialog.form.focusWidget() is ui.dueOn, dialog.result()))
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(FormDialog, "exec", decide)
    agenda.ui.addDecision.click()
    assert told == [("Klart senast (2026-10-01) är före mötet (2026-10-08).", True, 0)]
    assert agenda.decisions.rowCount() == before
    assert meetings.get_meeting(demo_db, meeting.id) == saved


def test_an_open_decision_is_marked_done_and_stops_coming_up(tab, qtbot, window, demo_db):
    meeting = _open(tab, qtbot, "Lokala BRÅ 10 december 2026")
    agenda = tab.agenda
    agenda.ui.items.setCurrentRow(3)
    count = agenda.ui.carried.count()
    agenda.ui.carried.setCurrentRow(0)
    with qtbot.waitSignal(tab.shown):
        agenda.ui.markDone.click()
    assert len(meetings.open_decisions_before(demo_db, meeting.id)) == count - 1
    assert agenda.ui.carried.count() == count - 1


def test_the_editor_models_pass_the_model_tester(tab, qtbot, qtmodeltester):
    _open(tab, qtbot, "Lokala BRÅ 8 oktober 2026")
    tab.agenda.ui.items.setCurrentRow(9)
    for model in (tab.attendance.model, tab.agenda.decisions):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


# ---- series ----

@pytest.fixture
def series_dialog(tab, qtbot, window, demo_db):
    from brastod.gui.dialogs.series import SeriesDialog
    dialog = SeriesDialog(window.data, tab)
    qtbot.addWidget(dialog)
    return dialog


def test_a_series_shows_its_recurrence_in_words(series_dialog):
    ui = series_dialog.ui
    names = [ui.seriesList.item(i).text() for i in range(ui.seriesList.count())]
    assert any(name.startswith("Lokala BRÅ (") for name in names) and len(names) == 3
    ui.seriesList.setCurrentRow(next(i for i, n in enumerate(names) if n.startswith("Lokala")))
    assert ui.pattern.currentText().startswith("Sex gånger om året")
    assert ui.weekday.currentText() == "torsdag"
    assert "Andra torsdagen i feb, apr, jun, sep, okt, dec" in ui.preview.text()
    assert sum(ui.members.item(i).checkState() == Qt.CheckState.Checked
               for i in range(ui.members.count())) > 10


def test_a_new_series_and_its_years_meetings_with_a_holiday_asked(series_dialog, tab,
                                                                   window, monkeypatch, demo_db):
    from brastod.core.services.meetings import list_meetings
    ui = series_dialog.ui
    ui.newSeries.click()
    ui.save.click()
    assert ui.error.text() == "Serien måste ha ett namn, till exempel Lokala BRÅ."
    assert series_dialog.focusWidget() is ui.name
    ui.name.setText("Arbetsgrupp klotter")
    combos.choose(ui.body, "working_group")
    ui.pattern.setCurrentIndex(next(i for i in range(ui.pattern.count())
                                    if ui.pattern.itemText(i) == "Första i månaden"))
    combos.choose(ui.weekday, 0)
    assert ui.rule.text() == "FREQ=MONTHLY;BYDAY=1MO"
    ui.members.item(0).setCheckState(Qt.CheckState.Checked)
    ui.save.click()
    assert ui.seriesList.currentItem().text() == "Arbetsgrupp klotter (0 möten)"
    ui.year.setValue(2026)
    ui.showDays.click()
    assert ui.days.count() == 12
    april = next(ui.days.item(i) for i in range(ui.days.count())
                 if ui.days.item(i).text().startswith("2026-04-06"))
    assert "Annandag påsk" in april.text() and april.checkState() == Qt.CheckState.Unchecked
    april.setCheckState(Qt.CheckState.Checked)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: (
        asked.append(text) or QMessageBox.StandardButton.Yes))
    ui.createMeetings.click()
    assert "Annandag påsk" in asked[0]
    assert "12 möten skapade" in ui.daysNote.text()
    created = [m for m in list_meetings(demo_db) if m.series == "Arbetsgrupp klotter"]
    assert len(created) == 12 and date(2026, 4, 6) in [m.meeting_date for m in created]


def test_a_series_name_taken_is_told_at_the_field(series_dialog, window, demo_db):
    from brastod.core.services.meeting_series import list_series
    ui, before = series_dialog.ui, list_series(demo_db)
    ui.newSeries.click()
    ui.name.setText("Lokala BRÅ")
    ui.duration.setFocus()
    ui.save.click()
    assert ui.error.text() == "Det finns redan en mötesserie som heter Lokala BRÅ."
    assert series_dialog.focusWidget() is ui.name
    assert list_series(demo_db) == before


def test_the_series_button_opens_the_dialog_and_the_list_follows(tab, qtbot, monkeypatch):
    from brastod.gui.dialogs.series import SeriesDialog
    opened = []
    monkeypatch.setattr(SeriesDialog, "exec", lambda self: opened.append(self)
                        or self.changed.emit() or 0)
    with qtbot.waitSignal(tab.loaded):
        tab.ui.seriesButton.click()
    assert len(opened) == 1


def test_the_preview_counts_every_other_week_from_the_series_first_meeting(series_dialog):
    ui = series_dialog.ui
    names = [ui.seriesList.item(i).text() for i in range(ui.seriesList.count())]
    ui.seriesList.setCurrentRow(next(i for i, n in enumerate(names) if n.startswith("EST")))
    # The example's fortnight falls on 2026-11-24 and 2026-12-08, as its meetings do.
    assert "Nästa: 2026-11-24, 2026-12-08" in ui.preview.text()


def test_the_lagesbild_chosen_for_a_meeting_goes_into_its_pack(tab, qtbot, window, monkeypatch,
                                                                tmp_path, demo_db,
                                                                message_boxes):
    from pypdf import PdfReader
    meeting = _open(tab, qtbot, "Lokala BRÅ 10 december 2026")
    form = tab.particulars.form.ui
    assert form.situationReport.currentText() == "Den som täcker tiden sedan förra mötet"
    strategic = next(i for i in range(form.situationReport.count())
                     if form.situationReport.itemText(i).startswith("Strategisk"))
    with qtbot.waitSignal(tab.shown):
        form.situationReport.setCurrentIndex(strategic)
    assert meetings.get_meeting(demo_db, meeting.id).situation_report_id is not None
    target = tmp_path / "handlingar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    next(a for a in tab.ui.documentsButton.menu().actions()
         if a.text().replace("&", "").startswith("Möteshandlingar")).trigger()
    titles = [item.title for item in PdfReader(target).outline if not isinstance(item, list)]
    assert "Lägesbild – Strategisk lägesbild 2025" in titles


def test_clearing_the_search_keeps_the_chosen_meeting_in_view(tab, qtbot):
    """Issue 16: clearing "Sök möte…" scrolled the list back to 2024 and lost the meeting."""
    from brastod.gui.models.table import ROW_ROLE
    meeting = _open(tab, qtbot, "Lokala BRÅ 10 december 2026")
    table = tab.ui.table

    def in_view() -> bool:
        index = table.currentIndex()
        return index.isValid() and index.data(ROW_ROLE).id == meeting.id and \
            0 < table.visualRect(index).center().y() < table.viewport().height()
    for search in ("december 2026", "EST"):    # one that shows the meeting, one that hides it
        tab.ui.filter.setText(search)
        assert tab.detail.id == tab.item_id == meeting.id     # still the one being edited
        tab.ui.filter.clear()
        qtbot.waitUntil(in_view)
        assert tab.detail.id == meeting.id


def test_the_month_explains_its_marks_and_a_reminder_day_names_its_reminder(tab):
    from brastod.core.enums import Body
    from brastod.core.labels import label
    legend = tab.ui.legend.text()
    assert all(label(Body, body) in legend for body in (Body.COUNCIL, Body.EST_GROUP,
                                                         Body.STEERING_GROUP))
    assert "Helgdag" in legend and "Understruken" in legend and "påminnelse" in legend
    day, texts = next(iter(tab._reminders.items()))
    fmt = tab.ui.calendar.dateTextFormat(QDate(day))
    assert fmt.fontUnderline() and all(text in fmt.toolTip() for text in texts)
