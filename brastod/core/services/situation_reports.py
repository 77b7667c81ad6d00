"""Lägesbilder: creating one with the standard sections, editing its sections, area assessments
and pinned incidents, adopting (which freezes its figures), copying, and the personal data check
before export. An adopted lägesbild never changes."""
from dataclasses import asdict, dataclass, field
from datetime import date, time

from sqlalchemy import select
from sqlmodel import Session

from brastod.core.dates import utc_now
from brastod.core.db import Database
from brastod.core.enums import ReportKind, ReportStatus, Trend
from brastod.core.errors import ValidationError
from brastod.core.models import (
    Area, AreaAssessment, AssessmentLevel, Category, Incident, PinnedIncident, ReportSection,
    SituationReport, SituationReportArea,
)
from brastod.core.periods import Period, describe
from brastod.core import report_rules
from brastod.core.report_rules import check_new_report
from brastod.core.personal_data import PersonalDataHit, find_hits
from brastod.core.richtext import plain_text
from brastod.core.services.figures import ReportFigures, area_tree_order, compute_figures
from brastod.core.services.surveys import survey_texts
from brastod.core.services.incidents import subtree
from brastod.core.services.drafts import Drafts
from brastod.core.services.sections import SectionRow, Sections
from brastod.core.versions import (
    Conflict, Gone, Stamp, merge, save as save_versioned, to_remove,
)

STANDARD_SECTIONS = ["Sammanfattning", "Period och område", "Underlag och källor",
                     "Kartläggning", "Områdesbedömningar", "Analys och troliga orsaker",
                     "Prioriterade problem", "Förslag till åtgärder"]
FROZEN = ("Lägesbilden är fastställd och kan inte ändras. Kopiera den till ett nytt utkast om "
          "du vill arbeta vidare med den.")


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


@dataclass(frozen=True)
class AssessmentRow:
    area_id: int
    area: str
    level_id: int | None
    trend: str | None
    motivation: str
    survey: str = ""        # the latest survey's share of unsafe: "31 % (+4)", "för få svar"


@dataclass(frozen=True)
class LevelRow:
    id: int
    level: int
    name: str
    color: str
    color_name: str
    description: str | None


@dataclass(frozen=True)
class PinnedRow:
    incident_id: int
    occurred_on: date
    occurred_time: time | None
    area: str | None
    category: str | None
    place: str | None
    description: str | None
    note: str | None
    stamp: Stamp | None = None      # the note's version, who changed it last and when


@dataclass
class ReportDetail:
    id: int
    title: str
    kind: str
    period: Period
    area_ids: list[int] | None          # None: the whole municipality
    area_names: list[str]
    status: str
    adopted_on: date | None
    adopted_by: str | None
    sections: list[SectionRow] = field(default_factory=list)
    assessments: list[AssessmentRow] = field(default_factory=list)
    pinned: list[PinnedRow] = field(default_factory=list)
    version: int | None = None          # counted up by every change to the report's parts

    @property
    def adopted(self) -> bool:
        return self.status == ReportStatus.ADOPTED

    @property
    def scope_text(self) -> str:
        return "hela kommunen" if self.area_ids is None else ", ".join(self.area_names)


def list_situation_reports(db: Database) -> list[SituationReportRow]:
    with db.session() as session:
        rows = session.execute(select(SituationReport)
                               .order_by(SituationReport.period_start.desc())).scalars().all()
        return [SituationReportRow(r.id, r.title, r.kind, r.period_start, r.period_end,
                                   r.status, r.adopted_on, r.adopted_by) for r in rows]


def list_levels(db: Database) -> list[LevelRow]:
    with db.session() as session:
        levels = session.execute(select(AssessmentLevel)
                                 .order_by(AssessmentLevel.level)).scalars().all()
        return [LevelRow(lv.id, lv.level, lv.name, lv.color, lv.color_name, lv.description)
                for lv in levels]


def default_title(kind: str, period: Period) -> str:
    prefix = "Strategisk lägesbild" if kind == ReportKind.STRATEGIC else "Lägesbild"
    return f"{prefix} {period.label()}"


