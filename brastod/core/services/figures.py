"""The lägesbild's figures, computed in SQL: incidents per area and category for a period, the
period before and a year earlier; the places with most incidents; weekday × time of day; each
category's months; and the key figures per year. ``ReportFigures`` is what a lägesbild shows and
what an adopted one keeps (as JSON)."""
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from brastod.core.dates import MONTHS, WEEKDAYS
from brastod.core.db import Database
from brastod.core.models import (
    Area, Category, Incident, Indicator, Measurement, Partner, PopulationFigure,
)
from brastod.core.periods import Period
from brastod.core.services.incidents import MISSING, subtree
from brastod.core.text import normalize, swedish_key

UNKNOWN_AREA = "Okänt område"
UNKNOWN_CATEGORY = "Okänd kategori"
TIME_BANDS = ["00–06", "06–12", "12–18", "18–24", "Okänd tid"]
HOTSPOTS = 10
# Below this many incidents a percentage says more about chance than about change.
SMALL = 10


@dataclass
class Heading:
    id: int            # MISSING for incidents without area / category
    name: str


@dataclass
class Matrix:
    """Counts per area (rows) and main category (columns): for each cell
    [period, previous period, a year earlier]."""

    areas: list[Heading] = field(default_factory=list)
    categories: list[Heading] = field(default_factory=list)
    cells: dict[str, dict[str, list[int]]] = field(default_factory=dict)   # str(id) keys: JSON

    def cell(self, area_id: int, category_id: int) -> list[int]:
        return self.cells.get(str(area_id), {}).get(str(category_id), [0, 0, 0])

    def row_total(self, area_id: int) -> list[int]:
        return _add(self.cells.get(str(area_id), {}).values())

    def column_total(self, category_id: int) -> list[int]:
        return _add(row.get(str(category_id), [0, 0, 0]) for row in self.cells.values())

    def total(self) -> list[int]:
        return _add(value for row in self.cells.values() for value in row.values())


def _add(triples) -> list[int]:
    total = [0, 0, 0]
    for triple in triples:
        for index in range(3):
            total[index] += triple[index]
    return total


@dataclass
class Hotspot:
    place: str
    area: str
    count: int


@dataclass
class Series:
    category: str
    counts: list[int]          # one per month in ReportFigures.months


@dataclass
class KeyFigure:
    indicator: str
    unit: str
    year: int
    value: float
    per_100k: float | None     # computed from value and population, when the indicator asks
    population: int | None
    source: str


@dataclass
class ReportFigures:
    start: date
    end: date
    previous: list[date]       # [start, end]
    year_ago: list[date]
    matrix: Matrix
    hotspots: list[Hotspot]
    weekday_time: list[list[int]]     # 7 weekdays × TIME_BANDS
    months: list[str]                 # "2025-12" …
    series: list[Series]
    key_figures: list[KeyFigure]
    by_partner: list[list] = field(default_factory=list)   # [partner, incidents]: the sources
    pinned: list[dict] = field(default_factory=list)   # pinned incidents, kept on adoption

    def monthly(self, months: int) -> tuple[list[str], list[Series]]:
        """The last ``months`` months (at most those stored) and each category's counts."""
        return self.months[-months:], [Series(s.category, s.counts[-months:])
                                       for s in self.series]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, default=date.isoformat)

    @classmethod
    def from_json(cls, text: str) -> "ReportFigures":
        data = json.loads(text)
        day = date.fromisoformat
        matrix = data["matrix"]
        return cls(
            start=day(data["start"]), end=day(data["end"]),
            previous=[day(d) for d in data["previous"]],
            year_ago=[day(d) for d in data["year_ago"]],
            matrix=Matrix([Heading(**h) for h in matrix["areas"]],
                          [Heading(**h) for h in matrix["categories"]], matrix["cells"]),
            hotspots=[Hotspot(**h) for h in data["hotspots"]],
            weekday_time=data["weekday_time"], months=data["months"],
            series=[Series(**s) for s in data["series"]],
            key_figures=[KeyFigure(**k) for k in data["key_figures"]],
            by_partner=data.get("by_partner", []), pinned=data.get("pinned", []))


