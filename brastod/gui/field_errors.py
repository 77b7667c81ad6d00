"""A refused value's message under its form, and the focus on the field the rule named
(``FieldError.field``), for every form: plans, meetings, decisions, series and registers."""
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from brastod.core.errors import FieldError, ValidationError


def show_at_field(label: QLabel, fields: dict[str, QWidget], error: ValidationError) -> None:
    """A refusal that names no field (a register entry in use …) is only said."""
    label.setText(str(error))
    widget = fields.get(getattr(error, "field", None))
    if widget is not None and not widget.hasFocus():
        widget.setFocus()


def at_field_or_window(data, show: Callable[[FieldError], None]) -> Callable:
    """An ``on_error`` for a save: a refused value (FieldError) is shown at its field by
    ``show``; any other refusal by the window."""
    def refused(error) -> None:
        if isinstance(error, FieldError):
            show(error)
        else:
            data.runner.refuse(error)
    return refused
