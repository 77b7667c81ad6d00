"""Arkiv → Anslut till server…: where a Brastöd database on a PostgreSQL server is, as an
address for core.server. The password is never asked for: libpq reads it from the pgpass file."""
from urllib.parse import quote

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout,
)

from brastod.core.errors import BrastodError
from brastod.core.server import pgpass_file
from brastod.gui.dialogs import buttons

SSL_MODES = {"prefer": "Om servern kan (prefer)", "require": "Alltid (require)"}


def address(host: str, port: int, database: str, user: str, sslmode: str) -> str:
    """The address for ``--db``: a host name with port and sslmode, or a socket folder (a
    path) with its port (TLS means nothing on a local socket)."""
    login = f"{quote(user, safe='')}@" if user else ""
    name = quote(database, safe="")
    if host.startswith("/"):
        return f"postgresql://{login}/{name}?host={quote(host)}&port={port}"
    return f"postgresql://{login}{quote(host, safe='')}:{port}/{name}?sslmode={sslmode}"


class ConnectServerDialog(QDialog):
    def __init__(self, last: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle("Anslut till server")
        self.host = QLineEdit()
        self.host.setPlaceholderText("db.kommun.se eller /var/run/postgresql")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setPlaceholderText("brastod")
        self.user = QLineEdit()
        self.ssl = QComboBox()
        for mode, text in SSL_MODES.items():
            self.ssl.addItem(text, mode)
        self.host.textChanged.connect(
            lambda text: self.ssl.setEnabled(not text.strip().startswith("/")))
        self._fill(last)
        form = QFormLayout()
        form.addRow("&Server eller socketmapp:", self.host)
        form.addRow("&Port:", self.port)
        form.addRow("&Databas:", self.database)
        form.addRow("&Användare:", self.user)
        form.addRow("&Kryptering (SSL):", self.ssl)
        password = QLabel(f"Lösenordet frågas aldrig här: det läses ur pgpass-filen "
                          f"{pgpass_file()}. Be IT-avdelningen om adressen och inloggningen.")
        password.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        buttons.wire(self, box, "&Anslut", on_accept=self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(password)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.setMinimumWidth(480)
        self.chosen = ""

    def _fill(self, last: str) -> None:
        """The fields from the last address used (a malformed one is left out)."""
        from brastod.core import server
        if not server.is_server(last):
            return
        try:
            url = server.parse(last)
        except BrastodError:
            return
        socket = url.query.get("host")
        self.host.setText(socket if isinstance(socket, str) else url.host or "")
        self.port.setValue(int(url.port or url.query.get("port") or 5432))
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        index = self.ssl.findData(url.query.get("sslmode", "prefer"))
        self.ssl.setCurrentIndex(max(index, 0))

    def address(self) -> str:
        return address(self.host.text().strip(), self.port.value(),
                       self.database.text().strip(), self.user.text().strip(),
                       self.ssl.currentData())

    def _accept(self) -> None:
        from brastod.core import server
        for field, missing in ((self.host, "Skriv serverns namn eller mappen för dess socket."),
                               (self.database, "Skriv databasens namn på servern.")):
            if not field.text().strip():
                self._refuse(field, missing)
                return
        target = self.address()
        try:
            server.parse(target)
        except BrastodError as error:
            self._refuse(self.host, str(error))
            return
        self.chosen = target
        self.accept()

    def _refuse(self, field: QLineEdit, text: str) -> None:
        self.error.setText(text)
        field.setFocus()
