"""Reporting upward and outward on the one-million-incident database of situation_report.py:
the verksamhetsberättelse for a year (a draft, whose figures are computed, and an adopted one,
whose figures are stored), the månadsrapport (figures, then PDF, Word and Excel) and the
återkoppling of an adopted lägesbild of a quarter (PDF, and PDF with the e-mail draft). Prints
medians, asserts nothing."""
import tempfile
import time
from datetime import date
from pathlib import Path

from situation_report import _database, _median_ms
from table import record


def main() -> None:
    from brastod.core.exports.feedback import export_feedback
    from brastod.core.exports.monthly_report import export_monthly_report, load
    from brastod.core.periods import QUARTER, period_of
    from brastod.core.services import situation_reports as reports
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        db = _database(Path(folder))
        print(f"  (1 000 000 händelser skapade på {time.perf_counter() - began:.0f} s)")
        today = date(2026, 11, 22)
        annual_report(db, Path(folder), today)
        files = {suffix: Path(folder) / f"manad.{suffix}" for suffix in ("pdf", "docx", "xlsx")}
        figures_ms = _median_ms(lambda: load(db, 2026, 10, today), runs=5)
        timings = {suffix: _median_ms(lambda: export_monthly_report(
            db, 2026, 10, printed=today, **{"pdf_path" if suffix == "pdf" else suffix: path}),
            runs=3) for suffix, path in files.items()}
        count = load(db, 2026, 10, today).figures.matrix.total()[0]
        print(f"  månadsrapport oktober 2026 ({count} händelser): siffrorna {figures_ms:5.0f} ms;"
              f" PDF {timings['pdf']:5.0f} ms, Word {timings['docx']:5.0f} ms, Excel "
              f"{timings['xlsx']:5.0f} ms (var och en med siffrorna)")
        report_id = reports.create_report(db, "operational", period_of(QUARTER, date(2026, 8, 1)))
        for row in reports.assessment_rows(db, report_id):
            reports.save_assessment(db, report_id, row.area_id, level_id=None, trend="flat",
                                    motivation="Som tidigare.")
        reports.adopt_report(db, report_id, today, "Lokala BRÅ")
        pdf, eml = Path(folder) / "aterkoppling.pdf", Path(folder) / "aterkoppling.eml"
        pdf_ms = _median_ms(lambda: export_feedback(db, report_id, pdf_path=pdf, printed=today))
        both_ms = _median_ms(lambda: export_feedback(db, report_id, pdf_path=pdf, eml=eml,
                                                     printed=today))
        print(f"  återkoppling av en fastställd lägesbild (kvartal 3 2026): PDF {pdf_ms:5.0f} ms;"
              f" PDF och e-postutkast {both_ms:5.0f} ms")
        db.close()


def annual_report(db, folder: Path, today: date) -> None:
    from brastod.core.exports.annual_report import export_annual_report
    from brastod.core.services import annual_reports as annual
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    files = {suffix: folder / f"vb.{suffix}" for suffix in ("pdf", "docx", "xlsx")}
    for state in ("utkast", "fastställd"):
        report_id = annual.create_annual_report(db, start, end)
        if state == "fastställd":
            annual.adopt_annual_report(db, report_id, today, "Lokala BRÅ")
        figures_ms = _median_ms(lambda: annual.annual_figures(db, report_id, today), runs=5)
        timings = {suffix: _median_ms(lambda: export_annual_report(
            db, report_id, printed=today, **{"pdf_path" if suffix == "pdf" else suffix: path}),
            runs=3) for suffix, path in files.items()}
        record(f"Verksamhetsberättelse, {state}, PDF (1 miljon händelser)", timings["pdf"],
               3000 if state == "utkast" else 1000, "ms")
        print(f"  verksamhetsberättelse 2025, {state:<10}: siffrorna {figures_ms:5.0f} ms; PDF "
              f"{timings['pdf']:5.0f} ms, Word {timings['docx']:5.0f} ms, Excel "
              f"{timings['xlsx']:5.0f} ms (var och en med siffrorna)")


if __name__ == "__main__":
    main()
