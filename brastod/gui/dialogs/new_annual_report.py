"""Ny verksamhetsberättelse: a whole year, or part of one (a delårsrapport), and its title."""
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton, QSpinBox,
    QVBoxLayout,
)

from brastod.core.errors import ValidationError
from brastod.core.services.annual_reports import check_period, default_title
from brastod.gui.dialogs import buttons
from brastod.gui.field_errors import show_at_field
from brastod.gui.widgets.fields import typed_dates

FIRST_YEAR = 2000
# A council adopts last year's account in its first meetings of the new year.
LAST_YEARS_MONTHS = 3


class NewAnnualReportDialog(QDialog):
    """The title follows the period until the coordinator writes one of their own."""

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Ny verksamhetsberättelse")
        self.setMinimumWidth(460)
        self.whole = QRadioButton("&Helt år")
        self.part = QRadioButton("&Del av år (delårsrapport)")
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, today.year + 1)
        self.year.setValue(today.year - 1 if today.month <= LAST_YEARS_MONTHS else today.year)
        self.year.setMinimumWidth(90)
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setMinimumWidth(130)
            typed_dates(edit)
        # This year up to the last whole month (in January: all of last year's last month).
        last_month_end = today.replace(day=1) - timedelta(days=1)
        self.start.setDate(QDate(date(last_month_end.year, 1, 1)))
        self.end.setDate(QDate(last_month_end))
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setMinimumWidth(340)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        self._own_title = False
        self._layout()
        self.whole.setChecked(True)
        for signal in (self.whole.toggled, self.year.valueChanged, self.start.dateChanged,
                       self.end.dateChanged):
            signal.connect(self._period_changed)
        self.title.textEdited.connect(lambda text: setattr(self, "_own_title", bool(text.strip())))
        self._period_changed()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.whole)
        form.addRow("&År:", self.year)
        form.addRow(self.part)
        form.addRow("&Från:", self.start)
        form.addRow("&Till:", self.end)
        form.addRow("T&itel:", self.title)
        self.form = form
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        buttons.wire(self, box, "&Skapa")
        intro = QLabel("Verksamhetsberättelsen får avsnitten Sammanfattning, Årets viktigaste "
                       "händelser, Utmaningar och Inriktning för nästa år. Siffrorna för "
                       "perioden hämtas ur databasen.")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)

    def period(self) -> tuple[date, date]:
        if self.whole.isChecked():
            year = self.year.value()
            return date(year, 1, 1), date(year, 12, 31)
        return self.start.date().toPython(), self.end.date().toPython()

    def _period_changed(self) -> None:
        whole = self.whole.isChecked()
        self.year.setEnabled(whole)
        self.start.setEnabled(not whole)
        self.end.setEnabled(not whole)
        self.error.clear()
        start, end = self.period()
        suggested = default_title(start, end) if start <= end else ""
        self.title.setPlaceholderText(suggested)
        if not self._own_title:
            self.title.setText(suggested)

    def chosen(self) -> tuple[date, date, str]:
        """Start, end and title (empty: the core names it)."""
        return *self.period(), self.title.text().strip()

    def accept(self) -> None:
        try:
            check_period(*self.period())
        except ValidationError as error:
            show_at_field(self.error, {}, error)
            self.end.setFocus()
            return
        super().accept()
