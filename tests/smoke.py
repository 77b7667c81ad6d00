"""Smoke test of the packaged build (`make smoke`): the bundle in DIST runs without the
development Python — `--version`, the command line on a new example database, the documents
(PDF with the DejaVu fonts and the logo, Excel, Word with the logo, .ics), then the window
(offscreen) opening every tab — and its size and start time are printed. Exits non-zero on any
failure."""
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

TABS = ["Möteskalender", "Inkomna rapporter", "Lägesbild", "Åtgärdsplan", "Redovisning"]


def _folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (the bundle links some libraries under two names)."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def _brastod(program: Path, database: Path, *args: str) -> str:
    done = subprocess.run([str(program), "--db", str(database), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


def _documents(program: Path, database: Path, folder: Path) -> None:
    """An adopted lägesbild as PDF and Excel, a meeting's minutes as Word; each file is checked
    for what the bundle must carry (the fonts, the logo through Pillow, lxml's parts)."""
    reports = json.loads(_brastod(program, database, "list", "situation-reports", "--json"))
    [report, *_] = [row["id"] for row in reports if row["status"] == "adopted"]
    meetings = json.loads(_brastod(program, database, "list", "meetings", "--json"))
    [meeting, *_] = [row["id"] for row in meetings if row["status"] == "minutes_approved"]
    _brastod(program, database, "export", "situation-report", str(report),
             "--pdf", str(folder / "r.pdf"), "--xlsx", str(folder / "r.xlsx"))
    _brastod(program, database, "export", "minutes", str(meeting),
             "--docx", str(folder / "m.docx"))
    pdf = (folder / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"+DejaVuSans" in pdf, "PDF utan DejaVu"
    assert b"/Subtype /Image" in pdf, "PDF utan logotyp"
    with zipfile.ZipFile(folder / "r.xlsx") as workbook:
        assert "xl/workbook.xml" in workbook.namelist(), workbook.namelist()
    with zipfile.ZipFile(folder / "m.docx") as document:
        names = document.namelist()
        assert "Protokoll" in document.read("word/document.xml").decode(), "Word utan text"
    assert any(name.startswith("word/media/") for name in names), ("Word utan logotyp", names)
    ics = (folder / "m.ics").read_text(encoding="utf-8")
    assert ics.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in ics, ics[:200]


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
            _brastod(program, database, *args)
        _documents(program, database, Path(folder))
        lines, seconds = _window(program, database)
        assert [line[4:] for line in lines if line.startswith("tab ")] == TABS, lines
        assert lines[0] == "shown" and lines[-1] == "ready", lines
    # Every tab is filled when the window starts showing them in turn (the first "tab" line).
    print(f"{bundle.name}: {_folder_size(bundle) / 2**20:.0f} MiB; från start: fönstret visat "
          f"{seconds[0]:.2f} s, alla flikar fyllda {seconds[1]:.2f} s, "
          f"varje flik visad {seconds[-1]:.2f} s")
    return 0


def _window(program: Path, database: Path) -> tuple[list[str], list[float]]:
    """The window, offscreen, opening every tab: the lines it prints and the seconds from
    launch to each."""
    started = time.perf_counter()
    window = subprocess.Popen([str(program), "--db", str(database), "--smoke-test"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines, seconds = [], []
    for line in window.stdout:
        lines.append(line.rstrip("\n"))
        seconds.append(time.perf_counter() - started)
    assert window.wait(timeout=120) == 0, (lines, window.stderr.read())
    return lines, seconds


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
