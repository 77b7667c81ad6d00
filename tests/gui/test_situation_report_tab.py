"""The Lägesbild tab as an editor, driven with qtbot on the example data."""
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from brastod.core.enums import ReportKind
from brastod.core.periods import CUSTOM, MONTH, Period
from brastod.core.services import situation_reports as reports
from brastod.gui.models.report_figures import CELL_ROLE, YEAR_AGO
from brastod.gui.models.table import ROW_ROLE
from tests.gui.data_for import data_for


@pytest.fixture
def tab(window):
    window.ui.tabs.setCurrentWidget(window.situation_reports)
    return window.situation_reports


def _open(tab, qtbot, status: str, kind: str = ReportKind.OPERATIONAL) -> int:
    for row in range(tab.proxy.rowCount()):
        report = tab.proxy.index(row, 0).data(ROW_ROLE)
        if (report.status, report.kind) == (status, kind):
            tab.ui.table.setCurrentIndex(QModelIndex())    # so that choosing it opens it anew
            with qtbot.waitSignal(tab.shown, timeout=30_000):
                tab.ui.table.selectRow(row)
            return report.id
    raise AssertionError(f"ingen lägesbild {status} {kind}")


def _answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


def test_the_newest_report_is_open_from_the_start(tab, window, demo_db):
    newest = max(reports.list_situation_reports(demo_db), key=lambda r: r.period_start)
    assert tab.detail is not None and tab.detail.id == newest.id
    assert tab.ui.editorStack.currentWidget() is tab.ui.editorPage


def test_a_draft_shows_its_text_figures_and_assessments(tab, qtbot, window, demo_db):
    report_id = _open(tab, qtbot, "draft")
    detail = reports.get_report(demo_db, report_id)
    assert tab.ui.titleEdit.text() == detail.title and not tab.ui.titleEdit.isReadOnly()
    assert "Utkast" in tab.ui.statusLabel.text()
    assert [s.title for s in tab.sections.model.rows()] == [s.title for s in detail.sections]
    assert tab.sections.editor.toPlainText().strip() == \
        reports.plain_text(detail.sections[0].body).strip()
    figures = reports.report_figures(demo_db, report_id)
    assert tab.matrix.model.rowCount() == len(figures.matrix.areas) + 1
    assert tab.matrix.model.columnCount() == len(figures.matrix.categories) + 1
    assert tab.places.hotspots.rowCount() == len(figures.hotspots)
    assert tab.assessments.model.rowCount() >= 1
    parts = tab.ui.parts
    assert not parts.isTabVisible(parts.indexOf(tab.key_figures))   # operational: no key figures
    assert tab.ui.adoptButton.isEnabled() and tab.ui.deleteButton.isEnabled()


def test_an_adopted_report_is_shown_read_only(tab, qtbot):
    _open(tab, qtbot, "adopted", ReportKind.STRATEGIC)
    assert tab.ui.titleEdit.isReadOnly() and tab.sections.editor.isReadOnly()
    assert "Fastställd" in tab.ui.statusLabel.text()
    assert not tab.sections.add_button.isEnabled() and not tab.assessments.level.isEnabled()
    assert not tab.ui.adoptButton.isEnabled() and not tab.ui.deleteButton.isEnabled()
    assert tab.ui.copyButton.isEnabled()
    parts = tab.ui.parts
    assert parts.isTabVisible(parts.indexOf(tab.key_figures))
    assert tab.key_figures.model.rowCount() > 0 and not tab.key_figures.add_button.isEnabled()


def _type(editor, text: str) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText(text)


def test_typing_is_saved_a_moment_after_the_last_key(tab, qtbot, window, demo_db):
    report_id = _open(tab, qtbot, "draft")
    section = tab.sections.current_section()
    with qtbot.waitSignal(tab.sections.saved, timeout=30_000) as saved:
        _type(tab.sections.editor, " Nytt stycke om Torget.")
    assert saved.args == [section.id]
    body = reports.get_report(demo_db, report_id).sections[0].body
    assert "Nytt stycke om Torget." in body
    assert tab.sections.saved_label.text().startswith("Sparat")


