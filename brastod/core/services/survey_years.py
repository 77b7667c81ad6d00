"""What is stored for an indicator's year that saving a survey for it replaces (surveys.
save_survey): the year's values (models.versioned) and the survey they came from. The one who
saves names what they saw when they opened the file, so that a year someone else saved since is
not replaced unseen."""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from brastod.core.dates import as_local
from brastod.core.db import Database
from brastod.core.dialects import one_name_check_at_a_time
from brastod.core.errors import ValidationError
from brastod.core.models import Indicator, Measurement, SurveyImport
from brastod.core.versions import Stamp


@dataclass(frozen=True)
class SavedYear:
    """An indicator's year as stored: its values by (id, version, when changed) — a year saved
    again gets new rows, which SQLite may give the old ids — and the last change's stamp."""
    values: frozenset[tuple[int, int, datetime | None]]
    survey: tuple[str, datetime] | None     # the file the year came from and when, if any
    last: Stamp


def stored_years(db: Database) -> dict[tuple[str, int], SavedYear]:
    """``saved_years`` in a session of its own: what a save will not replace unseen."""
    with db.session() as session:
        return saved_years(session)


def saved_years(session: Session) -> dict[tuple[str, int], SavedYear]:
    """Every (indicator, year) with values for the whole year or a survey."""
    found: dict[tuple[str, int], list] = {}
    for name, *row in session.execute(
            select(Indicator.name, Measurement.year, Measurement.id, Measurement.version,
                   Measurement.changed_by, Measurement.changed_at)
            .join(Indicator, Indicator.id == Measurement.indicator_id)
            .where(Measurement.measured_on.is_(None))):
        found.setdefault((name, row[0]), []).append(row[1:])
    surveys = {(name, year): (file_name, at) for name, year, file_name, at in session.execute(
        select(Indicator.name, SurveyImport.year, SurveyImport.file_name,
               SurveyImport.imported_at)
        .join(Indicator, Indicator.id == SurveyImport.indicator_id))}
    years = {}
    for key in found.keys() | surveys.keys():
        rows, survey = found.get(key, []), surveys.get(key)
        last = max(rows, key=lambda row: (row[3] is not None, row[3] or 0), default=None)
        years[key] = SavedYear(frozenset((r[0], r[1], r[3]) for r in rows), survey,
                               Stamp(*last[1:]) if last else Stamp(0, None, survey[1]))
    return years


class SavedMeanwhile(ValidationError):
    """Someone else saved the year after the user opened their file: it was not replaced.
    ``saved``: the year as it is now, to be named when the user chooses to replace it."""

    def __init__(self, indicator: str, year: int, saved: SavedYear):
        stamp = saved.last
        when = f" kl. {as_local(stamp.changed_at):%H:%M}" if stamp.changed_at else ""
        source = f" från {saved.survey[0]}" if saved.survey else ""
        self.said = (f"{stamp.changed_by or 'Någon annan'} sparade {indicator} för {year}"
                     f"{source}{when}, efter att du öppnade din fil.")
        super().__init__(f"{self.said} Inget ersattes: läs in filen igen om den ska ersätta det "
                         "som sparades.")
        self.saved = saved


def refuse_if_saved_meanwhile(session: Session, indicator: str, year: int,
                              shown: SavedYear | None) -> None:
    """``shown``: the year as stored when the user opened their file (None: nothing). On a
    server the indicator (or, for a new one, the name check) stays locked until the save is
    committed, so that two saves of it at once are made one after the other, the second seeing
    the first."""
    if session.execute(select(Indicator.id).where(Indicator.name == indicator)
                       .with_for_update()).first() is None:
        # A new indicator has no row to hold yet: two first saves of it take turns by the
        # name check's lock, so that the second names the first rather than meeting its name.
        one_name_check_at_a_time(session.connection())
    now = saved_years(session).get((indicator, year))
    if now is not None and now != shown:
        raise SavedMeanwhile(indicator, year, now)
