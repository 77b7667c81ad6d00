"""Date and number fields as a Swedish form needs them: an optional date shown as "–" when
empty, numbers written with a decimal comma, combos whose long choices do not widen a window."""
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit

from brastod.core.errors import FieldError

NO_DATE = QDate(2000, 1, 1)     # the minimum of an optional date field, shown as "–"


def optional_date(edit: QDateEdit) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("–")


def write_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value) if value else edit.minimumDate())


def read_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE and edit.specialValueText() else value.toPython()


def read_number(edit: QLineEdit, field: str) -> float | None:
    """A number as a Swede writes it ("22,5", "1 200"); empty is None."""
    text = edit.text().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise FieldError(field, f"”{edit.text()}” är inget tal. Skriv till exempel 22 eller "
                                "22,5.") from None


def write_number(edit: QLineEdit, value: float | None) -> None:
    edit.setText("" if value is None else f"{value:g}".replace(".", ","))


def narrow(combo: QComboBox, characters: int = 16) -> None:
    """A combo whose long choices (a plan's title, a goal) do not widen the window."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
