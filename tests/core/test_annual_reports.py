"""Verksamhetsberättelse and delårsrapport: the period, the sections, the figures against what
the database holds (counted here another way), adoption freezing them, personal data, the three
file formats, the command line, and the national references they are compared with."""
import json
import re
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from brastod.cli import main
from brastod.core.errors import FieldError, PersonalDataFound, ValidationError
from brastod.core.exports.annual_report import export_annual_period, export_annual_report
from brastod.core.figure_rules import ReferenceFields
from brastod.core.models import ImportBatch, Meeting
from brastod.core.services import annual_reports as reports
from brastod.core.services import key_figures
from brastod.core.services.figures import summary
from brastod.core.services.meeting_series import decision_to_action
from tests.conftest import DEMO_TODAY
from tests.core.on_file import COMMAND_LINE, SQLITE_SQL

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _sql(db, query: str, *args) -> list:
    with sqlite3.connect(db.path) as connection:
        return connection.execute(query, args).fetchall()


def test_a_new_report_has_the_standard_sections_and_a_title_from_its_period(db):
    report_id = reports.create_annual_report(db, *YEAR)
    detail = reports.get_annual_report(db, report_id)
    assert detail.row.title == "Verksamhetsberättelse 2026" and not detail.row.interim
    assert [s.title for s in detail.sections] == reports.STANDARD_SECTIONS
    assert reports.default_title(date(2026, 1, 1), date(2026, 8, 31)) == \
        "Delårsrapport januari–augusti 2026"
    assert reports.default_title(date(2026, 5, 1), date(2026, 5, 31)) == "Delårsrapport maj 2026"
    assert reports.default_title(date(2026, 1, 15), date(2026, 6, 30)) == \
        "Delårsrapport 2026-01-15 – 2026-06-30"
    interim = reports.create_annual_report(db, date(2026, 1, 1), date(2026, 8, 31), " Till  KS ")
    assert reports.get_annual_report(db, interim).row.title == "Till KS"
    assert reports.get_annual_report(db, interim).row.interim


def test_a_year_from_29_february_is_a_year(db):
    for start, end in ((date(2024, 2, 29), date(2025, 2, 28)),
                       (date(2023, 3, 1), date(2024, 2, 29))):
        reports.check_period(start, end)
        with pytest.raises(ValidationError, match="högst ett år"):
            reports.check_period(start, end + timedelta(days=1))


@pytest.mark.parametrize("start, end, said", [
    (date(2026, 3, 1), date(2026, 1, 1), "slutar (2026-01-01) före den börjar"),
    (date(2025, 1, 1), date(2026, 1, 1), "högst ett år"),
])
def test_a_period_backwards_or_longer_than_a_year_is_refused(db, start, end, said):
    with pytest.raises(ValidationError, match=re.escape(said)):
        reports.create_annual_report(db, start, end)
    assert reports.list_annual_reports(db) == []


@SQLITE_SQL
def test_meetings_and_attendance_are_those_held_in_the_period(demo_db):
    figures = reports.period_figures(demo_db, *YEAR, DEMO_TODAY)
    held = _sql(demo_db, "SELECT s.name, m.meeting_date FROM meeting m JOIN meeting_series s "
                         "ON s.id = m.series_id WHERE m.meeting_date BETWEEN ? AND ? AND "
                         "m.status IN ('held', 'minutes_approved') ORDER BY m.meeting_date",
                *map(str, YEAR))
    assert held and sorted((b.body, str(d)) for b in figures.meetings for d in b.dates) == \
        sorted(held)
    for body in figures.meetings:
        called, present = _sql(
            demo_db, "SELECT count(*), sum(a.status = 'present') FROM attendee a JOIN meeting "
                     "m ON m.id = a.meeting_id JOIN meeting_series s ON s.id = m.series_id "
                     "WHERE s.name = ? AND m.meeting_date BETWEEN ? AND ? AND m.status IN "
                     "('held', 'minutes_approved') AND a.status != 'co_opted'",
            body.body, *map(str, YEAR))[0]
        assert (body.total.called, body.total.present) == (called, present or 0)
    assert any(a.share is not None and 0 < a.share < 1
               for b in figures.meetings for a in b.attendance)


