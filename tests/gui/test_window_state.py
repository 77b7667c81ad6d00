"""What the window remembers on closing (its size, tab, splitters and columns) is on disk when
it has closed, and the next window opens as the last one was left."""
import subprocess
import sys

from tests.gui.window_for import window_for

READ_SETTINGS = """
from PySide6.QtCore import QSettings
settings = QSettings("Brastod", "Brastod")
for key in ("main_window/tab", "reports/header", "situation_reports/splitter"):
    value = settings.value(key)
    print(key, value if value is None or isinstance(value, str) else bytes(value).hex())
"""


def test_the_window_is_remembered_on_disk_at_close_and_opens_as_left(qtbot, tasks, demo_db):
    first = window_for(qtbot, tasks, demo_db)
    first.ui.tabs.setCurrentWidget(first.situation_reports)     # its splitter laid out
    qtbot.waitExposed(first)
    columns = first.reports.ui.table.horizontalHeader()
    columns.resizeSection(1, columns.sectionSize(1) + 57)
    splitter = first.situation_reports.ui.splitter
    wanted = [splitter.sizes()[0] + 41, splitter.sizes()[1] - 41]
    splitter.setSizes(wanted)
    qtbot.waitUntil(lambda: splitter.sizes() == wanted, timeout=30_000)
    header = bytes(columns.saveState()).hex()
    first.close()

    # Another process reads the file at once: no event-loop turn came after the close.
    read = subprocess.run([sys.executable, "-c", READ_SETTINGS], capture_output=True, text=True,
                          timeout=120)
    assert read.returncode == 0, read.stderr
    stored = dict(line.split(" ", 1) for line in read.stdout.splitlines())
    assert stored["main_window/tab"] == "2"
    assert stored["reports/header"] == header
    assert stored["situation_reports/splitter"] == bytes(splitter.saveState()).hex()

    second = window_for(qtbot, tasks, demo_db)
    assert second.ui.tabs.currentWidget() is second.situation_reports
    qtbot.waitExposed(second)
    assert second.reports.ui.table.horizontalHeader().sectionSize(1) == columns.sectionSize(1)
    qtbot.waitUntil(lambda: second.situation_reports.ui.splitter.sizes() == wanted,
                    timeout=30_000)
    second.close()


def test_closing_writes_the_settings_once_not_per_header_and_splitter(window, monkeypatch):
    """Each QSettings written to wrote the whole file again as it went: a dozen files as the
    window closed (0.1–0.2 s)."""
    from PySide6.QtCore import QSettings

    from brastod.gui import state
    made, synced = [], []

    class Counted(QSettings):
        def __init__(self, *args):
            super().__init__(*args)
            made.append(args)

        def sync(self):
            synced.append(True)
            super().sync()
    monkeypatch.setattr(state, "QSettings", Counted)
    monkeypatch.setattr(state, "_shared", None)
    window.close()
    assert len(made) == 1 and len(synced) == 1
