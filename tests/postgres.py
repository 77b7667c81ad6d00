"""A real PostgreSQL server for the tests: ``initdb`` into a temporary folder, listening only on
a Unix socket there (and on 127.0.0.1 if asked: ``tcp``). The server refuses to run as root, so
under root it runs as an ordinary user (postgres, else nobody) through setpriv; the tests
connect over the socket."""
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from contextlib import closing
from pathlib import Path

INSTALL = ("PostgreSQL-servern saknas: installera den (Debian/Ubuntu: apt-get install "
           "postgresql) så körs även testerna mot PostgreSQL.")
SUPERUSER = "brastod_test"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl (Debian keeps them out of PATH), or None."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return versions[0].parent if versions else None


class Server:
    def __init__(self, folder: Path, bin_dir: Path):
        self.folder, self.bin = folder, bin_dir
        self.data, self.socket = folder / "data", folder / "socket"
        self.port = 5432
        self._as = []
        if os.geteuid() == 0:
            user = next((u for u in ("postgres", "nobody") if _exists(u)))
            entry = pwd.getpwnam(user)
            self._as = ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}",
                        "--clear-groups"]
            for path in (folder,):
                os.chown(path, entry.pw_uid, entry.pw_gid)

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, cwd=self.folder)

    def start(self, durable: bool = False, tcp: bool = False) -> None:
        """``durable``: fsync and synchronous commits as a real server has them (benchmarks);
        the tests go without, being thrown away. ``tcp``: it also listens on 127.0.0.1, on a
        free port (``tcp_url``), as a server on the network does."""
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                  "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8")
        self._run("mkdir", "-p", str(self.socket))
        if tcp:
            self.port = free_port()         # the socket's name follows it
        self._options = (f"-c listen_addresses='{'127.0.0.1' if tcp else ''}' "
                         f"-k {self.socket} -p {self.port}"
                         + ("" if durable else " -c fsync=off -c synchronous_commit=off "
                                               "-c full_page_writes=off"))
        self.resume()

    def resume(self) -> None:
        """Start the server again after ``stop`` (same data, same socket)."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-l",
                  str(self.folder / "server.log"), "-o", self._options, "start")

    def stop(self) -> None:
        subprocess.run([*self._as, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m",
                        "immediate", "-w", "stop"], capture_output=True, cwd=self.folder)

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.socket}&port={self.port}"

    def tcp_url(self, database: str, user: str = SUPERUSER) -> str:
        """Over TCP to 127.0.0.1 (a server started with ``tcp``)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, dbname: str = "postgres") -> None:
        """Run ``sql`` as the superuser (outside a transaction), on the maintenance database
        unless ``dbname`` is given."""
        import psycopg
        with psycopg.connect(host=str(self.socket), port=self.port, user=SUPERUSER,
                             dbname=dbname, autocommit=True) as connection:
            connection.execute(sql)

    def drop_roles(self, database: str) -> None:
        """The group roles server-init made for ``database`` (itself dropped), with what was
        granted them outside it: SET on a parameter, which keeps a role otherwise."""
        for suffix in ("samordnare", "sekreterare", "lasare"):
            self.admin(f"DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = "
                       f"'{database}_{suffix}') THEN DROP OWNED BY {database}_{suffix}; "
                       f"DROP ROLE {database}_{suffix}; END IF; END $$")


def _exists(user: str) -> bool:
    try:
        pwd.getpwnam(user)
        return True
    except KeyError:
        return False


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def started(durable: bool = False, tcp: bool = False) -> Server:
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError(INSTALL)
    server = Server(Path(tempfile.mkdtemp(prefix="brastod-pg-")), bin_dir)
    server.start(durable, tcp)
    return server
