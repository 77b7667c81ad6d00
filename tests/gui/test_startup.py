"""Start-up: the window is on screen before anything heavy is imported or built; the tabs are
built and filled behind it, on the real worker thread."""
import shutil
import subprocess
import sys

from brastod.gui.app import Application
from brastod.gui.dialogs.first_start import FirstStartDialog
from brastod.gui.main_window import TITLES
from brastod.gui.tabs import Tab
from tests.conftest import DEMO_TODAY

# What showing the window must not wait for: the database layer, the document writers, the
# holidays and the tabs (each of these put 0.1–0.6 s before the first paint); and what only an
# open database needs (exports, imports, roles, SQLite's driver, the user's folders: 4–7 ms each).
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "openpyxl", "reportlab", "docx", "holidays",
         "brastod.core.db", "brastod.gui.tabs.calendar", "brastod.gui.tabs.reports",
         "brastod.gui.tabs.situation_report", "brastod.gui.tabs.action_plan",
         "brastod.gui.exports", "brastod.gui.importer", "brastod.gui.roles", "sqlite3",
         "platformdirs", "hashlib")

SHOW_WINDOW = f"""
import sys
from brastod.gui.app import Application, make_qapplication
app = make_qapplication([])
controller = Application(None)
window = controller._new_window(tabs_later=True)
window.show()
app.processEvents()
print(" ".join(name for name in {HEAVY!r} if name in sys.modules))
"""


def test_nothing_heavy_is_imported_before_the_window_is_shown():
    done = subprocess.run([sys.executable, "-c", SHOW_WINDOW], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def _started(qtbot, tmp_path, path, current_tab: int | None = None):
    """The application on a real worker, started on ``path`` (with ``current_tab`` chosen before
    the event loop runs); its window's ``ready`` recorded from the start (it may come while a
    test waits for something else)."""
    controller = Application(tmp_path / "brastod.log", DEMO_TODAY)
    shown, ready = [], []
    controller.shown.connect(lambda: shown.append(True))
    assert controller.start(path)
    if current_tab is not None:
        controller.window.ui.tabs.setCurrentIndex(current_tab)
    controller.window.ready.connect(lambda: ready.append(True))
    return controller, shown, ready


def _settled(qtbot, controller, ready) -> None:
    """Every tab filled, and the title and counts (a task of their own) in place."""
    qtbot.waitUntil(lambda: bool(ready) and not controller.tasks.busy, timeout=60_000)


def _close(qtbot, controller):
    controller.window.close()
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=60_000)
    controller.db.close()
    controller.lock.close()


def test_the_window_shows_at_once_and_its_tabs_fill_behind_it(qtbot, tmp_path, demo_file):
    path = tmp_path / "a.sqlite3"
    shutil.copy(demo_file, path)
    controller, shown, ready = _started(qtbot, tmp_path, path)
    window = controller.window
    # Shown with a page per tab that says the database is being opened, and nothing as data.
    assert window.isVisible() and window.tabs == () and controller.db is None
    pages = [window.ui.tabs.widget(index) for index in range(window.ui.tabs.count())]
    assert [page.text() for page in pages] == ["Öppnar databasen …"] * len(TITLES)
    assert window.status_counts.text() == "" and not window.ui.actionImport.isEnabled()
    window.ui.tabs.setCurrentIndex(3)     # chosen before the tabs are there: kept
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    _settled(qtbot, controller, ready)
    assert len(window.tabs) == len(TITLES) and all(isinstance(tab, Tab) for tab in window.tabs)
    assert [window.ui.tabs.widget(index) for index in range(len(TITLES))] == list(window.tabs)
    assert window.ui.tabs.currentWidget() is window.actions
    assert window.windowTitle() == "Brastöd – Fagersta" and window.ui.actionImport.isEnabled()
    assert window.reports.model.rowCount() > 2000
    _close(qtbot, controller)


