"""Gallring: raw incidents older than the dokumenthanteringsplan allows are deleted, with their
free text; what was built from them survives — an adopted lägesbild keeps the figures and the
pinned incidents it was adopted with, and the import history keeps its counts."""
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func
from sqlmodel import select

from brastod.core.db import Database
from brastod.core.enums import ReportStatus
from brastod.core.errors import ValidationError
from brastod.core.models import Incident, PinnedIncident, SituationReport
from brastod.core.settings import RETENTION_MONTHS, get_int, set_int


@dataclass(frozen=True)
class PurgePlan:
    cutoff: date                # incidents before this day go
    incidents: int
    oldest: date | None
    pinned_in_drafts: int       # pins in drafts that go with them (adopted ones keep theirs)


def cutoff_for(months: int, today: date) -> date:
    if months < 1:
        raise ValidationError("Gallringen måste spara minst en månad.")
    return today - relativedelta(months=months)


def plan_purge(db: Database, months: int, today: date) -> PurgePlan:
    """What a purge keeping ``months`` months would delete."""
    cutoff = cutoff_for(months, today)
    with db.session() as session:
        count, oldest = session.exec(select(func.count(), func.min(Incident.occurred_on))
                                     .where(Incident.occurred_on < cutoff)).one()
        pinned = session.exec(
            select(func.count()).select_from(PinnedIncident)
            .join(Incident, Incident.id == PinnedIncident.incident_id)
            .join(SituationReport, SituationReport.id == PinnedIncident.report_id)
            .where(Incident.occurred_on < cutoff,
                   SituationReport.status != ReportStatus.ADOPTED.value)).one()
    if isinstance(oldest, str):
        oldest = date.fromisoformat(oldest)
    return PurgePlan(cutoff, count, oldest, pinned)


def purge(db: Database, months: int, today: date) -> int:
    """Deletes the incidents older than ``months`` months and makes ``months`` the retention
    setting (in one transaction); returns how many. Adopted lägesbilder are untouched: their
    figures and pins are stored with them."""
    cutoff = cutoff_for(months, today)
    with db.session() as session:
        result = session.exec(delete(Incident).where(Incident.occurred_on < cutoff))
        set_int(session, RETENTION_MONTHS, months)
        return result.rowcount


def retention_months(db: Database) -> int:
    with db.session() as session:
        return get_int(session, RETENTION_MONTHS)
