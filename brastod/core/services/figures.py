"""The lägesbild's figures, computed in SQL: incidents per area and category for a period, the
period before and a year earlier; the places with most incidents; weekday × time of day; each
category's months; and the key figures per year. ``ReportFigures`` is what a lägesbild shows and
what an adopted one keeps (as JSON)."""
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, literal, null, select, union_all
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from brastod.core.dates import MONTHS, WEEKDAYS
from brastod.core.db import Database
from brastod.core.dialects import month_of
from brastod.core.models import (
    Area, Category, Incident, Indicator, Measurement, Partner, PopulationFigure, YearMoments,
    YearPlaces,
)
from brastod.core.periods import Period
from brastod.core.services.incidents import MISSING, subtree
from brastod.core.services.surveys import survey_texts
from brastod.core.services.tallies import catch_up, time_band
from brastod.core.text import normalize, swedish_key

UNKNOWN_AREA = "Okänt område"
UNKNOWN_CATEGORY = "Okänd kategori"
TIME_BANDS = ["00–06", "06–12", "12–18", "18–24", "Okänd tid"]
HOTSPOTS = 10
# Below this many incidents a percentage says more about chance than about change.
SMALL = 10
# A period with more than this share of the days stored is read with the whole table: on the
# benchmark's 1 000 000 incidents over five years, a year's 200 000 found through the date
# index cost about twice a read of every row (tests/bench/situation_report.py).
WHOLE_TABLE_SHARE = 0.1


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
    version: int | None = None  # the measurement's, as shown: its removal names it


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
    surveys: dict[str, str] = field(default_factory=dict)  # area id → "31 % (+4)": surveys.py

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
            by_partner=data.get("by_partner", []), pinned=data.get("pinned", []),
            surveys=data.get("surveys", {}))


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
    return _matrix(tops, [results[each] for each in periods], area_ids)


def _matrix(tops: _Tops, counts: list[dict[tuple[int, int], int]],
            area_ids: list[int] | None) -> Matrix:
    """The matrix of the counts per (area, main category) of the period, the period before and
    a year earlier."""
    matrix = Matrix()
    area_ids_seen, category_ids_seen = set(), set()
    for index, each in enumerate(counts):
        for (area_id, category_id), n in each.items():
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


