"""The lägesbild's tallies per calendar year, kept current with the incidents they count
(services/tallies.py), so that a year's weekdays, times, partners and places are read from
some thousand rows rather than a year's incidents. Each row belongs to one import batch (none
for incidents without one), so that a batch's rows are counted again on their own."""
from datetime import date
from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class YearMoments(SQLModel, table=True):
    """Incidents (weighted by count) per batch, year, area, partner, weekday and time band."""

    __tablename__ = "tally_year_moments"
    __table_args__ = (Index("ix_tally_year_moments_year_batch", "year", "batch_id"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    batch_id: Optional[int] = Field(default=None, foreign_key="import_batch.id",
                                    ondelete="CASCADE")
    year: int
    area_id: Optional[int] = None
    partner_id: Optional[int] = None
    weekday: int                        # Monday 0
    band: int                           # figures.TIME_BANDS index
    count: int


class YearPlaces(SQLModel, table=True):
    """Incidents (weighted by count) per batch, year, area and place as written, and the day
    the place was first seen in that year."""

    __tablename__ = "tally_year_places"
    __table_args__ = (Index("ix_tally_year_places_year_batch", "year", "batch_id"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    batch_id: Optional[int] = Field(default=None, foreign_key="import_batch.id",
                                    ondelete="CASCADE")
    year: int
    area_id: Optional[int] = None
    place_text: Optional[str] = None
    count: int
    first_on: date


class PendingBatch(SQLModel, table=True):
    """A batch imported but not yet counted into the tallies: the import only notes it here
    (counting 50 000 rows costs a fifth of a second, a quarter of the import's budget), and
    the first figures of a whole year that need it count it (services/tallies.py)."""

    __tablename__ = "tally_pending_batch"
    batch_id: int = Field(primary_key=True, foreign_key="import_batch.id", ondelete="CASCADE",
                          sa_column_kwargs={"autoincrement": False})
