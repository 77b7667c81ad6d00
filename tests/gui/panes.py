"""The editors' panes built on their own, as the tabs build them: with a ``Data`` attached to
the example database and filled with what the tab would fetch for them (fetched here by the
test, which may use the database). Used by test_editors and test_autosave."""
from brastod.core.services import action_plans, meetings, plan_chain, situation_reports


def draft_report(db):
    draft = next(r for r in situation_reports.list_situation_reports(db) if r.status == "draft")
    return situation_reports.get_report(db, draft.id)


def sections_pane(qtbot, data, db):
    from brastod.gui.data import Topic
    from brastod.gui.report_editor.sections import SectionsPane
    from brastod.gui.tabs.situation_report import report_sections
    pane = SectionsPane(data, report_sections, Topic.REPORTS)
    qtbot.addWidget(pane)
    report = draft_report(db)
    pane.show_sections(report.id, report.sections, False)
    pane.show()
    return pane


def annual_sections_pane(qtbot, data, db):
    """The text of this year's verksamhetsberättelse (a draft)."""
    from brastod.core.services import annual_reports
    from brastod.gui.data import Topic
    from brastod.gui.report_editor.sections import SectionsPane
    from brastod.gui.tabs.annual_report import annual_sections
    draft = next(r for r in annual_reports.list_annual_reports(db) if r.status == "draft")
    pane = SectionsPane(data, annual_sections, Topic.ANNUAL)
    qtbot.addWidget(pane)
    pane.show_sections(draft.id, annual_reports.get_annual_report(db, draft.id).sections, False)
    pane.show()
    return pane


def assessments_pane(qtbot, data, db):
    from brastod.gui.report_editor.assessments import AssessmentsPane
    pane = AssessmentsPane(data)
    qtbot.addWidget(pane)
    report = draft_report(db)
    pane.show_assessments(report.id, situation_reports.assessment_rows(db, report.id),
                          situation_reports.list_levels(db), False)
    pane.show()
    return pane


def pinned_pane(qtbot, data, db):
    """Utvalda händelser of the draft, with one incident pinned and chosen."""
    from brastod.core.services.incidents import IncidentFilter, list_incidents
    from brastod.gui.report_editor.pinned import PinnedPane
    report = draft_report(db)
    incident = list_incidents(db, IncidentFilter(start=report.period.start,
                                                 end=report.period.end))[0]
    situation_reports.pin_incident(db, report.id, incident.id)
    pane = PinnedPane(data)
    qtbot.addWidget(pane)
    pane.show_pinned(report.id, situation_reports.get_report(db, report.id).pinned, False)
    pane.table.selectRow(0)
    pane.show()
    return pane


def chain_pane(qtbot, data, db, plan_id: int | None = None):
    from brastod.gui.plan_editor.chain import ChainPane, fetch_chain
    pane = ChainPane(data)
    qtbot.addWidget(pane)
    plan_id = plan_id or next(p.id for p in action_plans.list_plans(db)
                              if plan_chain.get_outline(db, p.id).problems)
    data.call(fetch_chain, plan_id, on_done=lambda result: pane.show_plan(plan_id, *result))
    pane.show()
    return pane


def choose(pane, link, index: int = 0):
    """The ``index``-th link of kind ``link`` chosen in the chain's outline; its node."""
    from PySide6.QtCore import QModelIndex
    found = []

    def walk(parent):
        for row in range(pane.model.rowCount(parent)):
            each = pane.model.index(row, 0, parent)
            if pane.model.node(each).link == link:
                found.append(each)
            walk(each)
    walk(QModelIndex())
    pane.ui.tree.setCurrentIndex(found[index])
    return pane.current_node()


def meeting_with_agenda(db):
    """The first planned meeting with an agenda and attendees."""
    rows = sorted(meetings.list_meetings(db), key=lambda m: m.meeting_date)
    details = (meetings.get_meeting(db, m.id) for m in rows if m.status == "planned")
    return next(d for d in details if d.agenda and d.attendees)


def meeting_panes(qtbot, data, db, meeting_id: int | None = None):
    """Uppgifter, Deltagare and Dagordning for the meeting (else the first planned one with
    an agenda)."""
    from brastod.core.services.registers import list_partners
    from brastod.gui.meeting_editor.panes import AgendaPane, AttendancePane, ParticularsPane
    detail = meetings.get_meeting(db, meeting_id) if meeting_id else meeting_with_agenda(db)
    particulars, attendance, agenda = (ParticularsPane(data), AttendancePane(data),
                                       AgendaPane(data))
    for pane in (particulars, attendance, agenda):
        qtbot.addWidget(pane)
        pane.show()
    particulars.show_meeting(detail, [(r.id, r.title) for r in
                                      situation_reports.list_situation_reports(db)])
    attendance.show_meeting(detail)
    agenda.show_meeting(detail, [(p.id, p.name) for p in list_partners(db)],
                        [(p.id, p.title) for p in action_plans.list_plans(db)])
    return detail, particulars, attendance, agenda
