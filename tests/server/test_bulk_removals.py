"""On a server, an incident changed while an undo or a gallring is running (the other user's
change not yet committed when the removal reaches the row) is not removed as the version the
user was shown: the removal waits for that change, sees the new version, and removes nothing
(tests/core/test_bulk_removals.py covers a change made before the removal begins)."""
import threading

import pytest
from sqlalchemy import update

from brastod.core.db import open_database
from brastod.core.dates import utc_now
from brastod.core.errors import ValidationError
from brastod.core.models import Incident
from brastod.core.services import import_history, retention
from tests.conftest import DEMO_TODAY
from tests.core.test_bulk_removals import MONTHS, a_batch, of_batch, old
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
