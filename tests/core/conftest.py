"""The core's tests that take ``db`` or ``demo_db`` run on a file and on the PostgreSQL test
server both; a test marked ``sqlite_only`` (its reason says why) runs on the file alone."""
import pytest


def pytest_generate_tests(metafunc):
    if "db_kind" not in metafunc.fixturenames:
        return
    only_file = metafunc.definition.get_closest_marker("sqlite_only") is not None
    metafunc.parametrize("db_kind", ["sqlite"] if only_file else ["sqlite", "postgresql"])


@pytest.fixture
def as_anna(monkeypatch):
    """``as_anna(change, *args, **kwargs)`` runs ``change(*args, **kwargs)`` as the second writer,
    anna.berg, on a file and on a server alike: what she changes is stamped with her name."""
    from brastod.core import versions
    from brastod.core.models import versioned

    def run(change, *args, **kwargs):
        with monkeypatch.context() as patch:     # undo() would drop the test's own patches too
            for module in (versions, versioned):
                patch.setattr(module, "who", lambda _connection: "anna.berg")
            return change(*args, **kwargs)
    return run
