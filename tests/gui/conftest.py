import pytest

from brastod.gui.tasks import TaskRunner
from tests.conftest import DEMO_TODAY


@pytest.fixture
def tasks(qtbot):
    return TaskRunner(synchronous=True)


@pytest.fixture
def window(qtbot, demo_db, tasks):
    from brastod.gui.main_window import MainWindow
    main = MainWindow(tasks, today=DEMO_TODAY)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.ready, timeout=30_000):
        main.attach(demo_db)
    return main


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A modal box nobody answers would hang a headless run; fail the test instead. Tests that
    expect one replace it with their own recorder."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"oväntad dialogruta: {args[1:3]}")
    for name in ("question", "critical", "information", "warning", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def message_boxes(monkeypatch):
    """Records message boxes as (kind, text) and answers them."""
    from PySide6.QtWidgets import QMessageBox
    shown = []
    for name in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *rest, kind=name:
                            shown.append((kind, text)) or QMessageBox.StandardButton.Ok)
    return shown
