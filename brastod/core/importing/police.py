"""The police's public events (polisen.se "händelser"), as saved from their API: a JSON list of
{id, datetime, name, summary, url, type, location{name, gps}}.

The municipality is after the last comma of ``name`` (``location.name`` may be a county, and some
types contain commas: "Mord/dråp, försök"); the occurrence is at the start of ``name``
("27 december 23:17" or "23.17"), in the year of publication or the one before.
"""
import json
from dataclasses import dataclass
from datetime import date, datetime, time

from brastod.core.dates import MONTHS
from brastod.core.errors import ImportFailure
from brastod.core.importing import keys


@dataclass(frozen=True)
class PoliceEvent:
    id: int
    municipality: str
    type: str
    summary: str
    occurred_on: date
    occurred_time: time | None


def looks_like_police_events(data: bytes) -> bool:
    head = data.lstrip()[:2000].decode("utf-8", errors="ignore")
    return head.startswith("[") and '"datetime"' in head and '"type"' in head


def read_events(file_name: str, data: bytes) -> list[PoliceEvent]:
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFailure(f"Filen {file_name} är ingen läsbar JSON-fil ({error}). Spara "
                            "Polisens händelser på nytt och försök igen.") from None
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise ImportFailure(f"Filen {file_name} har inte formen av Polisens händelser (en lista "
                            "med händelser).")
    events = []
    for position, item in enumerate(raw, start=1):
        try:
            events.append(_event(item))
        except (KeyError, TypeError, ValueError) as error:
            raise ImportFailure(f"Filen {file_name}: händelse nummer {position} går inte att läsa "
                                f"({error}). Filen verkar inte vara Polisens händelser.") from None
    return events


def _event(item: dict) -> PoliceEvent:
    published = datetime.strptime(str(item["datetime"])[:19].strip(), "%Y-%m-%d %H:%M:%S")
    name = str(item["name"])
    occurred_on, occurred_time = occurrence(name, published)
    return PoliceEvent(id=int(item["id"]), municipality=name.rsplit(",", 1)[-1].strip(),
                       type=str(item["type"]).strip(), summary=str(item.get("summary") or ""),
                       occurred_on=occurred_on, occurred_time=occurred_time)


def occurrence(name: str, published: datetime) -> tuple[date, time | None]:
    """"27 december 23:17, Mord/dråp, Fagersta" published 2022-12-28 → 2022-12-27 23:17."""
    words = name.split(",")[0].split()
    day, month = int(words[0]), MONTHS.index(words[1].lower()) + 1
    occurred = date(published.year, month, day)
    if occurred > published.date():          # published in January about late December
        occurred = occurred.replace(year=published.year - 1)
    clock = None
    if len(words) > 2:
        hour, minute = words[2].replace(".", ":").split(":")
        clock = time(int(hour), int(minute))
    return occurred, clock


def row_hash(event_id: int) -> int:
    """The duplicate key of an event: its id, whichever file it came in."""
    return keys.key(keys.digest(f"polisen:{event_id}"))
