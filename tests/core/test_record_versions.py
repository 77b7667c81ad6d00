"""The records that were saved "last save wins" until schema version 11 (issue 18): a category
and its synonyms, an incident, a pinned incident's note, a national reference. A save names the
version and values its editor showed: someone else's change to another field is taken, the same
field changed by both is a conflict that writes nothing, and a removal of a row someone changed
meanwhile is refused with who and when. On a file and on a PostgreSQL server alike."""
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from brastod.core.db import open_database
from brastod.core.errors import ValidationError
from brastod.core.figure_rules import ReferenceFields
from brastod.core.models import Incident
from brastod.core.services import incidents, key_figures, registers
from brastod.core.services import situation_reports as reports
from brastod.core.text import normalize
from brastod.core.versions import Conflict, Gone, Merged, merge_lists

KEPT = Path(__file__).parents[1] / "data" / "schema"


def test_the_set_merge_keeps_both_additions_and_each_removal():
    base, mine = ["klotter", "tags"], ["klotter", "graffiti"]
    theirs = ["klotter", "tags", "KLOTTRING"]
    assert merge_lists(base, mine, theirs) == ["klotter", "KLOTTRING", "graffiti"]
    assert merge_lists(base, mine, ["Klotter", "tags"], normalize) == ["Klotter", "graffiti"]
    assert merge_lists(base, ["klotter", "tags", "sprej"], ["klotter", "tags", "sprej"]) == \
        ["klotter", "tags", "sprej"]            # the same addition twice is one


# ---- categories ----

def _category(db, name: str):
    return next(c for c in registers.list_categories(db) if c.name == name)


def _save_category(db, row, **changes):
    values = {"name": row.name, "kind": row.kind, "synonyms": list(row.synonyms), **changes}
    return registers.save_category(db, row.id, **values, version=row.stamp.version,
                                   base={"name": row.name, "kind": row.kind,
                                         "synonyms": row.synonyms})


def test_two_people_adding_synonyms_both_are_kept(db):
    top = registers.save_category(db, None, name="Fasadmålning", kind="crime",
                                  synonyms=["sprejat"])
    loaded = _category(db, "Fasadmålning")
    _save_category(db, loaded, synonyms=["sprejat", "muralmålning"])            # anna
    _save_category(db, loaded, name="Målade fasader", synonyms=["väggmålning"])  # this user
    stored = _category(db, "Målade fasader")
    assert stored.id == top
    # Hers kept, "sprejat" removed by this user, his own added; the other fields his.
    assert stored.synonyms == ("muralmålning", "väggmålning")
    assert stored.stamp.version == loaded.stamp.version + 2


def test_a_change_of_the_synonyms_alone_is_a_new_version(db):
    registers.save_category(db, None, name="Fimpar", kind="insecurity")
    loaded = _category(db, "Fimpar")
    _save_category(db, loaded, synonyms=["fimp"])
    stored = _category(db, "Fimpar")
    assert stored.synonyms == ("fimp",) and stored.stamp.version == loaded.stamp.version + 1
    assert stored.stamp.changed_by


def test_a_category_renamed_by_both_is_a_conflict_that_writes_nothing(db):
    registers.save_category(db, None, name="Bilbränder", kind="crime")
    loaded = _category(db, "Bilbränder")
    _save_category(db, loaded, name="Anlagda bilbränder", synonyms=["bilbrand"])
    with pytest.raises(Conflict) as raised:
        _save_category(db, loaded, name="Bilbränder i garage", synonyms=["garagebrand"])
    conflict = raised.value
    assert conflict.clashes == ("name",) and "ändrade kategorin" in str(conflict)
    assert conflict.values == {"name": "Anlagda bilbränder", "kind": "crime",
                               "synonyms": ("bilbrand",)}
    assert conflict.merged["name"] == "Bilbränder i garage"
    assert conflict.merged["synonyms"] == ("bilbrand", "garagebrand")   # both, for the form
    stored = _category(db, "Anlagda bilbränder")
    assert stored.synonyms == ("bilbrand",)
    # Chosen: saved over hers, at her version, with the merged synonyms.
    _save_category(db, stored, name="Bilbränder i garage", synonyms=["bilbrand", "garagebrand"])
    assert _category(db, "Bilbränder i garage").synonyms == ("bilbrand", "garagebrand")


