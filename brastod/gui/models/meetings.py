from typing import TYPE_CHECKING

from brastod.core.dates import week_label
from brastod.core.enums import Body, MeetingStatus
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
        Column("Möte", lambda r: r.title, width=190),
        Column("Organ", lambda r: label(Body, r.body) if r.body else "", width=95),
        Column("Plats", lambda r: r.place, width=150),
        Column("Status", lambda r: label(MeetingStatus, r.status), width=130),
        Column("Punkter", lambda r: r.agenda_items, numeric=True, width=60),
        Column("Öppna beslut", lambda r: r.open_decisions, numeric=True, width=90),
    )
