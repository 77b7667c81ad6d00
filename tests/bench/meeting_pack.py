"""The meeting pack for the next lokala BRÅ meeting of the example data with a year of
incidents added (100 000 over the last 365 days): goal ≤ 1.5 s. Also with the draft lägesbild
chosen, whose figures are computed then. Prints medians, asserts nothing."""
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from situation_report import PLACES, _insert

TODAY = date(2026, 11, 22)
INCIDENTS = 100_000


def _database(folder: Path):
    from brastod.core.demo import load_demo
    from brastod.core.services.import_batches import sql_date
    db = load_demo(folder / "moten.sqlite3", today=TODAY)
    rng = random.Random(3)
    with db.engine.begin() as connection:
        areas = [r[0] for r in connection.exec_driver_sql("SELECT id FROM area")]
        categories = [r[0] for r in connection.exec_driver_sql("SELECT id FROM category")]
        days = [sql_date(TODAY - timedelta(days=d)) for d in range(365)]
        _insert(connection, [(rng.choice(days), None, rng.choice(areas), rng.choice(PLACES),
                              rng.choice(categories), 1) for _ in range(INCIDENTS)])
        connection.exec_driver_sql("ANALYZE")
    return db


def _median(work, runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main() -> None:
    from pypdf import PdfReader
    from brastod.core.exports.meeting_pack import export_meeting_pack
    from brastod.core.services.meetings import list_meetings
    from brastod.core.services.situation_reports import list_situation_reports
    with tempfile.TemporaryDirectory() as folder:
        db = _database(Path(folder))
        meeting = next(m for m in list_meetings(db)
                       if m.series == "Lokala BRÅ" and m.meeting_date > TODAY)
        draft = next(r for r in list_situation_reports(db) if r.status == "draft")
        pdf, xlsx = Path(folder) / "pack.pdf", Path(folder) / "pack.xlsx"
        added = f"{INCIDENTS:,}".replace(",", " ")
        print(f"Möteshandlingar, {meeting.title}, exempeldata + {added} händelser senaste året:")
        seconds = _median(lambda: export_meeting_pack(db, meeting.id, pdf=pdf, printed=TODAY))
        print(f"  PDF, fastställd lägesbild: {seconds:.2f} s (mål ≤ 1,5 s), "
              f"{len(PdfReader(pdf).pages)} sidor")
        seconds = _median(lambda: export_meeting_pack(db, meeting.id, pdf=pdf, xlsx=xlsx,
                                                      printed=TODAY))
        print(f"  PDF och Excel: {seconds:.2f} s")
        seconds = _median(lambda: export_meeting_pack(db, meeting.id, pdf=pdf, printed=TODAY,
                                                      report_id=draft.id))
        print(f"  PDF med utkastet (siffrorna räknas): {seconds:.2f} s")
        db.close()


if __name__ == "__main__":
    main()
