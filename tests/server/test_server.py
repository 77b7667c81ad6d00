"""Brastöd on a real PostgreSQL server (started by the tests, tests/postgres.py): setting it up,
moving a laptop's database onto it, logins in roles whose grants the server enforces, and the
messages for an address or a server that does not answer."""
import json
import os
import shutil
import stat
from datetime import date, datetime, time, timezone
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import MetaData, Table, inspect, select, text
from sqlmodel import SQLModel

from brastod.cli import main
from brastod.core.db import open_database
from brastod.core.errors import BrastodError
from brastod.core.meeting_rules import SeriesFields
from brastod.core.server_admin import current_role
from brastod.core.services import meeting_series, meetings, registers, retention
from brastod.core.services.key_figures import list_national_references
from brastod.core.services.setup import create_database
from brastod.core.services.stats import counts


def test_server_init_makes_the_schema_the_default_lists_and_the_roles(pg_url, db, capsys):
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    said = capsys.readouterr().out
    assert "Databasen är klar för Kungsör." in said and "_samordnare" in said
    server = open_database(pg_url)
    try:
        assert registers.get_municipality(server).name == "Kungsör"
        assert counts(server) == counts(db)             # the same default lists as a file
        assert list_national_references(server) == list_national_references(db)
        assert current_role(server) == "samordnare"     # the superuser who set it up
    finally:
        server.close()
    assert main(["--db", pg_url, "server-init", "--municipality", "Arboga"]) == 1
    assert "används redan (kommun: Kungsör)" in capsys.readouterr().err


def test_a_laptop_database_moves_to_the_server_with_everything_in_it(pg_url, demo_db, capsys):
    demo_db.close()
    assert main(["--db", pg_url, "server-init", "--from-sqlite", str(demo_db.path)]) == 0
    assert "Flyttade" in capsys.readouterr().out
    laptop = open_database(demo_db.path, read_only=True)
    server = open_database(pg_url)
    try:
        assert counts(server) == counts(laptop)
        assert [m.title for m in meetings.list_meetings(server)] == \
            [m.title for m in meetings.list_meetings(laptop)]
        _every_row_alike(laptop, server)
        # The id sequences continue after the moved rows.
        added = registers.add_partner(server, "Ny partner efter flytten")
        with laptop.engine.connect() as connection:
            assert added > connection.exec_driver_sql("SELECT max(id) FROM partner").scalar()
        with server.engine.connect() as connection:
            moment = connection.exec_driver_sql(
                "SELECT imported_at FROM import_batch ORDER BY id LIMIT 1").scalar()
        assert moment.tzinfo is not None                # timestamptz: an aware moment
    finally:
        server.close()
        laptop.close()


def _every_row_alike(laptop, server) -> None:
    """Every table of the file (Brastöd's and the schema's own) holds the same rows, value for
    value, on the server."""
    with laptop.engine.connect() as reading:
        names = sorted(inspect(reading).get_table_names())
    assert len(names) > 40 and {"incident", "decision", "alembic_version"} <= set(names)
    for name in names:
        table = SQLModel.metadata.tables.get(name)
        if table is None:                       # alembic_version: not one of the models
            table = Table(name, MetaData(), autoload_with=laptop.engine)
        order = list(table.primary_key.columns) or list(table.columns)
        rows = []
        for db in (laptop, server):
            with db.engine.connect() as connection:
                rows.append([tuple(map(_comparable, row))
                             for row in connection.execute(select(table).order_by(*order))])
        assert rows[0] == rows[1], name
        assert rows[0] or name in EMPTY_IN_THE_EXAMPLE, f"{name} is empty: nothing compared"


# The example data has none of these; every other table is compared row by row.
EMPTY_IN_THE_EXAMPLE = {"area_synonym", "column_mapping", "situation_report_area",
                        "pinned_incident", "tally_pending_batch",
                        "write_receipt"}     # a file has no connection to lose


