"""The municipality and its registers: areas, places, partners, contacts, categories."""
from typing import Optional

from sqlalchemy import CheckConstraint, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from brastod.core.enums import AreaKind, CategoryKind, PartnerKind, check_in
from brastod.core.models.versioned import Versioned


class Municipality(Versioned, table=True):
    """The one municipality this database is for (a single row)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(min_length=1)
    code: Optional[str] = None          # kommunkod, e.g. "1982"
    county: Optional[str] = None        # län
    logo: Optional[bytes] = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    logo_filename: Optional[str] = None


class PopulationFigure(Versioned, table=True):
    __tablename__ = "population_figure"
    __table_args__ = (CheckConstraint("population >= 0"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    population: int
    source: str = "SCB"


class Area(Versioned, table=True):
    __table_args__ = (CheckConstraint(check_in("kind", AreaKind)),)
    id: Optional[int] = Field(default=None, primary_key=True)
    # Unique across the municipality: partner files name areas without their parent.
    name: str = Field(unique=True)
    parent_id: Optional[int] = Field(default=None, foreign_key="area.id", ondelete="RESTRICT",
                                     index=True)
    kind: str = AreaKind.DISTRICT.value
    regso_code: Optional[str] = None
    deso_code: Optional[str] = None
    sort_order: int = 0


class AreaSynonym(SQLModel, table=True):
    __tablename__ = "area_synonym"
    id: Optional[int] = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="area.id", ondelete="CASCADE", index=True)
    normalized: str = Field(unique=True)


class Place(SQLModel, table=True):
    """A named spot inside an area: "Centrumgaraget", "Stationen"."""

    __table_args__ = (UniqueConstraint("area_id", "name"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    area_id: Optional[int] = Field(default=None, foreign_key="area.id", ondelete="RESTRICT",
                                   index=True)
    description: Optional[str] = None


class Partner(Versioned, table=True):
    __table_args__ = (CheckConstraint(check_in("kind", PartnerKind)),)
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = PartnerKind.OTHER.value
    active: bool = True


class Contact(Versioned, table=True):
    """A work contact at a partner organisation (never a private person)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id", ondelete="CASCADE", index=True)
    name: str
    role: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    is_reporter: bool = False


class Category(Versioned, table=True):
    __table_args__ = (
        UniqueConstraint("parent_id", "name"),
        CheckConstraint(check_in("kind", CategoryKind)),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    parent_id: Optional[int] = Field(default=None, foreign_key="category.id",
                                     ondelete="RESTRICT", index=True)
    kind: str = CategoryKind.INSECURITY.value
    sort_order: int = 0
    active: bool = True


class CategorySynonym(SQLModel, table=True):
    """Another word for a category ("klottring", "graffiti"); stored normalised."""

    __tablename__ = "category_synonym"
    id: Optional[int] = Field(default=None, primary_key=True)
    category_id: int = Field(foreign_key="category.id", ondelete="CASCADE", index=True)
    text: str
    normalized: str = Field(unique=True)


class PoliceTypeMapping(SQLModel, table=True):
    """Which category a police event type ("Stöld/inbrott") lands in."""

    __tablename__ = "police_type_mapping"
    id: Optional[int] = Field(default=None, primary_key=True)
    police_type: str = Field(unique=True)
    category_id: Optional[int] = Field(default=None, foreign_key="category.id",
                                       ondelete="SET NULL")


class AnnualCycleItem(SQLModel, table=True):
    """A recurring deadline of the year (årshjul): verksamhetsplan, verksamhetsberättelse …"""

    __tablename__ = "annual_cycle_item"
    __table_args__ = (CheckConstraint("month BETWEEN 1 AND 12 AND day BETWEEN 1 AND 31"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    month: int
    day: int
    description: Optional[str] = None


class Setting(SQLModel, table=True):
    """User-changeable settings stored with the data; defaults live in core.settings."""

    key: str = Field(primary_key=True)
    value: str
