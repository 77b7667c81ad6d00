from typing import TYPE_CHECKING

from brastod.core.enums import ReportStatus
from brastod.core.labels import label
from brastod.gui.models.table import Column, RowTableModel

if TYPE_CHECKING:  # rows come from the core, which loads after the window is shown
    from brastod.core.services.annual_reports import AnnualReportRow


def _status_colour(row: "AnnualReportRow") -> str:
    return "#2e7d32" if row.status == ReportStatus.ADOPTED else "#8a6d00"


class AnnualReportTableModel(RowTableModel):
    """Verksamhetsberättelser and delårsrapporter; the period as dates, so that it sorts by its
    start."""
    columns = (
        Column("Titel", lambda r: r.title, width=380),
        Column("Period", lambda r: f"{r.period_start:%Y-%m-%d} – {r.period_end:%Y-%m-%d}",
               width=190),
        Column("Status", lambda r: label(ReportStatus, r.status), foreground=_status_colour,
               width=90),
        Column("Fastställd", lambda r: r.adopted_on, stretch=True,
               tooltip=lambda r: r.adopted_by and f"Fastställd av {r.adopted_by}"),
    )
