"""The Redovisning tab, driven with qtbot on the example data with a verksamhetsberättelse for
last year (adopted) and one for this year (a draft)."""
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from brastod.core.services import annual_reports as annual
from brastod.core.services import registers
from brastod.gui.data import Topic
from brastod.gui.models.table import ROW_ROLE
from tests.conftest import DEMO_TODAY

LAST_YEAR, THIS_YEAR = DEMO_TODAY.year - 1, DEMO_TODAY.year


@pytest.fixture
def tab(window):
    window.ui.tabs.setCurrentWidget(window.annual_reports)
    return window.annual_reports


def _open(tab, qtbot, status: str) -> int:
    for row in range(tab.proxy.rowCount()):
        report = tab.proxy.index(row, 0).data(ROW_ROLE)
        if report.status == status:
            tab.ui.table.setCurrentIndex(QModelIndex())    # so that choosing it opens it anew
            with qtbot.waitSignal(tab.shown, timeout=30_000):
                tab.ui.table.selectRow(row)
            return report.id
    raise AssertionError(f"ingen verksamhetsberättelse {status}")


def _accept(monkeypatch, dialog_class, prepare):
    def exec_(dialog):
        prepare(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(dialog_class, "exec", exec_)


def _figures(tab) -> str:
    """Siffror, shown (which fetches them), as plain text."""
    tab.ui.parts.setCurrentWidget(tab.figures)
    return tab.figures.browser.toPlainText()


def _type(editor, text: str) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText(text)


def test_the_list_is_newest_first_and_the_newest_is_open(tab, demo_db):
    titles = [tab.proxy.index(row, 0).data() for row in range(tab.proxy.rowCount())]
    assert titles[:2] == [f"Verksamhetsberättelse {THIS_YEAR}",
                          f"Verksamhetsberättelse {LAST_YEAR}"]
    assert tab.proxy.index(1, 2).data() == "Fastställd"
    assert tab.proxy.index(0, 1).data() == f"{THIS_YEAR}-01-01 – {THIS_YEAR}-12-31"
    assert tab.detail.row.title == titles[0] and not tab.detail.adopted
    assert tab.ui.editorStack.currentWidget() is tab.ui.editorPage
    assert [s.title for s in tab.sections.model.rows()] == annual.STANDARD_SECTIONS


def test_without_reports_the_tab_says_what_to_do(qtbot, db, tasks):
    from brastod.gui.data import Data
    from brastod.gui.tabs.annual_report import AnnualReportTab
    data = Data(tasks, DEMO_TODAY)
    data.attach(db)
    tab = AnnualReportTab(data)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded):
        tab.reload()
    assert tab.ui.stack.currentWidget() is tab.ui.emptyPage
    assert tab.ui.emptyLabel.text().startswith("Ingen verksamhetsberättelse ännu.")
    assert "Ny verksamhetsberättelse…" in tab.ui.emptyLabel.text()
    assert tab.ui.newButton.isEnabled() and not tab.ui.exportButton.isEnabled()


def test_a_delarsrapport_is_created_through_the_dialog(tab, qtbot, monkeypatch, demo_db):
    from brastod.gui.dialogs.new_annual_report import NewAnnualReportDialog

    def choose(dialog):
        dialog.part.setChecked(True)
        dialog.start.setDate(date(THIS_YEAR, 1, 1))
        dialog.end.setDate(date(THIS_YEAR, 8, 31))
        assert dialog.title.text() == f"Delårsrapport januari–augusti {THIS_YEAR}"
    _accept(monkeypatch, NewAnnualReportDialog, choose)
    count = len(annual.list_annual_reports(demo_db))
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.newButton.click()
    rows = annual.list_annual_reports(demo_db)
    assert len(rows) == count + 1
    new = tab.detail.row
    assert (new.period_start, new.period_end) == (date(THIS_YEAR, 1, 1), date(THIS_YEAR, 8, 31))
    assert new.interim and new.title == f"Delårsrapport januari–augusti {THIS_YEAR}"
    assert tab.ui.periodLabel.text().startswith("Delårsrapport ·")
    assert tab.proxy.index(tab.ui.table.currentIndex().row(), 0).data(ROW_ROLE).id == new.id


def test_the_dialog_suggests_a_title_and_keeps_the_one_written(qtbot):
    from brastod.gui.dialogs.new_annual_report import NewAnnualReportDialog
    in_february = NewAnnualReportDialog(date(2027, 2, 10))
    qtbot.addWidget(in_february)
    assert in_february.year.value() == 2026          # last year's account, early in the year
    assert in_february.chosen() == (date(2026, 1, 1), date(2026, 12, 31),
                                    "Verksamhetsberättelse 2026")
    dialog = NewAnnualReportDialog(date(2026, 11, 22))
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2026
    dialog.part.setChecked(True)
    assert dialog.chosen() == (date(2026, 1, 1), date(2026, 10, 31),
                               "Delårsrapport januari–oktober 2026")
    dialog.title.clear()
    QTest.keyClicks(dialog.title, "Delårsrapport till KS")
    dialog.end.setDate(date(2026, 6, 30))
    assert dialog.chosen()[2] == "Delårsrapport till KS"


