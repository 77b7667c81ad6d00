"""Setting up a Brastöd database on a PostgreSQL server, for the IT department: the schema and
the default lists, three group roles whose grants the server enforces, logins in those roles,
and moving a laptop's SQLite database onto the server.

Roles are per database ("<databas>_samordnare" …), so two councils can share a server:
- samordnare: everything;
- sekreterare: edits meetings (series, members, meetings, attendance, agenda, minutes,
  decisions), reads everything else;
- läsare: reads.
A refused write reaches the user as a Swedish message (core.server)."""
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, func, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import sort_tables_and_constraints
from sqlmodel import SQLModel

from brastod.core import server_copy
from brastod.core.db import Database, open_database
from brastod.core.errors import BrastodError
from brastod.core.server import vacuum
from brastod.core.models import (
    AgendaItem, Attendee, Decision, Meeting, MeetingSeries, SafetyWalk, SeriesMember,
    WalkParticipant, WalkPoint, WriteReceipt,
)

log = logging.getLogger(__name__)

ROLES = {"samordnare": "samordnare", "sekreterare": "sekreterare", "läsare": "lasare"}
# Names PostgreSQL keeps for itself, which CREATE ROLE refuses.
RESERVED = {"public", "none", "current_user", "session_user", "current_role", "all", "user"}
CHUNK = 20_000          # rows moved at a time from a laptop's database
# What a sekreterare may write: the meetings, and the trygghetsvandringar beside them in the
# calendar (a point made an action is the samordnare's, as actions are).
MEETING_TABLES = [model.__tablename__ for model in (
    MeetingSeries, SeriesMember, Meeting, Attendee, AgendaItem, Decision, SafetyWalk,
    WalkParticipant, WalkPoint, WriteReceipt)]     # (the receipt of each write: core/server.py)


NAME_MAX = 63          # bytes in a PostgreSQL name; a longer one is cut, and would collide


def role_name(db: Database, role: str) -> str:
    """The server's name of the group role ``role`` ("samordnare") of this database."""
    return f"{db.engine.url.database}_{ROLES[role]}"


def _check_role_names(db: Database) -> None:
    longest = max(len(role_name(db, role).encode()) for role in ROLES)
    if longest > NAME_MAX:
        room = NAME_MAX - (longest - len(db.engine.url.database.encode()))
        raise BrastodError(f"Databasens namn är för långt för rollernas namn: högst {room} "
                           "tecken (a–z). Skapa databasen med ett kortare namn.")


def _quoted(db: Database, name: str) -> str:
    return db.engine.dialect.identifier_preparer.quote(name)


@dataclass(frozen=True)
class InitResult:
    municipality: str
    roles: list[str]
    copied: dict[str, int]          # table → rows moved from the SQLite file


def server_init(target: str, municipality: str | None, *, demo: bool = False,
                from_sqlite: Path | None = None) -> InitResult:
    """Creates the schema in an empty server database, then fills it: the default lists for
    ``municipality``, the example data, or everything in a laptop's database; and the roles."""
    from brastod.core import server
    if not server.is_server(target):
        raise BrastodError("server-init gäller en databas på en PostgreSQL-server: ange --db "
                           "postgresql://ANVÄNDARE@VÄRD/DATABAS.")
    if sum(bool(x) for x in (demo, from_sqlite)) > 1:
        raise BrastodError("Välj antingen --demo eller --from-sqlite, inte båda.")
    if from_sqlite is None and not demo and not (municipality or "").strip():
        raise BrastodError("Ange kommunens namn med --municipality NAMN.")
    _may_set_up(target)
    source = _source(Path(from_sqlite)) if from_sqlite is not None else None
    try:
        if source is not None and (municipality or "").strip():
            _refuse_other_municipality(source, municipality.strip())
        db = open_database(target, create=True)
        try:
            _check_role_names(db)
            _refuse_unless_empty(db)
            copied: dict[str, int] = {}
            if source is not None:
                copied = copy_database(source, db)
            elif demo:
                from brastod.core.demo.build import fill_demo
                fill_demo(db)
            else:
                from brastod.core.services.setup import initialize
                initialize(db, municipality)
            roles = create_roles(db)
            from brastod.core.services.registers import get_municipality
            return InitResult(get_municipality(db).name, roles, copied)
        finally:
            db.close()
    finally:
        if source is not None:
            source.close()