def test_removing_a_category_someone_changed_or_removed_is_refused(db):
    registers.save_category(db, None, name="Skoterkörning", kind="insecurity")
    loaded = _category(db, "Skoterkörning")
    _save_category(db, loaded, synonyms=["skoter"])
    with pytest.raises(ValidationError, match="ändrade kategorin .*Inget togs bort"):
        registers.delete_category(db, loaded.id, version=loaded.stamp.version)
    assert _category(db, "Skoterkörning").synonyms == ("skoter",)
    registers.delete_category(db, loaded.id, version=_category(db, "Skoterkörning").stamp.version)
    with pytest.raises(Gone, match="Kategorin finns inte längre"):
        registers.delete_category(db, loaded.id, version=loaded.stamp.version)
    with pytest.raises(Gone):
        _save_category(db, loaded, name="Skoterkörning på isen")


# ---- incidents ----

def _an_incident(db) -> int:
    with db.session() as session:
        return session.execute(select(Incident.id).where(Incident.category_id.is_not(None))
                               .order_by(Incident.id).limit(1)).scalar_one()


def _save_incident(db, incident_id, loaded, **changes):
    from dataclasses import replace
    return incidents.save_incident(db, incident_id, replace(loaded, **changes),
                                   today=date(2030, 1, 1), version=loaded.stamp.version,
                                   base=loaded.columns())


def test_an_incident_takes_the_other_field_and_refuses_the_same_one(demo_db):
    incident_id = _an_incident(demo_db)
    loaded = incidents.get_incident(demo_db, incident_id)
    assert loaded.stamp.version >= 1
    _save_incident(demo_db, incident_id, loaded, place="Torget", count=2)            # anna
    _save_incident(demo_db, incident_id, loaded, description="Krossad busskur")    # this user
    stored = incidents.get_incident(demo_db, incident_id)
    assert (stored.place, stored.count, stored.description) == ("Torget", 2, "Krossad busskur")
    assert stored.stamp.version == loaded.stamp.version + 2
    with pytest.raises(Conflict) as raised:
        _save_incident(demo_db, incident_id, loaded, count=5)
    assert raised.value.clashes == ("count",) and raised.value.values["count"] == 2
    assert "ändrade händelsen" in str(raised.value)
    assert incidents.get_incident(demo_db, incident_id).count == 2


def test_an_incident_moved_to_another_year_by_someone_else_is_counted_there(demo_db):
    from brastod.core.services.figures import summary
    incident_id = _an_incident(demo_db)
    loaded = incidents.get_incident(demo_db, incident_id)
    day, end = date(2019, 6, 1), date(2019, 12, 31)
    before = summary(demo_db, day, end).total
    _save_incident(demo_db, incident_id, loaded, occurred_on=day)                   # anna
    _save_incident(demo_db, incident_id, loaded, description="Sent inrapporterad")  # this user
    assert incidents.get_incident(demo_db, incident_id).occurred_on == day
    assert summary(demo_db, day, end).total == before + loaded.count


def test_removing_incidents_one_of_which_someone_changed_removes_none(demo_db):
    rows = incidents.list_incidents(demo_db, limit=2)
    versions = {row.id: row.version for row in rows}
    loaded = incidents.get_incident(demo_db, rows[1].id)
    _save_incident(demo_db, rows[1].id, loaded, place="Stationen")
    with pytest.raises(ValidationError) as raised:
        incidents.delete_incidents(demo_db, list(versions), versions)
    said = str(raised.value)
    assert "ändrade händelsen" in said and "Inget togs bort" in said
    assert incidents.get_incident(demo_db, rows[0].id) is not None
    fresh = {row.id: row.version for row in incidents.list_incidents(demo_db, limit=2)}
    assert incidents.delete_incidents(demo_db, list(fresh), fresh) == 2


def test_the_import_gives_new_incidents_the_first_version(db, tmp_path):
    from brastod.core.services.importing import import_file
    path = tmp_path / "mars.csv"
    path.write_text("Datum;Händelsetyp;Beskrivning\n2026-03-05;Klotter;Taggar\n"
                    "2026-03-06;Klotter;Fler taggar\n", encoding="utf-8")
    registers.add_partner(db, "Fagerstabostäder", "housing")
    import_file(db, path, partner_name="Fagerstabostäder", today=date(2026, 3, 31))
    with db.session() as session:
        assert session.execute(select(Incident.version)).scalars().all() == [1, 1]


