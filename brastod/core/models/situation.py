"""Lägesbild: reports, sections, the assessment scale, assessments, indicators, problems."""
from datetime import date, datetime
from typing import Optional

from sqlalchemy import CheckConstraint, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from brastod.core.enums import ReportKind, ReportStatus, Trend, check_in
from brastod.core.models.versioned import Versioned


class SituationReport(Versioned, table=True):
    __tablename__ = "situation_report"
    __table_args__ = (
        CheckConstraint(check_in("kind", ReportKind)),
        CheckConstraint(check_in("status", ReportStatus)),
        CheckConstraint("period_end >= period_start"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    kind: str = ReportKind.OPERATIONAL.value
    period_type: str = "custom"          # week | fortnight | month | tertial | quarter | year | custom
    period_start: date = Field(index=True)
    period_end: date
    all_areas: bool = True               # scope: the whole municipality, else SituationReportArea
    status: str = ReportStatus.DRAFT.value
    adopted_on: Optional[date] = None
    adopted_by: Optional[str] = None     # the body or meeting that adopted it
    adopted_meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id",
                                              ondelete="SET NULL")
    frozen_figures_json: Optional[str] = None   # the figures as presented, set on adoption
    copied_from_id: Optional[int] = Field(default=None, foreign_key="situation_report.id",
                                          ondelete="SET NULL")
    created_at: datetime
    updated_at: datetime


class SituationReportArea(SQLModel, table=True):
    __tablename__ = "situation_report_area"
    report_id: int = Field(foreign_key="situation_report.id", ondelete="CASCADE",
                           primary_key=True)
    area_id: int = Field(foreign_key="area.id", ondelete="CASCADE", primary_key=True)


class ReportSection(Versioned, table=True):
    __tablename__ = "report_section"
    id: Optional[int] = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="situation_report.id", ondelete="CASCADE", index=True)
    position: int
    title: str
    body: str = ""     # Markdown: see core.richtext


class AssessmentLevel(SQLModel, table=True):
    """One step of the assessment scale (0 Lugnt/grön … 3 Allvarligt/röd by default)."""

    __tablename__ = "assessment_level"
    id: Optional[int] = Field(default=None, primary_key=True)
    level: int = Field(unique=True)
    name: str = Field(unique=True)
    color: str          # "#2e7d32"
    color_name: str     # "grön"
    description: Optional[str] = None


class AreaAssessment(Versioned, table=True):
    __tablename__ = "area_assessment"
    __table_args__ = (
        UniqueConstraint("report_id", "area_id"),
        CheckConstraint(check_in("trend", Trend, nullable=True)),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="situation_report.id", ondelete="CASCADE", index=True)
    area_id: int = Field(foreign_key="area.id", ondelete="CASCADE")
    level_id: Optional[int] = Field(default=None, foreign_key="assessment_level.id",
                                    ondelete="RESTRICT")
    trend: Optional[str] = None
    motivation: str = ""


class PinnedIncident(Versioned, table=True):
    """A notable incident pinned into a lägesbild."""

    __tablename__ = "pinned_incident"
    report_id: int = Field(foreign_key="situation_report.id", ondelete="CASCADE",
                           primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", ondelete="CASCADE", primary_key=True)
    note: Optional[str] = None


class Indicator(SQLModel, table=True):
    """A key figure or goal indicator: "Anmälda brott", "Andel otrygga (lokal enkät)"."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    unit: str = "antal"
    source: Optional[str] = None
    per_100k: bool = False      # shown per 100 000 inhabitants, computed from the population
    description: Optional[str] = None


MEASURED_ON_KEY = "coalesce(measured_on, '1000-01-01')"
AREA_KEY = "coalesce(area_id, 0)"


class Measurement(Versioned, table=True):
    # One value per indicator, year, day and area. No day and no area (the whole municipality)
    # are NULL, which a UNIQUE constraint counts as distinct on SQLite and PostgreSQL alike:
    # the unique index is on the values with NULL read as a sentinel.
    __table_args__ = (Index("ux_measurement_key", "indicator_id", "year",
                            text(MEASURED_ON_KEY), text(AREA_KEY), unique=True),)
    id: Optional[int] = Field(default=None, primary_key=True)
    indicator_id: int = Field(foreign_key="indicator.id", ondelete="CASCADE", index=True)
    year: int
    measured_on: Optional[date] = None
    area_id: Optional[int] = Field(default=None, foreign_key="area.id", ondelete="CASCADE",
                                   index=True)     # None: the whole municipality
    value: float
    population: Optional[int] = None    # the base used for per-100 000, kept with the raw value
    source: Optional[str] = None


class SurveyImport(SQLModel, table=True):
    """One imported survey file: what was counted and how, never the respondents' rows. One per
    indicator and year; importing the year again replaces it."""

    __tablename__ = "survey_import"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    indicator_id: int = Field(foreign_key="indicator.id", ondelete="CASCADE", index=True)
    year: int
    file_name: str
    file_hash: str
    file_size: int
    question: str
    rule_json: str                  # {"unsafe": […], "safe": […], "excluded": […]}
    respondents: int
    counted: int
    unsafe: int
    remarks: Optional[str] = None   # free text without an area, kept only when chosen
    imported_at: datetime


class SurveyArea(SQLModel, table=True):
    """An area's count in one survey; the share itself is the area's Measurement."""

    __tablename__ = "survey_area"
    survey_id: int = Field(foreign_key="survey_import.id", ondelete="CASCADE", primary_key=True)
    area_id: int = Field(foreign_key="area.id", ondelete="CASCADE", primary_key=True)
    counted: int
    suppressed: bool                # fewer than 5 counted: not shown ("för få svar")
    remarks: Optional[str] = None   # the area's free text, screened, kept only when chosen


class PriorityProblem(Versioned, table=True):
    __tablename__ = "priority_problem"
    id: Optional[int] = Field(default=None, primary_key=True)
    situation_report_id: Optional[int] = Field(default=None, foreign_key="situation_report.id",
                                               ondelete="SET NULL", index=True)
    action_plan_id: Optional[int] = Field(default=None, foreign_key="action_plan.id",
                                          ondelete="CASCADE", index=True)
    position: int = 0
    title: str
    description: str = ""
    area_id: Optional[int] = Field(default=None, foreign_key="area.id", ondelete="SET NULL")
    category_id: Optional[int] = Field(default=None, foreign_key="category.id",
                                       ondelete="SET NULL")


class Cause(Versioned, table=True):
    __table_args__ = (UniqueConstraint("problem_id", "number"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    problem_id: int = Field(foreign_key="priority_problem.id", ondelete="CASCADE", index=True)
    number: int
    description: str
