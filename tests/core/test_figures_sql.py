"""The lägesbild's figures counted in SQL equal those of the rows read into Python, as they were
counted before (issue 19): every field, for periods of each kind and for reports of an area.

The reference below is the old algorithm, kept here only. It reads the rows in the date index's
order (date, area, category, id): the order the old query got them in for a whole-municipality
report, so the spelling of a place shown is the one seen first in that order."""
import random
from collections import Counter
from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from brastod.core.models import Area, Category, Incident, Partner
from brastod.core.periods import (
    CUSTOM, FORTNIGHT, MONTH, QUARTER, TERTIAL, WEEK, YEAR, Period, period_of,
)
from brastod.core.services import figures
from brastod.core.services.figures import (
    HOTSPOTS, MISSING, TIME_BANDS, UNKNOWN_CATEGORY, Hotspot, Matrix, ReportFigures, Series,
    compute_figures,
)
from brastod.core.text import normalize, swedish_key
from tests.core.on_file import SQLITE_SQL

PLACES = ["Torget", "torget!", " TORGET ", "Parken", "parken", "Stationen", "Skolgården",
          "skolgården", "Ängen", "Åvägen", "Östra torget", "", None, None]


# ---- the old algorithm ----

def _old_counts(connection, tops, start, end, area_ids):
    query = (select(Incident.area_id, Incident.category_id, func.sum(Incident.count))
             .where(Incident.occurred_on >= start, Incident.occurred_on <= end)
             .group_by(Incident.area_id, Incident.category_id))
    if area_ids is not None:
        query = query.where(Incident.area_id.in_(area_ids))
    counts = {}
    for area_id, category_id, n in connection.execute(query):
        key = (tops.area.get(area_id, MISSING), tops.category.get(category_id, MISSING))
        counts[key] = counts.get(key, 0) + int(n)
    return counts


def _old_matrix(connection, tops, period, area_ids) -> Matrix:
    periods = [period, period.previous(), period.year_earlier()]
    results = {}
    for each in periods:
        if each not in results:
            results[each] = _old_counts(connection, tops, each.start, each.end, area_ids)
    matrix = Matrix()
    areas, categories = set(), set()
    for index, each in enumerate(periods):
        for (area_id, category_id), n in results[each].items():
            matrix.cells.setdefault(str(area_id), {}).setdefault(
                str(category_id), [0, 0, 0])[index] += n
            areas.add(area_id)
            categories.add(category_id)
    if area_ids is not None:
        areas.update(tops.area[a] for a in area_ids if a in tops.area)
    matrix.areas = sorted(map(tops.area_heading, areas), key=tops.area_key)
    matrix.categories = sorted(map(tops.category_heading, categories), key=tops.category_key)
    return matrix


def _old_details(connection, tops, period, area_ids):
    sql = ("SELECT occurred_on, substr(occurred_time, 1, 2), place_text, area_id, partner_id, "
           "count FROM incident WHERE occurred_on BETWEEN ? AND ?")
    parameters = [period.start.isoformat(), period.end.isoformat()]
    if area_ids is not None:
        sql += f" AND area_id IN ({', '.join('?' * len(area_ids))})"
        parameters += area_ids
    sql += " ORDER BY occurred_on, area_id, category_id, id"
    places, moments, partners = Counter(), Counter(), Counter()
    for day, hour_text, place, area_id, partner_id, n in connection.exec_driver_sql(
            sql, tuple(parameters)):
        moments[day, hour_text] += n
        partners[partner_id] += n
        if place is not None:
            places[place, area_id] += n
    merged = {}
    for (place, area_id), n in places.items():
        area = tops.area.get(area_id, MISSING)
        entry = merged.setdefault((normalize(place), area),
                                  [place, figures._name(tops.area_names, area, ""), 0])
        entry[2] += n
    ranked = sorted(merged.values(), key=lambda e: (-e[2], swedish_key(e[0])))
    hotspots = [Hotspot(place, area, n) for place, area, n in ranked[:HOTSPOTS] if n > 0]
    grid = [[0] * len(TIME_BANDS) for _ in range(7)]
    for (day, hour_text), n in moments.items():
        band = len(TIME_BANDS) - 1 if hour_text is None else int(hour_text) // 6
        grid[date.fromisoformat(day).weekday()][band] += n
    names = dict(connection.execute(select(Partner.id, Partner.name)).all())
    by_partner = sorted(([names.get(partner_id) or "Utan uppgift om partner", n]
                         for partner_id, n in partners.items()), key=lambda e: (-e[1], e[0]))
    return hotspots, grid, by_partner


