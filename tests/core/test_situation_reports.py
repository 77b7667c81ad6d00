"""Lägesbilder: creating, editing, adopting (freezing), copying, the personal data check, the
PDF's text and the Excel file's cells, and the command line."""
import json
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from brastod.cli import main
from brastod.core.errors import BrastodError, FieldError, ValidationError
from brastod.core.exports.situation_report import export_situation_report
from brastod.core.periods import MONTH, Period, period_of
from brastod.core.richtext import blocks, inline_markup, plain_text
from brastod.core.services import incidents
from brastod.core.services import situation_reports as reports
from brastod.core.services.figures import change_text
from brastod.core.services.registers import area_by_name, list_categories
from tests.core.on_file import COMMAND_LINE

DRAFT_PERIOD = Period(date(2026, 10, 1), date(2026, 11, 22))


def _new(demo_db, **kwargs) -> int:
    return reports.create_report(demo_db, "operational", period_of(MONTH, date(2026, 10, 1)),
                                 **kwargs)


def test_a_new_report_has_the_standard_sections_and_a_title_from_its_period(demo_db):
    report = reports.get_report(demo_db, _new(demo_db))
    assert report.title == "Lägesbild oktober 2026"
    assert [s.title for s in report.sections] == reports.STANDARD_SECTIONS
    period_text = report.sections[1].body
    assert "2026-10-01 – 2026-10-31 (v. 40–44 2026), hela kommunen" in period_text
    assert report.status == "draft" and report.area_ids is None


def test_scope_is_kept_and_an_empty_choice_is_refused(demo_db):
    centrum = area_by_name(demo_db, "Centrum")
    report = reports.get_report(demo_db, _new(demo_db, area_ids=[centrum]))
    assert report.area_ids == [centrum] and report.scope_text == "Centrum"
    figures = reports.report_figures(demo_db, report.id)
    assert [a.name for a in figures.matrix.areas] == ["Centrum"]
    count = len(reports.list_situation_reports(demo_db))
    with pytest.raises(FieldError, match="Välj minst ett område, eller hela kommunen.") as caught:
        _new(demo_db, area_ids=[])
    assert caught.value.field == "area_ids"
    with pytest.raises(FieldError, match="Okänd typ av lägesbild: weekly.") as caught:
        reports.create_report(demo_db, "weekly", DRAFT_PERIOD)
    assert caught.value.field == "kind"
    assert len(reports.list_situation_reports(demo_db)) == count


def test_sections_can_be_renamed_added_moved_and_removed(demo_db):
    report_id = _new(demo_db)
    shown = reports.get_report(demo_db, report_id).sections
    first, second = shown[:2]
    reports.save_section(demo_db, first.id, title="Sammanfattning i korthet",
                         body="**Lugnt** i stort.")
    added = reports.add_section(demo_db, report_id, "Polisens bild", after_id=first.id)
    reports.move_section(demo_db, second.id, -1)
    reports.move_section(demo_db, second.id, -1)
    reports.move_section(demo_db, second.id, -1)          # already first: nothing happens
    sections = reports.get_report(demo_db, report_id).sections
    assert [s.title for s in sections[:3]] == ["Period och område", "Sammanfattning i korthet",
                                               "Polisens bild"]
    assert [s.position for s in sections] == list(range(1, len(sections) + 1))
    reports.remove_section(demo_db, added)
    assert "Polisens bild" not in [s.title for s in reports.get_report(demo_db, report_id).sections]
    before = reports.get_report(demo_db, report_id).sections
    # Moved, added and removed around, but nothing in them typed anew: their versions hold, so
    # a save from a window that showed them before is no conflict.
    assert {s.id: s.stamp for s in before if s.id != first.id} == \
        {s.id: s.stamp for s in shown if s.id != first.id}
    for refused in (lambda: reports.save_section(demo_db, first.id, title="  "),
                    lambda: reports.add_section(demo_db, report_id, "\t")):
        with pytest.raises(FieldError, match="Avsnittet måste ha en rubrik."):
            refused()
    assert reports.get_report(demo_db, report_id).sections == before


