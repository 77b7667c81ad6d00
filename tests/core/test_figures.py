"""Periods and the lägesbild's figures against hand-counted fixtures."""
from datetime import date, time

import pytest

from brastod.core.models import Area, Category, Incident, Indicator, Measurement, Partner
from brastod.core.periods import (
    FORTNIGHT, MONTH, QUARTER, TERTIAL, WEEK, YEAR, Period, describe, period_of,
)
from brastod.core.services.figures import (
    MISSING, UNKNOWN_AREA, change_text, compute_figures, key_figures, summary,
)
from brastod.core.services.incidents import IncidentFilter, list_incidents


# ---- periods ----

@pytest.mark.parametrize("kind, day, start, end", [
    (WEEK, date(2026, 11, 22), date(2026, 11, 16), date(2026, 11, 22)),
    (FORTNIGHT, date(2026, 11, 18), date(2026, 11, 9), date(2026, 11, 22)),
    (MONTH, date(2024, 2, 10), date(2024, 2, 1), date(2024, 2, 29)),
    (TERTIAL, date(2026, 6, 30), date(2026, 5, 1), date(2026, 8, 31)),
    (QUARTER, date(2026, 11, 22), date(2026, 10, 1), date(2026, 12, 31)),
    (YEAR, date(2025, 7, 1), date(2025, 1, 1), date(2025, 12, 31)),
])
def test_period_of_each_kind(kind, day, start, end):
    period = period_of(kind, day)
    assert (period.start, period.end) == (start, end)


def test_previous_period_is_the_previous_calendar_period_or_as_many_days():
    march = period_of(MONTH, date(2024, 3, 5))
    assert march.previous() == Period(date(2024, 2, 1), date(2024, 2, 29), MONTH)
    week = period_of(WEEK, date(2026, 1, 1))
    assert week.previous() == Period(date(2025, 12, 22), date(2025, 12, 28), WEEK)
    custom = Period(date(2026, 10, 1), date(2026, 11, 22))
    assert custom.previous() == Period(date(2026, 8, 9), date(2026, 9, 30))
    assert custom.previous().days == custom.days == 53


def test_a_year_earlier_keeps_whole_months_whole_and_handles_29_february():
    assert period_of(MONTH, date(2024, 2, 1)).year_earlier() == Period(
        date(2023, 2, 1), date(2023, 2, 28), MONTH)
    leap = Period(date(2024, 2, 20), date(2024, 2, 29))
    assert leap.year_earlier() == Period(date(2023, 2, 20), date(2023, 2, 28))


def test_period_names_and_iso_weeks():
    assert period_of(FORTNIGHT, date(2026, 11, 18)).label() == "v. 46–47 2026"
    assert period_of(TERTIAL, date(2026, 6, 1)).label() == "tertial 2 2026"
    assert describe(period_of(MONTH, date(2026, 10, 1))) == \
        "oktober 2026: 2026-10-01 – 2026-10-31 (v. 40–44 2026)"
    assert describe(Period(date(2025, 12, 29), date(2026, 1, 4))) == \
        "2025-12-29 – 2026-01-04 (v. 1 2026)"
    assert describe(period_of(FORTNIGHT, date(2026, 11, 22))) == \
        "v. 46–47 2026: 2026-11-09 – 2026-11-22"          # the weeks are named once
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 1))


@pytest.mark.parametrize("now, before, text", [
    (0, 0, "→ 0"), (5, 0, "↑ ny"), (0, 4, "↓ 4"), (7, 4, "↑ 3"), (4, 4, "→ 0"),
    (30, 20, "↑ 50 %"), (15, 20, "↓ 25 %"), (20, 20, "→ 0 %"), (3, 12, "↓ 9"), (5, 21, "↓ 16"),
    (25, 9, "↑ 16"), (12, 30, "↓ 60 %"),
])
def test_change_is_a_difference_for_small_numbers_and_a_per_cent_otherwise(now, before, text):
    assert change_text(now, before) == text


# ---- the figures ----

