"""The five tabs of the main window, and what the window may ask of each (``Tab``): nothing
else of a tab is the window's business."""
from typing import Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance

from brastod.gui.data import Topic


@runtime_checkable
class Tab(Protocol):
    loaded: SignalInstance            # (rows shown) after each reload
    message: SignalInstance           # (text) for the status bar
    export_requested: SignalInstance  # (exports.Export) a file the user asked for in the tab
    TOPICS: Topic                     # the change notices it follows itself
    NOTHING_TO_EXPORT: str            # said when ``export()`` has nothing

    def attach(self) -> None:
        """A database is open (``data.attached``): enable what needs one."""

    def set_role(self, role) -> None:
        """The login's ``roles.Role``: what it may not change is locked (read-only)."""

    def reload(self) -> None:
        """Fetch everything the tab shows again (on the worker); ``loaded`` follows."""

    def flush(self) -> None:
        """Save typing that waits for its moment."""

    def save_state(self) -> None:
        """Remember splitters and columns, after saving the typing."""

    def export(self):
        """The ``exports.Export`` of what the tab shows now, or None when nothing is chosen."""