def test_adoption_freezes_the_figures_and_the_text(demo_db):
    report_id = _new(demo_db)
    centrum = area_by_name(demo_db, "Centrum")
    level = reports.list_levels(demo_db)[2]
    reports.save_assessment(demo_db, report_id, centrum, level_id=level.id, trend="up",
                            motivation="Fler samlingar vid Torget.")
    shown = reports.get_report(demo_db, report_id)
    incident = incidents.list_incidents(demo_db, incidents.IncidentFilter(
        start=shown.period.start, end=shown.period.end))[0]
    reports.pin_incident(demo_db, report_id, incident.id, "Uppmärksammad i lokalpressen")
    before = reports.report_figures(demo_db, report_id)

    reports.adopt_report(demo_db, report_id, date(2026, 11, 5), "Lokala BRÅ 5 november 2026")
    # Later: an incident is added to the period and the pinned one is deleted.
    category = list_categories(demo_db)[0].id
    incidents.save_incident(demo_db, None, incidents.IncidentInput(
        occurred_on=date(2026, 10, 15), area_id=centrum, category_id=category,
        description="Efterrapporterad", count=5))
    incidents.delete_incidents(demo_db, [incident.id])

    after = reports.report_figures(demo_db, report_id)
    assert after.matrix.total() == before.matrix.total()
    adopted = reports.get_report(demo_db, report_id)
    assert adopted.adopted and adopted.adopted_by == "Lokala BRÅ 5 november 2026"
    assert [p.note for p in adopted.pinned] == ["Uppmärksammad i lokalpressen"]
    assert adopted.assessments[0].trend == "up"
    # A draft of the same period sees the new incident.
    draft = reports.report_figures(demo_db, _new(demo_db))
    assert draft.matrix.total()[0] == before.matrix.total()[0] + 5 - incident.count

    for change in (lambda: reports.save_section(demo_db, adopted.sections[0].id, body="x"),
                   lambda: reports.rename_report(demo_db, report_id, "Ny titel"),
                   lambda: reports.save_assessment(demo_db, report_id, centrum, level_id=None,
                                                   trend=None, motivation=""),
                   lambda: reports.adopt_report(demo_db, report_id, date(2026, 11, 6), "X"),
                   lambda: reports.delete_report(demo_db, report_id)):
        with pytest.raises(ValidationError, match="fastställd"):
            change()


def test_adoption_needs_who_adopted_it(demo_db):
    report_id = _new(demo_db)
    with pytest.raises(ValidationError, match="vem som fastställde"):
        reports.adopt_report(demo_db, report_id, date(2026, 11, 5), " ")
    assert reports.get_report(demo_db, report_id).status == "draft"


def test_an_adopted_report_can_be_copied_into_a_new_draft(demo_db):
    adopted = next(r for r in reports.list_situation_reports(demo_db) if r.status == "adopted")
    copy_id = reports.copy_report(demo_db, adopted.id)
    original, copy = reports.get_report(demo_db, adopted.id), reports.get_report(demo_db, copy_id)
    assert copy.status == "draft" and copy.title == f"Kopia av {original.title}"
    assert [s.body for s in copy.sections] == [s.body for s in original.sections]
    assert [(a.area, a.trend) for a in copy.assessments] == \
        [(a.area, a.trend) for a in original.assessments]
    reports.save_section(demo_db, copy.sections[0].id, body="Nytt")
    reports.delete_report(demo_db, copy_id)
    assert copy_id not in [r.id for r in reports.list_situation_reports(demo_db)]


def test_personal_data_is_pointed_out_and_blocks_the_export_until_confirmed(demo_db, tmp_path):
    report_id = _new(demo_db)
    section = reports.get_report(demo_db, report_id).sections[0]
    reports.save_section(demo_db, section.id, body="Kontakta 070-123 45 67 eller "
                                                   "anna.svensson@example.se.")
    hits = reports.personal_data_hits(reports.get_report(demo_db, report_id))
    assert [(h.where, h.kind) for h in hits] == [
        ("Avsnitt ”Sammanfattning”", "telefonnummer"),
        ("Avsnitt ”Sammanfattning”", "e-postadress")]
    target = tmp_path / "lagesbild.pdf"
    with pytest.raises(BrastodError, match="liknar personuppgifter.*070-123 45 67"):
        export_situation_report(demo_db, report_id, pdf=target)
    assert not target.exists()
    export_situation_report(demo_db, report_id, pdf=target, allow_personal_data=True)
    assert target.exists()