def change_text(now: int, before: int) -> str:
    """"↑ 25 %", "↓ 3" (a difference, not a per cent, when either number is under 10, as the
    captions say: 5 against 21 is "↓ 16", not "↓ 76 %"), "→ 0", "ny"."""
    if now == before:
        return "→ 0" if now < SMALL else "→ 0 %"
    arrow = "↑" if now > before else "↓"
    if before == 0:
        return f"{arrow} ny"
    if min(now, before) < SMALL:
        return f"{arrow} {abs(now - before)}"
    return f"{arrow} {round(abs(now - before) * 100 / before)} %"


class _Tops:
    """Each category id → its main category; area and category names; the order areas are
    listed in (the register's tree, each level by its own order). Areas are not rolled up:
    the coordinator assesses the districts, not only the town they lie in."""

    def __init__(self, executor):
        self.area_parents, self.area_names, self.area_order = self._load(executor, Area)
        self.category_parents, self.category_names, self.category_order = self._load(
            executor, Category)
        self.area = {row_id: row_id for row_id in self.area_parents} | {None: MISSING}
        self.category = self._tops(self.category_parents)
        self.area_rank = self._tree_order(self.area_parents, self.area_order, self.area_names)

    @staticmethod
    def _load(executor, model):
        parents, names, order = {}, {}, {}
        for row_id, parent_id, name, position in executor.execute(
                select(model.id, model.parent_id, model.name, model.sort_order)):
            parents[row_id], names[row_id], order[row_id] = parent_id, name, position
        return parents, names, order

    @staticmethod
    def _tops(parents: dict) -> dict:
        tops = {}
        for row_id in parents:
            top = row_id
            while parents.get(top) is not None:
                top = parents[top]
            tops[row_id] = top
        tops[None] = MISSING
        return tops

    @staticmethod
    def _tree_order(parents: dict, order: dict, names: dict) -> dict[int, int]:
        children: dict[int | None, list[int]] = {}
        for row_id, parent_id in parents.items():
            children.setdefault(parent_id, []).append(row_id)
        rank: dict[int, int] = {}

        def visit(parent_id):
            for row_id in sorted(children.get(parent_id, []),
                                 key=lambda r: (order[r], swedish_key(names[r]))):
                rank[row_id] = len(rank)
                visit(row_id)
        visit(None)
        return rank

    def descendants(self, roots: list[int]) -> list[int]:
        """``roots`` and every area below them."""
        return subtree(self.area_parents, roots)

    def area_heading(self, area_id: int) -> Heading:
        return Heading(area_id, _name(self.area_names, area_id, UNKNOWN_AREA))

    def category_heading(self, category_id: int) -> Heading:
        return Heading(category_id, _name(self.category_names, category_id, UNKNOWN_CATEGORY))

    def area_key(self, heading: Heading):
        return (heading.id == MISSING, self.area_rank.get(heading.id, 0))

    def category_key(self, heading: Heading):
        return (heading.id == MISSING, self.category_order.get(heading.id, 0),
                swedish_key(heading.name))


def area_tree_order(executor) -> dict[int, int]:
    """Each area id → its place in the register's tree (parents before their children)."""
    return _Tops(executor).area_rank


def _scoped(query, area_ids: list[int] | None):
    return query if area_ids is None else query.where(Incident.area_id.in_(area_ids))


def _counts(executor, tops: _Tops, start: date, end: date,
            area_ids: list[int] | None) -> dict[tuple[int, int], int]:
    """Incidents (weighted by count) per (area id, main category id)."""
    query = _scoped(select(Incident.area_id, Incident.category_id, func.sum(Incident.count))
                    .where(Incident.occurred_on >= start, Incident.occurred_on <= end)
                    .group_by(Incident.area_id, Incident.category_id), area_ids)
    counts: dict[tuple[int, int], int] = {}
    for area_id, category_id, n in executor.execute(query):
        key = (tops.area.get(area_id, MISSING), tops.category.get(category_id, MISSING))
        counts[key] = counts.get(key, 0) + int(n)
    return counts


def _name(names: dict, heading_id: int, unknown: str) -> str:
    return unknown if heading_id == MISSING else names[heading_id]


