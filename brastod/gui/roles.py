"""What the login's role may change, in one place: every tab, dialog and menu asks ``Role``.

On a server the database enforces the roles with grants (core/server_admin.py); the window only
spares the user the refusal. A samordnare may change everything (and a file is always
samordnare's), a sekreterare only the meetings (series, meetings, attendance, agenda, minutes,
decisions), a läsare nothing.

Where a role may not change a tab or a dialog, ``lock`` walks its widgets: buttons, check boxes,
lists to choose from, dates and numbers are switched off with the role's tooltip, text fields
made read-only (still selectable), tables not editable. A widget marked with ``reads`` (a
search field, a filter, an export) stays as it is, with what it holds. The tabs enable their
buttons as the chosen item allows; a locked control stays off whatever they do later.
"""
import enum

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QCalendarWidget, QComboBox,
    QDialogButtonBox, QLineEdit, QMenu, QPlainTextEdit, QTabBar, QTextEdit, QWidget,
)

from brastod.gui.data import Data, Topic

READS = "brastod_reads"       # the property ``reads`` sets
_LOCKED = "brastod_locked"    # set on a control ``lock`` has switched off
# What a locked control's own children are (a combo box's line edit, a tab bar's arrows, a
# calendar's month buttons): they go with their owner.
_OWNERS = (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget, QAbstractItemView, QMenu)
TEXT = (QLineEdit, QTextEdit, QPlainTextEdit)
SWITCHES = (QAbstractButton, QComboBox, QAbstractSpinBox)
EDITING = (*TEXT, *SWITCHES, QAbstractItemView)
# The buttons under a dialog that only close it.
_CLOSING = (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.HelpRole)


class Role(enum.Enum):
    COORDINATOR = "samordnare"
    SECRETARY = "sekreterare"
    READER = "läsare"

    def may_edit(self, topic: Topic) -> bool:
        """Whether the role may change everything ``topic`` names."""
        if self is Role.COORDINATOR:
            return True
        return self is Role.SECRETARY and not topic & ~Topic.MEETINGS

    @property
    def refusal(self) -> str:
        """The tooltip of what the role may not use."""
        return {Role.COORDINATOR: "",
                Role.SECRETARY: "Du är inloggad som sekreterare och kan bara ändra möten.",
                Role.READER: "Du är inloggad som läsare och kan inte ändra."}[self]

    @property
    def status(self) -> str:
        """The status bar's line for the role (none for a samordnare)."""
        return {Role.COORDINATOR: "",
                Role.SECRETARY: "Du är inloggad som sekreterare: du kan ändra möten men bara "
                                "läsa resten.",
                Role.READER: "Du är inloggad som läsare: du kan läsa men inte ändra."}[self]


def role_of(data: Data) -> Role:
    """The role the window found when the database was attached (samordnare until then)."""
    return Role(data.role)


def may_edit(data: Data, topic: Topic) -> bool:
    return role_of(data).may_edit(topic)


def reads(*widgets: QWidget) -> None:
    """``widgets`` only read or choose what is shown (a filter, an export): never locked."""
    for widget in widgets:
        widget.setProperty(READS, True)


def editing_controls(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` (and ``root`` itself) that could change something, but
    for those marked with ``reads``: what ``lock`` switches off. One walk down the tree, which
    leaves out what is marked and the parts of other controls."""
    found = []

    def visit(widget: QWidget) -> None:
        if widget.property(READS) or _closes(widget):
            return
        if isinstance(widget, EDITING):
            found.append(widget)
        if widget is root or not isinstance(widget, _OWNERS):
            for child in widget.children():
                if isinstance(child, QWidget):
                    visit(child)
    visit(root)
    return found


def _closes(widget: QWidget) -> bool:
    box = widget.parent()
    return isinstance(box, QDialogButtonBox) and box.buttonRole(widget) in _CLOSING


def lock(role: Role, *roots: QWidget) -> None:
    """Every editing control under ``roots`` off for ``role`` (see the module's text)."""
    for root in roots:
        for widget in editing_controls(root):
            if widget.property(_LOCKED):
                continue
            widget.setProperty(_LOCKED, role.refusal)
            if isinstance(widget, QAbstractItemView):
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                continue
            widget.installEventFilter(_Guard(widget))
            _apply(widget)


def lock_unless(data: Data, topic: Topic, *roots: QWidget) -> None:
    """``lock`` where the login's role may not change ``topic`` (a dialog: it still opens, to
    be read)."""
    role = role_of(data)
    if not role.may_edit(topic):
        lock(role, *roots)


def _apply(widget: QWidget) -> None:
    if isinstance(widget, TEXT):
        widget.setReadOnly(True)
    else:
        widget.setEnabled(False)
        widget.setToolTip(widget.property(_LOCKED))


class _Guard(QObject):
    """Keeps the control it watches read-only or off, with the role's tooltip. It holds
    nothing of its own: Qt keeps it (its parent is the control), not Python."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind == QEvent.Type.ReadOnlyChange and not watched.isReadOnly()) or (
                kind == QEvent.Type.EnabledChange and watched.isEnabled()
                and not isinstance(watched, TEXT)) or (
                kind == QEvent.Type.ToolTipChange and not isinstance(watched, TEXT)
                and watched.toolTip() != watched.property(_LOCKED)):
            _apply(watched)
        return False
