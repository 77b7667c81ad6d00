"""Run by the contention tests: an editor that holds the database's write lock. It opens a
Brastöd session, adds the partner "Hållaren", prints "held", and keeps the transaction open
until a line comes on stdin: "commit" or "rollback". Then it prints "released"."""
import sys
from pathlib import Path

from brastod.core.db import open_database
from brastod.core.models import Partner


class _RolledBack(Exception):
    pass


def main() -> None:
    db = open_database(Path(sys.argv[1]))
    try:
        with db.session() as session:
            session.add(Partner(name="Hållaren", kind="other"))
            session.flush()
            print("held", flush=True)
            if sys.stdin.readline().strip() != "commit":
                raise _RolledBack()
    except _RolledBack:
        pass
    db.close()
    print("released", flush=True)


if __name__ == "__main__":
    main()