def _refuse_other_municipality(source: Database, named: str) -> None:
    """A file moves as it is, its municipality's name with it: one that --municipality names
    differently is refused, rather than either name taken behind the IT department's back."""
    from brastod.core.services.registers import get_municipality
    own = get_municipality(source).name
    if own.casefold() != named.casefold():
        raise BrastodError(f"Databasfilen {source.path} gäller kommunen {own}, men "
                           f"--municipality säger {named}. server-init flyttar filen som den "
                           f"är, med kommunens namn: kör utan --municipality (eller med "
                           f"--municipality {own}), eller byt namnet i filen först (i fönstret: "
                           "Register → Kommun och områden).")


@dataclass(frozen=True)
class Login:
    """Who the address logs in as, and what the server lets it do to the database itself."""
    user: str
    owner: str
    owns: bool              # the owner, a member of its role, or a superuser
    creates_roles: bool


def login(target: str) -> Login:
    """Asked of the server without opening the database as Brastöd's (it may be empty)."""
    from brastod.core import server
    url = server.parse(target)
    engine = server.engine_for(url)
    try:
        with engine.connect() as connection:
            owned_by, owns = server.owner(connection)
            user = connection.exec_driver_sql("SELECT current_user").scalar()
            return Login(user, owned_by, owns, _may_create_roles(connection))
    except Exception as error:
        if server.is_connect_error(error):
            raise BrastodError(server.connect_problem(error, server.shown(url))) from None
        raise
    finally:
        engine.dispose()


def _may_set_up(target: str) -> None:
    """server-init creates tables and grants on them, which needs the database's owner, and
    three roles, which needs CREATEROLE: checked before anything is made, so that a refusal
    leaves the database empty for the next try."""
    from brastod.core import server
    url = server.parse(target)
    who = login(target)
    if not who.owns:
        raise BrastodError(f"Databasen {server.shown(url)} ägs av {who.owner}, inte av "
                           f"{who.user}. server-init görs av databasens ägare: kör den som "
                           f"{who.owner}, eller skapa databasen med createdb --owner "
                           f"{who.user} {url.database}.")
    if not who.creates_roles:
        raise BrastodError(f"Användaren {who.user} får inte skapa roller på servern, och "
                           "server-init skapar tre grupproller. Ge den rätten som "
                           f"superanvändare (ALTER ROLE {who.user} CREATEROLE) och kör "
                           "server-init igen.")


def _may_create_roles(connection) -> bool:
    return connection.exec_driver_sql("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE "
                                      "rolname = current_user").scalar()


def _source(path: Path) -> Database:
    """The laptop's database, opened only to be read: one at an older version is refused
    rather than upgraded behind the user's back."""
    import sqlite3

    from brastod.core.db import SCHEMA_VERSION
    if not path.is_file():
        raise BrastodError(f"Filen {path} finns inte. Ange databasfilen som ska flyttas.")
    try:
        with sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True) as connection:
            version = connection.execute("SELECT version FROM schema_version").fetchone()[0]
        connection.close()
    except (sqlite3.Error, TypeError):
        raise BrastodError(f"{path} är ingen Brastöd-databas. Ange databasfilen som ska "
                           "flyttas.") from None
    if version != SCHEMA_VERSION:
        raise BrastodError(f"{path} är från en {'äldre' if version < SCHEMA_VERSION else 'nyare'}"
                           f" version av Brastöd (schemaversion {version}). Öppna den först med "
                           "den här versionen (t.ex. brastod --db FIL stats), som uppdaterar "
                           "den och sparar en kopia, och flytta den sedan.")
    return open_database(path, read_only=True)


