"""Models for the register dialogs."""
from brastod.core.labels import label
from brastod.core.enums import AreaKind, CategoryKind, PartnerKind
from brastod.gui.models.table import Column, RowTableModel


class AreaTableModel(RowTableModel):
    columns = (
        Column("Område", lambda r: r.name, width=200),
        Column("Ligger inom", lambda r: r.parent_name, width=180),
        Column("Typ", lambda r: label(AreaKind, r.kind), width=120),
        Column("DeSO/RegSO", lambda r: r.deso_code, width=100),
        Column("Händelser", lambda r: r.incident_count, numeric=True, width=80),
    )


class PopulationTableModel(RowTableModel):
    columns = (
        Column("År", lambda r: r.year, numeric=True, width=70),
        Column("Folkmängd", lambda r: f"{r.population:,}".replace(",", "\u00a0"), numeric=True,
               width=110),
        Column("Källa", lambda r: r.source, width=200),
    )


class PartnerTableModel(RowTableModel):
    columns = (
        Column("Partner", lambda r: r.name, width=320),
        Column("Typ", lambda r: label(PartnerKind, r.kind), width=150),
        Column("Aktiv", lambda r: r.active, width=60),
        Column("Kontakter", lambda r: r.contact_count, numeric=True, width=80),
        Column("Händelser", lambda r: r.incident_count, numeric=True, width=80),
    )


class ContactTableModel(RowTableModel):
    columns = (
        Column("Namn", lambda r: r.name, width=180),
        Column("Roll", lambda r: r.role, width=200),
        Column("E-post", lambda r: r.email, width=250),
        Column("Telefon", lambda r: r.phone, width=120),
    )


class CategoryTableModel(RowTableModel):
    columns = (
        Column("Kategori", lambda r: r.name if r.parent_id is None else f"    {r.name}", width=260),
        Column("Huvudkategori", lambda r: r.parent_name, width=180),
        Column("Typ", lambda r: label(CategoryKind, r.kind), width=90),
        Column("Synonymer", lambda r: ", ".join(r.synonyms), width=300),
        Column("Händelser", lambda r: r.incident_count, numeric=True, width=80),
    )


class PoliceTypeTableModel(RowTableModel):
    columns = (
        Column("Polisens händelsetyp", lambda r: r.police_type, width=280),
        Column("Kategori", lambda r: r.category or "– välj –", width=260,
               background=lambda r: None if r.category_id else "#fff1c2"),
    )
