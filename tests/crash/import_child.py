"""Run by test_killed_import: imports a file into a database, printing the import's progress
("progress <done> <total>") as it goes and "committed" once it is stored, then waits to be
killed. The parent kills it at a chosen line, so no timing is guessed."""
import sys
from pathlib import Path

from brastod.core.db import open_database
from brastod.core.services.importing import import_file


class Reporting:
    def check(self) -> None:
        pass

    def progress(self, done: int, total: int) -> None:
        print("progress", done, total, flush=True)


def main() -> None:
    db = open_database(Path(sys.argv[1]))
    import_file(db, Path(sys.argv[2]), partner_name="Fagerstabostäder", progress=Reporting())
    print("committed", flush=True)
    sys.stdin.readline()        # kept alive until the parent kills it


if __name__ == "__main__":
    main()