def test_the_first_start_offer_comes_over_the_shown_window(qtbot, tmp_path, monkeypatch):
    offered = []

    def choose_empty(dialog):
        offered.append((dialog.parent() is controller.window, controller.window.isVisible()))
        dialog.ui.emptyChoice.setChecked(True)
        dialog.ui.municipalityName.setText("Kungsör")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(FirstStartDialog, "exec", choose_empty)
    controller, _shown, ready = _started(qtbot, tmp_path, tmp_path / "ny.sqlite3")
    _settled(qtbot, controller, ready)
    assert offered == [(True, True)]
    assert controller.window.windowTitle() == "Brastöd – Kungsör"
    assert controller.window.reports.model.rowCount() == 0
    _close(qtbot, controller)


def test_the_modules_the_tabs_need_are_imported_on_the_worker_with_the_database():
    """What building the tabs imports is loaded by the worker's task that opens the database,
    off the GUI thread (0.3–0.9 s of imports at start): every module _build_tab imports is in
    the list, and the task imports them (in a fresh process, where nothing has yet)."""
    import ast
    import inspect
    import textwrap

    from brastod.gui import app
    from brastod.gui.main_window import MainWindow
    source = ast.parse(textwrap.dedent(inspect.getsource(MainWindow._build_tab)))
    built = {node.module for node in ast.walk(source) if isinstance(node, ast.ImportFrom)}
    assert built and built <= set(app.TAB_MODULES)
    opened = subprocess.run([sys.executable, "-c", (
        "import sys, tempfile, pathlib\n"
        "from brastod.gui.app import TAB_MODULES, _open_at_start\n"
        "before = [m for m in TAB_MODULES if m in sys.modules]\n"
        "db, _ = _open_at_start(pathlib.Path(tempfile.mkdtemp()) / 'n.sqlite3', True)\n"
        "db.close()\n"
        "print(before, [m for m in TAB_MODULES if m not in sys.modules])")],
        capture_output=True, text=True, timeout=120)
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.strip() == "[] []"


def test_the_tabs_are_built_one_per_turn_the_one_in_view_first(qtbot, tmp_path, demo_file,
                                                                 monkeypatch):
    """All five at once held the GUI thread 0.1–0.6 s after the first paint: each is built in
    an event-loop turn of its own (a zero timer ticks between any two), the one in view first,
    and the window's database actions wait for the last."""
    from PySide6.QtCore import QTimer

    from brastod.gui.main_window import MainWindow
    path = tmp_path / "a.sqlite3"
    shutil.copy(demo_file, path)
    turns, built, actions = [0], [], []
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    build = MainWindow._build_tab

    def recorded(window):
        tab = build(window)
        if tab is not None:
            built.append((window.ui.tabs.indexOf(tab), turns[0]))
            actions.append(window.ui.actionImport.isEnabled())
        return tab
    monkeypatch.setattr(MainWindow, "_build_tab", recorded)
    ticker.start()
    controller, _shown, ready = _started(qtbot, tmp_path, path, current_tab=2)
    _settled(qtbot, controller, ready)
    ticker.stop()
    assert [index for index, _turn in built] == [2, 0, 1, 3, 4]
    assert all(later > earlier for (_, earlier), (_, later) in zip(built, built[1:]))
    assert actions == [False] * 5 and controller.window.ui.actionImport.isEnabled()
    _close(qtbot, controller)


def test_an_unpainted_window_opens_its_database_all_the_same(qtbot, tmp_path, demo_file,
                                                             monkeypatch):
    """A window started minimised is not painted: the database is opened anyway."""
    from brastod.gui import app
    path = tmp_path / "a.sqlite3"
    shutil.copy(demo_file, path)
    monkeypatch.setattr(app._FirstPaint, "eventFilter", lambda self, watched, event: False)
    controller, shown, ready = _started(qtbot, tmp_path, path)
    _settled(qtbot, controller, ready)
    assert not shown and controller.window.windowTitle() == "Brastöd – Fagersta"
    _close(qtbot, controller)
    for watcher in controller.window.findChildren(app._FirstPaint):     # still waiting
        controller.window.windowHandle().removeEventFilter(watcher)