def _refuse_unless_empty(db: Database) -> None:
    from brastod.core.services.stats import counts
    from brastod.core.models import Municipality
    with db.session() as session:
        taken = session.execute(select(Municipality.name)).first()
    if taken is not None or any(counts(db).values()):
        raise BrastodError(f"Databasen {db.name} används redan (kommun: "
                           f"{taken[0] if taken else 'okänd'}). server-init görs bara i en ny, "
                           "tom databas.")


def copy_database(source: Database, target: Database) -> dict[str, int]:
    """Every row of every table, in one transaction; the id sequences continue after them.
    References that go round in a circle (a meeting's lägesbild and the meeting that adopted
    it) or within a table (an area's parent) are filled in after all rows are in."""
    copied = {}
    tables = [t for t in SQLModel.metadata.tables.values() if t.name != "schema_version"]
    ordered = sort_tables_and_constraints(tables)
    later = {(fk.parent.table.name, fk.parent.name) for table, constraints in ordered
             if table is None for constraint in constraints for fk in constraint.elements}
    later |= {(t.name, fk.parent.name) for t in tables for fk in t.foreign_keys
              if fk.column.table is t}
    with source.engine.connect() as reading, target.engine.begin() as writing:
        filled_in = []
        for table, _ in ordered:
            if table is None:
                continue
            postponed = [column for name, column in later if name == table.name]
            values: dict[str, list] = {column: [] for column in postponed}
            copied[table.name] = 0
            result = reading.execution_options(stream_results=True).execute(
                select(table).order_by(*table.primary_key.columns))
            while rows := [dict(row._mapping) for row in result.fetchmany(CHUNK)]:
                for column in postponed:
                    values[column] += [{"key": row["id"], "value": row[column]} for row in rows
                                       if row[column] is not None]
                writing.execute(table.insert(), [{**row, **dict.fromkeys(postponed)}
                                                 for row in rows])
                copied[table.name] += len(rows)
            for column, pairs in values.items():
                if pairs:
                    filled_in.append((table.update().where(table.c.id == bindparam("key"))
                                      .values({column: bindparam("value")}), pairs))
        for statement, pairs in filled_in:
            writing.execute(statement, pairs)
        for table in tables:
            if list(table.primary_key.columns.keys()) == ["id"]:
                writing.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))
    vacuum(target.engine)
    return copied


def create_roles(db: Database) -> list[str]:
    """The three group roles with their grants (again, if they exist: the grants are renewed
    for tables added since)."""
    names = []
    with db.engine.begin() as connection:
        tables = inspect(connection).get_table_names()
        _revoke_from_public(connection, db)
        for role in ROLES:
            name = role_name(db, role)
            quoted = _quoted(db, name)
            exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                        {"n": name}).first()
            if not exists:
                connection.execute(text(f"CREATE ROLE {quoted} NOLOGIN"))
            connection.execute(text(f"GRANT CONNECT ON DATABASE "
                                    f"{_quoted(db, db.engine.url.database)} TO {quoted}"))
            connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {quoted}"))
            connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {quoted}"))
            # pg_dump reads every sequence's last value: each role may take a backup.
            connection.execute(text(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO "
                                    f"{quoted}"))
            writes = {"samordnare": tables, "sekreterare": MEETING_TABLES}.get(role, [])
            for table in writes:
                connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {_quoted(db, table)} "
                                        f"TO {quoted}"))
            if writes:
                connection.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "
                                        f"{quoted}"))
            if role == "samordnare":
                _grant_quick_imports(connection, quoted)
            names.append(name)
    return names


def _grant_quick_imports(connection, quoted: str) -> None:
    """Samordnare may turn triggers off in their own transaction, so that an import checks each
    area, category and partner it names once rather than on every row (core/server_copy.py).
    Only a superuser may grant that (PostgreSQL 15 or later); without it imports check row by
    row and take some 1.6 times as long as on a file."""
    if connection.execute(text(
            "SELECT current_setting('server_version_num')::int >= 150000 AND rolsuper "
            "FROM pg_roles WHERE rolname = current_user")).scalar():
        connection.execute(text(f"GRANT SET ON PARAMETER {server_copy.PARAMETER} TO {quoted}"))
    else:
        log.info("Snabb import ges inte %s: server-init körs inte av en superanvändare på "
                 "PostgreSQL 15 eller senare.", quoted)


