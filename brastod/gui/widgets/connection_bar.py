"""The bar above the tabs that tells of a lost connection to the server (Data.connection):
kept in view while it lasts, instead of a box for every task that meets it; once the server
answers again it says so for a moment and goes."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from brastod.gui.data import BACK, LOST

BACK_MS = 6000      # how long "Förbindelsen är tillbaka." stays
_LOST_STYLE = "QFrame { background: #fff1c2; border: 1px solid #d9a400; } QLabel { border: 0; }"
_BACK_STYLE = "QFrame { background: #dff3df; border: 1px solid #4c9a4c; } QLabel { border: 0; }"


class ConnectionBar(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self._gone = QTimer(self, singleShot=True, interval=BACK_MS)
        self._gone.timeout.connect(self.hide)
        self.hide()

    def show_connection(self, connected: bool) -> None:
        self._gone.stop()
        self.setStyleSheet(_BACK_STYLE if connected else _LOST_STYLE)
        self.label.setText(BACK if connected else LOST)
        self.show()
        if connected:
            self._gone.start()
