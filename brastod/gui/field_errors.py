"""A refused value's message under its form, and the focus on the field the rule named
(``FieldError.field``), for every form: plans, meetings, decisions, series and registers."""
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from brastod.core.errors import ValidationError


def show_at_field(label: QLabel, fields: dict[str, QWidget], error: ValidationError) -> None:
    """A refusal that names no field (a register entry in use …) is only said."""
    label.setText(str(error))
    widget = fields.get(getattr(error, "field", None))
    if widget is not None and not widget.hasFocus():
        widget.setFocus()


def at_field_or_window(data, show: Callable[[ValidationError], None],
                       before: Callable[[], None] = lambda: None) -> Callable:
    """An ``on_error`` for a save: after ``before()`` has tidied up, a value the rules refuse
    (a ValidationError, at its field when it names one) is shown by ``show``; any other refusal
    (the database busy …) by the window."""
    def refused(error) -> None:
        before()
        if isinstance(error, ValidationError):
            show(error)
        else:
            data.runner.refuse(error)
    return refused
