"""The månadsrapport: the month against the month before and a year earlier, the places, the
newest adopted lägesbild's assessments, actions and meetings; as PDF, Word and Excel; the empty
month, personal data and an unwritable target; and the command line."""
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import select

from brastod.cli import main
from brastod.core.enums import ReportStatus
from brastod.core.errors import BrastodError, PersonalDataFound
from brastod.core.exports.monthly_report import export_monthly_report, load
from brastod.core.models import Incident
from brastod.core.plan_rules import is_overdue
from brastod.core.services.figures import summary
from brastod.core.services.meetings import list_meetings
from brastod.core.services.situation_reports import list_situation_reports
from tests.conftest import DEMO_TODAY
from tests.core.on_file import COMMAND_LINE


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_month_against_the_month_before_and_a_year_earlier(demo_db, tmp_path):
    files = {suffix: tmp_path / f"oktober.{suffix}" for suffix in ("pdf", "docx", "xlsx")}
    report = export_monthly_report(demo_db, 2026, 10, pdf_path=files["pdf"], docx=files["docx"],
                                   xlsx=files["xlsx"], printed=DEMO_TODAY)
    october = summary(demo_db, date(2026, 10, 1), date(2026, 10, 31)).total
    september = summary(demo_db, date(2026, 9, 1), date(2026, 9, 30)).total
    year_ago = summary(demo_db, date(2025, 10, 1), date(2025, 10, 31)).total
    assert report.figures.matrix.total() == [october, september, year_ago] and october > 0
    text = _text(files["pdf"])
    assert "Månadsrapport oktober 2026" in text
    assert f"{october} händelser i oktober 2026, mot {september} i september 2026" in text
    assert len(PdfReader(files["pdf"]).pages) <= 2
    # The newest adopted lägesbild that began by the month's end gives the assessments.
    adopted = [r for r in list_situation_reports(demo_db) if r.status == ReportStatus.ADOPTED
               and r.period_start <= date(2026, 10, 31)]
    newest = max(adopted, key=lambda r: r.period_end)
    assert report.situation.detail.id == newest.id and f"Ur {newest.title}" in text
    held = [m for m in list_meetings(demo_db) if m.meeting_date.month == 10
            and m.meeting_date.year == 2026]
    assert [m.id for m in report.meetings] == [m.id for m in held if m.status in
                                               ("held", "minutes_approved")]
    assert all(m.title in text for m in report.meetings) and report.meetings
    assert report.overdue and all(is_overdue(a.status, a.due_on, date(2026, 10, 31))
                                  for a in report.overdue)
    book = load_workbook(files["xlsx"])
    assert book.sheetnames == ["Kategorier", "Områden", "Platser", "Bedömningar",
                               "Påbörjade åtgärder", "Försenade åtgärder", "Möten",
                               "Om rapporten"]
    total = [c.value for c in book["Kategorier"][book["Kategorier"].max_row]]
    assert total[:3] == ["Totalt", october, september] and total[4] == year_ago
    assert [c.value for c in book["Kategorier"][1]][1:3] == ["Oktober 2026", "September 2026"]
    document = Document(files["docx"])
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Månadsrapport oktober 2026" and "Bedömning per område" in headings
    assert document.tables[0].rows[-1].cells[1].text == str(october)


def test_overdue_is_counted_at_the_months_end_or_today(demo_db):
    running = load(demo_db, 2026, 11, DEMO_TODAY)
    assert running.as_of == DEMO_TODAY
    assert load(demo_db, 2026, 10, DEMO_TODAY).as_of == date(2026, 10, 31)


def test_a_month_without_incidents_says_so(demo_db, tmp_path):
    target = tmp_path / "tom.pdf"
    report = export_monthly_report(demo_db, 2020, 1, pdf_path=target, xlsx=tmp_path / "tom.xlsx",
                                   docx=tmp_path / "tom.docx", printed=DEMO_TODAY)
    assert report.figures.matrix.total() == [0, 0, 0] and report.situation is None
    text = _text(target)
    assert "Inga händelser under månaden" in text
    assert "Platser med flest händelser" not in text
    assert "Ingen lägesbild är fastställd ännu." in text
    assert "Inga hållna möten under månaden." in text
    rows = list(load_workbook(tmp_path / "tom.xlsx")["Kategorier"].values)
    assert rows[1:] == [("Totalt", 0, 0, "→ 0", 0, "→ 0")]


def test_a_place_with_a_phone_number_stops_the_report(demo_db, tmp_path):
    with demo_db.session() as session:
        incident = session.exec(select(Incident).where(
            Incident.occurred_on == date(2026, 10, 14))).first()
        incident.place_text, incident.count = "Ring 070-123 45 67", 500     # the top place
        session.add(incident)
    target = tmp_path / "m.pdf"
    with pytest.raises(PersonalDataFound, match="Månadsrapporten innehåller .*070-123 45 67"):
        export_monthly_report(demo_db, 2026, 10, pdf_path=target, printed=DEMO_TODAY)
    assert not target.exists()
    export_monthly_report(demo_db, 2026, 10, pdf_path=target, printed=DEMO_TODAY,
                          allow_personal_data=True)
    assert "070-123 45 67" in _text(target)


def test_an_unwritable_target_and_a_month_out_of_reach_are_told(demo_db, tmp_path):
    with pytest.raises(BrastodError, match="Mappen .* finns inte"):
        export_monthly_report(demo_db, 2026, 10, docx=tmp_path / "saknas" / "m.docx")
    with pytest.raises(BrastodError, match="Välj en månad mellan år 1901 och 9998"):
        export_monthly_report(demo_db, 9999, 12, pdf_path=tmp_path / "m.pdf")
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite3")]


@COMMAND_LINE
def test_the_command_line(demo_db, tmp_path, capsys):
    demo_db.close()
    pdf, xlsx = tmp_path / "m.pdf", tmp_path / "m.xlsx"
    assert main(["--db", str(demo_db.path), "export", "monthly-report", "--month", "2026-10",
                 "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    assert capsys.readouterr().out == f"Månadsrapport oktober 2026 sparad i {pdf} och {xlsx}.\n"
    assert main(["--db", str(demo_db.path), "export", "monthly-report", "--month",
                 "2026-10"]) == 1
    assert capsys.readouterr().err == ("brastod: Ange --pdf FIL, --docx FIL eller --xlsx FIL."
                                       "\n")
    with pytest.raises(SystemExit):
        main(["--db", str(demo_db.path), "export", "monthly-report", "--month", "2026-13",
              "--pdf", str(pdf)])
    assert "”2026-13” är ingen månad (ÅÅÅÅ-MM)" in capsys.readouterr().err
