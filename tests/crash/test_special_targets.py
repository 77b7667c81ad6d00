"""A file is written whole by renaming a temporary over its name. Named a folder, or something
that is not a file at all (a pipe here; /dev/null for a user), every command that writes refuses
before writing, leaves it as it was and leaves no temporary — run as root, a rename would have
replaced /dev/null with an ordinary file."""
import os
import stat
import sys

import pytest

from tests.crash.processes import brastod, finish

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")

WRITERS = {
    "backup": ("backup", "{target}"),
    "export incidents": ("export", "incidents", "--from", "2025-01-01", "--to", "2025-12-31",
                         "--csv", "{target}"),
    "export calendar": ("export", "calendar", "--ics", "{target}"),
    "template": ("template", "{target}"),
}


@pytest.mark.parametrize("kind", ["pipe", "folder"])
@pytest.mark.parametrize("command", list(WRITERS))
def test_a_target_that_is_no_file_is_refused_and_left_alone(demo_file, tmp_path, command, kind):
    out = tmp_path / "ut"
    out.mkdir()
    target = out / "mål"
    if kind == "pipe":
        os.mkfifo(target)
        wanted = "är ingen vanlig fil"
    else:
        target.mkdir()
        wanted = "är en mapp"
    args = [part.format(target=target) for part in WRITERS[command]]
    process = brastod(demo_file, *args)
    stdout, stderr = finish(process)
    assert process.returncode == 1, (stdout, stderr)
    assert wanted in stderr and "Traceback" not in stderr
    mode = os.stat(target).st_mode
    assert stat.S_ISFIFO(mode) if kind == "pipe" else stat.S_ISDIR(mode)
    assert sorted(path.name for path in out.iterdir()) == ["mål"]
