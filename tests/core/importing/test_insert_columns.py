"""The bulk insert on SQLite writes a column with one value on every row into the statement
once; what is stored is exactly what binding each row's value stores."""
import pytest
from sqlalchemy import create_engine

from brastod.core.dialects import insert_columns

COLUMNS = {"flag": [True, True, True], "partner": [7, 7, 7], "empty": [None, None, None],
           "text": ["a", "a", "a"], "mixed": [1, 1.0, True], "some": [None, 2, None],
           "huge": [2**63 - 1] * 3}


@pytest.fixture
def connection():
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"CREATE TABLE t ({', '.join(COLUMNS)})")
        yield connection
    engine.dispose()


def _stored(connection) -> list[tuple]:
    columns = ", ".join(f"{name}, typeof({name})" for name in COLUMNS)
    return connection.exec_driver_sql(f"SELECT {columns} FROM t ORDER BY rowid").all()


def test_the_same_rows_as_when_every_value_is_bound(connection):
    insert_columns(connection, "t", COLUMNS)
    written_once = _stored(connection)
    connection.exec_driver_sql("DELETE FROM t")
    connection.connection.driver_connection.executemany(
        f"INSERT INTO t VALUES ({', '.join('?' * len(COLUMNS))})", zip(*COLUMNS.values()))
    assert written_once == _stored(connection)
    assert [row[8:10] for row in written_once] == [(1, "integer"), (1.0, "real"), (1, "integer")]


def test_rows_with_every_column_the_same(connection):
    insert_columns(connection, "t", {name: values[:1] * 4 for name, values in COLUMNS.items()})
    rows = _stored(connection)
    assert len(rows) == 4 and len(set(rows)) == 1
    assert rows[0][:6] == (1, "integer", 7, "integer", None, "null")


def test_no_rows(connection):
    insert_columns(connection, "t", {name: [] for name in COLUMNS})
    assert _stored(connection) == []