def test_markdown_sections_become_paragraphs_lists_and_plain_text():
    text = "Första stycket med **fet** och *kursiv*\ntext som Qt radbröt.\n\n- ett\n- två\n\n" \
           "1. först\n2. sen\n\nPris 5 < 7 & 3\\*2"
    assert [(b.kind, len(b.items)) for b in blocks(text)] == [("p", 1), ("ul", 2), ("ol", 2),
                                                              ("p", 1)]
    assert inline_markup(blocks(text)[0].items[0]) == \
        "Första stycket med <b>fet</b> och <i>kursiv</i> text som Qt radbröt."
    assert inline_markup("Pris 5 < 7 & 3\\*2") == "Pris 5 &lt; 7 &amp; 3*2"
    assert plain_text(text).splitlines()[1:3] == ["• ett", "• två"]


def test_the_pdf_has_cover_sections_figures_page_numbers_and_every_character(demo_db, tmp_path):
    report_id = _new(demo_db)
    section = reports.get_report(demo_db, report_id).sections[0]
    reports.save_section(demo_db, section.id, body="Samtal med Łukasz och Đorđe – ’citat’ "
                                                   "kostade 50 €.\n\n- punkt ett\n- punkt två")
    target = tmp_path / "lagesbild.pdf"
    export_situation_report(demo_db, report_id, pdf=target, printed=date(2026, 11, 22))
    reader = PdfReader(target)
    pages = [page.extract_text() for page in reader.pages]
    whole = "\n".join(pages)
    assert "Lägesbild oktober 2026" in pages[0] and "Utkast" in pages[0]
    assert all(f"Sida {n} av {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert all("Utskriven 2026-11-22" in page for page in pages)
    empty = [s.title for s in reports.get_report(demo_db, report_id).sections
             if not s.body.strip()]
    assert "Kartläggning" in empty
    for expected in ("Łukasz", "Đorđe", "– ’citat’", "50 €", "punkt två",
                     "Händelser per område och kategori", "Jämfört med tidigare",
                     "Platser med flest händelser", "Veckodag och tid på dygnet",
                     "Utveckling per månad", "Källor"):
        assert expected in whole, expected
    now, before, year_ago = reports.report_figures(demo_db, report_id).matrix.total()
    assert f"Totalt {now} {before} {change_text(now, before)} {year_ago}" in " ".join(
        whole.split())
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    # The sections left empty print no heading (as in the meeting pack); the figures still
    # come where Kartläggning would have been.
    assert outline == ["Sammanfattning", "Period och område", "Källor"]
    assert not set(empty) & set(outline)
    fonts = {str(font) for page in reader.pages
             for font in (page["/Resources"].get("/Font") or {}).values()
             for font in [font.get_object()["/BaseFont"]]}
    assert any("DejaVuSans" in font for font in fonts)


def test_the_strategic_pdf_shows_key_figures_and_assessments_in_colour(demo_db, tmp_path):
    strategic = next(r for r in reports.list_situation_reports(demo_db)
                     if r.kind == "strategic")
    target = tmp_path / "strategisk.pdf"
    export_situation_report(demo_db, strategic.id, pdf=target)
    whole = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Nyckeltal" in whole and "Per 100 000" in whole and "Fastställd" in whole
    assert "Bedömning per område" in whole and "Oroligt" in whole


def test_an_operational_pdf_leaves_out_the_yearly_key_figures(demo_db, tmp_path):
    operational = next(r for r in reports.list_situation_reports(demo_db)
                       if r.kind == "operational")
    target = tmp_path / "operativ.pdf"
    export_situation_report(demo_db, operational.id, pdf=target)
    whole = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Händelser per område och kategori" in whole and "Nyckeltal" not in whole
    assert "Anmälda brott" not in whole               # nor among the sources


def test_the_excel_file_has_numbers_dates_and_one_sheet_per_topic(demo_db, tmp_path):
    adopted = next(r for r in reports.list_situation_reports(demo_db) if r.status == "adopted"
                   and r.kind == "operational")
    target = tmp_path / "lagesbild.xlsx"
    export_situation_report(demo_db, adopted.id, xlsx=target)
    book = load_workbook(target)
    assert book.sheetnames == ["Matris", "Jämförelse", "Händelser", "Bedömningar",
                               "Per månad", "Nyckeltal", "Om lägesbilden"]
    figures = reports.report_figures(demo_db, adopted.id)
    matrix = book["Matris"]
    assert matrix["A1"].value == "Kategori" and matrix.freeze_panes == "A2"
    total_row = list(matrix.iter_rows(values_only=True))[-1]
    assert total_row[0] == "Totalt" and total_row[-1] == figures.matrix.total()[0]
    assert isinstance(total_row[1], int)
    events = book["Händelser"]
    assert events.max_row - 1 == len(incidents.list_incidents(
        demo_db, incidents.IncidentFilter(start=figures.start, end=figures.end)))
    assert events["A2"].is_date and events.auto_filter.ref.startswith("A1:")
    about = dict(book["Om lägesbilden"].iter_rows(min_row=2, values_only=True))
    assert about["Status"] == "Fastställd" and about["Från"].date() == figures.start


@COMMAND_LINE
def test_cli_summary_list_and_export(demo_db, tmp_path, capsys):
    path = str(demo_db.path)
    assert main(["--db", path, "summary", "--from", "2026-10-01", "--to", "2026-10-31",
                 "--area", "centrum", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"total", "rows", "by_category", "by_area", "matrix"}
    assert data["by_area"] == {"Centrum": data["total"]} and data["total"] > 0
    assert 0 < data["rows"] <= data["total"]
    assert sum(data["by_category"].values()) == data["total"]

    assert main(["--db", path, "list", "situation-reports", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(r["status"] for r in listed) == ["adopted", "adopted", "draft"]
    pdf, xlsx = tmp_path / "l.pdf", tmp_path / "l.xlsx"
    assert main(["--db", path, "export", "situation-report", str(listed[0]["id"]),
                 "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    assert pdf.stat().st_size > 10_000 and xlsx.stat().st_size > 5_000


@pytest.mark.parametrize("argv, message", [
    (["summary", "--from", "2026-10-31", "--to", "2026-10-01"], "baklänges"),
    (["summary", "--from", "2026-10-01", "--to", "2026-10-31", "--area", "Atlantis"],
     "Området ”Atlantis” finns inte"),
    (["export", "situation-report", "999", "--pdf", "x.pdf"], "Lägesbild 999 finns inte"),
    (["export", "situation-report", "1"], "Ange --pdf FIL"),
])
@COMMAND_LINE
def test_cli_errors_are_one_swedish_line(demo_db, tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(demo_db.path), *argv]) == 1
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("kind", ["lägesbild", "verksamhetsberättelse"])
def test_a_draft_someone_else_changed_is_not_removed_nor_renamed_over(kind, tmp_path,
                                                                       monkeypatch):
    """Every change to a draft's parts counts up its version: one someone else made after the
    user saw it keeps the draft (who and when said); the user's own change, which their window
    may not have read back, does not. A title someone else gave it meanwhile stays."""
    from brastod.core import versions
    from brastod.core.db import open_database
    from brastod.core.services import annual_reports
    db = open_database(tmp_path / "utkast.sqlite3", create=True)
    other = open_database(tmp_path / "utkast.sqlite3")
    if kind == "lägesbild":
        report_id = reports.create_report(db, "operational", period_of(MONTH, date(2026, 10, 1)))

        def seen():
            detail = reports.get_report(db, report_id)
            return detail.title, detail.version, detail.sections[0]
        rename, delete, sections = reports.rename_report, reports.delete_report, reports.SECTIONS
        listed = reports.list_situation_reports
    else:
        report_id = annual_reports.create_annual_report(db, date(2026, 1, 1), date(2026, 12, 31))

        def seen():
            detail = annual_reports.get_annual_report(db, report_id)
            return detail.row.title, detail.row.version, detail.sections[0]
        rename, delete = annual_reports.rename_annual_report, annual_reports.delete_annual_report
        sections, listed = annual_reports.SECTIONS, annual_reports.list_annual_reports

    def as_anna(change, *args, **kwargs):
        with monkeypatch.context() as patch:
            patch.setattr(versions.getpass, "getuser", lambda: "anna.berg")
            return change(other, *args, **kwargs)
    title, version, section = seen()
    as_anna(sections.save, section.id, body="Annas text.", version=section.stamp.version)
    with pytest.raises(ValidationError, match="anna.berg ändrade .* kl. .*Inget togs bort"):
        delete(db, report_id, version)
    as_anna(rename, report_id, "Annas titel", title)
    with pytest.raises(ValidationError, match="anna.berg gav .* titeln ”Annas titel”.*sparades"):
        rename(db, report_id, "Min titel", title)
    title, version, section = seen()
    assert title == "Annas titel"
    rename(db, report_id, "Min titel", title)
    sections.save(db, section.id, body="Min text.", version=section.stamp.version)
    delete(db, report_id, version)          # my own changes since are no reason
    assert report_id not in [r.id for r in listed(db)]
    db.close()
    other.close()


def test_a_section_someone_else_changed_is_not_removed_nor_renamed_over(tmp_path, monkeypatch):
    from brastod.core import versions
    from brastod.core.db import open_database
    db = open_database(tmp_path / "utkast.sqlite3", create=True)
    other = open_database(tmp_path / "utkast.sqlite3")
    report_id = reports.create_report(db, "operational", period_of(MONTH, date(2026, 10, 1)))
    first, second = reports.get_report(db, report_id).sections[:2]

    def as_anna(change, *args, **kwargs):
        with monkeypatch.context() as patch:
            patch.setattr(versions.getpass, "getuser", lambda: "anna.berg")
            return change(other, *args, **kwargs)
    as_anna(reports.save_section, first.id, body="Annas text.", version=first.stamp.version)
    with pytest.raises(ValidationError, match="anna.berg ändrade avsnittet.*Inget togs bort"):
        reports.remove_section(db, first.id, first.stamp.version)
    as_anna(reports.SECTIONS.rename, second.id, "Annas rubrik", second.title)
    with pytest.raises(ValidationError, match="anna.berg gav avsnittet rubriken ”Annas rubrik”"):
        reports.SECTIONS.rename(db, second.id, "Min rubrik", second.title)
    # Her text stays under my new title; my own change since is no reason to keep it.
    reports.SECTIONS.rename(db, first.id, "Min rubrik", first.title)
    stored = next(s for s in reports.get_report(db, report_id).sections if s.id == first.id)
    assert (stored.title, stored.body) == ("Min rubrik", "Annas text.")
    reports.save_section(db, first.id, body="Min text.", version=stored.stamp.version)
    reports.remove_section(db, first.id, stored.stamp.version)
    assert first.id not in [s.id for s in reports.get_report(db, report_id).sections]
    db.close()
    other.close()


@pytest.mark.parametrize("kind", ["lägesbild", "verksamhetsberättelse"])
def test_a_draft_someone_else_changed_since_the_user_saw_it_is_not_adopted(kind, db, as_anna):
    """Adoption names the version the user saw: someone else's change since refuses it with
    who and when, and nothing is adopted; the user's own change since is no reason."""
    from brastod.core.services import annual_reports
    if kind == "lägesbild":
        report_id = reports.create_report(db, "operational", period_of(MONTH, date(2026, 10, 1)))

        def seen():
            detail = reports.get_report(db, report_id)
            return detail.version, detail.sections[0], detail.adopted
        adopt, sections = reports.adopt_report, reports.SECTIONS
    else:
        report_id = annual_reports.create_annual_report(db, date(2026, 1, 1), date(2026, 12, 31))

        def seen():
            detail = annual_reports.get_annual_report(db, report_id)
            return detail.row.version, detail.sections[0], detail.adopted
        adopt, sections = annual_reports.adopt_annual_report, annual_reports.SECTIONS
    version, section, _ = seen()
    as_anna(sections.save, db, section.id, body="Annas text.", version=section.stamp.version)
    with pytest.raises(ValidationError, match="anna.berg ändrade .* kl. .*Inget fastställdes"):
        adopt(db, report_id, date(2026, 11, 30), "Rådet", version=version)
    version, section, adopted = seen()
    assert not adopted and section.body == "Annas text."
    sections.save(db, section.id, body="Min text.", version=section.stamp.version)
    adopt(db, report_id, date(2026, 11, 30), "Rådet", version=version)  # my own change since
    assert seen()[2]