def _comparable(value):
    """A moment as UTC on both (the file keeps it naive in UTC, the server aware)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def _login(pg_server, pg_url: str, login: str, role: str, capsys) -> str:
    assert main(["--db", pg_url, "user", "add", login, "--role", role]) == 0
    assert f"Användaren {login} är tillagd i rollen {role}" in capsys.readouterr().out
    return pg_url.replace("brastod_test@", f"{login}@")


def test_the_server_enforces_each_role(pg_server, pg_url, capsys):
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    capsys.readouterr()
    reader_url = _login(pg_server, pg_url, "lisa", "läsare", capsys)
    secretary_url = _login(pg_server, pg_url, "sam", "sekreterare", capsys)
    reader, secretary = open_database(reader_url), open_database(secretary_url)
    try:
        assert (current_role(reader), current_role(secretary)) == ("läsare", "sekreterare")
        assert registers.get_municipality(reader).name == "Kungsör"      # reads everything
        with pytest.raises(BrastodError, match="Din roll .* har inte behörighet till det här"):
            registers.add_partner(reader, "Partner")
        series_id = meeting_series.save_series(secretary, None, SeriesFields(
            "Lokala BRÅ", "council", "Stadshuset", None, 120, None), [])
        [meeting_id] = meeting_series.create_meetings(secretary, series_id, [date(2026, 12, 3)])
        assert meetings.get_meeting(reader, meeting_id).title
        with pytest.raises(BrastodError, match="har inte behörighet till det här"):
            registers.add_partner(secretary, "Partner")
    finally:
        reader.close()
        secretary.close()
    # Not only through Brastöd: a läsare with a plain connection cannot write either.
    name = pg_url.split("/")[3].split("?")[0]
    with psycopg.connect(host=str(pg_server.socket), port=pg_server.port, user="lisa",
                         dbname=name) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM partner")
    assert main(["--db", pg_url, "user", "add", "lisa", "--role", "läsare"]) == 1
    assert "finns redan" in capsys.readouterr().err


def test_a_password_is_read_from_a_file_and_never_shown(pg_server, pg_url, tmp_path, capsys):
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    secret = tmp_path / "lösen.txt"
    secret.write_text("hemligt-Lösen'1\n", encoding="utf-8")
    assert main(["--db", pg_url, "user", "add", "kim", "--role", "samordnare",
                 "--password-file", str(secret)]) == 0
    output = capsys.readouterr()
    assert "hemligt" not in output.out + output.err
    with psycopg.connect(host=str(pg_server.socket), port=pg_server.port,
                         user="brastod_test", dbname="postgres") as connection:
        stored = connection.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'kim'"
                                    ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$")          # hashed by the server
    (tmp_path / "tom.txt").write_text("", encoding="utf-8")
    assert main(["--db", pg_url, "user", "add", "kai", "--role", "läsare", "--password-file",
                 str(tmp_path / "tom.txt")]) == 1
    assert "första raden" in capsys.readouterr().err
    assert main(["--db", pg_url, "user", "add", "kai", "--role", "läsare", "--password-file",
                 str(tmp_path / "saknas.txt")]) == 1
    assert "saknas.txt finns inte" in capsys.readouterr().err


@pytest.mark.parametrize("args, said", [
    (["user", "add", "x y", "--role", "läsare"], "går inte att använda"),
    (["user", "add", "Anna", "--role", "läsare"], "små bokstäver"),
    (["user", "add", "public", "--role", "läsare"], "går inte att använda"),
    (["demo"], "server-init --demo"),
    (["server-init"], "Ange kommunens namn"),
    (["server-init", "--municipality", "K", "--demo", "--from-sqlite", "a.sqlite3"],
     "inte båda"),
])
def test_wrong_server_commands_are_told_in_swedish(pg_url, args, said, capsys):
    assert main(["--db", pg_url, *args]) == 1
    assert said in capsys.readouterr().err


def test_an_address_or_a_server_that_does_not_answer_is_told(pg_server, tmp_path, capsys):
    socket = pg_server.socket
    for url, said in (
            ("postgresql://brastod_test@/", "saknar databasens namn"),
            ("postgresql://u:hemligt@/db", "Skriv inte lösenordet"),
            (f"postgresql://brastod_test@/finns_inte?host={socket}&port={pg_server.port}",
             "finns inte på servern"),
            (f"postgresql://ingen_alls@/postgres?host={socket}&port={pg_server.port}",
             "Användaren finns inte"),
            (f"postgresql://brastod_test@/postgres?host={tmp_path}&port=1", "inte igång"),
            (f"postgresql://brastod_test@/postgres?host={socket}&port=abc", "inte är ett tal"),
            (f"postgresql://brastod_test@/postgres?host={socket}&bogus=1", "känner: bogus"),
            (f"postgresql://brastod_test@/postgres?host={socket}&options=-c%20x%3Dy",
             "känner: options")):
        try:
            code = main(["--db", url, "stats"])
        except SystemExit as exit:          # refused with the command line
            code = exit.code
        error = capsys.readouterr().err
        assert code in (1, 2) and said in error, (url, error)
        assert "Traceback" not in error and "hemligt" not in error
    empty = f"postgresql://brastod_test@/postgres?host={socket}&port={pg_server.port}"
    assert main(["--db", empty, "stats"]) == 1
    assert "är tom" in capsys.readouterr().err
    for command, said in ((["backup", str(tmp_path / "k.dump")], "är tom"),
                          (["check"], "är tom"),
                          (["init", "--municipality", "K"], "server-init --municipality")):
        assert main(["--db", empty, *command]) == 1
        assert said in capsys.readouterr().err
    assert not (tmp_path / "k.dump").exists()


def test_backup_and_restore_on_a_server_use_pg_dump_and_pg_restore(pg_url, demo_db, tmp_path,
                                                                   capsys):
    demo_db.close()
    assert main(["--db", pg_url, "server-init", "--from-sqlite", str(demo_db.path)]) == 0
    dump = tmp_path / "brastod.dump"
    assert main(["--db", pg_url, "backup", str(dump)]) == 0
    assert "pg_dump" in capsys.readouterr().out and dump.read_bytes()[:5] == b"PGDMP"
    server = open_database(pg_url)
    try:
        before = counts(server)
        registers.add_partner(server, "Tillagd efter kopian")
        with server.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM incident")
    finally:
        server.close()
    assert main(["--db", pg_url, "restore", str(dump)]) == 0
    assert main(["--db", pg_url, "check"]) == 0
    assert "är hel" in capsys.readouterr().out
    server = open_database(pg_url)
    try:
        assert counts(server) == before
    finally:
        server.close()
    (tmp_path / "inte.dump").write_text("ingen kopia", encoding="utf-8")
    assert main(["--db", pg_url, "restore", str(tmp_path / "inte.dump")]) == 1
    error = capsys.readouterr().err
    assert "misslyckades" in error and "Traceback" not in error


def test_brastod_db_names_the_database_when_db_is_not_given(pg_url, monkeypatch, capsys):
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    monkeypatch.setenv("BRASTOD_DB", pg_url)
    assert main(["stats", "--json"]) == 0
    assert '"partners"' in capsys.readouterr().out
    monkeypatch.setenv("BRASTOD_DB", "postgresql://x@/")
    assert main(["stats"]) == 1
    assert "BRASTOD_DB" in capsys.readouterr().err


def test_a_file_database_is_still_made_and_opened_as_before(tmp_path):
    database = create_database(tmp_path / "b.sqlite3", "Kungsör")
    try:
        assert database.server is None and database.name == str(tmp_path / "b.sqlite3")
        assert current_role(database) == "samordnare"
    finally:
        database.close()


def test_the_figures_on_the_server_equal_those_of_the_file(pg_url, demo_db):
    from brastod.core.periods import Period
    from brastod.core.server_admin import copy_database
    from brastod.core.services.figures import compute_figures
    from brastod.core.services.annual_figures import compute_annual_figures
    server = open_database(pg_url, create=True)
    try:
        copy_database(demo_db, server)
        for period, areas in ((Period(date(2026, 1, 1), date(2026, 12, 31), "year"), None),
                              (Period(date(2026, 11, 9), date(2026, 11, 22), "fortnight"), None),
                              (Period(date(2026, 7, 1), date(2026, 9, 30), "quarter"), [1])):
            with demo_db.session() as file_session, server.session() as server_session:
                assert compute_figures(server_session, period, areas) == \
                    compute_figures(file_session, period, areas)
                assert compute_annual_figures(server_session, period, date(2026, 11, 22)) == \
                    compute_annual_figures(file_session, period, date(2026, 11, 22))
    finally:
        server.close()


def test_server_init_with_the_example_data(pg_url, capsys):
    assert main(["--db", pg_url, "server-init", "--demo"]) == 0
    assert "Databasen är klar för Fagersta." in capsys.readouterr().out
    server = open_database(pg_url)
    try:
        numbers = counts(server)
        assert numbers["incidents"] > 1000 and numbers["meetings"] > 10
    finally:
        server.close()


def test_a_partner_file_imports_once_and_a_purge_removes_on_the_server(pg_url, tmp_path,
                                                                       capsys):
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    assert main(["--db", pg_url, "partner", "add", "Bostadsbolaget"]) == 0
    report = tmp_path / "rapport.csv"
    report.write_text("Datum;Tid;Område;Plats;Händelsetyp;Beskrivning\n"
                      "2020-03-01;21:30;Centrum;Torget;Klotter;Taggar på muren\n"
                      "2026-10-02;;Centrum;Stationen;Nedskräpning;Skräp\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", pg_url, "import", str(report), "--partner", "Bostadsbolaget",
                 "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["--db", pg_url, "import", str(report), "--partner", "Bostadsbolaget",
                 "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (first[0]["imported"], again[0]["imported"], again[0]["duplicates"]) == (2, 0, 2)
    server = open_database(pg_url)
    try:
        with server.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT occurred_on, occurred_time FROM incident ORDER BY occurred_on").all() \
                == [(date(2020, 3, 1), time(21, 30)), (date(2026, 10, 2), None)]
    finally:
        server.close()
    assert main(["--db", pg_url, "purge", "--older-than", "24", "--yes"]) == 0
    server = open_database(pg_url)
    try:
        assert counts(server)["incidents"] == 1
    finally:
        server.close()


def test_a_restore_from_another_database_keeps_this_ones_roles(pg_server, pg_url, tmp_path,
                                                               capsys):
    """The dump's grants name the roles of the database it came from: they are not restored,
    and this database's roles get their rights back."""
    other = pg_url.replace("@/brastod_", "@/annan_")
    other_name = other.split("/")[3].split("?")[0]
    pg_server.admin(f"CREATE DATABASE {other_name}")
    try:
        for url, municipality in ((pg_url, "Kungsör"), (other, "Arboga")):
            assert main(["--db", url, "server-init", "--municipality", municipality]) == 0
        dump = tmp_path / "annan.dump"
        assert main(["--db", other, "backup", str(dump)]) == 0
        reader = _login(pg_server, pg_url, "lina", "läsare", capsys)
        stranger = _login(pg_server, other, "otto", "samordnare", capsys)
        assert main(["--db", pg_url, "restore", str(dump)]) == 0
        capsys.readouterr()
        assert main(["--db", reader, "stats"]) == 0                    # still reads here
        assert main(["--db", stranger.replace(other_name, pg_url.split("/")[3].split("?")[0]),
                     "partner", "add", "Från den andra"]) == 1
        # Another database's role does not even get in (no CONNECT here, none for PUBLIC).
        assert "Inloggningen har ingen roll i databasen" in capsys.readouterr().err
    finally:
        pg_server.admin(f"DROP DATABASE {other_name} WITH (FORCE)")


