"""The import saves straight from the preview's columns: on a file with blanks, odd dates, a
future date, bad counts and times, repeated rows, rows already imported, personal data in
every screened column and a mapping beyond short rows, the preview says what it said and the
database holds exactly the rows it held when each row was an object of its own (recorded in
tests/data/importing/columns_save.json by that code)."""
import json
from datetime import datetime
from pathlib import Path

import pytest

from brastod.core.services import registers
from brastod.core.services.importing import commit, import_file, prepare
from tests.core.importing.test_import import _xlsx
from tests.core.on_file import STORED_FORM

EXPECTED = Path(__file__).parents[2] / "data" / "importing" / "columns_save.json"
TODAY = datetime(2026, 3, 31).date()
HEADINGS = ["Datum", "Tid", "Sluttid", "Område", "Plats", "Händelsetyp", "Beskrivning",
            "Antal", "Polisanmält", "Bedömning"]
ROWS = [
    [datetime(2026, 3, 5), "21:30", "22:00", "kolarbyn", "Tvättstugan", "Klottring",
     "Taggar på väggen", 1, "Ja", "Allvarlig"],
    [datetime(2026, 3, 6), "02.10", None, "Centrum", "Garaget", "Glaskross",
     "Ruta, ring 070-123 45 67", 2, "nej", None],
    ["2026-02-30", None, None, "Centrum", None, "Klotter", "Omöjligt datum", None, None, None],
    [datetime(2026, 3, 7), None, None, "Sundbo", None, "Eldning", "Brasa på gården", None,
     None, None],
    [datetime(2026, 3, 7), None, None, "Sundbo", None, "Eldning", "Brasa på gården", None,
     None, None],                                               # the same row again
    ["2026-04-20", "10:00", None, "Centrum", "Torget", "Bråk", "I framtiden", 1, None, None],
    ["2011-05-01", "25:61", "ett", "Centrum", "Torget", "Bråk", "Gammalt, fel tid", "två",
     "kanske", None],
    [datetime(2026, 3, 8), None, None, None, None, None, None, None, None, None],  # a date only
    [None, None, None, None, None, None, None, None, None, None],                  # blank
    ["2026-03-09", "7.15", None, None, "Centrum", None, "Ingen kategori", -3, "JA", None],
    [datetime(2026, 3, 10), None, None, "Anna 19800101-1231", "Hos anna@example.se",
     "Hot 0701234567", "Pnr 800101-1231 och 070-765 43 21", "3", "Nej",
     "Ring 08-123 456 78"],
    ["", "", "", "", "", "", "", "", "", ""],                                       # blank
    ["2026-03-11", "12:00", None, "Kolarbyn", "Tvättstugan", "Klotter", "Taggar på väggen",
     1.0, "ja", None],
    ["Totalt", None, None, None, None, None, None, 12, None, None],                 # summary
    [46090, 0.75, None, "Kolarbyn", None, "Klotter", None, 1, None, None],          # serials
    [datetime(2026, 3, 12)],                                                        # short row
]


@pytest.fixture
def municipality(db):
    registers.add_area(db, "Kolarbyn")
    registers.add_area(db, "Centrum")
    registers.add_partner(db, "Fagerstabostäder", "housing")
    return db


def _preview(prepared) -> list:
    return [[row.sheet, row.row, row.status, str(row.occurred_on), str(row.occurred_time),
             str(row.ends_time), row.category, row.area, row.place, row.description, row.count,
             row.police_reported, row.assessment, len(row.findings),
             [[p.column, p.message] for p in ([row.rejection] if row.rejection else [])],
             [[p.column, p.message] for p in row.warnings]]
            for row in prepared.preview.rows]


def _stored(db) -> list:
    with db.engine.connect() as connection:
        incidents = connection.exec_driver_sql("SELECT * FROM incident ORDER BY id").all()
        batches = connection.exec_driver_sql(
            "SELECT partner_id, source, file_name, file_hash, file_size, mapping_json, "
            "rows_read, rows_imported, rows_duplicate, rows_rejected, rows_masked "
            "FROM import_batch ORDER BY id").all()
        names = connection.exec_driver_sql(
            "SELECT 'category', id, name FROM category UNION ALL SELECT 'area', id, name "
            "FROM area ORDER BY 1, 2").all()
    return [[list(row) for row in rows] for rows in (incidents, batches, names)]


def _result(result) -> dict:
    data = result.as_json()
    data["created"] = result.created
    return data


def _run(db, folder: Path, mask: bool) -> dict:
    path = _xlsx(folder / "mars.xlsx", ROWS, HEADINGS)
    prepared = prepare(db, path, partner_name="Fagerstabostäder", today=TODAY)
    first = commit(db, prepared, mask_personal_data=mask)
    # A cumulative sheet: the same rows again with two more, one of them a third copy.
    again = _xlsx(folder / "april.xlsx", ROWS + [ROWS[3], ROWS[0][:1] + ["23:00"] + ROWS[0][2:]],
                  HEADINGS)
    second = import_file(db, again, partner_name="Fagerstabostäder", today=TODAY)
    return {"preview": _preview(prepared), "first": _result(first),
            "second": _result(second), "stored": _stored(db)}


def _recorded(mask: bool) -> dict:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))["masked" if mask else "kept"]


@STORED_FORM
@pytest.mark.parametrize("mask", [True, False], ids=["masked", "kept"])
def test_saving_from_columns_gives_the_rows_the_row_objects_gave(municipality, tmp_path, mask):
    found = json.loads(json.dumps(_run(municipality, tmp_path, mask), default=str))
    expected = _recorded(mask)
    for key in ("preview", "first", "second"):
        assert found[key] == expected[key], key
    # An xlsx file's hash and size differ from run to run (it holds the time it was written).
    incidents, batches, names = found["stored"]
    assert incidents == expected["stored"][0]
    assert [b[:3] + b[5:] for b in batches] == [b[:3] + b[5:] for b in expected["stored"][1]]
    assert names == expected["stored"][2]


def test_a_server_database_gets_the_same_rows_and_keys(pg_url, tmp_path):
    from brastod.core.services.setup import create_database
    db = create_database(pg_url, "Testkommun")
    try:
        registers.add_area(db, "Kolarbyn")
        registers.add_area(db, "Centrum")
        registers.add_partner(db, "Fagerstabostäder", "housing")
        found = json.loads(json.dumps(_run(db, tmp_path, True), default=str))
    finally:
        db.close()
    expected = _recorded(True)
    for key in ("preview", "first", "second"):
        assert found[key] == expected[key], key
    # place_text, description, count, reporter_assessment, source_ref, row_hash: the same
    # values, whatever type each database gives back for dates and flags.
    wanted = (7, 9, 10, 14, 16, 17)
    assert [[row[i] for i in wanted] for row in found["stored"][0]] == \
        [[row[i] for i in wanted] for row in expected["stored"][0]]


def record() -> None:
    """Writes EXPECTED with the code as it is (run once, by hand, before changing it)."""
    import tempfile

    from brastod.core.services.setup import create_database
    found = {}
    for mask, key in ((True, "masked"), (False, "kept")):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            db = create_database(folder / "db.sqlite3", "Testkommun")
            registers.add_area(db, "Kolarbyn")
            registers.add_area(db, "Centrum")
            registers.add_partner(db, "Fagerstabostäder", "housing")
            found[key] = json.loads(json.dumps(_run(db, folder, mask), default=str))
            db.close()
    EXPECTED.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":
    record()
