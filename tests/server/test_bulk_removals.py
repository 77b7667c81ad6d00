"""On a server, an incident changed while an undo or a gallring is running (the other user's
change not yet committed when the removal reaches the row) is not removed as the version the
user was shown: the removal waits for that change, sees the new version, and removes nothing
(tests/core/test_bulk_removals.py covers a change made before the removal begins)."""
import threading
from dataclasses import replace

import pytest
from sqlalchemy import delete, update

from brastod.core.db import open_database
from brastod.core.dates import utc_now
from brastod.core.errors import BrastodError, ImportFailure, ValidationError
from brastod.core.models import ImportBatch, Incident
from brastod.core.services import import_history, retention, survey_years, surveys
from tests.conftest import DEMO_TODAY
from tests.core.test_bulk_removals import MONTHS, a_batch, counted, of_batch, old, seen
from tests.server.test_refusals import WAIT, _waiting_for_a_lock, _wait_until


def _undo(db):
    batch = a_batch(db)
    plan = import_history.plan_undo(db, batch)
    return of_batch(db, batch)[0], lambda: import_history.undo_batch(db, batch, plan.edited)


def _gallring(db):
    plan = retention.plan_purge(db, MONTHS, DEMO_TODAY)
    return old(db, limit=1)[0], lambda: retention.purge(db, MONTHS, DEMO_TODAY, plan)


@pytest.mark.parametrize("removal", [_undo, _gallring], ids=["undo", "gallring"])
def test_a_change_the_removal_waits_for_keeps_everything(pg_demo_url, removal):
    db, other = open_database(pg_demo_url), open_database(pg_demo_url)
    try:
        target, remove = removal(db)
        outcome = []

        def run():
            try:
                outcome.append(remove())
            except ValidationError as error:
                outcome.append(error)
        with other.session() as session:        # anna's save, half-way: the row is locked
            session.execute(update(Incident).where(Incident.id == target).values(
                count=Incident.count + 5, version=Incident.version + 1,
                changed_by="anna.berg", changed_at=utc_now()))
            worker = threading.Thread(target=run)
            worker.start()
            _wait_until(lambda: _waiting_for_a_lock(other), "att borttagningen väntar")
        worker.join(WAIT)
        said, = outcome
        assert isinstance(said, ValidationError), said
        assert str(said).startswith("anna.berg ändrade en av ") and "Inget togs bort" in str(said)
        with db.session() as session:
            assert session.get(Incident, target).changed_by == "anna.berg"
    finally:
        db.close()
        other.close()


def test_two_saves_of_a_survey_year_at_once_are_made_in_turn_the_second_refused(pg_demo_url):
    """Anna's save of the year is half-way (her transaction holds the indicator) when mine
    starts: mine waits for hers, then sees it, and replaces nothing."""
    db, other = open_database(pg_demo_url), open_database(pg_demo_url)
    try:
        result, year = counted(db), 2027
        shown = seen(db, year)
        outcome = []

        def run():
            try:
                outcome.append(surveys.save_survey(db, result, year, shown=shown))
            except ValidationError as error:
                outcome.append(error)
        with other.session() as session:
            survey_years.refuse_if_saved_meanwhile(session, surveys.DEFAULT_INDICATOR, year,
                                                   shown)
            worker = threading.Thread(target=run)
            worker.start()
            _wait_until(lambda: _waiting_for_a_lock(other), "att den andra sparningen väntar")
            surveys.store_survey(session, replace(result, file_name="annas.xlsx"), year,
                                 surveys.DEFAULT_INDICATOR, False)
        worker.join(WAIT)
        said, = outcome
        assert isinstance(said, survey_years.SavedMeanwhile), said
        assert "annas.xlsx" in str(said) and "Inget ersattes" in str(said)
        assert seen(db, year).survey[0] == "annas.xlsx"
    finally:
        db.close()
        other.close()


def test_two_first_saves_of_a_new_indicator_at_once_are_made_in_turn_the_second_refused(
        pg_demo_url):
    """As above for an indicator no one has saved yet (there is no row to hold): mine waits
    for Anna's, then names hers, rather than meeting the name she has just taken."""
    db, other = open_database(pg_demo_url), open_database(pg_demo_url)
    new = "Otrygga i parkerna"
    try:
        result, year = counted(db), 2027
        outcome = []

        def run():
            try:
                outcome.append(surveys.save_survey(db, result, year, new, shown=None))
            except BrastodError as error:
                outcome.append(error)
        with other.session() as session:
            survey_years.refuse_if_saved_meanwhile(session, new, year, None)
            surveys.store_survey(session, replace(result, file_name="annas.xlsx"), year, new,
                                 False)
            worker = threading.Thread(target=run)
            worker.start()
            _wait_until(lambda: _waiting_for_a_lock(other), "att den andra sparningen väntar")
        worker.join(WAIT)
        said, = outcome
        assert isinstance(said, survey_years.SavedMeanwhile), said
        assert "annas.xlsx" in str(said) and "Inget ersattes" in str(said)
    finally:
        db.close()
        other.close()


def test_two_undos_of_one_import_at_once_the_second_is_told_it_is_undone(pg_demo_url):
    """Anna's undo is half-way (her transaction has removed the incidents and marked the
    import) when mine starts: mine waits for hers and says the import is already undone, rather
    than removing nothing and marking it again."""
    db, other = open_database(pg_demo_url), open_database(pg_demo_url)
    try:
        batch = a_batch(db)
        plan = import_history.plan_undo(db, batch)
        outcome = []

        def run():
            try:
                outcome.append(import_history.undo_batch(db, batch, plan.edited))
            except BrastodError as error:
                outcome.append(error)
        with other.session() as session:
            session.execute(update(ImportBatch).where(ImportBatch.id == batch)
                            .values(undone_at=utc_now()))
            session.execute(delete(Incident).where(Incident.batch_id == batch))
            worker = threading.Thread(target=run)
            worker.start()
            _wait_until(lambda: _waiting_for_a_lock(other), "att den andra ångringen väntar")
        worker.join(WAIT)
        said, = outcome
        assert isinstance(said, ImportFailure) and "är redan ångrad" in str(said), said
    finally:
        db.close()
        other.close()
