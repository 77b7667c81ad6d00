"""Run by the restore tests: imports FILE into DB and, once half of the rows are being saved
(inside the import's transaction, so holding the write lock), prints "paused" and waits for a
line on stdin; then prints the import's message and "committed"."""
import sys
from pathlib import Path

from brastod.core.db import open_database
from brastod.core.services.importing import import_file


class PauseHalfway:
    """The import reports reading and then saving; past 3/4 of that it is saving."""

    def __init__(self) -> None:
        self.paused = False

    def check(self) -> None:
        pass

    def progress(self, done: int, total: int) -> None:
        if not self.paused and done / total >= 0.75:
            self.paused = True
            print("paused", flush=True)
            sys.stdin.readline()


def main() -> None:
    db = open_database(Path(sys.argv[1]))
    result = import_file(db, Path(sys.argv[2]), progress=PauseHalfway())
    db.close()
    print(result.message, flush=True)
    print("committed", flush=True)


if __name__ == "__main__":
    main()
