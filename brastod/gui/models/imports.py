"""Models for the import dialog's preview and the import history."""
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from brastod.core.dates import local_stamp
from brastod.gui.models.table import ROW_ROLE, Column, RowTableModel

if TYPE_CHECKING:
    from brastod.core.importing.preview import Preview, PreviewRow, PreviewRows
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
    """Rows of a preview (PreviewRows). The model's rows are the rows' positions in the preview,
    and a row becomes a PreviewRow only when it is shown or asked for: a dialog on 50 000 rows
    makes the few dozen it paints."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.preview: "Preview | None" = None
        value = self._value
        self.columns = (
            Column("Rad", lambda p: self.preview.numbers[p], numeric=True, width=50),
            Column("Status", lambda p: STATUS_TEXT[self.preview.status(p)], width=70),
            Column("Datum", value("occurred_on"), width=90),
            Column("Tid", value("occurred_time"), width=50),
            Column("Kategori", value("category"), width=150),
            Column("Område", value("area"), width=110),
            Column("Plats", value("place"), width=130),
            Column("Beskrivning", value("description"), width=220),
            Column("Antal", value("count"), numeric=True, width=50),
            Column("Polisanmäld", value("police_reported"), width=80),
            Column("Anmärkning", lambda p: remarks(self.preview.row(p)), width=320),
        )

    def _value(self, name: str):
        return lambda position: getattr(self.preview.row(position), name)

    def set_rows(self, rows: "PreviewRows") -> None:
        self.preview = rows.preview
        super().set_rows(rows.positions)

    def row_background(self, position: int) -> str | None:
        return STATUS_COLOUR[self.preview.status(position)]

    def row_at(self, row: int) -> "PreviewRow":
        return self.preview.row(super().row_at(row))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == ROW_ROLE and index.isValid() and 0 <= index.row() < self.rowCount():
            return self.row_at(index.row())
        return super().data(index, role)


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
