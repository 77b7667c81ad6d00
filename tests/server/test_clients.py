"""Several real Brastöd processes on one PostgreSQL server at once (tests/server/client.py):
importing and editing together, a server restart under a running client, and the roles'
refusals met through the server's own psql client rather than through Brastöd."""
import json
import select
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from brastod.cli import main
from brastod.core.db import open_database
from brastod.core.services import registers
from tests import postgres
from tests.conftest import started_or_skipped
from tests.server.client import ROWS

CLIENT = Path(__file__).with_name("client.py")
LOAD_SECONDS = 30           # how long the clients work at once: the load, not a time limit
WAIT = 600                  # generous: two busy cores shared with other work


def _client(url: str, *args: str, **options) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CLIENT), url, *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **options)


def _log(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _rows(db, sql: str, *parameters) -> list[tuple]:
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql, parameters).all()]


def test_five_clients_import_and_edit_at_once_and_nothing_is_lost(pg_url, tmp_path, capsys):
    assert main(["--db", pg_url, "server-init", "--demo"]) == 0
    db = open_database(pg_url)
    registers.add_partner(db, "Testbolaget")
    db.close()
    logs = {name: tmp_path / f"{name}.jsonl" for name in
            ("import0", "import1", "sections", "decisions", "follow-ups")}
    clients = {name: _client(pg_url, "import", str(LOAD_SECONDS), str(logs[name]),
                             "Testbolaget", name[-1], str(tmp_path))
               for name in ("import0", "import1")}
    clients |= {name: _client(pg_url, name, str(LOAD_SECONDS), str(logs[name]))
                for name in ("sections", "decisions", "follow-ups")}
    for name, client in clients.items():
        out, err = client.communicate(timeout=WAIT)
        assert (client.returncode, err) == (0, ""), name      # no deadlock, no traceback
    saved = {name: _log(path) for name, path in logs.items()}
    assert all(len(entries) >= 3 for entries in saved.values()), \
        {name: len(entries) for name, entries in saved.items()}

    db = open_database(pg_url)
    try:
        # Every row once: each file's own rows, and the shared rows of each round once.
        rounds = [{entry["round"] for entry in saved[f"import{n}"]} for n in (0, 1)]
        expected = ROWS * (len(rounds[0]) + len(rounds[1]) + len(rounds[0] | rounds[1]))
        [(partner,)] = _rows(db, "SELECT id FROM partner WHERE name = 'Testbolaget'")
        stored = _rows(db, "SELECT description FROM incident WHERE partner_id = %s", partner)
        assert len(stored) == expected, Counter(stored).most_common(3)
        assert len(_rows(db, "SELECT id FROM category WHERE name LIKE 'Ny typ %%'")) == \
            len(rounds[0] | rounds[1])
        imports = saved["import0"] + saved["import1"]
        assert all(e["imported"] + e["duplicates"] == 2 * ROWS for e in imports)
        assert sum(e["imported"] for e in imports) == expected
        assert sum(e["duplicates"] for e in imports) == \
            ROWS * (len(rounds[0]) + len(rounds[1]) - len(rounds[0] | rounds[1]))
        # The last save of each section is what it holds.
        last = {entry["section"]: entry["body"] for entry in saved["sections"]}
        for section, body in last.items():
            assert _rows(db, "SELECT body FROM report_section WHERE id = %s", section) \
                == [(body,)]
        for entry in saved["decisions"]:
            assert _rows(db, "SELECT text, status FROM decision WHERE id = %s",
                         entry["decision"]) == [(entry["text"], entry["status"])]
        for entry in saved["follow-ups"]:
            assert _rows(db, "SELECT note FROM follow_up WHERE id = %s",
                         entry["follow_up"]) == [(entry["note"],)]
    finally:
        db.close()


@pytest.fixture
def durable_server():
    """A server of the test's own, for a test that stops it: durable, since without it the
    last commits are lost to a stop (-m immediate)."""
    yield from started_or_skipped(durable=True)