def test_a_database_name_too_long_for_its_roles_is_refused(pg_server, capsys):
    name = "b" * 60
    pg_server.admin(f"CREATE DATABASE {name}")
    try:
        assert main(["--db", pg_server.url(name), "server-init", "--municipality", "K"]) == 1
        assert "för långt för rollernas namn: högst 51 tecken" in capsys.readouterr().err
    finally:
        pg_server.admin(f"DROP DATABASE {name} WITH (FORCE)")


def test_a_server_backup_never_replaces_a_folder_a_device_or_a_database(pg_url, db, tmp_path,
                                                                         capsys):
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    device = tmp_path / "enhet"
    os.mkfifo(device)
    before = db.path.read_bytes()
    for target, said in ((tmp_path, "är en mapp"), (device, "ingen vanlig fil"),
                         (db.path, "är en databas")):
        assert main(["--db", pg_url, "backup", str(target)]) == 1
        assert said in capsys.readouterr().err
    assert db.path.read_bytes() == before and stat.S_ISFIFO(os.stat(device).st_mode)


def test_an_older_laptop_file_is_refused_unchanged(pg_url, tmp_path, capsys):
    kept = Path(__file__).parents[1] / "data" / "schema" / "v1.sqlite3"
    older = tmp_path / "v1.sqlite3"
    shutil.copy(kept, older)
    assert main(["--db", pg_url, "server-init", "--from-sqlite", str(older)]) == 1
    assert "äldre version av Brastöd (schemaversion 1)" in capsys.readouterr().err
    assert older.read_bytes() == kept.read_bytes() and not (tmp_path / "backups").exists()
    assert main(["--db", pg_url, "server-init", "--from-sqlite", str(tmp_path / "nej")]) == 1
    assert "finns inte. Ange databasfilen" in capsys.readouterr().err


