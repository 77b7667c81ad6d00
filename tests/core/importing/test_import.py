"""Importing into the database: all-or-nothing, duplicates, masking, review, undo, CLI."""
import json
from datetime import date, datetime, time

import pytest
from openpyxl import Workbook
from sqlmodel import select

from brastod.cli import main
from brastod.core.errors import ImportFailure
from brastod.core.models import Area, AreaSynonym, Category, ColumnMapping, ImportBatch, Incident
from brastod.core.services import registers
from brastod.core.services.import_history import undo_batch
from brastod.core.services.importing import import_file
from brastod.core.services.stats import counts
from tests.core.on_file import BACKUPS, COMMAND_LINE

TODAY = date(2026, 3, 31)
HEADINGS = ["Datum", "Tid", "Område", "Plats", "Händelsetyp", "Beskrivning", "Antal",
            "Polisanmält"]
MARCH = [
    [datetime(2026, 3, 5), "21:30", "kolarbyn", "Tvättstugan", "Klottring", "Taggar på väggen", 1, "Ja"],
    [datetime(2026, 3, 6), "02.10", "Centrum", "Garaget", "Glaskross", "Ruta, ring 070-123 45 67", 2, "nej"],
    ["2026-02-30", None, "Centrum", None, "Klotter", "Omöjligt datum", None, None],
    [datetime(2026, 3, 7), None, "Sundbo", None, "Eldning", "Brasa på gården", None, None],
]


def _xlsx(path, rows, headings=HEADINGS):
    book = Workbook()
    sheet = book.active
    sheet.title = "Rapport"
    sheet.append(["Fagerstabostäder – händelser"])
    sheet.append([])
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def municipality(db):
    registers.add_area(db, "Kolarbyn")
    registers.add_area(db, "Centrum")
    registers.add_partner(db, "Fagerstabostäder", "housing")
    return db


def _incidents(db):
    with db.session() as session:
        return session.exec(select(Incident).order_by(Incident.occurred_on)).all()


def test_rows_become_incidents(municipality, tmp_path):
    path = _xlsx(tmp_path / "mars.xlsx", MARCH)
    result = import_file(municipality, path, partner_name="Fagerstabostäder", today=TODAY)
    assert (result.imported, result.duplicates, result.masked) == (3, 0, 1)
    assert result.rejected == [{"sheet": "Rapport", "row": 6, "column": "A",
                                "reason": "”2026-02-30” är ett omöjligt datum."}]
    first, second, third = _incidents(municipality)
    with municipality.session() as session:
        names = {c.id: c.name for c in session.exec(select(Category)).all()}
        areas = {a.id: a.name for a in session.exec(select(Area)).all()}
    assert (first.occurred_on, first.occurred_time) == (date(2026, 3, 5), time(21, 30))
    assert names[first.category_id] == "Klotter"          # through the synonym "klottring"
    assert areas[first.area_id] == "Kolarbyn" and first.police_reported is True
    assert second.count == 2 and second.police_reported is False
    assert second.description == "Ruta, ring [telefonnummer borttaget]"
    assert not second.personal_data_flag and not first.needs_review
    assert third.needs_review and names[third.category_id] == "Eldning"
    assert areas[third.area_id] == "Sundbo"
    assert sorted(result.created) == ["Eldning", "Sundbo"]


def test_an_area_written_in_an_address_column_gives_the_area(municipality, tmp_path):
    """ "Adress/område" is read as the place; a value that is exactly a registered area (or one
    of its synonyms) gives that area, anything else stays a place in Okänt område."""
    with municipality.session() as session:
        kolarbyn = session.exec(select(Area).where(Area.name == "Kolarbyn")).one().id
        session.add(AreaSynonym(area_id=kolarbyn, normalized="kolarbyns centrum"))
    rows = [[datetime(2026, 3, 5), "centrum ", "Klotter", 1],
            [datetime(2026, 3, 6), "Kolarbyns Centrum", "Klotter", 1],
            [datetime(2026, 3, 7), "Storgatan 4", "Klotter", 1]]
    path = _xlsx(tmp_path / "adresser.xlsx", rows,
                 headings=["Datum", "Adress/område", "Händelsetyp", "Antal"])
    result = import_file(municipality, path, partner_name="Fagerstabostäder", today=TODAY)
    assert result.imported == 3 and result.created == []
    with municipality.session() as session:
        areas = {a.id: a.name for a in session.exec(select(Area)).all()}
    assert [(areas.get(i.area_id), i.place_text) for i in _incidents(municipality)] == [
        ("Centrum", "centrum"), ("Kolarbyn", "Kolarbyns Centrum"), (None, "Storgatan 4")]


def test_batch_keeps_the_files_size_and_hash_and_the_mapping(municipality, tmp_path):
    path = _xlsx(tmp_path / "mars.xlsx", MARCH)
    result = import_file(municipality, path, partner_name="Fagerstabostäder", today=TODAY)
    with municipality.session() as session:
        batch = session.get(ImportBatch, result.batch_id)
        mapping = session.exec(select(ColumnMapping)).one()
    import hashlib
    assert not hasattr(batch, "original") and batch.file_size == path.stat().st_size
    assert batch.file_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (batch.rows_read, batch.rows_imported, batch.rows_rejected) == (4, 3, 1)
    assert json.loads(batch.mapping_json)["columns"]["date"] == "Datum"
    assert json.loads(mapping.mapping_json)["header_row"] == 3


