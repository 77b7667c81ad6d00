"""Hjälp → Handbok: the short Swedish handbook that ships with the program, read offline."""
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from brastod import APP_NAME
from brastod.core.paths import resource
from brastod.gui.widgets.screen import fit

HANDBOOK = ("handbok", "handbok.html")


class HandbookDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, anchor: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Handbok – {APP_NAME}")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)      # offline: only the handbook's own links
        self.browser.setSource(QUrl.fromLocalFile(str(resource(*HANDBOOK))))
        self._anchor = anchor
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Stäng")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit(self, 820, 700)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._anchor:        # once laid out: before that there is nowhere to scroll
            self.browser.scrollToAnchor(self._anchor)
            self._anchor = None
