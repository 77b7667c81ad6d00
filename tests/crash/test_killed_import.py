"""Killing an import (SIGKILL, no chance to clean up) at different moments of a large import
leaves the database whole: either none of the import or all of it, and it passes its integrity
check. The child reports its progress; the parent kills it on a chosen report, not on a timer."""
import os
import shutil
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from brastod.core.backups import integrity_problems
from brastod.core.db import open_database
from brastod.core.services import registers
from brastod.core.services.stats import counts

ROWS = 20_000
CHILD = Path(__file__).with_name("import_child.py")
# Where to kill: at a share of the reported work (the second half is the saving, inside the
# transaction), or once the child says the import is committed.
KILL_AT = (0.0, 0.25, 0.5, 0.75, 0.9, "committed")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture(scope="module")
def large_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("kill") / "stor.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Rapport")
    sheet.append(["Datum", "Tid", "Område", "Plats", "Händelsetyp", "Beskrivning", "Antal"])
    start = datetime(2025, 1, 1, 18, 0)
    for n in range(ROWS):
        sheet.append([start + timedelta(minutes=37 * n), None, ("Centrum", "Kolarbyn")[n % 2],
                      f"Plats {n % 97}", ("Klotter", "Nedskräpning", "Skadegörelse")[n % 3],
                      f"Händelse nummer {n}", 1])
    book.save(path)
    return path


@pytest.fixture(scope="module")
def base_db(tmp_path_factory):
    from brastod.core.services.setup import create_database
    path = tmp_path_factory.mktemp("kill-db") / "bas.sqlite3"
    db = create_database(path, "Fagersta")
    registers.add_area(db, "Centrum")
    registers.add_area(db, "Kolarbyn")
    registers.add_partner(db, "Fagerstabostäder", "housing")
    db.close()
    return path


def _reached(line: str, at) -> bool:
    if at == "committed":
        return line == "committed"
    words = line.split()
    return words[0] == "progress" and int(words[1]) / int(words[2]) >= at


@pytest.mark.parametrize("at", KILL_AT)
def test_a_killed_import_leaves_none_or_all_of_it(base_db, large_file, tmp_path, at):
    path = tmp_path / "brastod.sqlite3"
    shutil.copy(base_db, path)
    process = subprocess.Popen([sys.executable, str(CHILD), str(path), str(large_file)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        reached = any(_reached(line.strip(), at) for line in process.stdout)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert reached, "the child never got there"
    assert integrity_problems(path) == []
    db = open_database(path)
    try:
        incidents = counts(db)["incidents"]
    finally:
        db.close()
    assert incidents == (ROWS if at == "committed" else 0), incidents
