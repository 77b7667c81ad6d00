"""Killing the app (SIGKILL) while an editor is being typed in loses at most the last second,
in each kind of editor: a lägesbild's text, a plan's chain (an action's form) and a meeting's
minutes.

Measured by what the editor reports, not by the clock of this process, so a busy machine
cannot fail it: the child types a key every 40 ms on its own event loop and reports each key
and each committed save (with how many keys it holds). Two promises follow from those reports:
while typing goes on the autosave commits at least once per second of typing (25 keys), and
everything reported committed is in the database after the kill."""
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from brastod.core.backups import integrity_problems
from brastod.core.db import open_database
from tests.crash.typing_child import KEY_MS, KINDS, keys_in, saved_text, target

CHILD = Path(__file__).with_name("typing_child.py")
KEYS_PER_SECOND = 1000 // KEY_MS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("keys_before_kill", [30, 120])     # 120: past a line of 80
def test_a_killed_editor_loses_at_most_the_last_second(demo_file, tmp_path, kind,
                                                       keys_before_kill):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, str(CHILD), str(path), kind], env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    saves = [0]       # keys held by each committed save, in order; none before typing
    watchdog = threading.Timer(300, process.kill)    # a child that hangs fails, not hangs, CI
    watchdog.start()
    try:
        for line in process.stdout:
            said, keys = line.split()
            if said == "saved":
                saves.append(int(keys))
                if saves[-1] >= keys_before_kill:
                    break
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
        watchdog.cancel()
    assert saves[-1] >= keys_before_kill, ("the child stopped before a save held the keys",
                                           saves)
    gaps = [later - earlier for earlier, later in zip(saves, saves[1:])]
    assert max(gaps) <= KEYS_PER_SECOND, saves     # never a second of typing left unsaved
    assert integrity_problems(path) == []
    db = open_database(path)
    try:
        text = saved_text(db, kind, target(db, kind))
    finally:
        db.close()
    assert keys_in(text) >= saves[-1], (keys_in(text), saves)
