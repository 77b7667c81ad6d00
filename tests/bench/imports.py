"""Import benchmark (issue 19). Prints figures, asserts nothing.

- The goal: the marginal cost of `brastod import` (the command on the 50 000-row workbook minus
  the same command on a one-row workbook of the same layout, each on a new database) against
  the marginal cost of a process that only reads the file with python-calamine, for the .xlsx,
  .ods and .xls LibreOffice writes (and the CSV), the runs interleaved, medians.
- The import preview against the bare read, in one warm process: all the worker does before
  the dialog opens (read, find the table, parse and screen every row, count the new values,
  list the registers: `gui.importer._read`), in wall-clock and in processor time (which holds
  still on a busy machine).
- Each stage's own cost in process, side by side: the floor.
- The backup taken before an import on a database of a million incidents, against that
  import.
- The police archive (85 011 events), when it is beside the repository.
"""
import gzip
import json
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from table import record

ROWS = 50_000
RUNS = 5
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
HEADINGS = ["Datum", "Tid", "Område", "Plats", "Händelsetyp", "Beskrivning", "Antal",
            "Polisanmält"]
AREAS = ["Centrum", "Västanfors", "Hedkärra", "Kolarbyn", "Högbyn", "Eskilsbo"]
TYPES = ["Klotter", "Glaskross", "Nedskräpning", "Otrygghetsskapande samling", "Inbrott",
         "Buskörning", "Belysning", "Bråk"]
TEXTS = ["Taggar på fasaden", "Krossad ruta i entrén", "Mycket skräp efter kvällen",
         "Grupp ungdomar, hög musik", "Inbrott i förråd", "Mopeder på gc-banan",
         "Trasig belysning", "Bråk utanför lokalen, ring 070-123 45 67"]
TODAY = date(2026, 1, 1)
READ = ("import sys, python_calamine; b = python_calamine.CalamineWorkbook.from_path("
        "sys.argv[1]); b.get_sheet_by_index(0).to_python()")
READ_CSV = ("import csv, sys; list(csv.reader(open(sys.argv[1], encoding='cp1252', "
            "newline=''), delimiter=';'))")


def _source_rows(rows: int):
    rng = random.Random(50)
    start = date(2021, 1, 1)
    for _ in range(rows):
        yield [start + timedelta(days=rng.randrange(1800)),
               f"{rng.randrange(24):02d}:{rng.choice((0, 15, 30, 45)):02d}",
               rng.choice(AREAS), f"Plats {rng.randrange(200)}", rng.choice(TYPES),
               rng.choice(TEXTS), rng.randint(1, 3), rng.choice(("Ja", "Nej", ""))]


def make_files(folder: Path, rows: int = ROWS) -> dict[str, Path]:
    """The partner's workbook of ``rows`` rows as LibreOffice writes it (.xlsx, .xls, .ods;
    openpyxl's .xlsx without LibreOffice), and as a CSV."""
    from openpyxl import Workbook
    folder.mkdir(parents=True, exist_ok=True)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Rapport")
    sheet.append(HEADINGS)
    for row in _source_rows(rows):
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
    files["csv"] = write_csv(folder / "partner.csv", rows)
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
    template = folder / "template.sqlite3"
    if not template.exists():
        create_database(template, "Fagersta").close()
    path = folder / f"{name}.sqlite3"
    shutil.copy(template, path)
    return path


