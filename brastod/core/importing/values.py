"""Cell values as partners write them: dates as date cells, serial numbers, ISO text,
"5/3 2024", "5 mars 2024", "2024-03-05 kl 21.30"; times as "21:30", "21.30" or day fractions.

Each parser returns None for an empty cell and raises ValueError with a Swedish reason for a
value it cannot use (Unusable for one the row cannot be saved with).
"""
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from brastod.core.dates import MONTHS

_MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, start=1)}
_MONTH_NUMBERS.update({name[:3]: number for name, number in list(_MONTH_NUMBERS.items())})
_MONTH_NUMBERS.update({"sept": 9, "okt": 10})

_TIME = r"(?:\s*(?:kl\.?|klockan|,)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.]\d{2})?)?"
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:t|\s)?" + _TIME + r"\s*$")
_COMPACT = re.compile(r"^(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})" + _TIME + r"\s*$")
# Swedish order: day first. "5/3 2024", "5/3-24", "05.03.2024", "5-3-2024".
_NUMERIC = re.compile(r"^(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})(?:[\s/.\-]+(?P<year>\d{2}|\d{4}))?"
                      + _TIME + r"\s*$")
_NAMED = re.compile(r"^(?:\w+dag\s+)?(?P<day>\d{1,2})\s*(?P<month>[a-zåäö]+)\.?(?:\s+(?P<year>\d{4}))?"
                    + _TIME + r"\s*$")
_CLOCK = re.compile(r"^(?:kl\.?\s*)?(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})(?:[:.]\d{2})?)?"
                    r"(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?\s*$")
_EXCEL_EPOCH = date(1899, 12, 30)
FIRST_YEAR = 1900
# Far below SQLite's 64-bit integers, so the lägesbild's sums over millions of rows cannot
# overflow either; no partner counts a million of anything on one row.
MAX_COUNT = 1_000_000


class Unusable(ValueError):
    """A value that is there but cannot be stored: the row is rejected rather than guessed."""


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_when(value: Any, default_year: int | None = None) -> tuple[date, time | None] | None:
    """The date (and the time, when the same cell has one) of a cell."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        clock = value.time()
        return _check_year(value.date(), value), (clock if clock != time(0, 0) else None)
    if isinstance(value, date):
        return _check_year(value, value), None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_serial(float(value))
    if isinstance(value, str):
        return _from_text(value.strip().lower(), default_year)
    raise ValueError(f"”{value}” är inget datum")


def _check_year(day: date, written) -> date:
    if day.year < FIRST_YEAR:
        raise _too_early(written)
    return day


def _too_early(written) -> ValueError:
    return ValueError(f"”{written}” ligger före år {FIRST_YEAR} och kan inte vara rätt "
                      "(skriv t.ex. 2024-03-05)")


def _from_serial(serial: float) -> tuple[date, time | None]:
    # A date typed into a cell formatted as a number: Excel's 1900 system.
    if not 1 <= serial < 2958466:
        raise ValueError(f"talet {serial:g} är inget datum")
    whole = int(serial)
    day = _EXCEL_EPOCH + timedelta(days=whole)
    if not 1990 <= day.year <= 2100:
        raise ValueError(f"talet {serial:g} är inget rimligt datum")
    return day, _fraction_to_time(serial - whole) if serial != whole else None


def _from_text(text: str, default_year: int | None) -> tuple[date, time | None]:
    for pattern in (_ISO, _COMPACT, _NUMERIC, _NAMED):
        match = pattern.match(text)
        if match is None:
            continue
        parts = match.groupdict()
        month = parts["month"]
        if not month.isdigit():
            month = _MONTH_NUMBERS.get(month.rstrip("."))
            if month is None:
                continue
        year = parts.get("year")
        if year is None:
            if default_year is None:
                raise ValueError(f"”{text}” saknar år")
            year = default_year
        # Only a two-digit year is in this century: "0001" or "0024" is no year to move.
        year = int(year) + 2000 if len(str(year)) == 2 else int(year)
        if year < FIRST_YEAR:
            raise _too_early(text)
        try:
            day = date(year, int(month), int(parts["day"]))
        except ValueError:
            raise ValueError(f"”{text}” är ett omöjligt datum") from None
        clock = None
        if parts.get("hour") is not None:
            clock = _clock(int(parts["hour"]), int(parts["minute"]), text)
        return day, clock
    raise ValueError(f"”{text}” är inget datum som går att läsa (skriv t.ex. 2024-03-05)")


def _clock(hour: int, minute: int, text: str) -> time:
    if hour == 24 and minute == 0:
        return time(0, 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"”{text}” är ingen möjlig tid")
    return time(hour, minute)


def _fraction_to_time(fraction: float) -> time:
    minutes = round(fraction * 24 * 60) % (24 * 60)
    return time(minutes // 60, minutes % 60)


def parse_time(value: Any) -> time | None:
    """A time of day: a time cell, a day fraction, "21:30", "21.30", "kl 21", "21-23" (start)."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, timedelta):
        if value.days == 0:
            return _fraction_to_time(value.total_seconds() / 86400)
        raise ValueError(f"{value} är en tidslängd, inte en tid på dygnet")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 <= value < 1:
            return _fraction_to_time(float(value))
        if float(value).is_integer() and 0 <= value <= 24:
            return _clock(int(value), 0, str(value))
        raise ValueError(f"{value:g} är ingen tid")
    text = str(value).strip().lower()
    match = _CLOCK.match(text)
    if match is None:
        raise ValueError(f"”{text}” är ingen tid (skriv t.ex. 21:30)")
    return _clock(int(match["hour"]), int(match["minute"] or 0), text)


def parse_count(value: Any) -> int:
    """How many: empty means one. Unusable above MAX_COUNT."""
    if is_empty(value):
        return 1
    if isinstance(value, bool):
        raise ValueError(f"”{value}” är inget antal")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        # "1 000": Swedish groups thousands with a space (or a no-break space).
        match = re.match(r"^\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.]0+)?\s*"
                         r"(?:st\.?|stycken)?\s*$", str(value).lower())
        if match is None:
            raise ValueError(f"”{value}” är inget antal")
        number = float(re.sub(r"\D", "", match[1]))
    if number > MAX_COUNT:
        raise Unusable(f"antalet ”{value}” är för stort för att sparas (högst "
                       f"{MAX_COUNT:,} på en rad)".replace(",", "\u00a0"))
    if not number.is_integer() or number < 1:
        raise ValueError(f"”{value}” är inget antal (ett heltal från 1)")
    return int(number)


_YES = {"ja", "j", "x", "yes", "y", "sant", "true", "1", "polisanmäld", "anmäld"}
_NO = {"nej", "n", "no", "falskt", "false", "0", "-", "ej"}


def parse_yes_no(value: Any) -> bool | None:
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    text = str(value).strip().lower().rstrip(".")
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(f"”{value}” är varken ja eller nej")
