"""Several processes on one database at once: imports of different files (and one file twice),
a purge and an editor, all started while another editor holds the write lock. Each says it
waits; once the lock is let go they all finish in turn, and every row is there once. A backup,
which only reads, finishes meanwhile without waiting.
When the lock is held past the wait, the command gives up with a Swedish sentence, exit 1, and
the database is as it was."""
import sys
from datetime import date

import pytest

from brastod.core.backups import integrity_problems
from brastod.core.services.importing import import_file
from brastod.core.services.setup import create_database
from tests.crash.processes import (
    WAITING, brastod, child, expect, finish, query, write_csv,
)

FILES, ROWS, OLD, EDITS = 4, 2000, 300, 30

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes")


@pytest.fixture
def base(tmp_path):
    """A database with recent incidents and ``OLD`` from 1995 (for the purge to remove)."""
    path = tmp_path / "brastod.sqlite3"
    db = create_database(path, "Testkommun")
    import_file(db, write_csv(tmp_path / "gammal.csv", "Gammal", OLD, date(1995, 12, 31)))
    import_file(db, write_csv(tmp_path / "ny.csv", "Tidigare", 100))
    db.close()
    return path


def _incidents(path):
    return query(path, "SELECT COUNT(*) FROM incident")[0][0]


def test_writers_started_while_the_lock_is_held_all_finish_in_turn(base, tmp_path):
    files = [write_csv(tmp_path / f"fil{n}.csv", f"Fil {n}", ROWS) for n in range(FILES)]
    holder = child("lock_holder.py", base)
    expect(holder.stdout, "held")
    others = {
        **{f"import {n}": brastod(base, "import", str(path)) for n, path in enumerate(files)},
        "import again": brastod(base, "import", str(files[0])),
        "purge": brastod(base, "purge", "--yes"),
        "editor": child("writer_child.py", base, "Skrivare", EDITS),
    }
    for process in others.values():        # every one of them has met the held lock
        expect(process.stderr, WAITING)
    # A backup only reads: it does not wait for the writer, and copies what is committed.
    backup = brastod(base, "backup", str(tmp_path / "kopia.sqlite3"))
    assert (finish(backup)[1], backup.returncode) == ("", 0)
    holder.stdin.write("commit\n")
    holder.stdin.flush()
    expect(holder.stdout, "released")
    finish(holder)
    results = {name: (*finish(process), process.returncode) for name, process in others.items()}
    for name, (out, err, code) in results.items():
        assert code == 0 and "Traceback" not in err, (name, out, err)

    imported = [results[f"import {n}"][0] for n in range(1, FILES)]
    assert all(f"{ROWS} importerade" in out for out in imported)
    first_twice = sorted((results["import 0"][0], results["import again"][0]))
    assert f"{ROWS} importerade" in first_twice[1] and f"{ROWS} fanns redan" in first_twice[0], \
        first_twice        # one of the two imports of the same file added it, the other none
    assert f"{OLD} händelser före" in results["purge"][0]
    assert results["editor"][0].split("\n")[-2] == "done"

    assert _incidents(base) == 100 + FILES * ROWS
    assert query(base, "SELECT description, COUNT(*) FROM incident GROUP BY description "
                       "HAVING COUNT(*) > 1") == []
    assert query(base, "SELECT COUNT(*) FROM incident WHERE description LIKE 'Gammal%'") == [(0,)]
    assert query(base, "SELECT COUNT(*) FROM area WHERE name LIKE 'Skrivare %'") == [(EDITS,)]
    assert query(base, "SELECT COUNT(*) FROM partner WHERE name = 'Hållaren'") == [(1,)]
    assert integrity_problems(base) == []
    assert integrity_problems(tmp_path / "kopia.sqlite3") == []


@pytest.mark.parametrize("command", [["import", "FILE"], ["purge", "--yes"]])
def test_a_lock_held_past_the_wait_gives_a_swedish_message_and_changes_nothing(base, tmp_path,
                                                                              command):
    path = write_csv(tmp_path / "fil.csv", "Fil", 50)
    before = _incidents(base)
    holder = child("lock_holder.py", base)
    expect(holder.stdout, "held")
    waiting = brastod(base, *[str(path) if arg == "FILE" else arg for arg in command],
                      timeout=0.5)
    out, err = finish(waiting)             # the holder keeps the lock until this has ended
    holder.stdin.write("rollback\n")
    holder.stdin.flush()
    expect(holder.stdout, "released")
    finish(holder)
    assert waiting.returncode == 1, (out, err)
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith(f"brastod: Databasen {base} används av ett annat program och blev "
                           "inte ledig på 0,5 sekunder; vänta tills det är klart"), last
    assert _incidents(base) == before
    assert query(base, "SELECT COUNT(*) FROM partner WHERE name = 'Hållaren'") == [(0,)]
    assert integrity_problems(base) == []


def test_a_restore_among_them_leaves_every_write_whole_in_the_kept_copy_or_the_restored_one(
        base, tmp_path):
    from brastod.core.backups import list_backups, take
    backup = take(base, "manuell")
    files = [write_csv(tmp_path / f"fil{n}.csv", f"Fil {n}", ROWS) for n in range(FILES)]
    holder = child("lock_holder.py", base)
    expect(holder.stdout, "held")
    others = {
        **{f"import {n}": brastod(base, "import", str(path)) for n, path in enumerate(files)},
        "purge": brastod(base, "purge", "--yes"),
        "editor": child("writer_child.py", base, "Skrivare", EDITS),
        "restore": brastod(base, "restore", str(backup)),
    }
    for process in others.values():
        expect(process.stderr, WAITING)
    holder.stdin.write("commit\n")
    holder.stdin.flush()
    expect(holder.stdout, "released")
    finish(holder)
    for name, process in others.items():
        out, err = finish(process)
        assert process.returncode == 0 and "Traceback" not in err, (name, out, err)
    [kept] = [b.path for b in list_backups(base) if b.kind == "fore-aterstallning"]
    for n in range(FILES):
        count = f"SELECT COUNT(*) FROM incident WHERE description LIKE 'Fil {n} rad %'"
        where = (query(kept, count)[0][0], query(base, count)[0][0])
        assert where in ((ROWS, 0), (0, ROWS)), (n, where)
    areas = "SELECT name FROM area WHERE name LIKE 'Skrivare %'"
    in_kept, in_restored = set(query(kept, areas)), set(query(base, areas))
    assert in_kept.isdisjoint(in_restored) and len(in_kept | in_restored) == EDITS
    # the holder committed before anyone else could write: before the restore, so kept
    assert query(kept, "SELECT COUNT(*) FROM partner WHERE name = 'Hållaren'") == [(1,)]
    assert integrity_problems(base) == [] and integrity_problems(kept) == []