def _seconds(args: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - began


def marginal(folder: Path, label: str, big: Path, one: Path) -> tuple[float, float]:
    """(import, read): each the 50 000-row file's median minus the one-row file's, in
    seconds, over RUNS interleaved runs of whole processes."""
    reader = READ_CSV if big.suffix == ".csv" else READ
    samples = defaultdict(list)
    for run in range(RUNS):
        for size, path in (("big", big), ("one", one)):
            samples[f"read {size}"].append(_seconds([sys.executable, "-c", reader, str(path)]))
            database = _fresh_db(folder, f"cli-{label}-{size}-{run}")
            samples[f"import {size}"].append(_seconds(
                [sys.executable, "-m", "brastod", "--db", str(database), "import", str(path)]))
    m = {key: statistics.median(values) for key, values in samples.items()}
    imported, read = m["import big"] - m["import one"], m["read big"] - m["read one"]
    print(f"  {label:<5} import {m['import big']:5.2f} − {m['import one']:4.2f} = {imported:5.2f} s"
          f"   read {m['read big']:5.2f} − {m['read one']:4.2f} = {read:5.2f} s"
          f"   marginal ratio {imported / read:4.1f}× (goal ≤ 3×)")
    if label in ("xlsx", "ods"):
        record(f"Import 50 000 rader .{label}, marginalt mot läsningen", imported / read, 3, "×")
    return imported, read


class _Stages:
    """Each stage's own time in one import, by wrapping the functions that do it."""

    def __init__(self):
        from sqlalchemy.orm import Session

        from brastod.core import backups
        from brastod.core.importing import preview, screening
        from brastod.core.services import import_batches, importing
        self.spent = defaultdict(float)
        self._wrap(importing, "read_workbook", "read")
        self._wrap(importing, "find_table", "find table")
        self._wrap(importing, "build_preview", "preview: parse")
        self._wrap(preview.screening, "find", "preview: screen")
        self._wrap(importing, "_save", "save: rows")
        self._wrap(import_batches, "_existing_hashes", "save: dedupe lookup")
        # The rows' tuples are made as the driver reads them: their making is in the insert.
        self._wrap(import_batches, "insert_columns", "save: insert")
        self._wrap(Session, "commit", "commit")
        self._wrap(backups, "take", "backup")
        self._wrap(backups, "rotate_as_set", "backup")
        assert screening.find is preview.screening.find

    def _wrap(self, owner, name: str, label: str) -> None:
        function = getattr(owner, name)

        def timed(*args, **kwargs):
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[label] += time.perf_counter() - began
        setattr(owner, name, timed)

    def stages(self) -> dict[str, float]:
        """Own times: the screening out of the preview, the inserts and lookup out of the
        rows' conversion."""
        spent = dict(self.spent)
        spent["preview: parse"] -= spent.get("preview: screen", 0)
        spent["save: rows"] -= sum(spent.get(key, 0) for key in (
            "save: insert", "save: dedupe lookup"))
        return spent


def in_process(folder: Path, label: str, path: Path) -> dict[str, float]:
    """The stages of one import side by side, and the preview against the bare read."""
    import python_calamine

    from brastod.core.db import open_database
    from brastod.core.importing.bulk import collector_paused
    from brastod.core.services.importing import commit
    from brastod.gui.importer import _read
    stages = _Stages()

    def bare_read():
        python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()

    def timed(function, *args):
        began, used = time.perf_counter(), time.process_time()
        result = function(*args)
        return result, time.perf_counter() - began, time.process_time() - used

    samples = defaultdict(list)
    for run in range(RUNS + 1):          # the first warms the modules and is left out
        _, read, read_cpu = timed(bare_read)
        # The import holds the collector off while it reads and previews (bulk.py): the read
        # on the same footing, which is the stricter floor (with the collector running, the
        # bare read makes 50 000 lists for it to walk and takes a fifth longer).
        with collector_paused():
            _, read_paused, read_paused_cpu = timed(bare_read)
        db = open_database(_fresh_db(folder, f"stages-{label}-{run}"))
        stages.spent.clear()
        (prepared, _), preview, preview_cpu = timed(_read, db, path, TODAY)
        result = commit(db, prepared)
        db.close()
        del prepared                     # freed before the next read is timed
        assert result.imported == ROWS, result.message
        if run:
            samples["bare read"].append(read)
            samples["bare read, collector paused"].append(read_paused)
            samples["bare read, collector paused, cpu"].append(read_paused_cpu)
            samples["prepare (the preview)"].append(preview)
            samples["prepare (the preview), cpu"].append(preview_cpu)
            for stage, seconds in stages.stages().items():
                samples[stage].append(seconds)
    median = {key: statistics.median(values) for key, values in samples.items()}
    stage_names = [key for key in median if not key.startswith(("bare read", "prepare"))]
    print(f"  {label}: " + ", ".join(f"{key} {median[key]:.3f}" for key in stage_names)
          + f"; sum {sum(median[key] for key in stage_names):.2f} s")
    # What no import can do without: read the file, insert the rows, commit.
    floor = sum(median.get(key, 0) for key in ("read", "save: insert", "commit"))
    whole = sum(median[key] for key in stage_names)
    paused = median["bare read, collector paused"]
    print(f"  {label}: the floor (read + insert + commit) {floor:.2f} s = {floor / paused:.2f}× "
          f"the bare read; all stages {whole:.2f} s = {whole / paused:.2f}×")
    preview = median["prepare (the preview)"]
    record(f"Förhandsvisning 50 000 rader .{label} mot läsningen",
           preview / median["bare read, collector paused"], 1.2, "×")
    print(f"  {label}: preview {preview:.3f} s against the bare read {median['bare read']:.3f} s"
          f" ({preview / median['bare read']:.2f}×), or {median['bare read, collector paused']:.3f}"
          f" s with the collector paused ({preview / median['bare read, collector paused']:.2f}×;"
          " goal ≤ 1.2×); in processor time "
          f"{median['prepare (the preview), cpu'] / median['bare read, collector paused, cpu']:.2f}×")
    return median


def million(folder: Path, path: Path) -> None:
    """The backup before an import on a million incidents (each with its duplicate key, as
    imported ones have), against that import."""
    sys.path.insert(0, str(Path(__file__).parent))
    import situation_report

    from brastod.core import backups
    from brastod.core.db import open_database
    from brastod.core.services.importing import import_file
    db = situation_report._database(folder)
    with db.engine.begin() as connection:
        kind = {row[1]: row[2] for row in connection.exec_driver_sql(
            "PRAGMA table_info(incident)")}["row_hash"]
        key = "random()" if kind == "INTEGER" else "lower(hex(randomblob(32)))"  # before v4
        connection.exec_driver_sql(f"UPDATE incident SET row_hash = {key} "
                                   "WHERE row_hash IS NULL")
    db.close()
    size = db.path.stat().st_size
    checks, copies, imports = [], [], []
    for run in range(3):
        copy = folder / f"miljon-{run}.sqlite3"
        shutil.copy(db.path, copy)
        began = time.perf_counter()
        backups.integrity_problems(copy, quick=True)
        checks.append(time.perf_counter() - began)
        began = time.perf_counter()
        backups.take(copy, "fore-import")
        copies.append(time.perf_counter() - began - checks[-1])
        database = open_database(copy)
        began = time.perf_counter()
        import_file(database, path, today=TODAY)
        imports.append(time.perf_counter() - began)
        database.close()
        shutil.rmtree(folder / "backups")
        copy.unlink()
    check, backup, whole = (statistics.median(v) for v in (checks, copies, imports))
    # Proportionate: the backup takes less than the rest of the import it protects.
    record("Säkerhetskopia före import mot importen (1 miljon händelser)",
           (check + backup) / (whole - check - backup), 1, "×")
    print(f"  on 1 000 000 incidents ({size / 1e6:.0f} MB): the backup before the import "
          f"{check + backup:.2f} s (check {check:.2f} s, copy {backup:.2f} s) within the "
          f"import of {ROWS:,} rows, {whole:.2f} s in all (median of 3)")


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


def _files(folder: Path, rows: int) -> dict[str, Path]:
    """The files made before in ``folder`` (LibreOffice takes a while), else new ones."""
    found = {path.suffix[1:]: path for path in sorted(folder.glob("partner.*"))}
    return found if {"xlsx", "csv"} <= set(found) else make_files(folder, rows)


def main(folder: Path | None = None) -> None:
    """``folder`` keeps the files between runs."""
    import tempfile
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        files = _files(folder / "big" if folder else work / "big", ROWS)
        ones = _files(folder / "one" if folder else work / "one", 1)
        print(f"Import of a {ROWS:,}-row partner workbook, the commands' marginal cost "
              f"(median of {RUNS} interleaved runs):")
        for label, path in files.items():
            marginal(work, label.split()[0], path, ones[label])
        print(f"Import in one process, each stage's own time in seconds (median of {RUNS}):")
        for label in ("xlsx", "ods"):
            if label in files:
                in_process(work, label, files[label])
        million(work, files[next(iter(files))])
        bench_police(work)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