# ---- a pinned incident's note ----

def _pinned(db):
    report = next(r for r in reports.list_situation_reports(db) if r.status == "draft")
    incident_id = _an_incident(db)
    reports.pin_incident(db, report.id, incident_id)
    return report.id, incident_id


def _pin(db, report_id, incident_id):
    return next(p for p in reports.get_report(db, report_id).pinned
                if p.incident_id == incident_id)


def test_a_note_both_changed_is_a_conflict_and_a_save_in_order_is_not(demo_db):
    report_id, incident_id = _pinned(demo_db)
    loaded = _pin(demo_db, report_id, incident_id)
    first = reports.pin_incident(demo_db, report_id, incident_id, "Lyft på mötet",
                                 loaded.stamp.version, {"note": loaded.note})
    # The editor's next save, sent before the first one's answer came: its base is the first
    # one's note, its version the one shown; no conflict with itself.
    second = reports.pin_incident(demo_db, report_id, incident_id, "Lyft på mötet i maj",
                                  loaded.stamp.version, {"note": "Lyft på mötet"})
    assert second.version == first.version + 1
    with pytest.raises(Conflict) as raised:           # anna, on the version she loaded
        reports.pin_incident(demo_db, report_id, incident_id, "Polisen följer upp",
                             loaded.stamp.version, {"note": loaded.note})
    assert raised.value.clashes == ("note",)
    assert raised.value.values == {"note": "Lyft på mötet i maj"}
    assert _pin(demo_db, report_id, incident_id).note == "Lyft på mötet i maj"
    reports.unpin_incident(demo_db, report_id, incident_id)
    with pytest.raises(Gone, match="inte längre utvald"):
        reports.pin_incident(demo_db, report_id, incident_id, "Sent", second.version,
                             {"note": "Lyft på mötet i maj"})


def test_removing_a_pin_whose_note_someone_changed_is_refused(demo_db):
    report_id, incident_id = _pinned(demo_db)
    loaded = _pin(demo_db, report_id, incident_id)
    reports.pin_incident(demo_db, report_id, incident_id, "Polisen följer upp",
                         loaded.stamp.version, {"note": loaded.note})
    with pytest.raises(ValidationError, match="ändrade anteckningen .*Inget togs bort"):
        reports.unpin_incident(demo_db, report_id, incident_id, loaded.stamp.version)
    assert _pin(demo_db, report_id, incident_id).note == "Polisen följer upp"
    reports.unpin_incident(demo_db, report_id, incident_id,
                           _pin(demo_db, report_id, incident_id).stamp.version)
    reports.unpin_incident(demo_db, report_id, incident_id, loaded.stamp.version)  # gone: no matter
    assert all(p.incident_id != incident_id for p in reports.get_report(demo_db, report_id).pinned)


def test_lifting_a_pinned_incident_again_keeps_its_note(demo_db):
    report_id, incident_id = _pinned(demo_db)
    reports.pin_incident(demo_db, report_id, incident_id, "Lyft på mötet")
    reports.pin_incident(demo_db, report_id, incident_id)
    assert _pin(demo_db, report_id, incident_id).note == "Lyft på mötet"
    reports.pin_incident(demo_db, report_id, incident_id, "")
    assert _pin(demo_db, report_id, incident_id).note is None


def test_an_adopted_reports_pins_are_frozen_without_their_versions(demo_db):
    report_id, incident_id = _pinned(demo_db)
    reports.pin_incident(demo_db, report_id, incident_id, "Viktig")
    reports.adopt_report(demo_db, report_id, date(2026, 1, 15), "Lokala BRÅ")
    [pin] = [p for p in reports.get_report(demo_db, report_id).pinned
             if p.incident_id == incident_id]
    assert pin.note == "Viktig" and pin.stamp is None


# ---- national references ----

def _reference(db, reference_id):
    return next(r for r in key_figures.list_national_references(db) if r.id == reference_id)


def _save_reference(db, row, **changes):
    values = ReferenceFields(**{**row.columns(), **changes})
    return key_figures.save_national_reference(db, values, row.id, row.stamp.version,
                                               row.columns())


