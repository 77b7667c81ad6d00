"""Run by the restore tests: restores BACKUP into DB with the real restore, but once it holds
the write lock (when it is about to keep the copy of what it replaces) prints "holding" and
waits for a line on stdin. Prints "restored KEPT" at the end."""
import sys
from pathlib import Path

from brastod.core import backups


def main() -> None:
    keep = backups._keep_replaced

    def pausing(database, now):
        print("holding", flush=True)
        sys.stdin.readline()
        return keep(database, now)
    backups._keep_replaced = pausing
    kept = backups.restore(Path(sys.argv[1]), Path(sys.argv[2]))
    print("restored", kept, flush=True)


if __name__ == "__main__":
    main()
