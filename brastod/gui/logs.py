"""The handler for uncaught errors in the GUI (the log file itself: brastod.core.logs)."""
import logging
import sys
import traceback

log = logging.getLogger("brastod")


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
