"""Several people editing at once, nothing overwritten unseen.

Every record edited in place has a ``version`` (models.versioned). An editor loads it with the
text; its save names that version and writes only if the row still has it
(``UPDATE … SET …, version = version + 1 WHERE id = :id AND version = :n``). When someone else
saved first nothing is written and ``Conflict`` carries their text, so the editor can show both.
Saves without a version (command line, example data, dialogs) still count the version up and
say who changed the row and when: models.versioned does it for every ORM change.

A form's save also names the values it loaded (``base``): then a newer version is merged field
by field (``merge``), and only a field both changed to different values is a conflict."""
import getpass
import weakref
from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class Merged(Stamp):
    """A form's save that met a newer version and took, silently, the other person's values
    of the fields the user had not changed (``taken``), so that the form can show them."""
    taken: dict = field(default_factory=dict, compare=False)


class Conflict(BrastodError):
    """Someone else saved the record after the editor loaded it. ``values`` are their stored
    values of the fields the save tried to write; ``stamp`` their version, who and when.
    A form's conflict (``clashes``: the fields both changed to different values) carries
    ``merged``: the user's values, with the other's in the fields only they changed."""

    def __init__(self, what: str, values: dict, stamp: Stamp, clashes: tuple[str, ...] = (),
                 merged: dict | None = None):
        by = stamp.changed_by or "Någon annan"
        when = f" kl. {as_local(stamp.changed_at):%H:%M}" if stamp.changed_at else ""
        if clashes:
            said = (f"{by} ändrade {what}{when} efter att du började ändra. Dina värden är "
                    "kvar: välj för varje fält vilket värde som ska gälla.")
        else:
            said = (f"{by} ändrade {what}{when} efter att du började skriva. Din text är "
                    "kvar: välj vilken text som ska gälla, eller slå ihop dem.")
        super().__init__(said)
        self.what, self.values, self.stamp = what, values, stamp
        self.clashes, self.merged = clashes, merged if merged is not None else {}


def merge(base: dict, mine: dict, theirs: dict) -> tuple[dict, dict, tuple[str, ...]]:
    """The three-way merge of a form's fields: what the user loaded (``base``), what they
    save (``mine``) and what is stored now (``theirs``). Returns the values to save, the other
    person's values taken where only they changed a field, and the fields both changed to
    different values (where the values to save keep the user's). A field not in ``base`` is
    the user's."""
    merged, taken, clashes = dict(mine), {}, []
    for name, value in mine.items():
        if name not in base or name not in theirs or theirs[name] == base[name]:
            continue
        if value == base[name]:
            merged[name] = taken[name] = theirs[name]
        elif value != theirs[name]:
            clashes.append(name)
    return merged, taken, tuple(clashes)


def merge_lists(base, mine, theirs, key=lambda item: item) -> list:
    """A list both may add to and take from as a set (a category's synonyms): what is stored
    now (``theirs``) without what the user took away from what they loaded (``base``), and with
    what they added; two people's additions are both kept, so it never clashes. ``key`` says
    when two items are the same."""
    loaded, kept = {key(item) for item in base}, {key(item) for item in mine}
    result = [item for item in theirs if key(item) not in loaded - kept]
    present = {key(item) for item in result}
    for item in mine:
        if key(item) not in loaded and key(item) not in present:
            result.append(item)
            present.add(key(item))
    return result


class Gone(ValidationError):
    """The record was removed meanwhile."""


def save(session: "Session", model: type, row_id: "int | dict", values: dict, version: int | None,
         what: str, gone: str, base: dict | None = None) -> Stamp:
    """Writes ``values`` to the row if it still has ``version`` (any version when None) and
    returns the new stamp (``row_id``: the id, or a dict of a key of several columns). ``what``
    names the record in the conflict's message ("det här avsnittet"). With ``base`` (a form:
    the values it loaded at ``version``) a newer version is merged field by field; a Merged
    stamp says what was taken from it."""
    taken: dict = {}
    while True:
        try:
            stamp = _save(session, model, row_id, values, version, gone)
        except Conflict as conflict:
            if base is None:
                raise Conflict(what, conflict.values, conflict.stamp) from None
            values, more, clashes = merge(base, values, conflict.values)
            if clashes:
                raise Conflict(what, conflict.values, conflict.stamp, clashes,
                               values) from None
            taken.update(more)
            base, version = conflict.values, conflict.stamp.version
            continue
        return Merged(*_fields(stamp), taken) if taken else stamp


