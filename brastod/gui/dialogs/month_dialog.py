"""Månadsrapport: which month (the one before today to begin with, the month just ended)."""
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout,
)

from brastod.core.dates import MONTHS
from brastod.gui.dialogs import buttons

FIRST_YEAR = 2000


class MonthDialog(QDialog):
    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Månadsrapport")
        previous = today.replace(day=1) - timedelta(days=1)
        self.month = QComboBox()
        self.month.addItems([name.capitalize() for name in MONTHS])
        self.month.setCurrentIndex(previous.month - 1)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, today.year)
        self.year.setValue(previous.year)
        intro = QLabel("Månadens siffror mot månaden före och samma månad ett år tidigare, "
                       "platserna med flest händelser, områdesbedömningarna i den senaste "
                       "fastställda lägesbilden, nya och försenade åtgärder och hållna möten – "
                       "för Länsstyrelsen och Lokala BRÅ.")
        intro.setWordWrap(True)
        row = QHBoxLayout()
        label = QLabel("&Månad:")
        label.setBuddy(self.month)
        row.addWidget(label)
        row.addWidget(self.month, 1)
        row.addWidget(self.year)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        buttons.wire(self, box, "&Spara som…")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(box)
        self.setMinimumWidth(420)

    def chosen(self) -> tuple[int, int]:
        """Year and month (1–12)."""
        return self.year.value(), self.month.currentIndex() + 1
