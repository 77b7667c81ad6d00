"""Waiting for the database's write lock, which one process at a time holds.

Every transaction takes the lock at its start and waits for it up to ``timeout()`` seconds
(30, or ``BRASTOD_LOCK_TIMEOUT``), then gives up with DatabaseBusy. While it waits, the waiter
of the current thread hears of it: on the command line one line on stderr, in the GUI the task
runner's "Väntar på databasen…" (and its Avbryt, which gives up by raising). Light on purpose:
the GUI imports it before the database layer.
"""
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Protocol

from brastod.core.errors import DatabaseBusy

TIMEOUT_VARIABLE = "BRASTOD_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 30.0
# How long SQLite itself waits before the waiter is told again (and may cancel).
SLICE_MS = 100


def timeout() -> float:
    """Seconds to wait for the lock (``BRASTOD_LOCK_TIMEOUT`` overrides the default)."""
    try:
        value = float(os.environ.get(TIMEOUT_VARIABLE, DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if 0 <= value < 86_400 else DEFAULT_TIMEOUT      # NaN and ∞ too


def _seconds(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def is_busy(error: BaseException) -> bool:
    """True for SQLite's "database is locked" (any of its BUSY codes)."""
    import sqlite3      # here: the window imports this module before its first paint
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_BUSY


class Waiter(Protocol):
    def waiting(self, seconds: float) -> None:
        """Still waiting after ``seconds``; called every ``SLICE_MS``. May raise to give up."""

    def resumed(self) -> None:
        """The wait is over (the lock came, or it was given up)."""


class _SayOnce:
    """The command line's waiter: one line on stderr, the first time, so a command that waits
    does not look hung."""

    def __init__(self) -> None:
        self.said = False

    def waiting(self, seconds: float) -> None:
        if not self.said:
            self.said = True
            print(f"brastod: Databasen används av ett annat program; väntar högst "
                  f"{_seconds(timeout())} sekunder på att det blir klart …", file=sys.stderr,
                  flush=True)

    def resumed(self) -> None:
        pass


_waiter: ContextVar[Waiter] = ContextVar("brastod_lock_waiter", default=_SayOnce())


@contextmanager
def reported_to(waiter: Waiter) -> Iterator[None]:
    """Waits for the lock in this block (this thread) are told to ``waiter``."""
    token = _waiter.set(waiter)
    try:
        yield
    finally:
        _waiter.reset(token)


def report_to(waiter: Waiter) -> None:
    """From now on waits in this thread are told to ``waiter`` (the GUI thread's own)."""
    _waiter.set(waiter)


class LockWait:
    """One wait for the write lock of the database at ``path``: call ``busy()`` after every
    refused attempt; it raises DatabaseBusy once the timeout has passed."""

    def __init__(self, path: Path):
        self.path = path
        self.started: float | None = None

    def __enter__(self) -> "LockWait":
        return self

    def busy(self) -> None:
        now = time.monotonic()
        if self.started is None:
            self.started = now
        limit = timeout()
        if now - self.started >= limit:
            raise DatabaseBusy(
                f"Databasen {self.path} används av ett annat program och blev inte ledig på "
                f"{_seconds(limit)} sekunder; vänta tills det är klart (en import, en gallring, en "
                "återställning eller ett annat Brastöd-fönster) och försök sedan igen.")
        _waiter.get().waiting(now - self.started)

    def __exit__(self, *exc) -> None:
        if self.started is not None:
            _waiter.get().resumed()
