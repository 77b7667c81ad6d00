"""The example data with a verksamhetsberättelse for last year, adopted, and one for this year,
a draft (unless the example data already has them)."""
from datetime import date

from brastod.core.services import annual_reports as annual
from tests.conftest import DEMO_TODAY


def with_annual_reports(db):
    if not annual.list_annual_reports(db):
        last = DEMO_TODAY.year - 1
        adopted = annual.create_annual_report(db, date(last, 1, 1), date(last, 12, 31))
        annual.adopt_annual_report(db, adopted, date(DEMO_TODAY.year, 2, 10), "Lokala BRÅ")
        annual.create_annual_report(db, date(DEMO_TODAY.year, 1, 1),
                                    date(DEMO_TODAY.year, 12, 31))
    return db