def _old_series(connection, tops, end, months, area_ids):
    labels = figures._months(end, months)
    first = date.fromisoformat(labels[0] + "-01")
    month = func.substr(Incident.occurred_on, 1, 7)
    query = (select(month, Incident.category_id, func.sum(Incident.count))
             .where(Incident.occurred_on >= first, Incident.occurred_on <= end)
             .group_by(month, Incident.category_id))
    if area_ids is not None:
        query = query.where(Incident.area_id.in_(area_ids))
    position = {label: index for index, label in enumerate(labels)}
    by_category = {}
    for label, category_id, n in connection.execute(query):
        top = tops.category.get(category_id, MISSING)
        by_category.setdefault(top, [0] * len(labels))[position[label]] += int(n)
    series = sorted((Series(figures._name(tops.category_names, c, UNKNOWN_CATEGORY), counts)
                     for c, counts in by_category.items()),
                    key=lambda s: (-sum(s.counts), swedish_key(s.category)))
    return labels, series


def _old_figures(connection, period, area_ids=None, months=24) -> ReportFigures:
    tops = figures._Tops(connection)
    scope = None if area_ids is None else tops.descendants(area_ids)
    labels, series = _old_series(connection, tops, period.end, months, scope)
    hotspots, grid, by_partner = _old_details(connection, tops, period, scope)
    previous, year_ago = period.previous(), period.year_earlier()
    return ReportFigures(
        start=period.start, end=period.end, previous=[previous.start, previous.end],
        year_ago=[year_ago.start, year_ago.end],
        matrix=_old_matrix(connection, tops, period, scope), hotspots=hotspots,
        weekday_time=grid, months=labels, series=series,
        key_figures=figures.key_figures(connection, 5, period.end.year), by_partner=by_partner)


# ---- a varied database ----

@pytest.fixture(scope="module")
def varied(tmp_path_factory):
    """4 000 incidents from 2023 to 2026: areas with districts (one two levels down) and without
    an area, categories with subcategories and without one, missing times and places, places
    spelled several ways, four partners and none, counts above 1."""
    from brastod.core.services.setup import create_database
    db = create_database(tmp_path_factory.mktemp("varied") / "varied.sqlite3", "Testkommun")
    rng = random.Random(19)
    with db.session() as session:
        town = Area(name="Staden", sort_order=1)
        rural = Area(name="Landet", sort_order=2)
        session.add_all([town, rural])
        session.flush()
        north = Area(name="Norr", parent_id=town.id, sort_order=1)
        south = Area(name="Söder", parent_id=town.id, sort_order=2)
        session.add_all([north, south])
        session.flush()
        square = Area(name="Torgkvarteret", parent_id=north.id)
        damage = Category(name="Skadegörelse", kind="crime", sort_order=1)
        litter = Category(name="Nedskräpning", kind="insecurity", sort_order=2)
        session.add_all([square, damage, litter])
        session.flush()
        session.add_all([Category(name=name, parent_id=damage.id, kind="crime")
                         for name in ("Klotter", "Krossad ruta")])
        session.add_all([Partner(name=name, kind="other")
                         for name in ("Bostadsbolaget", "Polisen", "Skolan", "Väktarna")])
        session.flush()
        areas = [a for (a,) in session.execute(select(Area.id))] + [None]
        categories = [c for (c,) in session.execute(select(Category.id))] + [None]
        partners = [p for (p,) in session.execute(select(Partner.id))] + [None]
        start = date(2023, 10, 1)
        for _ in range(4000):
            clock = None if rng.random() < 0.2 else time(rng.randrange(24), rng.randrange(60))
            session.add(Incident(
                occurred_on=start + timedelta(days=rng.randrange(900)), occurred_time=clock,
                area_id=rng.choice(areas), category_id=rng.choice(categories),
                place_text=rng.choice(PLACES), partner_id=rng.choice(partners),
                count=rng.choice([1, 1, 1, 2, 5])))
        ids = {"town": town.id, "rural": rural.id, "north": north.id, "square": square.id}
    yield db, ids
    db.close()


