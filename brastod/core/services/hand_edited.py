"""Incidents changed by hand after they came in (imported, loaded as example data or entered):
their version is above the one they came with (models.versioned). A removal of many at once
(an import undone, gallring) says how many of them that is and by whom, names the versions it
showed, and removes no newer version unseen."""
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select, tuple_

from brastod.core.dates import as_local, long_date
from brastod.core.models import Incident
from brastod.core.versions import UNKNOWN, Stamp

CAME_IN = 1         # the version an import, the example data and a hand entry give an incident


@dataclass(frozen=True)
class HandEdited:
    """The incidents changed since they came in, by id: the version, who and when."""
    stamps: dict[int, Stamp] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.stamps)

    @property
    def versions(self) -> dict[int, int]:
        return {row_id: stamp.version for row_id, stamp in self.stamps.items()}

    def text(self) -> str:
        """"3 av dem har ändrats för hand: 2 av anna.berg (senast 30 november 2026 10:15),
        1 av per.""; empty when none has."""
        if not self.stamps:
            return ""
        counts = Counter(stamp.changed_by or UNKNOWN for stamp in self.stamps.values())
        editors = []
        for name, count in counts.most_common():
            last = max((s.changed_at for s in self.stamps.values()
                        if (s.changed_by or UNKNOWN) == name and s.changed_at), default=None)
            editors.append(f"{count} av {name}" + (f" (senast {_moment(last)})" if last else ""))
        return f"{len(self.stamps)} av dem har ändrats för hand: {', '.join(editors)}."

    def changed_since(self, shown: "HandEdited") -> Stamp | None:
        """The stamp of one incident changed since ``shown`` was read (one changed then and
        removed since is no matter), else None."""
        for row_id, stamp in self.stamps.items():
            if row_id not in shown.stamps or shown.stamps[row_id].version != stamp.version:
                return stamp
        return None


def _moment(moment: datetime) -> str:
    local = as_local(moment)
    return f"{long_date(local.date())} {local:%H:%M}"


def hand_edited(session, *where) -> HandEdited:
    """The incidents ``where`` selects that were changed by hand."""
    return HandEdited({row.id: Stamp(row.version, row.changed_by, row.changed_at)
                       for row in session.execute(
                           select(Incident.id, Incident.version, Incident.changed_by,
                                  Incident.changed_at).where(*where, Incident.version > CAME_IN))})


def remove_as_shown(session, shown: HandEdited, keep: bool, *where) -> tuple[int, Stamp | None]:
    """Removes the incidents ``where`` selects as the user was shown them: those never changed
    by hand, and the ones changed by hand at the version ``shown`` unless ``keep``. Returns how
    many went, and the stamp of one changed since it was shown, if any: then the caller refuses
    (and its transaction, rolled back, removes nothing). One changed while this runs is not
    removed either: on a server the removal waits for that change and sees the new version."""
    gone = delete(Incident).execution_options(synchronize_session=False)
    removed = session.execute(gone.where(*where, Incident.version == CAME_IN)).rowcount
    if shown.stamps and not keep:
        removed += session.execute(gone.where(*where, tuple_(Incident.id, Incident.version)
                                              .in_(list(shown.versions.items())))).rowcount
    return removed, hand_edited(session, *where).changed_since(shown if keep else HandEdited())
