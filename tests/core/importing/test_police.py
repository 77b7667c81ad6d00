import json
from datetime import date, datetime, time

import pytest
from sqlmodel import select

from brastod.core.errors import ImportFailure
from brastod.core.importing.police import occurrence
from brastod.core.models import Incident, PoliceTypeMapping
from brastod.core.services import registers
from brastod.core.services.importing import import_file
from brastod.core.services.stats import counts


@pytest.mark.parametrize("name, published, expected", [
    ("27 december 23:17, Mord/dråp, Fagersta", datetime(2022, 12, 28, 10, 34),
     (date(2022, 12, 27), time(23, 17))),
    ("31 december 23.40, Brand, Kungsör", datetime(2024, 1, 1, 0, 40),
     (date(2023, 12, 31), time(23, 40))),                 # published the next year
    ("05 april 12:10, Mord/dråp, försök, Fagersta", datetime(2023, 4, 6, 9, 54),
     (date(2023, 4, 5), time(12, 10))),
    ("14 februari, Sammanfattning natt, Ale", datetime(2026, 2, 14, 7, 0),
     (date(2026, 2, 14), None)),
])
def test_occurrence_from_the_event_name(name, published, expected):
    assert occurrence(name, published) == expected


@pytest.fixture
def fagersta(tmp_path):
    from brastod.core.services.setup import create_database
    db = create_database(tmp_path / "fagersta.sqlite3", "Fagersta")
    registers.add_area(db, "Hedkärra")
    registers.add_partner(db, "Polisen", "police")
    yield db
    db.close()


def test_own_events_are_imported_the_rest_counted(fagersta, shared_data):
    whole = shared_data / "police/polisen_events_2024Q1.json"
    events = json.loads(whole.read_text("utf-8"))
    own = [e for e in events if e["name"].rsplit(",", 1)[-1].strip() == "Fagersta"]
    result = import_file(fagersta, whole)
    assert result.imported == len(own) > 0
    assert result.outside_municipality == len(events) - len(own)
    assert result.partner == "Polisen"                 # the only police partner
    assert "gällde andra kommuner" in result.message


def test_municipality_file_with_county_locations(fagersta, shared_data):
    path = shared_data / "police/municipality_Fagersta.json"
    events = json.loads(path.read_text("utf-8"))
    result = import_file(fagersta, path)
    assert result.imported == len(events) and result.outside_municipality == 0
    with fagersta.session() as session:
        incidents = session.exec(select(Incident)).all()
        unmapped = session.exec(select(PoliceTypeMapping.police_type)
                                .where(PoliceTypeMapping.category_id.is_(None))).all()
    fire = next(i for i in incidents if i.source_ref == "polisen:586825")
    assert (fire.occurred_on, fire.occurred_time) == (date(2025, 5, 26), time(9, 6))
    assert fire.area_id is not None                    # "… en villa i Hedkärra …"
    assert all(i.police_reported and i.category_id for i in incidents)
    assert "Djur" in unmapped                          # new types wait to be mapped
    assert all(i.needs_review for i in incidents if i.description.startswith("Djur:"))
    again = import_file(fagersta, path)
    assert (again.imported, again.duplicates) == (0, len(events))


@pytest.mark.parametrize("content, message", [
    (b"{not json", "JSON-fil men inte Polisens"),
    (b'[{"datetime": "x", "type": "Brand"}]', "händelse nummer 1 går inte att läsa"),
    (b'{"datetime": 1, "type": 2}', "JSON-fil men inte Polisens"),
    (b"", "är tom"),
])
def test_bad_police_files_change_nothing(fagersta, tmp_path, content, message):
    path = tmp_path / "polisen.json"
    path.write_bytes(content)
    before = counts(fagersta)
    with pytest.raises(ImportFailure, match=message):
        import_file(fagersta, path)
    assert counts(fagersta) == before


def test_importing_the_real_file_over_the_example_data_adds_nothing(demo_db, shared_data):
    path = shared_data / "police/municipality_Fagersta.json"
    # The example data already holds the events of its two years: only the older ones are new.
    events = json.loads(path.read_text("utf-8"))
    with demo_db.session() as session:
        in_demo = len(session.exec(select(Incident.id).where(
            Incident.source_ref.like("polisen:%"))).all())
    result = import_file(demo_db, path)
    assert 0 < in_demo < len(events)
    assert result.duplicates == in_demo and result.imported == len(events) - in_demo
