"""The saves of an editor's text that others may change at the same time (issue 18).

Each save names the version of the record the editor showed (``seen``); the saves run in order
on the worker, and each one that succeeds passes its new version to the next, so that steady
typing never meets its own save. When someone else saved first, the conflict dialog opens with
the newest text the user sent and the other version, and the saves of that record queued behind
wait for the answer (they would meet the same conflict). The editor keeps the user's text in its
widget meanwhile and shows the answer (``answered``); the chosen text is then saved against the
other version."""
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from brastod.core.versions import Conflict, Stamp
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.conflict import Choice, resolve


class VersionedSaves(QObject):
    saved = Signal(int, object)                 # record id, its new Stamp
    answered = Signal(int, object, str, object)  # record id, Choice, text, the other Stamp
    unanswered = Signal(int, str)               # record id, the other version's text

    def __init__(self, owner: QWidget, data: Data, topic: Topic, field: str | None,
                 on_error: Callable[[BaseException], None] | None = None):
        """``field`` is the conflicting value the dialog shows ("body", "minutes"; None: the
        one value each save writes); ``on_error`` gets any other refusal (the window shows it
        without one)."""
        super().__init__(owner)
        self.owner, self.data, self.topic, self.field = owner, data, topic, field
        self._on_error = on_error or data.runner.refuse
        # Shared with the saves on the worker (which run one at a time, in order).
        self._versions: dict[int, int] = {}
        self._held: set[int] = set()
        self._sent: dict[int, str] = {}         # the newest text sent, per record
        self._saving = 0
        self.conflict = None                    # the dialog while it is open

    def seen(self, record_id: int, stamp: Stamp | None) -> None:
        """The editor shows the record at ``stamp`` (a newer one than saved, never older)."""
        if stamp is not None:
            self._versions[record_id] = max(self._versions.get(record_id, 0), stamp.version)

    @property
    def busy(self) -> bool:
        """A save is on its way, or a conflict waits for the user's answer."""
        return self._saving > 0 or self.conflict is not None

    def send(self, record_id: int, text: str, write: Callable[..., Stamp]) -> None:
        """``write(db, version)`` saves ``text`` on the worker and returns the new stamp."""
        self._sent[record_id] = text
        self._saving += 1
        versions, held = self._versions, self._held

        def job(db, _ctx):
            if record_id in held:
                return None         # saved once the user has answered the conflict
            try:
                stamp = write(db, versions.get(record_id))
            except Conflict:
                held.add(record_id)
                raise
            versions[record_id] = stamp.version
            return stamp
        self.data.run(job, on_done=lambda stamp: self._done(record_id, stamp),
                      on_error=lambda error: self._failed(record_id, error),
                      changes=self.topic, origin=self.owner)

    def _done(self, record_id: int, stamp: Stamp | None) -> None:
        self._saving -= 1
        if stamp is not None:
            self.saved.emit(record_id, stamp)

    def _failed(self, record_id: int, error) -> None:
        self._saving -= 1
        if not isinstance(error, Conflict):
            self._on_error(error)
            return
        theirs = (error.values[self.field] if self.field is not None
                  else next(iter(error.values.values()))) or ""
        dialog = resolve(self.owner, error, self._sent[record_id], theirs,
                         lambda choice, text: self._answered(record_id, error, choice, text))
        dialog.rejected.connect(lambda: self._unanswered(record_id, theirs))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.conflict = dialog

    def _closed(self, dialog) -> None:
        if self.conflict is dialog:
            self.conflict = None

    def _answered(self, record_id: int, conflict: Conflict, choice: Choice, text: str) -> None:
        self.conflict = None
        self._versions[record_id] = conflict.stamp.version
        self._held.discard(record_id)
        self.answered.emit(record_id, choice, text, conflict.stamp)

    def _unanswered(self, record_id: int, theirs: str) -> None:
        """Closed without a choice: the editor keeps the text unsaved; its next save meets the
        conflict again."""
        self._held.discard(record_id)
        self.unanswered.emit(record_id, theirs)
