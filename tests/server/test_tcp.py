"""Over TCP, as to a server on the network: every connection Brastöd opens asks the kernel to
keep it alive and to give it up when the network goes silent (core/server.py KEEPALIVE), which
a Unix socket cannot show; and an address with a host and a port works end to end."""
import socket

import pytest

from brastod.cli import main
from brastod.core import server
from brastod.core.db import open_database

OPTIONS = {"keepalive": (socket.SOL_SOCKET, getattr(socket, "SO_KEEPALIVE", None)),
           "idle": (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPIDLE", None)),
           "interval": (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPINTVL", None)),
           "count": (socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPCNT", None)),
           "user_timeout": (socket.IPPROTO_TCP, getattr(socket, "TCP_USER_TIMEOUT", None))}


@pytest.fixture(scope="module")
def tcp_server():
    from tests.conftest import started_or_skipped
    yield from started_or_skipped(tcp=True)


@pytest.fixture
def tcp_database(tcp_server):
    name = "brastod_tcp"
    tcp_server.admin(f"CREATE DATABASE {name}")
    yield name
    tcp_server.admin(f"DROP DATABASE {name} WITH (FORCE)")


def _socket_options(driver_connection) -> dict[str, int]:
    """What the kernel holds for the client's end of the connection (libpq sets them there;
    the server's SHOW tcp_keepalives_idle is its own end)."""
    if None in (option for _, option in OPTIONS.values()):
        pytest.skip("Det här operativsystemet har inte TCP_KEEPIDLE och TCP_USER_TIMEOUT.")
    with socket.fromfd(driver_connection.fileno(), socket.AF_INET, socket.SOCK_STREAM) as end:
        assert end.getpeername()[0] == "127.0.0.1"
        return {name: end.getsockopt(level, option) for name, (level, option) in
                OPTIONS.items()}


def test_a_tcp_connection_is_kept_alive_and_given_up_when_the_network_is_silent(
        tcp_server, tcp_database):
    assert main(["--db", tcp_server.url(tcp_database), "server-init", "--municipality",
                 "Kungsör"]) == 0
    db = open_database(tcp_server.tcp_url(tcp_database))
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT inet_client_addr()").scalar() is not None
            held = _socket_options(connection.connection.driver_connection)
        assert held == {"keepalive": 1, "idle": server.KEEPALIVE["keepalives_idle"],
                        "interval": server.KEEPALIVE["keepalives_interval"],
                        "count": server.KEEPALIVE["keepalives_count"],
                        "user_timeout": server.KEEPALIVE["tcp_user_timeout"]}
        assert held["idle"] < 7200      # not the kernel's default of two hours
        # The follower of others' changes has a connection of its own, with the same settings.
        from brastod.core.changes import _own_connection
        follower = _own_connection(db)
        try:
            assert _socket_options(follower) == held
        finally:
            follower.close()
    finally:
        db.close()


def test_an_address_with_a_host_and_a_port_imports_and_checks(tcp_server, tcp_database,
                                                                tmp_path, capsys):
    address = tcp_server.tcp_url(tcp_database)
    assert main(["--db", address, "server-init", "--municipality", "Kungsör"]) == 0
    assert main(["--db", address, "partner", "add", "Bostadsbolaget"]) == 0
    report = tmp_path / "rapport.csv"
    report.write_text("Datum;Tid;Område;Plats;Händelsetyp;Beskrivning\n"
                      "2026-10-01;21:30;Centrum;Torget;Klotter;Taggar på muren\n",
                      encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", address, "import", str(report), "--partner", "Bostadsbolaget"]) == 0
    assert main(["--db", address, "check"]) == 0
    assert capsys.readouterr().err == ""
    db = open_database(tcp_server.url(tcp_database))        # the same, over the socket
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM incident").scalar() == 1
    finally:
        db.close()


def _server_end(connection) -> dict[str, str]:
    return {name: connection.exec_driver_sql(f"SHOW {name}").scalar() for name in (
        "tcp_keepalives_idle", "tcp_keepalives_interval", "tcp_keepalives_count",
        "tcp_user_timeout")}


def test_the_servers_end_of_a_session_is_kept_alive_too_for_a_login_that_is_no_superuser(
        tcp_server, tcp_database):
    """The server gives up a client whose network went within seconds as well (and the row
    locks of its open transaction with it): each session sets the server's keepalive for its
    own end, which any login may."""
    assert main(["--db", tcp_server.url(tcp_database), "server-init", "--municipality",
                 "Kungsör"]) == 0
    assert main(["--db", tcp_server.url(tcp_database), "user", "add", "lars", "--role",
                 "läsare"]) == 0
    expected = {f"tcp_{name}" if name.startswith("keepalives_") else name: str(value)
                for name, value in server.KEEPALIVE.items() if name != "keepalives"}
    address = tcp_server.tcp_url(tcp_database, user="lars")
    db = open_database(address)
    try:
        with db.engine.connect() as connection:
            assert not connection.exec_driver_sql(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar()
            assert _server_end(connection) == expected
        from brastod.core.changes import _own_connection
        follower = _own_connection(db)
        try:
            assert follower.execute("SHOW tcp_keepalives_idle").fetchone()[0] == \
                expected["tcp_keepalives_idle"]
        finally:
            follower.close()
    finally:
        db.close()