@SQLITE_SQL
def test_a_decision_that_became_an_action_says_so_with_the_actions_status(demo_db):
    day, decision_id, text = _sql(
        demo_db, "SELECT m.meeting_date, d.id, d.text FROM decision d JOIN meeting m ON "
                 "m.id = d.meeting_id WHERE m.meeting_date >= '2026-01-01' AND d.status = 'open' "
                 "AND d.action_id IS NULL ORDER BY m.meeting_date LIMIT 1")[0]
    plan_id = _sql(demo_db, "SELECT id FROM action_plan WHERE status = 'decided'")[0][0]
    before = reports.period_figures(demo_db, *YEAR, DEMO_TODAY).decisions
    decision_to_action(demo_db, decision_id, plan_id)
    after = reports.period_figures(demo_db, *YEAR, DEMO_TODAY).decisions
    changed = [(b, a) for b, a in zip(before, after) if b != a]
    assert len(before) == len(after) and len(changed) == 1
    was, now = changed[0]
    assert (str(now.meeting_date), now.text, was.fate) == (day, text, "Öppet")
    assert now.fate.startswith("Blev åtgärd: ") and now.fate.endswith("(planerad)")


@SQLITE_SQL
def test_plans_key_figures_and_categories_come_from_the_database(demo_db):
    figures = reports.period_figures(demo_db, *YEAR, DEMO_TODAY)
    decided = _sql(demo_db, "SELECT title FROM action_plan WHERE status != 'draft'")
    assert sorted(p.title for p in figures.plans) == sorted(t for t, in decided)
    plan = figures.plans[0]
    actions = _sql(demo_db, "SELECT a.status, count(*) FROM action a JOIN action_plan p ON "
                            "p.id = a.plan_id WHERE p.title = ? GROUP BY a.status", plan.title)
    assert plan.by_status == dict(actions)
    assert all(date.fromisoformat(due) < DEMO_TODAY for _, due, _ in plan.overdue)
    crimes = next(k for k in figures.key_figures if k.indicator == "Anmälda brott")
    assert crimes.per_100k and crimes.national[:2] == [2020, 15079.0]
    assert "Brå" in crimes.national[2]
    assert any(k.indicator == "Utsatthet för brott" and k.national[1] == 22.6 and not k.values
               for k in figures.key_figures)
    assert {name: now for name, now, _ in figures.categories} == \
        summary(demo_db, *YEAR).by_category
    assert {name: before for name, _, before in figures.categories if before} == \
        summary(demo_db, date(2025, 1, 1), date(2025, 12, 31)).by_category


def test_the_reporting_grid_counts_files_on_the_swedish_day_and_leaves_out_undone_ones(db):
    from brastod.core.services.registers import add_partner
    partner_id = add_partner(db, "Bostadsbolaget")
    with db.session() as session:
        # 23:30 UTC on 31 January is 00:30 on 1 February in Sweden.
        for moment, undone in ((datetime(2026, 1, 31, 23, 30, tzinfo=UTC), None),
                               (datetime(2026, 3, 5, 9, tzinfo=UTC), None),
                               (datetime(2026, 3, 6, 9, tzinfo=UTC),
                                datetime(2026, 3, 6, 10, tzinfo=UTC))):
            session.add(ImportBatch(partner_id=partner_id, imported_at=moment, undone_at=undone))
    figures = reports.period_figures(db, date(2026, 1, 1), date(2026, 4, 30), DEMO_TODAY)
    assert figures.months == ["2026-01", "2026-02", "2026-03", "2026-04"]
    assert ["Bostadsbolaget", [0, 1, 1, 0], 2] in figures.partners