def test_a_national_reference_merges_and_refuses_the_same_field(db):
    reference_id = key_figures.save_national_reference(
        db, ReferenceFields("Anmälda brott", 2024, 1_500_000.0, "Brå"))
    loaded = _reference(db, reference_id)
    _save_reference(db, loaded, source="Brå, anmälda brott 2024")      # anna
    _save_reference(db, loaded, value=1_520_000.0)                     # this user
    stored = _reference(db, reference_id)
    assert (stored.value, stored.source) == (1_520_000.0, "Brå, anmälda brott 2024")
    with pytest.raises(Conflict) as raised:
        _save_reference(db, loaded, source="SCB")
    assert raised.value.clashes == ("source",) and "ändrade jämförelsetalet" in str(raised.value)
    with pytest.raises(ValidationError, match="Inget togs bort"):
        key_figures.delete_national_reference(db, reference_id, loaded.stamp.version)
    key_figures.delete_national_reference(db, reference_id, stored.stamp.version)
    with pytest.raises(Gone, match="finns inte längre"):
        _save_reference(db, stored, value=1.0)


# ---- the municipality ----

def test_the_municipality_merges_and_refuses_the_same_field(db):
    loaded = registers.get_municipality(db)
    registers.update_municipality(db, loaded.name, "1982", None, loaded.stamp.version,
                                  loaded.columns())                          # anna
    registers.update_municipality(db, loaded.name, None, "Västmanlands län",
                                  loaded.stamp.version, loaded.columns())     # this user
    stored = registers.get_municipality(db)
    assert (stored.code, stored.county) == ("1982", "Västmanlands län")
    with pytest.raises(Conflict) as raised:
        registers.update_municipality(db, loaded.name, "1960", None, loaded.stamp.version,
                                      loaded.columns())
    assert raised.value.clashes == ("code",)
    assert "ändrade kommunens uppgifter" in str(raised.value)
    assert registers.get_municipality(db).code == "1982"


def test_a_logo_someone_else_saved_meanwhile_is_not_replaced_unseen(db, as_anna, tmp_path):
    from brastod.core.paths import resource
    mine, theirs, other = resource("demo", "logo.png"), tmp_path / "a.png", tmp_path / "b.png"
    theirs.write_bytes(b"\x89PNG\r\n\x1a\n" + b"annas bild")
    other.write_bytes(b"\x89PNG\r\n\x1a\n" + b"en annan bild")
    loaded = registers.get_municipality(db)
    as_anna(registers.update_municipality, db, "Annas kommun", "1982", None,
            loaded.stamp.version, loaded.columns())
    registers.set_logo(db, mine, loaded.stamp.version, loaded.logo)   # her name stays
    stored = registers.get_municipality(db)
    assert (stored.name, stored.code, stored.logo) == ("Annas kommun", "1982", mine.read_bytes())
    as_anna(registers.set_logo, db, theirs, stored.stamp.version, stored.logo)
    for path in (None, other):                   # removed or replaced: neither unseen
        with pytest.raises(Conflict) as raised:
            registers.set_logo(db, path, stored.stamp.version, stored.logo)
        assert raised.value.clashes == ("logo",)
        assert raised.value.stamp.changed_by == "anna.berg"
        assert raised.value.values["logo"] == theirs.read_bytes()
    assert registers.get_municipality(db).logo == theirs.read_bytes()
    registers.set_logo(db, None, raised.value.stamp.version, raised.value.values["logo"])
    assert registers.get_municipality(db).logo is None


def test_a_population_figure_merges_and_one_added_meanwhile_is_asked_about(db):
    none_seen = {"population": None, "source": None}
    registers.set_population(db, 2024, 13_300, "SCB", 0, none_seen)              # anna
    with pytest.raises(Conflict) as raised:                                       # this user
        registers.set_population(db, 2024, 13_267, "SCB", 0, none_seen)
    assert raised.value.clashes == ("population",)
    assert "ändrade folkmängden 2024" in str(raised.value)
    [seen] = registers.list_population(db)
    base = {"population": seen.population, "source": seen.source}
    registers.set_population(db, 2024, 13_300, "SCB, 31 december", seen.stamp.version, base)
    registers.set_population(db, 2024, 13_267, "SCB", seen.stamp.version, base)
    [stored] = registers.list_population(db)
    assert (stored.population, stored.source) == (13_267, "SCB, 31 december")


