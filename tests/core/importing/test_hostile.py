"""Hostile and random input: every file ends in an import or a clear Swedish message — never
another exception, a hang, or memory beyond the stated bounds (MAX_UNPACKED_BYTES, MAX_CELLS)."""
import zipfile
from datetime import date, datetime, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from brastod.core.errors import ImportFailure
from brastod.core.importing import sheets
from brastod.core.services.importing import import_file

TODAY = date(2026, 3, 31)
HEADINGS = ["Datum", "Tid", "Område", "Plats", "Händelsetyp", "Beskrivning", "Antal"]
FUZZ = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
# openpyxl refuses the control characters XML cannot hold; the rest of Unicode is fair game.
TEXT = st.text(st.characters(blacklist_categories=("Cs",),
                             blacklist_characters="".join(map(chr, range(32)))), max_size=60)
CELL = st.one_of(st.none(), TEXT, st.integers(-10**12, 10**12), st.floats(allow_nan=False),
                 st.booleans(), st.dates(date(1900, 1, 1), date(2100, 1, 1)),
                 st.datetimes(datetime(1900, 1, 1), datetime(2100, 1, 1)),
                 st.times().map(lambda t: time(t.hour, t.minute)))


def _import(db, path):
    """An import result, or the message of a refused file — nothing else may come out."""
    try:
        return import_file(db, path, partner_name="Fagerstabostäder", today=TODAY)
    except ImportFailure as failure:
        assert str(failure) and "Traceback" not in str(failure)
        return failure


@FUZZ
@given(rows=st.lists(st.lists(CELL, min_size=0, max_size=9), max_size=12),
       with_headings=st.booleans())
def test_random_cells_end_in_an_import_or_a_message(municipality, tmp_path_factory, rows,
                                                    with_headings):
    book = Workbook()
    sheet = book.active
    if with_headings:
        sheet.append(HEADINGS)
    for row in rows:
        sheet.append(row)
    path = tmp_path_factory.mktemp("fuzz") / "rapport.xlsx"
    book.save(path)
    _import(municipality, path)


@FUZZ
@given(data=st.binary(min_size=0, max_size=2000),
       suffix=st.sampled_from([".xlsx", ".xls", ".ods", ".csv", ".txt", ".xlsm"]),
       zip_header=st.booleans())
def test_random_bytes_end_in_a_message(municipality, tmp_path_factory, data, suffix,
                                       zip_header):
    path = tmp_path_factory.mktemp("bytes") / f"rapport{suffix}"
    path.write_bytes((b"PK\x03\x04" if zip_header else b"") + data)
    _import(municipality, path)


def test_a_huge_cell(municipality, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADINGS)
    sheet.append([datetime(2026, 3, 5), None, "Centrum", "x" * 32_000, "Klotter",
                  "lång " * 6_000, 1])
    path = tmp_path / "stor.xlsx"
    book.save(path)
    result = _import(municipality, path)
    assert not isinstance(result, ImportFailure) and result.imported == 1


def test_ten_thousand_columns(municipality, tmp_path):
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Rapport")
    sheet.append(HEADINGS + [f"Extra {n}" for n in range(10_000 - len(HEADINGS))])
    sheet.append([datetime(2026, 3, 5), None, "Centrum", "Torget", "Klotter", "Taggar", 1]
                 + ["x"] * (10_000 - len(HEADINGS)))
    path = tmp_path / "bred.xlsx"
    book.save(path)
    result = _import(municipality, path)
    assert not isinstance(result, ImportFailure) and result.imported == 1


def test_a_million_empty_rows(municipality, tmp_path):
    from openpyxl.styles import Font
    book = Workbook()
    sheet = book.active
    sheet.append(HEADINGS)
    sheet.append([datetime(2026, 3, 5), None, "Centrum", "Torget", "Klotter", "Taggar", 1])
    # Formatted down to the last row, as a sheet whose format was pulled to the end.
    for column in range(1, 8):
        sheet.cell(row=1_048_576, column=column).font = Font(bold=True)
    path = tmp_path / "lang.xlsx"
    book.save(path)
    assert sheet.max_row == 1_048_576
    result = _import(municipality, path)
    assert not isinstance(result, ImportFailure) and result.imported == 1


def _zip_bomb(path, unpacked: int) -> None:
    """A workbook-shaped zip whose one sheet unpacks to ``unpacked`` bytes of nothing."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            chunk = b" " * 1_000_000
            for _ in range(unpacked // len(chunk)):
                sheet.write(chunk)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(municipality, tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_UNPACKED_BYTES", 20_000_000)   # the same rule, smaller
    path = tmp_path / "bomb.xlsx"
    _zip_bomb(path, 30_000_000)
    assert path.stat().st_size < 200_000
    result = _import(municipality, path)
    assert isinstance(result, ImportFailure) and "uppackad" in str(result)


def test_too_many_cells_in_a_sheet_are_refused(municipality, tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_CELLS", 50)
    book = Workbook()
    sheet = book.active
    sheet.title = "Rapport"
    for _ in range(10):
        sheet.append(["x"] * 10)
    path = tmp_path / "manga.xlsx"
    book.save(path)
    result = _import(municipality, path)
    assert isinstance(result, ImportFailure) and "Bladet Rapport" in str(result)


def test_the_bounds_are_sound_for_real_reports():
    # A year of a busy partner's incidents in ten columns is far inside both bounds.
    assert 100_000 * 10 < sheets.MAX_CELLS
    assert sheets.MAX_UNPACKED_BYTES >= 100_000_000
