"""The core's tests that take ``db`` or ``demo_db`` run on a file and on the PostgreSQL test
server both; a test marked ``sqlite_only`` (its reason says why) runs on the file alone."""


def pytest_generate_tests(metafunc):
    if "db_kind" not in metafunc.fixturenames:
        return
    only_file = metafunc.definition.get_closest_marker("sqlite_only") is not None
    metafunc.parametrize("db_kind", ["sqlite"] if only_file else ["sqlite", "postgresql"])