# ---- a key figure's value for a year ----

def test_a_value_someone_else_saved_meanwhile_is_merged_or_asked_about(db):
    key_figures.save_measurement(db, "Anmälda brott", 2024, 1200.0, source="Polisen")
    seen = key_figures.stored_values(db)["Anmälda brott", 2024]
    base = {"value": seen.value, "source": seen.source}
    key_figures.save_measurement(db, "Anmälda brott", 2024, 1200.0, source="Polisen, öppna data",
                                 version=seen.stamp.version, base=base)          # anna
    key_figures.save_measurement(db, "Anmälda brott", 2024, 1264.0, source="Polisen",
                                 version=seen.stamp.version, base=base)          # this user
    stored = key_figures.stored_values(db)["Anmälda brott", 2024]
    assert (stored.value, stored.source) == (1264.0, "Polisen, öppna data")
    assert stored.stamp.version == seen.stamp.version + 2
    with pytest.raises(Conflict) as raised:
        key_figures.save_measurement(db, "Anmälda brott", 2024, 1300.0, source="Polisen",
                                     version=seen.stamp.version, base=base)
    assert raised.value.clashes == ("value",)
    assert "ändrade värdet för Anmälda brott 2024" in str(raised.value)
    assert key_figures.stored_values(db)["Anmälda brott", 2024].value == 1264.0


def test_a_value_added_by_someone_else_after_the_dialog_saw_none_is_asked_about(db):
    none_seen = {"value": None, "source": None}
    key_figures.save_measurement(db, "Anmälda brott", 2025, 900.0, version=0, base=none_seen)
    with pytest.raises(Conflict) as raised:
        key_figures.save_measurement(db, "Anmälda brott", 2025, 950.0, source="Brå",
                                     version=0, base=none_seen)
    assert raised.value.clashes == ("value",)
    assert key_figures.stored_values(db)["Anmälda brott", 2025].value == 900.0
    # The same value typed by both is no conflict; the source only this user gave is kept.
    key_figures.save_measurement(db, "Anmälda brott", 2025, 900.0, source="Brå", version=0,
                                 base=none_seen)
    assert key_figures.stored_values(db)["Anmälda brott", 2025].source == "Brå"


def _shown_value(db, indicator: str, year: int):
    """The key figure's row as a draft lägesbild lists it."""
    return next(k for k in key_figures.key_figures_until(db, year)
                if (k.indicator, k.year) == (indicator, year))


def test_removing_a_value_someone_changed_or_removed_meanwhile_is_refused(db, as_anna):
    key_figures.save_measurement(db, "Anmälda brott", 2024, 1200.0, source="Polisen")
    shown = _shown_value(db, "Anmälda brott", 2024)
    assert shown.version == 1
    as_anna(key_figures.save_measurement, db, "Anmälda brott", 2024, 1300.0, source="Polisen",
            version=shown.version, base={"value": 1200.0, "source": "Polisen"})
    with pytest.raises(ValidationError, match="anna.berg ändrade värdet för Anmälda brott 2024 "
                                              "kl. .*Inget togs bort"):
        key_figures.delete_measurement(db, "Anmälda brott", 2024, shown.version)
    assert key_figures.stored_values(db)["Anmälda brott", 2024].value == 1300.0
    theirs = _shown_value(db, "Anmälda brott", 2024)
    as_anna(key_figures.delete_measurement, db, "Anmälda brott", 2024, theirs.version)
    with pytest.raises(Gone, match="Värdet finns inte längre; någon har tagit bort det"):
        key_figures.delete_measurement(db, "Anmälda brott", 2024, theirs.version)


