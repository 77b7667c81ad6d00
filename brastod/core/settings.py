"""The one place for settings: their defaults here, the user's values in the ``setting`` table."""
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from brastod.core.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: int
    label: str


SITUATION_REPORT_INTERVAL = SettingSpec(
    "situation_report_interval_months", 24,
    "Intervall för den lagstadgade lägesbilden (månader)")
RETENTION_MONTHS = SettingSpec(
    "retention_months", 36, "Gallring av råa händelser efter (månader)")
BACKUP_DAYS = SettingSpec("backup_days", 7, "Säkerhetskopior: behåll en per dag, antal dagar")
BACKUP_WEEKS = SettingSpec("backup_weeks", 4,
                           "Säkerhetskopior: behåll en per vecka, antal veckor därutöver")
ALL = (SITUATION_REPORT_INTERVAL, RETENTION_MONTHS, BACKUP_DAYS, BACKUP_WEEKS)
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
