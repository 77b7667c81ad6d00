"""Revisions 6 and 7 carry their own copies of what they fill in (the observation kinds, the
counting of the year tallies), so that a later change to the services does not change what an
old step does; their copies give what the services give today."""
import ast
import importlib.util
import shutil
from pathlib import Path

from sqlalchemy import delete, select, update

from brastod.core import schema
from brastod.core.db import open_database
from brastod.core.models import Incident, PendingBatch, YearMoments, YearPlaces
from brastod.core.services import tallies, walks

KEPT_V6 = Path(__file__).parents[1] / "data" / "schema" / "v6.sqlite3"
FROZEN = ("v6_safety_walks.py", "v7_year_tallies.py")


def _revision(name: str):
    spec = importlib.util.spec_from_file_location(name[:-3], schema.FOLDER / "versions" / name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tallies(connection) -> tuple[list, list]:
    """Both tallies' rows, without their ids, in one order."""
    return tuple(sorted((tuple(row[1:]) for row in connection.execute(select(model)).all()),
                        key=repr) for model in (YearMoments, YearPlaces))


def test_revisions_6_and_7_import_nothing_of_the_program():
    for name in FROZEN:
        tree = ast.parse((schema.FOLDER / "versions" / name).read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                     for alias in node.names}
        assert imported == {"sqlalchemy", "alembic"}, name


def test_revision_6_fills_in_the_kinds_the_service_has_today():
    assert _revision("v6_safety_walks.py").OBSERVATION_KINDS == walks.OBSERVATION_KINDS


def test_revision_7_counts_the_tallies_as_the_service_does_today(demo_db):
    """On a file and on PostgreSQL: the example data, some of its incidents made without a
    time or an area."""
    count = _revision("v7_year_tallies.py").count
    with demo_db.engine.begin() as connection:
        connection.execute(update(Incident).where(Incident.id % 7 == 0)
                           .values(occurred_time=None))
        connection.execute(update(Incident).where(Incident.id % 11 == 0).values(area_id=None))
        for model in (YearMoments, YearPlaces, PendingBatch):
            connection.execute(delete(model))
        count(connection)
        counted = _tallies(connection)
        tallies.rebuild(connection)
        rebuilt = _tallies(connection)
    assert counted == rebuilt
    moments, places = counted
    assert len(moments) > 100 and len(places) > 100
    assert {row[5] for row in moments} == set(range(5))       # every time band, unknown too
    assert {row[4] for row in moments} == set(range(7))       # every weekday


def test_a_version_6_file_is_upgraded_with_the_tallies_the_service_counts(tmp_path):
    path = tmp_path / "v6.sqlite3"
    shutil.copy(KEPT_V6, path)
    db = open_database(path)
    try:
        with db.engine.begin() as connection:
            migrated = _tallies(connection)
            tallies.rebuild(connection)
            assert migrated == _tallies(connection) and migrated[0] and migrated[1]
    finally:
        db.close()
