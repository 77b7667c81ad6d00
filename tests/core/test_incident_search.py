"""The free-text search of Inkomna rapporter, in the database on both SQLite and PostgreSQL:
case ignored also for å, ä and ö, over the description, the place, the area, the category and
its main category, and the partner; % and _ are letters; a limit counts the matches."""
from datetime import date

from brastod.core.models import Area, Category, Incident, Partner
from brastod.core.services.incidents import IncidentFilter, list_incidents


def _incidents(db) -> dict[str, int]:
    with db.session() as session:
        area = Area(name="Östra Ängby")
        main = Category(name="Skadegörelse", kind="crime")
        session.add_all([area, main])
        session.flush()
        sub = Category(name="Klotter", kind="crime", parent_id=main.id)
        partner = Partner(name="Bostadsbolaget ÅÄÖ")
        session.add_all([sub, partner])
        session.flush()
        rows = {
            "taggar": Incident(occurred_on=date(2026, 5, 1), description="TAGGAR på väggen",
                               category_id=sub.id),
            "plats": Incident(occurred_on=date(2026, 5, 2), place_text="Ängbyskolan"),
            "område": Incident(occurred_on=date(2026, 5, 3), area_id=area.id),
            "partner": Incident(occurred_on=date(2026, 5, 4), partner_id=partner.id),
            "procent": Incident(occurred_on=date(2026, 5, 5), description="100% krossat_glas"),
            "annat": Incident(occurred_on=date(2026, 5, 6), description="Buskörning"),
        }
        session.add_all(rows.values())
        session.flush()
        return {name: row.id for name, row in rows.items()}


def _found(db, text: str, limit: int | None = None) -> set[int]:
    return {row.id for row in list_incidents(db, IncidentFilter(text=text), limit)}


def test_the_search_ignores_case_also_for_swedish_letters(any_db):
    ids = _incidents(any_db)
    assert _found(any_db, "taggar PÅ") == {ids["taggar"]}
    assert _found(any_db, "ängbyskolan") == {ids["plats"]}
    assert _found(any_db, "ÖSTRA ängby") == {ids["område"]}
    assert _found(any_db, "åäö") == {ids["partner"]}
    assert _found(any_db, "skadegörelse") == {ids["taggar"]}     # the main category
    assert _found(any_db, "klotter") == {ids["taggar"]}
    assert _found(any_db, "  ") == set(ids.values())


def test_percent_and_underscore_are_letters_and_a_limit_counts_matches(any_db):
    ids = _incidents(any_db)
    assert _found(any_db, "100%") == {ids["procent"]}
    assert _found(any_db, "t_g") == {ids["procent"]}            # "krossat_glas", not "taggar"
    assert _found(any_db, "%") == {ids["procent"]}
    # The newest match, not the newest incident, when only one is asked for.
    assert _found(any_db, "ängby", limit=1) == {ids["område"]}
