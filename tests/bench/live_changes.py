"""Changes by others in an open window (issue 18, item 4): the delay from another process's
commit of a new lägesbild to the Lägesbild tab's list reloaded with it, on the example database
as a SQLite file and on a PostgreSQL server (the tests' own, durable, on a Unix socket).
The other process prints the time of its commit; the window notes when its list shows the row;
runs alternate between the two databases. Prints medians, asserts nothing."""
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
GOAL_S = 2.0        # "within about two seconds"
RECORD = "record"   # the child's figures, for the parent's table

ADD_REPORT = """
import sys, time
from datetime import date
from brastod.core.db import open_database
from brastod.core.periods import Period
from brastod.core.services.situation_reports import create_report
db = open_database(sys.argv[1])
create_report(db, "operational", Period(date(2026, 1, 1), date(2026, 1, 31)), title=sys.argv[2])
print(time.time(), flush=True)
db.close()
"""


def main() -> None:
    root = Path(__file__).parents[2]
    sys.path.insert(0, str(root))
    from tests import postgres
    if postgres.binaries() is None:
        print(f"  {postgres.INSTALL}")
        return
    server = postgres.started(durable=True)
    try:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            file = folder / "demo.sqlite3"
            subprocess.run([sys.executable, "-m", "brastod", "--db", str(file), "demo"],
                           check=True, capture_output=True)
            server.admin("CREATE DATABASE demo")
            url = server.url("demo")
            subprocess.run([sys.executable, "-m", "brastod", "--db", url, "server-init",
                            "--demo"], check=True, capture_output=True)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                             "XDG_CACHE_HOME"):
                env[variable] = str(folder / variable.lower())
            child = subprocess.run([sys.executable, __file__, str(file), url], env=env,
                                   check=False, stdout=subprocess.PIPE, text=True)
    finally:
        server.stop()
    from table import record
    for line in child.stdout.splitlines():
        if line.startswith(RECORD):
            _, kind, median = line.split()
            record(f"Ändring av andra syns i fönstret ({kind})", float(median), GOAL_S, "s")
        else:
            print(line)


def session(targets: list[str]) -> None:
    """The child: a window per database, each change made by another process, in turn."""
    from brastod.core.logs import log_file
    from brastod.gui.app import Application, make_qapplication
    from brastod.gui.models.table import ROW_ROLE
    app = make_qapplication([sys.argv[0]])      # noqa: F841 (kept alive for the windows)
    windows = []
    for target in targets:
        controller = Application(log_file())
        controller.start(target)
        window = controller.window
        _wait(lambda: bool(window.tabs) and not window._waiting and controller.db is not None)
        window.ui.tabs.setCurrentWidget(window.situation_reports)
        windows.append((controller, window))
    delays: dict[str, list[float]] = {target: [] for target in targets}
    for run in range(RUNS):
        for target, (_controller, window) in zip(targets, windows, strict=True):
            tab = window.situation_reports
            title = f"Mätning {run}"
            seen: list[float] = []

            def loaded(_rows, tab=tab, title=title, seen=seen):
                shown = (tab.proxy.index(row, 0).data(ROW_ROLE).title
                         for row in range(tab.proxy.rowCount()))
                if not seen and title in shown:
                    seen.append(time.time())
            tab.loaded.connect(loaded)
            other = subprocess.Popen([sys.executable, "-c", ADD_REPORT, target, title],
                                     stdout=subprocess.PIPE, text=True)
            _wait(lambda: bool(seen) and other.poll() is not None, 60)
            tab.loaded.disconnect(loaded)
            committed = float(other.stdout.read().strip() or "nan")
            if seen:
                delays[target].append(seen[0] - committed)
    for target, (controller, window) in zip(targets, windows, strict=True):
        kind = "fil" if controller.db.server is None else "server"
        found = delays[target]
        if not found:
            print(f"  {kind}: ändringen syntes inte inom en minut")
            continue
        median = statistics.median(found)
        print(f"  {kind}: ändring av en annan process → listan omladdad: median "
              f"{median:.2f} s ({len(found)} körningar, min {min(found):.2f}, "
              f"max {max(found):.2f})")
        print(f"{RECORD} {kind} {median}", flush=True)
        window.close()
        controller.db.close()


def _wait(condition, seconds: float = 120) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


if __name__ == "__main__":
    session(sys.argv[1:])
