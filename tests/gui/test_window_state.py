"""What the window remembers on closing (its size, tab, splitters and columns) is on disk when
it has closed, and the next window opens as the last one was left."""
import subprocess
import sys

from brastod.gui.data import Data
from brastod.gui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

READ_SETTINGS = """
from PySide6.QtCore import QSettings
settings = QSettings("Brastod", "Brastod")
for key in ("main_window/tab", "reports/header", "situation_reports/splitter"):
    value = settings.value(key)
    print(key, value if value is None or isinstance(value, str) else bytes(value).hex())
"""


def _opened(qtbot, tasks, demo_db) -> MainWindow:
    main = MainWindow(Data(tasks, DEMO_TODAY))
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.ready, timeout=30_000):
        main.attach(demo_db)
    return main


def test_the_window_is_remembered_on_disk_at_close_and_opens_as_left(qtbot, tasks, demo_db):
    first = _opened(qtbot, tasks, demo_db)
    first.ui.tabs.setCurrentIndex(3)
    columns = first.reports.ui.table.horizontalHeader()
    columns.resizeSection(1, columns.sectionSize(1) + 57)
    splitter = first.situation_reports.ui.splitter
    splitter.setSizes([splitter.sizes()[0] + 41, splitter.sizes()[1] - 41])
    header, sizes = bytes(columns.saveState()).hex(), splitter.sizes()
    first.close()

    # Another process reads the file at once: no event-loop turn came after the close.
    read = subprocess.run([sys.executable, "-c", READ_SETTINGS], capture_output=True, text=True,
                          timeout=120)
    assert read.returncode == 0, read.stderr
    stored = dict(line.split(" ", 1) for line in read.stdout.splitlines())
    assert stored["main_window/tab"] == "3"
    assert stored["reports/header"] == header
    assert stored["situation_reports/splitter"] == bytes(splitter.saveState()).hex()

    second = _opened(qtbot, tasks, demo_db)
    assert second.ui.tabs.currentIndex() == 3
    assert second.reports.ui.table.horizontalHeader().sectionSize(1) == columns.sectionSize(1)
    assert second.situation_reports.ui.splitter.sizes() == sizes
    second.close()
