"""Which duplicate keys the incidents already have: looked up key by key when the incidents
outnumber the keys, read from the index when the keys outnumber the incidents; both give the
same answer, and an incident without a key (entered by hand) is never a match."""
from datetime import datetime

from sqlalchemy import text

from brastod.core.dialects import incidents_with_keys
from brastod.core.services.importing import import_file
from tests.core.importing.test_import import TODAY, _xlsx

ROWS = [[datetime(2026, 3, day), "21:30", "Centrum", "Torget", "Klotter", f"Rad {day}", 1, None]
        for day in range(1, 6)]


def _stored_keys(db) -> list[int]:
    with db.engine.connect() as connection:
        return connection.execute(text(
            "SELECT row_hash FROM incident ORDER BY id")).scalars().all()


def test_both_ways_find_exactly_the_stored_keys(municipality, tmp_path):
    import_file(municipality, _xlsx(tmp_path / "mars.xlsx", ROWS), today=TODAY)
    stored = _stored_keys(municipality)
    with municipality.engine.begin() as connection:     # an incident without a key
        connection.execute(text("UPDATE incident SET row_hash = NULL WHERE id = 5"))
    with municipality.engine.connect() as connection:
        # Fewer keys than incidents: each looked up.
        assert incidents_with_keys(connection, [stored[0], 17, stored[4]]) == {stored[0]}
        # The extremes of 64 bits, and keys small enough for a narrower array on a server.
        assert incidents_with_keys(connection, [-2**63, 2**63 - 1, stored[2]]) == {stored[2]}
        assert incidents_with_keys(connection, [1, 2]) == set()
        # More keys than incidents: the stored keys read and matched.
        many = [stored[1], stored[3], stored[4], *range(1, 10)]
        assert incidents_with_keys(connection, many) == {stored[1], stored[3]}
        assert incidents_with_keys(connection, list(range(1, 10))) == set()


def test_a_larger_file_over_a_smaller_import_counts_its_rows_once(municipality, tmp_path):
    import_file(municipality, _xlsx(tmp_path / "tre.xlsx", ROWS[:3]), today=TODAY)
    result = import_file(municipality, _xlsx(tmp_path / "fem.xlsx", ROWS + ROWS[:1]),
                         today=TODAY)
    assert (result.imported, result.duplicates) == (3, 3)    # the repeated row is an incident
    assert len(set(_stored_keys(municipality))) == 6
