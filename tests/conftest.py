"""Shared fixtures. Qt runs headless, and settings, data and logs go to a temporary folder so
tests never touch the user's own Brastöd."""
import atexit
import os
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

# Random input (hypothesis) tries the same examples on every run and has no time limit per
# example: a busy machine neither changes what is tested nor fails a slow example.
settings.register_profile("brastod", derandomize=True, deadline=None, database=None)
settings.load_profile("brastod")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="brastod-test-home-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_HOME / variable.lower())

# The example data is generated relative to this day, so every figure in the tests is fixed.
DEMO_TODAY = date(2026, 11, 22)
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "brastod.sqlite3"


@pytest.fixture
def db_kind() -> str:
    """Where ``db`` and ``demo_db`` are: a file here; tests/core/conftest.py runs its tests on
    "sqlite" and "postgresql" both."""
    return "sqlite"


@pytest.fixture
def db(db_kind: str, db_path: Path, request):
    from brastod.core.db import open_database
    from brastod.core.services.setup import create_database
    if db_kind == "sqlite":
        database = create_database(db_path, "Testkommun")
    else:
        database = open_database(request.getfixturevalue("pg_new_url"))
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    from brastod.core.demo import load_demo
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    load_demo(path, today=DEMO_TODAY).close()
    return path


@pytest.fixture
def demo_db(db_kind: str, tmp_path: Path, request):
    """A private copy of the example database (tests may change it)."""
    from brastod.core.db import open_database
    if db_kind == "sqlite":
        target = tmp_path / "demo.sqlite3"
        shutil.copy(request.getfixturevalue("demo_file"), target)
    else:
        target = request.getfixturevalue("pg_demo_url")
    database = open_database(target)
    yield database
    database.close()


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data saknas i den här utcheckningen")
    return SHARED_DATA


def started_or_skipped(durable: bool = False, tcp: bool = False):
    """A PostgreSQL server of the tests' own (tests/postgres.py), stopped and removed after
    the ``yield``; skipped where none is installed, saying how to install it."""
    from tests import postgres
    if postgres.binaries() is None:
        pytest.skip(postgres.INSTALL)
    try:
        server = postgres.started(durable, tcp)
    except (OSError, subprocess.CalledProcessError) as error:
        said = getattr(error, "stderr", b"") or b""
        pytest.skip(f"PostgreSQL finns men kunde inte startas här: {error} "
                    f"{said.decode(errors='replace')[-300:]}")
    yield server
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture
def own_server():
    """A server of the test's own, for a test that stops it (the session's is never stopped),
    with an empty database "brastod"."""
    for server in started_or_skipped():
        server.admin("CREATE DATABASE brastod")
        yield server


@pytest.fixture(scope="session")
def pg_server():
    """The tests' PostgreSQL server, shared by the session (see ``started_or_skipped``)."""
    yield from started_or_skipped()


def _new_database(pg_server, template: str | None = None):
    import uuid
    name = f"brastod_{uuid.uuid4().hex[:12]}"
    pg_server.admin(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    yield pg_server.url(name)
    pg_server.admin(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_server) -> str:
    """The address of a new, empty database on the test server (dropped afterwards)."""
    yield from _new_database(pg_server)


@pytest.fixture(scope="session")
def pg_new_template(pg_server) -> str:
    """The name of a database on the test server as ``create_database`` makes it for
    "Testkommun", made once: a template that ``pg_new_url`` copies."""
    from brastod.core.services.setup import create_database
    name = "brastod_new_template"
    pg_server.admin(f"CREATE DATABASE {name}")
    create_database(pg_server.url(name), "Testkommun").close()
    return name


@pytest.fixture
def pg_new_url(pg_server, pg_new_template: str) -> str:
    """A private new database for "Testkommun" on the test server (a copy of the template)."""
    yield from _new_database(pg_server, pg_new_template)


@pytest.fixture(scope="session")
def pg_demo_template(pg_server) -> str:
    """The name of a database on the test server holding the example data, made once: a
    template that ``pg_demo_url`` copies (nobody may stay connected to it)."""
    from brastod.core.demo import load_demo
    name = "brastod_demo_template"
    pg_server.admin(f"CREATE DATABASE {name}")
    load_demo(pg_server.url(name), today=DEMO_TODAY).close()
    return name


@pytest.fixture
def pg_demo_url(pg_server, pg_demo_template: str) -> str:
    """A private copy of the example database on the test server (CREATE DATABASE … TEMPLATE:
    a copy of its files, much faster than making the example data again)."""
    yield from _new_database(pg_server, pg_demo_template)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, db_path: Path):
    """A new database for "Testkommun" as a file, and again on the PostgreSQL test server: for
    the services that must behave alike on both."""
    from brastod.core.services.setup import create_database
    target = db_path if request.param == "sqlite" else request.getfixturevalue("pg_url")
    database = create_database(target, "Testkommun")
    yield database
    database.close()
