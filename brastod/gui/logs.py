"""Logging to a rotating file in the user's log folder, and the handler for uncaught errors."""
import logging
import sys
import traceback
from pathlib import Path

from brastod.core.paths import user_log_dir

log = logging.getLogger("brastod")


def log_file(folder: Path | None = None) -> Path:
    return (folder or user_log_dir()) / "brastod.log"


def setup_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file (1 MB × 6). Called once the window is up: the handler's module
    pulls in the socket library, which would delay the first paint."""
    from logging.handlers import RotatingFileHandler
    path = log_file(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(show_dialog, show_refusal=None) -> None:
    """Uncaught exceptions are logged, then shown with copyable details; the app keeps running.
    An error the user can act on (BrastodError) goes to ``show_refusal`` as its sentence, and
    work given up with Avbryt is only logged."""
    from brastod.core.errors import BrastodError
    from brastod.gui.tasks import Cancelled

    def hook(kind, error, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if issubclass(kind, Cancelled):
            log.info("Avbrutet av användaren")
            return
        if show_refusal is not None and issubclass(kind, BrastodError):
            log.warning("%s", error)
            show_refusal(str(error))
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("Ohanterat fel:\n%s", details)
        show_dialog(details)
    sys.excepthook = hook
