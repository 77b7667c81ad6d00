"""Importera enkät: the file read and counted on the worker thread, the question and the lists
changeable with the preview counted again, free text kept only when ticked; and the survey
figures in the Lägesbild tab."""
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from sqlalchemy import select

from brastod.core.enums import ReportKind
from brastod.core.models import Indicator, Measurement, SurveyArea, SurveyImport
from brastod.core.services import situation_reports as reports
from brastod.core.services.surveys import DEFAULT_INDICATOR
from brastod.gui.dialogs.survey import SurveyDialog
from tests.gui.data_for import data_for

EXAMPLE = Path(__file__).parents[1] / "data" / "surveys" / "trygghetsenkat_2026.xlsx"
WAIT = 30_000


@pytest.fixture
def open_dialog(qtbot, threaded, demo_db):
    """A dialog over the example database with the real worker thread, once its first
    reading has come back."""
    def opened(path: Path) -> SurveyDialog:
        dialog = SurveyDialog(data_for(threaded, demo_db), path)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.survey is not None or bool(dialog.ui.error.text()),
                        timeout=WAIT)
        return dialog
    return opened


def _preview(dialog) -> dict[str, list[str]]:
    model = dialog.ui.preview.model()
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 4)]
            for r in range(model.rowCount())}


def _stored(db, year: int) -> dict:
    with db.session() as session:
        return dict(session.execute(
            select(Measurement.area_id, Measurement.value).join(Indicator)
            .where(Indicator.name == DEFAULT_INDICATOR, Measurement.year == year)).all())


def test_the_example_opens_with_the_question_found_and_a_preview(open_dialog, qtmodeltester):
    dialog = open_dialog(EXAMPLE)
    ui = dialog.ui
    assert dialog.counts is not None and dialog.save_button.isEnabled()
    assert ui.question.currentText().startswith("F: Hur trygg eller otrygg")
    assert ui.intro.text() == ("trygghetsenkat_2026.xlsx, blad Svar: 185 svarande. Bara antalen "
                               "sparas, aldrig de svarandes rader.")
    preview = _preview(dialog)
    assert list(preview)[0] == "Hela kommunen" and preview["Hela kommunen"] == ["171", "45", "26 %"]
    assert preview["Eskilsbo"][2] == "för få svar" and preview["Centrum"][0] == "49"
    assert ui.unsafe.toPlainText().splitlines() == ["Ganska otrygg", "Mycket otrygg",
                                                     "Går inte ut på grund av otrygghet"]
    assert ui.keepFreeText.isEnabled() and not ui.keepFreeText.isChecked()
    assert "105 svar; 1 uppgift som liknar personuppgifter maskeras" in ui.keepFreeText.text()
    assert ui.keepFreeText.toolTip() == "Fritext ur ”Vad skulle göra ditt område tryggare?”"
    assert preview["Eskilsbo"][1] == ""                 # not even the count of a small area
    qtmodeltester.check(dialog.model)


def test_another_question_and_its_own_lists_are_counted_again(open_dialog, qtbot):
    dialog = open_dialog(EXAMPLE)
    ui = dialog.ui
    with qtbot.waitSignal(dialog.counted, timeout=WAIT):
        ui.question.setCurrentIndex(ui.question.findData(6))     # "Har du … avstått …"
    assert _preview(dialog)["Hela kommunen"][0] == "0"
    assert "svaret ”Nej”" in ui.warnings.text() and "kolumn G" in ui.warnings.text()
    ui.unsafe.setPlainText("ja")
    assert not dialog.save_button.isEnabled()          # until the lists are counted again
    with qtbot.waitSignal(dialog.counted, timeout=WAIT):
        ui.safe.setPlainText("  NEJ ")
    assert _preview(dialog)["Hela kommunen"][0] == "185" and ui.warnings.text() == ""
    assert dialog.save_button.isEnabled()


def test_an_answer_in_two_lists_is_told_and_cannot_be_saved(open_dialog, qtbot):
    dialog = open_dialog(EXAMPLE)
    dialog.ui.safe.setPlainText("Ganska trygg\nvet inte")
    qtbot.waitUntil(lambda: "står i två listor" in dialog.ui.error.text(), timeout=WAIT)
    assert not dialog.save_button.isEnabled()


def test_save_stores_the_year_and_keeps_free_text_only_when_ticked(open_dialog, qtbot,
                                                                    demo_db):
    dialog = open_dialog(EXAMPLE)
    dialog.ui.year.setValue(2025)
    dialog.ui.keepFreeText.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.save_button.click()
    stored = _stored(demo_db, 2025)
    assert stored[None] == pytest.approx(45 * 100 / 171, abs=0.01) and len(stored) == 8
    with demo_db.session() as session:
        survey = session.execute(select(SurveyImport).where(SurveyImport.year == 2025)).scalar()
        remarks = [r for r in session.execute(select(SurveyArea.remarks).where(
            SurveyArea.survey_id == survey.id)).scalars() if r]
    assert survey.respondents == 185 and remarks
    assert "[telefonnummer borttaget]" in "\n".join(remarks + [survey.remarks or ""])
    assert "070-123 45 67" not in "\n".join(remarks + [survey.remarks or ""])
    assert dialog.message().startswith("Enkäten 2025 ur trygghetsenkat_2026.xlsx: 185 svarande")