def test_adoption_freezes_the_figures_and_the_text(demo_db):
    report_id = reports.create_annual_report(demo_db, *YEAR)
    section = reports.get_annual_report(demo_db, report_id).sections[0]
    reports.SECTIONS.save(demo_db, section.id, body="Året i korthet.")
    reports.adopt_annual_report(demo_db, report_id, DEMO_TODAY, "Lokala BRÅ")
    before = reports.annual_figures(demo_db, report_id, DEMO_TODAY)
    with demo_db.session() as session:
        session.add(Meeting(title="Extra möte", meeting_date=date(2026, 11, 1), status="held"))
    assert reports.annual_figures(demo_db, report_id, DEMO_TODAY) == before
    live = reports.period_figures(demo_db, *YEAR, DEMO_TODAY)
    assert date(2026, 11, 1) in [d for b in live.meetings for d in b.dates]
    for change in (lambda: reports.SECTIONS.save(demo_db, section.id, body="x"),
                   lambda: reports.SECTIONS.add(demo_db, report_id, "Ny"),
                   lambda: reports.rename_annual_report(demo_db, report_id, "Nytt namn"),
                   lambda: reports.adopt_annual_report(demo_db, report_id, DEMO_TODAY, "KS"),
                   lambda: reports.delete_annual_report(demo_db, report_id)):
        with pytest.raises(ValidationError, match="fastställd"):
            change()
    detail = reports.get_annual_report(demo_db, report_id)
    assert detail.adopted and detail.sections[0].body == "Året i korthet."


@SQLITE_SQL
def test_a_draft_can_be_deleted_with_its_sections(db):
    report_id = reports.create_annual_report(db, *YEAR)
    reports.delete_annual_report(db, report_id)
    assert reports.list_annual_reports(db) == []
    assert _sql(db, "SELECT count(*) FROM annual_report_section") == [(0,)]
    with pytest.raises(ValidationError, match="finns inte"):
        reports.get_annual_report(db, report_id)


def test_the_document_as_pdf_word_and_excel(demo_db, tmp_path):
    adopted = next(r for r in reports.list_annual_reports(demo_db) if r.status == "adopted")
    files = {suffix: tmp_path / f"vb.{suffix}" for suffix in ("pdf", "docx", "xlsx")}
    report = export_annual_report(demo_db, adopted.id, pdf_path=files["pdf"], docx=files["docx"],
                                  xlsx=files["xlsx"], printed=DEMO_TODAY)
    text = _text(files["pdf"])
    for expected in (adopted.title, f"Fastställd {adopted.adopted_on:%Y-%m-%d}", "Sammanfattning",
                     "Möten", "Beslut och vad som blev av dem", "Nyckeltal", "15 079 (2020)",
                     "Partnernas rapportering", "Händelser per huvudkategori"):
        assert expected in text, expected
    held = sum(len(b.dates) for b in report.figures.meetings)
    assert f"{held} möten hölls under perioden" in text
    document = Document(files["docx"])
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == [adopted.title, "Sammanfattning", "Årets viktigaste händelser"]
    assert "Händelser per huvudkategori" in headings and len(document.tables) >= 5
    book = load_workbook(files["xlsx"])
    assert book.sheetnames == ["Text", "Möten", "Närvaro", "Beslut", "Lägesbilder", "Planer",
                               "Mål", "Nyckeltal", "Riket", "Rapportering", "Kategorier",
                               "Om rapporten"]
    assert book["Möten"].max_row == held + 1
    assert [c.value for c in book["Riket"][2]][:3] == ["Anmälda brott", 2020, 15079]


def test_a_period_with_no_report_written_gives_the_figures_alone(demo_db, tmp_path):
    report = export_annual_period(demo_db, date(2026, 1, 1), date(2026, 6, 30),
                                  pdf_path=tmp_path / "d.pdf", printed=DEMO_TODAY)
    assert report.detail.row.id == 0 and report.detail.sections == []
    assert "Delårsrapport januari–juni 2026" in _text(tmp_path / "d.pdf")


