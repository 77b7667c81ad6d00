"""Lägesbilder as listed in the Lägesbild tab."""
from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from brastod.core.db import Database
from brastod.core.models import SituationReport


@dataclass(frozen=True)
class SituationReportRow:
    id: int
    title: str
    kind: str
    period_start: date
    period_end: date
    status: str
    adopted_on: date | None
    adopted_by: str | None


def list_situation_reports(db: Database) -> list[SituationReportRow]:
    with db.session() as session:
        rows = session.exec(select(SituationReport)
                            .order_by(SituationReport.period_start.desc())).all()
        return [SituationReportRow(r.id, r.title, r.kind, r.period_start, r.period_end,
                                   r.status, r.adopted_on, r.adopted_by) for r in rows]
