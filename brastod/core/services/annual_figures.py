"""What a verksamhetsberättelse (or a delårsrapport) reports for its period, from what the
database holds: meetings held per body with their attendance, the decisions made and what became
of them, the lägesbilder adopted, each plan's follow-up, key figures over the years beside the
national reference, which partners reported in which month, and incidents per main category
against the same period a year earlier. Frozen as JSON when the report is adopted."""
import json
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlmodel import Session

from brastod.core.dates import as_local
from brastod.core.enums import (
    ActionStatus, AttendeeStatus, Body, DecisionStatus, MeetingStatus, PlanStatus, ReportStatus,
)
from brastod.core.labels import label
from brastod.core.models import (
    Action, ActionPlan, Attendee, Decision, FollowUp, Goal, ImportBatch, Indicator, Measurement,
    Meeting, MeetingSeries, NationalReference, Partner, SituationReport,
)
from brastod.core.periods import Period, period_label
from brastod.core.plan_rules import is_overdue
from brastod.core.services.figures import key_figures, summary_of
from brastod.core.text import normalize

HELD = (MeetingStatus.HELD.value, MeetingStatus.MINUTES_APPROVED.value)
KEY_FIGURE_YEARS = 5
NO_COLOUR = "none"


@dataclass
class Attendance:
    organisation: str
    called: int         # called to the meetings (co-opted guests are not)
    present: int

    @property
    def share(self) -> float | None:
        return self.present / self.called if self.called else None


@dataclass
class BodyMeetings:
    body: str                           # the series' name, "Lokala BRÅ"
    dates: list[date]
    attendance: list[Attendance]        # per organisation

    @property
    def total(self) -> Attendance:
        return Attendance("Totalt", sum(a.called for a in self.attendance),
                          sum(a.present for a in self.attendance))


@dataclass
class DecisionFate:
    meeting_date: date
    body: str
    text: str
    fate: str           # "Genomfört", "Öppet", "Blev åtgärd: … (Pågår)"


@dataclass
class AdoptedReport:
    title: str
    period: str
    adopted_on: date
    adopted_by: str


@dataclass
class GoalLine:
    description: str
    indicator: str | None
    baseline: float | None
    latest: float | None
    latest_year: int | None
    target: float | None


@dataclass
class PlanFollowUp:
    title: str
    by_status: dict[str, int]           # ActionStatus value → actions
    by_colour: dict[str, int]           # Rag value or NO_COLOUR → open actions
    overdue: list[list]                 # [title, due date, responsible partner]
    follow_ups: int                     # made in the period
    goals: list[GoalLine]


@dataclass
class KeyFigureLine:
    indicator: str
    unit: str
    per_100k: bool
    values: list[list]                  # [year, value], per 100 000 where the indicator asks
    national: list | None               # [year, value, source]


@dataclass
class AnnualFigures:
    start: date
    end: date
    as_of: date                         # the day overdue actions are counted at
    meetings: list[BodyMeetings]
    decisions: list[DecisionFate]
    reports: list[AdoptedReport]
    plans: list[PlanFollowUp]
    key_figures: list[KeyFigureLine]
    months: list[str]                   # "2026-01" …, the columns of the activity grid
    partners: list[list]                # [partner, [files per month], total]
    categories: list[list]              # [main category, incidents, the year before]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, default=date.isoformat)

    @classmethod
    def from_json(cls, text: str) -> "AnnualFigures":
        data = json.loads(text)
        day = date.fromisoformat
        return cls(
            start=day(data["start"]), end=day(data["end"]), as_of=day(data["as_of"]),
            meetings=[BodyMeetings(m["body"], [day(d) for d in m["dates"]],
                                   [Attendance(**a) for a in m["attendance"]])
                      for m in data["meetings"]],
            decisions=[DecisionFate(**{**d, "meeting_date": day(d["meeting_date"])})
                       for d in data["decisions"]],
            reports=[AdoptedReport(**{**r, "adopted_on": day(r["adopted_on"])})
                     for r in data["reports"]],
            plans=[PlanFollowUp(**{**p, "goals": [GoalLine(**g) for g in p["goals"]]})
                   for p in data["plans"]],
            key_figures=[KeyFigureLine(**k) for k in data["key_figures"]],
            months=data["months"], partners=data["partners"], categories=data["categories"])


