"""What a municipality's IT department meets when it follows the README on a real server: a
database owned by an ordinary login (not the superuser the other tests use), logins in each
role taking backups and running the command line, an upgrade met by someone who is not the
owner, a restore while users are connected, and the messages for a server that cannot be met."""
import shutil
import socket
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from brastod.cli import main
from brastod.core import server_backup
from brastod.core.db import SCHEMA_VERSION, open_database
from brastod.core.errors import BrastodError
from brastod.core.services import registers
from brastod.core.services.stats import counts
from tests import postgres

EXAMPLE_SURVEY = Path(__file__).parents[1] / "data" / "surveys" / "trygghetsenkat_2026.xlsx"


@dataclass(frozen=True)
class Owned:
    """A database owned by ``owner``, a login that may create roles but is no superuser."""
    server: postgres.Server
    name: str
    owner: str

    def url(self, login: str | None = None) -> str:
        return self.server.url(self.name, login or self.owner)


def _unique(prefix: str) -> str:
    """Logins are the whole server's: each test's own."""
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


@pytest.fixture
def owned(pg_server):
    owner = _unique("it")
    name = _unique("brastod")
    pg_server.admin(f"CREATE ROLE {owner} LOGIN CREATEROLE")
    pg_server.admin(f"CREATE DATABASE {name} OWNER {owner}")
    yield Owned(pg_server, name, owner)
    pg_server.admin(f"DROP DATABASE {name} WITH (FORCE)")
    pg_server.drop_roles(name)
    pg_server.admin(f"DROP ROLE {owner}")


def _logins(owned: Owned, capsys) -> dict[str, str]:
    """server-init by the owner and one login in each role: role → its address."""
    assert main(["--db", owned.url(), "server-init", "--municipality", "Kungsör"]) == 0
    urls = {}
    for role in ("samordnare", "sekreterare", "läsare"):
        login = _unique(role[:3].replace("ä", "a"))
        assert main(["--db", owned.url(), "user", "add", login, "--role", role]) == 0
        urls[role] = owned.url(login)
    capsys.readouterr()
    return urls


def _told(capsys) -> str:
    error = capsys.readouterr().err
    assert error.startswith("brastod: ") and "Traceback" not in error, error
    return error


def test_server_init_by_an_owner_who_may_not_create_roles_is_told_before_anything_is_made(
        pg_server, owned, capsys):
    pg_server.admin(f"ALTER ROLE {owned.owner} NOCREATEROLE")
    assert main(["--db", owned.url(), "server-init", "--municipality", "Kungsör"]) == 1
    error = _told(capsys)
    assert f"{owned.owner} får inte skapa roller" in error
    assert f"ALTER ROLE {owned.owner} CREATEROLE" in error
    # Nothing half made: once given the right, the same command succeeds.
    pg_server.admin(f"ALTER ROLE {owned.owner} CREATEROLE")
    assert main(["--db", owned.url(), "server-init", "--municipality", "Kungsör"]) == 0


def test_server_init_by_a_login_that_does_not_own_the_database_is_told(pg_server, owned,
                                                                       capsys):
    other = _unique("annan")
    pg_server.admin(f"CREATE ROLE {other} LOGIN CREATEROLE")
    try:
        assert main(["--db", owned.url(other), "server-init", "--municipality", "K"]) == 1
        error = _told(capsys)
        assert f"ägs av {owned.owner}" in error and "createdb --owner" in error
    finally:
        pg_server.admin(f"DROP ROLE {other}")


def test_only_a_login_that_may_create_roles_adds_users(owned, capsys):
    urls = _logins(owned, capsys)
    for role, url in urls.items():
        assert main(["--db", url, "user", "add", _unique("ny"), "--role", "läsare"]) == 1
        error = _told(capsys)
        assert "får inte lägga till användare" in error and "reserverat" not in error, role


