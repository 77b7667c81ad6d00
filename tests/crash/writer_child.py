"""Run by the contention and restore tests: an editor that adds areas one by one, each in its
own transaction (registers.add_area: it reads, then writes), and prints "saved N" once area
"PREFIX N" is committed. It stops after COUNT areas, or when stdin closes or says "stop", and
prints "done"."""
import sys
import threading
from pathlib import Path

from brastod.core.db import open_database
from brastod.core.services import registers


def main() -> None:
    path, prefix, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    db = open_database(path)
    number = 0
    while number != count and not stop.is_set():
        registers.add_area(db, f"{prefix} {number}")
        print("saved", number, flush=True)
        number += 1
    db.close()
    print("done", flush=True)


if __name__ == "__main__":
    main()
