"""The right diagnosis (issue 14, item 4): a folder or file that cannot be written is said to be
exactly that, with what to do, and commands that only read still work where SQLite can read;
"skadad" only when the integrity check fails; operating-system errors in Swedish.

Permissions are tried as the user nobody (root ignores file modes): the command line runs in a
child process under setpriv, on a copy of the example database in a fresh folder."""
import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from brastod.core import backups
from brastod.core.db import open_database
from brastod.core.errors import BrastodError, DamagedDatabase
from brastod.core.oserrors import describe
from brastod.core.services.stats import counts

SETPRIV = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
WHAT_TO_DO = ("Brastöd behöver kunna skriva i databasen och i mappen den ligger i: be om "
              "skrivrättighet eller flytta databasen till en mapp du kan skriva i.")
READING = [["stats", "--json"], ["list", "meetings"],
           ["summary", "--from", "2026-01-01", "--to", "2026-11-22"], ["check"]]
CSV = "Datum;Område;Händelsetyp;Beskrivning;Antal\n2026-11-01;Centrum;Klotter;Test;1\n"


def _nobody_can_run() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root to run a child as nobody"
    if not shutil.which("setpriv"):
        return "setpriv is missing"
    result = subprocess.run([*SETPRIV, sys.executable, "-c", "import brastod.cli"],
                            capture_output=True, text=True)
    if result.returncode:
        return f"nobody cannot run this Python and checkout: {result.stderr.strip()[-200:]}"
    return None


pytestmark = pytest.mark.skipif(bool(_nobody_can_run()), reason=str(_nobody_can_run()))


@pytest.fixture
def place():
    """A fresh folder everyone can enter (pytest's own is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="brastod-diagnosis-"))
    folder.chmod(0o755)
    home = folder / "home"          # nobody's settings and logs
    home.mkdir(mode=0o777)
    home.chmod(0o777)
    yield folder
    shutil.rmtree(folder)


def _as_nobody(place: Path, db: Path, *args) -> subprocess.CompletedProcess:
    home = place / "home"
    env = {**os.environ, **{v: str(home / v.lower()) for v in (
        "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")},
           "HOME": str(home)}
    return subprocess.run([*SETPRIV, sys.executable, "-m", "brastod", "--db", str(db),
                           *map(str, args)], capture_output=True, text=True, env=env,
                          cwd=home, timeout=120)


def _database(demo_file: Path, place: Path, folder_mode: int, file_mode: int) -> Path:
    folder = place / "data"
    folder.mkdir()
    path = folder / "demo.sqlite3"
    shutil.copy(demo_file, path)
    path.chmod(file_mode)
    folder.chmod(folder_mode)
    (place / "csv").mkdir(mode=0o755)
    (place / "csv" / "rapport.csv").write_text(CSV)
    (place / "ut").mkdir()
    (place / "ut").chmod(0o777)
    return path


def _reads_work(place: Path, path: Path, demo_file: Path) -> None:
    db = open_database(demo_file)
    try:
        expected = json.dumps(counts(db)) + "\n"
    finally:
        db.close()
    for args in READING:
        result = _as_nobody(place, path, *args)
        assert (result.returncode, result.stderr) == (0, ""), args
        if args[0] == "stats":
            assert result.stdout == expected
        if args[0] == "check":
            assert result.stdout == f"Databasen {path} är hel.\n"
    for args in (["backup", place / "ut" / "kopia.sqlite3"],
                 ["export", "incidents", "--from", "2026-01-01", "--to", "2026-11-22",
                  "--xlsx", place / "ut" / "h.xlsx"]):
        result = _as_nobody(place, path, *args)
        assert (result.returncode, result.stderr) == (0, ""), args
    assert backups.integrity_problems(place / "ut" / "kopia.sqlite3") == []


def _refused(place: Path, path: Path, why: str) -> None:
    for args in (["import", place / "csv" / "rapport.csv", "--partner", "Fagerstabostäder"],
                 ["purge", "--older-than", "1", "--yes"]):
        result = _as_nobody(place, path, *args)
        assert result.returncode == 1, args
        assert result.stderr == f"brastod: {why}. {WHAT_TO_DO}\n", args


def test_a_folder_that_cannot_be_written_is_said_to_be_so_and_reading_still_works(
        demo_file, place):
    path = _database(demo_file, place, 0o755, 0o644)
    _refused(place, path, f"Mappen {path.parent} går inte att skriva i: behörighet saknas")
    _reads_work(place, path, demo_file)
    assert sorted(os.listdir(path.parent)) == ["demo.sqlite3"]      # nothing left beside it


def test_a_file_that_cannot_be_written_is_said_to_be_so_and_reading_still_works(
        demo_file, place):
    path = _database(demo_file, place, 0o777, 0o644)
    _refused(place, path, f"Databasen {path} är skrivskyddad: behörighet saknas")
    _reads_work(place, path, demo_file)


def test_a_file_in_a_folder_nobody_can_write_whose_changes_are_still_in_its_wal(
        demo_file, place):
    """With a -wal file beside it, immutable would ignore the changes in it: SQLite reads it
    through the existing (read-only) -shm, and so does Brastöd."""
    path = _database(demo_file, place, 0o777, 0o666)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO area (name, kind, sort_order) VALUES ('Bara i -wal', 'rural', 99)")
    writer.commit()
    try:
        for sidecar in ("-wal", "-shm"):
            Path(f"{path}{sidecar}").chmod(0o644)
        path.parent.chmod(0o755)
        result = _as_nobody(place, path, "stats", "--json")
        assert (result.returncode, result.stderr) == (0, "")
        assert '"areas": 10' in result.stdout          # the change that is only in the -wal
        check = _as_nobody(place, path, "check")
        assert (check.returncode, check.stdout) == (0, f"Databasen {path} är hel.\n")
    finally:
        path.parent.chmod(0o777)
        writer.close()


def test_a_file_nobody_can_read_is_not_called_damaged(demo_file, place):
    path = _database(demo_file, place, 0o777, 0o600)
    for args in (["check"], ["stats"], ["import", place / "csv" / "rapport.csv"]):
        result = _as_nobody(place, path, *args)
        assert result.returncode == 1, args
        assert result.stderr == (f"brastod: Databasen {path} kan inte läsas: behörighet "
                                 "saknas.\n"), args


def test_a_backup_or_export_into_a_folder_nobody_can_write(demo_file, place):
    path = _database(demo_file, place, 0o777, 0o666)
    locked = place / "csv"          # 0755, root's
    result = _as_nobody(place, path, "backup", locked / "kopia.sqlite3")
    assert (result.returncode, result.stderr) == (1, (
        f"brastod: Säkerhetskopian kopia.sqlite3 kunde inte sparas: Mappen {locked} går inte "
        "att skriva i: behörighet saknas. Välj en annan mapp.\n"))
    result = _as_nobody(place, path, "export", "calendar", "--ics", locked / "m.ics")
    assert (result.returncode, result.stderr) == (1, (
        f"brastod: m.ics kunde inte sparas: Mappen {locked} går inte att skriva i: behörighet "
        "saknas. Välj en annan mapp.\n"))
    assert sorted(os.listdir(locked)) == ["rapport.csv"]


# ---- damage, and only damage, is called damage (these need no other user) ----

def _damage(path: Path) -> None:
    """Overwrites a page in the middle of the incident table's b-tree."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                              "'incident'").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


