"""Run by test_whole_files: the command line (argv[2:]) or, with argv[2] == "take", a backup
before an import of the database argv[3]. It says on stdout when it starts writing a file
("writing <temporary>"), when the file is complete but not yet flushed ("written") and when it
is in place ("placed"); at the moment named by argv[1] it stops and waits to be killed, so the
parent kills it at a known point and guesses no timing."""
import sys
from pathlib import Path

from brastod.core import db, wholefiles

STOP = sys.argv[1]
# The command line holds its own output back until it is done; the reports go out at once.
REPORTS = sys.stdout


def report(moment: str) -> None:
    print(moment, file=REPORTS, flush=True)
    if moment.split()[0] == STOP:
        sys.stdin.readline()


def reporting(module) -> None:
    temporary_for, flush, place = module.temporary_for, module.flush, module.place

    def reporting_temporary(target):
        temporary = temporary_for(target)
        report(f"writing {temporary}")
        return temporary

    def reporting_flush(path):
        report("written")
        flush(path)

    def reporting_place(*args, **kwargs):
        place(*args, **kwargs)
        report("placed")

    module.temporary_for, module.flush, module.place = (reporting_temporary, reporting_flush,
                                                        reporting_place)


def main() -> int:
    reporting(db)           # backups (it imported the three by name)
    reporting(wholefiles)   # exports
    if sys.argv[2] == "take":
        from brastod.core.backups import take
        print("taken", take(Path(sys.argv[3]), "fore-import"), flush=True)
        return 0
    from brastod.cli import main as cli
    return cli(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