def compute_matrix(executor, period: Period, area_ids: list[int] | None = None,
                   tops: _Tops | None = None) -> Matrix:
    """The matrix for ``period`` in an open Connection or Session (it sees uncommitted rows)."""
    tops = tops or _Tops(executor)
    periods = [period, period.previous(), period.year_earlier()]
    results: dict[Period, dict] = {}
    for each in periods:     # a year's previous period is the year earlier: count it once
        if each not in results:
            results[each] = _counts(executor, tops, each.start, each.end, area_ids)
    matrix = Matrix()
    area_ids_seen, category_ids_seen = set(), set()
    for index, each in enumerate(periods):
        for (area_id, category_id), n in results[each].items():
            row = matrix.cells.setdefault(str(area_id), {})
            row.setdefault(str(category_id), [0, 0, 0])[index] += n
            area_ids_seen.add(area_id)
            category_ids_seen.add(category_id)
    if area_ids is not None:   # a chosen area shows as a row even when nothing happened there
        area_ids_seen.update(tops.area[a] for a in area_ids if a in tops.area)
    matrix.areas = sorted(map(tops.area_heading, area_ids_seen), key=tops.area_key)
    matrix.categories = sorted(map(tops.category_heading, category_ids_seen),
                               key=tops.category_key)
    return matrix


@dataclass
class _Details:
    hotspots: list[Hotspot]
    weekday_time: list[list[int]]
    by_partner: list[list]


def _details(executor, tops: _Tops, period: Period, area_ids) -> _Details:
    """Places, weekday × time of day and partners in one pass over the period's rows: three
    GROUP BYs on columns no index covers cost SQLite three reads of the rows and a sort each
    (see tests/bench/situation_report.py for the figures)."""
    # Straight to the driver: 200 000 rows through SQLAlchemy's result layer cost 0.4 s more.
    sql = ("SELECT occurred_on, substr(occurred_time, 1, 2), place_text, area_id, partner_id, "
           "count FROM incident WHERE occurred_on BETWEEN ? AND ?")
    parameters: list = [period.start.isoformat(), period.end.isoformat()]
    if area_ids is not None:
        sql += f" AND area_id IN ({', '.join('?' * len(area_ids))})"
        parameters += area_ids
    connection = executor.connection() if isinstance(executor, Session) else executor
    places: Counter = Counter()
    moments: Counter = Counter()
    partners: Counter = Counter()
    for day, hour_text, place, area_id, partner_id, n in connection.exec_driver_sql(
            sql, tuple(parameters)):
        moments[day, hour_text] += n
        partners[partner_id] += n
        if place is not None:
            places[place, area_id] += n
    return _Details(_hotspots(tops, places), _weekday_time(moments),
                    _by_partner(executor, partners))


def _hotspots(tops: _Tops, places: Counter) -> list[Hotspot]:
    merged: dict[tuple[str, int], list] = {}
    for (place, area_id), n in places.items():
        area = tops.area.get(area_id, MISSING)
        entry = merged.setdefault((normalize(place), area),
                                  [place, _name(tops.area_names, area, ""), 0])
        entry[2] += n
    ranked = sorted(merged.values(), key=lambda e: (-e[2], swedish_key(e[0])))
    return [Hotspot(place, area, n) for place, area, n in ranked[:HOTSPOTS] if n > 0]


def _weekday_time(moments: Counter) -> list[list[int]]:
    grid = [[0] * len(TIME_BANDS) for _ in WEEKDAYS]
    weekdays: dict[str, int] = {}
    for (day, hour_text), n in moments.items():
        if day not in weekdays:
            weekdays[day] = date.fromisoformat(day).weekday()
        band = len(TIME_BANDS) - 1 if hour_text is None else int(hour_text) // 6
        grid[weekdays[day]][band] += n
    return grid


def _by_partner(executor, partners: Counter) -> list[list]:
    names = dict(executor.execute(select(Partner.id, Partner.name)).all())
    return sorted(([names.get(partner_id) or "Utan uppgift om partner", n]
                   for partner_id, n in partners.items()), key=lambda e: (-e[1], e[0]))


def _months(end: date, count: int) -> list[str]:
    last = end.replace(day=1)
    return [(last - relativedelta(months=back)).strftime("%Y-%m")
            for back in range(count - 1, -1, -1)]