def test_a_file_moves_with_its_own_municipality_and_another_name_is_refused(pg_url, db,
                                                                            capsys):
    db.close()
    assert main(["--db", pg_url, "server-init", "--municipality", "Arboga",
                 "--from-sqlite", str(db.path)]) == 1
    said = capsys.readouterr().err
    assert "gäller kommunen Testkommun, men --municipality säger Arboga" in said
    assert "Traceback" not in said
    with psycopg.connect(pg_url) as connection:
        assert not connection.execute("SELECT 1 FROM pg_tables WHERE schemaname = 'public'")\
            .fetchall()                         # nothing made: the next try may run
    assert main(["--db", pg_url, "server-init", "--municipality", "testkommun",
                 "--from-sqlite", str(db.path)]) == 0
    assert "Databasen är klar för Testkommun (kommunens namn i filen)." in \
        capsys.readouterr().out


def test_a_server_database_has_no_file_backup_settings(pg_url, capsys):
    assert main(["--db", pg_url, "server-init", "--demo"]) == 0
    capsys.readouterr()
    assert main(["--db", pg_url, "settings"]) == 0
    shown = capsys.readouterr().out
    assert "gallring" in shown and "\nkopior-dagar" not in shown
    assert "Säkerhetskopiorna sköts av servern" in shown
    assert main(["--db", pg_url, "settings", "set", "kopior-dagar", "3"]) == 1
    assert "säkerhetskopieras av servern" in capsys.readouterr().err
    assert main(["--db", pg_url, "purge", "--older-than", "12", "--yes"]) == 0
    assert "serverns säkerhetskopior" in capsys.readouterr().out


