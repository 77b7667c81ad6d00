from typing import TYPE_CHECKING

from brastod.core.dates import WEEKDAYS
from brastod.gui.models.table import Column, RowTableModel

if TYPE_CHECKING:  # rows come from the core, which loads after the window is shown
    from brastod.core.services.incidents import IncidentRow

REVIEW_COLOUR = "#fff1c2"
REVIEW_TIP = ("Kategorin eller området kom nytt med en import. Öppna händelsen och spara den när "
              "du har kontrollerat den, eller koppla ordet till rätt kategori under Register.")


def _category(row: "IncidentRow") -> str | None:
    return f"{row.parent_category} › {row.category}" if row.parent_category else row.category


def _review_tip(row: "IncidentRow") -> str | None:
    return REVIEW_TIP if row.needs_review else None


class IncidentTableModel(RowTableModel):
    columns = (
        Column("Datum", lambda r: r.occurred_on, width=95),
        Column("Tid", lambda r: r.occurred_time, width=55),
        Column("Veckodag", lambda r: WEEKDAYS[r.occurred_on.weekday()], width=80),
        Column("Område", lambda r: r.area, width=120, tooltip=_review_tip),
        Column("Plats", lambda r: r.place, width=150),
        Column("Kategori", _category, width=220, tooltip=_review_tip),
        Column("Beskrivning", lambda r: r.description, width=340, stretch=True),
        Column("Antal", lambda r: r.count, numeric=True, width=55),
        Column("Rapporterad av", lambda r: r.partner, width=200),
        Column("Polisanmäld", lambda r: r.police_reported, width=85),
    )

    @staticmethod
    def row_background(row: "IncidentRow") -> str | None:
        return REVIEW_COLOUR if row.needs_review else None
