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
from collections import defaultdict
from datetime import date
from pathlib import Path

from imports import ROWS, TODAY, _Stages, _fresh_db, make_files
from situation_report import _database, _median_ms
from table import record

RUNS = 7


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
    targets = _ready(server, work, "import")
    on_file, on_server, ratios = [], [], []
    for run, (database, url) in enumerate(targets):     # interleaved, each first in turn
        seconds = {}
        for where, target in (("fil", database), ("server", url))[::1 if run % 2 else -1]:
            seconds[where] = _seconds([sys.executable, "-m", "brastod", "--db", str(target),
                                       "import", str(workbook)])
        on_file.append(seconds["fil"])
        on_server.append(seconds["server"])
        ratios.append(seconds["server"] / seconds["fil"])
    file_s, server_s = statistics.median(on_file), statistics.median(on_server)
    print(f"  import av {ROWS:,} rader (.xlsx), hela kommandot, median av {RUNS}: fil "
          f"{file_s:5.2f} s, server {server_s:5.2f} s ({server_s / file_s:.2f}×, mål ≤ 1,5×; "
          f"kvoternas median {statistics.median(ratios):.2f}×)")
    record(f"Server: import av {ROWS // 1000} 000 rader mot samma i en fil", server_s / file_s,
           1.5, "×")
    stages(server, work, workbook)


def _ready(server, work: Path, prefix: str) -> list[tuple[Path, str]]:
    """RUNS pairs of a new file and a new server database, both as server-init or init leaves
    them, all made before the first run: making a server database writes the whole template
    (its WAL and pages), which the server may still be writing out during an import that
    follows at once, while a file is copied in no time. Each server database has been
    opened once, as one in use has, and the server is then at rest (CHECKPOINT)."""
    targets = []
    for run in range(RUNS):
        name = f"{prefix}_{run}"
        server.admin(f"CREATE DATABASE {name} TEMPLATE mall")
        server.admin("SELECT 1", dbname=name)
        targets.append((_fresh_db(work, f"{prefix}-{run}"), server.url(name)))
    server.admin("CHECKPOINT")
    return targets


def stages(server, work: Path, workbook: Path) -> None:
    """Each stage's own time in one process, on a file and on the server side by side (median
    of RUNS, interleaved)."""
    from brastod.core.db import open_database
    from brastod.core.services.importing import commit, prepare
    timed = _Stages()
    spent = {"fil": defaultdict(list), "server": defaultdict(list)}
    for run, (database, url) in enumerate(_ready(server, work, "steg")):
        for where, target in (("fil", database), ("server", url))[::1 if run % 2 else -1]:
            began = time.perf_counter()
            db = open_database(target)
            spent[where]["open"].append(time.perf_counter() - began)
            timed.spent.clear()
            began = time.perf_counter()
            result = commit(db, prepare(db, workbook, today=TODAY))
            spent[where]["prepare + commit"].append(time.perf_counter() - began)
            db.close()
            assert result.imported == ROWS, result.message
            for stage, seconds in timed.stages().items():
                spent[where][stage].append(seconds)
    print(f"  varje steg i en process, s (median av {RUNS}):")
    for stage in dict.fromkeys([*spent["fil"], *spent["server"]]):
        file_s, server_s = (statistics.median(spent[where].get(stage, [0]))
                            for where in ("fil", "server"))
        print(f"    {stage:<22} fil {file_s:6.3f}  server {server_s:6.3f}")


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