def test_a_period_longer_than_a_year_is_refused_in_swedish(tab, qtbot, monkeypatch, demo_db):
    from brastod.gui.dialogs.new_annual_report import NewAnnualReportDialog
    dialog = NewAnnualReportDialog(DEMO_TODAY, tab)
    qtbot.addWidget(dialog)
    dialog.part.setChecked(True)
    dialog.start.setDate(date(2025, 3, 1))
    dialog.end.setDate(date(2026, 3, 1))
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error.text() == ("En verksamhetsberättelse gäller högst ett år. Välj en "
                                   "kortare period, eller ett kalenderår.")
    dialog.end.setDate(date(2025, 2, 1))                  # before it starts
    assert dialog.error.text() == ""
    dialog.accept()
    assert dialog.result() == 0 and "slutar (2025-02-01) före" in dialog.error.text()
    dialog.end.setDate(date(2026, 2, 28))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_period_the_core_refuses_is_said_by_the_window_not_as_a_traceback(
        tab, qtbot, monkeypatch, demo_db, message_boxes):
    """Should the dialog ever let one through, the service's refusal reaches the user as its
    Swedish sentence (and nothing is created)."""
    from brastod.gui.dialogs import new_annual_report
    monkeypatch.setattr(new_annual_report, "check_period", lambda start, end: None)
    _accept(monkeypatch, new_annual_report.NewAnnualReportDialog, lambda dialog: (
        dialog.part.setChecked(True), dialog.start.setDate(date(2024, 1, 1)),
        dialog.end.setDate(date(2026, 1, 1))))
    count = len(annual.list_annual_reports(demo_db))
    tab.ui.newButton.click()
    assert message_boxes == [("warning", "En verksamhetsberättelse gäller högst ett år. Välj en "
                                         "kortare period, eller ett kalenderår.")]
    assert len(annual.list_annual_reports(demo_db)) == count


def test_typing_in_a_section_is_saved(tab, qtbot, demo_db):
    report_id = _open(tab, qtbot, "draft")
    section = tab.sections.current_section()
    with qtbot.waitSignal(tab.sections.saved, timeout=30_000) as saved:
        _type(tab.sections.editor, "Året präglades av bränder i soprum.")
    assert saved.args == [section.id]
    body = annual.get_annual_report(demo_db, report_id).sections[0].body
    assert "Året präglades av bränder i soprum." in body
    assert tab.sections.saved_label.text().startswith("Sparat")


def test_sections_are_added_to_the_verksamhetsberattelse(tab, qtbot, monkeypatch, demo_db):
    from PySide6.QtWidgets import QInputDialog
    report_id = _open(tab, qtbot, "draft")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Samverkan med skolan", True))
    tab.sections.add_section()
    titles = [s.title for s in annual.get_annual_report(demo_db, report_id).sections]
    assert titles[1] == "Samverkan med skolan"
    assert tab.sections.current_section().title == "Samverkan med skolan"


def test_a_draft_follows_the_database_and_adoption_freezes_it(tab, qtbot, window, monkeypatch,
                                                               demo_db):
    from brastod.gui.dialogs.adopt_report import AdoptReportDialog
    report_id = _open(tab, qtbot, "draft")
    assert tab.figures.note.text() == "Utkast – siffrorna räknas om tills den fastställs."
    assert "Partnernas rapportering" in _figures(tab) and "Riket" in _figures(tab)
    registers.add_partner(demo_db, "Fastighetsbolaget Norr")
    tab.ui.parts.setCurrentWidget(tab.sections)           # not in view: fetched once it is
    window.data.changed.emit(Topic.REGISTERS, None)      # as the partners' dialog tells it
    assert "Fastighetsbolaget Norr" in _figures(tab)     # a draft is computed afresh

    def fill(dialog):
        assert dialog.windowTitle() == "Fastställ verksamhetsberättelse"
        dialog.ui.adoptedOn.setDate(date(THIS_YEAR, 11, 24))
        dialog.ui.adoptedBy.setEditText("Lokala BRÅ")
    _accept(monkeypatch, AdoptReportDialog, fill)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.adoptButton.click()
    assert annual.get_annual_report(demo_db, report_id).adopted
    assert "fryst" in window.ui.statusbar.currentMessage()
    assert tab.sections.editor.isReadOnly() and tab.ui.titleEdit.isReadOnly()
    assert not tab.sections.add_button.isEnabled()
    assert not tab.ui.adoptButton.isEnabled() and not tab.ui.deleteButton.isEnabled()
    assert f"Fastställd {THIS_YEAR}-11-24 av Lokala BRÅ" in tab.ui.statusLabel.text()
    assert tab.figures.note.text().startswith(f"Fastställd {THIS_YEAR}-11-24 av Lokala BRÅ.")
    registers.add_partner(demo_db, "Fastighetsbolaget Söder")
    window.data.changed.emit(Topic.REGISTERS, None)
    shown = _figures(tab)
    assert "Fastighetsbolaget Norr" in shown and "Fastighetsbolaget Söder" not in shown


