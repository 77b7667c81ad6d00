from typing import TYPE_CHECKING

from brastod.core.enums import ReportKind, ReportStatus
from brastod.core.labels import label
from brastod.gui.models.table import Column, RowTableModel

if TYPE_CHECKING:  # rows come from the core, which loads after the window is shown
    from brastod.core.services.situation_reports import SituationReportRow


def _status_colour(row: "SituationReportRow") -> str | None:
    return "#2e7d32" if row.status == ReportStatus.ADOPTED else "#8a6d00"


class SituationReportTableModel(RowTableModel):
    columns = (
        Column("Titel", lambda r: r.title, width=340),
        Column("Typ", lambda r: label(ReportKind, r.kind), width=90),
        Column("Från", lambda r: r.period_start, width=95),
        Column("Till", lambda r: r.period_end, width=95),
        Column("Status", lambda r: label(ReportStatus, r.status), foreground=_status_colour,
               width=90),
        Column("Fastställd", lambda r: r.adopted_on, width=95),
        Column("Fastställd av", lambda r: r.adopted_by, width=240),
    )
