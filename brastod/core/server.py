"""A Brastöd database on a PostgreSQL server, for a municipality that has outgrown one laptop.

``--db`` and BRASTOD_DB take a file path or a libpq-style URL: ``postgresql://USER@HOST:PORT/DB``,
``postgresql://USER@/DB?host=/socket/dir&port=5432`` for a local socket, ``sslmode=`` for TLS.
The password is never part of what Brastöd stores or shows: libpq reads it from the user's
pgpass file (or PGPASSWORD). psycopg 3 is the driver; the schema is the one SQLite has, created
at today's version and upgraded by the same Alembic revisions."""
from __future__ import annotations

import logging
import os
import re
import sys
import time
import uuid
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from brastod.core.errors import BrastodError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine

# SQLAlchemy is imported where it is used, so that telling an address from a file (is_server)
# costs the window's start-up nothing.

log = logging.getLogger(__name__)
SCHEMES = ("postgresql://", "postgres://")
# What may follow "?" in an address: where the server is, and how to meet it (libpq's names).
OPTIONS = {"host", "port", "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout",
           "application_name", "target_session_attrs", "passfile"}
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def is_server(target) -> bool:
    """Whether ``target`` (what --db was given) names a server rather than a file."""
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


# "scheme://": two letters at least, so that a Windows drive (C://) stays a file name.
_ADDRESS = re.compile(r"([a-z][a-z0-9+.-]+)://", re.IGNORECASE)
# "user:password@" right after the scheme.
_PASSWORD = re.compile(r"^[^/]*//[^/@?#]*:[^/@?#]*@")
NO_PASSWORD = ("Skriv inte lösenordet i serveradressen. Lägg det i pgpass-filen (~/.pgpass, på "
               "Windows %APPDATA%\\postgresql\\pgpass.conf), så läser Brastöd det därifrån.")


def refuse_other_address(target: str) -> None:
    """An address of another kind of database (mysql://…) is refused rather than taken for a
    file name; a password in it is never repeated."""
    scheme = _ADDRESS.match(target)
    if scheme and not is_server(target):
        shown_as = "" if _PASSWORD.match(target) else f" ”{target}”"
        raise BrastodError(f"Brastöd kan inte använda databasen{shown_as}: {scheme[1]} stöds "
                           "inte. Ange en databasfil (SQLite) eller en databas på en "
                           "PostgreSQL-server, postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS.")


def parse(target: str) -> URL:
    """The URL for SQLAlchemy with psycopg 3; a malformed one is told in Swedish. One with a
    password is refused before anything else, so that no message repeats it."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError
    if _PASSWORD.match(target):
        raise BrastodError(NO_PASSWORD)
    try:
        url = make_url("postgresql+psycopg://" + target.split("://", 1)[1])
    except (ArgumentError, ValueError):
        raise BrastodError(f"Serveradressen ”{target}” går inte att läsa. Skriv den som "
                           "postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS.") from None
    if url.password is not None or "password" in url.query:
        raise BrastodError(NO_PASSWORD)
    if not url.database:
        raise BrastodError(f"Serveradressen ”{target}” saknar databasens namn. Skriv den som "
                           "postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS.")
    port = url.query.get("port")
    if port is not None and not (isinstance(port, str) and port.isdigit()):
        raise BrastodError(f"Serveradressen ”{target}” har en port som inte är ett tal. Skriv "
                           "den som port=5432.")
    sslmode = url.query.get("sslmode")
    if sslmode is not None and sslmode not in SSL_MODES:
        raise BrastodError(f"Serveradressen ”{target}” har sslmode={sslmode}, som inte finns. "
                           f"Välj {', '.join(SSL_MODES[:-1])} eller {SSL_MODES[-1]}.")
    unknown = sorted(set(url.query) - OPTIONS)
    if unknown:
        raise BrastodError(f"Serveradressen ”{target}” har en inställning som Brastöd inte "
                           f"känner: {', '.join(unknown)}. Tillåtna efter ?: "
                           f"{', '.join(sorted(OPTIONS))}.")
    return url


def shown(url: URL) -> str:
    """How the database is named to the user: "brastod på db.kommun.se:5432"."""
    host = url.host or url.query.get("host") or "lokal server"
    if isinstance(host, tuple):
        host = host[0]
    port = url.port or url.query.get("port")
    where = f"{host}:{port}" if port else host
    return f"{url.database} på {where}"


def pgpass_file() -> Path:
    """Where libpq looks for the password on this computer (PGPASSFILE if set)."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", "~")) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def client_name() -> str:
    """The application_name of one open database, which its own change notices carry (so that
    core.changes can leave them out); unique to this program and this opening."""
    import secrets      # hashlib with it: 4 ms the window's first paint need not wait for
    return f"brastod-{os.getpid()}-{secrets.token_hex(4)}"