def test_every_role_takes_a_backup_and_only_the_owner_restores(owned, tmp_path, capsys):
    urls = _logins(owned, capsys)
    for role, url in urls.items():
        dump = tmp_path / f"{role}.dump"
        assert main(["--db", url, "backup", str(dump)]) == 0, _told(capsys)
        assert dump.read_bytes()[:5] == b"PGDMP"
    capsys.readouterr()
    for role, url in urls.items():
        assert main(["--db", url, "restore", str(tmp_path / "läsare.dump")]) == 1
        error = _told(capsys)
        assert f"Bara databasens ägare, {owned.owner}, kan återställa" in error, role
    assert main(["--db", owned.url(), "restore", str(tmp_path / "läsare.dump")]) == 0
    # Into an empty database, as after losing the server: the roles are made again.
    empty = _unique("brastod")
    owned.server.admin(f"CREATE DATABASE {empty} OWNER {owned.owner}")
    try:
        assert main(["--db", owned.server.url(empty, owned.owner), "restore",
                     str(tmp_path / "samordnare.dump")]) == 0
        assert main(["--db", owned.server.url(empty, owned.owner), "stats"]) == 0
    finally:
        owned.server.admin(f"DROP DATABASE {empty} WITH (FORCE)")
        owned.server.drop_roles(empty)


