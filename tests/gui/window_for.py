"""The main window over a test's database, shown and with its first tab loaded: the ``window``
fixture's, and the tests that open several windows one after the other."""
from brastod.gui.data import Data
from brastod.gui.main_window import MainWindow
from tests.conftest import DEMO_TODAY


def window_for(qtbot, tasks, db) -> MainWindow:
    main = MainWindow(Data(tasks, DEMO_TODAY))
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.ready, timeout=30_000):
        main.attach(db)
    return main