def _revoke_from_public(connection, db: Database) -> None:
    """PostgreSQL lets every login (PUBLIC) connect to a new database and make temporary
    tables in it, and before version 15 create tables in its schema public: only Brastöd's
    roles, which are granted CONNECT, and the owner may now do any of that. (Renewed with the
    grants, so that a database set up before it gets it at the next upgrade, restore or
    ``user add`` by the owner.)"""
    connection.execute(text(f"REVOKE ALL ON DATABASE {_quoted(db, db.engine.url.database)} "
                            "FROM PUBLIC"))
    if connection.execute(text("SELECT pg_has_role(nspowner, 'USAGE') FROM pg_namespace "
                               "WHERE nspname = 'public'")).scalar():
        connection.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))


def renew_grants(db: Database) -> None:
    """After an upgrade: the tables a new version added get their grants too, where server-init
    made the roles (without this a läsare could not read them)."""
    with db.engine.connect() as connection:
        made = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                  {"n": role_name(db, "samordnare")}).first()
    if made:
        create_roles(db)


def add_user(target: str, login: str, role: str, password: str | None = None) -> str:
    """A login in ``role``; returns the group role's name."""
    if role not in ROLES:
        raise BrastodError(f"Rollen ”{role}” finns inte. Välj samordnare, sekreterare eller "
                           "läsare.")
    if not re.fullmatch(r"[a-z][a-z0-9._]{0,62}", login) or login in RESERVED:
        raise BrastodError(f"Inloggningsnamnet ”{login}” går inte att använda. Använd små "
                           "bokstäver a–z, siffror, punkt och understreck (högst 63 tecken, "
                           "först en bokstav).")
    if password is not None and not password.strip():
        raise BrastodError("Lösenordet är tomt. Skriv det på första raden i filen.")
    from brastod.core import server
    db = open_database(target)
    try:
        group = role_name(db, role)
        with db.engine.begin() as connection:
            if not _may_create_roles(connection):
                raise BrastodError(f"Du får inte lägga till användare på servern för {db.name}. "
                                   "Det gör den som gjorde i ordning databasen med server-init, "
                                   "eller en annan inloggning med rätten CREATEROLE.")
            if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                      {"n": group}).first():
                raise BrastodError(f"Rollerna för {db.name} finns inte. Kör brastod "
                                   "server-init först.")
            if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                  {"n": login}).first():
                raise BrastodError(f"Användaren {login} finns redan på servern.")
            quoted = _quoted(db, login)
            try:
                connection.execute(text(f"CREATE ROLE {quoted} LOGIN IN ROLE "
                                        f"{_quoted(db, group)}"))
            except DBAPIError:
                raise BrastodError(f"Servern tar inte emot inloggningsnamnet ”{login}” (det är "
                                   "reserverat). Välj ett annat.") from None
            if password:
                # The server hashes it (scram-sha-256); it is never kept in clear text.
                secret = connection.execute(select(func.quote_literal(password))).scalar()
                connection.execute(text(f"ALTER ROLE {quoted} PASSWORD {secret}"))
            if server.owner(connection)[1]:
                _revoke_from_public(connection, db)
        return group
    finally:
        db.close()


def current_role(db: Database) -> str:
    """What the connected user may do in this database: samordnare, sekreterare or läsare,
    read off the grants the server enforces (a file, and the tables' owner, may do all)."""
    if db.server is None:
        return "samordnare"
    with db.engine.connect() as connection:
        def may(table: str) -> bool:
            return connection.execute(text("SELECT has_table_privilege(current_user, :t, "
                                           "'INSERT')"), {"t": table}).scalar()
        if may("incident"):
            return "samordnare"
        return "sekreterare" if may("meeting") else "läsare"
