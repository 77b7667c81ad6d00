"""The task runner: work on a worker thread, results and errors back on the GUI thread."""
import threading

import pytest
from PySide6.QtCore import QThread

from brastod.gui.tasks import TaskRunner


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


def test_error_reaches_on_error(qtbot):
    runner = TaskRunner()
    errors = []

    def work(ctx):
        raise ValueError("fel i arbetet")

    with qtbot.waitSignal(runner.idle, timeout=30_000):
        runner.run(work, on_done=lambda _: pytest.fail("ska inte lyckas"),
                   on_error=errors.append)
    assert [str(e) for e in errors] == ["fel i arbetet"]


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
