"""Backups of a database on a PostgreSQL server are the server's own business: ``backup`` and
``restore`` run PostgreSQL's pg_dump and pg_restore (custom format) with the same address, and
``check`` asks the server. Where the tools are not installed, the user is told what to do."""
import shutil
import subprocess
from pathlib import Path

from brastod.core import server
from brastod.core.errors import BrastodError

INSTALL = ("PostgreSQL:s verktyg pg_dump och pg_restore saknas på den här datorn. Installera dem "
           "(Debian/Ubuntu: apt-get install postgresql-client; Windows: PostgreSQL:s "
           "installationsprogram, delen Command Line Tools), eller be IT-avdelningen ta "
           "säkerhetskopian på servern.")
INSTALLED = Path("/usr/lib/postgresql")     # where Debian keeps the server's own tools
# How long a restore waits for a table another user's transaction holds, before it gives up
# with nothing changed (pg_restore would otherwise wait for ever).
LOCK_TIMEOUT = "30s"


def tool(name: str) -> str:
    """The path of pg_dump or pg_restore: on PATH, or where Debian keeps the server's."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(INSTALLED.glob(f"*/bin/{name}"), reverse=True)
    if versions:
        return str(versions[0])
    raise BrastodError(INSTALL)


def _run(args: list[str], name: str, what: str, watch=None) -> str:
    """The tool's output. ``watch(process)``: called about once a second while it runs."""
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as process:
        for _ in range(3600):
            try:
                output, said = process.communicate(timeout=1)
                break
            except subprocess.TimeoutExpired:
                if watch is not None:
                    watch(process)
        else:
            process.kill()
            raise BrastodError(f"{what} av {name} tog mer än en timme och avbröts.")
    if process.returncode != 0:
        raise BrastodError(f"{what} av {name} misslyckades. {_explained(said, name)}")
    return output


def _lock_watch(target: str, application: str):
    """pg_restore waits for ever for a table another user's transaction holds (the archive
    sets lock_timeout = 0 itself): its statement is cancelled after LOCK_TIMEOUT, which rolls
    the whole restore back."""
    from brastod.core.server import engine_for, parse
    engine = engine_for(parse(target))

    def watch(_process) -> None:
        with engine.connect() as connection:
            connection.exec_driver_sql(
                "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = "
                "%(a)s AND wait_event_type = 'Lock' AND now() - query_start > "
                "%(t)s::interval", {"a": application, "t": LOCK_TIMEOUT}).all()
    return engine, watch


def _explained(said: str, name: str) -> str:
    """What the tool's (English) error output means for the user."""
    if "canceling statement due to user request" in said:
        return ("Andra användare arbetar i databasen just nu, så tabellerna kunde inte bytas "
                "ut; inget ändrades. Be dem stänga Brastöd en stund och försök igen.")
    if "permission denied" in said:
        # A database set up before every role could read the sequences, or a table of
        # someone else's: the owner may always.
        return ("Din inloggning får inte läsa allt i databasen. Be IT-avdelningen göra det som "
                "databasens ägare.")
    if "could not connect" in said or "connection to server" in said:
        return server.connect_problem(Exception(said), name)
    if "input file" in said or "not a valid archive" in said or "did not find magic" in said:
        return "Filen är ingen säkerhetskopia från pg_dump."
    return "Se serverns logg, eller fråga IT-avdelningen."


def backup(target: str, file: Path) -> Path:
    """pg_dump in its custom format to ``file``, whole or not at all (as every file Brastöd
    writes: never over a folder, a device or a database)."""
    from brastod.core.db import open_database
    from brastod.core.exports.files import write_atomically
    name = server.shown(server.parse(target))
    open_database(target).close()           # a Brastöd database, at this version
    file = Path(file)
    write_atomically(file, lambda temporary: _run(
        [tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(temporary),
         "--dbname", target], name, "Säkerhetskopieringen"))
    return file


def restore(target: str, file: Path) -> None:
    """pg_restore of ``file`` into the database: its tables are replaced, in one transaction."""
    name = server.shown(server.parse(target))
    if not Path(file).is_file():
        raise BrastodError(f"Säkerhetskopian {file} finns inte.")
    from brastod.core.server_admin import login
    who = login(target)
    if not who.owns:
        raise BrastodError(f"Bara databasens ägare, {who.owner}, kan återställa {name}: "
                           "återställningen byter ut tabellerna. Be IT-avdelningen göra det "
                           f"(brastod --db postgresql://{who.owner}@… restore FIL).")
    dumped = _tables_in(file, name)
    if "alembic_version" not in dumped:
        raise BrastodError(f"{file} är ingen säkerhetskopia av en Brastöd-databas; inget "
                           "ändrades.")
    # The dump's grants name the roles of the database it was taken from: left out, and this
    # database's own roles given their rights again.
    application = f"{server.client_name()}-restore"
    engine, watch = _lock_watch(target, application)
    try:
        _run([tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
              "--single-transaction", "--exit-on-error", "--dbname",
              f"{target}{'&' if '?' in target else '?'}application_name={application}",
              str(file)], name, "Återställningen", watch)
        _drop_tables_not_in(engine, dumped)
    finally:
        engine.dispose()
    from brastod.core.db import open_database
    from brastod.core.server_admin import create_roles
    db = open_database(target)
    try:
        create_roles(db)
    finally:
        db.close()


def _tables_in(file: Path, name: str) -> set[str]:
    """The tables a dump holds, from its table of contents ("216; 1259 16385 TABLE public area
    owner")."""
    listing = _run([tool("pg_restore"), "--list", str(file)], name, "Läsningen av kopian")
    return {parts[5] for line in listing.splitlines()
            if len(parts := line.split()) > 5 and parts[3:5] == ["TABLE", "public"]}


def _drop_tables_not_in(engine, dumped: set[str]) -> None:
    """pg_restore --clean replaces only the dump's tables: Brastöd's tables that a later
    version added, which a dump from an older version lacks, are dropped, so that the upgrade
    after the restore makes them again, empty, as it does for every other table."""
    from sqlalchemy import text
    from sqlmodel import SQLModel

    import brastod.core.models  # noqa: F401  (every table in the metadata)
    with engine.begin() as connection:
        for table in set(SQLModel.metadata.tables) - dumped:
            connection.execute(text(f'DROP TABLE IF EXISTS "{table}" CASCADE'))


def check(target: str) -> list[str]:
    """What is wrong with the database, as the server sees it: every table read through."""
    from sqlalchemy import func, select
    from sqlmodel import SQLModel

    from brastod.core.db import open_database
    db = open_database(target)
    problems = []
    try:
        with db.engine.connect() as connection:
            for table in SQLModel.metadata.tables.values():
                try:
                    connection.execute(select(func.count()).select_from(table)).scalar()
                except Exception as error:      # reported, and the next table read
                    problems.append(f"Tabellen {table.name} kan inte läsas: "
                                    f"{type(getattr(error, 'orig', error)).__name__}.")
                    connection.rollback()
    finally:
        db.close()
    return problems
