"""Windows that fit the screen they open on: a municipal laptop has 1366×768, less the task
bar and the title bar."""
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SHARE = 0.92    # of the available height and width at most, leaving room for the title bar


def fit(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or less where the screen is smaller, and
    centre it on the screen of its parent (or the primary screen)."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or \
        QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    available = screen.availableGeometry()
    size_w = min(width, int(available.width() * SHARE))
    size_h = min(height, int(available.height() * SHARE))
    window.resize(size_w, size_h)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())
