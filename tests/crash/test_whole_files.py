"""Whole files or none (issue 14, item 3): a backup, an export or a restore killed (SIGKILL) at
any moment, or stopped by a full disk, leaves either nothing or the whole file under the
target's name, and what it left behind is swept at the next start. The child reports where it
is; the parent kills it at a chosen report, or once the temporary file has grown to half the
database, never on a timer."""
import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
from datetime import datetime
from pathlib import Path

import pytest

from brastod.core import backups
from brastod.core.db import backup_name, backup_stem
from brastod.core.exports.files import write_atomically
from brastod.core.wholefiles import NAME_MAX

CHILD = Path(__file__).with_name("whole_files_child.py")
BLOBS = 1200            # of 100 kB: a database of about 120 MB, a copy that takes a while
CSV = "Datum;Område;Händelsetyp;Beskrivning;Antal\n2026-11-01;Centrum;Klotter;Test;1\n"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture(scope="module")
def large_db(demo_file, tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "stor.sqlite3"
    shutil.copy(demo_file, path)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE ballast (data BLOB)")
    connection.executemany("INSERT INTO ballast VALUES (randomblob(100000))", [()] * BLOBS)
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "brastod", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def _kill_at(stop: str, args: list, half_of: Path | None = None) -> list[str]:
    """Runs the child, kills it at ``stop`` (or, with ``half_of``, once its temporary holds
    half of that file or it reports anything more); returns the lines it reported."""
    process = subprocess.Popen([sys.executable, str(CHILD), stop, *map(str, args)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    reported: queue.Queue = queue.Queue()

    def read() -> None:
        for line in process.stdout:
            reported.put(line.strip())
        reported.put("")                    # it ended

    threading.Thread(target=read, daemon=True).start()
    lines = []
    try:
        while True:
            lines.append(reported.get(timeout=300))
            if not lines[-1] or lines[-1].split()[0] == stop:
                break
            if half_of is not None and lines[-1].startswith("writing "):
                temporary, half = Path(lines[-1].split(" ", 1)[1]), half_of.stat().st_size / 2
                while reported.empty() and not (temporary.exists()
                                                and temporary.stat().st_size >= half):
                    os.sched_yield()
                break
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, f"the child ended on its own: {lines}"
    return lines


def _temporaries(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if ".brastod-" in n and ".tmp" in n)


def _sound_copy_of(copy: Path, database: Path) -> None:
    assert backups.integrity_problems(copy) == []
    count = "SELECT count(*) FROM ballast"
    with sqlite3.connect(copy) as a, sqlite3.connect(database) as b:
        assert a.execute(count).fetchone() == b.execute(count).fetchone()


@pytest.mark.parametrize("moment", ["writing", "half", "written", "placed"])
def test_a_killed_backup_leaves_nothing_or_the_whole_copy(large_db, tmp_path, moment):
    folder = tmp_path / "kopior"
    folder.mkdir()
    target = folder / "kopia.sqlite3"
    lines = _kill_at("written" if moment == "half" else moment,
                     ["--db", large_db, "backup", target],
                     half_of=large_db if moment == "half" else None)
    assert lines[0].startswith("writing ")
    if moment == "placed":
        _sound_copy_of(target, large_db)
    else:
        assert not target.exists()
    assert set(os.listdir(folder)) <= {target.name, *_temporaries(folder)}
    if moment in ("half", "written"):
        assert _temporaries(folder), "the killed child left its temporary"
    # The next backup into that folder sweeps what the killed one left.
    again = _cli("--db", large_db, "backup", folder / "igen.sqlite3")
    assert (again.returncode, again.stderr) == (0, "")
    assert _temporaries(folder) == []
    _sound_copy_of(folder / "igen.sqlite3", large_db)


@pytest.mark.parametrize("moment", ["half", "written", "placed"])
def test_a_killed_backup_before_an_import_leaves_no_half_backup(large_db, tmp_path, moment):
    database = tmp_path / "stor.sqlite3"
    shutil.copy(large_db, database)
    _kill_at("written" if moment == "half" else moment, ["take", database],
             half_of=database if moment == "half" else None)
    folder = backups.folder_of(database)
    found = backups.list_backups(database)
    if moment == "placed":
        assert len(found) == 1 and found[0].kind == "fore-import"
        _sound_copy_of(found[0].path, database)
    else:
        assert found == [] and _temporaries(folder)
    assert set(os.listdir(folder)) == {b.path.name for b in found} | set(_temporaries(folder))
    # The next start (any command) sweeps the database's folder and its backups/.
    result = _cli("--db", database, "stats")
    assert (result.returncode, result.stderr) == (0, "")
    assert _temporaries(folder) == [] and _temporaries(database.parent) == []
    assert backups.list_backups(database) == found


@pytest.mark.parametrize("moment", ["writing", "written", "placed"])
def test_a_killed_export_leaves_nothing_or_the_whole_file(demo_file, tmp_path, moment):
    database = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, database)
    target = tmp_path / "ut" / "handelser.xlsx"
    target.parent.mkdir()
    _kill_at(moment, ["--db", database, "export", "incidents", "--from", "2025-01-01",
                      "--to", "2026-11-22", "--xlsx", target])
    assert target.exists() == (moment == "placed")
    left = _temporaries(target.parent)
    assert set(os.listdir(target.parent)) == ({target.name} if target.exists() else set()) \
        | set(left)
    if moment == "written":
        assert len(left) == 1 and left[0].startswith(".handelser.xlsx.brastod-")
    # The next export into that folder sweeps it.
    result = _cli("--db", database, "export", "calendar", "--ics", target.parent / "m.ics")
    assert (result.returncode, result.stderr) == (0, "")
    assert _temporaries(target.parent) == []


def test_a_running_exports_temporary_is_not_swept(demo_file, tmp_path):
    """Only temporaries whose process is gone are removed: not one being written now."""
    database = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, database)
    target = tmp_path / "moten.ics"
    process = subprocess.Popen([sys.executable, str(CHILD), "written", "--db", str(database),
                                "export", "calendar", "--ics", str(target)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        lines = []
        while not lines or not lines[-1].startswith("written"):
            lines.append(process.stdout.readline())
            assert lines[-1], f"the child ended: {lines}"
        running = _temporaries(tmp_path)
        assert len(running) == 1
        write_atomically(tmp_path / "annan.txt", lambda path: path.write_text("hej"))
        assert _temporaries(tmp_path) == running
        process.stdin.write("fortsätt\n")
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert target.exists() and _temporaries(tmp_path) == []


# ---- a full disk ----

@pytest.fixture
def small_disk():
    """A tmpfs of 1 MB (root only; skipped where it cannot be mounted)."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root and mount")
    folder = Path(tempfile.mkdtemp(prefix="brastod-full-"))

    def mount(size: int, options: str = "") -> Path:
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}{options}", "tmpfs",
                                 str(folder)], capture_output=True, text=True)
        if result.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
        return folder

    yield mount
    subprocess.run(["umount", str(folder)], capture_output=True)
    folder.rmdir()


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(demo_file, tmp_path, small_disk):
    disk = small_disk(demo_file.stat().st_size // 2)
    target = disk / "kopia.sqlite3"
    result = _cli("--db", demo_file, "backup", target)
    assert (result.returncode, result.stderr) == (1, (
        f"brastod: Säkerhetskopian {target} kunde inte sparas: disken är full. Frigör utrymme "
        "eller välj en annan disk.\n"))
    assert os.listdir(disk) == []


def test_an_import_on_a_full_disk_says_so_and_leaves_no_empty_backup(demo_file, small_disk,
                                                                      tmp_path):
    size = demo_file.stat().st_size
    disk = small_disk(size + size // 2)     # the database fits, its copy before the import not
    database = disk / "demo.sqlite3"
    shutil.copy(demo_file, database)
    before = _cli("--db", database, "stats", "--json").stdout
    report = tmp_path / "rapport.csv"
    report.write_text(CSV)
    result = _cli("--db", database, "import", report, "--partner", "Fagerstabostäder")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.endswith("disken är full. Frigör utrymme eller välj en annan disk.\n")
    assert result.stderr.startswith("brastod: Säkerhetskopian ")
    assert os.listdir(disk / "backups") == []       # no file carries a backup's name
    assert _cli("--db", database, "stats", "--json").stdout == before


def test_a_database_on_a_read_only_disk_is_read_and_not_written(demo_file, small_disk, tmp_path):
    disk = small_disk(2 * demo_file.stat().st_size)
    shutil.copy(demo_file, disk / "demo.sqlite3")
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    database = disk / "demo.sqlite3"
    report = tmp_path / "rapport.csv"
    report.write_text(CSV)
    result = _cli("--db", database, "import", report, "--partner", "Fagerstabostäder")
    assert (result.returncode, result.stderr) == (1, (
        f"brastod: Mappen {disk} ligger på en skrivskyddad disk. Brastöd behöver kunna skriva i "
        "databasen och i mappen den ligger i: be om skrivrättighet eller flytta databasen till "
        "en mapp du kan skriva i.\n"))
    for args in (["stats"], ["check"], ["backup", tmp_path / "kopia.sqlite3"]):
        result = _cli("--db", database, *args)
        assert (result.returncode, result.stderr) == (0, ""), args
    assert backups.integrity_problems(tmp_path / "kopia.sqlite3") == []


# ---- names ----

def test_backups_in_the_same_millisecond_from_two_processes_both_kept(demo_file, tmp_path):
    database = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, database)
    code = ("import sys; from datetime import datetime; from brastod.core.backups import take; "
            "print('ready', flush=True); sys.stdin.readline(); "
            "print(take(sys.argv[1], 'fore-import', datetime(2026, 11, 22, 9, 0, 0, 123456)), "
            "flush=True)")
    children = [subprocess.Popen([sys.executable, "-c", code, str(database)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                for _ in range(3)]
    for child in children:
        assert child.stdout.readline() == "ready\n"
    for child in children:          # all three start together
        child.stdin.write("go\n")
        child.stdin.flush()
    written = sorted(child.communicate(timeout=120)[0].strip() for child in children)
    assert [child.returncode for child in children] == [0, 0, 0]
    found = backups.list_backups(database)
    assert sorted(str(b.path) for b in found) == written
    assert sorted(b.taken for b in found) == [datetime(2026, 11, 22, 9, 0, 0, ms * 1000)
                                              for ms in (123, 124, 125)]
    for backup in found:
        assert backups.integrity_problems(backup.path) == []


def test_old_and_new_backup_names_are_both_listed_and_others_are_not(tmp_path):
    database = tmp_path / "demo.sqlite3"
    folder = backups.folder_of(database)
    folder.mkdir()
    for name in ("demo-auto-20261120-080000.sqlite3",           # before issue 14
                 "demo-fore-import-20261121-090000-250.sqlite3",
                 "demo-fore-v2-20261119-070000.sqlite3",
                 "demo-2-auto-20261122-080000-000.sqlite3",        # demo-2.sqlite3's
                 "demo-auto-20261122-080000-000.sqlite3-journal",
                 ".demo-auto-20261122-080000-000.sqlite3.brastod-abcdef-1-01234567.tmp",
                 "demo-auto-inte-en-tid.sqlite3"):
        (folder / name).write_bytes(b"x")
    assert [(b.kind, b.taken) for b in backups.list_backups(database)] == [
        ("fore-import", datetime(2026, 11, 21, 9, 0, 0, 250_000)),
        ("auto", datetime(2026, 11, 20, 8, 0)),
        ("fore-v2", datetime(2026, 11, 19, 7, 0))]


def test_a_database_with_a_244_byte_name_imports_backs_up_and_restores(demo_file, tmp_path):
    database = tmp_path / ("å" * 100 + "a" * 36 + ".sqlite3")
    assert len(database.name.encode()) == 244
    shutil.copy(demo_file, database)
    report = tmp_path / "rapport.csv"
    report.write_text(CSV)
    result = _cli("--db", database, "import", report, "--partner", "Fagerstabostäder")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    found = backups.list_backups(database)
    assert [b.kind for b in found] == ["fore-import"]
    assert len(found[0].path.name.encode()) <= NAME_MAX
    assert found[0].path.name.startswith(backup_stem(database) + "-fore-import-")
    assert backup_stem(database) == backup_stem(database.with_name(database.name))  # fixed
    result = _cli("--db", database, "restore", found[0].path)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert {b.kind for b in backups.list_backups(database)} == {"fore-import",
                                                               "fore-aterstallning"}
    longest = max(("fore-aterstallning", "fore-import", "auto"), key=len)
    assert len(backup_name(database, longest + "-x" * 10, datetime.now()).encode()) <= NAME_MAX


def test_a_full_disk_during_an_imports_own_writing_is_told_as_a_full_disk(demo_file, tmp_path,
                                                                          small_disk):
    """The copy before the import fits, the import does not: the unit of work tells SQLite's
    error in Swedish (so the command line and the window say it, not "ett oväntat fel") and the
    database keeps none of the import."""
    from brastod.core.db import open_database
    from brastod.core.errors import BrastodError
    from brastod.core.services.importing import import_file
    from brastod.core.services.stats import counts
    size = demo_file.stat().st_size
    disk = small_disk(2 * size + 700_000)
    database = disk / "demo.sqlite3"
    shutil.copy(demo_file, database)
    report = tmp_path / "stor.csv"
    report.write_text("Datum;Område;Händelsetyp;Beskrivning;Antal\n" + "".join(
        f"2026-10-{1 + n % 28:02d};Centrum;Klotter;Händelse {n} {'x' * 100};1\n"
        for n in range(20_000)))
    db = open_database(database)
    try:
        before = counts(db)
        with pytest.raises(BrastodError) as failed:
            import_file(db, report, partner_name="Fagerstabostäder")
        assert str(failed.value) == (
            f"Disken där databasen {database} ligger är full. Frigör utrymme på disken och "
            "försök igen.")
        assert counts(db) == before
    finally:
        db.close()
    assert len(backups.list_backups(database)) == 1
    assert backups.integrity_problems(database) == []


def test_temporaries_fit_any_legal_name_and_only_this_computers_dead_ones_are_swept(tmp_path):
    from brastod.core.wholefiles import sweep, temporary_for
    target = tmp_path / ("ö" * 123 + ".xlsx")          # 251 bytes
    temporary = temporary_for(target)
    assert len(temporary.name.encode()) + len("-journal") <= NAME_MAX
    assert temporary.parent == tmp_path and temporary.name.startswith(".ö")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    ours = temporary.name.split(".brastod-")[1].split("-")[0]
    left = {f".a.xlsx.brastod-{ours}-{dead}-0123abcd.tmp": False,          # swept
            f".a.xlsx.brastod-{ours}-{dead}-0123abcd.tmp-journal": False,
            f".a.xlsx.brastod-{ours}-{os.getpid()}-0123abcd.tmp": True,    # ours, running
            f".a.xlsx.brastod-ffffff-{dead}-0123abcd.tmp": True,           # another computer's
            "a.xlsx": True, ".a.xlsx.brastod-x.tmp": True}
    if ours == "ffffff":
        pytest.skip("this computer's name hashes to the other computer's")
    for name in left:
        (tmp_path / name).write_bytes(b"")
    sweep(tmp_path)
    assert sorted(os.listdir(tmp_path)) == sorted(name for name, kept in left.items() if kept)


def test_init_on_a_full_disk_leaves_no_file_that_would_be_in_the_way(small_disk):
    """A database begun and not finished would be "finns redan" at the next init."""
    disk = small_disk(64 * 1024)
    database = disk / "ny.sqlite3"
    result = _cli("--db", database, "init", "--municipality", "Kungsör")
    assert result.returncode == 1 and "är full" in result.stderr, result.stderr
    assert list(disk.iterdir()) == []


def test_a_workbook_onto_a_full_disk_is_one_line(demo_file, small_disk):
    """openpyxl's zip file, closed late after the failure, would print "Exception ignored"
    with a traceback; that goes to the log."""
    disk = small_disk(64 * 1024)
    result = _cli("--db", demo_file, "export", "incidents", "--from", "2000-01-01", "--to",
                  "2030-12-31", "--xlsx", disk / "ut.xlsx")
    assert result.returncode == 1
    assert result.stderr == (f"brastod: Filen {disk / 'ut.xlsx'} kunde inte sparas: disken är "
                             "full.\n"), result.stderr
    assert list(disk.iterdir()) == []
