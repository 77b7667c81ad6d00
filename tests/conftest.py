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
def db(db_path: Path):
    from brastod.core.services.setup import create_database
    database = create_database(db_path, "Testkommun")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    from brastod.core.demo import load_demo
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    load_demo(path, today=DEMO_TODAY).close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path):
    """A private copy of the example database (tests may change it)."""
    from brastod.core.db import open_database
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data saknas i den här utcheckningen")
    return SHARED_DATA


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of the tests' own (tests/postgres.py); skipped where none is
    installed, saying how to install it."""
    from tests import postgres
    if postgres.binaries() is None:
        pytest.skip(postgres.INSTALL)
    try:
        server = postgres.started()
    except (OSError, subprocess.CalledProcessError) as error:
        said = getattr(error, "stderr", b"") or b""
        pytest.skip(f"PostgreSQL finns men kunde inte startas här: {error} "
                    f"{said.decode(errors='replace')[-300:]}")
    yield server
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server) -> str:
    """The address of a new, empty database on the test server (dropped afterwards)."""
    import uuid
    name = f"brastod_{uuid.uuid4().hex[:12]}"
    pg_server.admin(f"CREATE DATABASE {name}")
    yield pg_server.url(name)
    pg_server.admin(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, db_path: Path):
    """A new database for "Testkommun" as a file, and again on the PostgreSQL test server: for
    the services that must behave alike on both."""
    from brastod.core.services.setup import create_database
    target = db_path if request.param == "sqlite" else request.getfixturevalue("pg_url")
    database = create_database(target, "Testkommun")
    yield database
    database.close()
