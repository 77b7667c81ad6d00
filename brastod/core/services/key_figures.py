"""Key figures for the strategic lägesbild: indicators with one value per year, entered by hand,
and the population per year read from SCB's table of municipalities (``komtopp50_2020.xlsx``:
a header row with "Kommun" and "Folkmängd 31 december", the years in the row below)."""
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select

from brastod.core.db import Database
from brastod.core.errors import FieldError, ImportFailure, ValidationError
from brastod.core.figure_rules import MeasurementFields, ReferenceFields
from brastod.core.importing.sheets import Sheet, read_workbook
from brastod.core.importing.table import column_letter
from brastod.core.models import Indicator, Measurement, NationalReference, PopulationFigure
from brastod.core.services.registers import get_municipality
from brastod.core.text import clean_name, normalize
from brastod.core.versions import (
    Stamp, changed_line, save as save_versioned, to_remove, who,
)

POPULATION_SHEET = "Totalt"
_HOW = ("Använd SCB:s tabell ”Folkmängd per kommun” som den laddas ner: en rubrikrad med "
        "Kommun och Folkmängd 31 december, och åren på raden under.")


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    name: str
    unit: str
    per_100k: bool
    source: str | None


def list_indicators(db: Database) -> list[IndicatorRow]:
    with db.session() as session:
        return [IndicatorRow(i.id, i.name, i.unit, i.per_100k, i.source) for i in session.execute(
            select(Indicator).order_by(Indicator.name)).scalars()]


def key_figures_until(db: Database, until: int) -> list:
    """Every indicator's yearly values up to ``until`` (figures.KeyFigure), as a draft
    lägesbild shows them under Nyckeltal."""
    from brastod.core.services.figures import key_figures
    with db.session() as session:
        return key_figures(session, until=until)


def measurements(db: Database, indicator_id: int) -> list[tuple[int, float]]:
    """(year, value) for one indicator in the whole municipality, oldest first: what a goal's
    chart draws."""
    with db.session() as session:
        return [(year, value) for year, value in session.execute(
            select(Measurement.year, Measurement.value)
            .where(Measurement.indicator_id == indicator_id, Measurement.area_id.is_(None))
            .order_by(Measurement.year, Measurement.measured_on))]


@dataclass(frozen=True)
class StoredValue:
    """An indicator's value for a year in the whole municipality, as a dialog saw it."""
    value: float
    source: str | None
    stamp: Stamp


def stored_values(db: Database) -> dict[tuple[str, int], StoredValue]:
    """Every indicator's yearly values for the whole municipality, by (indicator, year)."""
    with db.session() as session:
        return {(name, m.year): StoredValue(m.value, m.source, Stamp.of(m))
                for name, m in session.execute(
                    select(Indicator.name, Measurement)
                    .join(Measurement, Measurement.indicator_id == Indicator.id)
                    .where(Measurement.area_id.is_(None), Measurement.measured_on.is_(None)))}


def save_measurement(db: Database, indicator: str, year: int, value: float, *,
                     source: str | None = None, unit: str = "antal",
                     per_100k: bool = False, version: int | None = None,
                     base: dict | None = None) -> None:
    """The indicator's value for ``year`` in the whole municipality (replacing an earlier one);
    a new indicator name creates the indicator with ``unit`` and ``per_100k``. With the
    ``version`` and values (``base``: value, source) the dialog saw (version 0: it saw none),
    someone else's value saved meanwhile is merged field by field (core.versions.save)."""
    MeasurementFields(indicator, year, value).validate()
    name = clean_name(indicator)
    # the base used for per 100 000 is the population of that year, not one kept here
    mine = {"value": value, "population": None, "source": clean_name(source) or None}
    with db.session() as session:
        row = session.execute(select(Indicator).where(Indicator.name == name)).scalars().first()
        if row is None:
            row = Indicator(name=name, unit=clean_name(unit) or "antal", per_100k=per_100k,
                            source=clean_name(source) or None)
            session.add(row)
            session.flush()
        measurement = session.execute(select(Measurement).where(
            Measurement.indicator_id == row.id, Measurement.year == year,
            Measurement.measured_on.is_(None), Measurement.area_id.is_(None))
            .with_for_update()).scalars().first()
        if measurement is None:
            session.add(Measurement(indicator_id=row.id, year=year, **mine))
            return
        save_versioned(session, Measurement, measurement.id, mine, version,
                       f"värdet för {name} {year}", MEASUREMENT_GONE, base)


