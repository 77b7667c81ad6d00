"""Run by test_killed_editor: opens the example draft lägesbild in the window and types into
its first section, a key every 40 ms (the editor's own event loop keeps the time), until it is
killed. It reports on stdout "typed <keys>" after each key, and "saved <keys>" each time the
editor's autosave has committed the text, with the number of typed keys that text holds."""
import sys
import threading
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TEXT = "abcdefghij" * 60
KEY_MS = 40
_lock = threading.Lock()   # "saved" is reported from the worker thread


def report(line: str) -> None:
    with _lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def keys_in(body: str) -> int:
    return next(n for n in range(len(TEXT), -1, -1) if TEXT[:n] in body)


def report_commits() -> None:
    """The editor saves through this service function, on the worker thread; once it returns,
    the text is committed."""
    from brastod.core.services import situation_reports
    save_section = situation_reports.save_section

    def save_and_report(db, section_id, **changes):
        save_section(db, section_id, **changes)
        if changes.get("body") is not None:
            report(f"saved {keys_in(changes['body'])}")
    situation_reports.save_section = save_and_report


def main() -> None:
    app = QApplication(sys.argv)
    from brastod.core.db import open_database
    from brastod.core.services.situation_reports import list_situation_reports
    from brastod.gui.data import Data
    from brastod.gui.main_window import MainWindow
    from brastod.gui.tasks import TaskRunner
    report_commits()
    db = open_database(sys.argv[1])
    draft = next(r.id for r in list_situation_reports(db) if r.status == "draft")
    window = MainWindow(Data(TaskRunner(), date(2026, 11, 22)))
    window.show()
    tab = window.situation_reports
    editor = tab.sections.editor
    typed = {"keys": 0}
    timer = QTimer(interval=KEY_MS, timerType=Qt.TimerType.PreciseTimer)

    def type_one() -> None:
        QTest.keyClick(editor, TEXT[typed["keys"]])
        typed["keys"] += 1
        report(f"typed {typed['keys']}")
        if typed["keys"] == len(TEXT):
            timer.stop()

    def shown(report_id: int) -> None:
        if report_id == draft and not timer.isActive():
            editor.setFocus()
            editor.moveCursor(QTextCursor.MoveOperation.End)
            timer.timeout.connect(type_one)
            timer.start()
    tab.shown.connect(shown)
    window.ready.connect(lambda: tab.reload(draft))
    window.attach(db)
    app.exec()


if __name__ == "__main__":
    main()
