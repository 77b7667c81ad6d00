"""The national reference figures ("riket") that key figures are compared with."""
from brastod.gui.models.report_figures import KeyFigureModel
from brastod.gui.models.table import Column, RowTableModel

PER_100K = "per 100 000 invånare"


class NationalReferenceModel(RowTableModel):
    # Nyckeltal, År and Värde as the key figures show them.
    columns = KeyFigureModel.columns[:3] + (
        Column("Enhet", lambda r: f"{r.unit} {PER_100K}" if r.per_100k else r.unit, width=210),
        Column("Källa", lambda r: r.source, stretch=True, tooltip=lambda r: r.source),
    )