def test_bold_italic_and_lists_are_kept_as_markdown_and_undo_works(tab, qtbot, window, demo_db):
    report_id = _open(tab, qtbot, "draft")
    editor = tab.sections.editor
    editor.setMarkdown("")
    tab.sections.bold.setChecked(True)
    editor.insertPlainText("Viktigt")
    tab.sections.bold.setChecked(False)
    tab.sections.italic.setChecked(True)
    editor.insertPlainText(" kursivt")
    tab.sections.italic.setChecked(False)
    editor.insertPlainText("\n")
    tab.sections.bullets.setChecked(True)
    editor.insertPlainText("första punkten")
    tab.sections.flush()
    body = reports.get_report(demo_db, report_id).sections[0].body
    assert "**Viktigt**" in body and "*kursivt*" in body
    assert "- första punkten" in body
    assert tab.sections.undo.isEnabled()
    editor.undo()
    assert "första punkten" not in editor.toPlainText()


def test_switching_section_and_closing_save_what_was_typed_at_once(tab, qtbot, window, demo_db):
    report_id = _open(tab, qtbot, "draft")
    _type(tab.sections.editor, " Före bytet.")
    tab.sections.list.setCurrentIndex(tab.sections.model.index(1, 0))   # no wait: flushed
    assert "Före bytet." in reports.get_report(demo_db, report_id).sections[0].body
    _type(tab.sections.editor, "Före stängning.")
    window.close()
    assert "Före stängning." in reports.get_report(demo_db, report_id).sections[1].body


def test_sections_are_added_renamed_moved_and_removed(tab, qtbot, window, monkeypatch, demo_db):
    report_id = _open(tab, qtbot, "draft")
    titles = iter(["Trygghetsvandring i Kolarbyn", "Trygghetsvandring i Kolarbyn 12 nov"])
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *args, **kwargs: (next(titles), True))
    _answer_yes(monkeypatch)

    def names():
        return [s.title for s in reports.get_report(demo_db, report_id).sections]
    before = names()
    tab.sections.add_section()                    # after the current (first) section
    assert names()[1] == "Trygghetsvandring i Kolarbyn"
    assert tab.sections.current_section().title == "Trygghetsvandring i Kolarbyn"
    tab.sections.rename_section()
    assert names()[1] == "Trygghetsvandring i Kolarbyn 12 nov"
    tab.sections.move_section(1)
    assert names()[2] == "Trygghetsvandring i Kolarbyn 12 nov"
    assert tab.sections.current_section().position == 3
    tab.sections.remove_section()
    assert names() == before


def test_a_click_on_a_cell_lists_its_incidents_which_can_be_pinned(tab, qtbot, window, demo_db):
    report_id = _open(tab, qtbot, "draft")
    tab.ui.parts.setCurrentWidget(tab.matrix)
    model = tab.matrix.model
    index = model.index(0, 0)
    with qtbot.waitSignal(tab.matrix.listed, timeout=30_000):
        tab.matrix.table.clicked.emit(index)
    rows = tab.matrix.incidents.rows()
    assert sum(r.count for r in rows) == model.triple(0, 0)[0] > 0
    area = model.headerData(0, Qt.Orientation.Vertical)
    assert {r.area for r in rows} == {area}
    assert f"{model.triple(0, 0)[0]} händelser" in tab.matrix.cell_label.text()
    assert not tab.matrix.pin_button.isEnabled()
    tab.matrix.incident_table.selectRow(0)
    chosen = tab.matrix.incident_table.currentIndex().data(ROW_ROLE)
    tab.matrix.pin_button.click()
    pinned = reports.get_report(demo_db, report_id).pinned
    assert chosen.id in [p.incident_id for p in pinned]
    assert chosen.id in [p.incident_id for p in tab.pinned.model.rows()]
    # a note, then taking it out again
    tab.pinned.table.selectRow([p.incident_id for p in tab.pinned.model.rows()].index(chosen.id))
    tab.pinned.note.setText("Upprepas varje fredag")
    tab.pinned.note.editingFinished.emit()
    assert any(p.note == "Upprepas varje fredag"
               for p in reports.get_report(demo_db, report_id).pinned)
    tab.pinned.table.selectRow([p.incident_id for p in tab.pinned.model.rows()].index(chosen.id))
    tab.pinned.unpin_button.click()
    assert chosen.id not in [p.incident_id for p in reports.get_report(demo_db,
                                                                        report_id).pinned]


