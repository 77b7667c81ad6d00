"""A refused value's message under its form, and the focus on the field the rule named
(``FieldError.field``), for every form: plans, meetings, decisions, series and registers."""
from PySide6.QtWidgets import QLabel, QWidget

from brastod.core.errors import ValidationError


def show_at_field(label: QLabel, fields: dict[str, QWidget], error: ValidationError) -> None:
    """A refusal that names no field (a register entry in use …) is only said."""
    label.setText(str(error))
    widget = fields.get(getattr(error, "field", None))
    if widget is not None and not widget.hasFocus():
        widget.setFocus()
