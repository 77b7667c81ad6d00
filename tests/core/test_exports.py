"""Incidents to Excel and CSV, the partner template and its round trip through the importer."""
import csv
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from brastod.cli import main
from brastod.core.errors import BrastodError
from brastod.core.exports.incidents import export_incidents
from brastod.core.exports.template import write_template
from brastod.core.services import incidents, registers
from brastod.core.services.importing import AREA, CATEGORY, prepare
from tests.conftest import DEMO_TODAY
from tests.core.on_file import COMMAND_LINE


def test_excel_export_has_real_dates_numbers_and_filters(demo_db, tmp_path):
    start, end = date(2026, 10, 1), date(2026, 10, 31)
    path = tmp_path / "oktober.xlsx"
    count = len(export_incidents(demo_db, start, end, xlsx=path))
    expected = incidents.list_incidents(demo_db, incidents.IncidentFilter(start=start, end=end))
    assert count == len(expected) > 0
    sheet = load_workbook(path)["Händelser"]
    assert [c.value for c in sheet[1]][:3] == ["Datum", "Tid", "Veckodag"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:L")
    days = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert len(days) == count and days == sorted(days)
    assert isinstance(days[0], datetime) and start <= days[0].date() <= end
    assert all(isinstance(row[8].value, int) for row in sheet.iter_rows(min_row=2))


def test_text_that_looks_like_a_formula_stays_text(db, tmp_path):
    incidents.save_incident(db, None, incidents.IncidentInput(
        occurred_on=date(2026, 3, 1), description="=HYPERLINK(\"http://x\")"), DEMO_TODAY)
    export_incidents(db, date(2026, 1, 1), date(2026, 12, 31), xlsx=tmp_path / "a.xlsx",
                     csv_path=tmp_path / "a.csv")
    cell = load_workbook(tmp_path / "a.xlsx")["Händelser"]["H2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][7] == "'=HYPERLINK(\"http://x\")"


@COMMAND_LINE
def test_cli_export_and_backwards_period(demo_db, tmp_path, capsys):
    demo_db.close()
    target = tmp_path / "h.csv"
    assert main(["--db", str(demo_db.path), "export", "incidents", "--from", "2026-11-01",
                 "--to", "2026-11-22", "--csv", str(target)]) == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfDatum;Tid")
    assert main(["--db", str(demo_db.path), "export", "incidents", "--from", "2026-11-22",
                 "--to", "2026-11-01", "--csv", str(tmp_path / "x.csv")]) == 1
    assert "baklänges" in capsys.readouterr().err and not (tmp_path / "x.csv").exists()


def test_an_unwritable_place_gives_a_message(demo_db, tmp_path):
    with pytest.raises(BrastodError, match="Mappen .* finns inte"):
        export_incidents(demo_db, date(2026, 1, 1), date(2026, 2, 1),
                         xlsx=tmp_path / "finns-inte" / "h.xlsx")


def test_a_filled_in_template_imports_without_questions(demo_db, tmp_path):
    path = tmp_path / "mall.xlsx"
    write_template(demo_db, path, "Fagerstabostäder")
    book = load_workbook(path)
    assert book.sheetnames == ["Instruktioner", "Rapport", "Listor"]
    assert book["Listor"].sheet_state == "hidden" and book.active.title == "Rapport"
    report = book["Rapport"]
    lists = {str(v.sqref)[0]: v for v in
             report.data_validations.dataValidation if v.type == "list"}
    assert lists["C"].formula1.startswith("'Listor'!$A$1:") and lists["C"].showErrorMessage
    areas = [c.value for c in book["Listor"]["A"] if c.value]
    categories = [c.value for c in book["Listor"]["B"] if c.value]
    assert areas == [a.name for a in registers.list_areas(demo_db)]
    report.append([datetime(2026, 11, 2), "21:30", areas[1], "Tvättstugan", categories[3],
                   "Klotter i tvättstugan", 1, "Ja"])
    report.append([datetime(2026, 11, 3), None, areas[0], None, categories[-1], "Skräp", None,
                   "Nej"])
    book.save(path)
    prepared = prepare(demo_db, path, partner_name="Fagerstabostäder", today=DEMO_TODAY)
    assert prepared.table.sheet == "Rapport"
    assert set(prepared.table.columns) == {"date", "time", "area", "place", "category",
                                           "description", "count", "police_reported"}
    assert prepared.unknown() == {CATEGORY: {}, AREA: {}}
    assert [row.status for row in prepared.preview.rows] == ["ok", "ok"]


def test_an_export_is_an_ordinary_readable_file(tmp_path):
    import os
    import stat
    from brastod.core.exports.files import write_atomically
    target = tmp_path / "rapport.txt"
    write_atomically(target, lambda path: path.write_text("hej"))
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask    # not mkstemp's 0600
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.txt"]     # no temporary left


def test_pdf_text_keeps_a_number_on_the_line_of_its_unit():
    """In a narrow column "22 %" and "försenad 5 d" broke between the number and its unit."""
    from brastod.core.exports.pdf import escape
    assert escape("från 28 till 22 % & försenad 5 d, 3 st") == \
        "från 28 till 22\u00a0% &amp; försenad 5\u00a0d, 3\u00a0st"
    assert escape("i 2 dagar, 4 danska, <b>") == "i 2 dagar, 4 danska, &lt;b&gt;"
