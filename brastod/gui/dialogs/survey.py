"""Importera enkät: the question found in a survey export (another can be chosen), the lists that
say how its answers count, a preview of the shares per area, and whether free text is kept.
The file is read, and counted again after each change, on the worker; nothing is stored until
Spara."""
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit

from brastod.core.errors import BrastodError, FieldError
from brastod.core.importing.table import column_letter
from brastod.core.services.surveys import (
    DEFAULT_INDICATOR, TOO_FEW, AreaCount, CountingRule, SurveyResult, count_survey, percent,
    read_survey_file, save_survey,
)
from brastod.core.services.survey_years import SavedMeanwhile, stored_years
from brastod.core.text import clean_name
from brastod.gui import views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs import buttons
from brastod.gui.dialogs.confirm import ask
from brastod.gui.forms.ui_survey_dialog import Ui_SurveyDialog
from brastod.gui.live import while_alive
from brastod.gui.models.table import Column, RowTableModel

WHOLE = "Hela kommunen"
# Counting again waits this long after a keystroke in the lists, so typing is not recounted
# letter by letter.
RECOUNT_MS = 400


class SurveyPreviewModel(RowTableModel):
    """The whole municipality, then each area: answers counted, of them unsafe, the share."""

    columns = (
        Column("Område", lambda r: r.area, width=200),
        Column("Räknade svar", lambda r: r.counted, numeric=True, width=100),
        Column("Otrygga", lambda r: "" if r.suppressed else r.unsafe, numeric=True, width=80),
        Column("Andel otrygga", lambda r: TOO_FEW if r.suppressed else percent(r.share),
               numeric=True, width=110),
    )


def _open(db, path: Path) -> tuple:
    """(the file, the default question's column or None, why none, the count or None, the
    years stored as the file is opened: a year someone saves after that is not replaced
    unseen)."""
    survey = read_survey_file(path)
    stored = stored_years(db)
    try:
        question = survey.question_column()
    except BrastodError as error:
        return survey, None, str(error), None, stored
    return survey, question, "", count_survey(db, survey, question), stored