def test_a_restore_while_users_are_connected_and_one_is_in_the_middle_of_a_write(
        owned, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(server_backup, "LOCK_TIMEOUT", "1s")    # held for ever below
    urls = _logins(owned, capsys)
    dump = tmp_path / "kopia.dump"
    assert main(["--db", owned.url(), "backup", str(dump)]) == 0
    reader = open_database(urls["läsare"])              # a window left open
    busy = psycopg.connect(urls["samordnare"])
    try:
        with reader.session() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM partner")
        # A user whose transaction holds a table: the restore does not wait for ever.
        busy.execute("LOCK TABLE partner IN ROW EXCLUSIVE MODE")
        assert main(["--db", owned.url(), "restore", str(dump)]) == 1
        error = _told(capsys)
        assert "Andra användare arbetar" in error and "försök igen" in error
        busy.rollback()
        assert main(["--db", owned.url(), "restore", str(dump)]) == 0
        capsys.readouterr()
        assert registers.get_municipality(reader).name == "Kungsör"   # reads on
    finally:
        busy.close()
        reader.close()


def test_a_dump_from_an_older_schema_version_is_restored_and_upgraded(owned, tmp_path,
                                                                      capsys):
    from tests.core.schema_steps import rewind_server
    urls = _logins(owned, capsys)
    db = open_database(owned.url())
    with db.engine.begin() as connection:
        rewind_server(connection, 8)
    db.close()
    old = tmp_path / "v8.dump"
    server_backup._run([server_backup.tool("pg_dump"), "--format=custom", "--no-owner",
                        "--file", str(old), "--dbname", owned.url()], "v8", "Kopian")
    open_database(owned.url()).close()
    assert main(["--db", owned.url(), "restore", str(old)]) == 0
    assert main(["--db", urls["läsare"], "stats"]) == 0
    db = open_database(owned.url())
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version FROM schema_version").scalar() \
                == SCHEMA_VERSION
    finally:
        db.close()


@pytest.mark.parametrize("role", ["samordnare", "läsare"])
def test_an_upgrade_met_by_someone_who_is_not_the_owner_says_who_must_do_what(
        owned, role, capsys):
    from tests.core.schema_steps import rewind_server
    urls = _logins(owned, capsys)
    db = open_database(owned.url())
    with db.engine.begin() as connection:
        rewind_server(connection, 8)
    db.close()
    with pytest.raises(BrastodError) as refused:
        open_database(urls[role])
    said = str(refused.value)
    assert f"schemaversion 8 till {SCHEMA_VERSION}" in said
    assert f"databasens ägare, {owned.owner}," in said and "brastod --db" in said
    assert main(["--db", urls[role], "stats"]) == 1
    assert "databasens ägare" in _told(capsys)
    open_database(owned.url()).close()                  # the owner upgrades it
    assert main(["--db", urls[role], "stats"]) == 0


def test_every_command_that_writes_is_refused_for_a_reader_in_swedish(owned, tmp_path,
                                                                       capsys):
    urls = _logins(owned, capsys)
    reader = urls["läsare"]
    report = tmp_path / "rapport.csv"
    report.write_text("Datum;Område;Händelsetyp;Beskrivning\n2026-10-02;Centrum;Klotter;Tag\n",
                      encoding="utf-8")
    assert main(["--db", owned.url(), "partner", "add", "Bostadsbolaget"]) == 0
    from tests.core.test_key_figures import _scb_file
    population = _scb_file(tmp_path / "komtopp.xlsx", [[1, 1, "Kungsör", 8600, 8500, 9.1]])
    for command in (["partner", "add", "Ny"],
                    ["population", str(population)],
                    ["import-survey", str(EXAMPLE_SURVEY), "--year", "2026"],
                    ["import", str(report), "--partner", "Bostadsbolaget"],
                    ["settings", "set", "gallring", "24"],
                    ["purge", "--older-than", "1", "--yes"],
                    ["user", "add", _unique("x"), "--role", "läsare"],
                    ["restore", str(tmp_path / "saknas.dump")]):
        assert main(["--db", reader, *command]) == 1, command
        _told(capsys)
    for command in (["stats"], ["list", "partners"], ["list", "meetings"], ["check"],
                    ["settings"], ["summary", "--from", "2026-01-01", "--to", "2026-12-31"],
                    ["template", str(tmp_path / "mall.xlsx")],
                    ["backup", str(tmp_path / "l.dump")]):
        assert main(["--db", reader, *command]) == 0, (command, capsys.readouterr().err)
    db = open_database(owned.url())
    try:
        assert counts(db)["partners"] == 1
    finally:
        db.close()


def test_without_pg_dump_the_user_is_told_what_to_install(owned, monkeypatch, tmp_path,
                                                        capsys):
    _logins(owned, capsys)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(server_backup, "INSTALLED", tmp_path)
    for command in (["backup", str(tmp_path / "k.dump")], ["restore", str(tmp_path / "k")]):
        (tmp_path / "k").write_bytes(b"PGDMP")
        assert main(["--db", owned.url(), *command]) == 1
        assert "apt-get install postgresql-client" in _told(capsys)
    assert main(["--db", owned.url(), "check"]) == 0        # the server itself answers


@pytest.fixture(scope="module")
def tcp_server():
    """A server of its own that also listens on TCP, without TLS, as many are; there every
    login but the tests' superuser gives a password."""
    from tests.conftest import started_or_skipped
    for server in started_or_skipped(tcp=True):
        server.stop()
        rules = server.data / "pg_hba.conf"
        rules.write_text(f"host all {postgres.SUPERUSER} 127.0.0.1/32 trust\n"
                         "host all all 127.0.0.1/32 scram-sha-256\n" + rules.read_text())
        server.resume()
        yield server


@pytest.mark.parametrize("address, said", [
    ("postgresql://brastod_test@127.0.0.1:{port}/postgres?sslmode=require",
     "tar inte emot krypterade anslutningar"),
    ("postgresql://brastod_test@finns-inte.invalid:{port}/postgres", "finns-inte.invalid finns inte"),
    ("postgresql://brastod_test@127.0.0.1:{port}/postgres?sslmode=alltid", "sslmode"),
    ("postgresql://brastod_test@127.0.0.1:{port}/brastod_saknas", "finns inte på servern"),
])
def test_a_server_that_cannot_be_met_is_told_in_swedish(tcp_server, address, said, capsys):
    try:
        code = main(["--db", address.format(port=tcp_server.port), "stats"])
    except SystemExit as exit:
        code = exit.code
    error = capsys.readouterr().err
    assert code in (1, 2) and said in error, error
    assert "Traceback" not in error and "failed" not in error and "SSL was" not in error


def test_a_laptop_with_work_of_its_own_moves_with_nothing_lost(pg_url, demo_file, tmp_path,
                                                               capsys):
    """Beyond the example data: the coordinator's own import (and its remembered columns), a
    survey, a walk's points made actions, a draft limited to an area with pinned incidents,
    an adopted lägesbild and an area synonym all arrive on the server unchanged."""
    import shutil
    from datetime import date as day

    from brastod.core.periods import Period
    from brastod.core.services import situation_reports
    from tests.server.test_server import _every_row_alike

    laptop_path = tmp_path / "laptop.sqlite3"
    shutil.copy(demo_file, laptop_path)
    report = tmp_path / "egen.csv"
    report.write_text("Datum;Tid;Område;Plats;Händelsetyp;Beskrivning\n"
                      "2026-11-02;22:10;Centrum;Torget;Klotter;Taggar på bänken\n"
                      "2026-11-03;;Kolarbyn;Skolan;Nedskräpning;Skräp vid entrén\n",
                      encoding="utf-8")
    laptop_url = str(laptop_path)
    assert main(["--db", laptop_url, "partner", "add", "Skolan"]) == 0
    assert main(["--db", laptop_url, "import", str(report), "--partner", "Skolan"]) == 0
    assert main(["--db", laptop_url, "import-survey", str(EXAMPLE_SURVEY), "--year", "2026"]) == 0
    laptop = open_database(laptop_path)
    try:
        with laptop.engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO area_synonym (area_id, normalized) "
                                       "SELECT min(id), 'stan' FROM area")
            area = connection.exec_driver_sql("SELECT min(id) FROM area").scalar()
            incident = connection.exec_driver_sql("SELECT max(id) FROM incident").scalar()
        draft = situation_reports.create_report(
            laptop, "operational", Period(day(2026, 11, 1), day(2026, 11, 30), "month"), [area])
        situation_reports.pin_incident(laptop, draft, incident, "Lyft på mötet")
    finally:
        laptop.close()
    capsys.readouterr()
    assert main(["--db", pg_url, "server-init", "--from-sqlite", str(laptop_path)]) == 0
    laptop, moved = open_database(laptop_path, read_only=True), open_database(pg_url)
    try:
        _every_row_alike(laptop, moved)
        with moved.engine.connect() as connection:
            for table in ("column_mapping", "situation_report_area", "pinned_incident",
                          "area_synonym", "survey_import", "walk_point"):
                assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar(), \
                    table
    finally:
        moved.close()
        laptop.close()