def create_report(db: Database, kind: str, period: Period, area_ids: list[int] | None = None,
                  title: str | None = None) -> int:
    """A new draft with the standard sections; ``area_ids`` None means the whole municipality."""
    check_new_report(kind, area_ids)
    now = utc_now()
    with db.session() as session:
        report = SituationReport(title=(title or "").strip() or default_title(kind, period),
                                 kind=kind, period_type=period.kind, period_start=period.start,
                                 period_end=period.end, all_areas=area_ids is None,
                                 created_at=now, updated_at=now)
        session.add(report)
        session.flush()
        for area_id in area_ids or []:
            session.add(SituationReportArea(report_id=report.id, area_id=area_id))
        names = _area_names(session, area_ids)
        scope = "hela kommunen" if area_ids is None else ", ".join(names)
        SECTIONS.add_standard(session, report.id, STANDARD_SECTIONS,
                              {"Period och område": f"{describe(period)}, {scope}."})
        return report.id


def _area_names(session: Session, area_ids: list[int] | None) -> list[str]:
    if not area_ids:
        return []
    return list(session.execute(select(Area.name).where(Area.id.in_(area_ids))
                                .order_by(Area.sort_order, Area.name)).scalars())


_KIND = Drafts(SituationReport, ("Lägesbild", "Lägesbilden"), FROZEN)
_report, _draft = _KIND.get, _KIND.draft
rename_report, delete_report = _KIND.rename, _KIND.delete


def _scope(session: Session, report: SituationReport) -> list[int] | None:
    """The chosen areas, or None for the whole municipality."""
    if report.all_areas:
        return None
    return list(session.execute(select(SituationReportArea.area_id).where(
        SituationReportArea.report_id == report.id)).scalars())


def get_report(db: Database, report_id: int) -> ReportDetail:
    with db.session() as session:
        report = _report(session, report_id)
        area_ids = _scope(session, report)
        sections = SECTIONS.rows(session, report_id)
        surveys = _survey_texts(session, report)
        assessments = [AssessmentRow(*row, surveys.get(str(row[0]), ""))
                       for row in session.execute(
                           select(AreaAssessment.area_id, Area.name, AreaAssessment.level_id,
                                  AreaAssessment.trend, AreaAssessment.motivation)
                           .join(Area, Area.id == AreaAssessment.area_id)
                           .where(AreaAssessment.report_id == report_id)
                           .order_by(Area.sort_order, Area.name))]
        return ReportDetail(report.id, report.title, report.kind,
                            Period(report.period_start, report.period_end, report.period_type),
                            area_ids, _area_names(session, area_ids), report.status,
                            report.adopted_on, report.adopted_by, sections, assessments,
                            _frozen_pins(report) if report.frozen_figures_json
                            else _pinned(session, report_id), report.version)


def assessment_rows(db: Database, report_id: int) -> list[AssessmentRow]:
    """One row per area in the report's scope, in the register's tree order, assessed or not:
    the list the coordinator works through."""
    with db.session() as session:
        report = _report(session, report_id)
        scope, surveys = _scope(session, report), _survey_texts(session, report)
        areas = session.execute(select(Area.id, Area.parent_id, Area.name)).all()
        parents = {area_id: parent_id for area_id, parent_id, _ in areas}
        names = {area_id: name for area_id, _, name in areas}
        order = area_tree_order(session)
        existing = {a.area_id: a for a in session.execute(select(AreaAssessment).where(
            AreaAssessment.report_id == report_id)).scalars()}
    area_ids = sorted(parents if scope is None else set(subtree(parents, scope)) | set(existing),
                      key=order.__getitem__)
    rows = []
    for area_id in area_ids:
        found = existing.get(area_id)
        rows.append(AssessmentRow(area_id, names[area_id], found and found.level_id,
                                  found and found.trend, found.motivation if found else "",
                                  surveys.get(str(area_id), "")))
    return rows


def _survey_texts(session: Session, report: SituationReport) -> dict[str, str]:
    """The survey figures per area: as adopted, or as they are now in a draft."""
    if report.frozen_figures_json:
        return ReportFigures.from_json(report.frozen_figures_json).surveys
    return survey_texts(session, report.period_end.year)


def _frozen_pins(report: SituationReport) -> list[PinnedRow]:
    """What was pinned when the report was adopted, even if the incident is gone since."""
    return [_pinned_row(row) for row in ReportFigures.from_json(report.frozen_figures_json).pinned]


