"""Incoming partner reports: import batches and the incidents they carry."""
from datetime import date, datetime, time
from typing import Optional

from sqlalchemy import BigInteger, CheckConstraint, DateTime, Index
from sqlmodel import Field, SQLModel

from brastod.core.models.versioned import count_versions


class ImportBatch(SQLModel, table=True):
    """One imported file (or a hand entry / demo load), kept so it can be traced and undone."""

    __tablename__ = "import_batch"
    id: Optional[int] = Field(default=None, primary_key=True)
    partner_id: Optional[int] = Field(default=None, foreign_key="partner.id",
                                      ondelete="SET NULL", index=True)
    source: str = "file"                 # file | police_json | manual | demo
    file_name: Optional[str] = None
    # Of the file only its size and sha256 (dedupe): never its bytes, which hold columns
    # nobody mapped (schema version 2 dropped the stored originals).
    file_hash: Optional[str] = Field(default=None, index=True)
    file_size: Optional[int] = None
    imported_at: datetime
    mapping_json: Optional[str] = None
    rows_read: int = 0
    rows_imported: int = 0
    rows_duplicate: int = 0
    rows_rejected: int = 0
    rows_masked: int = 0
    undone_at: Optional[datetime] = None


class ColumnMapping(SQLModel, table=True):
    """A remembered column mapping for one partner's file layout."""

    __tablename__ = "column_mapping"
    id: Optional[int] = Field(default=None, primary_key=True)
    partner_id: Optional[int] = Field(default=None, foreign_key="partner.id",
                                      ondelete="CASCADE", index=True)
    layout_signature: str = Field(index=True)
    mapping_json: str
    updated_at: datetime


class Incident(SQLModel, table=True):
    """One händelse: when, where, what — places and situations, never individuals."""

    __table_args__ = (
        # Covering index for the lägesbild's sums per area and category over a period. It
        # also serves what asks by area or category (filters, counts in the registers), so
        # those columns have no index of their own: each index costs every import (schema
        # version 4 dropped two, 0.2 s of a 50 000-row import).
        Index("ix_incident_date_area_category", "occurred_on", "area_id", "category_id",
              "count"),
        CheckConstraint("count >= 1"),
        CheckConstraint("ends_on IS NULL OR ends_on >= occurred_on"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    occurred_on: date
    occurred_time: Optional[time] = None
    ends_on: Optional[date] = None
    ends_time: Optional[time] = None
    area_id: Optional[int] = Field(default=None, foreign_key="area.id", ondelete="RESTRICT")
    place_id: Optional[int] = Field(default=None, foreign_key="place.id", ondelete="SET NULL")
    place_text: Optional[str] = None
    category_id: Optional[int] = Field(default=None, foreign_key="category.id",
                                       ondelete="RESTRICT")
    description: Optional[str] = None
    count: int = 1
    partner_id: Optional[int] = Field(default=None, foreign_key="partner.id",
                                      ondelete="SET NULL", index=True)
    batch_id: Optional[int] = Field(default=None, foreign_key="import_batch.id",
                                    ondelete="CASCADE", index=True)
    police_reported: Optional[bool] = None
    reporter_assessment: Optional[str] = None
    personal_data_flag: bool = False
    source_ref: Optional[str] = None    # sheet/row or the police event id
    # For re-import dedupe: 64 bits of the row's sha256 (importing/keys.py), a text of 64 hex
    # digits before schema version 4.
    row_hash: Optional[int] = Field(default=None, sa_type=BigInteger, index=True)
    needs_review: bool = False
    # models.versioned's columns, last as schema version 11 added them: what the import and
    # SELECT * see is the same on a new file and an upgraded one.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    changed_by: Optional[str] = None
    changed_at: Optional[datetime] = Field(default=None, sa_type=DateTime(timezone=True))


count_versions(Incident)
