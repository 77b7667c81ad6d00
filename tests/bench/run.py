"""Benchmarks (not tests): they report numbers, they assert nothing. Run with `make bench`.

Start-up: from process start to (a) the main window painted (its first expose) and (b) every
tab filled, with the example database, against a bare PySide6 main window with five empty tabs
measured the same way in the same run; and (c) the longest the GUI thread was held between the
two. Each figure is the median of fresh processes, timed from the parent. Both programs run from
bytecode written by a first run into a folder of the benchmark's own (PYTHONPYCACHEPREFIX), as
an installed program or the bundle does; compiling Brastöd's sources at every start (as with
PYTHONDONTWRITEBYTECODE) adds about 15 ms before the first paint.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7

# "shown" is the first expose (Qt paints the window right then), as app.run reports it.
BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication([])
window = QMainWindow()
tabs = QTabWidget()
for title in ("Möteskalender", "Inkomna rapporter", "Lägesbild", "Åtgärdsplan", "Redovisning"):
    tabs.addTab(QWidget(), title)
window.setCentralWidget(tabs)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            print("shown", flush=True)
            print("ready", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

first_paint = FirstPaint()
window.winId()
window.windowHandle().installEventFilter(first_paint)
window.show()
app.exec()
"""

BRASTOD = """
import sys
from pathlib import Path
from brastod.gui.app import run
raise SystemExit(run(Path(sys.argv[1]), quit_when_ready=True))
"""


def _timed(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning the process to each line it prints ("pause S": the S it gives)."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=env)
    marks = {}
    for line in process.stdout:
        name, _, value = line.strip().partition(" ")
        marks[name] = float(value) if value else time.perf_counter() - start
    process.wait(timeout=60)
    if process.returncode != 0 or not {"shown", "ready"} <= set(marks):
        raise RuntimeError(f"{args[:2]} gav {marks}, kod {process.returncode}")
    return marks


def _median(samples: list[dict[str, float]], key: str) -> float:
    return statistics.median(s[key] for s in samples)


def startup(folder: Path) -> None:
    db = folder / "demo.sqlite3"
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "brastod", "--db", str(db), "demo"], check=True,
                   stdout=subprocess.DEVNULL)
    demo_seconds = time.perf_counter() - began
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder / "bytecode")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    _timed([sys.executable, "-c", BARE], env)              # the bytecode written, the file
    _timed([sys.executable, "-c", BRASTOD, str(db)], env)  # cache warm
    bare, ours = [], []
    for _ in range(RUNS):                                   # interleaved: same conditions
        bare.append(_timed([sys.executable, "-c", BARE], env))
        ours.append(_timed([sys.executable, "-c", BRASTOD, str(db)], env))
    bare_shown = _median(bare, "shown")
    shown, ready = _median(ours, "shown"), _median(ours, "ready")
    pause = _median(ours, "pause")
    print(f"Start-up, median of {RUNS} fresh processes (QT_QPA_PLATFORM="
          f"{__import__('os').environ.get('QT_QPA_PLATFORM', 'default')}):")
    print(f"  bare PySide6 window, five empty tabs, shown   {bare_shown:6.3f} s")
    print(f"  Brastöd with example data, window shown       {shown:6.3f} s   "
          f"({shown / bare_shown:.2f}× bare)")
    print(f"  Brastöd with example data, every tab filled   {ready:6.3f} s   "
          f"({ready / bare_shown:.2f}× bare)")
    print(f"  the GUI thread held at most, shown → filled    {pause * 1000:6.0f} ms")
    print(f"  (brastod demo, for reference: {demo_seconds:.2f} s to create the example "
          "database)")
    record("Start: fönstret visat, mot ett tomt PySide6-fönster", shown / bare_shown, 2, "×")


def bundle() -> None:
    """The size of the bundle `make build` left in dist/, if there is one."""
    folder = next((path for path in (Path(__file__).parents[2] / "dist").glob("brastod*")
                   if path.is_dir()), None)
    if folder is None:
        print("Paketet: inget i dist/ (kör make smoke för att bygga och mäta det)")
        return
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"Paketet {folder.name}: {size / 2**20:.1f} MiB")
    record(f"Paketet på disk (dist/{folder.name})", size / 2**20, 180, "MiB")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    from table import record
    with tempfile.TemporaryDirectory() as folder:
        startup(Path(folder))
    bundle()
    import imports
    imports.main()
    import reports
    print("Inkomna rapporter, 100 000 händelser:")
    reports.main()
    import situation_report
    print("Lägesbild, 1 000 000 händelser över fem år:")
    situation_report.main()
    import reporting
    print("Rapportering, 1 000 000 händelser:")
    reporting.main()
    import server
    print("PostgreSQL-server mot fil:")
    server.main()
    import live_changes
    print("Ändringar av andra i ett öppet fönster:")
    live_changes.main()
    import action_plans
    action_plans.main()
    import meeting_pack
    meeting_pack.main()
    import responsiveness
    responsiveness.main()
    import table
    table.print_table()