def _pinned(session: Session, report_id: int) -> list[PinnedRow]:
    return [PinnedRow(*row[:8], Stamp(*row[8:])) for row in session.execute(
        select(Incident.id, Incident.occurred_on, Incident.occurred_time, Area.name,
               Category.name, Incident.place_text, Incident.description, PinnedIncident.note,
               PinnedIncident.version, PinnedIncident.changed_by, PinnedIncident.changed_at)
        .join(Incident, Incident.id == PinnedIncident.incident_id)
        .outerjoin(Area, Area.id == Incident.area_id)
        .outerjoin(Category, Category.id == Incident.category_id)
        .where(PinnedIncident.report_id == report_id)
        .order_by(Incident.occurred_on, Incident.occurred_time))]


def report_figures(db: Database, report_id: int) -> ReportFigures:
    """An adopted report's stored figures; a draft's computed now."""
    with db.session() as session:
        report = _report(session, report_id)
        if report.frozen_figures_json:
            return ReportFigures.from_json(report.frozen_figures_json)
        return _live_figures(session, report)


def _live_figures(session: Session, report: SituationReport) -> ReportFigures:
    return compute_figures(session, Period(report.period_start, report.period_end,
                                           report.period_type), _scope(session, report))


# ---- sections ----

SECTIONS = Sections(ReportSection, _draft)
save_section, add_section = SECTIONS.save, SECTIONS.add
remove_section, move_section = SECTIONS.remove, SECTIONS.move


# ---- assessments and pinned incidents ----

ASSESSED = ("level_id", "trend", "motivation")     # what two people's saves are merged by


def save_assessment(db: Database, report_id: int, area_id: int, *, level_id: int | None,
                    trend: str | None, motivation: str, base: dict | None = None) -> dict:
    """With ``base`` (the values the editor showed, by ASSESSED), someone else's save in
    between is merged field by field (versions.merge): a field only they changed is kept and
    returned, for the editor to show; one both changed to different values raises
    versions.Conflict and writes nothing. The row is made at an area's first save, so what the
    editor showed is told by its values rather than by a version."""
    if trend is not None and trend not in set(Trend):
        raise ValidationError(f"Okänd trend: {trend}.")
    mine = {"level_id": level_id, "trend": trend, "motivation": motivation.strip()}
    with db.session() as session:
        _draft(session, report_id)
        assessment = session.execute(select(AreaAssessment).where(
            AreaAssessment.report_id == report_id, AreaAssessment.area_id == area_id)
            .with_for_update()).scalars().first()
        taken: dict = {}
        if base is not None:
            theirs = ({name: getattr(assessment, name) for name in ASSESSED}
                      if assessment is not None else dict.fromkeys(ASSESSED, None))
            theirs["motivation"] = theirs["motivation"] or ""
            mine, taken, clashes = merge(base, mine, theirs)
            if clashes:
                stamp = Stamp.of(assessment) if assessment else Stamp(0, None, None)
                raise Conflict("bedömningen av området", theirs, stamp, clashes, mine)
        assessment = assessment or AreaAssessment(report_id=report_id, area_id=area_id)
        for name, value in mine.items():
            setattr(assessment, name, value)
        session.add(assessment)
        return taken


def pin_incident(db: Database, report_id: int, incident_id: int, note: str | None = None,
                 version: int | None = None, base: dict | None = None) -> Stamp:
    """Pins the incident with ``note``, or changes the note of one pinned (no ``note``: one
    pinned again keeps its note). With the ``version`` and note (``base``: {"note": …}) the
    editor showed, someone else's newer note is a conflict (core.versions.save); a pin removed
    meanwhile is said."""
    given, note = note is not None, (note or "").strip() or None
    with db.session() as session:
        _draft(session, report_id)
        key = {"report_id": report_id, "incident_id": incident_id}
        pinned = session.get(PinnedIncident, key)
        if pinned is None:
            if version is not None:
                raise Gone(PIN_GONE)
            pinned = PinnedIncident(**key, note=note)
            session.add(pinned)
            session.flush()
            return Stamp.of(pinned)
        if not given:
            return Stamp.of(pinned)
        return save_versioned(session, PinnedIncident, key, {"note": note}, version,
                              "anteckningen till händelsen", PIN_GONE, base)


