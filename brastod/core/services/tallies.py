"""Keeping the lägesbild's yearly tallies (models/tallies.py) current. A changed slice (a
batch's incidents in one year: an edit, a deletion, gallring) is counted again from the
incidents in the transaction that changes them, an undone batch dropped. A new batch is only
noted as pending (``pend``): counting it in the import would add about 0.2 s to a 50 000-row
import, so the first whole year's figures count it (``catch_up``), once. figures.py reads the
tallies only when their totals per area equal those of the incidents, so a change made past
these functions costs time, never a wrong figure."""
import logging
from collections.abc import Iterable
from datetime import date

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.exc import DBAPIError

from brastod.core.dialects import hour_of, weekday_of, year_of
from brastod.core.models import Incident, PendingBatch, YearMoments, YearPlaces

log = logging.getLogger(__name__)
UNKNOWN_BAND = 4           # the incidents without a time; the others by hour // 6


def time_band(clock):
    """The time band (0–4) of a time column."""
    return case((clock.is_(None), UNKNOWN_BAND), else_=hour_of(clock) // 6)


def _fill(connection, *where) -> None:
    """Count the incidents ``where`` selects into both tallies."""
    year, weekday, band = (year_of(Incident.occurred_on), weekday_of(Incident.occurred_on),
                           time_band(Incident.occurred_time))
    moments = [Incident.batch_id, year, Incident.area_id, Incident.partner_id, weekday, band]
    connection.execute(insert(YearMoments).from_select(
        ["batch_id", "year", "area_id", "partner_id", "weekday", "band", "count"],
        select(*moments, func.sum(Incident.count)).where(*where).group_by(*moments)))
    places = [Incident.batch_id, year, Incident.area_id, Incident.place_text]
    connection.execute(insert(YearPlaces).from_select(
        ["batch_id", "year", "area_id", "place_text", "count", "first_on"],
        select(*places, func.sum(Incident.count), func.min(Incident.occurred_on))
        .where(*where).group_by(*places)))


def _forget(connection, where) -> None:
    """Drop the tally rows ``where(model)`` selects."""
    for model in (YearMoments, YearPlaces):
        connection.execute(delete(model).where(*where(model)))


def pend(connection, batch_id: int) -> None:
    """A batch just saved, to be counted by ``catch_up``."""
    connection.execute(insert(PendingBatch).values(batch_id=batch_id))


def catch_up(connection) -> None:
    """Count the pending batches. Each is counted whole, its rows counted before (by a
    ``recount``) dropped first; of two connections at it, the one that takes it off the list
    counts it. A login that may not write (a läsare on a server) leaves them pending: its
    figures are counted from the incidents until someone else's are."""
    pending = connection.execute(select(PendingBatch.batch_id)).scalars().all()
    if not pending:
        return
    try:
        with connection.begin_nested():
            for batch_id in pending:
                if connection.execute(delete(PendingBatch).where(
                        PendingBatch.batch_id == batch_id)).rowcount:
                    _forget(connection, lambda model: [model.batch_id == batch_id])
                    _fill(connection, Incident.batch_id == batch_id)
    except DBAPIError as error:
        log.info("Nya importer räknas inte in i årssummorna: %s", error.orig)


def forget_batch(connection, batch_id: int) -> None:
    """A batch's incidents are gone (undone)."""
    connection.execute(delete(PendingBatch).where(PendingBatch.batch_id == batch_id))
    _forget(connection, lambda model: [model.batch_id == batch_id])


def slices(connection, *where) -> set[tuple[int | None, int]]:
    """The (batch, year) slices holding the incidents ``where`` selects: read before they
    change, given to ``recount`` after."""
    year = year_of(Incident.occurred_on)
    return set(map(tuple, connection.execute(select(Incident.batch_id, year).where(*where)
                                             .group_by(Incident.batch_id, year)).all()))


def recount(connection, changed: Iterable[tuple[int | None, int]]) -> None:
    """Count the ``changed`` slices again from their incidents."""
    for batch_id, year in set(changed):
        _forget(connection, lambda model: [model.batch_id.is_not_distinct_from(batch_id),
                                           model.year == year])
        _fill(connection, Incident.batch_id.is_not_distinct_from(batch_id),
              Incident.occurred_on.between(date(year, 1, 1), date(year, 12, 31)))


def recount_before(connection, cutoff: date) -> None:
    """The incidents before ``cutoff`` are gone (gallring): the years before it are dropped,
    its own year counted again."""
    _forget(connection, lambda model: [model.year <= cutoff.year])
    _fill(connection, Incident.occurred_on.between(date(cutoff.year, 1, 1),
                                                   date(cutoff.year, 12, 31)))


def rebuild(connection) -> None:
    """Count every incident again (a database from before the tallies, the example data)."""
    connection.execute(delete(PendingBatch))
    _forget(connection, lambda model: [])
    _fill(connection)
