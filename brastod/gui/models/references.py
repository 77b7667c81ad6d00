"""The national reference figures ("riket") that key figures are compared with."""
from brastod.gui.models.report_figures import _number
from brastod.gui.models.table import Column, RowTableModel

PER_100K = "per 100 000 invånare"


class NationalReferenceModel(RowTableModel):
    columns = (
        Column("Nyckeltal", lambda r: r.indicator, width=190),
        Column("År", lambda r: r.year, numeric=True, width=55),
        Column("Värde", lambda r: _number(r.value, 0 if r.value == int(r.value) else 1),
               numeric=True, width=80),
        Column("Enhet", lambda r: f"{r.unit} {PER_100K}" if r.per_100k else r.unit, width=210),
        Column("Källa", lambda r: r.source, stretch=True, tooltip=lambda r: r.source),
    )
