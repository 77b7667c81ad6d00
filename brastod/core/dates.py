"""Swedish date vocabulary shared by parsing, demo data and display."""
from datetime import UTC, date, datetime, time
from functools import cache

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]


def long_date(day: date) -> str:
    """"5 mars 2024"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def week_label(day: date) -> str:
    """"v. 10"."""
    return f"v. {day.isocalendar().week}"


# Timestamps are stored as aware UTC datetimes; people see them in Swedish time.
@cache
def local_tz():
    from zoneinfo import ZoneInfo   # loaded when first needed, not on the way to the window
    return ZoneInfo("Europe/Stockholm")


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_datetime(day: date, clock: time = time(0, 0)) -> datetime:
    """An aware datetime for a Swedish wall-clock moment."""
    return datetime.combine(day, clock, tzinfo=local_tz())


def as_local(moment: datetime) -> datetime:
    """A stored UTC moment in Swedish time (SQLite hands it back naive)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(local_tz())


def local_stamp(moment: datetime | None) -> str | None:
    """"2026-11-22 14:05" in Swedish time for a stored UTC moment."""
    return None if moment is None else f"{as_local(moment):%Y-%m-%d %H:%M}"
