"""What an adversary's hour against issue 14 found, each as the command line meets it in a real
process: an export aimed at the database, a backup at its log, one file for both documents, a
pipe where a file is read, a file name that is not UTF-8, and a reading command while another
program holds the write lock."""
import os
import shutil
import sqlite3
import sys

import pytest

from tests.crash.processes import brastod, child, expect, finish

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes")


@pytest.fixture
def database(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    return path


def _run(database, *args, timeout: float = 30):
    process = brastod(database, *args, timeout=timeout)
    out, err = finish(process)
    return process.returncode, out, err


def _incidents(database) -> int:
    with sqlite3.connect(database) as connection:
        count = connection.execute("SELECT count(*) FROM incident").fetchone()[0]
    connection.close()
    return count


@pytest.mark.parametrize("args", [
    ("export", "incidents", "--from", "2025-01-01", "--to", "2026-12-31", "--csv", "{db}"),
    ("export", "calendar", "--ics", "{db}"),
    ("template", "{db}"),
    ("export", "action-plan", "1", "--xlsx", "{db}"),
])
def test_an_export_aimed_at_the_database_is_refused_and_the_database_kept(database, args):
    before = _incidents(database)
    code, _, err = _run(database, *(arg.format(db=database) for arg in args))
    assert code == 1 and err == (f"brastod: {database} är en databas och skrivs inte över av en "
                                 "export. Välj ett annat filnamn.\n")
    assert _incidents(database) == before


def test_a_backup_aimed_at_the_databases_log_is_refused(database):
    code, _, err = _run(database, "backup", f"{database}-wal")
    assert code == 1 and "hör till databasen demo.sqlite3 och skrivs inte över" in err


def test_one_file_for_both_documents_is_refused(database, tmp_path):
    target = tmp_path / "handlingar.pdf"
    code, _, err = _run(database, "export", "meeting-pack", "1", "--pdf", target,
                        "--xlsx", target)
    assert code == 1 and "kan inte vara samma fil" in err and not target.exists()


def test_a_pipe_is_neither_read_as_a_database_nor_as_a_report(database, tmp_path):
    pipe = tmp_path / "ror.csv"
    os.mkfifo(pipe)
    code, out, _ = _run(database, "import", pipe)        # waited on for ever before
    assert code == 1 and "ror.csv är ingen vanlig fil" in out
    code, _, err = _run(pipe, "stats")
    assert code == 1 and "är ingen databasfil utan en enhet" in err


def test_a_report_whose_name_is_not_utf8_is_imported_under_a_readable_name(database, tmp_path):
    name = os.fsdecode(b"rapport-\xe5\xe4.csv")          # Latin-1 bytes in the file name
    report = tmp_path / name
    report.write_text("Datum;Område;Händelsetyp;Beskrivning;Antal\n"
                      "2026-10-04;Centrum;Klotter;Taggar på muren;1\n", encoding="utf-8")
    code, out, err = _run(database, "import", report, "--partner", "Fagerstabostäder")
    assert (code, err) == (0, "")
    with sqlite3.connect(database) as connection:
        stored = connection.execute("SELECT file_name FROM import_batch ORDER BY id DESC "
                                    "LIMIT 1").fetchone()[0]
    connection.close()
    assert stored == "rapport-\N{REPLACEMENT CHARACTER}\N{REPLACEMENT CHARACTER}.csv"


def test_reading_commands_do_not_wait_for_a_writer(database, tmp_path):
    holder = child("lock_holder.py", database)
    try:
        expect(holder.stdout, "held")
        for args in (("stats",), ("list", "meetings"),
                     ("export", "calendar", "--ics", str(tmp_path / "m.ics")),
                     ("backup", str(tmp_path / "kopia.sqlite3"))):
            # With one second to wait, a reader that waited for the lock would give up.
            code, _, err = _run(database, *args, timeout=1)
            assert (code, err) == (0, ""), args
    finally:
        holder.stdin.write("rollback\n")
        finish(holder)