def _intervals(ranges: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """``ranges`` (inclusive) as the fewest disjoint ones, in order."""
    merged: list[list[date]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _whole_months(period: Period) -> bool:
    return period.start.day == 1 and (period.end + timedelta(days=1)).day == 1


def _matrix_and_series(executor, tops: _Tops, period: Period, months: int,
                       area_ids: list[int] | None) -> tuple[Matrix, list[str], list[Series]]:
    """The matrix and each main category's months. One pass over the covering index gives the
    counts per month, area and category for the months shown and for each period of whole
    months (a year, the year before): per day first, in the index's order and so without a
    sort, then per month. A period that cuts a month (14 days) is counted on its own."""
    periods = [period, period.previous(), period.year_earlier()]
    labels = _months(period.end, months)
    first = date.fromisoformat(labels[0] + "-01")
    by_month = [each for each in dict.fromkeys(periods) if _whole_months(each)]
    days = union_all(*(
        _scoped(select(Incident.occurred_on.label("day"), Incident.area_id, Incident.category_id,
                       func.sum(Incident.count).label("n"))
                .where(Incident.occurred_on >= start, Incident.occurred_on <= end)
                .group_by(Incident.occurred_on, Incident.area_id, Incident.category_id),
                area_ids)
        for start, end in _intervals([(first, period.end)]
                                     + [(each.start, each.end) for each in by_month])
    )).subquery()
    keys = [month_of(days.c.day), days.c.area_id, days.c.category_id]
    # In the order the months were once read (month, category): equal names keep their order.
    query = (select(*keys, func.sum(days.c.n)).group_by(*keys)
             .order_by(keys[0], days.c.category_id))
    results: dict[Period, dict[tuple[int, int], int]] = {each: {} for each in by_month}
    position = {label: index for index, label in enumerate(labels)}
    by_category: dict[int, list[int]] = {}
    for month, area_id, category_id, n in executor.execute(query):
        category = tops.category.get(category_id, MISSING)
        if month in position:
            by_category.setdefault(category, [0] * len(labels))[position[month]] += int(n)
        key = (tops.area.get(area_id, MISSING), category)
        for each, counts in results.items():
            if each.start.isoformat()[:7] <= month <= each.end.isoformat()[:7]:
                counts[key] = counts.get(key, 0) + int(n)
    for each in periods:
        if each not in results:
            results[each] = _counts(executor, tops, each.start, each.end, area_ids)
    matrix = _matrix(tops, [results[each] for each in periods], area_ids)
    series = sorted((Series(_name(tops.category_names, c, UNKNOWN_CATEGORY), counts)
                     for c, counts in by_category.items()),
                    key=lambda s: (-sum(s.counts), swedish_key(s.category)))
    return matrix, labels, series


def _period_rows(executor, period: Period, area_ids):
    """The period's incidents, read once for the GROUP BYs below. Found through the date index
    each row costs a jump to where it is stored; the ids taken from the index first (``id IN``)
    put those jumps in stored order. A period that holds a large share of the days stored is
    cheaper still to find by reading the whole table in stored order, which an expression on
    the date (coalesce: it is never NULL) makes SQLite do."""
    first, last = executor.execute(select(    # each on its own: an index's first and last
        select(func.min(Incident.occurred_on)).scalar_subquery(),
        select(func.max(Incident.occurred_on)).scalar_subquery())).one()
    if area_ids is None and first is not None and \
            period.days > WHOLE_TABLE_SHARE * ((last - first).days + 1):
        rows = func.coalesce(Incident.occurred_on, period.start).between(period.start,
                                                                          period.end)
    else:
        rows = Incident.id.in_(_scoped(select(Incident.id).where(
            Incident.occurred_on.between(period.start, period.end)), area_ids))
    return (select(Incident.occurred_on.label("day"),
                   time_band(Incident.occurred_time).label("band"),
                   Incident.partner_id, Incident.place_text, Incident.area_id,
                   Incident.count.label("n"))
            .where(rows).cte("period_rows").prefix_with("MATERIALIZED"))


@dataclass
class _Details:
    hotspots: list[Hotspot]
    weekday_time: list[list[int]]
    by_partner: list[list]


def _details(executor, tops: _Tops, period: Period, area_ids, matrix: Matrix) -> _Details:
    """Weekday × time band, partners and places: of whole calendar years from the yearly
    tallies when they count what the matrix counts, else from the period's incidents."""
    if _whole_years(period):
        connection = executor.connection() if isinstance(executor, Session) else executor
        try:
            # A login may lack even reading them (a server's roles granted before version 5).
            with connection.begin_nested():
                catch_up(connection)
                tallied = _tallied_details(executor, tops, period, area_ids, matrix)
        except DBAPIError:
            tallied = None
        if tallied is not None:
            return tallied
    return _counted_details(executor, tops, period, area_ids)


def _whole_years(period: Period) -> bool:
    return (period.start.month, period.start.day, period.end.month, period.end.day) == \
        (1, 1, 12, 31)


def _tallied_details(executor, tops: _Tops, period: Period, area_ids,
                     matrix: Matrix) -> _Details | None:
    """The details from the tallies of the period's years, or None when their totals per area
    differ from the matrix's (something changed the incidents past services/tallies.py)."""
    grid = [[0] * len(TIME_BANDS) for _ in WEEKDAYS]
    partners: Counter = Counter()
    places: dict[tuple[str, int | None], list] = {}     # (spelling, area) → [count, first day]
    by_moments, by_places = Counter(), Counter()
    years = (period.start.year, period.end.year)
    for area_id, partner_id, weekday, band, n in executor.execute(_scoped_tally(
            select(YearMoments.area_id, YearMoments.partner_id, YearMoments.weekday,
                   YearMoments.band, func.sum(YearMoments.count))
            .where(YearMoments.year.between(*years))
            .group_by(YearMoments.area_id, YearMoments.partner_id, YearMoments.weekday,
                      YearMoments.band), YearMoments, area_ids)):
        grid[weekday][band] += n
        partners[partner_id] += n
        by_moments[tops.area.get(area_id, MISSING)] += n
    for area_id, place, n, first in executor.execute(_scoped_tally(
            select(YearPlaces.area_id, YearPlaces.place_text, func.sum(YearPlaces.count),
                   func.min(YearPlaces.first_on))
            .where(YearPlaces.year.between(*years))
            .group_by(YearPlaces.area_id, YearPlaces.place_text), YearPlaces, area_ids)):
        by_places[tops.area.get(area_id, MISSING)] += n
        if place is not None:
            places[place, area_id] = [n, first]
    counted = {int(area): matrix.row_total(int(area))[0] for area in matrix.cells}
    counted = {area: n for area, n in counted.items() if n}
    if dict(by_moments) != counted or dict(by_places) != counted:
        return None
    return _Details(_hotspots(executor, tops, places), grid, _by_partner(executor, partners))


def _scoped_tally(query, model, area_ids: list[int] | None):
    return query if area_ids is None else query.where(model.area_id.in_(area_ids))


def _counted_details(executor, tops: _Tops, period: Period, area_ids) -> _Details:
    """Weekday × time band, partners and places in one statement: the period's rows once, then
    per day and band, and per partner, place and area (the first day a spelling was seen
    picks the one shown, as reading the rows in date order did)."""
    rows = _period_rows(executor, period, area_ids)
    moments = (select(literal(0), rows.c.day, rows.c.band, null(), null(), null(),
                      func.sum(rows.c.n))
               .group_by(rows.c.day, rows.c.band))
    sources = (select(literal(1), func.min(rows.c.day), null(), rows.c.partner_id,
                      rows.c.place_text, rows.c.area_id, func.sum(rows.c.n))
               .group_by(rows.c.partner_id, rows.c.place_text, rows.c.area_id))
    grid = [[0] * len(TIME_BANDS) for _ in WEEKDAYS]
    partners: Counter = Counter()
    places: dict[tuple[str, int | None], list] = {}     # (spelling, area) → [count, first day]
    for kind, day, band, partner_id, place, area_id, n in executor.execute(
            union_all(moments, sources)):
        if kind == 0:
            grid[day.weekday()][band] += n
            continue
        partners[partner_id] += n
        if place is not None:
            entry = places.setdefault((place, area_id), [0, day])
            entry[0] += n
            entry[1] = min(entry[1], day)
    return _Details(_hotspots(executor, tops, places), grid, _by_partner(executor, partners))


@dataclass
class _Place:
    """A place in an area: how often, the day first seen, and each spelling with its first day."""
    area_id: int | None
    first: date
    count: int = 0
    spellings: list[tuple[date, str]] = field(default_factory=list)


def _hotspots(executor, tops: _Tops, places: dict) -> list[Hotspot]:
    """The places with most incidents, spellings merged per area, each spelled as first seen.
    Equal ranks keep the order first seen: by day, then area (none first), the date index's."""
    merged: dict[tuple[str, int], _Place] = {}
    for (text, area_id), (n, first) in sorted(
            places.items(), key=lambda item: (item[1][1], item[0][1] or 0)):
        entry = merged.setdefault((normalize(text), tops.area.get(area_id, MISSING)),
                                  _Place(area_id, first))
        entry.count += n
        entry.spellings.append((first, text))
    if not merged:
        return []
    cut = sorted((entry.count for entry in merged.values()), reverse=True)[:HOTSPOTS][-1]
    ranked = sorted(([_spelling(executor, entry), entry.count, entry.area_id]
                     for entry in merged.values() if entry.count >= cut),
                    key=lambda e: (-e[1], swedish_key(e[0])))
    return [Hotspot(text, _name(tops.area_names, tops.area.get(area_id, MISSING), ""), n)
            for text, n, area_id in ranked[:HOTSPOTS]]


def _spelling(executor, place: _Place) -> str:
    """The spelling seen first; of two first seen the same day, that of the day's first
    incident in the date index's order (category, then id)."""
    same_day = [text for day, text in place.spellings if day == place.first]
    if len(same_day) == 1:
        return same_day[0]
    return executor.execute(
        select(Incident.place_text)
        .where(Incident.occurred_on == place.first, Incident.area_id == place.area_id,
               Incident.place_text.in_(same_day))
        .order_by(Incident.category_id, Incident.id).limit(1)).scalar_one()


def _by_partner(executor, partners: Counter) -> list[list]:
    names = dict(executor.execute(select(Partner.id, Partner.name)).all())
    return sorted(([names.get(partner_id) or "Utan uppgift om partner", n]
                   for partner_id, n in partners.items()), key=lambda e: (-e[1], e[0]))


def _months(end: date, count: int) -> list[str]:
    last = end.replace(day=1)
    return [(last - relativedelta(months=back)).strftime("%Y-%m")
            for back in range(count - 1, -1, -1)]


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
                    Measurement.source, Measurement.version)
             .join(Measurement, Measurement.indicator_id == Indicator.id)
             .where(Measurement.area_id.is_(None))
             .order_by(Indicator.name, Measurement.year, Measurement.measured_on))
    if until is not None:
        query = query.where(Measurement.year <= until, Measurement.year > until - years)
    figures = []
    for name, unit, per_100k, source, year, value, base, measured_source, version in \
            executor.execute(query):
        base = (base or population.get(year)) if per_100k else None
        rate = value * 100_000 / base if base else None
        figures.append(KeyFigure(name, unit, year, value, rate, base,
                                 measured_source or source or "", version))
    return figures


def compute_figures(executor, period: Period, area_ids: list[int] | None = None,
                    months: int = 24, key_figure_years: int = 5) -> ReportFigures:
    tops = _Tops(executor)
    scope = None if area_ids is None else tops.descendants(area_ids)
    matrix, labels, series = _matrix_and_series(executor, tops, period, months, scope)
    previous, year_ago = period.previous(), period.year_earlier()
    details = _details(executor, tops, period, scope, matrix)
    return ReportFigures(
        start=period.start, end=period.end, previous=[previous.start, previous.end],
        year_ago=[year_ago.start, year_ago.end], matrix=matrix,
        hotspots=details.hotspots, weekday_time=details.weekday_time,
        months=labels, series=series,
        key_figures=key_figures(executor, key_figure_years, period.end.year),
        by_partner=details.by_partner, surveys=survey_texts(executor, period.end.year))


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
