"""Survey results: read through the partner files' reader, counted per area and for the whole
municipality, stored as key-figure measurements for the year (only the counts), on SQLite and
PostgreSQL alike."""
import json
import zipfile
from datetime import date
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from brastod.core.errors import BrastodError, FieldError, ImportFailure, ValidationError
from brastod.core.models import (
    AreaSynonym, Indicator, Measurement, SurveyArea, SurveyImport,
)
from brastod.core.periods import Period
from brastod.core.services import situation_reports as reports
from brastod.core.services.key_figures import list_indicators, save_measurement
from brastod.core.services.registers import add_area, delete_area
from brastod.core.services.surveys import (
    DEFAULT_INDICATOR, CountingRule, count_survey, import_survey, read_survey_file,
    save_survey, survey_texts,
)
from brastod.core.text import normalize
from tests.core.schema_steps import rewind_server

QUESTION = ("Hur trygg eller otrygg skulle du känna dig om du var ute ensam sent en kväll i "
            "ditt bostadsområde?")
HEADINGS = ["Svarsid", "Ålder", "Område", QUESTION, "Har du blivit utsatt för brott?",
            "Vad skulle göra ditt område tryggare?"]


def _rows(*groups):
    """(area, answer, how many) → respondent rows."""
    rows, number = [], 0
    for area, answer, times in groups:
        for _ in range(times):
            number += 1
            rows.append([number, "30–49", area, answer, "Nej", ""])
    return rows


# Norr: 6 counted, 2 unsafe; Söder: 8 counted, 3 unsafe (+1 Vet inte, +1 blank);
# Väster: 4 counted (suppressed); no area: 2 counted, 1 unsafe. Municipality: 20, 7 unsafe.
HAND_MADE = _rows(("Norr", "Ganska otrygg", 1), ("Norr", "Mycket otrygg", 1),
                  ("Norr", "Ganska trygg", 3), ("Norr", "Mycket trygg", 1),
                  ("Söder", "Går inte ut på grund av otrygghet", 3), ("Söder", "Ganska trygg", 5),
                  ("Söder", "Vet inte", 1), ("Söder", "", 1),
                  ("Väster", "Mycket otrygg", 1), ("Väster", "Ganska trygg", 3),
                  ("", "Ganska otrygg", 1), ("", "Mycket trygg", 1),
                  ("", "Går aldrig ut av andra skäl", 2))


