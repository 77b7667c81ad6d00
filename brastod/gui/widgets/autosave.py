"""The one autosave: every editable text and field in every editor saves through it.

Text is saved half a second after the last key (PAUSE_MS), and at the latest DEADLINE_MS into
steady typing, so that a crash or a killed process loses under a second of it; a choice or a
date is saved at once. ``flush`` saves what waits before anything else happens (switching item,
closing, exporting)."""
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QTimeEdit,
    QWidget,
)

from brastod.core.errors import FieldError
from brastod.core.versions import Stamp, changed_line
from brastod.gui.field_errors import show_at_field
from brastod.gui.widgets.fields import narrow, typed_dates

PAUSE_MS = 500       # after the last key
DEADLINE_MS = 800    # at the latest while typing goes on


class AutoSave(QObject):
    """Emits ``due`` when what was typed should be saved: after a pause or at the deadline,
    whichever comes first; ``changed`` (a choice, a date) makes it due at once."""

    due = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=DEADLINE_MS)
        self._pause.timeout.connect(self._fire)
        self._deadline.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        return self._pause.isActive() or self._deadline.isActive()

    def typed(self) -> None:
        self._pause.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def changed(self) -> None:
        self._fire()

    def flush(self) -> None:
        if self.pending:
            self._fire()

    def cancel(self) -> None:
        self._pause.stop()
        self._deadline.stop()

    def _fire(self) -> None:
        self.cancel()
        self.due.emit()

    def watch(self, widget: QWidget, guard: Callable[[], bool] = lambda: True) -> None:
        """Typing in ``widget`` (or choosing in it) makes a save due while ``guard()`` is true
        (false while the editor fills the widget itself)."""
        def typed():
            if guard():
                self.typed()

        def changed():
            if guard():
                self.changed()
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, (QDateEdit, QTimeEdit)):
            widget.dateTimeChanged.connect(changed)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(typed)
            widget.editingFinished.connect(self.flush)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(typed)
        else:
            raise TypeError(f"AutoSave cannot watch {type(widget).__name__}")


def typing_in(widget: QWidget) -> bool:
    """The user is in ``widget`` or one of its fields: an editor shows a saved item again
    without refilling it, which would move the cursor and drop the keys typed since."""
    focus = widget.window().focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class AutoSaveForm(QWidget):
    """A form whose fields (``fields``: the rule's field name → widget) save as they are
    edited: ``edited`` is emitted when a save is due. ``set_values`` inside ``loading()``
    never emits. ``ui.error`` shows a refused value's message; its field gets the focus."""

    edited = Signal()
    fields: dict[str, QWidget] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        self.autosave = AutoSave(self)
        self.autosave.due.connect(self.edited)
        self.changed_label: QLabel | None = None

    def watch(self) -> None:
        for widget in set(self.fields.values()):
            if isinstance(widget, QComboBox):
                narrow(widget)
            elif isinstance(widget, QDateEdit):
                typed_dates(widget)
            self.autosave.watch(widget, lambda: not self._loading)

    def flush(self) -> None:
        """Typing that waits for its moment is reported now."""
        self.autosave.flush()

    def loading(self):
        form = self

        class Loading:
            def __enter__(self):
                form._loading = True
                form.autosave.cancel()
                form.clear_error()

            def __exit__(self, *exc):
                form._loading = False
        return Loading()

    def checked(self, check: Callable[[object], None] | None = None):
        """The form's values if the core's rules pass them (``check``, else their
        ``validate()``); else None, and the refusal is shown at its field."""
        try:
            values = self.values()
            check(values) if check is not None else values.validate()
        except FieldError as error:
            self.show_error(error)
            return None
        self.clear_error()
        return values

    def take(self, taken: dict, sent) -> None:
        """Shows the other person's values a save took (core.versions.merge), or the values
        chosen in a conflict, in the fields that still have what was sent: one typed into
        since keeps what is typed."""
        now = self.values()
        untouched = {name: value for name, value in taken.items()
                     if getattr(now, name) == getattr(sent, name)}
        if untouched:
            with self.loading():
                self.set_values(replace(now, **untouched))

    def show_changed(self, stamp: Stamp | None) -> None:
        """"Senast ändrad av anna.berg …" under the fields."""
        if self.changed_label is None:
            self.changed_label = QLabel()
            self.changed_label.setStyleSheet("color: #777; font-size: 9pt;")
            layout = self.layout()
            if isinstance(layout, QHBoxLayout) and layout.count() \
                    and layout.itemAt(0).layout() is not None:
                layout = layout.itemAt(0).layout()      # columns side by side: under the first
            if isinstance(layout, QFormLayout):
                layout.addRow(self.changed_label)
            else:
                layout.addWidget(self.changed_label)
        self.changed_label.setText(changed_line(stamp))

    def show_error(self, error: FieldError) -> None:
        show_at_field(self.ui.error, self.fields, error)

    def clear_error(self) -> None:
        self.ui.error.setText("")

    def set_read_only(self, read_only: bool) -> None:
        for widget in set(self.fields.values()):
            widget.setEnabled(not read_only)