MEASUREMENT_GONE = "Värdet finns inte längre; någon har tagit bort det."


def delete_measurement(db: Database, indicator: str, year: int,
                       version: int | None = None) -> None:
    """The indicator's value for ``year`` in the whole municipality. With the ``version`` the
    list showed, a value someone else changed meanwhile is kept and one already removed is
    said (core.versions.to_remove)."""
    with db.session() as session:
        indicator_id = session.execute(select(Indicator.id).where(
            Indicator.name == indicator)).scalar()
        if version is not None:
            shown = session.execute(select(Measurement.id).where(
                Measurement.indicator_id == indicator_id, Measurement.year == year,
                Measurement.area_id.is_(None), Measurement.measured_on.is_(None))).scalar()
            to_remove(session, Measurement, shown, version, f"värdet för {indicator} {year}",
                      MEASUREMENT_GONE)
        session.execute(delete(Measurement).where(Measurement.indicator_id == indicator_id,
                                                  Measurement.year == year,
                                                  Measurement.area_id.is_(None)))


@dataclass(frozen=True)
class ReferenceRow:
    id: int
    indicator: str
    year: int
    value: float
    unit: str
    per_100k: bool
    source: str
    # The version shown, who changed it last and when; two rows of the same figure are equal.
    stamp: Stamp | None = field(default=None, compare=False)

    def columns(self) -> dict:
        """The values by column: what the dialog showed, merged with a newer save."""
        return {"indicator": self.indicator, "year": self.year, "value": self.value,
                "unit": self.unit, "per_100k": self.per_100k, "source": self.source}


def list_national_references(db: Database) -> list[ReferenceRow]:
    """The national figures ("riket") key figures are compared with, by indicator and year."""
    with db.session() as session:
        rows = session.execute(select(NationalReference)).scalars().all()
        return sorted((ReferenceRow(r.id, r.indicator, r.year, r.value, r.unit, r.per_100k,
                                    r.source, Stamp.of(r)) for r in rows),
                      key=lambda r: (normalize(r.indicator), r.year))


def save_national_reference(db: Database, values: ReferenceFields,
                            reference_id: int | None = None, version: int | None = None,
                            base: dict | None = None) -> int:
    """A new national figure, or a change to one; one per indicator and year. With the
    ``version`` and values (``base``, ``ReferenceRow.columns``) the dialog showed, someone
    else's newer save is merged field by field (core.versions.save)."""
    values.validate()
    name = clean_name(values.indicator)
    columns = {"indicator": name, "year": values.year, "value": values.value,
               "unit": clean_name(values.unit) or "antal", "per_100k": values.per_100k,
               "source": clean_name(values.source)}
    with db.session() as session:
        same = session.execute(select(NationalReference).where(
            NationalReference.year == values.year)).scalars().all()
        if any(normalize(r.indicator) == normalize(name) and r.id != reference_id for r in same):
            raise FieldError("year", f"Det finns redan en nationell siffra för {name} "
                                     f"{values.year}. Ändra den i stället.")
        if reference_id is None:
            row = NationalReference(**columns)
            session.add(row)
            session.flush()
            return row.id
        save_versioned(session, NationalReference, reference_id, columns, version,
                       "jämförelsetalet", REFERENCE_GONE, base)
        return reference_id


REFERENCE_GONE = "Den nationella siffran finns inte längre; någon har tagit bort den."


def delete_national_reference(db: Database, reference_id: int,
                              version: int | None = None) -> None:
    """With the ``version`` the dialog showed, a figure someone else changed meanwhile is
    kept (core.versions.to_remove)."""
    with db.session() as session:
        if version is None and session.get(NationalReference, reference_id) is None:
            return
        session.delete(to_remove(session, NationalReference, reference_id, version,
                                 "jämförelsetalet", REFERENCE_GONE))


def read_scb_population(path: Path, municipality: str) -> dict[int, int]:
    """The population per year of ``municipality`` in SCB's table. Raises ImportFailure naming
    the file, sheet, row and column when the file does not have that shape."""
    workbook = read_workbook(path)
    sheets = sorted(workbook.sheets, key=lambda s: s.name != POPULATION_SHEET)
    where = f"{workbook.file_name}, blad {sheets[0].name}"
    for sheet in sheets:
        found = _header(sheet)
        if found is not None:
            return _municipality_row(sheet, workbook.file_name, municipality, *found)
    raise ImportFailure(f"{where}: ingen rubrikrad med Kommun och Folkmängd hittades. {_HOW}")


