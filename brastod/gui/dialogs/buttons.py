"""The buttons under a dialog: Swedish texts whether or not Qt's own translation could be
loaded, the first one the default, wired to accept (or ``on_accept``) and reject."""
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

Standard = QDialogButtonBox.StandardButton
TEXTS = {Standard.Save: "&Spara", Standard.Cancel: "Avbryt", Standard.Close: "Stäng"}


def wire(dialog: QDialog, buttons: QDialogButtonBox, ok: str | None = None,
         on_accept: Callable[[], None] | None = None) -> QPushButton | None:
    """``ok`` is the text of OK (what it does: "&Skapa"); returns the accepting button."""
    for standard, text in {**TEXTS, Standard.Ok: ok}.items():
        button = buttons.button(standard)
        if button is not None and text:
            button.setText(text)
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    accepting = buttons.button(Standard.Ok) or buttons.button(Standard.Save)
    if accepting is not None:
        accepting.setDefault(True)
    return accepting
