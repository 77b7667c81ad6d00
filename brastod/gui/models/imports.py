"""Models for the import dialog's preview and the import history."""
from typing import TYPE_CHECKING

from brastod.core.dates import local_stamp
from brastod.gui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from brastod.core.importing.preview import PreviewRow
    from brastod.core.services.import_history import BatchRow

STATUS_TEXT = {"ok": "OK", "warning": "Varning", "rejected": "Avvisas"}
STATUS_COLOUR = {"ok": None, "warning": "#fff1c2", "rejected": "#f8d7da"}
SOURCES = {"file": "Fil", "police_json": "Polisens händelser", "demo": "Exempeldata",
           "manual": "För hand"}


def remarks(row: "PreviewRow") -> str:
    """What is wrong with a row, each remark a sentence naming its column:
    "Kolumn F: Innehåller troligen ett telefonnummer. Kolumn A: Datumet … är mer än tio år
    gammalt." """
    problems = ([row.rejection] if row.rejection else []) + row.warnings
    return " ".join(f"Kolumn {p.column}: {p.message}" if p.column else p.message
                    for p in problems)


class PreviewTableModel(RowTableModel):
    columns = (
        Column("Rad", lambda r: r.row, numeric=True, width=50),
        Column("Status", lambda r: STATUS_TEXT[r.status], width=70),
        Column("Datum", lambda r: r.occurred_on, width=90),
        Column("Tid", lambda r: r.occurred_time, width=50),
        Column("Kategori", lambda r: r.category, width=150),
        Column("Område", lambda r: r.area, width=110),
        Column("Plats", lambda r: r.place, width=130),
        Column("Beskrivning", lambda r: r.description, width=220),
        Column("Antal", lambda r: r.count, numeric=True, width=50),
        Column("Polisanmäld", lambda r: r.police_reported, width=80),
        Column("Anmärkning", remarks, width=320),
    )

    @staticmethod
    def row_background(row: "PreviewRow") -> str | None:
        return STATUS_COLOUR[row.status]


class BatchTableModel(RowTableModel):
    columns = (
        Column("Importerad", lambda r: local_stamp(r.imported_at), width=125),
        Column("Fil", lambda r: r.file_name, width=220),
        Column("Källa", lambda r: SOURCES.get(r.source, r.source), width=120),
        Column("Partner", lambda r: r.partner, width=180),
        Column("Rader", lambda r: r.rows_read, numeric=True, width=60),
        Column("Nya", lambda r: r.rows_imported, numeric=True, width=60),
        Column("Fanns redan", lambda r: r.rows_duplicate, numeric=True, width=85),
        Column("Avvisade", lambda r: r.rows_rejected, numeric=True, width=70),
        Column("Maskerade", lambda r: r.rows_masked, numeric=True, width=75),
        Column("Kvar nu", lambda r: r.incidents_now, numeric=True, width=65),
        Column("Ångrad", lambda r: local_stamp(r.undone_at), width=125),
    )

    @staticmethod
    def row_background(row: "BatchRow") -> str | None:
        return "#eeeeee" if row.undone_at else None
