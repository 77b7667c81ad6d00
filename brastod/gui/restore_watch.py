"""Notices that the open database has been restored from a backup by another program. A restore
copies the backup into the file, and SQLite then changes the file's schema cookie (so that every
connection reads the schema afresh); nothing else changes it while Brastöd runs. The cookie is
read every two seconds on a read-only connection that never waits for a lock (a busy moment is
skipped, see ``core.backups.content_version``), so the GUI thread cannot block on it."""
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

INTERVAL_MS = 2000


class RestoreWatch(QObject):
    restored = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.path: Path | None = None
        self._seen: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def watch(self, path: Path) -> None:
        """Watch ``path`` from its content now (also after this program's own restore)."""
        self.path = Path(path)
        self._seen = self._cookie()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.path = None

    def check(self) -> None:
        if self.path is None:
            return
        cookie = self._cookie()
        if cookie is None:
            return
        if self._seen is None:
            self._seen = cookie
        elif cookie != self._seen:
            self._seen = cookie
            self.restored.emit()

    def _cookie(self) -> int | None:
        from brastod.core.backups import content_version   # the database layer: not before show
        return content_version(self.path)
