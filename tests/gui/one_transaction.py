"""Every write the window sends (gui/data.py) commits at most one transaction that writes. A write
whose connection broke is sent again only when its receipt is not on the server, and the receipt
stands for the whole job only when the job is one transaction: a second one that wrote would be
lost, or made twice, on the replay. So every write job the GUI tests run is watched (on a file
too, where the same job runs), and a test whose write committed twice fails, naming the job."""
import threading

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
_WROTE = "brastod_test_wrote"
_job = threading.local()


@event.listens_for(Engine, "before_cursor_execute")
def _wrote(connection, _cursor, statement, *_args) -> None:
    if statement.lstrip()[:8].upper().startswith(_WRITES):
        connection.info[_WROTE] = True


@event.listens_for(Engine, "rollback")
def _rolled_back(connection) -> None:
    connection.info.pop(_WROTE, None)


@event.listens_for(Engine, "commit")
def _committed(connection) -> None:
    if connection.info.pop(_WROTE, False) and getattr(_job, "commits", None) is not None:
        _job.commits += 1


@pytest.fixture(autouse=True)
def one_writing_transaction_per_write(monkeypatch):
    from brastod.gui import data
    several: list[str] = []
    made = data._Write.__init__

    def watched(self, job, *args, **kwargs):
        def counted(db, ctx):
            outer = getattr(_job, "commits", None)
            _job.commits = 0
            try:
                return job(db, ctx)
            finally:
                if _job.commits > 1:
                    several.append(f"{getattr(job, '__qualname__', job)}: {_job.commits}")
                _job.commits = outer
        made(self, counted, *args, **kwargs)
    monkeypatch.setattr(data._Write, "__init__", watched)
    yield several
    assert not several, f"write jobs that committed more than one writing transaction: {several}"
