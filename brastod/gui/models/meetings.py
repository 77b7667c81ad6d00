from typing import TYPE_CHECKING

from brastod.core.dates import week_label
from brastod.core.enums import AttendeeStatus, Body, DecisionStatus, MeetingStatus
from brastod.core.labels import label
from brastod.gui.models.table import Column, RowTableModel

if TYPE_CHECKING:  # rows come from the core, which loads after the window is shown
    from brastod.core.services.meetings import MeetingRow


def _time(row: "MeetingRow") -> str:
    if row.start_time is None:
        return ""
    end = f"–{row.end_time:%H:%M}" if row.end_time else ""
    return f"{row.start_time:%H:%M}{end}"


class MeetingTableModel(RowTableModel):
    columns = (
        Column("Datum", lambda r: r.meeting_date, width=95),
        Column("Vecka", lambda r: week_label(r.meeting_date), width=60),
        Column("Tid", _time, width=85),
        Column("Möte", lambda r: r.title, width=190, stretch=True),
        Column("Organ", lambda r: label(Body, r.body) if r.body else "", width=95),
        Column("Plats", lambda r: r.place, width=150),
        Column("Status", lambda r: label(MeetingStatus, r.status), width=130),
        Column("Punkter", lambda r: r.agenda_items, numeric=True, width=60),
        Column("Öppna beslut", lambda r: r.open_decisions, numeric=True, width=90),
    )


class AttendeeModel(RowTableModel):
    """The people of a meeting with their attendance (AttendeeRow)."""

    columns = (
        Column("Namn", lambda r: r.name, width=190),
        Column("Roll", lambda r: r.role, width=150),
        Column("Organisation", lambda r: r.organisation, width=220),
        Column("Närvaro", lambda r: label(AttendeeStatus, r.status), width=130),
        Column("Anteckning", lambda r: r.note, width=150),
    )


class DecisionModel(RowTableModel):
    """The decisions made under one agenda item (DecisionRow)."""

    columns = (
        Column("Beslut", lambda r: r.text, width=330),
        Column("Ansvarig", lambda r: r.partner, width=150),
        Column("Klart senast", lambda r: r.due_on, width=95),
        Column("Status", lambda r: label(DecisionStatus, r.status), width=85),
        Column("Åtgärd", lambda r: "I planen" if r.action_id else "", width=80),
    )
