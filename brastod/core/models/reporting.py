"""Reporting upward and outward: verksamhetsberättelser (and delårsrapporter, the same document
for part of a year), the log of återkopplingar sent, and the national reference figures that
key figures are compared with."""
from datetime import date, datetime
from typing import Optional

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from brastod.core.enums import ReportStatus, check_in
from brastod.core.models.versioned import Versioned


class AnnualReport(Versioned, table=True):
    """A verksamhetsberättelse for a period: a whole calendar year, or part of one (a
    delårsrapport). Its figures are computed while it is a draft and frozen on adoption."""

    __tablename__ = "annual_report"
    __table_args__ = (
        CheckConstraint(check_in("status", ReportStatus)),
        CheckConstraint("period_end >= period_start"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    period_start: date = Field(index=True)
    period_end: date
    status: str = ReportStatus.DRAFT.value
    adopted_on: Optional[date] = None
    adopted_by: Optional[str] = None
    adopted_meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id",
                                              ondelete="SET NULL")
    frozen_figures_json: Optional[str] = None
    created_at: datetime
    updated_at: datetime


class AnnualReportSection(Versioned, table=True):
    __tablename__ = "annual_report_section"
    id: Optional[int] = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="annual_report.id", ondelete="CASCADE", index=True)
    position: int
    title: str
    body: str = ""     # Markdown: see core.richtext


class FeedbackDispatch(SQLModel, table=True):
    """An återkoppling made from an adopted lägesbild: when, as what, and to which partners
    (their names and how many addresses; the addresses stay in the partner register)."""

    __tablename__ = "feedback_dispatch"
    id: Optional[int] = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="situation_report.id", ondelete="CASCADE", index=True)
    made_at: datetime
    as_email: bool = False          # an e-mail draft was written; else only the PDF
    partners_json: str = "[]"       # the partners' names, as a JSON list
    address_count: int = 0


class NationalReference(Versioned, table=True):
    """A published national figure ("riket") for a key figure, with its source: shipped with
    the program and editable under Nyckeltal. It is matched to an indicator by name."""

    __tablename__ = "national_reference"
    __table_args__ = (UniqueConstraint("indicator", "year"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    indicator: str
    year: int
    value: float
    unit: str = "antal"
    per_100k: bool = False          # the value is already per 100 000 inhabitants
    source: str
    published_on: Optional[date] = None