def test_the_total_cell_of_a_report_on_chosen_areas_lists_only_those_areas(tab, qtbot, window, demo_db):
    from brastod.core.services.registers import area_by_name
    centrum = area_by_name(demo_db, "Centrum")
    report_id = reports.create_report(demo_db, ReportKind.OPERATIONAL,
                                      Period(date(2026, 9, 1), date(2026, 11, 22), CUSTOM),
                                      [centrum])
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.reload(report_id)
    model = tab.matrix.model
    total = model.index(model.rowCount() - 1, model.columnCount() - 1)
    assert total.data(CELL_ROLE) == (None, None)
    with qtbot.waitSignal(tab.matrix.listed, timeout=30_000):
        tab.matrix.show_cell(total)
    rows = tab.matrix.incidents.rows()
    assert {r.area for r in rows} == {"Centrum"}
    assert sum(r.count for r in rows) == model.triple(model.rowCount() - 1,
                                                      model.columnCount() - 1)[0]


def test_the_comparison_can_be_a_year_earlier(tab, qtbot):
    _open(tab, qtbot, "draft")
    model = tab.matrix.model
    before = model.index(0, 0).data()
    tab.matrix.compare.setCurrentIndex(tab.matrix.compare.findData(YEAR_AGO))
    assert model.compare == YEAR_AGO
    from brastod.core.services.figures import change_text
    now, _, year_ago = model.triple(0, 0)
    assert model.index(0, 0).data() == f"{now}   {change_text(now, year_ago)}"
    assert "Ett år tidigare" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert before != model.index(0, 0).data() or change_text(now, year_ago) in before


def test_the_chart_shows_the_biggest_categories_over_12_or_24_months(tab, qtbot):
    _open(tab, qtbot, "draft")
    chart = tab.chart.chart
    assert 0 < len(chart.series()) <= 6
    assert len(chart.series()[0].points()) == 12
    tab.chart.months.setCurrentIndex(tab.chart.months.findData(24))
    assert len(chart.series()[0].points()) == 24


def test_an_assessment_is_saved_as_it_is_chosen_and_typed(tab, qtbot, window, demo_db):
    report_id = _open(tab, qtbot, "draft")
    pane = tab.assessments
    pane.table.selectRow(1)
    area = pane.model.row_at(1)
    pane.level.setCurrentIndex(pane.level.count() - 1)     # the most serious level
    pane.trend.setCurrentIndex(pane.trend.findData("up"))
    pane.motivation.setText("Fler bränder i soprum")
    pane.motivation.textEdited.emit("Fler bränder i soprum")
    pane.table.selectRow(2)                                  # leaving the row saves at once
    saved = {a.area_id: a for a in reports.get_report(demo_db, report_id).assessments}
    assert saved[area.area_id].trend == "up"
    assert saved[area.area_id].motivation == "Fler bränder i soprum"
    level = pane.model.levels[saved[area.area_id].level_id]
    assert level.level == max(lv.level for lv in pane.model.levels.values())
    colour = pane.model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert colour == level.color.lower()


