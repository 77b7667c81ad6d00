"""Run by test_killed_editor: shows one editor on the example database, as its tab would (with
``Data`` and a task runner on a real worker thread), and types into it, a key every 40 ms (the
editor's own event loop keeps the time), until it is killed. The editors, by kind:

    section   the draft lägesbild's first section (Text)
    action    the first action's description in the plan's chain (the action form)
    minutes   the minutes of the first item of the first planned meeting

It reports on stdout "typed <keys>" after each key, and "saved <keys>" each time the editor's
autosave has committed the text, with the number of typed keys that text holds."""
import sys
import threading
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TEXT = "abcdefghij" * 60
KEY_MS = 40
KINDS = ("section", "action", "minutes")
_lock = threading.Lock()   # "saved" is reported from the worker thread


def report(line: str) -> None:
    with _lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def keys_in(body: str) -> int:
    return next(n for n in range(len(TEXT), -1, -1) if TEXT[:n] in body)


# ---- where each kind types, and what it holds (also read by the test after the kill) ----
def target(db, kind: str) -> int:
    from brastod.core.services import action_plans, meetings, plan_chain, situation_reports
    if kind == "section":
        draft = next(r.id for r in situation_reports.list_situation_reports(db)
                     if r.status == "draft")
        return situation_reports.get_report(db, draft).sections[0].id
    if kind == "action":
        plan = next(p.id for p in action_plans.list_plans(db)
                    if plan_chain.get_outline(db, p.id).problems)
        return plan_chain.get_outline(db, plan).all_actions()[0].id
    planned = sorted((m for m in meetings.list_meetings(db) if m.status == "planned"),
                     key=lambda m: m.meeting_date)
    return next(meetings.get_meeting(db, m.id).agenda[0].id for m in planned
                if meetings.get_meeting(db, m.id).agenda)


def saved_text(db, kind: str, item_id: int) -> str:
    from sqlmodel import select

    from brastod.core.models import Action, AgendaItem, ReportSection
    model, column = {"section": (ReportSection, "body"), "action": (Action, "description"),
                     "minutes": (AgendaItem, "minutes")}[kind]
    with db.session() as session:
        row = session.exec(select(model).where(model.id == item_id)).one()
        return getattr(row, column) or ""


def report_commits(kind: str) -> None:
    """The editor saves through a service function, on the worker thread; once it returns,
    the text is committed."""
    from brastod.core.services import meetings, plan_chain, situation_reports
    module, name, text = {
        "section": (situation_reports.SECTIONS, "save", lambda a, k: k.get("body")),
        "action": (plan_chain, "update_action", lambda a, k: a[1].description),
        "minutes": (meetings, "save_item", lambda a, k: k.get("minutes")),
    }[kind]
    save = getattr(module, name)

    def save_and_report(db, *args, **changes):
        saved = save(db, *args, **changes)
        typed = text(args, changes)
        if typed is not None:
            report(f"saved {keys_in(typed)}")
        return saved            # the new version, which the editor's next save names
    setattr(module, name, save_and_report)


# ---- the editors ----
def show_section(data, item_id, ready) -> None:
    from brastod.core.services.situation_reports import get_report, list_situation_reports
    from brastod.gui.data import Topic
    from brastod.gui.report_editor.sections import SectionsPane
    from brastod.gui.tabs.situation_report import report_sections
    pane = SectionsPane(data, report_sections, Topic.REPORTS)

    def shown(report) -> None:
        pane.show_sections(report.id, report.sections, False, item_id)
        ready(pane, pane.editor)
    data.run(lambda db, ctx: get_report(db, next(
        r.id for r in list_situation_reports(db) if r.status == "draft")), on_done=shown)


def show_action(data, item_id, ready) -> None:
    from brastod.core.plan_rules import Link
    from brastod.core.services.action_plans import list_plans
    from brastod.gui.plan_editor.chain import ChainPane, fetch_chain
    pane = ChainPane(data)

    def fetch(db, ctx):
        plan = next(p.id for p in list_plans(db) if fetch_chain(db, p.id)[0].problems)
        return plan, fetch_chain(db, plan)

    def shown(result) -> None:
        plan, (outline, choices) = result
        pane.show_plan(plan, outline, choices)
        pane.refresh((Link.ACTION, item_id))
        pane.shown.connect(lambda: ready(pane, pane.action_form.ui.description))
    data.run(fetch, on_done=shown)


def show_minutes(data, item_id, ready) -> None:
    from brastod.core.services.meetings import get_meeting, list_meetings
    from brastod.gui.meeting_editor.panes import AgendaPane
    pane = AgendaPane(data)

    def fetch(db, ctx):
        return next(d for d in (get_meeting(db, m.id) for m in list_meetings(db))
                    if any(item.id == item_id for item in d.agenda))

    def shown(detail) -> None:
        pane.show_meeting(detail, [], [])
        ready(pane, pane.ui.minutes)
    data.run(fetch, on_done=shown)


def main() -> None:
    app = QApplication(sys.argv)
    from brastod.core.db import open_database
    from brastod.gui.data import Data
    from brastod.gui.tasks import TaskRunner
    path, kind = sys.argv[1], sys.argv[2]
    report_commits(kind)
    db = open_database(path)
    item_id = target(db, kind)
    data = Data(TaskRunner(), date(2026, 11, 22))
    data.attach(db)
    typed = {"keys": 0}
    timer = QTimer(interval=KEY_MS, timerType=Qt.TimerType.PreciseTimer)

    def ready(pane, editor) -> None:
        if timer.isActive():
            return
        pane.resize(1000, 700)
        pane.show()
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)

        def type_one() -> None:
            QTest.keyClick(editor, TEXT[typed["keys"]])
            typed["keys"] += 1
            report(f"typed {typed['keys']}")
            if typed["keys"] == len(TEXT):
                timer.stop()
        timer.timeout.connect(type_one)
        timer.start()
    {"section": show_section, "action": show_action, "minutes": show_minutes}[kind](
        data, item_id, ready)
    app.exec()


if __name__ == "__main__":
    main()