PERIODS = [
    period_of(YEAR, date(2025, 6, 1)),
    period_of(MONTH, date(2026, 2, 1)),
    period_of(QUARTER, date(2025, 11, 1)),
    period_of(TERTIAL, date(2025, 3, 1)),
    period_of(FORTNIGHT, date(2026, 3, 3)),          # 23 February – 8 March: across months
    period_of(WEEK, date(2025, 12, 31)),              # across a year
    Period(date(2025, 11, 15), date(2026, 1, 20), CUSTOM),
    Period(date(2024, 3, 1), date(2026, 2, 28), CUSTOM),   # two years, whole months
    Period(date(2025, 11, 2), date(2025, 12, 31), CUSTOM),  # ends with a month, starts after
    Period(date(2025, 10, 1), date(2025, 11, 15), CUSTOM),  # starts with a month, ends inside
]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.kind}-{p.start}")
@pytest.mark.parametrize("scope", [None, ["town"], ["rural"], ["north", "rural"]],
                         ids=lambda s: "+".join(s or ["all"]))
def test_the_figures_equal_those_counted_from_the_rows(varied, period, scope):
    db, ids = varied
    area_ids = None if scope is None else [ids[name] for name in scope]
    with db.engine.connect() as connection:
        new = compute_figures(connection, period, area_ids)
        old = _old_figures(connection, period, area_ids)
    assert new == old
    # The comparison has something to compare: every part holds figures.
    assert new.matrix.total()[0] and new.hotspots and new.by_partner
    assert sum(map(sum, new.weekday_time)) == new.matrix.total()[0]
    assert any(n for s in new.series for n in s.counts)


def test_one_month_of_series_for_the_monthly_report(varied):
    db, _ids = varied
    period = period_of(MONTH, date(2025, 12, 1))
    with db.engine.connect() as connection:
        assert compute_figures(connection, period, months=1) == \
            _old_figures(connection, period, months=1)


def test_the_reference_sees_a_changed_count(varied):
    """The comparison fails when a figure differs (here one incident more, counted only by the
    reference, which reads the uncommitted row in the same connection)."""
    db, _ids = varied
    period = period_of(MONTH, date(2026, 2, 1))
    with db.engine.connect() as connection:
        new = compute_figures(connection, period)
        connection.execute(Incident.__table__.insert().values(
            occurred_on=date(2026, 2, 10), place_text="Parken", count=1))
        assert _old_figures(connection, period) != new
        connection.rollback()


@SQLITE_SQL
def test_spellings_first_seen_on_the_same_day_follow_the_date_index(db):
    """Two spellings of one place first seen on the same day: the one whose incident comes
    first by category, then id is shown, whichever was stored first."""
    with db.session() as session:
        area = Area(name="Centrum")
        first, second = Category(name="A", kind="crime"), Category(name="B", kind="crime")
        session.add_all([area, first, second])
        session.flush()
        day = date(2026, 3, 2)
        session.add_all([
            Incident(occurred_on=day, area_id=area.id, category_id=second.id,
                     place_text="torget!"),
            Incident(occurred_on=day, area_id=area.id, category_id=first.id,
                     place_text="TORGET"),
            Incident(occurred_on=day + timedelta(days=1), area_id=area.id,
                     category_id=first.id, place_text="Torget", count=3),
            Incident(occurred_on=day, category_id=second.id, place_text="Parken"),
            Incident(occurred_on=day, category_id=None, place_text="PARKEN")])   # no area
    period = period_of(MONTH, day)
    with db.engine.connect() as connection:
        figures_now = compute_figures(connection, period)
        assert figures_now.hotspots == [Hotspot("TORGET", "Centrum", 5), Hotspot("PARKEN", "", 2)]
        assert figures_now == _old_figures(connection, period)


@SQLITE_SQL
def test_equal_ranks_keep_the_order_first_seen(db):
    """Places with as many incidents and the same name in different areas are listed as first
    seen (by day, then area, none first); main categories with as many incidents and the same
    name as first counted (by month, then id)."""
    with db.session() as session:
        east, west = Area(name="Öster"), Area(name="Väster")
        noise, noise_too = Category(name="Buller", kind="crime"), Category(name="buller",
                                                                         kind="crime")
        session.add_all([east, west, noise, noise_too])
        session.flush()
        day = date(2026, 3, 2)

        def add(offset, area_id, category_id=noise.id):
            session.add(Incident(occurred_on=day + timedelta(days=offset), area_id=area_id,
                                 category_id=category_id, place_text="Parken", count=2))
        add(0, west.id, noise_too.id)       # Väster and Öster first seen the same day
        add(0, east.id)
        add(1, None, noise_too.id)          # no area, seen a day later
        add(-1, None)
        add(5, east.id, noise_too.id)
        add(5, west.id)
    period = period_of(MONTH, day)
    with db.engine.connect() as connection:
        now = compute_figures(connection, period)
        assert now == _old_figures(connection, period)
    assert [h.area for h in now.hotspots] == ["", "Öster", "Väster"]
    assert [s.category for s in now.series] == ["Buller", "buller"]
