"""The schema's migration steps, registered in ``db.MIGRATIONS``: each takes a database at one
version to the next inside the transaction the caller has begun."""
import json

from sqlalchemy import Connection

from brastod.core.importing import screening


def drop_originals(connection: Connection) -> None:
    """Version 1 → 2: an import batch keeps its file's size, no longer the file itself (the
    partner's whole file, unmasked, columns nobody mapped included), and the names kept from
    the file are masked as imports now mask them. With secure_delete the pages and cells that
    held the bytes are overwritten with zeros, not merely freed, so no copy is left in the file
    once the write-ahead log is checkpointed into it."""
    previous = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
    connection.exec_driver_sql("PRAGMA secure_delete=ON")
    try:
        connection.exec_driver_sql("ALTER TABLE import_batch ADD COLUMN file_size INTEGER")
        connection.exec_driver_sql("UPDATE import_batch SET file_size = length(original)")
        connection.exec_driver_sql("ALTER TABLE import_batch DROP COLUMN original")
        _mask_names(connection, "import_batch", "file_name", _masked)
        _mask_names(connection, "import_batch", "mapping_json", _masked_mapping)
        _mask_names(connection, "column_mapping", "mapping_json", _masked_mapping)
    finally:
        connection.exec_driver_sql(f"PRAGMA secure_delete={int(previous)}")


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
