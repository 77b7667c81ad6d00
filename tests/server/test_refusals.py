"""What the server refuses, other than for a lost connection, is told in Swedish (core/server.py
``refusal``), never in the server's own English; and two users adding the same register name at
the same moment get the register's own message, not the unique constraint's."""
import re
import threading

import psycopg
import pytest
from psycopg import errors
from sqlmodel import select

from brastod.core.db import open_database
from brastod.core.dialects import one_name_check_at_a_time
from brastod.core.errors import BrastodError, FieldError, ValidationError
from brastod.core.meeting_rules import SeriesFields
from brastod.core.models import Area, Category, MeetingSeries, Partner
from brastod.core.server import ConnectionLost, connect_problem, is_connect_error, refusal
from brastod.core.services import meeting_series, registers

WAIT = 120          # seconds: generous, two busy cores
ENGLISH = re.compile(r"\b(violates|constraint|duplicate key|permission denied|ERROR|DETAIL|"
                     r"could not|relation|column)\b")


def _swedish(text: str) -> None:
    assert text.endswith(".") and not ENGLISH.search(text), text


def _wait_until(condition, what: str) -> None:
    event = threading.Event()
    for _ in range(WAIT * 20):
        if condition():
            return
        event.wait(0.05)
    raise AssertionError(f"väntade förgäves på {what}")