def test_a_draft_someone_else_changed_is_not_adopted_and_shown_again(tab, qtbot, monkeypatch,
                                                                     anna, message_boxes,
                                                                     demo_db):
    from brastod.gui.dialogs.adopt_report import AdoptReportDialog
    report_id = _open(tab, qtbot, "draft")
    section = tab.detail.sections[0]
    anna(annual.SECTIONS.save, section.id, body="Annas nya text.",
         version=section.stamp.version)
    _accept(monkeypatch, AdoptReportDialog,
            lambda dialog: dialog.ui.adoptedBy.setEditText("Lokala BRÅ"))
    tab.ui.adoptButton.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30_000)
    assert "anna.berg ändrade verksamhetsberättelsen" in message_boxes[-1][1]
    assert "Inget fastställdes" in message_boxes[-1][1]
    assert not annual.get_annual_report(demo_db, report_id).adopted
    qtbot.waitUntil(lambda: "Annas nya text." in tab.sections.editor.toPlainText(),
                    timeout=30_000)
    with qtbot.waitSignal(tab.shown, timeout=30_000):          # seen: adopted as shown
        tab.ui.adoptButton.click()
    assert annual.get_annual_report(demo_db, report_id).adopted


def test_figures_refreshed_by_a_change_elsewhere_keep_the_readers_place(tab, qtbot, window,
                                                                       demo_db):
    _open(tab, qtbot, "draft")
    _figures(tab)
    scroll = tab.figures.browser.verticalScrollBar()
    scroll.setValue(300)
    registers.add_partner(demo_db, "Fastighetsbolaget Väst")
    window.data.changed.emit(Topic.REGISTERS, None)
    assert "Fastighetsbolaget Väst" in tab.figures.browser.toPlainText()
    assert scroll.value() == 300
    _open(tab, qtbot, "adopted")                    # another report opens at its top
    assert scroll.value() == 0
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(tab.figures.browser.findChildren(                # the ones replaced are gone
        QTextDocument, options=Qt.FindChildOption.FindDirectChildrenOnly)) == 1


def test_an_adopted_report_cannot_be_deleted(tab, qtbot, monkeypatch, demo_db):
    report_id = _open(tab, qtbot, "adopted")
    assert not tab.ui.deleteButton.isEnabled() and not tab.ui.adoptButton.isEnabled()
    assert tab.sections.editor.isReadOnly()
    tab.delete_report()            # no question (conftest fails on one), nothing removed
    assert report_id in [r.id for r in annual.list_annual_reports(demo_db)]


def test_a_draft_is_deleted_after_a_question(tab, qtbot, monkeypatch, demo_db):
    report_id = _open(tab, qtbot, "draft")
    questions, answers = [], [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: (
        questions.append(text), answers.pop(0))[1])
    tab.ui.deleteButton.click()
    assert report_id in [r.id for r in annual.list_annual_reports(demo_db)]
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.ui.deleteButton.click()
    assert report_id not in [r.id for r in annual.list_annual_reports(demo_db)]
    assert questions[0] == (f"Ta bort utkastet ”Verksamhetsberättelse {THIS_YEAR}” med all "
                            "dess text?")


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".xlsx"])
def test_export_asks_about_personal_data_then_writes_the_format_chosen(
        tab, qtbot, monkeypatch, tmp_path, demo_db, message_boxes, suffix):
    report_id = _open(tab, qtbot, "draft")
    section = annual.get_annual_report(demo_db, report_id).sections[0]
    annual.SECTIONS.save(demo_db, section.id, body="Ring Kim på 070-123 45 67.")
    target = tmp_path / f"vb{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    questions, answers = [], [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: (
        questions.append(text), answers.pop(0))[1])
    tab.ui.exportButton.click()                      # answered Nej: nothing written
    assert "070-123 45 67" in questions[0] and not target.exists()
    tab.ui.exportButton.click()                      # answered Ja: written
    assert len(questions) == 2 and target.stat().st_size > 2_000
    assert message_boxes == [("information", f"Verksamhetsberättelsen sparades: vb{suffix}"
                                             f"\n\nMappen: {tmp_path}")]
    if suffix == ".pdf":
        from pypdf import PdfReader
        assert f"Verksamhetsberättelse {THIS_YEAR}" in PdfReader(target).pages[0].extract_text()
    elif suffix == ".docx":
        from docx import Document
        assert any("070-123 45 67" in p.text for p in Document(target).paragraphs)
    else:
        from openpyxl import load_workbook
        assert "Rapportering" in load_workbook(target).sheetnames