# A network that is gone sends no word: over TCP the kernel asks an idle connection after 5 s,
# then every 2 s, and gives it up after 3 unanswered asks (and data unanswered for 10 s), so
# that the change follower's connection, which only listens, fails within some 15 s and the
# window says so (gui/live_changes.py). A local socket needs none of it (libpq ignores them).
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
             "keepalives_count": 3, "tcp_user_timeout": 10_000}
# The server's end of the session the same, so that it gives up a client whose network went
# (and with it the row locks its open transaction holds) within seconds, not the kernel's
# two hours. They are settings any login may give its own session (a Unix socket ignores them).
SERVER_KEEPALIVE = " ".join(f"-c {name.replace('keepalives_', 'tcp_keepalives_')}={value}"
                            for name, value in KEEPALIVE.items() if name != "keepalives")


def engine_for(url: URL, client: str | None = None) -> Engine:
    from sqlalchemy import create_engine, event
    # A server that never answers is given up after 10 s, unless the address says otherwise.
    args = ({} if "connect_timeout" in url.query else {"connect_timeout": 10}) | KEEPALIVE \
        | {"options": SERVER_KEEPALIVE}     # an address may not give options (parse)
    if client is not None:
        args["application_name"] = client
    # pre_ping: a connection the server dropped (restart, network) is replaced, not used.
    engine = create_engine(url, pool_pre_ping=True, connect_args=args)
    event.listen(engine, "before_cursor_execute", _without_nul, retval=True)
    event.listen(engine, "before_cursor_execute", _note_write)
    event.listen(engine, "commit", _write_receipt)
    event.listen(engine, "rollback", lambda connection: connection.info.pop(_RECEIPT, None))
    return engine


# ---- receipts: a write replayed after a lost connection is made once ----
# When the connection breaks during COMMIT, the window cannot know whether the write landed.
# So each write it sends carries a token (``receipt``), which the transaction that writes
# records in write_receipt as it commits; before the window sends a write again, it asks
# whether its token is there (``received``). Receipts are kept a day.

_TOKEN: ContextVar[uuid.UUID | None] = ContextVar("brastod_write_token", default=None)
_RECEIPT = "brastod_receipt"
_WRITES = ("INSERT", "UPDATE", "DELETE", "MERGE", "COPY", "TRUNCATE")
KEEP_RECEIPTS = timedelta(days=1)
_PRUNE_EVERY = 3600.0       # seconds between prunings, per program
_pruned = [-_PRUNE_EVERY]


@contextmanager
def receipt(token: uuid.UUID):
    """The writes committed inside (on this thread) record ``token``."""
    reset = _TOKEN.set(token)
    try:
        yield
    finally:
        _TOKEN.reset(reset)


def received(engine: Engine, token: uuid.UUID) -> bool:
    """Whether a write with ``token`` has been committed (ConnectionLost or the driver's error
    while the server does not answer)."""
    from sqlalchemy import text
    with engine.connect() as connection:
        return connection.execute(text("SELECT 1 FROM write_receipt WHERE token = :token"),
                                  {"token": token}).first() is not None


def _note_write(connection, _cursor, statement, _parameters, _context, _executemany) -> None:
    token = _TOKEN.get()
    if token is not None and statement.lstrip()[:8].upper().startswith(_WRITES):
        connection.info[_RECEIPT] = token


def _write_receipt(connection) -> None:
    """In the transaction, just before its COMMIT: a transaction that only read records
    nothing (a read before the write would otherwise stand for it)."""
    token = connection.info.pop(_RECEIPT, None)
    if token is None:
        return
    raw = connection.connection.driver_connection
    now = datetime.now(timezone.utc)
    raw.execute("INSERT INTO write_receipt (token, at) VALUES (%s, %s) "
                "ON CONFLICT (token) DO NOTHING", (token, now))
    if time.monotonic() - _pruned[0] >= _PRUNE_EVERY:
        _pruned[0] = time.monotonic()
        raw.execute("DELETE FROM write_receipt WHERE at < %s", (now - KEEP_RECEIPTS,))


class ConnectionLost(BrastodError):
    """The connection to the server could not be made or was lost in the middle of the work:
    trying again later may succeed (the window does, see gui/data.py)."""


