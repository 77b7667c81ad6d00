"""Import benchmark: a 50 000-row partner workbook, imported end to end (read, map, parse,
screen, save) against python-calamine merely reading the same file, in one process; and the
whole `brastod import` command against a process that only reads the file. Also the police
archive (85 011 events). Prints figures, asserts nothing."""
import gzip
import json
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROWS = 50_000
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
HEADINGS = ["Datum", "Tid", "Område", "Plats", "Händelsetyp", "Beskrivning", "Antal",
            "Polisanmält"]
AREAS = ["Centrum", "Västanfors", "Hedkärra", "Kolarbyn", "Högbyn", "Eskilsbo"]
TYPES = ["Klotter", "Glaskross", "Nedskräpning", "Otrygghetsskapande samling", "Inbrott",
         "Buskörning", "Belysning", "Bråk"]
TEXTS = ["Taggar på fasaden", "Krossad ruta i entrén", "Mycket skräp efter kvällen",
         "Grupp ungdomar, hög musik", "Inbrott i förråd", "Mopeder på gc-banan",
         "Trasig belysning", "Bråk utanför lokalen, ring 070-123 45 67"]


def _source_rows(rows: int = ROWS):
    rng = random.Random(50)
    start = date(2021, 1, 1)
    for _ in range(rows):
        yield [start + timedelta(days=rng.randrange(1800)), f"{rng.randrange(24):02d}:{rng.choice((0, 15, 30, 45)):02d}",
               rng.choice(AREAS), f"Plats {rng.randrange(200)}", rng.choice(TYPES),
               rng.choice(TEXTS), rng.randint(1, 3), rng.choice(("Ja", "Nej", ""))]


def make_files(folder: Path) -> dict[str, Path]:
    from openpyxl import Workbook
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Rapport")
    sheet.append(HEADINGS)
    for row in _source_rows():
        sheet.append(row)
    written = folder / "openpyxl.xlsx"
    book.save(written)
    files = {}
    office = shutil.which("soffice") or shutil.which("libreoffice")
    for suffix, filter_name in (("xlsx", "Calc MS Excel 2007 XML"), ("xls", "MS Excel 97"),
                                ("ods", "calc8")):
        if office is None:
            break
        out = folder / "lo"
        subprocess.run([office, "--headless", "--convert-to", f"{suffix}:{filter_name}",
                        "--outdir", str(out), str(written)], check=True, capture_output=True,
                       timeout=600)
        target = folder / f"partner.{suffix}"
        (out / f"openpyxl.{suffix}").rename(target)
        files[suffix] = target
    if "xlsx" not in files:
        files["xlsx (openpyxl, no LibreOffice here)"] = written
    files["csv"] = write_csv(folder / "partner.csv")
    return files


def write_csv(path: Path, rows: int = ROWS) -> Path:
    """The partner file as a partner's Excel saves it as CSV (cp1252, semicolons)."""
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write(";".join(HEADINGS) + "\r\n")
        for row in _source_rows(rows):
            handle.write(";".join(str(v) for v in row) + "\r\n")
    return path


def _fresh_db(folder: Path, name: str) -> Path:
    from brastod.core.services.setup import create_database
    path = folder / f"{name}.sqlite3"
    create_database(path, "Fagersta").close()
    return path


def _median(fn, runs=3) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def bench_file(folder: Path, label: str, path: Path) -> None:
    import python_calamine
    from brastod.core.db import open_database
    from brastod.core.services.importing import import_file

    def bare_read():
        if path.suffix == ".csv":
            import csv
            with path.open(encoding="cp1252", newline="") as handle:
                list(csv.reader(handle, delimiter=";"))
        else:
            book = python_calamine.CalamineWorkbook.from_path(str(path))
            book.get_sheet_by_index(0).to_python()

    def full_import():
        db = open_database(_fresh_db(folder, f"{label}-{time.perf_counter_ns()}"))
        result = import_file(db, path, today=date(2026, 1, 1))
        db.close()
        assert result.imported == ROWS, result.message

    read = _median(bare_read)
    whole = _median(full_import)
    print(f"  {label:<38} read {read:6.2f} s   import {whole:6.2f} s   "
          f"({whole / read:4.1f}× read, {ROWS / whole:8,.0f} rows/s)")


def bench_cli(folder: Path, path: Path) -> None:
    reader = ("import sys, python_calamine; b = python_calamine.CalamineWorkbook.from_path("
              "sys.argv[1]); b.get_sheet_by_index(0).to_python()")
    bare = _median(lambda: subprocess.run([sys.executable, "-c", reader, str(path)], check=True))
    cli = _median(lambda: subprocess.run(
        [sys.executable, "-m", "brastod", "--db",
         str(_fresh_db(folder, f"cli-{time.perf_counter_ns()}")), "import", str(path)],
        check=True, capture_output=True))
    print(f"  brastod import (process) {cli:6.2f} s  vs python reading it {bare:6.2f} s  "
          f"({cli / bare:4.1f}×)")


def bench_police(folder: Path) -> None:
    archive = SHARED / "police" / "polisen_events_2022-09_2026-08_all.jsonl.gz"
    if not archive.is_file():
        print("  (police archive not found beside the repository: skipped)")
        return
    from brastod.core.db import open_database
    from brastod.core.services.importing import import_file
    with gzip.open(archive, "rt", encoding="utf-8") as handle:
        events = [json.loads(line) for line in handle]
    path = folder / "polisen_alla.json"
    path.write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    for municipality in ("Fagersta", "Söderhamn"):
        db = open_database(_fresh_db(folder, f"police-{municipality}"))
        with db.session() as session:
            from sqlmodel import select
            from brastod.core.models import Municipality
            session.exec(select(Municipality)).one().name = municipality
        began = time.perf_counter()
        result = import_file(db, path)
        seconds = time.perf_counter() - began
        db.close()
        print(f"  police archive, {len(events):,} events → {municipality}: {result.imported} "
              f"imported, {result.outside_municipality:,} outside, {seconds:.2f} s "
              f"({len(events) / seconds:,.0f} events/s)")


def main() -> None:
    import tempfile
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = make_files(folder)
        print(f"Import of a {ROWS:,}-row partner workbook (median of 3):")
        for label, path in files.items():
            bench_file(folder, label, path)
        bench_cli(folder, next(iter(files.values())))
        bench_police(folder)


if __name__ == "__main__":
    main()