def _accept(monkeypatch, dialog_class, prepare):
    def exec_(dialog):
        prepare(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_a_new_report_for_a_month_and_chosen_areas(tab, qtbot, window, monkeypatch, demo_db):
    from brastod.core.periods import period_of
    from brastod.gui.dialogs.new_situation_report import NewSituationReportDialog

    def choose(dialog):
        ui = dialog.ui
        ui.kind.setCurrentIndex(ui.kind.findData(ReportKind.STRATEGIC))
        ui.periodType.setCurrentIndex(ui.periodType.findData(MONTH))
        ui.day.setDate(date(2026, 10, 15))
        assert "v. 40–44 2026" in ui.periodText.text()
        ui.chosenAreas.setChecked(True)
        dialog.areas.item(1).setCheckState(Qt.CheckState.Checked)
    _accept(monkeypatch, NewSituationReportDialog, choose)
    count = len(reports.list_situation_reports(demo_db))
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.newButton.click()
    assert len(reports.list_situation_reports(demo_db)) == count + 1
    detail = tab.detail
    assert detail.period == period_of(MONTH, date(2026, 10, 15))
    assert detail.title == "Strategisk lägesbild oktober 2026"
    assert len(detail.area_ids) == 1 and len(detail.sections) == len(reports.STANDARD_SECTIONS)
    assert tab.item_id == detail.id and tab.ui.table.currentIndex().row() >= 0


def test_the_new_report_dialog_refuses_backwards_dates_and_no_areas(qtbot, window, demo_db):
    from brastod.gui.dialogs.new_situation_report import NewSituationReportDialog
    dialog = NewSituationReportDialog(data_for(window.data.runner, demo_db, date(2026, 11, 22)))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert "v. 46–47 2026: 2026-11-09 – 2026-11-22" == ui.periodText.text()
    ui.periodType.setCurrentIndex(ui.periodType.findData(CUSTOM))
    assert ui.start.isVisibleTo(dialog) and not ui.day.isVisibleTo(dialog)
    ui.start.setDate(date(2026, 11, 20))
    ui.end.setDate(date(2026, 11, 1))
    dialog.accept()
    assert dialog.result() == 0 and "slutar före" in ui.error.text()
    ui.end.setDate(date(2026, 11, 30))
    ui.chosenAreas.setChecked(True)
    dialog.accept()
    assert dialog.result() == 0
    assert ui.error.text() == "Välj minst ett område, eller hela kommunen."
    assert dialog.focusWidget() is ui.areaList


def test_adoption_freezes_the_report_and_copy_makes_a_new_draft(tab, qtbot, window, monkeypatch, demo_db):
    from brastod.gui.dialogs.adopt_report import AdoptReportDialog
    report_id = _open(tab, qtbot, "draft")

    def fill(dialog):
        dialog.ui.adoptedOn.setDate(date(2026, 11, 24))
        dialog.ui.adoptedBy.setEditText("EST-gruppen")
    _accept(monkeypatch, AdoptReportDialog, fill)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.adoptButton.click()
    detail = reports.get_report(demo_db, report_id)
    assert detail.adopted and detail.adopted_by == "EST-gruppen"
    assert detail.adopted_on == date(2026, 11, 24)
    assert tab.sections.editor.isReadOnly() and not tab.ui.adoptButton.isEnabled()
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.copyButton.click()
    assert tab.detail.id != report_id and not tab.detail.adopted
    assert tab.detail.title.startswith("Kopia av")
    assert not tab.sections.editor.isReadOnly()


def test_adoption_by_a_meeting_in_the_list_takes_its_date_and_links_it(qtbot, window, demo_db):
    from brastod.gui.dialogs.adopt_report import AdoptReportDialog
    dialog = AdoptReportDialog(data_for(window.data.runner, demo_db, date(2026, 11, 22)), "Lägesbild")
    qtbot.addWidget(dialog)
    combo = dialog.ui.adoptedBy
    assert combo.count() > 1 and combo.itemData(0) is None       # nothing chosen to begin with
    combo.setCurrentIndex(1)
    meeting = combo.itemData(1)
    assert dialog.adopted_on == meeting.meeting_date and dialog.meeting_id == meeting.id
    assert meeting.title in dialog.adopted_by
    combo.setEditText("Kommunstyrelsen")
    assert dialog.meeting_id is None and dialog.adopted_by == "Kommunstyrelsen"


def test_adoption_needs_to_say_by_whom(qtbot, window, demo_db):
    from brastod.gui.dialogs.adopt_report import AdoptReportDialog
    dialog = AdoptReportDialog(data_for(window.data.runner, demo_db, date(2026, 11, 22)), "Lägesbild")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and "fastställde" in dialog.ui.error.text()


def test_a_draft_is_deleted_after_a_question_and_renamed_in_place(tab, qtbot, window,
                                                                   monkeypatch, demo_db):
    report_id = _open(tab, qtbot, "draft")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.titleEdit.setText("Lägesbild inför EST 24 november")
        tab.ui.titleEdit.editingFinished.emit()
    assert reports.get_report(demo_db, report_id).title == "Lägesbild inför EST 24 november"
    assert tab.ui.table.currentIndex().siblingAtColumn(0).data(ROW_ROLE).title == \
        "Lägesbild inför EST 24 november"
    _answer_yes(monkeypatch)
    tab.ui.deleteButton.click()
    assert report_id not in [r.id for r in reports.list_situation_reports(demo_db)]


def test_a_draft_someone_else_changed_is_kept_and_their_title_shown(tab, qtbot, window,
                                                                    monkeypatch, anna,
                                                                    message_boxes, demo_db):
    report_id = _open(tab, qtbot, "draft")
    section, title = tab.detail.sections[0], tab.detail.title
    anna(reports.SECTIONS.save, section.id, body="Annas nya text.",
         version=section.stamp.version)
    _answer_yes(monkeypatch)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.deleteButton.click()
    assert "anna.berg ändrade lägesbilden" in message_boxes[-1][1]
    assert "Inget togs bort" in message_boxes[-1][1]
    assert report_id in [r.id for r in reports.list_situation_reports(demo_db)]
    assert "Annas nya text." in tab.sections.editor.toPlainText()
    anna(reports.rename_report, report_id, "Annas titel", title)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.titleEdit.setText("Min titel")
        tab.ui.titleEdit.editingFinished.emit()
    assert "anna.berg gav lägesbilden titeln ”Annas titel”" in message_boxes[-1][1]
    assert tab.ui.titleEdit.text() == "Annas titel" == \
        reports.get_report(demo_db, report_id).title


def test_a_draft_someone_else_changed_is_not_adopted_and_shown_again(tab, qtbot, monkeypatch,
                                                                     anna, message_boxes,
                                                                     demo_db):
    from brastod.gui.dialogs.adopt_report import AdoptReportDialog
    report_id = _open(tab, qtbot, "draft")
    section = tab.detail.sections[0]
    anna(reports.SECTIONS.save, section.id, body="Annas nya text.",
         version=section.stamp.version)
    _accept(monkeypatch, AdoptReportDialog,
            lambda dialog: dialog.ui.adoptedBy.setEditText("Lokala BRÅ"))
    tab.ui.adoptButton.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30_000)
    assert "anna.berg ändrade lägesbilden" in message_boxes[-1][1]
    assert "Inget fastställdes" in message_boxes[-1][1]
    assert not reports.get_report(demo_db, report_id).adopted
    qtbot.waitUntil(lambda: "Annas nya text." in tab.sections.editor.toPlainText(),
                    timeout=30_000)
    assert tab.ui.adoptButton.isEnabled()
    with qtbot.waitSignal(tab.shown, timeout=30_000):          # seen: adopted as shown
        tab.ui.adoptButton.click()
    assert reports.get_report(demo_db, report_id).adopted