def test_same_file_again_adds_nothing(municipality, tmp_path):
    path = _xlsx(tmp_path / "mars.xlsx", MARCH)
    import_file(municipality, path, partner_name="Fagerstabostäder", today=TODAY)
    again = import_file(municipality, path, partner_name="Fagerstabostäder", today=TODAY)
    assert (again.imported, again.duplicates, again.masked) == (0, 3, 0)
    assert "3 fanns redan" in again.message
    assert len(_incidents(municipality)) == 3


def test_cumulative_sheet_adds_only_the_new_rows(municipality, tmp_path):
    import_file(municipality, _xlsx(tmp_path / "mars.xlsx", MARCH[:2]),
                partner_name="Fagerstabostäder", today=TODAY)
    april = [datetime(2026, 3, 28), "22:00", "Centrum", "Torget", "Klotter", "Nytt", 1, None]
    result = import_file(municipality, _xlsx(tmp_path / "mars-april.xlsx", MARCH[:2] + [april]),
                         partner_name="Fagerstabostäder", today=TODAY)
    assert (result.imported, result.duplicates) == (1, 2)


def test_two_identical_rows_in_one_file_are_two_incidents(municipality, tmp_path):
    row = [datetime(2026, 3, 5), "21:30", "Centrum", "Torget", "Klotter", "Taggar", 1, None]
    path = _xlsx(tmp_path / "dubbel.xlsx", [row, row])
    assert import_file(municipality, path, today=TODAY).imported == 2
    assert import_file(municipality, path, today=TODAY).duplicates == 2


def test_personal_data_kept_only_on_request(municipality, tmp_path):
    path = _xlsx(tmp_path / "mars.xlsx", MARCH[1:2])
    import_file(municipality, path, mask_personal_data=False, today=TODAY)
    [incident] = _incidents(municipality)
    assert "070-123 45 67" in incident.description and incident.personal_data_flag


def test_dry_run_saves_nothing(municipality, tmp_path):
    before = counts(municipality)
    result = import_file(municipality, _xlsx(tmp_path / "mars.xlsx", MARCH), dry_run=True,
                         today=TODAY)
    assert result.imported == 3 and "skulle importeras" in result.message
    assert counts(municipality) == before
    assert registers.list_areas(municipality)[-1].name != "Sundbo"


def test_unknown_partner_changes_nothing(municipality, tmp_path):
    before = counts(municipality)
    with pytest.raises(ImportFailure, match="Partnern ”Polisen” finns inte.*Fagerstabostäder"):
        import_file(municipality, _xlsx(tmp_path / "mars.xlsx", MARCH),
                    partner_name="Polisen", today=TODAY)
    assert counts(municipality) == before


def test_partner_guessed_from_the_file_name(municipality, tmp_path):
    result = import_file(municipality, _xlsx(tmp_path / "fagerstabostader_mars.xlsx", MARCH),
                         today=TODAY)
    assert result.partner == "Fagerstabostäder"


def test_future_and_empty_rows(municipality, tmp_path):
    rows = [[datetime(2026, 5, 1), None, "Centrum", None, "Klotter", "x", None, None],
            [datetime(2026, 3, 1), None, None, None, None, None, 4, None]]
    result = import_file(municipality, _xlsx(tmp_path / "konstig.xlsx", rows), today=TODAY)
    assert [(r["row"], r["column"]) for r in result.rejected] == [(4, "A"), (5, None)]
    assert "framtiden" in result.rejected[0]["reason"]
    assert "bara ett datum" in result.rejected[1]["reason"]
    assert result.imported == 0


def test_undo_removes_the_incidents_and_keeps_the_history(municipality, tmp_path):
    path = _xlsx(tmp_path / "mars.xlsx", MARCH)
    result = import_file(municipality, path, today=TODAY)
    assert undo_batch(municipality, result.batch_id) == 3
    assert _incidents(municipality) == []
    with municipality.session() as session:
        assert session.get(ImportBatch, result.batch_id).undone_at is not None
    with pytest.raises(ImportFailure, match="redan ångrad"):
        undo_batch(municipality, result.batch_id)
    assert import_file(municipality, path, today=TODAY).imported == 3


@COMMAND_LINE
def test_cli_import_json_and_exit_codes(municipality, tmp_path, capsys):
    good = _xlsx(tmp_path / "mars.xlsx", MARCH)
    bad = tmp_path / "trasig.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x01" * 50)
    municipality.close()
    code = main(["--db", str(municipality.path), "import", str(good), str(bad),
                 "--partner", "Fagerstabostäder", "--json"])
    output = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [o["status"] for o in output] == ["imported", "error"]
    assert set(output[0]) == {"file", "partner", "status", "imported", "duplicates", "rejected",
                              "outside_municipality", "masked", "message"}
    assert output[0]["rejected"][0] == {"sheet": "Rapport", "row": 6, "column": "A",
                                        "reason": "”2026-02-30” är ett omöjligt datum."}
    assert "trasig.xlsx" in output[1]["message"] and output[1]["imported"] == 0
    assert main(["--db", str(municipality.path), "import", str(good)]) == 0
    assert "fanns redan" in capsys.readouterr().out


@BACKUPS
def test_an_import_is_preceded_by_a_backup_and_a_dry_run_is_not(municipality, tmp_path):
    import sqlite3
    from brastod.core.backups import list_backups
    path = _xlsx(tmp_path / "mars.xlsx", MARCH)
    import_file(municipality, path, today=TODAY, dry_run=True)
    assert list_backups(municipality.path) == []
    assert import_file(municipality, path, today=TODAY).imported == 3
    [backup] = list_backups(municipality.path)
    assert backup.kind == "fore-import"
    copy = sqlite3.connect(backup.path)
    try:    # the copy is the database as it was before the import
        assert copy.execute("SELECT count(*) FROM incident").fetchone()[0] == 0
    finally:
        copy.close()
