"""Refuse a second Brastöd on the same database; the first one comes to the front instead."""
import getpass
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(db_path: Path) -> str:
    """One name per user and database file (Qt's hash: hashlib would slow the first paint)."""
    key = f"{getpass.getuser()}:{Path(db_path).resolve()}".encode()
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex()
    return "brastod-" + bytes(digest).decode()[:24]


class SingleInstance(QObject):
    """Holds a local server named after the database; ``activated`` fires when another start
    of Brastöd on the same database knocks."""

    activated = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(db_path)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_knock)

    def another_is_running(self) -> bool:
        """True when another process owns this database (and has been asked to show itself)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(300):
            socket.write(b"show\n")
            socket.waitForBytesWritten(300)
            socket.disconnectFromServer()
            return True
        # Nobody answered: a stale name left by a crashed process is removed, then taken.
        QLocalServer.removeServer(self.name)
        self._server.listen(self.name)
        return False

    def _on_knock(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.activated.emit()

    def close(self) -> None:
        self._server.close()