def ping(engine: Engine, name: str) -> None:
    """Whether the server answers again; ConnectionLost (saying why) while it does not."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as error:
        log.info("Servern för %s svarar inte ännu: %r", name, error)
        raise ConnectionLost(connect_problem(error, name)) from None


def _without_nul(_connection, _cursor, statement, parameters, _context, executemany):
    """PostgreSQL's text cannot hold NUL, which SQLite's can (pasted text may bring one): it is
    left out, as it shows as nothing anyway, rather than the save refused. A user's save is
    one statement; the bulk paths (executemany, COPY) are left alone, for speed."""
    def clean(values):
        if isinstance(values, dict):
            return {key: clean(value) for key, value in values.items()}
        if isinstance(values, (list, tuple)):
            return type(values)(clean(value) for value in values)
        return values.replace("\x00", "") if isinstance(values, str) else values
    return statement, (clean(parameters) if parameters and not executemany else parameters)


_MISSING_DB = re.compile(r'database "([^"]+)" does not exist')
# A login without CONNECT: server-init takes it from PUBLIC (core/server_admin.py).
_NO_CONNECT = re.compile(r'permission denied for database "[^"]+"')
# psycopg's own words, then libpq's, for a server name that DNS does not know.
_UNKNOWN_HOST = re.compile(r"failed to resolve host '([^']+)'|translate host name \"([^\"]+)\"")


def connect_problem(error: BaseException, name: str, lost: bool = False) -> str:
    """A failed connection, in Swedish, with what to do (libpq's own text is English).
    ``lost``: the database was open, so the server went away in the middle of the work."""
    said = str(getattr(error, "orig", error))
    if _MISSING_DB.search(said):
        return (f"Databasen {name} finns inte på servern. Be IT-avdelningen skapa den och "
                "köra brastod server-init.")
    if "password authentication failed" in said or "no password supplied" in said:
        passfile = pgpass_file()
        if os.name == "posix" and passfile.is_file() and passfile.stat().st_mode & 0o077:
            # libpq then ignores the file, saying so only in English on stderr.
            return (f"Servern godtog inte inloggningen till {name}: pgpass-filen {passfile} "
                    "kan läsas av andra än dig, och då läser PostgreSQL inte lösenordet i den. "
                    f"Gör den privat (chmod 600 {passfile}) och försök igen.")
        return (f"Servern godtog inte inloggningen till {name}. Kontrollera användarnamnet och "
                f"lösenordet i pgpass-filen {passfile}.")
    if _NO_CONNECT.search(said):
        return (f"Inloggningen har ingen roll i databasen {name}, så servern släpper inte in "
                "den. Be IT-avdelningen lägga till den i en roll med brastod user add "
                "INLOGGNING --role samordnare, sekreterare eller läsare.")
    if re.search(r'role "[^"]+" does not exist', said):
        return (f"Användaren finns inte på servern för {name}. Be IT-avdelningen lägga till "
                "den med brastod user add.")
    unknown = _UNKNOWN_HOST.search(said)
    if unknown:
        return (f"Servern {unknown[1] or unknown[2]} finns inte: namnet går inte att slå upp. "
                "Kontrollera serverns namn i adressen och nätverket.")
    if "does not support SSL" in said:
        return (f"Servern för {name} tar inte emot krypterade anslutningar (SSL), men adressen "
                "kräver det (sslmode). Fråga IT-avdelningen om servern ska ha SSL eller vilken "
                "sslmode som gäller.")
    if getattr(getattr(error, "orig", error), "sqlstate", None) == "53300" or \
            "too many clients" in said or "remaining connection slots" in said:
        return (f"Servern för {name} tar inte emot fler anslutningar just nu. Försök igen om en "
                "stund, eller be IT-avdelningen höja gränsen (max_connections).")
    if "timeout" in said or "timed out" in said:
        return f"Servern för {name} svarar inte. Kontrollera nätverket och försök igen."
    if lost:
        return (f"Förbindelsen med servern bröts ({name}); det du gjorde nu sparades inte. "
                "Servern startas kanske om eller nätverket är nere: försök igen om en stund, "
                "så ansluter Brastöd på nytt.")
    return (f"Kan inte ansluta till {name}: servern är inte igång eller kan inte nås. "
            "Kontrollera adressen och nätverket, eller fråga IT-avdelningen.")


def is_connect_error(error: BaseException) -> bool:
    """A connection that could not be made or was lost (not a refused statement)."""
    import psycopg
    cause = getattr(error, "orig", error)
    return isinstance(cause, psycopg.OperationalError) and getattr(cause, "sqlstate", None) in (
        None, "08000", "08003", "08006", "08001", "08004", "57P01", "57P02", "57P03", "53300")


REFUSED = "42501"       # insufficient_privilege: the role may not do this
READ_ONLY = "25006"     # read_only_sql_transaction: the connection was opened read-only


def owner(connection) -> tuple[str, bool]:
    """The database's owner, and whether the connected login may act as it (owner, member of
    the owner's role, or superuser)."""
    return tuple(connection.exec_driver_sql(
        "SELECT pg_get_userbyid(datdba), pg_has_role(datdba, 'USAGE') OR "
        "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "FROM pg_database WHERE datname = current_database()").one())


def refuse_upgrade_unless_owner(connection, name: str, stored: int, today: int) -> None:
    """An upgrade changes tables, which only their owner may: anyone else is told who must
    open the database first, rather than meeting the server's refusal half-way."""
    owned_by, may = owner(connection)
    connection.rollback()
    if not may:
        raise BrastodError(
            f"Databasen {name} behöver uppdateras från schemaversion {stored} till {today} för "
            f"den här versionen av Brastöd, och det kan bara databasens ägare, {owned_by}, göra. "
            f"Be IT-avdelningen öppna den en gång som {owned_by} (t.ex. brastod --db "
            f"postgresql://{owned_by}@… stats), så uppdateras den; sedan kan du öppna den.")


def refused_problem(name: str) -> str:
    return (f"Din roll i {name} har inte behörighet till det här. Den som sköter servern kan "
            "ge dig en annan roll (brastod user add).")


# What a unique name is called when two users save the same one at once (the services check
# first, but two checks on a server can both pass before either saves).
_NAMED = {"category": "En kategori", "category_synonym": "Ett synonymord", "area": "Ett område",
          "area_synonym": "Ett synonymord för ett område", "place": "En plats",
          "partner": "En partner", "meeting_series": "En mötesserie",
          "agenda_template": "En dagordningsmall", "observation_kind": "En iakttagelsetyp",
          "indicator": "Ett nyckeltal", "police_type_mapping": "En polisens händelsetyp",
          "assessment_level": "En bedömningsnivå", "population_figure": "Folkmängden för året"}
AGAIN = "Inget av det sparades. Fönstret hämtar det som finns nu; försök sedan igen."


def refusal(error: BaseException, name: str) -> BrastodError | None:
    """A statement the server refused for another reason than the connection, in Swedish with
    what to do (the server's own text is English); None for what is a bug in Brastöd (a
    statement the server does not understand), which goes to the log and the crash dialog."""
    cause = getattr(error, "orig", error)
    state = getattr(cause, "sqlstate", None) or ""
    if state == REFUSED:
        return BrastodError(refused_problem(name))
    if state == READ_ONLY:
        return BrastodError(f"Anslutningen till {name} är skrivskyddad; inget sparades. Ta bort "
                            "inställningen som gör den skrivskyddad ur adressen.")
    if not state.startswith(("23", "40", "53", "54", "57014", "55P03", "22")):
        return None
    log.warning("Servern för %s vägrade: %s %r", name, state, cause)
    if state == "23505":        # unique_violation
        table = getattr(getattr(cause, "diag", None), "table_name", None)
        thing = _NAMED.get(table)
        if thing:
            return BrastodError(f"{thing} med samma namn sparades nyss av någon annan, så ditt "
                                "sparades inte. Välj den som finns i listan, eller ge din ett "
                                "annat namn.")
        return BrastodError(f"Det du sparade finns redan i {name}: någon annan sparade samma sak "
                            f"nyss. {AGAIN}")
    if state == "23503":        # foreign_key_violation
        return BrastodError(f"Ändringen hänger ihop med något som någon annan just har ändrat "
                            f"eller tagit bort i {name}. {AGAIN}")
    if state.startswith("23") or state.startswith("22"):   # check, not null; bad data
        return BrastodError(f"Servern för {name} godtog inte ett av värdena, så inget sparades. "
                            "Kontrollera det du skrev och försök igen; händer det igen, skicka "
                            "loggfilen till den som sköter Brastöd.")
    if state.startswith("40"):  # serialization_failure, deadlock_detected
        return BrastodError(f"Ändringen krockade med någon annans samtidiga ändring i {name}. "
                            f"{AGAIN}")
    if state == "53100":        # disk_full
        return BrastodError(f"Servern för {name} har fullt på disken, så ändringen sparades "
                            "inte. Be IT-avdelningen frigöra utrymme på servern och försök "
                            "sedan igen.")
    if state.startswith(("53", "54")):     # out of memory, too many connections; limits
        return BrastodError(f"Servern för {name} orkade inte med ändringen just nu (den har "
                            "slut på minne eller anslutningar), så den sparades inte. Försök "
                            "igen om en stund, eller be IT-avdelningen se över servern.")
    return BrastodError(f"Servern för {name} avbröt ändringen för att den tog för lång tid "
                        f"eller väntade på någon annans. {AGAIN}")   # 57014, 55P03


def vacuum(engine: Engine, table: str | None = None) -> None:
    """VACUUM ANALYZE (of ``table``, else of every table): what a bulk change leaves is
    reclaimed, and the planner can answer the lägesbild from its index alone. Only the owner
    may; for others autovacuum does it later, so a refusal is only logged."""
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(f"VACUUM ANALYZE {table or ''}".strip())
    except Exception as error:
        log.warning("VACUUM ANALYZE %s: %r", table or "", error)