def test_a_pgpass_file_others_can_read_is_named_as_the_reason_a_login_fails(
        tcp_server, tmp_path, monkeypatch, capsys):
    login = _unique("pw")
    tcp_server.admin(f"CREATE ROLE {login} LOGIN PASSWORD 'rätt-lösen'")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{login}:rätt-lösen\n", encoding="utf-8")
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    address = f"postgresql://{login}@127.0.0.1:{tcp_server.port}/postgres"
    passfile.chmod(0o644)
    assert main(["--db", address, "stats"]) == 1
    error = capsys.readouterr().err
    assert f"chmod 600 {passfile}" in error and "Traceback" not in error, error
    passfile.chmod(0o600)
    assert main(["--db", address, "stats"]) == 1
    assert "är tom" in capsys.readouterr().err          # logged in: the database is no Brastöd's
    passfile.write_text(f"*:*:*:{login}:fel\n", encoding="utf-8")
    assert main(["--db", address, "stats"]) == 1
    error = capsys.readouterr().err
    assert "Servern godtog inte inloggningen" in error and "chmod" not in error


def test_a_reader_through_psql_reads_this_database_only(pg_server, owned, capsys):
    """The catalog is everyone's; the password hashes, another council's tables on the same
    server and new tables of one's own are not a läsare's."""
    from tests.server.test_clients import _psql
    if not (shutil.which("psql") or (pg_server.bin / "psql").exists()):
        pytest.skip(postgres.INSTALL)
    urls = _logins(owned, capsys)
    reader = urls["läsare"].split("@")[0].rsplit("/", 1)[1]
    other = _unique("brastod")
    pg_server.admin(f"CREATE DATABASE {other}")
    try:
        assert main(["--db", pg_server.url(other), "server-init", "--demo"]) == 0
        for database, sql, allowed in (
                (owned.name, "SELECT count(*) FROM incident", True),
                (owned.name, "SELECT count(*) FROM pg_class", True),
                (owned.name, "SELECT rolpassword FROM pg_authid", False),
                (owned.name, "CREATE TABLE egen (x int)", False),
                (other, "SELECT count(*) FROM incident", False),
                (other, "SELECT count(*) FROM contact", False)):
            done = _psql(pg_server, reader, database, sql)
            assert (done.returncode == 0) == allowed, (database, sql, done.stderr)
            if not allowed:
                assert "permission denied" in done.stderr, done.stderr
    finally:
        pg_server.admin(f"DROP DATABASE {other} WITH (FORCE)")
        pg_server.drop_roles(other)


