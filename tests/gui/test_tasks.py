"""The task runner: work on a worker thread, results and errors back on the GUI thread."""
import threading
import weakref

import pytest
from PySide6.QtCore import QThread

from brastod.core.errors import BrastodError
from brastod.gui.tasks import TaskContext, TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui_thread = QThread.currentThread()
    seen = {}

    def work(ctx):
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(result):
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is gui_thread

    with qtbot.waitSignal(runner.idle, timeout=30_000):
        runner.run(work, on_done=done)
    assert seen == {"worker": True, "result": 42, "gui": True}
    assert not runner.busy


def test_a_refusal_reaches_on_error(qtbot):
    runner = TaskRunner()
    errors = []

    def work(ctx):
        raise BrastodError("Filen finns inte.")

    with qtbot.waitSignal(runner.idle, timeout=30_000):
        runner.run(work, on_done=lambda _: pytest.fail("ska inte lyckas"),
                   on_error=errors.append)
    assert [str(e) for e in errors] == ["Filen finns inte."]


def test_a_refusal_without_on_error_is_shown_by_the_window(qtbot):
    runner = TaskRunner()
    with qtbot.waitSignal(runner.refused, timeout=30_000) as refused:
        runner.run(lambda ctx: (_ for _ in ()).throw(BrastodError("Databasen är upptagen.")),
                   on_done=lambda _: pytest.fail("ska inte lyckas"))
    assert refused.args == ["Databasen är upptagen."]


def test_a_bug_never_reaches_on_error_but_the_crash_handler(qtbot):
    """One failure policy: on_error is for refusals the user can act on; anything else is a
    bug, which goes to sys.excepthook (the log and the crash dialog), not to a warning box."""
    runner = TaskRunner(synchronous=True)
    errors = []
    with pytest.raises(ValueError, match="fel i arbetet"):
        runner.run(lambda ctx: (_ for _ in ()).throw(ValueError("fel i arbetet")),
                   on_done=lambda _: pytest.fail("ska inte lyckas"), on_error=errors.append)
    assert errors == []


def test_cancel_stops_the_task_without_callbacks(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    results = []

    def work(ctx):
        release.wait(5)
        ctx.check()
        return "klar"

    with qtbot.waitSignal(runner.idle, timeout=30_000):
        ctx = runner.run(work, on_done=results.append, on_error=results.append)
        ctx.cancel()
        release.set()
    assert results == [] and ctx.cancelled


def test_tasks_run_one_at_a_time(qtbot):
    runner = TaskRunner()
    active, overlaps = [0], []
    lock = threading.Lock()

    def work(ctx):
        with lock:
            active[0] += 1
            overlaps.append(active[0])
        threading.Event().wait(0.01)
        with lock:
            active[0] -= 1

    with qtbot.waitSignal(runner.idle, timeout=30_000):
        for _ in range(5):
            runner.run(work, on_done=lambda _: None)
    assert max(overlaps) == 1


def test_synchronous_mode_runs_at_once():
    runner = TaskRunner(synchronous=True)
    results = []
    runner.run(lambda ctx: "nu", on_done=results.append)
    assert results == ["nu"]
    # A cancelled task ends quietly: no result, no error dialog.
    runner.run(lambda ctx: (ctx.cancel(), ctx.check()), on_done=results.append,
               on_error=results.append)
    assert results == ["nu"] and not runner.busy


def test_a_result_after_the_window_with_its_progress_dialog_is_gone_is_delivered(qtbot):
    """The progress dialog is the window's child: closed and deleted with it while the task
    still runs, it must not be touched when the result arrives."""
    from PySide6.QtWidgets import QWidget
    import shiboken6
    runner = TaskRunner()
    window = QWidget()
    release = threading.Event()
    results = []
    with qtbot.waitSignal(runner.idle, timeout=30_000):
        runner.run(lambda ctx: release.wait(10) and "klar", on_done=results.append,
                   label="Arbetar …", parent=window)
        shiboken6.delete(window)
        release.set()
    assert results == ["klar"]



@pytest.mark.parametrize("label", [None, "Arbetar …"])
def test_a_tasks_function_context_and_signals_are_let_go_on_the_gui_thread(qtbot, label):
    """The worker never holds the last reference to a task's objects: a QObject let go there
    is deleted there, and Qt disconnects what was connected to it there, which once deadlocked
    against a disconnect the GUI thread made at the same moment."""
    runner = TaskRunner()
    gui_thread = threading.current_thread()
    gone = {}

    def watch(thing, name: str) -> None:
        weakref.finalize(thing, lambda: gone.setdefault(name, threading.current_thread()))

    class Work:                     # a callable that can be watched
        def __call__(self, ctx):
            return 1
    work, ctx = Work(), TaskContext()
    watch(work, "fn")
    watch(ctx, "ctx")
    with qtbot.waitSignal(runner.idle, timeout=30_000):
        runner.run(work, on_done=lambda result: None, ctx=ctx, label=label)
        [(_fn, _ctx, signals)] = runner._held.values()
        watch(signals, "signals")
        del work, ctx, signals, _fn, _ctx
    qtbot.waitUntil(lambda: len(gone) == 3, timeout=30_000)
    assert gone == {"fn": gui_thread, "ctx": gui_thread, "signals": gui_thread}
