"""Date and number fields as a Swedish form needs them: an optional date shown as "–" when
empty, numbers written with a decimal comma, combos whose long choices do not widen a window."""
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QLineEdit, QTimeEdit

from brastod.core.errors import FieldError

NO_DATE = QDate(2000, 1, 1)     # the minimum of an optional date field, shown as "–"


def optional_date(edit: QDateEdit) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("–")
    typed_dates(edit)


def typed_dates(edit: QDateEdit) -> None:
    """``edit`` takes a date typed as it is written, 2026-12-18 (see _DateTyping)."""
    # Its own children only: the calendar popup's many are slow to search (25 ms a field).
    if not edit.findChildren(_DateTyping, options=Qt.FindChildOption.FindDirectChildrenOnly):
        _DateTyping(edit)


class _DateTyping(QObject):
    """Qt's date field moves to the next part by itself once a part is full, so the "-" one
    then types skipped a part ("2026-12-18" became 2026-11-12): a separator right after such a
    move is swallowed. An empty optional field ("–") could not be typed into at all ("–2026…")
    and its calendar opened at januari 2000: on focus or a click it shows today's date to type
    or pick over, and goes back to empty, unsaved, when left untouched."""

    def __init__(self, edit: QDateEdit):
        super().__init__(edit)
        self.edit, self.placeholder, self.advanced = edit, False, False
        edit.installEventFilter(self)
        edit.dateChanged.connect(self._changed)
        if edit.calendarPopup():
            edit.calendarWidget().clicked.connect(self._picked)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            text = event.text()
            if text and text in "-./" and self.advanced:
                self.advanced = False
                return True
            if text.isdigit():
                before = self.edit.currentSection()
                self.edit.event(event)
                self.advanced = self.edit.currentSection() != before
                return True
            self.advanced = False
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) and self._empty():
            self._quietly(QDate.currentDate())
            self.placeholder = True
            self.edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
        elif kind == QEvent.Type.FocusOut and self.placeholder \
                and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.placeholder = False
            self._quietly(NO_DATE)
        return False

    def _empty(self) -> bool:
        return bool(self.edit.specialValueText()) and self.edit.date() == NO_DATE

    def _quietly(self, day: QDate) -> None:
        self.edit.blockSignals(True)
        self.edit.setDate(day)
        self.edit.blockSignals(False)

    def _changed(self, _day) -> None:
        self.placeholder = False

    def _picked(self, _day) -> None:
        """Today picked in the calendar is no change to the field: say it is one."""
        if self.placeholder:
            self.placeholder = False
            self.edit.dateTimeChanged.emit(self.edit.dateTime())


def write_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value) if value else edit.minimumDate())


def read_date(edit: QDateEdit) -> date | None:
    """None for an empty optional field, also while it shows today only to be typed over."""
    typing = edit.findChild(_DateTyping)
    if typing is not None and typing.placeholder:
        return None
    value = edit.date()
    return None if value == NO_DATE and edit.specialValueText() else value.toPython()


def optional_time(edit: QTimeEdit) -> None:
    """A time that may be left out, shown as "–" (00:00, its minimum, stands for none)."""
    edit.setMinimumTime(QTime(0, 0))
    edit.setSpecialValueText("–")


def write_time(edit: QTimeEdit, value: time | None) -> None:
    edit.setTime(QTime(value) if value else edit.minimumTime())


def read_time(edit: QTimeEdit) -> time | None:
    value = edit.time()
    return None if value == edit.minimumTime() and edit.specialValueText() \
        else value.toPython()


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
