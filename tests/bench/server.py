"""Brastöd on a PostgreSQL server against the same on a SQLite file (issue 18): the 50 000-row
partner workbook imported by the whole `brastod import` command, and the lägesbild's matrix on
one million incidents moved to the server by server-init --from-sqlite. The server is the
tests' own (tests/postgres.py) with fsync and synchronous commits on, as a real one has them,
on a Unix socket. Prints medians, asserts nothing."""
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from imports import ROWS, _fresh_db, make_files
from situation_report import _database, _median_ms
from table import record

RUNS = 5


def _seconds(args: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> None:
    sys.path.insert(0, str(Path(__file__).parents[2]))
    from tests import postgres
    if postgres.binaries() is None:
        print(f"  {postgres.INSTALL}")
        return
    server = postgres.started(durable=True)
    try:
        with tempfile.TemporaryDirectory() as name:
            work = Path(name)
            imports(server, work)
            matrix(server, work)
    finally:
        server.stop()


def imports(server, work: Path) -> None:
    workbook = make_files(work / "files", ROWS)["xlsx"]
    server.admin("CREATE DATABASE mall")
    subprocess.run([sys.executable, "-m", "brastod", "--db", server.url("mall"), "server-init",
                    "--municipality", "Fagersta"], check=True, capture_output=True)
    on_file, on_server = [], []
    for run in range(RUNS):             # interleaved: the same conditions for both
        database = _fresh_db(work, f"fil-{run}")
        on_file.append(_seconds([sys.executable, "-m", "brastod", "--db", str(database),
                                 "import", str(workbook)]))
        server.admin(f"CREATE DATABASE import_{run} TEMPLATE mall")
        on_server.append(_seconds([sys.executable, "-m", "brastod", "--db",
                                   server.url(f"import_{run}"), "import", str(workbook)]))
    file_s, server_s = statistics.median(on_file), statistics.median(on_server)
    print(f"  import av {ROWS:,} rader (.xlsx), hela kommandot, median av {RUNS}: fil "
          f"{file_s:5.2f} s, server {server_s:5.2f} s ({server_s / file_s:.2f}×, mål ≤ 1,5×)")
    record(f"Server: import av {ROWS // 1000} 000 rader mot samma i en fil", server_s / file_s,
           1.5, "×")


def matrix(server, work: Path) -> None:
    from brastod.core.db import open_database
    from brastod.core.periods import FORTNIGHT, YEAR, period_of
    from brastod.core.server_admin import copy_database
    from brastod.core.services.figures import compute_matrix
    laptop = _database(work)
    server.admin("CREATE DATABASE miljon")
    target = open_database(server.url("miljon"), create=True)
    try:
        began = time.perf_counter()
        copy_database(laptop, target)
        moved = time.perf_counter() - began
        with target.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
        print(f"  1 000 000 händelser flyttade till servern (server-init --from-sqlite) på "
              f"{moved:.0f} s")
        for label, period, goal in (("14 dagar", period_of(FORTNIGHT, date(2026, 11, 18)), 20),
                                    ("ett år", period_of(YEAR, date(2025, 6, 1)), 300)):
            times = {}
            for where, database in (("fil", laptop), ("server", target)):
                with database.engine.connect() as connection:
                    times[where] = _median_ms(lambda: compute_matrix(connection, period))
            print(f"  matris {label:<9}: fil {times['fil']:6.1f} ms, server "
                  f"{times['server']:6.1f} ms (mål ≤ {goal} ms)")
            record(f"Server: lägesbildens matris, {label} (1 miljon händelser)",
                   times["server"], goal, "ms")
    finally:
        target.close()
        laptop.close()


if __name__ == "__main__":
    main()
