"""The schema's migration steps, registered in ``db.MIGRATIONS``: each takes a database at one
version to the next inside the transaction the caller has begun."""
from sqlalchemy import Connection


def drop_originals(connection: Connection) -> None:
    """Version 1 → 2: an import batch keeps its file's size, no longer the file itself (the
    partner's whole file, unmasked, columns nobody mapped included). With secure_delete the
    pages and cells that held the bytes are overwritten with zeros, not merely freed, so no
    copy is left in the file once the write-ahead log is checkpointed into it."""
    previous = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
    connection.exec_driver_sql("PRAGMA secure_delete=ON")
    try:
        connection.exec_driver_sql("ALTER TABLE import_batch ADD COLUMN file_size INTEGER")
        connection.exec_driver_sql("UPDATE import_batch SET file_size = length(original)")
        connection.exec_driver_sql("ALTER TABLE import_batch DROP COLUMN original")
    finally:
        connection.exec_driver_sql(f"PRAGMA secure_delete={int(previous)}")