def _header(sheet: Sheet) -> tuple[int, int, dict[int, int]] | None:
    """(header row, the Kommun column, {column: year}) of the population columns."""
    for number, row in enumerate(sheet.rows[:30]):
        texts = [normalize(str(cell)) if cell not in (None, "") else "" for cell in row]
        if "kommun" not in texts or number + 1 >= len(sheet.rows):
            continue
        years, group, below = {}, "", sheet.rows[number + 1]
        for column, text in enumerate(texts):
            group = text or group     # a heading spans the empty cells to its right
            year = below[column] if column < len(below) else None
            if group.startswith("folkmängd") and isinstance(year, (int, float)) \
                    and 1900 <= year <= 2200:
                years[column] = int(year)
        if years:
            return number, texts.index("kommun"), years
    return None


def _municipality_row(sheet: Sheet, file_name: str, municipality: str, header: int,
                      name_column: int, years: dict[int, int]) -> dict[int, int]:
    wanted = normalize(municipality)
    for number, row in enumerate(sheet.rows[header + 2:], start=header + 3):
        if name_column < len(row) and normalize(str(row[name_column] or "")) == wanted:
            population = {}
            for column, year in years.items():
                value = row[column] if column < len(row) else None
                if not isinstance(value, (int, float)) or value <= 0:
                    raise ImportFailure(
                        f"{file_name}, blad {sheet.name}, rad {number}, kolumn "
                        f"{column_letter(column)}: folkmängden {year} för {municipality} är "
                        f"inte ett positivt tal (”{value}”). Rätta cellen eller ange "
                        "folkmängden för hand under Register → Kommun och områden.")
                population[year] = int(value)
            return population
    raise ImportFailure(f"{file_name}, blad {sheet.name}: kommunen {municipality} finns inte i "
                        f"kolumn {column_letter(name_column)}. Kontrollera kommunens namn under "
                        "Register → Kommun och områden.")


def population_text(population: dict[int, int]) -> str:
    """"2019: 13 391, 2020: 13 267" (thousands apart with a no-break space, as in Swedish)."""
    return ", ".join(f"{year}: {value:,}".replace(",", "\u00a0")
                     for year, value in sorted(population.items()))


_IMPORTED = "SCB ("           # an import's figures' source: "SCB (komtopp50_2020.xlsx)"


class ChangedByHand(ValidationError):
    """The import would overwrite population figures someone else entered or changed by hand
    (``changed``: year → the stored figure's population and stamp)."""

    def __init__(self, changed: dict[int, tuple[int, Stamp]]):
        self.changed = changed
        years = "; ".join(f"{population_text({year: value})} – {changed_line(stamp)}"
                          for year, (value, stamp) in sorted(changed.items()))
        super().__init__(f"Filen skulle skriva över folkmängd som någon annan har ändrat för "
                         f"hand ({years}). Inget lästes in.")


def import_population(db: Database, path: Path, municipality: str | None = None, *,
                      replace: bool = False) -> dict[int, int]:
    """Reads the municipality's population per year and stores all of it or none of it. A
    figure someone else entered or changed by hand (not by an import) that the file would
    change is refused (ChangedByHand: which years, who and when) unless ``replace``; the
    user's own are theirs to replace."""
    path = Path(path)
    municipality = municipality or get_municipality(db).name
    population = read_scb_population(path, municipality)
    with db.session() as session:
        existing = {row.year: row for row in session.execute(
            select(PopulationFigure).with_for_update()).scalars()}
        me = who(session.connection())
        by_hand = {year: (row.population, Stamp.of(row)) for year, row in existing.items()
                   if year in population and row.population != population[year]
                   and not row.source.startswith(_IMPORTED) and row.changed_by != me}
        if by_hand and not replace:
            raise ChangedByHand(by_hand)
        for year, value in population.items():
            row = existing.get(year) or PopulationFigure(year=year, population=value)
            row.population, row.source = value, f"{_IMPORTED}{path.name})"
            session.add(row)
    return population
