"""An editor's form of one record (a meeting's particulars, a walk): shown, checked by the
core's rules with the refusal at its field, and saved as it is edited naming the version and
the values it shows (issue 18), so that someone else's newer save is merged field by field and
a field both changed is asked about (widgets.versioned_saves)."""
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from brastod.core.versions import Stamp
from brastod.gui.data import Data, Topic
from brastod.gui.field_errors import at_field_or_window
from brastod.gui.widgets.autosave import AutoSaveForm, typing_in
from brastod.gui.widgets.versioned_saves import VersionedSaves

# On the worker: (db, record id, the form's values, the version shown, the values shown).
Write = Callable[..., Stamp]


class VersionedForm(QObject):
    saved = Signal()

    def __init__(self, form: AutoSaveForm, data: Data, topic: Topic, write: Write, *,
                 field: str | None = None, check: Callable[[object], None] | None = None,
                 before: Callable[[object], object] = lambda values: values):
        """``field``: the form's long text, whose conflict alone opens the text dialog;
        ``check(values)`` the core's rules (else ``values.validate()``); ``before(values)``
        returns the values to save: None stops the save, other values save what the form
        now shows (a question to the user, answered no, put a field back)."""
        super().__init__(form)
        self.form, self._write, self._check, self._before = form, write, check, before
        self.record_id: int | None = None
        self._retry = False
        self._refused = False       # what is typed broke a rule: unsaved, and still the user's
        self.saves = VersionedSaves(form, data, topic, field, form=form,
                                    on_error=at_field_or_window(data, form.show_error))
        form.edited.connect(self.save)
        self.saves.saved.connect(self._saved)
        self.saves.took.connect(lambda record_id, taken, sent: self._shown(record_id)
                                and form.take(taken, sent))
        self.saves.resolved.connect(self._resolved)
        self.saves.unanswered.connect(lambda *_: setattr(self, "_retry", True))

    @property
    def busy(self) -> bool:
        """Something typed is not saved yet (or waits for a conflict's answer)."""
        return (typing_in(self.form) or self.form.autosave.pending or self.saves.busy
                or self._retry or self._refused)

    def show(self, record_id: int, values, stamp: Stamp | None,
             fill: Callable[[], None]) -> None:
        """The form is to show the record at ``stamp`` with ``values``; ``fill()`` puts them
        in. Shown again while what is typed is unsaved, the fields and the version stay the
        user's: a newer save by someone else meets them at the save."""
        if self._shown(record_id) and self.busy:
            return
        self.record_id, self._retry, self._refused = record_id, False, False
        fill()
        self.saves.seen(record_id, stamp, values)
        self.form.show_changed(stamp)

    def save(self) -> None:
        if self.record_id is None or self.saves.conflict is not None:
            return
        values = self.form.checked(self._check)
        self._refused = values is None
        if values is not None:
            values = self._before(values)
        if values is None:
            return
        record_id, write = self.record_id, self._write
        self.saves.send_form(record_id, values, lambda db, sent, version, base: write(
            db, record_id, sent, version, base))

    def flush(self) -> None:
        if self._retry:
            self._retry = False
            self.form.autosave.cancel()
            self.save()
        else:
            self.form.flush()

    def _shown(self, record_id: int) -> bool:
        return self.record_id == record_id

    def _saved(self, record_id: int, stamp: Stamp) -> None:
        if self._shown(record_id):
            self.form.show_changed(stamp)
        self.saved.emit()

    def _resolved(self, record_id: int, values: dict, sent) -> None:
        """The values chosen in a conflict, and the other's where only they changed a field,
        are shown (a field typed into while the dialog was open keeps what is typed) and
        saved against the other version."""
        if not self._shown(record_id):
            return
        self.form.take(values, sent)
        self.save()