def _waiting_for_a_lock(url_db) -> bool:
    with url_db.engine.connect() as connection:
        return bool(connection.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()").scalar())


def _count(db, model, name: str) -> int:
    with db.session() as session:
        return len(session.exec(select(model).where(model.name == name)).all())


def _series(name: str) -> SeriesFields:
    return SeriesFields(name, "council", None, None, 120, None)


# The other user's row, and the second user's save of the same name.
REGISTERS = {
    "kategori": (lambda: Category(name="Klotter i tunneln", kind="crime"),
                 lambda db: registers.save_category(db, None, name="klotter i tunneln",
                                                    kind="crime"),
                 Category, "Kategorin"),
    "område": (lambda: Area(name="Norra hamnen"),
               lambda db: registers.add_area(db, "Norra Hamnen"), Area, "Området"),
    "partner": (lambda: Partner(name="Hamnbolaget"),
                lambda db: registers.add_partner(db, "Hamnbolaget"), Partner, "Partnern"),
    "mötesserie": (lambda: MeetingSeries(name="Hamnrådet"),
                   lambda db: meeting_series.save_series(db, None, _series("Hamnrådet"), []),
                   MeetingSeries, "mötesserie"),
}


@pytest.mark.parametrize("register", REGISTERS)
def test_the_same_name_saved_by_two_users_at_once_gets_the_registers_message(
        pg_new_url, register):
    """The first user's save is half-way (its check done, its row flushed, not committed) when
    the second's begins: the second waits for the first, then finds its name taken."""
    make_row, save, model, said = REGISTERS[register]
    first, second = open_database(pg_new_url), open_database(pg_new_url)
    outcome = []
    try:
        with first.session() as session:
            one_name_check_at_a_time(session.connection())
            row = make_row()
            session.add(row)
            session.flush()

            def other_user():
                try:
                    outcome.append(save(second))
                except BaseException as error:
                    outcome.append(error)
            thread = threading.Thread(target=other_user)
            thread.start()
            _wait_until(lambda: _waiting_for_a_lock(first), "den andras väntan")
            assert outcome == []
        thread.join(WAIT)
        assert len(outcome) == 1 and isinstance(outcome[0], FieldError), outcome
        assert outcome[0].field == "name" and said in str(outcome[0])
        _swedish(str(outcome[0]))
        assert _count(first, model, row.name) == 1
    finally:
        first.close()
        second.close()


def test_a_file_checks_names_as_before(db):
    """SQLite: the lock is a no-op there (BEGIN IMMEDIATE already orders the writers)."""
    registers.add_partner(db, "Hamnbolaget")
    with pytest.raises(ValidationError, match="Partnern"):
        registers.add_partner(db, "hamnbolaget")


# ---- every refusal the server can give a write, through the services' sessions ----

def _write(db, sql: str) -> None:
    with db.session() as session:
        session.connection().exec_driver_sql(sql)


@pytest.mark.parametrize("sql, said", [
    ("INSERT INTO partner (name, kind, active, version) VALUES ('Hamn', 'police', true, 1); "
     "INSERT INTO partner (name, kind, active, version) VALUES ('Hamn', 'police', true, 1)",
     "En partner med samma namn sparades nyss av någon annan"),
    ("INSERT INTO category_synonym (category_id, text, normalized) VALUES (999999, 'x', 'x')",
     "ändrat eller tagit bort"),       # the category does not exist
    ("INSERT INTO partner (name, kind, active, version) VALUES ('Ny', 'rymdvarelse', true, 1)",
     "godtog inte ett av värdena"),    # the kind's check constraint
    ("INSERT INTO partner (name, kind, active, version) VALUES (NULL, 'police', true, 1)",
     "godtog inte ett av värdena"),    # not null
    ("SET LOCAL transaction_read_only = on; UPDATE partner SET active = true",
     "skrivskyddad"),
    ("SET LOCAL statement_timeout = 1; SELECT pg_sleep(5)", "tog för lång tid"),
    ("LOCK TABLE partner IN ACCESS EXCLUSIVE MODE NOWAIT",
     "väntade på någon annans"),
])
def test_a_write_the_server_refuses_is_told_in_swedish_and_nothing_is_saved(
        pg_new_url, sql, said):
    db = open_database(pg_new_url)
    try:
        before = [(p.name, p.kind) for p in registers.list_partners(db)]
        holder = None
        if "NOWAIT" in sql:         # someone else holds the table
            holder = db.engine.connect()
            holder.exec_driver_sql("LOCK TABLE partner IN SHARE MODE")
        try:
            with pytest.raises(BrastodError) as raised:
                _write(db, sql)
        finally:
            if holder is not None:
                holder.rollback()
                holder.close()
        assert not isinstance(raised.value, ConnectionLost)
        assert said in str(raised.value)
        _swedish(str(raised.value))
        assert [(p.name, p.kind) for p in registers.list_partners(db)] == before
    finally:
        db.close()


@pytest.mark.parametrize("error, said", [
    (errors.DiskFull("could not extend file: No space left on device"), "fullt på disken"),
    (errors.OutOfMemory("out of memory"), "slut på minne"),
    (errors.ProgramLimitExceeded("index row size exceeds maximum"), "orkade inte"),
    (errors.SerializationFailure("could not serialize access"), "krockade"),
    (errors.DeadlockDetected("deadlock detected"), "krockade"),
    (errors.StringDataRightTruncation("value too long"), "godtog inte ett av värdena"),
    (errors.UniqueViolation("duplicate key value violates unique constraint"),
     "finns redan i brastod på testserver"),
])
def test_refusals_a_test_server_cannot_be_made_to_give_are_told_too(error, said):
    """A full disk or exhausted memory on the server: the driver's own error classes, as the
    server would send them (the code is what is read, never the English text)."""
    told = refusal(error, "brastod på testserver")
    assert told is not None and said in str(told)
    _swedish(str(told))


def test_what_is_a_bug_is_not_dressed_up_as_a_refusal():
    """A statement the server does not understand is Brastöd's own fault: the crash dialog and
    the log, with the details, not a message that sends the user to try again."""
    assert refusal(errors.UndefinedTable('relation "x" does not exist'), "db") is None
    assert refusal(errors.SyntaxError("syntax error"), "db") is None
    assert refusal(ValueError("x"), "db") is None


def test_too_many_connections_is_a_connection_problem_told_in_swedish():
    error = errors.TooManyConnections("sorry, too many clients already")
    assert is_connect_error(error)
    said = connect_problem(error, "brastod på testserver")
    assert "tar inte emot fler anslutningar" in said
    _swedish(said)


@pytest.mark.parametrize("text, lost, said", [
    ('database "x" does not exist', False, "finns inte på servern"),
    ("password authentication failed for user", False, "godtog inte inloggningen"),
    ("fe_sendauth: no password supplied", False, "godtog inte inloggningen"),
    ('role "y" does not exist', False, "Användaren finns inte"),
    ("connection timeout expired", False, "svarar inte"),
    ("server closed the connection unexpectedly", True, "Förbindelsen med servern bröts"),
    ("connection refused", False, "Kan inte ansluta"),
])
def test_every_connection_problem_is_told_in_swedish(text, lost, said):
    told = connect_problem(psycopg.OperationalError(text), "brastod på testserver", lost)
    assert said in told
    _swedish(told)