@pytest.fixture
def town(db):
    """Two districts under a town, a rural area; a main category with a subcategory."""
    with db.session() as session:
        town = Area(name="Staden", sort_order=1)
        session.add(town)
        session.flush()
        north = Area(name="Norr", parent_id=town.id, sort_order=1)
        south = Area(name="Söder", parent_id=town.id, sort_order=2)
        rural = Area(name="Landet", sort_order=2)
        damage = Category(name="Skadegörelse", kind="crime", sort_order=1)
        session.add_all([north, south, rural, damage])
        session.flush()
        graffiti = Category(name="Klotter", parent_id=damage.id, kind="crime")
        litter = Category(name="Nedskräpning", kind="insecurity", sort_order=2)
        partner = Partner(name="Bostadsbolaget", kind="housing")
        session.add_all([graffiti, litter, partner])
        session.flush()
        ids = {"town": town.id, "north": north.id, "south": south.id, "rural": rural.id,
               "damage": damage.id, "graffiti": graffiti.id, "litter": litter.id,
               "partner": partner.id}

        def add(day, area, category, count=1, clock=None, place=None):
            session.add(Incident(occurred_on=day, area_id=ids.get(area),
                                 category_id=ids.get(category), count=count,
                                 occurred_time=clock, place_text=place,
                                 partner_id=ids["partner"]))
        # The period: 2026-03-01 … 2026-03-31 (a month).
        add(date(2026, 3, 1), "north", "graffiti", clock=time(22, 15), place="Torget")  # Sun
        add(date(2026, 3, 31), "north", "damage", count=3, clock=time(23, 0), place="torget!")
        add(date(2026, 3, 15), "south", "litter", clock=time(8, 30), place="Parken")
        add(date(2026, 3, 16), None, "litter")                                  # no area
        add(date(2026, 3, 17), "rural", None, clock=time(12, 0))                # no category
        # Just outside: the day before and the day after.
        add(date(2026, 2, 28), "north", "graffiti", count=2)    # previous period (February)
        add(date(2026, 4, 1), "north", "graffiti", count=9)     # after: never counted
        add(date(2026, 2, 1), "south", "litter")                # previous period
        add(date(2025, 3, 31), "north", "graffiti", count=4)    # a year earlier
        add(date(2025, 3, 1), "town", "litter")                 # a year earlier, on the town
        crimes = Indicator(name="Anmälda brott", per_100k=True, source="Brå")
        session.add(crimes)
        session.flush()
        session.add(Measurement(indicator_id=crimes.id, year=2025, value=1250,
                                population=12500))
        session.add(Measurement(indicator_id=crimes.id, year=2024, value=1000))
    return ids


def _figures(db, period, area_ids=None):
    with db.session() as session:
        return compute_figures(session, period, area_ids)


def test_matrix_counts_the_period_the_previous_and_a_year_earlier(db, town):
    figures = _figures(db, period_of(MONTH, date(2026, 3, 1)))
    matrix = figures.matrix
    assert [a.name for a in matrix.areas] == ["Staden", "Norr", "Söder", "Landet", UNKNOWN_AREA]
    assert [c.name for c in matrix.categories] == ["Skadegörelse", "Nedskräpning",
                                                  "Okänd kategori"]
    # Klotter counts under its main category Skadegörelse; count weights the incident.
    assert matrix.cell(town["north"], town["damage"]) == [1 + 3, 2, 4]
    assert matrix.cell(town["south"], town["litter"]) == [1, 1, 0]
    assert matrix.cell(town["town"], town["litter"]) == [0, 0, 1]
    assert matrix.cell(MISSING, town["litter"]) == [1, 0, 0]
    assert matrix.cell(town["rural"], MISSING) == [1, 0, 0]
    assert matrix.row_total(town["north"]) == [4, 2, 4]
    assert matrix.column_total(town["litter"]) == [2, 1, 1]
    assert matrix.total() == [7, 3, 5]
    assert (figures.previous, figures.year_ago) == (
        [date(2026, 2, 1), date(2026, 2, 28)], [date(2025, 3, 1), date(2025, 3, 31)])


