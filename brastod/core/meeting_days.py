"""Which days a series meets on: its recurrence (an RFC 5545 RRULE, read by dateutil) and the
Swedish public holidays (python-holidays, with the de facto days off such as julafton and
midsommarafton) that a meeting should not be put on without asking."""
from datetime import date, datetime
from functools import cache

from dateutil.rrule import rrulestr

from brastod.core.errors import FieldError

WEEKDAYS = {"MO": "måndag", "TU": "tisdag", "WE": "onsdag", "TH": "torsdag", "FR": "fredag",
            "SA": "lördag", "SU": "söndag"}
ORDINALS = {1: "första", 2: "andra", 3: "tredje", 4: "fjärde", -1: "sista"}
MONTHS_SHORT = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov",
                "dec"]


# How often a series meets, as the dialog offers it: (label, pattern with {day} for the weekday).
PATTERNS = [
    ("Varje vecka", "FREQ=WEEKLY;BYDAY={day}"),
    ("Varannan vecka", "FREQ=WEEKLY;INTERVAL=2;BYDAY={day}"),
    ("Första i månaden", "FREQ=MONTHLY;BYDAY=1{day}"),
    ("Sista i månaden", "FREQ=MONTHLY;BYDAY=-1{day}"),
    ("Sex gånger om året (andra i feb, apr, jun, sep, okt, dec)",
     "FREQ=YEARLY;BYMONTH=2,4,6,9,10,12;BYDAY=2{day}"),
    ("Fyra gånger om året (andra i feb, maj, sep, nov)",
     "FREQ=YEARLY;BYMONTH=2,5,9,11;BYDAY=2{day}"),
]


def rule_for(pattern: str, weekday: int) -> str:
    """The RRULE of a pattern on a weekday (0 = Monday)."""
    return pattern.format(day=list(WEEKDAYS)[weekday])


def check_rule(rule: str) -> None:
    """Raises FieldError when ``rule`` cannot be read or never falls on a day."""
    if not occurrences(rule, date(2000, 1, 1), date(2001, 12, 31)):
        raise FieldError("recurrence_rule", f"Upprepningen ”{rule}” ger inga mötesdagar.")


def occurrences(rule: str, start: date, until: date, anchor: date | None = None) -> list[date]:
    """The days from ``start`` to ``until`` (both included) on which ``rule`` falls, counted
    from ``anchor`` (a day the series met), so that "every other Tuesday" keeps its weeks from
    one year to the next."""
    try:
        recurrence = rrulestr(rule, dtstart=datetime.combine(anchor or start,
                                                             datetime.min.time()))
    except (ValueError, TypeError) as error:
        raise FieldError("recurrence_rule", f"Upprepningen ”{rule}” går inte att läsa "
                                            f"({error}). Välj en av förslagen.") from None
    return [moment.date() for moment in
            recurrence.between(datetime.combine(start, datetime.min.time()),
                               datetime.combine(until, datetime.max.time()), inc=True)]


def describe_rule(rule: str | None) -> str:
    """The rule in Swedish words: "varannan tisdag", "andra torsdagen i feb, apr …"."""
    if not rule:
        return "ingen upprepning"
    parts = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    frequency, interval = parts.get("FREQ"), int(parts.get("INTERVAL", "1"))
    days = [day for day in parts.get("BYDAY", "").split(",") if day]
    months = [MONTHS_SHORT[int(m) - 1] for m in parts.get("BYMONTH", "").split(",") if m]

    def day_text(day: str, suffix: str = "en") -> str:
        number, code = day[:-2], day[-2:]
        name = WEEKDAYS.get(code, code)
        if number:
            return f"{ORDINALS.get(int(number), number + ':e')} {name}{suffix}"
        return name
    if frequency == "WEEKLY":
        every = {1: "varje", 2: "varannan"}.get(interval, f"var {interval}:e")
        return f"{every} " + " och ".join(day_text(d) for d in days) if days else \
            f"{every} vecka"
    if frequency in ("MONTHLY", "YEARLY") and days:
        when = " och ".join(day_text(d) for d in days)
        if months:
            return f"{when} i {', '.join(months)}"
        every = "varje månad" if interval == 1 else f"var {interval}:e månad"
        return f"{when} {every}"
    return rule


@cache
def _holidays(year: int) -> dict[date, str]:
    import holidays    # loaded when first needed, not on the way to the window
    return dict(holidays.country_holidays("SE", years=year, language="sv",
                                          categories=("public", "de_facto")))


def holiday_name(day: date) -> str | None:
    """The holiday or de facto day off on ``day`` ("Midsommarafton"), or None."""
    return _holidays(day.year).get(day)


def holidays_between(start: date, end: date) -> dict[date, str]:
    result: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        result.update({day: name for day, name in _holidays(year).items()
                       if start <= day <= end})
    return dict(sorted(result.items()))
