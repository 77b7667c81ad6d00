"""A restore while other processes write loses no acknowledged write. A writer that commits
areas one by one: every area it was told was saved is in the copy kept before the restore or
(committed after it) in the restored database, never in both and never in neither. An import
that holds the lock when the restore comes is finished first and kept whole in that copy; an
import that comes while the restore holds the lock waits and lands whole in the restored
database. The children say where they are; nothing is timed."""
import re
import sys

import pytest

from brastod.core import backups
from brastod.core.services.setup import create_database
from tests.crash.processes import WAITING, brastod, child, expect, finish, query, write_csv

ROWS = 20_000

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes")


@pytest.fixture
def live(tmp_path):
    """A database and a backup of it taken before anything the tests write."""
    path = tmp_path / "brastod.sqlite3"
    create_database(path, "Testkommun").close()
    backup = backups.take(path, "manuell")
    return path, backup


def _kept(out: str):
    from pathlib import Path
    return Path(re.search(r"finns kvar i (.+?\.sqlite3)\.", out).group(1))


def _names(path, prefix: str) -> set[int]:
    return {int(name.rsplit(" ", 1)[1]) for (name,) in
            query(path, f"SELECT name FROM area WHERE name LIKE '{prefix} %'")}


def test_every_acknowledged_write_is_in_the_kept_copy_or_the_restored_database(live):
    path, backup = live
    writer = child("writer_child.py", path, "Skrivare", -1)
    saved = [int(expect(writer.stdout, "saved").split()[1]) for _ in range(20)]
    restore = brastod(path, "restore", str(backup))
    out, err = finish(restore)
    assert restore.returncode == 0 and "Traceback" not in err, (out, err)
    kept = _kept(out)
    in_kept = _names(kept, "Skrivare")
    # The writer goes on: its next acknowledgement after the last kept one was committed after
    # the restore, into the restored database.
    after = max(in_kept) + 1
    while saved[-1] < after:
        saved.append(int(expect(writer.stdout, "saved").split()[1]))
    writer.stdin.write("stop\n")
    writer.stdin.flush()
    rest, err = finish(writer)
    assert writer.returncode == 0 and "Traceback" not in err, err
    saved += [int(line.split()[1]) for line in rest.splitlines() if line.startswith("saved")]
    in_restored = _names(path, "Skrivare")
    assert set(range(20)) <= in_kept                    # acknowledged before the restore began
    assert after in in_restored
    assert in_kept.isdisjoint(in_restored)
    assert set(saved) == in_kept | in_restored, set(saved) ^ (in_kept | in_restored)
    assert backups.integrity_problems(path) == [] and backups.integrity_problems(kept) == []


def test_an_import_holding_the_lock_is_finished_first_and_kept_whole(live, tmp_path):
    path, backup = live
    importing = child("pausing_import.py", path, write_csv(tmp_path / "stor.csv", "Stor", ROWS))
    expect(importing.stdout, "paused")              # inside its transaction
    restore = brastod(path, "restore", str(backup))
    expect(restore.stderr, WAITING)                 # the restore waits for the import …
    importing.stdin.write("\n")
    importing.stdin.flush()
    out, err = finish(importing)
    assert f"{ROWS} importerade" in out and importing.returncode == 0, (out, err)
    out, err = finish(restore)                      # … and then restores
    assert restore.returncode == 0, (out, err)
    count = "SELECT COUNT(*) FROM incident WHERE description LIKE 'Stor rad %'"
    assert query(_kept(out), count) == [(ROWS,)]
    assert query(path, count) == [(0,)]


def test_an_import_that_comes_during_a_restore_waits_and_lands_whole_in_the_restored_database(
        live, tmp_path):
    path, backup = live
    restore = child("pausing_restore.py", path, backup)
    expect(restore.stdout, "holding")               # the restore has the lock
    importing = brastod(path, "import", str(write_csv(tmp_path / "stor.csv", "Stor", ROWS)))
    expect(importing.stderr, WAITING)               # the import waits for it …
    restore.stdin.write("\n")
    restore.stdin.flush()
    out, err = finish(restore)
    assert restore.returncode == 0, (out, err)
    kept = out.split("restored ", 1)[1].strip()
    out, err = finish(importing)                    # … and then imports into what was restored
    assert importing.returncode == 0 and f"{ROWS} importerade" in out, (out, err)
    count = "SELECT COUNT(*) FROM incident WHERE description LIKE 'Stor rad %'"
    assert query(path, count) == [(ROWS,)]
    assert query(kept, count) == [(0,)]


def test_a_restore_killed_while_it_holds_the_lock_leaves_the_database_as_it_was(live):
    import os
    import signal
    from brastod.core.db import open_database
    from brastod.core.services import registers
    path, backup = live
    db = open_database(path)
    registers.add_area(db, "Efter kopian")
    restore = child("pausing_restore.py", path, backup)
    expect(restore.stdout, "holding")               # the first page is copied, uncommitted
    os.kill(restore.pid, signal.SIGKILL)
    restore.wait()
    registers.add_area(db, "Efter den dödade")      # the lock is free again
    names = {area.name for area in registers.list_areas(db)}
    db.close()
    assert {"Efter kopian", "Efter den dödade"} <= names
    assert backups.integrity_problems(path) == []
