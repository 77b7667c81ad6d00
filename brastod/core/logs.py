"""Logging to a rotating file in the user's log folder, for the GUI and the command line alike.
Nothing is logged to stderr: a user sees one Swedish line, the details are in the file."""
import logging
import os
import sys
from pathlib import Path

from brastod.core.paths import user_log_dir


def log_file(folder: Path | None = None) -> Path:
    return (folder or user_log_dir()) / "brastod.log"


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log to a rotating file (1 MB × 6), and Python's warnings with it. Returns the file, or
    None when it cannot be written (the program works on, without a log). Calling it again
    adds nothing. Called once the window is up: the handler's module pulls in the socket
    library, which would delay the first paint."""
    from logging.handlers import RotatingFileHandler
    path = log_file(folder)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    # "Exception ignored in …" (a file object closed late, e.g. after a full disk) to the log,
    # not as a traceback on stderr.
    sys.unraisablehook = _log_unraisable
    logging.raiseExceptions = False     # a log that cannot be written is not the user's error
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == os.path.abspath(path):
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        # Without a handler logging's last resort would print to stderr.
        root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def _log_unraisable(unraisable) -> None:
    logging.getLogger("brastod").warning(
        "%s: %r", unraisable.err_msg or "Undantag som inte kunde tas om hand",
        unraisable.exc_value, exc_info=(unraisable.exc_type, unraisable.exc_value,
                                        unraisable.exc_traceback))
