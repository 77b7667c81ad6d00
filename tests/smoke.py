"""Smoke test of the packaged build (`make smoke`): the bundle in DIST runs without the
development Python — `--version`, the command line on a new example database, then the window
(offscreen) opening every tab — and its size and start time are printed. Exits non-zero on any
failure."""
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TABS = ["Möteskalender", "Inkomna rapporter", "Lägesbild", "Åtgärdsplan", "Redovisning"]


def _folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (the bundle links some libraries under two names)."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def main(dist: Path) -> int:
    [bundle] = [path for path in dist.iterdir()
                if path.is_dir() and path.name.startswith("brastod-")]
    program = bundle / ("brastod.exe" if sys.platform == "win32" else "brastod")
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True,
                             timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("Brastöd "), version
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "rok.sqlite3"
        for args in (["demo"], ["list", "action-plans"], ["check"],
                     ["export", "calendar", "--ics", str(Path(folder) / "m.ics")]):
            done = subprocess.run([str(program), "--db", str(database), *args],
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, (args, done.stdout, done.stderr)
        started = time.perf_counter()
        window = subprocess.run([str(program), "--db", str(database), "--smoke-test"],
                                capture_output=True, text=True, timeout=120)
        seconds = time.perf_counter() - started
        lines = window.stdout.split("\n")
        assert window.returncode == 0, (window.stdout, window.stderr)
        assert [line[4:] for line in lines if line.startswith("tab ")] == TABS, lines
        assert "ready" in lines, lines
    print(f"{bundle.name}: {_folder_size(bundle) / 1e6:.0f} MB, "
          f"start till alla flikar fyllda och visade: {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
