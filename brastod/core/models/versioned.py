"""The columns every record edited in place carries, so that two people editing it at once
cannot overwrite each other unseen (core.versions)."""
from datetime import datetime
from typing import Optional

from sqlalchemy import DateTime, event, inspect
from sqlmodel import Field, SQLModel

from brastod.core.dates import utc_now
from brastod.core.versions import who


class Versioned(SQLModel):
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    changed_by: Optional[str] = None          # a server login, or the computer's user
    changed_at: Optional[datetime] = Field(default=None, sa_type=DateTime(timezone=True))


def _stamp(_mapper, connection, target: Versioned) -> None:
    target.changed_by, target.changed_at = who(connection), utc_now()


def _count_up(mapper, connection, target: Versioned) -> None:
    """An ORM change of any other column is a new version (a save through core.versions.save
    with a version writes the row itself and checks it)."""
    state = inspect(target)
    if any(state.attrs[name].history.has_changes() for name in mapper.column_attrs.keys()
           if name not in STAMP):
        target.version = (target.version or 0) + 1
        _stamp(mapper, connection, target)


STAMP = ("version", "changed_by", "changed_at")
event.listen(Versioned, "before_insert", _stamp, propagate=True)
event.listen(Versioned, "before_update", _count_up, propagate=True)


def count_versions(model: type) -> None:
    """The same for a table that declares ``Versioned``'s columns itself, after its own."""
    event.listen(model, "before_insert", _stamp)
    event.listen(model, "before_update", _count_up)