class SurveyDialog(QDialog):
    counted = Signal()        # a preview is shown (tests wait on it)

    def __init__(self, data: Data, path: Path, parent=None):
        super().__init__(parent)
        self.data, self.path = data, Path(path)
        self.survey = None
        self.counts: SurveyResult | None = None
        self.stored: dict = {}          # (indicator, year) → SavedYear when the file was opened
        self.ui = ui = Ui_SurveyDialog()
        ui.setupUi(self)
        self.save_button = buttons.wire(self, ui.buttons, "&Spara")
        self.save_button.setEnabled(False)
        self.model = SurveyPreviewModel(self)
        views.attach(ui.preview, self.model)
        ui.preview.setSortingEnabled(False)
        ui.year.setValue(data.today.year)
        ui.indicator.setText(DEFAULT_INDICATOR)
        rule = CountingRule()
        for edit, answers in ((ui.unsafe, rule.unsafe), (ui.safe, rule.safe),
                              (ui.excluded, rule.excluded)):
            edit.setPlainText("\n".join(answers))
        ui.keepFreeText.setEnabled(False)
        self._recount = QTimer(self, singleShot=True, interval=RECOUNT_MS)
        self._recount.timeout.connect(self.recount)
        ui.intro.setText(f"Läser {self.path.name} …")
        data.call(_open, self.path, on_done=while_alive(self, self._opened),
                  on_error=while_alive(self, self._refused))

    def _opened(self, opened: tuple) -> None:
        self.survey, question, problem, result, self.stored = opened
        ui = self.ui
        ui.intro.setText(f"{self.survey.file_name}, blad {self.survey.sheet}: "
                         f"{len(self.survey.rows)} svarande. Bara antalen sparas, aldrig de "
                         "svarandes rader.")
        ui.question.blockSignals(True)
        ui.question.addItem("Välj frågan …", None)
        for index, heading in enumerate(self.survey.headings):
            if heading:
                ui.question.addItem(f"{column_letter(index)}: {heading}", index)
        if question is not None:
            ui.question.setCurrentIndex(ui.question.findData(question))
        ui.question.blockSignals(False)
        ui.question.currentIndexChanged.connect(self.recount)
        for edit in (ui.unsafe, ui.safe, ui.excluded):
            edit.textChanged.connect(self._changed)
        ui.error.setText(problem)
        if result is not None:
            self._show(result)

    def _changed(self) -> None:
        self.save_button.setEnabled(False)
        self._recount.start()

    def rule(self) -> CountingRule:
        def answers(edit: QPlainTextEdit) -> tuple[str, ...]:
            return tuple(line.strip() for line in edit.toPlainText().splitlines()
                         if line.strip())
        ui = self.ui
        return CountingRule(answers(ui.unsafe), answers(ui.safe), answers(ui.excluded))

    def recount(self) -> None:
        """Count the chosen question with the lists as they are now, on the worker."""
        self._recount.stop()
        self.save_button.setEnabled(False)
        question = self.ui.question.currentData()
        if self.survey is None or question is None:
            return
        self.data.call(count_survey, self.survey, question, self.rule(),
                       on_done=while_alive(self, self._show),
                       on_error=while_alive(self, self._refused))

    def _show(self, result: SurveyResult) -> None:
        ui = self.ui
        self.counts = result
        whole = AreaCount(0, WHOLE, result.counted, result.unsafe)
        self.model.set_rows([whole, *result.areas])
        shown = percent(whole.share) if not whole.suppressed else TOO_FEW
        ui.summary.setText(
            f"{result.counted} av {result.respondents} svarande har ett svar som räknas. Andel "
            f"otrygga i hela kommunen: {shown}. Områden med färre än 5 räknade svar visas inte.")
        ui.warnings.setText("\n".join(result.warnings()))
        texts = sum(len(t) for t in result.remarks.values())
        ui.keepFreeText.setEnabled(bool(texts))
        masked = result.personal_data
        ui.keepFreeText.setText(
            f"Spara &fritextsvaren som anteckningar per område ({texts} svar; {masked} "
            f"{'uppgift' if masked == 1 else 'uppgifter'} som liknar personuppgifter maskeras)"
            if texts else "Filen har inga fritextsvar.")
        ui.keepFreeText.setToolTip("Fritext ur " + ", ".join(
            f"”{heading}”" for heading in result.free_text_columns) if texts else "")
        if not texts:
            ui.keepFreeText.setChecked(False)
        ui.error.setText("")
        self.save_button.setEnabled(True)
        self.counted.emit()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, BrastodError):
            self.data.runner.refuse(error)
            return
        self.ui.error.setText(str(error))
        if isinstance(error, FieldError) and error.field in ("unsafe", "safe", "excluded"):
            getattr(self.ui, error.field).setFocus()
        if self.survey is None:
            self.ui.intro.setText(f"{self.path.name} kunde inte läsas.")

    def accept(self) -> None:
        if self.counts is None or self._recount.isActive():
            return
        ui = self.ui
        self._save(self.stored.get((clean_name(ui.indicator.text()), ui.year.value())))

    def _save(self, shown) -> None:
        """Saves the year, replacing it as ``shown`` (None: nothing was stored); a year someone
        else saved since is asked about, and replaced only if the user says so."""
        ui = self.ui
        self.save_button.setEnabled(False)
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)

        def refused(error: BaseException) -> None:
            ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
            self.save_button.setEnabled(True)
            if not isinstance(error, SavedMeanwhile):
                self._refused(error)
            elif ask(self, f"{error.said} Ersätta det med din fil?"):
                self._save(error.saved)
            else:   # the dialog stays open: another Spara asks again (the core's text says
                    # to read the file again, which the command line needs)
                ui.error.setText(f"{error.said} Inget ersattes. Klicka på Spara igen om din "
                                 "fil ändå ska ersätta det.")
        self.data.call(save_survey, self.counts, ui.year.value(), ui.indicator.text(),
                       ui.keepFreeText.isChecked(), shown,
                       on_done=while_alive(self, lambda _: super(SurveyDialog, self).accept()),
                       on_error=while_alive(self, refused), changes=Topic.REPORTS, origin=self)

    def message(self) -> str:
        """What the window's status bar says after a save."""
        return self.counts.summary(self.ui.year.value()) if self.counts else ""