def test_an_import_into_a_database_that_fails_its_integrity_check_is_refused(
        demo_file, tmp_path, capsys):
    from brastod.cli import main
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    sound = backups.take(path, "auto")
    _damage(path)
    assert backups.integrity_problems(path)
    before = path.read_bytes()
    report = tmp_path / "rapport.csv"
    report.write_text(CSV)
    assert main(["--db", str(path), "import", str(report), "--partner",
                 "Fagerstabostäder"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"brastod: Databasen {path.name} är skadad och tar inte emot någon "
                          "import: ") and "Återställ den från en säkerhetskopia." in err
    assert err.count("\n") == 1 and "btree" not in err  # SQLite's own words go to the log
    assert path.read_bytes() == before
    assert [b.path for b in backups.list_backups(path)] == [sound]   # no copy of the damage
    with pytest.raises(DamagedDatabase) as refused:
        backups.take(path, "fore-import")
    assert refused.value.backup.path == sound


def test_damage_met_while_working_is_called_damage(demo_file, tmp_path, capsys):
    """Damage found by a query (not on opening) is said as damage, not "ett oväntat fel"."""
    from brastod.cli import main
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    _damage(path)
    assert main(["--db", str(path), "export", "incidents", "--from", "2025-01-01", "--to",
                 "2026-12-31", "--csv", str(tmp_path / "ut.csv")]) == 1
    assert capsys.readouterr().err == (
        f"brastod: Databasen {path} är skadad: innehållet är skadat. Kontrollera den med "
        "brastod check och återställ den från en säkerhetskopia.\n")


def test_check_says_damaged_and_restore_only_for_a_damaged_file(demo_file, tmp_path, capsys):
    from brastod.cli import main
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    assert main(["--db", str(path), "check"]) == 0
    assert capsys.readouterr() == (f"Databasen {path} är hel.\n", "")
    _damage(path)
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Databasen {path} har fel:\n")
    assert err.endswith("Återställ den från en säkerhetskopia: brastod restore FIL.\n")


def test_a_file_that_is_not_a_database_at_all_is_called_damaged(tmp_path):
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"x" * 4000)
    assert backups.integrity_problems(path) == [
        "Filen kan inte läsas som en databas: filens början (filhuvudet) är inte en databas"]


# ---- operating-system errors in Swedish ----

@pytest.mark.parametrize("number, text", [
    (errno.EACCES, "behörighet saknas"), (errno.EPERM, "behörighet saknas"),
    (errno.ENOSPC, "disken är full"), (errno.EDQUOT, "disken är full (kvoten är slut)"),
    (errno.EROFS, "disken är skrivskyddad"), (errno.ENAMETOOLONG, "namnet är för långt"),
    (errno.ENOENT, "filen eller mappen finns inte"), (errno.EISDIR, "det är en mapp, inte en fil"),
    (errno.ENOTDIR, "en del av sökvägen är inte en mapp"),
    (errno.EIO, "läs- eller skrivfel på disken"),
    (errno.EBUSY, "filen används av ett annat program"),
    (errno.ENOTCONN, f"fel från operativsystemet (felkod {errno.ENOTCONN})")])
def test_operating_system_errors_are_told_in_swedish(number, text):
    assert describe(OSError(number, os.strerror(number))) == text


def test_a_file_that_cannot_be_read_says_why_in_swedish(tmp_path, capsys):
    from brastod.cli import main
    path = tmp_path / "demo.sqlite3"
    open_database(path, create=True).close()
    assert main(["--db", str(path), "import", str(tmp_path)]) == 1
    assert capsys.readouterr().out == (f"{tmp_path.name}: Filen {tmp_path.name} kan inte läsas: "
                                       "det är en mapp, inte en fil.\n")


def test_opening_a_directory_as_the_database_is_told_in_swedish(tmp_path):
    with pytest.raises(BrastodError, match=r"kan inte läsas: det är en mapp, inte en fil\.$"):
        open_database(tmp_path)
