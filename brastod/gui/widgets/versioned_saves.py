"""The saves of an editor's text that others may change at the same time (issue 18).

Each save names the version of the record the editor showed (``seen``); the saves run in order
on the worker, and each one that succeeds passes its new version to the next, so that steady
typing never meets its own save. When someone else saved first, the conflict dialog opens with
the newest text the user sent and the other version, and the saves of that record queued behind
wait for the answer (they would meet the same conflict). The editor keeps the user's text in its
widget meanwhile and shows the answer (``answered``); the chosen text is then saved against the
other version.

A form's saves (``send_form``) also name the values the form loaded, so that the core merges a
newer version field by field: the other person's values it took are handed to the form
(``took``), and only a field both changed opens a dialog – the text one when that field is the
form's long text alone, else dialogs.form_conflict – whose answer (``resolved``: the merged
values with the chosen ones) the form shows and saves again."""
from collections.abc import Callable
from dataclasses import fields, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from brastod.core.versions import Conflict, Stamp
from brastod.gui.data import Data, SavedBefore, Topic
from brastod.gui.dialogs.conflict import Choice, resolve
from brastod.gui.dialogs.form_conflict import resolve_fields


class VersionedSaves(QObject):
    saved = Signal(int, object)                 # record id, its new Stamp
    answered = Signal(int, object, str, object)  # record id, Choice, text, the other Stamp
    unanswered = Signal(int, str)               # record id, the other version's text
    took = Signal(int, dict, object)            # record id, the other's values, the values sent
    resolved = Signal(int, dict, object)        # record id, the values chosen, the values sent

    def __init__(self, owner: QWidget, data: Data, topic: Topic, field: str | None,
                 on_error: Callable[[BaseException], None] | None = None, form=None):
        """``field`` is the conflicting value the dialog shows ("body", "minutes"; None: the
        one value each save writes); ``on_error`` gets any other refusal (the window shows it
        without one); ``form`` (an AutoSaveForm) is the one whose values ``send_form`` saves."""
        super().__init__(owner)
        self.owner, self.data, self.topic, self.field = owner, data, topic, field
        self.form = form
        self._on_error = on_error or data.runner.refuse
        # Shared with the saves on the worker (which run one at a time, in order).
        self._versions: dict[int, int] = {}
        self._bases: dict[int, object] = {}     # the form's values at that version
        self._values: dict[int, object] = {}    # the newest form values sent, per record
        self._held: set[int] = set()
        self._sent: dict[int, str] = {}         # the newest text sent, per record
        self._saving = 0
        self.conflict = None                    # the dialog while it is open

    def seen(self, record_id: int, stamp: Stamp | None, values=None) -> None:
        """The editor shows the record at ``stamp`` (a newer one than saved, never older);
        a form, with its ``values`` (its rules' dataclass)."""
        if stamp is not None:
            if values is not None and stamp.version >= self._versions.get(record_id, 0):
                self._bases[record_id] = values
            self._versions[record_id] = max(self._versions.get(record_id, 0), stamp.version)

    def version(self, record_id: int) -> int | None:
        """The version the editor shows or last saved, as the worker's next task sees it
        (a removal, queued behind the saves, names it)."""
        return self._versions.get(record_id)

    @property
    def busy(self) -> bool:
        """A save is on its way, or a conflict waits for the user's answer."""
        return self._saving > 0 or self.conflict is not None

    def send(self, record_id: int, text: str, write: Callable[..., Stamp]) -> None:
        """``write(db, version)`` saves ``text`` on the worker and returns the new stamp."""
        self._sent[record_id] = text
        self._saving += 1
        versions, held = self._versions, self._held
        at = None                   # the version the save named, once it has run

        def job(db, _ctx):
            nonlocal at
            if record_id in held:
                return None         # saved once the user has answered the conflict
            at = versions.get(record_id)
            try:
                stamp = write(db, at)
            except Conflict:
                held.add(record_id)
                raise
            versions[record_id] = stamp.version
            return stamp
        self.data.run(job, on_done=lambda stamp: self._done(record_id, stamp),
                      on_error=lambda error: self._failed(record_id, error, at),
                      changes=self.topic, origin=self.owner)

    def send_form(self, record_id: int, values, write: Callable[..., Stamp]) -> None:
        """``write(db, values, version, base)`` saves the form's ``values`` on the worker,
        naming the version and the values (``base``) the form had from the database."""
        self._values[record_id] = values
        self._sent[record_id] = getattr(values, self.field) if self.field else ""
        self._saving += 1
        versions, bases, held = self._versions, self._bases, self._held
        at = None                   # the version the save named, once it has run

        def job(db, _ctx):
            nonlocal at
            if record_id in held:
                return None         # saved once the user has answered the conflict
            at = versions.get(record_id)
            try:
                stamp = write(db, values, at, bases.get(record_id))
            except Conflict:
                held.add(record_id)
                raise
            versions[record_id] = stamp.version
            bases[record_id] = replace(values, **_own(values, getattr(stamp, "taken", {})))
            return stamp
        self.data.run(job, on_done=lambda stamp: self._done(record_id, stamp, values),
                      on_error=lambda error: self._failed(record_id, error, at, values),
                      changes=self.topic, origin=self.owner)

    def _done(self, record_id: int, stamp: Stamp | None, values=None) -> None:
        self._saving -= 1
        if stamp is not None:
            taken = _own(values, getattr(stamp, "taken", {})) if values is not None else {}
            if taken:
                self.took.emit(record_id, taken, values)
            self.saved.emit(record_id, stamp)

    def _failed(self, record_id: int, error, at: int | None = None, values=None) -> None:
        self._saving -= 1
        if isinstance(error, SavedBefore):
            self._landed(record_id, at, values)
        if not isinstance(error, Conflict):
            self._on_error(error)
            return
        if error.clashes:
            self._failed_form(record_id, error)
            return
        theirs = (error.values[self.field] if self.field is not None
                  else next(iter(error.values.values()))) or ""
        dialog = resolve(self.owner, error, self._sent[record_id], theirs,
                         lambda choice, text: self._answered(record_id, error, choice, text))
        dialog.rejected.connect(lambda: self._unanswered(record_id, theirs))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.conflict = dialog

    def _failed_form(self, record_id: int, error: Conflict) -> None:
        """A field both changed: the text dialog when it is the form's long text alone."""
        def chosen(values: dict) -> None:
            self.conflict = None
            sent = self._values[record_id]
            self._versions[record_id] = error.stamp.version
            self._bases[record_id] = replace(sent, **_own(sent, error.values))
            self._held.discard(record_id)
            self.resolved.emit(record_id, {**_own(sent, error.merged), **values}, sent)

        if error.clashes == (self.field,):
            mine, theirs = error.merged[self.field] or "", error.values[self.field] or ""
            dialog = resolve(self.owner, error, mine, theirs, lambda choice, text: chosen(
                {self.field: theirs if choice is Choice.THEIRS else text}))
        else:
            dialog = resolve_fields(self.owner, error, self.form, self.form.fields, chosen)
        dialog.rejected.connect(lambda: self._unanswered(record_id, ""))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.conflict = dialog

    def _landed(self, record_id: int, at: int | None, values) -> None:
        """A save whose COMMIT landed as the connection broke (data.SavedBefore) lost its
        answer, the new version: what its job would have kept is kept, so that the next save
        goes on from the user's own change instead of meeting it as a conflict. A save naming
        version ``at`` made ``at + 1`` (versions._save); if someone saved after it, the next
        save meets their version as it should. A form's values (``values``) are what the
        record now holds, so a newer version is merged against them."""
        if at is None:
            return
        self._versions[record_id] = max(self._versions.get(record_id, 0), at + 1)
        if values is not None:
            self._bases[record_id] = values

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


def _own(values, stored: dict) -> dict:
    """The stored values that are fields of the form's ``values``."""
    names = {f.name for f in fields(values)}
    return {name: value for name, value in stored.items() if name in names}