def compute_annual_figures(session: Session, period: Period, today: date) -> AnnualFigures:
    as_of = min(today, period.end)
    return AnnualFigures(
        start=period.start, end=period.end, as_of=as_of,
        meetings=_meetings(session, period), decisions=_decisions(session, period),
        reports=_reports(session, period), plans=_plans(session, period, as_of),
        key_figures=_key_figures(session, period.end.year), months=_months(period),
        partners=_partners(session, period), categories=_categories(session, period))


def _body_name(series: str | None, body: str | None) -> str:
    return series or (label(Body, body) if body else "Övriga möten")


def _meetings(session: Session, period: Period) -> list[BodyMeetings]:
    held = session.execute(
        select(Meeting.id, Meeting.meeting_date, MeetingSeries.name, MeetingSeries.body)
        .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        .where(Meeting.meeting_date >= period.start, Meeting.meeting_date <= period.end,
               Meeting.status.in_(HELD))
        .order_by(Meeting.meeting_date)).all()
    body_of = {meeting_id: _body_name(series, body) for meeting_id, _, series, body in held}
    dates: dict[str, list[date]] = {}
    for meeting_id, day, *_ in held:
        dates.setdefault(body_of[meeting_id], []).append(day)
    called: dict[str, Counter] = {}
    present: dict[str, Counter] = {}
    for meeting_id, organisation, status in session.execute(
            select(Attendee.meeting_id, Attendee.organisation, Attendee.status)
            .where(Attendee.meeting_id.in_(list(body_of)),
                   Attendee.status != AttendeeStatus.CO_OPTED.value)):
        body, organisation = body_of[meeting_id], organisation or "Utan organisation"
        called.setdefault(body, Counter())[organisation] += 1
        present.setdefault(body, Counter())[organisation] += status == AttendeeStatus.PRESENT
    return [BodyMeetings(body, days, [
        Attendance(org, n, present[body][org])
        for org, n in sorted(called.get(body, Counter()).items(), key=lambda i: normalize(i[0]))])
        for body, days in sorted(dates.items(), key=lambda item: item[1][0])]


