"""The constructs that SQLite and PostgreSQL spell differently give the same answers on both."""
from datetime import date, time

from sqlalchemy import select

from brastod.core.dialects import folded, hour_of, month_of
from brastod.core.models import Incident


def test_month_hour_and_folded_text_alike_on_both_databases(any_db):
    with any_db.session() as session:
        for day, clock, text in ((date(2025, 12, 24), time(21, 30), "ÅÄÖ Klotter"),
                                 (date(2026, 1, 1), time(0, 5), None),
                                 (date(2026, 1, 31), None, "ängby")):
            session.add(Incident(occurred_on=day, occurred_time=clock, description=text))
    with any_db.engine.connect() as connection:
        rows = connection.execute(
            select(month_of(Incident.occurred_on), hour_of(Incident.occurred_time),
                   folded(Incident.description)).order_by(Incident.occurred_on)).all()
    assert [tuple(row) for row in rows] == [("2025-12", 21, "åäö klotter"), ("2026-01", 0, None),
                                            ("2026-01", None, "ängby")]
