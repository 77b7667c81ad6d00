"""Version 1 → 2: an import batch keeps its file's size, no longer the file itself (the partner's
whole file, unmasked, columns nobody mapped included), and the names kept from files are masked
as imports now mask them: the file, sheet and headings, and the category and area names (their
incidents marked for review). The connection's secure_delete (set for every connection in
core.db) overwrites the pages and cells that held the bytes with zeros, and the migration
checkpoints the write-ahead log into the file at once."""
import json

from alembic import op
from sqlalchemy import Connection

from brastod.core.importing import screening
from brastod.core.text import normalize

revision = "2"
down_revision = None        # version 1: the schema of the first release
branch_labels = None
depends_on = None


def upgrade() -> None:
    drop_originals(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("Version 2 removed the stored files; there is no way back.")


def drop_originals(connection: Connection) -> None:
    connection.exec_driver_sql("ALTER TABLE import_batch ADD COLUMN file_size INTEGER")
    connection.exec_driver_sql("UPDATE import_batch SET file_size = length(original)")
    connection.exec_driver_sql("ALTER TABLE import_batch DROP COLUMN original")
    _mask_names(connection, "import_batch", "file_name", _masked)
    _mask_names(connection, "import_batch", "mapping_json", _masked_mapping)
    _mask_names(connection, "column_mapping", "mapping_json", _masked_mapping)
    _mask_registers(connection)


def _mask_names(connection: Connection, table: str, column: str, mask) -> None:
    rows = connection.exec_driver_sql(
        f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL").all()
    for row_id, value in rows:
        masked = mask(value)
        if masked != value:
            connection.exec_driver_sql(f"UPDATE {table} SET {column} = ? WHERE id = ?",
                                       (masked, row_id))


def _masked(text: str) -> str:
    return screening.mask(text)[0]


def _masked_mapping(mapping_json: str) -> str:
    """The stored column mapping with its sheet name and headings masked."""
    mapping = json.loads(mapping_json)
    if not isinstance(mapping, dict):
        return mapping_json
    masked = dict(mapping)
    if isinstance(mapping.get("sheet"), str):
        masked["sheet"] = _masked(mapping["sheet"])
    if isinstance(mapping.get("columns"), dict):
        masked["columns"] = {name: _masked(heading) if isinstance(heading, str) else heading
                             for name, heading in mapping["columns"].items()}
    return mapping_json if masked == mapping else json.dumps(masked, ensure_ascii=False)


def _mask_registers(connection: Connection) -> None:
    """Category and area names made from files before they were screened, and synonyms:
    masked (numbered where the masked name is taken), their incidents marked for review."""
    for table, group in (("area", "0"), ("category", "parent_id")):
        rows = connection.exec_driver_sql(f"SELECT id, name, {group} FROM {table}").all()
        key = "area_id" if table == "area" else "category_id"
        for row_id, name in _unique_masked(rows).items():
            connection.exec_driver_sql(f"UPDATE {table} SET name = ? WHERE id = ?",
                                       (name, row_id))
            connection.exec_driver_sql(f"UPDATE incident SET needs_review = 1 WHERE {key} = ?",
                                       (row_id,))
    # A category's synonym keeps the words as written; an area's only their normalised form.
    for table, written in (("category_synonym", "text"), ("area_synonym", "normalized")):
        rows = connection.exec_driver_sql(f"SELECT id, {written}, normalized FROM {table}").all()
        taken = {normalized for _, _, normalized in rows}
        for row_id, value, _ in rows:
            masked = _masked(value)
            if masked == value:
                continue
            if normalize(masked) in taken:      # the masked words are someone's already
                connection.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (row_id,))
                continue
            taken.add(normalize(masked))
            update = ("text = ?, normalized = ?" if written == "text" else "normalized = ?")
            values = (masked, normalize(masked)) if written == "text" else (normalize(masked),)
            connection.exec_driver_sql(f"UPDATE {table} SET {update} WHERE id = ?",
                                       (*values, row_id))


def _unique_masked(rows) -> dict[int, str]:
    """id → the masked name, for the (id, name, group) rows that hold personal data; numbered
    where the masked name is already taken in its group."""
    taken = {(group, name) for _, name, group in rows}
    renamed = {}
    for row_id, name, group in rows:
        masked = _masked(name)
        if masked == name:
            continue
        candidate, number = masked, 1
        while (group, candidate) in taken:
            number += 1
            candidate = f"{masked} ({number})"
        taken.add((group, candidate))
        renamed[row_id] = candidate
    return renamed
