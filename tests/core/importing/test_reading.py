"""Reading files and finding the table, on files shaped like the ones partners send."""
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook as OpenpyxlWorkbook

from brastod.core.errors import ImportFailure
from brastod.core.importing.sheets import read_workbook
from brastod.core.importing.table import column_letter, find_table


def _xlsx(path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    book = OpenpyxlWorkbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cells in (merges or {}).get(name, []):
            sheet.merge_cells(cells)
    book.save(path)
    return path


def test_housing_company_layout(tmp_path):
    """Title rows, an instruction sheet first, date cells, a Totalt row, blank rows."""
    path = _xlsx(tmp_path / "Fagerstabostäder mars.xlsx", {
        "Instruktioner": [["Så fyller du i"], ["Datum", "Typ", "Skriv här"]],
        "Rapport": [
            ["Fagerstabostäder – händelserapport"], ["Period: mars 2024"], [],
            ["Datum", "Klockslag", "Område", "Adress", "Händelsetyp", "Beskrivning", "Antal",
             "Polisanmält"],
            [datetime(2024, 3, 5), "21:30", "Kolarbyn", "Tvättstugan", "Klotter", "Taggar", 1, "Ja"],
            [],
            [datetime(2024, 3, 9), "02.10", "Centrum", "Garaget", "Glaskross", "Ruta", 2, "nej"],
            ["Totalt", None, None, None, None, None, 3, None],
        ]})
    table = find_table(read_workbook(path))
    assert (table.sheet, table.header_row) == ("Rapport", 4)
    assert table.columns == {"date": 0, "time": 1, "area": 2, "place": 3, "category": 4,
                             "description": 5, "count": 6, "police_reported": 7}
    assert table.numbers == [5, 7]
    assert table.skipped_summary_rows == 1
    assert table.column_letter("police_reported") == "H"


def test_second_of_two_header_rows_under_merged_group_headings(tmp_path):
    path = _xlsx(tmp_path / "skolan.xlsx", {"Blad1": [
        ["Händelse", None, None, "Var", None],
        ["Datum", "Tid", "Vad hände?", "Skola", "Plats"],
        ["2024-03-05", "12.15", "Bråk på rasten", "Högbyskolan", "Skolgården"],
    ]}, merges={"Blad1": ["A1:C1", "D1:E1"]})
    table = find_table(read_workbook(path))
    assert table.header_row == 2
    assert table.columns["date"] == 0 and table.columns["description"] == 2
    assert table.columns["place"] == 4


def test_heading_merged_over_two_rows(tmp_path):
    path = _xlsx(tmp_path / "fritid.xlsx", {"Blad1": [
        ["Datum", "Tidpunkt", None, "Kategori"],
        [None, "Från", "Till", None],
        [date(2024, 5, 1), "19:00", "21:00", "Samling"],
    ]}, merges={"Blad1": ["A1:A2", "B1:C1", "D1:D2"]})
    table = find_table(read_workbook(path))
    assert table.header_row == 2 and table.columns["date"] == 0
    assert table.columns["category"] == 3 and table.numbers == [3]


def test_csv_in_windows_1252_with_semicolons(tmp_path):
    path = tmp_path / "vaktbolag.csv"
    path.write_bytes("Datum;Tid;Område;Händelse;Kommentar\r\n"
                     "2024-03-05;21.30;Västanfors;Skadegörelse;Krossad ruta, 2 st\r\n"
                     .encode("cp1252"))
    table = find_table(read_workbook(path))
    assert table.headings == ["Datum", "Tid", "Område", "Händelse", "Kommentar"]
    assert table.column(4)[0] == "Krossad ruta, 2 st"


@pytest.mark.parametrize("separator", [",", "\t", ";"])
def test_csv_utf8_with_bom_and_any_separator(tmp_path, separator):
    lines = [["Datum", "Plats", "Beskrivning"], ["2024-03-05", "Torget", "Nedskräpning, mycket"]]
    text = "\n".join(separator.join(f'"{c}"' if separator in c or "," in c else c for c in row)
                     for row in lines)
    path = tmp_path / "rapport.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    table = find_table(read_workbook(path))
    assert table.headings == ["Datum", "Plats", "Beskrivning"]
    assert [column[0] for column in table.cells] == ["2024-03-05", "Torget", "Nedskräpning, mycket"]


def test_no_date_column_names_the_file(tmp_path):
    path = _xlsx(tmp_path / "lista.xlsx", {"Blad1": [["Namn", "Plats"], ["x", "y"]]})
    with pytest.raises(ImportFailure, match="lista.xlsx: ingen kolumn med datum"):
        find_table(read_workbook(path))


def test_hidden_sheets_are_passed_over(shared_data):
    from brastod.core.importing.sheets import read_workbook as read
    book = read(shared_data / "spreadsheets/calamine_fixtures/any_sheets.xlsx")
    assert [(s.name, s.visible) for s in book.sheets] == [
        ("Visible", True), ("Hidden", False), ("VeryHidden", False), ("Chart", True)]


@pytest.mark.parametrize("name", ["date.xlsx", "date.xls", "date.ods"])
def test_date_cells_in_every_format(shared_data, name):
    book = read_workbook(shared_data / "spreadsheets/calamine_fixtures" / name)
    assert book.sheets[0].rows[0][0] == date(2021, 1, 1)


@pytest.mark.parametrize("name", ["date_1904.xlsx", "date_1904.xls"])
def test_1904_date_system(shared_data, name):
    book = read_workbook(shared_data / "spreadsheets/calamine_fixtures" / name)
    assert book.sheets[0].rows[0][0] == date(2021, 1, 1)


@pytest.mark.parametrize("name", ["pass_protected.xlsx", "issue_385.xls"])
def test_password_protected_files(shared_data, name):
    with pytest.raises(ImportFailure, match=f"{name} är lösenordsskyddad"):
        read_workbook(shared_data / "spreadsheets/calamine_fixtures" / name)


def test_scb_workbook_with_blank_rows_and_two_row_header_is_read(shared_data):
    book = read_workbook(shared_data / "spreadsheets/swedish_official/komtopp50_2020.xlsx")
    assert {"Totalt", "Kvinnor", "Män"} <= {s.name for s in book.sheets}
    assert sum(len(s.rows) for s in book.sheets) > 290


@pytest.mark.parametrize("name, data, message", [
    ("tom.xlsx", b"", "är tom"),
    ("tom.csv", b"  \r\n", "är tom"),
    ("arkiv.xlsx", b"PK\x03\x04" + b"\x00" * 200, "skadad eller ofullständig"),
    ("bilder.zip", None, "zip-fil men ingen arbetsbok"),
    ("brev.docx", b"%PDF-1.4 inte ett kalkylark", "inget kalkylark"),
    ("trasig.xlsx", "truncated", "skadad eller ofullständig"),
    ("binär.csv", b"Datum;Tid\x00\x00\x00", "binära data"),
])
def test_bad_files_give_a_clear_message(tmp_path, name, data, message):
    path = tmp_path / name
    if data is None:
        import zipfile
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("bild.txt", "inte en arbetsbok")
    elif data == "truncated":
        good = _xlsx(tmp_path / "hel.xlsx", {"Blad1": [["Datum"], ["2024-03-05"]]})
        path.write_bytes(good.read_bytes()[:300])
    else:
        path.write_bytes(data)
    with pytest.raises(ImportFailure, match=message) as raised:
        find_table(read_workbook(path))
    assert name in str(raised.value)


def test_missing_file_names_its_folder(tmp_path, monkeypatch):
    with pytest.raises(ImportFailure) as raised:
        read_workbook(tmp_path / "saknas.xlsx")
    assert str(raised.value) == (f"Filen saknas.xlsx finns inte i mappen {tmp_path}. "
                                 "Kontrollera namnet och mappen.")
    monkeypatch.chdir(tmp_path)          # a bare name given on the command line
    with pytest.raises(ImportFailure, match=f"i mappen {tmp_path}\\. "):
        read_workbook(Path("saknas.xlsx"))


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA"]