def test_a_section_someone_else_changed_is_kept_and_shown_again(tab, qtbot, window,
                                                                 monkeypatch, anna,
                                                                 message_boxes, demo_db):
    report_id = _open(tab, qtbot, "draft")
    pane = tab.sections
    section = pane.current_section()
    anna(reports.SECTIONS.save, section.id, body="Annas nya text.",
         version=section.stamp.version)
    monkeypatch.setattr("brastod.gui.report_editor.sections.ask", lambda parent, text: True)
    with qtbot.waitSignal(pane.model.modelReset, timeout=30_000):     # shown again
        pane.remove_section()
    assert "anna.berg ändrade avsnittet" in message_boxes[-1][1]
    assert section.id in [s.id for s in reports.get_report(demo_db, report_id).sections]
    assert section.id in [row.id for row in pane.model.rows()]


def test_an_empty_title_is_refused_and_put_back(tab, qtbot, window, message_boxes, demo_db):
    report_id = _open(tab, qtbot, "draft")
    title = tab.ui.titleEdit.text()
    tab.ui.titleEdit.setText("   ")
    tab.ui.titleEdit.editingFinished.emit()
    assert message_boxes == [("warning", "Lägesbilden måste ha en titel.")]
    assert tab.ui.titleEdit.text() == title == reports.get_report(demo_db, report_id).title


