"""The two-step import the GUI uses: preview, correct the mapping, choose for unknown values,
commit with progress and cancel; and the history."""
from datetime import datetime

import pytest
from sqlmodel import select

from brastod.core.models import Area, AreaSynonym, Category, CategorySynonym, Incident
from brastod.core.services import registers
from brastod.core.services.import_history import list_batches
from brastod.core.services.importing import AREA, CATEGORY, NEW, commit, import_file, prepare
from brastod.core.services.stats import counts
from tests.core.importing.test_import import MARCH, TODAY, _xlsx

ODD = ["När", "Vad", "Var", "Ort", "Händelse"]     # "Vad" and "Var" are not recognised


def _odd_file(path, rows):
    return _xlsx(path, rows, ODD)


@pytest.fixture
def municipality(db):
    registers.add_area(db, "Kolarbyn")
    registers.add_area(db, "Centrum")
    registers.add_partner(db, "Fagerstabostäder", "housing")
    registers.add_partner(db, "Skolan", "school")
    return db


def _partner_id(db, name):
    return next(p.id for p in registers.list_partners(db) if p.name == name)


def test_unknown_values_are_listed_with_their_rows(municipality, tmp_path):
    prepared = prepare(municipality, _xlsx(tmp_path / "m.xlsx", MARCH + MARCH[3:]), today=TODAY)
    unknown = prepared.unknown()
    assert unknown[CATEGORY] == {"Eldning": 2}
    assert unknown[AREA] == {"Sundbo": 2}
    assert [row.status for row in prepared.preview.rows] == ["ok", "warning", "rejected",
                                                             "ok", "ok"]
    # Counted once for the dialog's three questions; another mapping counts afresh.
    assert prepared.unknown() is unknown
    remapped = prepared.with_columns({**prepared.table.columns, "area": 3})
    assert remapped.unknown()[AREA] == {"Garaget": 1, "Tvättstugan": 1}


def test_choices_map_to_existing_entries_and_are_remembered(municipality, tmp_path):
    path = _xlsx(tmp_path / "m.xlsx", MARCH)
    prepared = prepare(municipality, path, today=TODAY)
    with municipality.session() as session:
        brand = session.exec(select(Category).where(Category.name == "Anlagd brand")).first()
        brand = brand or session.exec(select(Category).where(
            Category.name.like("%rand%"))).first()
        centrum = session.exec(select(Area).where(Area.name == "Centrum")).one()
        brand_id, centrum_id = brand.id, centrum.id
    result = commit(municipality, prepared, choices={(CATEGORY, "Eldning"): brand_id,
                                                     (AREA, "Sundbo"): centrum_id})
    assert result.created == [] and result.imported == 3
    with municipality.session() as session:
        eldning = session.exec(select(Incident).where(
            Incident.description == "Brasa på gården")).one()
        assert (eldning.category_id, eldning.area_id) == (brand_id, centrum_id)
        assert not eldning.needs_review
        assert session.exec(select(CategorySynonym).where(
            CategorySynonym.normalized == "eldning")).one().category_id == brand_id
        assert session.exec(select(AreaSynonym).where(
            AreaSynonym.normalized == "sundbo")).one().area_id == centrum_id
    # The next file with the same words needs no choices.
    later = prepare(municipality, _xlsx(tmp_path / "n.xlsx", MARCH[3:]), today=TODAY)
    assert later.unknown() == {CATEGORY: {}, AREA: {}}


def test_a_new_entry_chosen_by_the_user_needs_no_review(municipality, tmp_path):
    prepared = prepare(municipality, _xlsx(tmp_path / "m.xlsx", MARCH[3:]), today=TODAY)
    commit(municipality, prepared, choices={(CATEGORY, "Eldning"): NEW, (AREA, "Sundbo"): NEW})
    with municipality.session() as session:
        incident = session.exec(select(Incident)).one()
    assert not incident.needs_review
    assert "Sundbo" in [a.name for a in registers.list_areas(municipality)]