def _csv(path, rows, headings=HEADINGS, encoding="utf-8", separator=";"):
    lines = [separator.join(str(c) for c in row) for row in [headings, *rows]]
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def _xlsx(path, rows, headings=HEADINGS):
    book = Workbook()
    sheet = book.active
    sheet.title = "Svar"
    for row in [headings, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def _ods(path, rows, headings=HEADINGS):
    """A minimal OpenDocument spreadsheet, as LibreOffice users send them."""
    def cell(value):
        kind = ('office:value-type="float" office:value="%s"' % value
                if isinstance(value, int) else 'office:value-type="string"')
        return f"<table:table-cell {kind}><text:p>{escape(str(value))}</text:p></table:table-cell>"
    body = "".join(f"<table:table-row>{''.join(cell(v) for v in row)}</table:table-row>"
                   for row in [headings, *rows])
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Svar">{body}</table:table>'
        '</office:spreadsheet></office:body></office:document-content>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


@pytest.fixture
def areas(any_db):
    return {name: add_area(any_db, name) for name in ("Norr", "Söder", "Väster", "Öster")}


def _stored(db, year=2026, indicator=DEFAULT_INDICATOR):
    """{area id or None: value} of the indicator's measurements for ``year``."""
    with db.session() as session:
        return dict(session.execute(
            select(Measurement.area_id, Measurement.value).join(Indicator)
            .where(Indicator.name == indicator, Measurement.year == year)).all())


def _surveys(db):
    with db.session() as session:
        return (session.execute(select(func.count()).select_from(SurveyImport)).scalar(),
                session.execute(select(func.count()).select_from(SurveyArea)).scalar())


@pytest.mark.parametrize("writer", [_csv, _xlsx, _ods], ids=["csv", "xlsx", "ods"])
def test_exact_shares_per_area_and_for_the_municipality(any_db, areas, tmp_path, writer):
    path = writer(tmp_path / f"enkät.{writer.__name__[1:]}", HAND_MADE)
    result = import_survey(any_db, path, 2026)
    assert result.as_json() == {
        "respondents": 24, "counted": 20, "share": 0.35,
        "per_area": {"Norr": {"n": 6, "share": 0.3333}, "Söder": {"n": 8, "share": 0.375}},
        "suppressed": ["Väster"]}
    assert _stored(any_db) == pytest.approx({None: 35.0, areas["Norr"]: 33.33,
                                            areas["Söder"]: 37.5})
    assert result.question == QUESTION and not result.warnings()


def test_answers_and_areas_match_without_regard_to_case_and_spaces(any_db, areas, tmp_path):
    with any_db.session() as session:
        session.add(AreaSynonym(area_id=areas["Norr"], normalized=normalize("Norra delen")))
    rows = _rows(("  norr ", "  GANSKA   otrygg ", 2), ("NORRA DELEN", "mycket TRYGG", 3),
                 ("Norr", " vet INTE", 4))
    result = import_survey(any_db, _csv(tmp_path / "e.csv", rows), 2026)
    assert result.as_json()["per_area"] == {"Norr": {"n": 5, "share": 0.4}}
    assert not result.unknown_answers and not result.unknown_areas


@pytest.mark.parametrize("counted, shown", [(4, False), (5, True)])
def test_an_area_with_fewer_than_five_counted_answers_is_not_shown(any_db, areas, tmp_path,
                                                                   counted, shown):
    rows = _rows(("Öster", "Mycket otrygg", counted), ("Öster", "Vet inte", 3),
                 ("Norr", "Ganska trygg", 5))
    result = import_survey(any_db, _xlsx(tmp_path / "e.xlsx", rows), 2026)
    assert ("Öster" in result.as_json()["per_area"]) is shown
    assert (result.suppressed == ["Öster"]) is not shown
    assert (areas["Öster"] in _stored(any_db)) is shown
    with any_db.engine.connect() as connection:
        texts = survey_texts(connection, 2026)
    assert texts[str(areas["Öster"])] == ("100 %" if shown else "för få svar")


def test_fewer_than_five_in_the_whole_municipality_stores_no_share(any_db, areas, tmp_path):
    result = import_survey(any_db, _csv(tmp_path / "e.csv", _rows(("Norr", "Mycket otrygg", 4))),
                           2026)
    assert result.as_json()["share"] is None and _stored(any_db) == {}
    assert _surveys(any_db) == (1, 1)


def test_no_count_below_five_is_stored_and_the_lagesbild_and_its_pdf_show_the_same(
        any_db, areas, tmp_path):
    """A läsare with psql reads the stored rows: a suppressed area keeps only that it had too
    few answers, while what the lägesbild and its PDF show stays as it was."""
    from pypdf import PdfReader

    from brastod.core.exports.situation_report import export_situation_report

    def stored():
        with any_db.session() as session:
            return (session.execute(select(SurveyImport.counted, SurveyImport.unsafe)).one(),
                    {area: (counted, suppressed) for area, counted, suppressed in
                     session.execute(select(SurveyArea.area_id, SurveyArea.counted,
                                            SurveyArea.suppressed))})
    import_survey(any_db, _csv(tmp_path / "e.csv", HAND_MADE), 2026)
    assert stored() == ((20, 7), {areas["Norr"]: (6, False), areas["Söder"]: (8, False),
                                  areas["Väster"]: (0, True)})
    report_id = reports.create_report(any_db, "strategic", Period(date(2026, 1, 1),
                                                                  date(2026, 12, 31)))
    assert {r.area: r.survey for r in reports.assessment_rows(any_db, report_id)} == \
        {"Norr": "33 %", "Söder": "38 %", "Väster": "för få svar", "Öster": ""}
    target = tmp_path / "lagesbild.pdf"
    export_situation_report(any_db, report_id, pdf=target)
    whole = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Norr – 33 % Söder – 38 % Väster – för få svar Skala:" in whole
    # Too few in the whole municipality: its counts are not kept either.
    import_survey(any_db, _csv(tmp_path / "f.csv", _rows(("Norr", "Mycket otrygg", 4))), 2026)
    assert stored() == ((0, 0), {areas["Norr"]: (0, True)})


def test_an_unknown_area_counts_for_the_municipality_and_is_named(any_db, areas, tmp_path):
    rows = _rows(("Norr", "Ganska trygg", 5), ("Atlantis", "Mycket otrygg", 5))
    result = import_survey(any_db, _csv(tmp_path / "e.csv", rows), 2026)
    assert result.as_json()["share"] == 0.5 and list(result.as_json()["per_area"]) == ["Norr"]
    assert result.warnings() == ["e.csv, blad e, rad 7, kolumn C: området ”Atlantis” (5 st.) "
                                 "finns inte i registret; svaren räknas bara för hela kommunen."]


def test_an_answer_in_no_list_is_reported_and_not_counted(any_db, areas, tmp_path):
    rows = _rows(("Norr", "Ganska trygg", 5), ("Norr", "Kanske", 2))
    result = import_survey(any_db, _csv(tmp_path / "e.csv", rows), 2026)
    assert result.counted == 5
    assert result.warnings() == ["e.csv, blad e, rad 7, kolumn D: svaret ”Kanske” (2 st.) står "
                                 "inte i någon lista och har inte räknats."]
    rule = CountingRule(safe=("Mycket trygg", "Ganska trygg", "kanske"))
    assert import_survey(any_db, tmp_path / "e.csv", 2026, rule=rule).counted == 7


def test_a_file_without_the_question_names_its_headings_and_stores_nothing(any_db, areas,
                                                                         tmp_path):
    headings = ["Svarsid", "Område", "Hur nöjd är du med belysningen?"]
    path = _csv(tmp_path / "belysning.csv", [[1, "Norr", "Nöjd"]] * 6, headings)
    with pytest.raises(ImportFailure) as error:
        import_survey(any_db, path, 2026)
    assert str(error.value).startswith("belysning.csv, blad belysning: ingen kolumn med frågan "
                                       "om otrygghet")
    assert "”Svarsid”, ”Område”, ”Hur nöjd är du med belysningen?”" in str(error.value)
    assert _surveys(any_db) == (0, 0) and list_indicators(any_db) == []


def test_question_picks_the_column_by_part_of_its_heading(any_db, areas, tmp_path):
    headings = ["Område", "Känner du dig otrygg i centrum?", "Känner du dig otrygg i parken?"]
    path = _csv(tmp_path / "e.csv", [["Norr", "Mycket otrygg", "Ganska trygg"]] * 5, headings)
    with pytest.raises(ImportFailure, match="flera kolumner passar.*i centrum.*i parken"):
        read_survey_file(path).question_column()
    assert import_survey(any_db, path, 2026, "PARKEN").share == 0.0
    with pytest.raises(ImportFailure, match="ingen kolumn med frågan med ”skolan” i rubriken"):
        import_survey(any_db, path, 2026, "skolan")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_a_csv_with_semicolons_and_swedish_characters(any_db, tmp_path, encoding):
    area = add_area(any_db, "Åbrinken-Östra")
    rows = _rows(("åbrinken-östra", "Går inte ut på grund av otrygghet", 2),
                 ("ÅBRINKEN-ÖSTRA", "Går aldrig ut av andra skäl", 3),
                 ("Åbrinken-Östra", "Ganska trygg", 3))
    result = import_survey(any_db, _csv(tmp_path / "trygghetsenkät.csv", rows,
                                        encoding=encoding), 2025)
    assert result.as_json()["per_area"] == {"Åbrinken-Östra": {"n": 5, "share": 0.4}}
    assert _stored(any_db, 2025) == {None: 40.0, area: 40.0}


def test_importing_the_same_year_again_replaces_it(any_db, areas, tmp_path):
    import_survey(any_db, _csv(tmp_path / "a.csv", HAND_MADE), 2026)
    again = _rows(("Norr", "Mycket otrygg", 5), ("Öster", "Ganska trygg", 5))
    import_survey(any_db, _csv(tmp_path / "b.csv", again), 2026)
    assert _stored(any_db) == {None: 50.0, areas["Norr"]: 100.0, areas["Öster"]: 0.0}
    assert _surveys(any_db) == (1, 2)


def test_nothing_is_stored_when_saving_fails_and_the_earlier_import_stays(any_db, areas,
                                                                          tmp_path):
    import_survey(any_db, _csv(tmp_path / "a.csv", HAND_MADE), 2026)
    before = _stored(any_db)
    survey = read_survey_file(_csv(tmp_path / "b.csv", _rows(("Öster", "Mycket otrygg", 6))))
    result = count_survey(any_db, survey, survey.question_column())
    delete_area(any_db, areas["Öster"])      # gone between the preview and the save
    with pytest.raises(ValidationError, match="Området Öster har tagits bort sedan filen "
                                              "lästes. Läs in filen igen."):
        save_survey(any_db, result, 2026)
    assert _stored(any_db) == before and _surveys(any_db) == (1, 3)
    with pytest.raises(FieldError, match="orimligt"):
        save_survey(any_db, result, 1800)
    nobody = count_survey(any_db, read_survey_file(_csv(tmp_path / "c.csv", _rows(
        ("Norr", "Vet inte", 6)))), 3)
    with pytest.raises(ValidationError, match="c.csv, blad c: ingen svarande"):
        save_survey(any_db, nobody, 2027)
    assert _stored(any_db, 2027) == {} and _surveys(any_db) == (1, 3)


def test_an_answer_in_two_lists_is_refused(any_db, areas, tmp_path):
    survey = read_survey_file(_csv(tmp_path / "e.csv", HAND_MADE))
    with pytest.raises(FieldError, match="”Vet inte” står i två listor"):
        count_survey(any_db, survey, 3, CountingRule(safe=("vet  INTE",)))


def test_no_respondent_rows_is_a_message_naming_the_file_and_sheet(tmp_path):
    with pytest.raises(ImportFailure, match=r"tom.xlsx, blad Svar: det finns inga svar under "
                                            r"rubrikraden \(rad 1\)"):
        read_survey_file(_xlsx(tmp_path / "tom.xlsx", []))


def test_free_text_is_kept_masked_only_when_chosen(any_db, areas, tmp_path):
    rows = _rows(("Norr", "Ganska trygg", 5), ("Väster", "Ganska trygg", 1))
    rows[0][5] = "Bättre belysning vid gångtunneln, ring mig på 070-123 45 67"
    rows[5][5] = "Fler vuxna ute på kvällarna i Väster"
    path = _csv(tmp_path / "e.csv", rows)
    result = import_survey(any_db, path, 2026)
    assert result.free_text_columns == ["Vad skulle göra ditt område tryggare?"]
    assert result.personal_data == 1
    with any_db.session() as session:
        assert set(session.execute(select(SurveyArea.remarks)).scalars()) == {None}
        assert session.execute(select(SurveyImport.remarks)).scalar() is None
    import_survey(any_db, path, 2026, keep_free_text=True)
    with any_db.session() as session:
        kept = dict(session.execute(select(SurveyArea.area_id, SurveyArea.remarks)).all())
        whole = session.execute(select(SurveyImport.remarks)).scalar()
    assert kept[areas["Norr"]] == ("Bättre belysning vid gångtunneln, ring mig på "
                                   "[telefonnummer borttaget]")
    # Väster has one answer: its words go with the municipality's, not with the area.
    assert kept[areas["Väster"]] is None and whole == "Fler vuxna ute på kvällarna i Väster"


def test_the_municipality_figure_saved_twice_is_replaced_not_doubled(any_db, areas):
    save_measurement(any_db, "Anmälda brott", 2025, 1200)
    save_measurement(any_db, "Anmälda brott", 2025, 1300)
    assert _stored(any_db, 2025, "Anmälda brott") == {None: 1300}
    with any_db.session() as session:
        indicator = session.execute(select(Indicator.id)).scalar()
    for area_id in (None, None), (areas["Norr"], areas["Norr"]):
        # The driver's error on a file, told in Swedish on a server (core/server.py refusal).
        with pytest.raises((IntegrityError, BrastodError)), any_db.session() as session:
            for one in area_id:
                session.add(Measurement(indicator_id=indicator, year=2024, value=1,
                                        area_id=one))
                session.flush()
    with any_db.session() as session:     # an area's figure beside the municipality's
        session.add_all([Measurement(indicator_id=indicator, year=2024, value=1),
                         Measurement(indicator_id=indicator, year=2024, value=2,
                                     area_id=areas["Norr"])])
    assert _stored(any_db, 2024, "Anmälda brott") == {None: 1, areas["Norr"]: 2}


def test_the_lagesbild_shows_the_change_since_the_previous_survey_and_freezes_it(any_db, areas,
                                                                                  tmp_path):
    import_survey(any_db, _csv(tmp_path / "a.csv", _rows(("Norr", "Mycket otrygg", 1),
                                                         ("Norr", "Ganska trygg", 4),
                                                         ("Söder", "Ganska trygg", 5))), 2024)
    import_survey(any_db, _csv(tmp_path / "b.csv", _rows(("Norr", "Mycket otrygg", 3),
                                                         ("Norr", "Ganska trygg", 7),
                                                         ("Väster", "Ganska trygg", 2),
                                                         ("Öster", "Ganska trygg", 5))), 2026)
    report_id = reports.create_report(any_db, "strategic", Period(date(2026, 1, 1),
                                                                  date(2026, 12, 31)))
    rows = {r.area: r.survey for r in reports.assessment_rows(any_db, report_id)}
    assert rows == {"Norr": "30 % (+10)", "Söder": "", "Väster": "för få svar", "Öster": "0 %"}
    older = reports.create_report(any_db, "strategic", Period(date(2025, 1, 1),
                                                              date(2025, 12, 31)))
    assert {r.area: r.survey for r in reports.assessment_rows(any_db, older)}["Söder"] == "0 %"
    reports.save_assessment(any_db, report_id, areas["Norr"], level_id=None, trend=None,
                            motivation="")
    reports.adopt_report(any_db, report_id, date(2026, 12, 1), "Lokala BRÅ")
    import_survey(any_db, _csv(tmp_path / "c.csv", _rows(("Norr", "Ganska trygg", 5))), 2026)
    assert {r.area: r.survey for r in reports.assessment_rows(any_db, report_id)}["Norr"] == \
        "30 % (+10)"
    assert [a.survey for a in reports.get_report(any_db, report_id).assessments] == \
        ["30 % (+10)"]
    key = [k for k in reports.report_figures(any_db, report_id).key_figures
           if k.indicator == DEFAULT_INDICATOR]
    assert [(k.year, k.value) for k in key] == [(2024, 10.0), (2026, 17.65)]   # Söder too


def test_an_area_removed_takes_its_figures_with_it(any_db, areas, tmp_path):
    import_survey(any_db, _csv(tmp_path / "a.csv", HAND_MADE), 2026)
    delete_area(any_db, areas["Norr"])
    assert areas["Norr"] not in _stored(any_db)
    assert json.loads(json.dumps(_surveys(any_db))) == [1, 2]


def test_a_version_4_server_database_is_upgraded_and_keeps_one_figure_per_year(pg_url):
    """Version 4's schema on PostgreSQL (the same year stored twice, as its UNIQUE let in), then
    opened by today's program: one value per year is left and the area's figures fit beside."""
    from brastod.core.db import open_database
    from brastod.core.services.setup import create_database
    create_database(pg_url, "Testkommun").close()
    db = open_database(pg_url)
    with db.engine.begin() as connection:
        rewind_server(connection, 4)
        for sql in ("INSERT INTO indicator (name, unit, per_100k) VALUES ('Anmälda brott', "
                    "'antal', false)",
                    "INSERT INTO measurement (indicator_id, year, value) SELECT id, 2024, 1 "
                    "FROM indicator", "INSERT INTO measurement (indicator_id, year, value) "
                    "SELECT id, 2024, 2 FROM indicator"):
            connection.exec_driver_sql(sql)
    db.close()
    db = open_database(pg_url)
    try:
        area = add_area(db, "Norr")
        assert _stored(db, 2024, "Anmälda brott") == {None: 2}
        save_measurement(db, "Anmälda brott", 2024, 3)
        with db.session() as session:
            session.add(Measurement(indicator_id=session.execute(select(Indicator.id)).scalar(),
                                    year=2024, value=4, area_id=area))
        assert _stored(db, 2024, "Anmälda brott") == {None: 3, area: 4}
    finally:
        db.close()


def test_the_kept_version_4_file_is_upgraded_with_one_figure_per_year(tmp_path):
    import shutil
    import sqlite3
    from pathlib import Path

    from brastod.core.db import open_database
    path = tmp_path / "v4.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "data" / "schema" / "v4.sqlite3", path)
    with sqlite3.connect(path) as connection:
        indicator, year, value = connection.execute(
            "SELECT indicator_id, year, value FROM measurement WHERE measured_on IS NULL "
            "ORDER BY id LIMIT 1").fetchone()
        connection.execute("INSERT INTO measurement (indicator_id, year, value) VALUES (?, ?, ?)",
                           (indicator, year, value + 1))
    connection.close()
    db = open_database(path)
    try:
        with db.session() as session:
            values = session.execute(select(Measurement.value).where(
                Measurement.indicator_id == indicator, Measurement.year == year)).scalars().all()
        assert values == [value + 1]
    finally:
        db.close()


def test_the_pdf_and_excel_file_show_the_survey_beside_the_assessments(demo_db, tmp_path):
    """The example's adopted operational lägesbild: this year's survey against the one two
    years before, Eskilsbo with too few answers; the feedback page leaves the column out."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from brastod.core.exports.feedback import export_feedback
    from brastod.core.exports.situation_report import export_situation_report
    adopted = next(r for r in reports.list_situation_reports(demo_db)
                   if r.status == "adopted" and r.kind == "operational")
    assessed = {a.area: a.survey for a in reports.get_report(demo_db, adopted.id).assessments}
    assert assessed["Centrum"] == "36 % (+5)"
    export_situation_report(demo_db, adopted.id, pdf=tmp_path / "l.pdf", xlsx=tmp_path / "l.xlsx",
                            allow_personal_data=True)
    sheet = load_workbook(tmp_path / "l.xlsx")["Bedömningar"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Område", "Nivå", "Bedömning", "Trend", "Otrygghet (enkät)", "Motivering")
    assert {row[0]: row[4] for row in rows[1:]} == assessed
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "l.pdf").pages)
    assert "Otrygghet\n(enkät)" in text or "Otrygghet (enkät)" in text
    assert "36 % (+5)" in text and "under 5 svar visas inte" in text
    # In the draft only two areas are assessed: the others are listed where the survey has a
    # figure for them.
    draft = next(r for r in reports.list_situation_reports(demo_db)
                 if r.status == "draft" and r.kind == "operational")
    assessed = {a.area for a in reports.get_report(demo_db, draft.id).assessments}
    surveyed = {a.area: a.survey for a in reports.assessment_rows(demo_db, draft.id)
                if a.area in assessed or a.survey}
    assert "Kolarbyn" not in assessed and surveyed["Kolarbyn"]
    export_situation_report(demo_db, draft.id, pdf=tmp_path / "d.pdf", xlsx=tmp_path / "d.xlsx",
                            allow_personal_data=True)
    sheet = load_workbook(tmp_path / "d.xlsx")["Bedömningar"]
    assert {row[0]: row[4] for row in list(sheet.iter_rows(values_only=True))[1:]} == surveyed
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "d.pdf").pages)
    assert surveyed["Kolarbyn"] in text and "Eskilsbo" in text
    export_feedback(demo_db, adopted.id, pdf_path=tmp_path / "f.pdf", allow_personal_data=True)
    feedback = "".join(page.extract_text() for page in PdfReader(tmp_path / "f.pdf").pages)
    assert "(enkät)" not in feedback and "36 % (+5)" not in feedback
