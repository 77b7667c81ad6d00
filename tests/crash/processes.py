"""Real processes on one database for the contention and restore tests: the command line and
the children in this folder, each with its own wait for the lock (BRASTOD_LOCK_TIMEOUT), and
what they report read line by line, so no test guesses a time."""
import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).parent
WAITING = "Databasen används av ett annat program; väntar"
# Generous: a child that waits its turn behind every other must not give up on a busy machine.
PATIENT = 300


def start(args: list[str], timeout: float = PATIENT) -> subprocess.Popen:
    env = dict(os.environ, BRASTOD_LOCK_TIMEOUT=str(timeout))
    return subprocess.Popen([sys.executable, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def brastod(path: Path, *args: str, timeout: float = PATIENT) -> subprocess.Popen:
    return start(["-m", "brastod", "--db", str(path), *args], timeout)


def child(name: str, *args, timeout: float = PATIENT) -> subprocess.Popen:
    return start([str(HERE / name), *map(str, args)], timeout)


def expect(stream, wanted: str) -> str:
    """The next line of ``stream``, which must contain ``wanted``."""
    line = stream.readline()
    assert wanted in line, f"väntade {wanted!r}, fick {line!r}"
    return line


def finish(process: subprocess.Popen) -> tuple[str, str]:
    """Closes stdin, waits for the end and returns what is left of stdout and stderr (read
    through the same buffers as ``expect``; communicate() would skip what they hold)."""
    process.stdin.close()
    out, err = process.stdout.read(), process.stderr.read()
    process.wait(timeout=PATIENT)
    return out, err


def write_csv(path: Path, label: str, rows: int, first_day: date | None = None) -> Path:
    """A partner file of ``rows`` incidents, each with its own description ("LABEL rad N"),
    dated back from ``first_day`` (default yesterday)."""
    first_day = first_day or date.today() - timedelta(days=1)
    lines = ["Datum;Tid;Område;Plats;Händelsetyp;Beskrivning;Antal"]
    lines += [f"{first_day - timedelta(days=n % 200)};{n % 24:02d}:{n % 60:02d};Centrum;"
              f"Plats {n % 97};Klotter;{label} rad {n};1" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def query(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()
