"""Fastställ lägesbild: the date and the meeting or body that adopted it."""
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from brastod.core.dates import long_date
from brastod.core.text import clean_name
from brastod.gui.forms.ui_adopt_report_dialog import Ui_AdoptReportDialog


class AdoptReportDialog(QDialog):
    """``meetings`` are MeetingRows; those nearest ``today`` come first in the list, and
    choosing one links the adoption to it."""

    def __init__(self, title: str, meetings: list, today: date, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_AdoptReportDialog()
        ui.setupUi(self)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Fastställ")
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.intro.setText(f"Fastställ <b>{title}</b>.")
        ui.adoptedOn.setDate(QDate(today))
        nearest = sorted((m for m in meetings if abs((m.meeting_date - today).days) <= 60),
                         key=lambda m: abs((m.meeting_date - today).days))
        ui.adoptedBy.addItem("", None)
        for meeting in nearest:
            ui.adoptedBy.addItem(f"{meeting.title} {long_date(meeting.meeting_date)}", meeting)
        ui.adoptedBy.lineEdit().setPlaceholderText("Möte eller organ, t.ex. Lokala BRÅ")
        ui.adoptedBy.currentIndexChanged.connect(self._meeting_chosen)

    def _meeting_chosen(self) -> None:
        meeting = self.ui.adoptedBy.currentData()
        if meeting is not None:
            self.ui.adoptedOn.setDate(QDate(meeting.meeting_date))

    @property
    def adopted_on(self) -> date:
        return self.ui.adoptedOn.date().toPython()

    @property
    def adopted_by(self) -> str:
        return clean_name(self.ui.adoptedBy.currentText())

    @property
    def meeting_id(self) -> int | None:
        """The meeting chosen in the list, unless its name has since been typed over."""
        combo = self.ui.adoptedBy
        meeting = combo.currentData()
        if meeting is None or combo.currentText() != combo.itemText(combo.currentIndex()):
            return None
        return meeting.id

    def accept(self) -> None:
        if not self.adopted_by:
            self.ui.error.setText("Ange vem som fastställde lägesbilden: mötet eller organet.")
            self.ui.adoptedBy.setFocus()
            return
        super().accept()