PIN_GONE = ("Händelsen är inte längre utvald i lägesbilden; någon har tagit bort den ur den. "
            "Lyft in den igen om den ska vara med.")


def unpin_incident(db: Database, report_id: int, incident_id: int,
                   version: int | None = None) -> None:
    """With the ``version`` the editor showed, a pin whose note someone else changed meanwhile
    is kept (core.versions.to_remove); one already removed is no matter."""
    with db.session() as session:
        _draft(session, report_id)
        key = {"report_id": report_id, "incident_id": incident_id}
        if session.get(PinnedIncident, key) is not None:
            session.delete(to_remove(session, PinnedIncident, key, version,
                                     "anteckningen till den utvalda händelsen", PIN_GONE))


# ---- adoption, copies, removal ----

def adopt_report(db: Database, report_id: int, adopted_on: date, adopted_by: str,
                 meeting_id: int | None = None, version: int | None = None) -> None:
    """Fastställ: from now on the report shows the figures computed at this moment. With the
    ``version`` the user saw, a draft someone else changed since is not adopted."""
    adopted_by = report_rules.adopted_by(adopted_by)
    with db.session() as session:
        report = _KIND.to_adopt(session, report_id, version)
        figures = _live_figures(session, report)
        figures.pinned = [_pinned_text(row) for row in _pinned(session, report_id)]
        report.frozen_figures_json = figures.to_json()
        report.status = ReportStatus.ADOPTED.value
        report.adopted_on, report.adopted_by = adopted_on, adopted_by
        report.adopted_meeting_id = meeting_id


def _pinned_text(row: PinnedRow) -> dict:
    data = asdict(row)
    del data["stamp"]           # a frozen report's pins are no longer edited
    data["occurred_on"] = row.occurred_on.isoformat()
    data["occurred_time"] = row.occurred_time.isoformat() if row.occurred_time else None
    return data


def _pinned_row(data: dict) -> PinnedRow:
    return PinnedRow(**{**data, "occurred_on": date.fromisoformat(data["occurred_on"]),
                        "occurred_time": data["occurred_time"] and
                        time.fromisoformat(data["occurred_time"])})


def copy_report(db: Database, report_id: int) -> int:
    """A new draft with the same period, scope, sections and assessments."""
    now = utc_now()
    with db.session() as session:
        source = _report(session, report_id)
        copy = SituationReport(title=f"Kopia av {source.title}", kind=source.kind,
                               period_type=source.period_type, period_start=source.period_start,
                               period_end=source.period_end, all_areas=source.all_areas,
                               copied_from_id=source.id, created_at=now, updated_at=now)
        session.add(copy)
        session.flush()
        for area in session.execute(select(SituationReportArea).where(
                SituationReportArea.report_id == report_id)).scalars():
            session.add(SituationReportArea(report_id=copy.id, area_id=area.area_id))
        SECTIONS.copy(session, report_id, copy.id)
        for assessment in session.execute(select(AreaAssessment).where(
                AreaAssessment.report_id == report_id)).scalars():
            session.add(AreaAssessment(report_id=copy.id, area_id=assessment.area_id,
                                       level_id=assessment.level_id, trend=assessment.trend,
                                       motivation=assessment.motivation))
        for pinned in session.execute(select(PinnedIncident).where(
                PinnedIncident.report_id == report_id)).scalars():
            session.add(PinnedIncident(report_id=copy.id, incident_id=pinned.incident_id,
                                       note=pinned.note))
        return copy.id


# ---- the personal data check before export ----

def personal_data_hits(detail: ReportDetail) -> list[PersonalDataHit]:
    """Text in the report that looks like personal data (the importer's rules)."""
    texts = [("Titel", detail.title)]
    texts += [(f"Avsnitt ”{s.title}”", f"{s.title}\n{plain_text(s.body)}")
              for s in detail.sections]
    texts += [(f"Bedömning {a.area}", a.motivation) for a in detail.assessments]
    texts += [(f"Händelse {p.occurred_on}", " ".join(filter(None, (p.place, p.description,
                                                                    p.note))))
              for p in detail.pinned]
    return find_hits(texts)