def _series(executor, tops: _Tops, end: date, months: int, area_ids) -> tuple[list, list]:
    labels = _months(end, months)
    first = date.fromisoformat(labels[0] + "-01")
    month = func.substr(Incident.occurred_on, 1, 7)
    query = _scoped(select(month, Incident.category_id, func.sum(Incident.count))
                    .where(Incident.occurred_on >= first, Incident.occurred_on <= end)
                    .group_by(month, Incident.category_id), area_ids)
    position = {label: index for index, label in enumerate(labels)}
    by_category: dict[int, list[int]] = {}
    for label, category_id, n in executor.execute(query):
        top = tops.category.get(category_id, MISSING)
        by_category.setdefault(top, [0] * len(labels))[position[label]] += int(n)
    series = sorted((Series(_name(tops.category_names, c, UNKNOWN_CATEGORY), counts)
                     for c, counts in by_category.items()),
                    key=lambda s: (-sum(s.counts), swedish_key(s.category)))
    return labels, series


def month_label(key: str) -> str:
    """"2025-12" → "dec 2025"."""
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1][:3]} {year}"


def key_figures(executor, years: int = 5, until: int | None = None) -> list[KeyFigure]:
    """Every indicator's yearly values for the last ``years`` years up to ``until``, with the
    value per 100 000 inhabitants where the indicator asks for it."""
    population = dict(executor.execute(select(PopulationFigure.year,
                                              PopulationFigure.population)).all())
    query = (select(Indicator.name, Indicator.unit, Indicator.per_100k, Indicator.source,
                    Measurement.year, Measurement.value, Measurement.population,
                    Measurement.source)
             .join(Measurement, Measurement.indicator_id == Indicator.id)
             .order_by(Indicator.name, Measurement.year, Measurement.measured_on))
    if until is not None:
        query = query.where(Measurement.year <= until, Measurement.year > until - years)
    figures = []
    for name, unit, per_100k, source, year, value, base, measured_source in \
            executor.execute(query):
        base = (base or population.get(year)) if per_100k else None
        rate = value * 100_000 / base if base else None
        figures.append(KeyFigure(name, unit, year, value, rate, base,
                                 measured_source or source or ""))
    return figures


def compute_figures(executor, period: Period, area_ids: list[int] | None = None,
                    months: int = 24, key_figure_years: int = 5) -> ReportFigures:
    tops = _Tops(executor)
    scope = None if area_ids is None else tops.descendants(area_ids)
    labels, series = _series(executor, tops, period.end, months, scope)
    previous, year_ago = period.previous(), period.year_earlier()
    details = _details(executor, tops, period, scope)
    return ReportFigures(
        start=period.start, end=period.end, previous=[previous.start, previous.end],
        year_ago=[year_ago.start, year_ago.end],
        matrix=compute_matrix(executor, period, scope, tops),
        hotspots=details.hotspots, weekday_time=details.weekday_time,
        months=labels, series=series,
        key_figures=key_figures(executor, key_figure_years, period.end.year),
        by_partner=details.by_partner)


@dataclass
class Summary:
    total: int = 0          # incidents, each row counted by its Antal
    rows: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    by_area: dict[str, int] = field(default_factory=dict)
    matrix: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"total": self.total, "rows": self.rows, "by_category": self.by_category, "by_area": self.by_area,
                "matrix": self.matrix}


def summary(db: Database, start: date, end: date, area_ids: list[int] | None = None) -> Summary:
    """Incidents (weighted by their count) from ``start`` to ``end`` inclusive, by area and
    main category (``brastod summary``); ``area_ids`` include the areas under them."""
    with db.engine.connect() as connection:
        return summary_of(connection, start, end, area_ids)


def summary_of(executor, start: date, end: date, area_ids: list[int] | None = None) -> Summary:
    """``summary`` in a session or connection that is already open."""
    tops = _Tops(executor)
    scope = None if area_ids is None else tops.descendants(area_ids)
    counts = _counts(executor, tops, start, end, scope)
    rows = executor.execute(_scoped(select(func.count()).select_from(Incident).where(
        Incident.occurred_on >= start, Incident.occurred_on <= end), scope)).scalar_one()
    result = Summary(rows=rows)
    for (area_id, category_id), n in counts.items():
        area = _name(tops.area_names, area_id, UNKNOWN_AREA)
        category = _name(tops.category_names, category_id, UNKNOWN_CATEGORY)
        result.total += n
        result.by_area[area] = result.by_area.get(area, 0) + n
        result.by_category[category] = result.by_category.get(category, 0) + n
        result.matrix.setdefault(area, {})[category] = n
    return result
