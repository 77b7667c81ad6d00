"""Fastställ lägesbild: the date and the meeting or body that adopted it."""
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from brastod.core.dates import long_date
from brastod.core.errors import FieldError
from brastod.core.report_rules import adopted_by
from brastod.core.services.meetings import list_meetings
from brastod.gui.data import Data
from brastod.gui.dialogs import buttons
from brastod.gui.field_errors import show_at_field
from brastod.gui.forms.ui_adopt_report_dialog import Ui_AdoptReportDialog
from brastod.gui.live import while_alive

PLACEHOLDER = "Möte eller organ, t.ex. Lokala BRÅ"


class AdoptReportDialog(QDialog):
    """The meetings nearest today come first in the list (fetched on the worker; until they
    have come, the field says so), and choosing one links the adoption to it."""

    def __init__(self, data: Data, title: str, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_AdoptReportDialog()
        ui.setupUi(self)
        self.today = data.today
        buttons.wire(self, ui.buttons, "&Fastställ")
        ui.intro.setText(f"Fastställ <b>{title}</b>.")
        ui.adoptedOn.setDate(QDate(self.today))
        ui.adoptedBy.addItem("", None)
        ui.adoptedBy.lineEdit().setPlaceholderText("Hämtar mötena …")
        ui.adoptedBy.currentIndexChanged.connect(self._meeting_chosen)
        data.call(list_meetings, on_done=while_alive(self, self._show_meetings))

    def _show_meetings(self, meetings: list) -> None:
        today, combo = self.today, self.ui.adoptedBy
        nearest = sorted((m for m in meetings if abs((m.meeting_date - today).days) <= 60),
                         key=lambda m: abs((m.meeting_date - today).days))
        typed = combo.currentText()
        combo.blockSignals(True)
        for meeting in nearest:
            combo.addItem(f"{meeting.title} {long_date(meeting.meeting_date)}", meeting)
        combo.setEditText(typed)
        combo.blockSignals(False)
        combo.lineEdit().setPlaceholderText(PLACEHOLDER)

    def _meeting_chosen(self) -> None:
        meeting = self.ui.adoptedBy.currentData()
        if meeting is not None:
            self.ui.adoptedOn.setDate(QDate(meeting.meeting_date))

    @property
    def adopted_on(self) -> date:
        return self.ui.adoptedOn.date().toPython()

    @property
    def adopted_by(self) -> str:
        return adopted_by(self.ui.adoptedBy.currentText())

    @property
    def meeting_id(self) -> int | None:
        """The meeting chosen in the list, unless its name has since been typed over."""
        combo = self.ui.adoptedBy
        meeting = combo.currentData()
        if meeting is None or combo.currentText() != combo.itemText(combo.currentIndex()):
            return None
        return meeting.id

    def accept(self) -> None:
        try:
            self.adopted_by
        except FieldError as error:
            show_at_field(self.ui.error, {"adopted_by": self.ui.adoptedBy}, error)
            return
        super().accept()