def _key(model: type, row_id) -> list:
    """The row's key: its ``id``, or a dict of the columns of a key of several
    (``{"report_id": 3, "incident_id": 9}``)."""
    if isinstance(row_id, dict):
        return [getattr(model, name) == value for name, value in row_id.items()]
    return [model.id == row_id]


def _fields(stamp: Stamp) -> tuple:
    return stamp.version, stamp.changed_by, stamp.changed_at


def _save(session: "Session", model: type, row_id: int, values: dict, version: int | None,
          gone: str) -> Stamp:
    from sqlalchemy import select, update
    if version is None:
        row = session.get(model, row_id)     # a dict names every column of the key
        if row is None:
            raise Gone(gone)
        for name, value in values.items():
            setattr(row, name, value)
        session.add(row)
        session.flush()
        return Stamp.of(row)
    by, now = who(session.connection()), utc_now()
    done = session.execute(
        update(model).where(*_key(model, row_id), model.version == version)
        .values(**values, version=version + 1, changed_by=by, changed_at=now)
        .execution_options(synchronize_session="fetch"))
    if done.rowcount == 1:
        return Stamp(version + 1, by, now)
    current = session.execute(select(model).where(*_key(model, row_id))
                              .execution_options(populate_existing=True)).scalar_one_or_none()
    if current is None:
        raise Gone(gone)
    raise Conflict("", {name: getattr(current, name) for name in values}, Stamp.of(current))


def to_remove(session: "Session", model: type, row_id: "int | dict", version: int | None, what: str,
              gone: str):
    """The row to remove (locked on a server until the removal is committed) if it still has
    ``version``, the one the user saw when they chose to remove it (any version when None): a
    row someone else changed meanwhile is kept, and the user told who changed it and when."""
    from sqlalchemy import select
    current = session.execute(select(model).where(*_key(model, row_id)).with_for_update()
                              .execution_options(populate_existing=True)).scalar_one_or_none()
    if current is None:
        raise Gone(gone)
    if version is not None and current.version != version:
        raise changed_meanwhile(Stamp.of(current), what)
    return current


REMOVAL = "Inget togs bort: titta på ändringen och ta bort igen om det ändå ska bort."
# A removal of many (an import undone, gallring) whose question the window asks again at once
REMOVAL_ASKED_AGAIN = "Inget togs bort. Här är frågan igen, med ändringen medräknad."


def refuse_if_another_changed(session: "Session", row, version: int | None, what: str,
                              undone: str = REMOVAL) -> None:
    """``row`` is to go (or be adopted: ``undone`` then says what was not done), and the user
    saw ``version`` of it: refused when someone else changed it since. The user's own change
    since, which their window may not have read back yet, is no reason."""
    if version is not None and row.version != version \
            and row.changed_by != who(session.connection()):
        raise changed_meanwhile(Stamp.of(row), what, undone)


def renamed_meanwhile(row, what: str, word: tuple[str, str]) -> ValidationError:
    """The refusal of a new name for ``what`` ("avsnittet") when someone else gave ``row``
    another one after the user saw it; ``word``: ("rubriken", "rubrik")."""
    stamp = Stamp.of(row)
    when = f" kl. {as_local(stamp.changed_at):%H:%M}" if stamp.changed_at else ""
    return ValidationError(f"{stamp.changed_by or 'Någon annan'} gav {what} {word[0]} "
                           f"”{row.title}”{when} medan du skrev. Din {word[1]} sparades inte: "
                           "byt igen om den ska gälla.")


def changed_meanwhile(stamp: Stamp, what: str, undone: str = REMOVAL) -> ValidationError:
    """The refusal of a removal (or of what ``undone`` says): ``what`` was changed after the
    user saw it."""
    when = f" kl. {as_local(stamp.changed_at):%H:%M}" if stamp.changed_at else ""
    return ValidationError(f"{stamp.changed_by or 'Någon annan'} ändrade {what}{when} medan du "
                           f"hade en äldre version framför dig. {undone}")
