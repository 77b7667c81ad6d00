"""Several people editing at once, nothing overwritten unseen.

Every record edited in place has a ``version`` (models.versioned). An editor loads it with the
text; its save names that version and writes only if the row still has it
(``UPDATE … SET …, version = version + 1 WHERE id = :id AND version = :n``). When someone else
saved first nothing is written and ``Conflict`` carries their text, so the editor can show both.
Saves without a version (command line, example data, dialogs) still count the version up and
say who changed the row and when: models.versioned does it for every ORM change."""
import getpass
import weakref
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from brastod.core.dates import as_local, long_date, utc_now
from brastod.core.errors import BrastodError, ValidationError

if TYPE_CHECKING:      # the window imports Conflict and Stamp without the database layer
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

UNKNOWN = "okänd"
_logins: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()    # engine → server login


def who(connection: "Connection") -> str:
    """The one who changes the database: on a server the login (``current_user``, asked once
    per engine), on a file the computer's user."""
    if connection.dialect.name == "sqlite":
        try:
            return getpass.getuser() or UNKNOWN
        except (OSError, KeyError, ImportError):     # no user name in the environment
            return UNKNOWN
    from sqlalchemy import text
    engine = connection.engine
    if engine not in _logins:
        _logins[engine] = connection.execute(text("SELECT current_user")).scalar() or UNKNOWN
    return _logins[engine]


@dataclass(frozen=True)
class Stamp:
    """Which version of a record an editor shows, and who made it when."""
    version: int
    changed_by: str | None
    changed_at: datetime | None

    @classmethod
    def of(cls, row) -> "Stamp":
        return cls(row.version, row.changed_by, row.changed_at)


def changed_line(stamp: Stamp | None) -> str:
    """"Senast ändrad av anna.berg 30 november 2026 10:15"; empty when nobody is known."""
    if stamp is None or stamp.changed_at is None:
        return ""
    moment = as_local(stamp.changed_at)
    return (f"Senast ändrad av {stamp.changed_by or UNKNOWN} {long_date(moment.date())} "
            f"{moment:%H:%M}")


class Conflict(BrastodError):
    """Someone else saved the record after the editor loaded it. ``values`` are their stored
    values of the fields the save tried to write; ``stamp`` their version, who and when."""

    def __init__(self, what: str, values: dict, stamp: Stamp):
        by = stamp.changed_by or "Någon annan"
        when = f" kl. {as_local(stamp.changed_at):%H:%M}" if stamp.changed_at else ""
        super().__init__(f"{by} ändrade {what}{when} efter att du började skriva. Din text är "
                         "kvar: välj vilken text som ska gälla, eller slå ihop dem.")
        self.what, self.values, self.stamp = what, values, stamp


def save(session: "Session", model: type, row_id: int, values: dict, version: int | None,
         what: str, gone: str) -> Stamp:
    """Writes ``values`` to the row if it still has ``version`` (any version when None) and
    returns the new stamp. ``what`` names the record in the conflict's message ("det här
    avsnittet")."""
    from sqlalchemy import select, update
    if version is None:
        row = session.get(model, row_id)
        if row is None:
            raise ValidationError(gone)
        for name, value in values.items():
            setattr(row, name, value)
        session.add(row)
        session.flush()
        return Stamp.of(row)
    by, now = who(session.connection()), utc_now()
    done = session.execute(
        update(model).where(model.id == row_id, model.version == version)
        .values(**values, version=version + 1, changed_by=by, changed_at=now)
        .execution_options(synchronize_session="fetch"))
    if done.rowcount == 1:
        return Stamp(version + 1, by, now)
    current = session.execute(select(model).where(model.id == row_id)
                              .execution_options(populate_existing=True)).scalar_one_or_none()
    if current is None:
        raise ValidationError(gone)
    raise Conflict(what, {name: getattr(current, name) for name in values},
                   Stamp.of(current))