def test_key_figures_entered_by_hand_and_population_from_scb(tab, qtbot, window, monkeypatch,
                                                             tmp_path, demo_db):
    from brastod.core.services.registers import list_population
    from brastod.gui.dialogs.measurement import MeasurementDialog
    from tests.core.test_key_figures import _scb_file
    strategic = next(r for r in reports.list_situation_reports(demo_db)
                     if r.kind == ReportKind.STRATEGIC)
    draft_id = reports.copy_report(demo_db, strategic.id)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.reload(draft_id)
    pane = tab.key_figures
    assert pane.add_button.isEnabled()

    def fill(dialog):
        dialog.ui.indicator.setEditText("Anmälda brott")
        dialog.ui.year.setValue(2025)
        dialog.ui.value.setValue(1500)
        assert not dialog.ui.perHundredThousand.isEnabled()     # a known indicator keeps its own
    _accept(monkeypatch, MeasurementDialog, fill)
    pane.add_button.click()
    rows = {(r.indicator, r.year): r for r in pane.model.rows()}
    population = {p.year: p.population for p in list_population(demo_db)}
    assert rows["Anmälda brott", 2025].value == 1500
    assert rows["Anmälda brott", 2025].per_100k == pytest.approx(1500e5 / population[2025])
    table = _scb_file(tmp_path / "komtopp.xlsx", [[173, 173, "Fagersta", 13267, 13391, -0.9]],
                      years=(2025, 2024))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    pane.population_button.click()
    rows = {(r.indicator, r.year): r for r in pane.model.rows()}
    assert rows["Anmälda brott", 2025].population == 13267
    assert rows["Anmälda brott", 2025].per_100k == pytest.approx(1500e5 / 13267)
    assert "Folkmängd inläst ur komtopp.xlsx" in window.ui.statusbar.currentMessage()


def _strategic_draft(tab, qtbot, demo_db):
    strategic = next(r for r in reports.list_situation_reports(demo_db)
                     if r.kind == ReportKind.STRATEGIC)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.reload(reports.copy_report(demo_db, strategic.id))
    return tab.key_figures


def test_a_value_someone_else_changed_is_not_removed_and_shown_again(
        tab, qtbot, window, monkeypatch, anna, message_boxes, demo_db):
    from brastod.core.services import key_figures
    pane = _strategic_draft(tab, qtbot, demo_db)
    stored = key_figures.stored_values(demo_db)
    at = next(i for i, r in enumerate(pane.model.rows()) if (r.indicator, r.year) in stored)
    row = pane.model.rows()[at]
    anna(key_figures.save_measurement, row.indicator, row.year, row.value + 10)
    pane.table.setCurrentIndex(pane.table.model().mapFromSource(pane.model.index(at, 0)))
    _answer_yes(monkeypatch)
    pane.remove_button.click()
    [(kind, said)] = message_boxes
    assert said.startswith(f"anna.berg ändrade värdet för {row.indicator} {row.year} kl. ")
    assert "Inget togs bort" in said
    assert key_figures.stored_values(demo_db)[row.indicator, row.year].value == row.value + 10
    shown = next(r for r in pane.model.rows() if (r.indicator, r.year) == (row.indicator, row.year))
    assert shown.value == row.value + 10                               # shown again
    at = pane.model.rows().index(shown)
    pane.table.setCurrentIndex(pane.table.model().mapFromSource(pane.model.index(at, 0)))
    pane.remove_button.click()                                          # seen: removed
    assert (row.indicator, row.year) not in key_figures.stored_values(demo_db)