def _ask(client: subprocess.Popen, command: str) -> dict:
    client.stdin.write(command + "\n")
    client.stdin.flush()
    ready, _, _ = select.select([client.stdout], [], [], WAIT)
    assert ready, f"no answer to {command!r}"
    return json.loads(client.stdout.readline())


def test_a_running_client_keeps_working_after_the_server_restarts(durable_server, capsys):
    durable_server.admin("CREATE DATABASE brastod")
    url = durable_server.url("brastod")
    assert main(["--db", url, "server-init", "--municipality", "Kungsör"]) == 0
    client = _client(url, "serve", stdin=subprocess.PIPE)
    try:
        assert "ok" in _ask(client, "add Före omstarten")
        durable_server.stop()
        refused = _ask(client, "add Under avbrottet")
        assert refused["error"].startswith("Förbindelsen med servern bröts"), refused
        durable_server.resume()
        assert "ok" in _ask(client, "add Efter omstarten")
    finally:
        if client.poll() is None:
            client.stdin.close()            # the end of its commands: it closes and ends
        code, said = client.wait(timeout=WAIT), client.stderr.read()
    assert (code, said) == (0, "")
    db = open_database(url)
    try:
        names = {row.name for row in registers.list_partners(db)}
    finally:
        db.close()
    assert {"Före omstarten", "Efter omstarten"} <= names
    assert "Under avbrottet" not in names       # refused and said, not saved half-way


def _psql(server, user: str, database: str, sql: str) -> subprocess.CompletedProcess:
    psql = shutil.which("psql") or str(server.bin / "psql")
    return subprocess.run([psql, "-X", "-v", "ON_ERROR_STOP=1", "-h", str(server.socket),
                           "-p", str(server.port), "-U", user, "-d", database, "-c", sql],
                          capture_output=True, text=True, timeout=WAIT)


def test_the_roles_are_refused_by_the_server_itself_through_psql(pg_server, pg_url, capsys):
    if not (shutil.which("psql") or (pg_server.bin / "psql").exists()):
        pytest.skip(postgres.INSTALL)
    assert main(["--db", pg_url, "server-init", "--demo"]) == 0
    for login, role in (("lasse", "läsare"), ("selma", "sekreterare")):
        assert main(["--db", pg_url, "user", "add", login, "--role", role]) == 0
    database = pg_url.split("/")[3].split("?")[0]
    writes = {
        "partner": "INSERT INTO partner (name, kind, active) VALUES ('Ny', 'other', true)",
        "incident": "DELETE FROM incident",
        "report_section": "UPDATE report_section SET body = 'ändrad'",
        "decision": "UPDATE decision SET text = 'ändrad av ' || current_user",
        "agenda_item": "UPDATE agenda_item SET title = title || '.'",
    }
    for login, allowed in (("lasse", set()), ("selma", {"decision", "agenda_item"})):
        read = _psql(pg_server, login, database, "SELECT count(*) FROM incident")
        assert read.returncode == 0, read.stderr             # everyone reads
        for table, sql in writes.items():
            done = _psql(pg_server, login, database, sql)
            if table in allowed:
                assert done.returncode == 0, (login, table, done.stderr)
            else:
                assert done.returncode != 0, (login, table)
                assert f"permission denied for table {table}" in done.stderr, done.stderr
    db = open_database(pg_url)
    try:
        assert _rows(db, "SELECT DISTINCT text FROM decision") == [("ändrad av selma",)]
        assert _rows(db, "SELECT count(*) FROM report_section WHERE body = 'ändrad'") == [(0,)]
        assert "Ny" not in {row.name for row in registers.list_partners(db)}
    finally:
        db.close()


def test_without_postgresql_the_tests_skip_saying_how_to_install_it(monkeypatch):
    monkeypatch.setattr(postgres, "binaries", lambda: None)
    with pytest.raises(pytest.skip.Exception, match="apt-get install postgresql"):
        next(started_or_skipped())
    with pytest.raises(FileNotFoundError, match="apt-get install postgresql"):
        postgres.started()
