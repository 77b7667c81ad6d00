"""What the calendar reminds of besides the meetings: the open actions' due dates, the year's
deadlines (årshjul) and when the statutory lägesbild is due again."""
import calendar
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlmodel import select

from brastod.core.db import Database
from brastod.core.enums import ReportKind, ReportStatus
from brastod.core.models import Action, AnnualCycleItem, Partner, SituationReport
from brastod.core.plan_rules import OPEN_STATUSES
from brastod.core.settings import SITUATION_REPORT_INTERVAL, get_int


@dataclass(frozen=True)
class Reminder:
    day: date
    kind: str           # "action", "annual_cycle" or "situation_report"
    text: str


def reminders(db: Database, start: date, end: date) -> list[Reminder]:
    """Every reminder from ``start`` to ``end``, by day."""
    found: list[Reminder] = []
    with db.session() as session:
        for action, partner in session.exec(
                select(Action, Partner.name)
                .outerjoin(Partner, Partner.id == Action.responsible_partner_id)
                .where(Action.status.in_(OPEN_STATUSES), Action.due_on >= start,
                       Action.due_on <= end)):
            who = f" ({partner})" if partner else ""
            found.append(Reminder(action.due_on, "action",
                                  f"Åtgärd klar senast: {action.title}{who}"))
        for item in session.exec(select(AnnualCycleItem)):
            for year in range(start.year, end.year + 1):
                last = calendar.monthrange(year, item.month)[1]
                day = date(year, item.month, min(item.day, last))
                if start <= day <= end:
                    found.append(Reminder(day, "annual_cycle", f"Årshjul: {item.title}"))
        adopted = session.exec(
            select(SituationReport.adopted_on)
            .where(SituationReport.kind == ReportKind.STRATEGIC.value,
                   SituationReport.status == ReportStatus.ADOPTED.value)
            .order_by(SituationReport.adopted_on.desc())).first()
        interval = get_int(session, SITUATION_REPORT_INTERVAL)
    if adopted is not None:
        due = adopted + relativedelta(months=interval)
        if start <= due <= end:
            found.append(Reminder(due, "situation_report",
                                  f"Strategisk lägesbild ska tas fram igen (förra fastställd "
                                  f"{adopted}, var {interval}:e månad)"))
    return sorted(found, key=lambda r: (r.day, r.kind, r.text))
