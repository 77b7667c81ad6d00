from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from brastod.core.enums import ActionStatus, PlanKind, PlanStatus, Rag
from brastod.core.labels import RAG_COLORS, label
from brastod.core.plan_rules import OPEN_STATUSES
from brastod.gui.models.table import ROW_ROLE, Column, RowFilterProxy, RowTableModel, contrast_text

if TYPE_CHECKING:  # rows come from the core, which loads after the window is shown
    from brastod.core.services.action_plans import ActionRow

OVERDUE_TEXT, OVERDUE_ROW = "#c62828", "#fdecea"
OPEN = "open"       # the status filter's "planned or ongoing"


class ActionTableModel(RowTableModel):
    """All actions across plans; ``today`` decides what is overdue (injectable for tests).
    An overdue action's row is tinted red and its date says how late it is."""

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.today = today
        self.row_background = lambda r: OVERDUE_ROW if r.is_overdue(self.today) else None
        overdue = self._overdue_colour
        self.columns = (
            Column("Plan", lambda r: r.plan_title, width=180),
            Column("Orsak", lambda r: r.cause, width=200),
            Column("Åtgärd", lambda r: r.title, width=250, stretch=True),
            Column("Ansvarig", lambda r: r.partner, width=150),
            Column("Start", lambda r: r.start_on, width=90),
            Column("Klart senast", lambda r: r.due_on, foreground=overdue, width=95,
                   background=self.row_background, tooltip=self._late_text),
            Column("Status", lambda r: label(ActionStatus, r.status), width=80),
            Column("Uppföljning", lambda r: label(Rag, r.rag),
                   background=lambda r: RAG_COLORS.get(r.rag),
                   foreground=lambda r: contrast_text(RAG_COLORS.get(r.rag)), width=90),
            Column("Senast uppföljd", lambda r: r.last_follow_up, width=105),
        )

    def _overdue_colour(self, row: "ActionRow") -> str | None:
        return OVERDUE_TEXT if row.is_overdue(self.today) else None

    def _late_text(self, row: "ActionRow") -> str | None:
        if row.is_overdue(self.today):
            return f"Försenad {(self.today - row.due_on).days} dagar"
        return None


class ActionFilterProxy(RowFilterProxy):
    """The tracker's filters: plan, partner, status, colour, overdue, due within 30 days — on
    top of the free-text search."""

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.today = today
        self.plan_id = self.partner_id = self.status = self.rag = None
        self.overdue_only = self.due_soon_only = False

    def set_filter(self, **values) -> None:
        # Qt 6.9 brought begin/endFilterChange and deprecates invalidateRowsFilter;
        # PySide6 6.8 is still supported.
        changing = hasattr(self, "beginFilterChange")
        if changing:
            self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        if changing:
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if row is None:
            return False
        status = None if self.status == OPEN else self.status
        wanted = ((self.plan_id, row.plan_id), (self.partner_id, row.partner_id),
                  (status, row.status), (self.rag, row.rag))
        if any(want is not None and want != have for want, have in wanted):
            return False
        if self.status == OPEN and row.status not in OPEN_STATUSES:
            return False
        if self.overdue_only and not row.is_overdue(self.today):
            return False
        if self.due_soon_only and not row.is_due_soon(self.today):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class PlanTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            Column("Plan", lambda r: r.title, width=380),
            Column("Typ", lambda r: label(PlanKind, r.kind), width=170),
            Column("Från", lambda r: r.period_start, width=95),
            Column("Till", lambda r: r.period_end, width=95),
            Column("Status", lambda r: label(PlanStatus, r.status), width=85),
            Column("Beslutad", lambda r: r.decided_on, width=95),
            Column("Beslutad av", lambda r: r.decided_by, width=170),
            Column("Åtgärder", lambda r: r.actions, numeric=True, width=70),
        )