def test_tables_an_upgrade_adds_get_the_roles_grants(pg_server, pg_url, capsys):
    """A server database from before the trygghetsvandringar: after the upgrade a läsare reads
    the new tables and a sekreterare writes a walk, as server-init would have granted."""
    from tests.core.schema_steps import rewind_server
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    db = open_database(pg_url)
    with db.engine.begin() as connection:
        rewind_server(connection, 5)
    db.close()
    reader_url = _login(pg_server, pg_url, "lena", "läsare", capsys)
    secretary_url = _login(pg_server, pg_url, "sara", "sekreterare", capsys)
    open_database(pg_url).close()                       # the owner's program upgrades it
    name = pg_url.split("/")[3].split("?")[0]
    with psycopg.connect(host=str(pg_server.socket), port=pg_server.port, user="lena",
                         dbname=name) as connection:
        assert connection.execute("SELECT count(*) FROM observation_kind").fetchone()[0] > 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM safety_walk")
    secretary = open_database(secretary_url)
    try:
        with secretary.engine.begin() as connection:
            connection.execute(text("INSERT INTO safety_walk (walk_date, route, note, status) "
                                    "VALUES ('2026-12-03', '', '', 'planned')"))
    finally:
        secretary.close()
    assert open_database(reader_url).close() is None


def test_a_dump_of_a_database_that_is_not_brastods_is_refused_and_nothing_changes(
        pg_server, pg_url, tmp_path, capsys):
    from brastod.core import server_backup
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    other = pg_url.replace("@/brastod_", "@/annat_")
    other_name = other.split("/")[3].split("?")[0]
    pg_server.admin(f"CREATE DATABASE {other_name}")
    try:
        pg_server.admin("CREATE TABLE partner (id int)", other_name)
        dump = tmp_path / "annat.dump"
        server_backup._run([server_backup.tool("pg_dump"), "--format=custom", "--file",
                            str(dump), "--dbname", other], "annat", "Kopian")
        server = open_database(pg_url)
        try:
            before = counts(server)
        finally:
            server.close()
        assert main(["--db", pg_url, "restore", str(dump)]) == 1
        error = capsys.readouterr().err
        assert "ingen säkerhetskopia av en Brastöd-databas" in error and "Traceback" not in error
        server = open_database(pg_url)
        try:
            assert counts(server) == before
        finally:
            server.close()
    finally:
        pg_server.admin(f"DROP DATABASE {other_name} WITH (FORCE)")


def test_a_restore_of_a_dump_from_before_a_gallring_purges_again(pg_demo_url, tmp_path,
                                                                 capsys):
    """As on a file (services/retention.restore): what gallring removed stays removed, and the
    setting stays, when a copy taken before it is put back."""
    dump = tmp_path / "fore.dump"
    assert main(["--db", pg_demo_url, "backup", str(dump)]) == 0
    assert main(["--db", pg_demo_url, "purge", "--older-than", "12", "--yes"]) == 0
    capsys.readouterr()
    server = open_database(pg_demo_url)
    try:
        state = retention.purge_state(server)
        assert state.purged_before is not None and _before(server, state.purged_before) == 0
    finally:
        server.close()
    assert main(["--db", pg_demo_url, "restore", str(dump)]) == 0
    said = capsys.readouterr().out
    assert "som hade gallrats togs bort igen; gallringsinställningen behölls: 12 månader" \
        in said
    server = open_database(pg_demo_url)
    try:
        assert retention.purge_state(server) == state
        assert _before(server, state.purged_before) == 0
    finally:
        server.close()


def _before(db, cutoff: date) -> int:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM incident WHERE occurred_on < :c"),
                                  {"c": cutoff}).scalar()
