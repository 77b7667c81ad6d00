"""Run by test_killed_editor: opens the example draft lägesbild in the window and types into
its first section, a key every 40 ms, printing "<keys> <monotonic time>" after each, until it
is killed."""
import sys
import time
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TEXT = "abcdefghij" * 60


def main() -> None:
    app = QApplication(sys.argv)
    from brastod.core.db import open_database
    from brastod.core.services.situation_reports import list_situation_reports
    from brastod.gui.main_window import MainWindow
    from brastod.gui.tasks import TaskRunner
    db = open_database(sys.argv[1])
    draft = next(r.id for r in list_situation_reports(db) if r.status == "draft")
    window = MainWindow(TaskRunner(), today=date(2026, 11, 22))
    window.show()
    tab = window.situation_reports
    editor = tab.sections.editor
    typed = {"keys": 0}
    timer = QTimer(interval=40)

    def type_one() -> None:
        QTest.keyClick(editor, TEXT[typed["keys"]])
        typed["keys"] += 1
        print(typed["keys"], time.monotonic(), flush=True)

    def shown(report_id: int) -> None:
        if report_id == draft and not timer.isActive():
            editor.setFocus()
            editor.moveCursor(QTextCursor.MoveOperation.End)
            timer.timeout.connect(type_one)
            timer.start()
    tab.shown.connect(shown)
    window.ready.connect(lambda: tab.open_report(draft))
    window.attach(db)
    app.exec()


if __name__ == "__main__":
    main()
