"""The one place for settings: their defaults here, the user's values in the ``setting`` table."""
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from brastod.core.errors import FieldError

from brastod.core.models import Setting
from brastod.core.versions import Conflict, Stamp, merge


@dataclass(frozen=True)
class SettingSpec:
    key: str            # in the ``setting`` table
    default: int
    label: str          # in Inställningar
    name: str           # on the command line (brastod settings set NAME VALUE)
    help: str           # what it does, in one or two sentences
    minimum: int
    maximum: int


SITUATION_REPORT_INTERVAL = SettingSpec(
    "situation_report_interval_months", 24,
    "Intervall för den lagstadgade lägesbilden (månader)", "lagesbild-intervall",
    "Hur ofta kommunen tar fram en lägesbild enligt lag (2023:196). Brastöd påminner i "
    "Möteskalendern när det är dags för nästa.", 1, 60)
RETENTION_MONTHS = SettingSpec(
    "retention_months", 36, "Gallring av råa händelser efter (månader)", "gallring",
    "Händelser äldre än så tas bort när du gallrar (Arkiv → Gallra gamla händelser), enligt "
    "kommunens dokumenthanteringsplan. Fastställda lägesbilder behåller sina siffror.", 1, 1200)
BACKUP_DAYS = SettingSpec(
    "backup_days", 7, "Säkerhetskopior: behåll en per dag, antal dagar", "kopior-dagar",
    "Brastöd tar en säkerhetskopia varje dag programmet startas och före varje import och "
    "återställning; så här många dagar sparas en kopia per dag.", 1, 365)
BACKUP_WEEKS = SettingSpec(
    "backup_weeks", 4, "Säkerhetskopior: behåll en per vecka, antal veckor därutöver",
    "kopior-veckor",
    "Därefter sparas en kopia per vecka i så här många veckor; äldre kopior tas bort. Gallrade "
    "händelser finns kvar i kopiorna tills de tas bort.", 0, 520)
ALL = (SITUATION_REPORT_INTERVAL, RETENTION_MONTHS, BACKUP_DAYS, BACKUP_WEEKS)
# The rotation of a file's own backups: a server's backups are the server's.
FILE_ONLY = (BACKUP_DAYS, BACKUP_WEEKS)
# Not set by the user: the cutoff of the last gallring, so that a restore can apply it again.
PURGED_BEFORE = "purged_before"


def get_int(session: Session, spec: SettingSpec) -> int:
    row = session.get(Setting, spec.key)
    return int(row.value) if row is not None else spec.default


def set_int(session: Session, spec: SettingSpec, value: int) -> None:
    row = session.get(Setting, spec.key) or Setting(key=spec.key, value=str(value))
    row.value = str(value)
    session.add(row)


def get_date(session: Session, key: str) -> date | None:
    row = session.get(Setting, key)
    return date.fromisoformat(row.value) if row is not None else None


def set_date(session: Session, key: str, value: date) -> None:
    row = session.get(Setting, key) or Setting(key=key, value="")
    row.value = value.isoformat()
    session.add(row)


def check(spec: SettingSpec, value: int) -> None:
    if not spec.minimum <= value <= spec.maximum:
        raise FieldError(spec.key, f"{spec.label}: ange ett tal från {spec.minimum} till "
                                   f"{spec.maximum} (du skrev {value}).")


def spec_named(name: str) -> SettingSpec:
    """A setting by its command-line name (or its key)."""
    for spec in ALL:
        if name.strip().casefold() in (spec.name, spec.key):
            return spec
    raise FieldError("name", f"Det finns ingen inställning ”{name}”. Inställningarna är "
                             f"{', '.join(spec.name for spec in ALL)}.")


def current(db) -> list[tuple[SettingSpec, int]]:
    """Every setting with its value in ``db`` (an open Database)."""
    with db.session() as session:
        return [(spec, get_int(session, spec)) for spec in ALL]


def change(db, values: dict[str, int], shown: dict[str, int] | None = None) -> None:
    """Set settings by key, all or none: a value out of range is a FieldError for its key.
    ``shown``: the values the user's dialog showed. Only what the user changed is written, so
    a setting someone else changed meanwhile keeps their value; one both changed to different
    values is a ``versions.Conflict`` and nothing is written."""
    specs = {spec.key: spec for spec in ALL}
    for key, value in values.items():
        check(specs[key], value)
    with db.session() as session:
        if shown is not None:
            stored = {key: get_int(session, specs[key]) for key in values}
            values, _taken, clashes = merge(shown, values, stored)
            if clashes:
                raise Conflict("inställningarna", stored, Stamp(0, None, None), clashes, values)
        for key, value in values.items():
            set_int(session, specs[key], value)