@pytest.mark.parametrize("answer", [True, False])
def test_a_population_someone_else_changed_by_hand_is_asked_about_before_the_import(
        tab, qtbot, window, monkeypatch, anna, tmp_path, demo_db, answer):
    from brastod.core.services.registers import list_population, set_population
    from tests.core.test_key_figures import _scb_file
    pane = _strategic_draft(tab, qtbot, demo_db)
    anna(set_population, 2025, 13_100, "Kommunens egen räkning")
    table = _scb_file(tmp_path / "komtopp.xlsx", [[173, 173, "Fagersta", 13267, 13391, -0.9]],
                      years=(2025, 2024))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    asked = []
    monkeypatch.setattr("brastod.gui.report_editor.key_figures.ask",
                        lambda parent, question: asked.append(question) or answer)
    pane.population_button.click()
    [question] = asked
    assert "(2025: 13\u00a0100 – Senast ändrad av anna.berg " in question
    assert question.endswith("Vill du ändå läsa in filen och ersätta dem med dess siffror?")
    population = {p.year: p.population for p in list_population(demo_db)}
    assert population[2025] == (13267 if answer else 13_100)
    assert (population[2024] == 13391) == answer               # all of the file, or none


def test_a_population_file_of_the_wrong_shape_is_explained(tab, qtbot, window, monkeypatch,
                                                           tmp_path, message_boxes, demo_db):
    from openpyxl import Workbook
    strategic = next(r for r in reports.list_situation_reports(demo_db)
                     if r.kind == ReportKind.STRATEGIC)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.reload(reports.copy_report(demo_db, strategic.id))
    book = Workbook()
    book.active.append(["Datum", "Händelse"])
    book.save(tmp_path / "fel.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "fel.xlsx"), ""))
    tab.key_figures.population_button.click()
    [(kind, text)] = message_boxes
    assert kind == "warning" and "fel.xlsx, blad Sheet: ingen rubrikrad med Kommun" in text


def test_editing_an_adopted_report_elsewhere_is_refused_with_a_message(tab, qtbot, window,
                                                                        message_boxes, demo_db):
    """If the report was adopted behind the editor's back (another window, the command line),
    the next save says so in Swedish instead of failing silently."""
    report_id = _open(tab, qtbot, "draft")
    reports.adopt_report(demo_db, report_id, date(2026, 11, 22), "Lokala BRÅ")
    _type(tab.sections.editor, " Sent tillägg.")
    tab.sections.flush()
    assert message_boxes and "fastställd och kan inte ändras" in message_boxes[0][1]


@pytest.mark.parametrize("status, kind", [("draft", ReportKind.OPERATIONAL),
                                          ("adopted", ReportKind.STRATEGIC)])
def test_the_editor_models_pass_the_model_tester(tab, qtbot, qtmodeltester, status, kind):
    _open(tab, qtbot, status, kind)
    for model in (tab.matrix.model, tab.places.times, tab.places.hotspots, tab.sections.model,
                  tab.assessments.model, tab.pinned.model, tab.key_figures.model):
        assert model.rowCount() > 0 or model is tab.pinned.model
        qtmodeltester.check(model)


def test_a_key_figure_without_a_name_is_told_at_the_field(qtbot, tasks, demo_db):
    from brastod.gui.dialogs.measurement import MeasurementDialog
    dialog = MeasurementDialog(data_for(tasks, demo_db, date(2026, 11, 23)))
    qtbot.addWidget(dialog)
    dialog.ui.indicator.setEditText(" ")
    dialog.ui.value.setValue(12)
    dialog.accept()
    assert dialog.ui.error.text() == ("Ange vilket nyckeltal värdet gäller, till exempel "
                                      "Anmälda brott.")
    assert dialog.focusWidget() is dialog.ui.indicator and dialog.result() == 0
