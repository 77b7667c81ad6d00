"""Lägesbild on 1 000 000 incidents over five years: the matrix (period, previous period, a year
earlier) for 14 days and for a year, all of a report's figures (and the first time after an
import, which counts the new batch into the yearly tallies), and the PDF of a 20-page
lägesbild. Prints medians, asserts nothing."""
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

INCIDENTS = 1_000_000
IMPORTED = 50_000
PLACES = [f"Plats {n}" for n in range(300)]


def _database(folder: Path):
    from brastod.core.demo import load_demo
    from brastod.core.services import tallies
    from brastod.core.services.import_batches import sql_date, sql_time
    from datetime import time as clock
    db = load_demo(folder / "miljon.sqlite3", today=date(2026, 11, 22))
    rng = random.Random(1)
    with db.engine.begin() as connection:
        existing = connection.exec_driver_sql("SELECT count(*) FROM incident").scalar()
        areas = [r[0] for r in connection.exec_driver_sql("SELECT id FROM area")]
        categories = [r[0] for r in connection.exec_driver_sql("SELECT id FROM category")]
        start = date(2021, 11, 23)
        days = [sql_date(start + timedelta(days=d)) for d in range(5 * 365)]
        times = [sql_time(clock(h, m)) for h in range(24) for m in (0, 30)] + [None]
        batch = []
        for _ in range(INCIDENTS - existing):
            batch.append((rng.choice(days), rng.choice(times), rng.choice(areas),
                          rng.choice(PLACES), rng.choice(categories), 1))
            if len(batch) == 100_000:
                _insert(connection, batch)
                batch = []
        _insert(connection, batch)
        tallies.rebuild(connection)          # as schema version 5 does for a stored database
        connection.exec_driver_sql("ANALYZE")
    return db


def _insert(connection, rows) -> None:
    connection.exec_driver_sql(
        "INSERT INTO incident (occurred_on, occurred_time, area_id, place_text, category_id, "
        "count, personal_data_flag, needs_review) VALUES (?, ?, ?, ?, ?, ?, 0, 0)", rows)


def _import_batch(connection, rows: int) -> int:
    """A batch of ``rows`` incidents in 2025, saved as an import saves it (pending)."""
    from brastod.core.services import tallies
    batch_id = connection.exec_driver_sql(
        "INSERT INTO import_batch (source, imported_at, rows_read, rows_imported, "
        "rows_duplicate, rows_rejected, rows_masked) VALUES ('file', '2026-01-01', 0, 0, 0, 0, 0)"
    ).lastrowid
    rng = random.Random(2)
    areas = [r[0] for r in connection.exec_driver_sql("SELECT id FROM area")]
    connection.exec_driver_sql(
        "INSERT INTO incident (occurred_on, occurred_time, area_id, place_text, count, batch_id, "
        "personal_data_flag, needs_review) VALUES (?, ?, ?, ?, 1, ?, 0, 0)",
        [((date(2025, 1, 1) + timedelta(days=rng.randrange(365))).isoformat(),
          f"{rng.randrange(24):02d}:00:00.000000", rng.choice(areas), rng.choice(PLACES),
          batch_id) for _ in range(rows)])
    tallies.pend(connection, batch_id)
    return batch_id


def _undo(connection, batch_id: int) -> None:
    from brastod.core.services import tallies
    connection.exec_driver_sql("DELETE FROM incident WHERE batch_id = ?", (batch_id,))
    tallies.forget_batch(connection, batch_id)
    connection.commit()


def _median_ms(fn, runs: int = 7) -> float:
    return _medians_ms(fn, runs)[0]


def _medians_ms(fn, runs: int) -> tuple[float, float]:
    """The median wall-clock and CPU time of ``fn``. The CPU time is this process's own, which
    other work on a shared machine changes far less."""
    walls, cpus = [], []
    for _ in range(runs):
        began, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def main() -> None:
    from table import record
    from brastod.core.exports.situation_report import export_situation_report
    from brastod.core.periods import FORTNIGHT, YEAR, period_of
    from brastod.core.services import situation_reports as reports
    from brastod.core.services.figures import compute_figures, compute_matrix
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        db = _database(Path(folder))
        print(f"  (1 000 000 händelser skapade på {time.perf_counter() - began:.0f} s)")
        fortnight = period_of(FORTNIGHT, date(2026, 11, 18))
        year = period_of(YEAR, date(2025, 6, 1))
        with db.engine.connect() as connection:
            for label, period in (("14 dagar", fortnight), ("ett år", year)):
                matrix_ms = _median_ms(lambda: compute_matrix(connection, period))
                all_ms, all_cpu = _medians_ms(lambda: compute_figures(connection, period), 5)
                record(f"Lägesbild: matrisen, {label} (1 miljon händelser)", matrix_ms,
                       20 if period is fortnight else 300, "ms")
                if period is year:
                    record("Lägesbild: alla siffror i ett utkast, ett år", all_ms, 500, "ms")
                print(f"  matris {label:<9} (period, föregående, ett år tidigare) "
                      f"{matrix_ms:6.1f} ms;  alla siffror {all_ms:6.0f} ms "
                      f"(processorn {all_cpu:4.0f} ms)")
            # An import only notes its batch; the first figures of a year count it (and are
            # rolled back here, so each run counts it again).
            batch_id = _import_batch(connection, IMPORTED)
            connection.commit()

            def first_after_import():
                compute_figures(connection, year)
                connection.rollback()
            first_ms, first_cpu = _medians_ms(first_after_import, 3)
            _undo(connection, batch_id)
            print(f"  alla siffror, ett år, första gången efter en import på {IMPORTED:,} rader "
                  f"(räknar in den) {first_ms:6.0f} ms (processorn {first_cpu:4.0f} ms)")
        report_id = reports.create_report(db, "strategic", year)
        long_text = "\n\n".join(
            f"Stycke {n}: " + "Händelserna i området följer samma mönster som tidigare år, "
            "med flest anmälningar fredag och lördag kväll och en topp under sommaren. " * 6
            for n in range(8))
        for section in reports.get_report(db, report_id).sections:
            reports.save_section(db, section.id, body=long_text)
        target = Path(folder) / "lagesbild.pdf"
        draft_ms, draft_cpu = _medians_ms(
            lambda: export_situation_report(db, report_id, pdf=target), 5)
        reports.adopt_report(db, report_id, date(2026, 2, 12), "Lokala BRÅ")
        adopted_ms = _median_ms(lambda: export_situation_report(db, report_id, pdf=target),
                                runs=3)
        record("Lägesbild: utkastets PDF, ett år", draft_ms, 1000, "ms")
        from pypdf import PdfReader
        pages = len(PdfReader(target).pages)
        print(f"  PDF, strategisk lägesbild över ett år, {pages} sidor: fastställd (siffrorna "
              f"lagrade) {adopted_ms / 1000:5.2f} s; utkast (siffrorna räknas först) "
              f"{draft_ms / 1000:5.2f} s (processorn {draft_cpu / 1000:4.2f} s)")
        db.close()


if __name__ == "__main__":
    main()
