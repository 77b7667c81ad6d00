"""The few things SQLite and PostgreSQL say differently, in one place, so that the services
write portable SQLAlchemy:
- ``folded(text)``: the text with its case folded as Python does it (å, ä and ö too; SQLite's
  own lower() and LIKE fold only A–Z);
- ``month_of(day)``: "2025-12" for a date (SQLite keeps dates as text, PostgreSQL as dates);
- ``hour_of(clock)``: the hour of a time, 0–23;
- ``year_of(day)`` and ``weekday_of(day)``: a date's year, and its weekday as Python numbers
  it (Monday 0);
- ``insert_columns`` and ``incidents_with_keys``: an import's bulk work, straight to the driver
  as each database does it best."""
import json
from collections.abc import Sequence
from operator import itemgetter

from sqlalchemy import Connection, Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from brastod.core.server_copy import copy_columns


class folded(FunctionElement):
    type = String()
    name = "folded"
    inherit_cache = True


@compiles(folded, "sqlite")
def _folded_sqlite(element, compiler, **kw) -> str:
    return f"brastod_fold({compiler.process(element.clauses, **kw)})"


@compiles(folded, "postgresql")
def _folded_postgresql(element, compiler, **kw) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


class month_of(FunctionElement):
    type = String()
    name = "month_of"
    inherit_cache = True


@compiles(month_of, "sqlite")
def _month_sqlite(element, compiler, **kw) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(month_of, "postgresql")
def _month_postgresql(element, compiler, **kw) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


class hour_of(FunctionElement):
    type = Integer()
    name = "hour_of"
    inherit_cache = True


@compiles(hour_of, "sqlite")
def _hour_sqlite(element, compiler, **kw) -> str:
    return f"CAST(substr({compiler.process(element.clauses, **kw)}, 1, 2) AS INTEGER)"


@compiles(hour_of, "postgresql")
def _hour_postgresql(element, compiler, **kw) -> str:
    return f"CAST(extract(hour FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


class year_of(FunctionElement):
    type = Integer()
    name = "year_of"
    inherit_cache = True


@compiles(year_of, "sqlite")
def _year_sqlite(element, compiler, **kw) -> str:
    return f"CAST(substr({compiler.process(element.clauses, **kw)}, 1, 4) AS INTEGER)"


@compiles(year_of, "postgresql")
def _year_postgresql(element, compiler, **kw) -> str:
    return f"CAST(extract(year FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


class weekday_of(FunctionElement):
    type = Integer()
    name = "weekday_of"
    inherit_cache = True


@compiles(weekday_of, "sqlite")
def _weekday_sqlite(element, compiler, **kw) -> str:      # %w: Sunday 0
    return f"(CAST(strftime('%w', {compiler.process(element.clauses, **kw)}) AS INTEGER) + 6) % 7"


@compiles(weekday_of, "postgresql")
def _weekday_postgresql(element, compiler, **kw) -> str:  # isodow: Monday 1
    return f"(CAST(extract(isodow FROM {compiler.process(element.clauses, **kw)}) AS INTEGER) - 1)"


def _fold(value):
    return value.casefold() if isinstance(value, str) else value


def add_sqlite_functions(dbapi_connection) -> None:
    """The Python functions ``folded`` calls on SQLite, given to each new connection."""
    dbapi_connection.create_function("brastod_fold", 1, _fold, deterministic=True)


def insert_columns(connection: Connection, table: str, columns: dict[str, Sequence]) -> None:
    """Rows given by column (name → the rows' values, in storage form), made into rows as the
    driver reads them: one executemany on SQLite, COPY on PostgreSQL (core/server_copy.py)."""
    if connection.dialect.name == "postgresql":
        copy_columns(connection, table, columns)
        return
    # A column with one value on every row (the partner, the batch, a flag, an unmapped
    # field) is written once in the statement rather than bound on each row: 50 000 rows with
    # six such columns were saved in 0.26 s rather than 0.30 s.
    same = {name: _literal(values) for name, values in columns.items()}
    bound = [values for name, values in columns.items() if same[name] is None]
    rows = zip(*bound) if bound else [()] * len(next(iter(columns.values())))
    # The driver's own executemany takes the rows as they are made (SQLAlchemy's wants a
    # list); the connection is the session's, in its transaction.
    connection.connection.driver_connection.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join(same[name] or '?' for name in columns)})", rows)


def _literal(values: Sequence) -> str | None:
    """The SQL literal of the one value ``values`` hold, when that is None, a bool or a 64-bit
    integer; else None."""
    if not values:
        return None
    first = values[0]
    if first is None:
        return "NULL" if values.count(None) == len(values) else None
    if type(first) not in (bool, int) or not -2**63 <= first < 2**63:
        return None
    if values.count(first) != len(values) or len(set(map(type, values))) != 1:
        return None
    return str(int(first))


IMPORT_LOCK = 1982001     # PostgreSQL's advisory lock number for imports


def one_import_at_a_time(connection: Connection) -> None:
    """Until the transaction ends, no other import runs: each would otherwise find a shared
    row (or a new category) missing and save it too. SQLite's write lock, which every session
    takes first, does this already."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({IMPORT_LOCK})")


def one_name_check_at_a_time(connection: Connection) -> None:
    """Until the transaction ends, no other register change (or import, which makes categories
    and areas too) checks a name: on a server two users adding "Klotter" at once would
    otherwise both find it free, and the second meet the unique constraint. The import's lock;
    SQLite's write lock does this already."""
    one_import_at_a_time(connection)


def incidents_with_keys(connection: Connection, keys: list[int]) -> set[int]:
    """Which of the dedupe ``keys`` the incidents already have: the stored keys read, or the
    keys looked up in one statement."""
    driver = connection.connection.driver_connection
    if (driver.execute("SELECT max(id) FROM incident").fetchone()[0] or 0) < len(keys):
        # Fewer incidents than keys (a first import, or one larger than all before it): every
        # stored key read from the index costs less than looking each key up (SQLite: 50 000
        # stored keys read in 37 ms, 50 000 keys looked up in 58 ms; in an empty table 30 ms
        # for nothing; PostgreSQL, an empty table: 80 ms for nothing, against 6 ms).
        return set(keys).intersection(map(itemgetter(0), driver.execute(
            "SELECT row_hash FROM incident WHERE row_hash IS NOT NULL")))
    if connection.dialect.name == "postgresql":
        # The keys as one binary array: their text form took 50–100 ms more to write and read
        # (50 000 keys).
        return set(map(itemgetter(0), driver.execute(
            "SELECT row_hash FROM incident WHERE row_hash = ANY(%b)", (keys,), binary=True)))
    # SQLite walks the JSON list and looks each key up in the index (500 keys a statement
    # cost 0.1–0.2 s more for 50 000 rows).
    return set(connection.exec_driver_sql(
        "SELECT row_hash FROM incident WHERE row_hash IN (SELECT value FROM json_each(?))",
        (json.dumps(keys),)).scalars())