def test_a_file_without_the_question_lets_the_user_choose_it(open_dialog, qtbot, tmp_path,
                                                            demo_db):
    path = tmp_path / "skolenkät.csv"
    path.write_text("Område;Hur känner du dig på skolgården?\n"
                    + "Centrum;Mycket otrygg\n" * 2 + "Centrum;Ganska trygg\n" * 4,
                    encoding="utf-8")
    dialog = open_dialog(path)
    assert dialog.ui.error.text().startswith("skolenkät.csv, blad skolenkät: ingen kolumn med "
                                             "frågan om otrygghet")
    assert not dialog.save_button.isEnabled() and dialog.ui.question.currentData() is None
    with qtbot.waitSignal(dialog.counted, timeout=WAIT):
        dialog.ui.question.setCurrentIndex(dialog.ui.question.findData(1))
    assert dialog.ui.error.text() == "" and _preview(dialog)["Centrum"] == ["6", "2", "33 %"]
    assert not dialog.ui.keepFreeText.isEnabled()
    dialog.ui.indicator.setText("Otrygga på skolgården")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.save_button.click()
    with demo_db.session() as session:
        assert session.execute(select(Indicator.unit).where(
            Indicator.name == "Otrygga på skolgården")).scalar() == "procent"


def test_a_file_that_cannot_be_read_is_told_in_the_dialog(open_dialog, tmp_path):
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(b"PK\x03\x04 inte en arbetsbok")
    dialog = open_dialog(path)
    assert dialog.ui.intro.text() == "trasig.xlsx kunde inte läsas."
    assert "trasig.xlsx" in dialog.ui.error.text() and not dialog.save_button.isEnabled()


def test_a_save_refused_keeps_the_dialog_open_with_the_reason(open_dialog, qtbot):
    dialog = open_dialog(EXAMPLE)
    dialog.ui.indicator.setText("  ")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Ange vilket nyckeltal" in dialog.ui.error.text(), timeout=WAIT)
    assert dialog.result() == QDialog.DialogCode.Rejected.value      # not accepted: still open
    assert dialog.save_button.isEnabled()
    assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()


def test_the_lagesbild_imports_a_survey_and_shows_it_beside_the_assessments(window, qtbot,
                                                                           monkeypatch,
                                                                           demo_db):
    tab = window.situation_reports
    window.ui.tabs.setCurrentWidget(tab)
    strategic = next(r for r in reports.list_situation_reports(demo_db)
                     if r.kind == ReportKind.STRATEGIC)
    draft_id = reports.copy_report(demo_db, strategic.id)
    with qtbot.waitSignal(tab.shown, timeout=WAIT):
        tab.reload(draft_id)
    pane = tab.assessments
    column = [pane.model.headerData(c, Qt.Orientation.Horizontal) for c in range(pane.model.columnCount())].index(
        "Otrygghet (enkät)")
    texts = {pane.model.index(r, 0).data(): pane.model.index(r, column).data()
             for r in range(pane.model.rowCount())}
    assert texts["Centrum"] == "31 %" and texts["Eskilsbo"] == "för få svar"  # 2024's survey
    assert tab.key_figures.survey_button.isEnabled()

    def exec_(dialog):
        dialog.ui.year.setValue(2025)
        with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
            dialog.save_button.click()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(SurveyDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(EXAMPLE), ""))
    with qtbot.waitSignal(tab.shown, timeout=WAIT):
        tab.key_figures.survey_button.click()
    assert window.ui.statusbar.currentMessage().startswith("Enkäten 2025 ur trygghetsenkat")
    texts = {pane.model.index(r, 0).data(): pane.model.index(r, column).data()
             for r in range(pane.model.rowCount())}
    assert texts["Centrum"] == "22 % (−9)" and texts["Eskilsbo"] == "för få svar"
    rows = {(r.indicator, r.year) for r in tab.key_figures.model.rows()}
    assert {(DEFAULT_INDICATOR, 2024), (DEFAULT_INDICATOR, 2025)} <= rows


def test_an_adopted_lagesbild_cannot_import_a_survey(window, qtbot, demo_db):
    tab = window.situation_reports
    strategic = next(r for r in reports.list_situation_reports(demo_db)
                     if r.kind == ReportKind.STRATEGIC and r.status == "adopted")
    with qtbot.waitSignal(tab.shown, timeout=WAIT):
        tab.reload(strategic.id)
    assert not tab.key_figures.survey_button.isEnabled()