def test_personal_data_in_the_text_stops_the_export_until_allowed(demo_db, tmp_path):
    report_id = reports.create_annual_report(demo_db, date(2026, 1, 1), date(2026, 6, 30))
    section = reports.get_annual_report(demo_db, report_id).sections[1]
    reports.SECTIONS.save(demo_db, section.id, body="Ring Kim på 070-123 45 67.")
    with pytest.raises(PersonalDataFound, match="Årets viktigaste händelser"):
        export_annual_report(demo_db, report_id, pdf_path=tmp_path / "v.pdf")
    assert not (tmp_path / "v.pdf").exists()
    export_annual_report(demo_db, report_id, pdf_path=tmp_path / "v.pdf",
                         allow_personal_data=True)
    assert "070-123 45 67" in _text(tmp_path / "v.pdf")


@COMMAND_LINE
def test_the_command_line(demo_db, tmp_path, capsys):
    demo_db.close()
    db = str(demo_db.path)
    pdf, docx = tmp_path / "vb.pdf", tmp_path / "vb.docx"
    assert main(["--db", db, "export", "annual-report", "--year", "2025", "--pdf", str(pdf),
                 "--docx", str(docx)]) == 0
    assert "Verksamhetsberättelse 2025 sparad i" in capsys.readouterr().out
    assert "Fastställd" in _text(pdf) and docx.stat().st_size > 0
    assert main(["--db", db, "list", "annual-reports", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["title"], r["status"]) for r in listed] == [
        ("Verksamhetsberättelse 2026", "draft"), ("Verksamhetsberättelse 2025", "adopted")]
    for args, said in ((["--year", "2025", "--to", "2025-06-30"], "inte båda"),
                       (["--from", "2025-01-01"], "--to DATUM"),
                       (["--from", "2026-03-01", "--to", "2026-01-01"], "före den börjar"),
                       (["--year", "9999"], "mellan år 1901 och 9998"),
                       (["--from", "0001-01-01", "--to", "0001-12-31"], "mellan år 1901")):
        assert main(["--db", db, "export", "annual-report", *args, "--pdf",
                     str(tmp_path / "x.pdf")]) == 1
        assert said in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_national_references_ship_with_a_new_database_and_can_be_edited(db):
    shipped = key_figures.list_national_references(db)
    assert [(r.indicator, r.year, r.value) for r in shipped] == [
        ("Anmälda brott", 2020, 15079.0), ("Utsatthet för brott", 2020, 22.6)]
    added = key_figures.save_national_reference(
        db, ReferenceFields("Anmälda brott", 2024, 13900, "Brå 2024", per_100k=True))
    with pytest.raises(FieldError) as refused:
        key_figures.save_national_reference(db, ReferenceFields(" anmälda BROTT ", 2024, 1, "x"))
    assert refused.value.field == "year"
    with pytest.raises(FieldError) as refused:
        key_figures.save_national_reference(db, ReferenceFields("Anmälda brott", 2023, 1, " "))
    assert refused.value.field == "source"
    key_figures.save_national_reference(
        db, ReferenceFields("Anmälda brott", 2024, 13800, "Brå 2024", per_100k=True), added)
    figures = reports.period_figures(db, *YEAR, DEMO_TODAY)
    assert next(k for k in figures.key_figures if k.indicator == "Anmälda brott").national[:2] \
        == [2024, 13800.0]
    key_figures.delete_national_reference(db, added)
    assert key_figures.list_national_references(db) == shipped


def test_an_empty_file_name_is_refused_on_the_command_line(demo_db, capsys):
    demo_db.close()
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(demo_db.path), "export", "annual-report", "--year", "2025",
              "--pdf", ""])
    assert exit_info.value.code == 2
    assert "--pdf: ett filnamn saknas" in capsys.readouterr().err
