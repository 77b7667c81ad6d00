from datetime import date
from typing import TYPE_CHECKING

from brastod.core.enums import ActionStatus, Rag
from brastod.core.labels import RAG_COLORS, label
from brastod.gui.models.table import Column, RowTableModel, contrast_text

if TYPE_CHECKING:  # rows come from the core, which loads after the window is shown
    from brastod.core.services.action_plans import ActionRow


class ActionTableModel(RowTableModel):
    """All actions across plans; ``today`` decides what is overdue (injectable for tests)."""

    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self.today = today or date.today()
        overdue = self._overdue_colour
        self.columns = (
            Column("Plan", lambda r: r.plan_title, width=150),
            Column("Orsak", lambda r: r.cause, width=190),
            Column("Åtgärd", lambda r: r.title, width=270),
            Column("Ansvarig", lambda r: r.partner, width=160),
            Column("Start", lambda r: r.start_on, width=95),
            Column("Klart senast", lambda r: r.due_on, foreground=overdue, width=95,
                   tooltip=lambda r: "Försenad" if r.is_overdue(self.today) else None),
            Column("Status", lambda r: label(ActionStatus, r.status), width=80),
            Column("Uppföljning", lambda r: label(Rag, r.rag),
                   background=lambda r: RAG_COLORS.get(r.rag),
                   foreground=lambda r: contrast_text(RAG_COLORS.get(r.rag)), width=90),
            Column("Senast uppföljd", lambda r: r.last_follow_up, width=105),
        )

    def _overdue_colour(self, row: "ActionRow") -> str | None:
        return "#c62828" if row.is_overdue(self.today) else None
