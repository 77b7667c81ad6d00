import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

import brastod.gui
from brastod.gui.tasks import TaskRunner
from tests.gui.one_transaction import one_writing_transaction_per_write  # noqa: F401 (autouse)

GUI_FOLDER = str(Path(brastod.gui.__file__).parent)


@pytest.fixture
def tasks(qtbot):
    return TaskRunner(synchronous=True)


@pytest.fixture
def data(qtbot, demo_db, tasks):
    """The example database behind a synchronous runner, as the window would hold it."""
    from tests.gui.data_for import data_for
    return data_for(tasks, demo_db)


@pytest.fixture
def threaded(qtbot):
    """A runner with its real worker thread (results arrive later, in the event loop)."""
    runner = TaskRunner()
    yield runner
    runner.wait()
    qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)


@pytest.fixture
def window(qtbot, demo_db, tasks):
    from tests.gui.window_for import window_for
    return window_for(qtbot, tasks, demo_db)


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


@pytest.fixture(autouse=True)
def no_database_on_the_gui_thread(monkeypatch):
    """Fails a test in which GUI code opens a database session on the GUI thread outside a
    task of the runner: in the window, a second writer holding the lock would freeze it. (The
    synchronous runner of most tests runs tasks on this thread, so "in a task" is tracked; the
    test's own set-up and checks, which are not GUI code, may use the database freely.)"""
    from brastod.core.db import Database
    in_task = threading.local()
    run, session = TaskRunner.run, Database.session

    def tracked_run(self, fn, **kwargs):
        def tracked(ctx):
            depth = getattr(in_task, "depth", 0)
            in_task.depth = depth + 1
            try:
                return fn(ctx)
            finally:
                in_task.depth = depth
        return run(self, tracked, **kwargs)

    @contextmanager
    def guarded(self):
        if threading.current_thread() is threading.main_thread() \
                and not getattr(in_task, "depth", 0):
            frame = sys._getframe(2)
            while frame is not None:
                if frame.f_code.co_filename.startswith(GUI_FOLDER):
                    pytest.fail(f"{frame.f_code.co_filename}:{frame.f_lineno} "
                                f"({frame.f_code.co_name}) öppnar databasen på GUI-tråden "
                                "utan att gå genom TaskRunner", pytrace=False)
                frame = frame.f_back
        with session(self) as opened:
            yield opened
    monkeypatch.setattr(TaskRunner, "run", tracked_run)
    monkeypatch.setattr(Database, "session", guarded)


@pytest.fixture
def anna(demo_db, monkeypatch):
    """The second writer: another program on the same file, as anna.berg; ``anna(save, *args,
    **kwargs)`` runs ``save(her database, …)``."""
    from brastod.core import versions
    from brastod.core.db import open_database
    other = open_database(demo_db.path)

    def as_anna(save, *args, **kwargs):
        with monkeypatch.context() as patch:     # undo() would drop the autouse guards too
            patch.setattr(versions.getpass, "getuser", lambda: "anna.berg")
            return save(other, *args, **kwargs)
    yield as_anna
    other.close()