def test_corrected_mapping_is_remembered_for_the_partner_and_layout(municipality, tmp_path):
    rows = [[datetime(2026, 3, 5), "Klotter på väggen", "Tvättstugan", "Kolarbyn", "Klotter"]]
    skolan = _partner_id(municipality, "Skolan")
    first = prepare(municipality, _odd_file(tmp_path / "a.xlsx", rows), partner_id=skolan,
                    today=TODAY)
    assert "description" not in first.table.columns and not first.remembered
    fixed = first.with_columns(dict(first.table.columns, description=1, place=2))
    assert fixed.preview.rows[0].description == "Klotter på väggen"
    commit(municipality, fixed)
    rows2 = [[datetime(2026, 3, 9), "Krossad ruta", "Entrén", "Centrum", "Skadegörelse"]]
    second = prepare(municipality, _odd_file(tmp_path / "b.xlsx", rows2), partner_id=skolan,
                     today=TODAY)
    assert second.remembered
    assert (second.preview.rows[0].description, second.preview.rows[0].place) == (
        "Krossad ruta", "Entrén")
    # Another partner's file of the same layout is not affected.
    other = prepare(municipality, _odd_file(tmp_path / "c.xlsx", rows2),
                    partner_id=_partner_id(municipality, "Fagerstabostäder"), today=TODAY)
    assert not other.remembered and "description" not in other.table.columns


class _CancelAfter:
    def __init__(self, checks):
        self.checks, self.reported = checks, []

    def check(self):
        self.checks -= 1
        if self.checks < 0:
            raise KeyboardInterrupt("avbrutet")

    def progress(self, done, total):
        self.reported.append((done, total))


def test_cancel_while_saving_leaves_the_database_as_it_was(municipality, tmp_path):
    rows = [[datetime(2026, 1, 1 + i % 28), f"{i % 24}:00", "Centrum", f"Plats {i}", "Klotter",
             f"Händelse {i}", 1, None] for i in range(12_000)]
    prepared = prepare(municipality, _xlsx(tmp_path / "stor.xlsx", rows), today=TODAY)
    before = counts(municipality)
    progress = _CancelAfter(checks=2)      # past the rows' conversion, into the inserts
    with pytest.raises(KeyboardInterrupt):
        commit(municipality, prepared, choices={}, progress=progress)
    assert counts(municipality) == before
    assert list_batches(municipality) == []
    assert progress.reported and all(done <= total for done, total in progress.reported)
    result = commit(municipality, prepared, progress=_CancelAfter(checks=10**6))
    assert result.imported == 12_000


def test_history_lists_batches(municipality, tmp_path):
    path = _xlsx(tmp_path / "mars.xlsx", MARCH)
    result = import_file(municipality, path, partner_name="Fagerstabostäder", today=TODAY)
    [batch] = list_batches(municipality)
    assert (batch.id, batch.file_name, batch.partner) == (result.batch_id, "mars.xlsx",
                                                          "Fagerstabostäder")
    assert (batch.rows_read, batch.rows_imported, batch.rows_rejected, batch.incidents_now) == (
        4, 3, 1, 3)


def test_personal_data_in_a_cell_is_one_remark_for_its_column(municipality, tmp_path):
    rows = [[datetime(2026, 3, 5), "21:30", "Centrum", "Trapphuset", "Klotter",
             "Ring 070-123 45 67 eller 08-555 123 45, mejla a.b@exempel.se, pnr 19800101-1234",
             1, "Nej"]]
    prepared = prepare(municipality, _xlsx(tmp_path / "m.xlsx", rows), today=TODAY)
    [row] = prepared.preview.rows
    assert [(p.column, p.message) for p in row.warnings] == [
        ("F", "Innehåller troligen ett telefonnummer, en e-postadress och ett personnummer.")]
    assert len(row.findings) == 4
