"""Changes made outside this window (another program on the same file, another user of the same
server database) told on ``Data.changed`` as if made here, with no origin: the tabs that show
them reload (ChangeFollower), within about a second.

A thread of its own waits on the database's watcher (core/changes.py), so the GUI thread never
waits for it and the task runner's worker stays free. What arrives is gathered: one notice
at once, then at most one every ``QUIET_MS`` (an import elsewhere is thousands of statements).
A lost connection is tried again every ``RETRY_SECONDS``; once back, everything is told as
changed (what happened meanwhile was not heard). On a server its connection, which waits on
the server all the time, is the first to fail when the server goes: the window's ``Data`` is
told at once (``doubt``), so that an idle window shows the loss, and again when it is back
(``retry_now``). A file has no connection to lose, and nothing is asked of it."""
import logging
import threading

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from brastod.gui.data import Data, Topic

log = logging.getLogger(__name__)

QUIET_MS = 500
LOOK_SECONDS = 0.3          # how long the thread waits before it checks whether to stop
RETRY_SECONDS = 3.0
TOLD = "Uppdaterat: ändringar från andra."

_TOPICS = {
    Topic.INCIDENTS: ("incident", "import_batch"),
    Topic.REPORTS: ("situation_report", "situation_report_area", "report_section",
                    "area_assessment", "assessment_level", "pinned_incident", "indicator",
                    "measurement", "priority_problem", "cause", "feedback_dispatch",
                    "survey_import", "survey_area"),
    Topic.PLANS: ("action_plan", "goal", "action", "follow_up", "priority_problem", "cause",
                  "indicator"),
    Topic.MEETINGS: ("meeting", "meeting_series", "series_member", "attendee", "agenda_item",
                     "agenda_template", "agenda_template_item", "decision",
                     "annual_cycle_item", "safety_walk", "walk_participant", "walk_point",
                     "observation_kind"),
    Topic.REGISTERS: ("municipality", "area", "area_synonym", "place", "partner", "contact",
                      "category", "category_synonym", "police_type_mapping", "column_mapping",
                      "setting", "population_figure", "national_reference"),
    Topic.ANNUAL: ("annual_report", "annual_report_section"),
    # Kept by the incidents' own changes (and caught up by a reader): nothing more to show.
    Topic(0): ("tally_year_moments", "tally_year_places", "tally_pending_batch",
               "write_receipt"),    # written with the change it is the receipt of
}
TABLE_TOPICS: dict[str, Topic] = {}
for _topic, _tables in _TOPICS.items():
    for _table in _tables:
        TABLE_TOPICS[_table] = TABLE_TOPICS.get(_table, Topic(0)) | _topic


def topics_of(tables) -> Topic:
    """What the changed ``tables`` alter in the window (an unknown one, or "*": everything)."""
    topics = Topic(0)
    for table in tables:
        topics |= TABLE_TOPICS.get(table, Topic.ALL)
    return topics


class _Arrivals(QObject):
    """The thread's way to the GUI thread; not a child of the window, so that a late notice
    from a thread still stopping never meets a deleted object."""
    changed = Signal(object)    # frozenset of table names
    away = Signal(bool)         # the server's connection is lost (True) or back (False)


class LiveChanges(QObject):
    told = Signal(object)       # the Topic just told on data.changed

    def __init__(self, data: Data, parent: QObject | None = None):
        super().__init__(parent)
        self.data = data
        self._pending = Topic(0)
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(self._tell)
        self._arrivals: _Arrivals | None = None
        self._stopping: threading.Event | None = None
        self._thread: threading.Thread | None = None

    def follow(self, db) -> None:
        """Follow ``db`` (instead of what was followed before)."""
        self.stop()
        self._arrivals = _Arrivals()
        self._arrivals.changed.connect(self._arrived)
        self._arrivals.away.connect(self._away)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=_follow, args=(db, self._arrivals,
                                                              self._stopping),
                                        name="brastod-live-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stops the thread; it closes its own connection (a connection attempt under way is
        not waited for)."""
        if self._thread is None:
            return
        self._stopping.set()
        self._arrivals.changed.disconnect(self._arrived)
        self._arrivals.away.disconnect(self._away)
        self._thread.join(timeout=2 * LOOK_SECONDS)
        self._thread = self._arrivals = self._stopping = None
        self._quiet.stop()
        self._pending = Topic(0)

    @property
    def following(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _away(self, away: bool) -> None:
        if self._thread is None or not shiboken6.isValid(self.data.runner):
            return
        if away:
            self.data.doubt()
        else:
            self.data.retry_now()

    def _arrived(self, tables) -> None:
        if self._thread is None:        # a notice sent just before ``stop``
            return
        self._pending |= topics_of(tables)
        if not self._quiet.isActive():
            self._tell()

    def _tell(self) -> None:
        if not shiboken6.isValid(self.data.runner):    # its application is gone: no reload
            self.stop()
            return
        if not self._pending:
            return
        topics, self._pending = self._pending, Topic(0)
        self._quiet.start()
        self.data.changed.emit(topics, None)
        self.told.emit(topics)


def _follow(db, arrivals: _Arrivals, stopping: threading.Event) -> None:
    from brastod.core import changes        # the database layer, on this thread only
    from brastod.core.changes import EVERYTHING
    watcher, away = None, False
    while not stopping.is_set():
        try:
            if watcher is None:
                watcher = changes.watch(db)
                if away:
                    log.info("Ändringsbevakningen är ansluten igen")
                    arrivals.changed.emit(EVERYTHING)
                    if db.server is not None:
                        arrivals.away.emit(False)
                    away = False
            seen = watcher.changed(LOOK_SECONDS, stopping)
        except Exception as error:      # the connection is gone (or never came): try again
            if not away:
                log.warning("Ändringsbevakningen tappade förbindelsen: %r", error)
                if db.server is not None and not stopping.is_set():
                    arrivals.away.emit(True)
            away = True
            watcher = _closed(watcher)
            stopping.wait(RETRY_SECONDS)
            continue
        if seen and not stopping.is_set():
            arrivals.changed.emit(seen)
    _closed(watcher)


def _closed(watcher) -> None:
    if watcher is not None:
        try:
            watcher.close()
        except Exception as error:
            log.debug("Ändringsbevakningens anslutning kunde inte stängas: %r", error)
    return None
