"""The handler for uncaught errors in the GUI (the log file itself: brastod.core.logs)."""
import logging
import sys
import traceback

log = logging.getLogger("brastod")


def install_excepthook(show_dialog) -> None:
    """Uncaught exceptions are logged, then shown with copyable details; the app keeps running."""
    def hook(kind, error, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("Ohanterat fel:\n%s", details)
        show_dialog(details)
    sys.excepthook = hook
