"""Results for a widget that may be gone by the time they arrive: a dialog closed, and deleted
with its window, while its fetch or save was still on the worker must not be touched (a deleted
widget raises, and the user would see the crash dialog for nothing)."""
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def while_alive(receiver: QObject, callback: Callable[[Any], None],
                otherwise: Callable[[Any], None] = lambda _: None) -> Callable[[Any], None]:
    """``callback(value)`` while ``receiver`` exists, else ``otherwise(value)``."""
    def deliver(value: Any) -> None:
        if shiboken6.isValid(receiver):
            callback(value)
        else:
            otherwise(value)
    return deliver