def _decisions(session: Session, period: Period) -> list[DecisionFate]:
    rows = session.execute(
        select(Meeting.meeting_date, MeetingSeries.name, MeetingSeries.body, Decision.text,
               Decision.status, Action.title, Action.status)
        .join(Meeting, Meeting.id == Decision.meeting_id)
        .outerjoin(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        .outerjoin(Action, Action.id == Decision.action_id)
        .where(Meeting.meeting_date >= period.start, Meeting.meeting_date <= period.end)
        .order_by(Meeting.meeting_date, Decision.id)).all()
    fates = []
    for day, series, body, text, status, action, action_status in rows:
        if action is not None:
            fate = f"Blev åtgärd: {action} ({label(ActionStatus, action_status).lower()})"
        else:
            fate = "Genomfört" if status == DecisionStatus.DONE else "Öppet"
        fates.append(DecisionFate(day, _body_name(series, body), text, fate))
    return fates


def _reports(session: Session, period: Period) -> list[AdoptedReport]:
    rows = session.execute(
        select(SituationReport).where(SituationReport.status == ReportStatus.ADOPTED.value,
                                      SituationReport.adopted_on >= period.start,
                                      SituationReport.adopted_on <= period.end)
        .order_by(SituationReport.adopted_on, SituationReport.id)).scalars()
    return [AdoptedReport(r.title, period_label(Period(r.period_start, r.period_end,
                                                       r.period_type)),
                          r.adopted_on, r.adopted_by or "") for r in rows]


def _plans(session: Session, period: Period, as_of: date) -> list[PlanFollowUp]:
    """The decided and closed plans in force at some time in the period."""
    plans = session.execute(
        select(ActionPlan).where(ActionPlan.status != PlanStatus.DRAFT.value)
        .order_by(ActionPlan.period_start, ActionPlan.id)).scalars().all()
    result = []
    for plan in plans:
        if (plan.period_start and plan.period_start > period.end) or (
                plan.period_end and plan.period_end < period.start):
            continue
        actions = session.execute(
            select(Action.title, Action.status, Action.rag, Action.due_on, Partner.name)
            .outerjoin(Partner, Partner.id == Action.responsible_partner_id)
            .where(Action.plan_id == plan.id).order_by(Action.position, Action.id)).all()
        by_status = Counter(status for _, status, *_ in actions)
        by_colour = Counter(rag or NO_COLOUR for _, status, rag, *_ in actions
                            if status != ActionStatus.CANCELLED)
        overdue = [[title, due.isoformat(), partner or ""]
                   for title, status, _, due, partner in actions
                   if is_overdue(status, due, as_of)]
        follow_ups = session.execute(
            select(func.count()).select_from(FollowUp).join(Action, Action.id == FollowUp.action_id)
            .where(Action.plan_id == plan.id, FollowUp.followed_up_on >= period.start,
                   FollowUp.followed_up_on <= period.end)).scalar_one()
        result.append(PlanFollowUp(
            plan.title, {s.value: by_status[s.value] for s in ActionStatus if by_status[s.value]},
            dict(by_colour), overdue, follow_ups, _goals(session, plan.id, period.end.year)))
    return result


def _goals(session: Session, plan_id: int, year: int) -> list[GoalLine]:
    lines = []
    for description, indicator_id, indicator, baseline, target in session.execute(
            select(Goal.description, Goal.indicator_id, Indicator.name, Goal.baseline,
                   Goal.target)
            .outerjoin(Indicator, Indicator.id == Goal.indicator_id)
            .where(Goal.plan_id == plan_id).order_by(Goal.position, Goal.id)):
        latest = session.execute(
            select(Measurement.year, Measurement.value)
            .where(Measurement.indicator_id == indicator_id, Measurement.year <= year)
            .order_by(Measurement.year.desc(), Measurement.measured_on.desc())).first() \
            if indicator_id is not None else None
        lines.append(GoalLine(description, indicator, baseline, latest and latest[1],
                              latest and latest[0], target))
    return lines


def _key_figures(session: Session, year: int) -> list[KeyFigureLine]:
    """Each indicator's values for the last years, and the newest national reference up to
    ``year`` for it; a national figure with no indicator of that name gets a line too."""
    national: dict[str, NationalReference] = {}
    for reference in session.execute(
            select(NationalReference).where(NationalReference.year <= year)
            .order_by(NationalReference.year)).scalars():
        national[normalize(reference.indicator)] = reference
    lines: dict[str, KeyFigureLine] = {}
    for figure in key_figures(session, KEY_FIGURE_YEARS, year):
        line = lines.setdefault(normalize(figure.indicator), KeyFigureLine(
            figure.indicator, figure.unit, figure.per_100k is not None, [], None))
        value = figure.per_100k if line.per_100k else figure.value
        line.values.append([figure.year, round(value, 1)])
    for key, reference in national.items():
        line = lines.setdefault(key, KeyFigureLine(reference.indicator, reference.unit,
                                                   reference.per_100k, [], None))
        line.national = [reference.year, reference.value, reference.source]
    return sorted(lines.values(), key=lambda line: normalize(line.indicator))


def _months(period: Period) -> list[str]:
    months, month = [], period.start.replace(day=1)
    while month <= period.end:
        months.append(f"{month:%Y-%m}")
        month += relativedelta(months=1)
    return months


def _partners(session: Session, period: Period) -> list[list]:
    """Files (import batches not undone) per partner and month, on the Swedish day they were
    imported; every active partner is listed, also one that sent nothing."""
    months = _months(period)
    grid: dict[str, list[int]] = {}
    for name, active in session.execute(select(Partner.name, Partner.active)):
        if active:
            grid[name] = [0] * len(months)
    for name, moment in session.execute(
            select(Partner.name, ImportBatch.imported_at)
            .join(Partner, Partner.id == ImportBatch.partner_id)
            .where(ImportBatch.undone_at.is_(None), ImportBatch.source != "manual")):
        day = as_local(moment).date()
        if period.contains(day):
            grid.setdefault(name, [0] * len(months))[months.index(f"{day:%Y-%m}")] += 1
    return [[name, counts, sum(counts)]
            for name, counts in sorted(grid.items(), key=lambda item: normalize(item[0]))]


def _categories(session: Session, period: Period) -> list[list]:
    now = summary_of(session, period.start, period.end).by_category
    earlier = period.year_earlier()
    before = summary_of(session, earlier.start, earlier.end).by_category
    names = sorted(set(now) | set(before), key=lambda name: (-now.get(name, 0), normalize(name)))
    return [[name, now.get(name, 0), before.get(name, 0)] for name in names]