def test_the_monthly_report_is_written_for_the_month_chosen(tab, qtbot, monkeypatch, tmp_path,
                                                           message_boxes):
    from brastod.gui.dialogs.month_dialog import MonthDialog
    chosen = []

    def choose(dialog):
        chosen.append(dialog.chosen())                  # the month just ended, at first
        dialog.month.setCurrentIndex(8)
    _accept(monkeypatch, MonthDialog, choose)
    suggested = []
    target = tmp_path / "manad.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, path, filters: (
        suggested.append((path, filters)), (str(target), ""))[1])
    tab.ui.monthlyButton.click()
    assert chosen == [(THIS_YEAR, 10)]
    assert suggested[0][0].endswith(f"Månadsrapport september {THIS_YEAR}.pdf")
    assert "Word-dokument (*.docx)" in suggested[0][1] and "Excel" in suggested[0][1]
    from docx import Document
    text = "\n".join(p.text for p in Document(target).paragraphs)
    assert f"september {THIS_YEAR}" in text
    assert message_boxes[0][1].startswith("Månadsrapporten sparades: manad.docx")


def test_the_monthly_report_is_not_written_when_cancelled(tab, monkeypatch):
    from brastod.gui.dialogs.month_dialog import MonthDialog
    monkeypatch.setattr(MonthDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("frågade"))
    tab.ui.monthlyButton.click()


def test_the_month_dialog_starts_at_the_month_just_ended(qtbot):
    from brastod.gui.dialogs.month_dialog import MonthDialog
    dialog = MonthDialog(date(2027, 1, 5))
    qtbot.addWidget(dialog)
    assert dialog.chosen() == (2026, 12)
    assert dialog.month.currentText() == "December"


def test_the_list_model_passes_the_model_tester(tab, qtmodeltester):
    assert tab.model.rowCount() >= 2
    qtmodeltester.check(tab.model)


def test_figures_are_shown_as_the_document_prints_them():
    from brastod.core.exports.content import Heading, Markdown, Run, Table, text
    from brastod.gui.report_editor.annual_figures import html_of
    html = html_of([
        Heading("Möten"), text("Närvaro ", Run("<hög>", bold=True), small=True),
        Table([["Färg", "Antal"], ["Grön", "3"], ["Totalt", "3"]], [30, 10], numeric=[1],
              fills={(1, 0): "#2e7d32"}, total=True)])
    assert "<h3>Möten</h3>" in html and "<b>&lt;hög&gt;</b>" in html
    assert "<td width='75.0%' bgcolor='#e4e4e4'><b>Färg</b></td>" in html
    assert "<td bgcolor='#2e7d32'><span style='color:#ffffff'>Grön</span></td>" in html
    assert "<td align='right' bgcolor='#f5f5f5'><b>3</b></td></tr></table>" in html  # total
    with pytest.raises(TypeError):
        html_of([Markdown("text")])


def test_figures_that_arrive_for_a_report_left_meanwhile_are_dropped(qtbot, threaded, demo_db):
    """On a real worker: the draft's figures are on their way when the adopted report is
    chosen with Siffror out of view; they must not be shown under the adopted one's note."""
    from PySide6.QtWidgets import QTextBrowser

    from brastod.core.exports.annual_report import figure_blocks
    from brastod.gui.report_editor.annual_figures import AnnualFiguresPane, html_of
    from tests.gui.data_for import data_for

    def figures_text(report) -> str:
        expected = QTextBrowser()
        expected.setHtml(html_of(figure_blocks(annual.annual_figures(demo_db, report.id,
                                                                     DEMO_TODAY))))
        return expected.toPlainText()
    adopted, draft = sorted(annual.list_annual_reports(demo_db), key=lambda r: r.period_start)
    pane = AnnualFiguresPane(data_for(threaded, demo_db))
    qtbot.addWidget(pane)
    pane.show()
    pane.show_report(draft.id, "Utkast")
    pane.hide()
    pane.show_report(adopted.id, "Fastställd")
    qtbot.waitUntil(lambda: not threaded.busy, timeout=30_000)
    assert pane.browser.toPlainText() == ""
    pane.show()                                   # in view: the adopted report's own figures
    qtbot.waitUntil(lambda: pane.browser.toPlainText() != "", timeout=30_000)
    qtbot.waitUntil(lambda: not threaded.busy, timeout=30_000)
    assert pane.browser.toPlainText() == figures_text(adopted) != figures_text(draft)