def test_a_login_in_no_brastod_role_is_let_in_neither_by_brastod_nor_by_psql(
        pg_server, owned, capsys, qtbot, tmp_path, monkeypatch):
    """PostgreSQL lets every login connect to a new database and make temporary tables there:
    server-init takes that from PUBLIC (the command line and the window tell such a login why
    in Swedish), and a database set up before gets it at the owner's next upgrade or ``user
    add``, while the roles keep their way in."""
    from tests.core.schema_steps import rewind_server
    from tests.server.test_clients import _psql
    if not (shutil.which("psql") or (pg_server.bin / "psql").exists()):
        pytest.skip(postgres.INSTALL)
    urls = _logins(owned, capsys)
    outsider = _unique("ute")
    pg_server.admin(f"CREATE ROLE {outsider} LOGIN")

    def outsider_let_in() -> bool:
        done = _psql(pg_server, outsider, owned.name, "CREATE TEMP TABLE egen (x int)")
        assert done.returncode == 0 or "permission denied for database" in done.stderr, \
            done.stderr
        return done.returncode == 0
    try:
        assert not outsider_let_in()
        assert main(["--db", owned.url(outsider), "stats"]) == 1
        said = _told(capsys)
        assert f"Inloggningen har ingen roll i databasen {owned.name} " in said
        assert "brastod user add" in said and "permission" not in said
        _window_refuses(owned.url(outsider), said, qtbot, tmp_path, monkeypatch)
        for url in urls.values():
            assert main(["--db", url, "stats"]) == 0
        for renew in ("upgrade", "user add"):
            # As a database set up before the change has it.
            pg_server.admin(f"GRANT CONNECT, TEMPORARY ON DATABASE {owned.name} TO PUBLIC")
            assert outsider_let_in()
            if renew == "upgrade":
                db = open_database(owned.url())
                with db.engine.begin() as connection:
                    rewind_server(connection, SCHEMA_VERSION - 1)
                db.close()
                open_database(owned.url()).close()      # the owner upgrades it
            else:
                assert main(["--db", owned.url(), "user", "add", _unique("ny"), "--role",
                             "läsare"]) == 0
            assert not outsider_let_in(), renew
        capsys.readouterr()
        assert main(["--db", urls["läsare"], "stats"]) == 0
    finally:
        pg_server.admin(f"DROP ROLE {outsider}")


def _window_refuses(address: str, said: str, qtbot, tmp_path, monkeypatch) -> None:
    """The window started on ``address`` tells what the command line ``said``, and none stays."""
    from PySide6.QtWidgets import QMessageBox

    from brastod.gui.app import Application
    from tests.conftest import DEMO_TODAY
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(text))
    controller = Application(tmp_path / "brastod.log", DEMO_TODAY)
    controller.tasks.synchronous = True
    assert controller.start(address)
    qtbot.addWidget(controller.window)
    assert told == [said.removeprefix("brastod: ").strip()]
    assert controller.db is None and not controller.window.isVisible()


def test_a_server_that_accepts_and_never_answers_is_given_up_on(capsys):
    """A firewall that swallows the connection: told after the connect timeout, no hang."""
    with closing(socket.socket()) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        code = main(["--db", f"postgresql://anna@127.0.0.1:{port}/brastod?connect_timeout=2",
                     "stats"])
    assert code == 1
    error = capsys.readouterr().err
    assert "svarar inte" in error and "timeout" not in error, error
