"""The few things SQLite and PostgreSQL say differently, in one place, so that the services
write portable SQLAlchemy: ``folded(text)`` is the text with its case folded as Python does it
(å, ä and ö too; SQLite's own lower() and LIKE fold only A–Z)."""
from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


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


def _fold(value):
    return value.casefold() if isinstance(value, str) else value


def add_sqlite_functions(dbapi_connection) -> None:
    """The Python functions ``folded`` calls on SQLite, given to each new connection."""
    dbapi_connection.create_function("brastod_fold", 1, _fold, deterministic=True)
