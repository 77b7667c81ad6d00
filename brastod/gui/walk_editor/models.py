"""The tables of a trygghetsvandring: its points (with the status and colour of the action a
point became) and the organisations that took part."""
from datetime import date
from typing import TYPE_CHECKING

from brastod.core.enums import ActionStatus, Rag
from brastod.core.labels import RAG_COLORS, label
from brastod.gui.models.actions import OVERDUE_TEXT
from brastod.gui.models.table import Column, RowTableModel, contrast_text

if TYPE_CHECKING:  # rows come from the core, which loads after the window is shown
    from brastod.core.services.walks import PointRow


def action_text(row: "PointRow") -> str:
    """ "Pågående · Gul", "Planerad", or "" for a point that is not an action."""
    if row.action_status is None:
        return ""
    status = label(ActionStatus, row.action_status)
    return f"{status} · {label(Rag, row.rag)}" if row.rag else status


class PointTableModel(RowTableModel):
    """The points in the walk's order; ``today`` decides what is overdue."""

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.today = today
        self.columns = (
            Column("Nr", lambda r: r.number, numeric=True, width=40),
            Column("Plats", lambda r: r.place, width=180),
            Column("Iakttagelse", lambda r: r.kind, width=110),
            Column("Anteckning", lambda r: r.note, width=240, stretch=True),
            Column("Ansvarig", lambda r: r.partner, width=160),
            Column("Klart senast", lambda r: r.due_on, width=95, foreground=self._late,
                   tooltip=self._late_text),
            Column("Åtgärd", action_text, width=130,
                   background=lambda r: RAG_COLORS.get(r.rag),
                   foreground=lambda r: contrast_text(RAG_COLORS.get(r.rag)),
                   tooltip=lambda r: r.action_title),
        )

    def _late(self, row: "PointRow") -> str | None:
        return OVERDUE_TEXT if row.is_overdue(self.today) else None

    def _late_text(self, row: "PointRow") -> str | None:
        if row.is_overdue(self.today):
            return f"Försenad {(self.today - row.due_on).days} dagar"
        return None


class ParticipantModel(RowTableModel):
    columns = (
        Column("Organisation", lambda r: r.organisation, width=260, stretch=True),
        Column("Antal", lambda r: r.headcount, numeric=True, width=60),
    )