def test_the_population_import_asks_before_replacing_what_someone_else_changed_by_hand(
        db, as_anna, tmp_path):
    """Figures someone else entered by hand are not overwritten unseen (which years, who and
    when; nothing stored) unless asked to; the user's own, or an import's, are replaced."""
    from tests.core.test_key_figures import _scb_file

    def scb(name: str, latest: int, before: int):
        return _scb_file(tmp_path / name, [[1, 1, "Testkommun", latest, before, 0]])

    def stored() -> dict:
        return {r.year: r.population for r in registers.list_population(db)}
    as_anna(key_figures.import_population, db, scb("a.xlsx", 1200, 1100))
    as_anna(registers.set_population, db, 2020, 1250, "Kommunens egen räkning")
    registers.set_population(db, 2019, 1000, "SCB")                     # the user's own
    newer = scb("b.xlsx", 1210, 1105)
    with pytest.raises(key_figures.ChangedByHand) as refused:
        key_figures.import_population(db, newer)
    assert list(refused.value.changed) == [2020]
    said = str(refused.value)
    assert "(2020: 1\u00a0250 – Senast ändrad av anna.berg " in said
    assert "Inget lästes in" in said
    assert stored() == {2019: 1000, 2020: 1250}
    key_figures.import_population(db, newer, replace=True)
    assert stored() == {2019: 1105, 2020: 1210}
    as_anna(key_figures.import_population, db, scb("c.xlsx", 1220, 1106))
    key_figures.import_population(db, newer)                      # hers was an import
    assert stored() == {2019: 1105, 2020: 1210}


# ---- the upgrade ----

@pytest.mark.sqlite_only(reason="upgrades a kept SQLite file of schema version 10")
def test_a_file_of_version_10_upgrades_with_every_incident_at_the_first_version(tmp_path):
    path = tmp_path / "v10.sqlite3"
    shutil.copy(KEPT / "v10.sqlite3", path)
    db = open_database(path)
    try:
        with db.session() as session:
            versions = set(session.execute(select(Incident.version)).scalars())
        assert versions == {1}
        incident_id = _an_incident(db)
        loaded = incidents.get_incident(db, incident_id)
        stamp = _save_incident(db, incident_id, loaded, place="Stationen")
        assert not isinstance(stamp, Merged)
        assert incidents.get_incident(db, incident_id).stamp.version == 2
    finally:
        db.close()


# ---- the upgrade to version 12 ----

def _few_answers_and_kinds(db) -> tuple[set, set, set]:
    """The counts kept of survey areas and surveys with fewer than five answers, and the
    observation kinds' versions."""
    with db.engine.connect() as connection:
        def values(sql: str) -> set:
            return {tuple(row) for row in connection.execute(text(sql))}
        return (values("SELECT counted, suppressed FROM survey_area WHERE suppressed "
                       "OR counted < 5"),
                values("SELECT counted, unsafe FROM survey_import WHERE counted < 5"),
                values("SELECT version FROM observation_kind"))


OLD_FEW = ("UPDATE survey_area SET counted = 3 WHERE suppressed",
           "UPDATE survey_import SET counted = 4, unsafe = 2 WHERE id = (SELECT min(id) FROM "
           "survey_import)")


@pytest.mark.sqlite_only(reason="upgrades a kept SQLite file of schema version 11")
def test_a_file_of_version_11_keeps_no_count_below_five_and_gives_kinds_a_version(tmp_path):
    """Before version 11's program a survey area with too few answers kept its count; the
    upgrade sets it to 0 (its being too few stays), as for a whole survey with too few."""
    path = tmp_path / "v11.sqlite3"
    shutil.copy(KEPT / "v11.sqlite3", path)
    with sqlite3.connect(path) as connection:
        for sql in OLD_FEW:
            connection.execute(sql)
        assert connection.execute("SELECT count(*) FROM survey_area WHERE counted = 3"
                                  ).fetchone()[0] > 0
    connection.close()
    db = open_database(path)
    try:
        assert _few_answers_and_kinds(db) == ({(0, 1)}, {(0, 0)}, {(1,)})
        assert {r.survey for r in reports.assessment_rows(db, _a_draft(db))
                } >= {"för få svar"}
    finally:
        db.close()


def _a_draft(db) -> int:
    return next(r.id for r in reports.list_situation_reports(db) if r.status == "draft")


def test_a_server_database_of_version_11_keeps_no_count_below_five(pg_demo_url):
    """The same step on a server: its database put back to version 11 with a count below five
    stored as before, then upgraded as the owner opens it."""
    from tests.core.schema_steps import rewind_server
    db = open_database(pg_demo_url)
    with db.engine.begin() as connection:
        rewind_server(connection, 11)
        for sql in OLD_FEW:
            connection.execute(text(sql))
    db.close()
    db = open_database(pg_demo_url)
    try:
        assert _few_answers_and_kinds(db) == ({(0, True)}, {(0, 0)}, {(1,)})
    finally:
        db.close()
