"""Report periods: the kinds a lägesbild covers, the period before and a year earlier, and how
they are named ("v. 45–46 2026", "tertial 2 2026")."""
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from brastod.core.dates import MONTHS

WEEK, FORTNIGHT, MONTH, TERTIAL, QUARTER, YEAR, CUSTOM = (
    "week", "fortnight", "month", "tertial", "quarter", "year", "custom")
PERIOD_TYPES = {WEEK: "Vecka", FORTNIGHT: "14 dagar", MONTH: "Månad", TERTIAL: "Tertial",
                QUARTER: "Kvartal", YEAR: "År", CUSTOM: "Valfria datum"}
# Calendar periods: the one before is the previous month, tertial …, not "as many days back".
_MONTHS_LONG = {MONTH: 1, TERTIAL: 4, QUARTER: 3, YEAR: 12}


@dataclass(frozen=True)
class Period:
    start: date
    end: date              # inclusive
    kind: str = CUSTOM

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"Perioden slutar ({self.end}) före den börjar ({self.start}).")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period just before, of the same length (the previous month for a month)."""
        if self.kind in _MONTHS_LONG:
            step = relativedelta(months=_MONTHS_LONG[self.kind])
            return Period(self.start - step, self.start - timedelta(days=1), self.kind)
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1),
                      self.kind)

    def year_earlier(self) -> "Period":
        """The same dates a year earlier (29 February becomes the 28th)."""
        year = relativedelta(years=1)
        end = self.end - year
        if self.kind in _MONTHS_LONG:     # keep whole months whole: Feb 2025 ends on the 28th
            end = (self.end + timedelta(days=1) - year) - timedelta(days=1)
        return Period(self.start - year, end, self.kind)

    def label(self) -> str:
        return period_label(self)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def period_of(kind: str, day: date) -> Period:
    """The period of ``kind`` that holds ``day`` (a week and 14 days start on a Monday)."""
    if kind == WEEK:
        start = day - timedelta(days=day.weekday())
        return Period(start, start + timedelta(days=6), kind)
    if kind == FORTNIGHT:   # the week of ``day`` and the one before: "the last 14 days" view
        end = day - timedelta(days=day.weekday()) + timedelta(days=6)
        return Period(end - timedelta(days=13), end, kind)
    if kind in _MONTHS_LONG:
        length = _MONTHS_LONG[kind]
        first_month = (day.month - 1) // length * length + 1
        start = date(day.year, first_month, 1)
        return Period(start, start + relativedelta(months=length) - timedelta(days=1), kind)
    raise ValueError(f"Okänd periodtyp: {kind}")


def _weeks(period: Period) -> str:
    first, last = period.start.isocalendar(), period.end.isocalendar()
    if (first.year, first.week) == (last.year, last.week):
        return f"v. {first.week} {first.year}"
    if first.year == last.year:
        return f"v. {first.week}–{last.week} {last.year}"
    return f"v. {first.week} {first.year} – v. {last.week} {last.year}"


def period_label(period: Period) -> str:
    """How people name the period: "v. 45–46 2026", "oktober 2026", "tertial 2 2026", "2025",
    or the dates."""
    start, end = period.start, period.end
    if period.kind in (WEEK, FORTNIGHT) and start.weekday() == 0 and end.weekday() == 6:
        return _weeks(period)
    if period.kind == MONTH:
        return f"{MONTHS[start.month - 1]} {start.year}"
    if period.kind == TERTIAL:
        return f"tertial {(start.month - 1) // 4 + 1} {start.year}"
    if period.kind == QUARTER:
        return f"kvartal {(start.month - 1) // 3 + 1} {start.year}"
    if period.kind == YEAR:
        return str(start.year)
    return f"{start:%Y-%m-%d} – {end:%Y-%m-%d}"


def describe(period: Period) -> str:
    """Name, dates and ISO weeks: "oktober 2026: 2026-10-01 – 2026-10-31 (v. 40–44 2026)";
    weeks named once ("v. 46–47 2026: 2026-11-09 – 2026-11-22"), a year without weeks."""
    dates = f"{period.start:%Y-%m-%d} – {period.end:%Y-%m-%d}"
    named = period_label(period)
    prefix = "" if named == dates else f"{named}: "
    weeks = "" if period.kind == YEAR or named == _weeks(period) else f" ({_weeks(period)})"
    return f"{prefix}{dates}{weeks}"
