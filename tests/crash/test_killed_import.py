"""Killing `brastod import` (SIGKILL, no chance to clean up) at different moments of a large
import leaves the database whole: either none of the import or all of it, and it passes its
integrity check."""
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest
from openpyxl import Workbook

from brastod.core.backups import folder_of, integrity_problems
from brastod.core.db import open_database
from brastod.core.services import registers
from brastod.core.services.stats import counts

ROWS = 20_000
# After the import has begun (its backup is on disk): how long to let it run before the kill.
# Here the import takes about 0.6 s, so the early kills land mid-transaction (none of it is
# kept) and the late ones after the commit (all of it is).
KILL_AFTER = (0.0, 0.05, 0.15, 0.4, 0.8, 1.6)

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


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)       # polling a child process, not a GUI
    return False


@pytest.mark.parametrize("after", KILL_AFTER)
def test_a_killed_import_leaves_none_or_all_of_it(base_db, large_file, tmp_path, after):
    path = tmp_path / "brastod.sqlite3"
    shutil.copy(base_db, path)
    process = subprocess.Popen(
        [sys.executable, "-m", "brastod", "--db", str(path), "import", str(large_file),
         "--partner", "Fagerstabostäder"], stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        started = _wait_for(lambda: any(folder_of(path).glob("*-fore-import-*")), 60)
        assert started, "the import never began"
        time.sleep(after)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert integrity_problems(path) == []
    db = open_database(path)
    try:
        incidents = counts(db)["incidents"]
    finally:
        db.close()
    assert incidents in (0, ROWS), incidents
