"""Window geometry, splitters and column widths remembered between sessions (QSettings)."""
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget


_shared: QSettings | None = None


def _settings() -> QSettings:
    """One QSettings for the process. Each QSettings written to wrote the whole file again when
    it went, 10–15 ms a time and a dozen times as the window closed (0.1–0.2 s); this one writes
    once per event-loop turn, and at ``sync``."""
    global _shared
    if _shared is None:
        _shared = QSettings("Brastod", "Brastod")
    return _shared


def sync() -> None:
    """What has been saved is on disk now (the window is closing: no event-loop turn follows)."""
    _settings().sync()


def restore_window(window: QWidget, key: str) -> bool:
    geometry = _settings().value(f"{key}/geometry")
    restored = bool(geometry) and window.restoreGeometry(geometry)
    if isinstance(window, QMainWindow):
        state = _settings().value(f"{key}/state")
        if state:
            window.restoreState(state)
    return restored


def save_window(window: QWidget, key: str) -> None:
    settings = _settings()
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    if isinstance(window, QMainWindow):
        settings.setValue(f"{key}/state", window.saveState())


def restore_header(header: QHeaderView, key: str) -> bool:
    state = _settings().value(f"{key}/header")
    return bool(state) and header.restoreState(state)


def save_header(header: QHeaderView, key: str) -> None:
    _settings().setValue(f"{key}/header", header.saveState())


def restore_splitter(splitter: QSplitter, key: str) -> bool:
    state = _settings().value(f"{key}/splitter")
    return bool(state) and splitter.restoreState(state)


def save_splitter(splitter: QSplitter, key: str) -> None:
    _settings().setValue(f"{key}/splitter", splitter.saveState())


def load_int(key: str, default: int) -> int:
    value = _settings().value(key, default)
    return int(value) if str(value).isdigit() else default


def save_value(key: str, value) -> None:
    _settings().setValue(key, value)


def load_text(key: str) -> str:
    value = _settings().value(key, "")
    return str(value) if value else ""
