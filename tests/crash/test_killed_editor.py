"""Killing the app (SIGKILL) while a lägesbild is being typed loses at most the last second:
every key typed more than a second before the kill is in the database."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brastod.core.backups import integrity_problems
from brastod.core.db import open_database
from brastod.core.services.situation_reports import get_report, list_situation_reports

CHILD = Path(__file__).with_name("typing_child.py")
TEXT = "abcdefghij" * 60

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.mark.parametrize("keys_before_kill", [30, 77])
def test_a_killed_editor_loses_at_most_the_last_second(demo_file, tmp_path, keys_before_kill):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, str(CHILD), str(path)], env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    typed_at: list[float] = []
    try:
        for line in process.stdout:
            keys, moment = line.split()
            typed_at.append(float(moment))
            if int(keys) == keys_before_kill:
                break
        killed = time.monotonic()
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert len(typed_at) == keys_before_kill, "the child stopped typing"
    must_be_saved = sum(1 for moment in typed_at if moment <= killed - 1.0)
    assert integrity_problems(path) == []
    db = open_database(path)
    try:
        draft = next(r.id for r in list_situation_reports(db) if r.status == "draft")
        body = get_report(db, draft).sections[0].body
    finally:
        db.close()
    saved = max((n for n in range(keys_before_kill + 1) if TEXT[:n] in body), default=0)
    assert saved >= must_be_saved, (saved, must_be_saved)