def test_an_empty_period_has_an_empty_matrix(db, town):
    figures = _figures(db, period_of(MONTH, date(2020, 6, 1)))
    assert figures.matrix.total() == [0, 0, 0]
    assert figures.matrix.areas == [] and figures.hotspots == []
    assert sum(map(sum, figures.weekday_time)) == 0


def test_scope_takes_the_chosen_area_and_those_under_it(db, town):
    figures = _figures(db, period_of(MONTH, date(2026, 3, 1)), [town["town"]])
    assert {a.name for a in figures.matrix.areas} == {"Staden", "Norr", "Söder"}
    assert figures.matrix.total() == [5, 3, 5]
    assert summary(db, date(2026, 3, 1), date(2026, 3, 31), [town["south"]]).as_dict() == {
        "total": 1, "rows": 1, "by_category": {"Nedskräpning": 1}, "by_area": {"Söder": 1},
        "matrix": {"Söder": {"Nedskräpning": 1}}}


def test_hotspots_merge_spellings_and_times_fall_in_their_band(db, town):
    figures = _figures(db, period_of(MONTH, date(2026, 3, 1)))
    assert [(h.place, h.area, h.count) for h in figures.hotspots] == [
        ("Torget", "Norr", 4), ("Parken", "Söder", 1)]
    grid = figures.weekday_time
    assert grid[6][3] == 1            # Sunday 1 March 22:15
    assert grid[1][3] == 3            # Tuesday 31 March 23:00, count 3
    assert grid[6][1] == 1            # Sunday 15 March 08:30
    assert grid[0][4] == 1            # Monday 16 March, no time
    assert grid[1][2] == 1            # Tuesday 17 March 12:00
    assert sum(map(sum, grid)) == 7


def test_monthly_series_cover_the_last_24_months_and_any_shorter_span(db, town):
    figures = _figures(db, period_of(MONTH, date(2026, 3, 1)))
    assert len(figures.months) == 24
    assert figures.months[0] == "2024-04" and figures.months[-1] == "2026-03"
    damage = next(s for s in figures.series if s.category == "Skadegörelse")
    assert damage.counts[-1] == 4 and damage.counts[-2] == 2
    assert damage.counts[-13] == 4 and sum(damage.counts) == 10     # March 2025 counts too
    months, series = figures.monthly(12)
    assert months[0] == "2025-04" and len(months) == 12
    assert all(len(s.counts) == 12 for s in series)
    assert sum(next(s for s in series if s.category == "Skadegörelse").counts) == 6


def test_per_100k_comes_from_count_and_population_with_the_source_kept(db, town):
    from brastod.core.services.registers import set_population
    set_population(db, 2024, 10_000, "SCB")
    with db.session() as session:
        figures = key_figures(session, years=5, until=2025)
    by_year = {k.year: k for k in figures}
    assert by_year[2025].per_100k == pytest.approx(10_000.0)      # 1250 / 12 500
    assert by_year[2024].per_100k == pytest.approx(10_000.0)      # 1000 / 10 000 (SCB)
    assert by_year[2024].population == 10_000 and by_year[2025].source == "Brå"


def test_a_cell_lists_the_incidents_behind_it(db, town):
    period = period_of(MONTH, date(2026, 3, 1))
    rows = list_incidents(db, IncidentFilter(start=period.start, end=period.end,
                                             area_id=town["town"], sub_areas=False))
    assert rows == []            # nothing was recorded on the town itself in March
    rows = list_incidents(db, IncidentFilter(start=period.start, end=period.end,
                                             area_id=town["north"], sub_areas=False,
                                             category_id=town["damage"]))
    assert sum(r.count for r in rows) == 4
    rows = list_incidents(db, IncidentFilter(start=period.start, end=period.end,
                                             area_id=MISSING))
    assert [r.category for r in rows] == ["Nedskräpning"]
