"""``brastod`` — no subcommand starts the GUI; subcommands do batch work on the same core.

Every error a user can cause ends in a one-line Swedish message on stderr and exit code 1
(2 for a mistyped command line), never a traceback.
"""
import argparse
import json
import logging
import sys
from datetime import date
from pathlib import Path

from brastod import APP_NAME, __version__
from brastod.core.errors import BrastodError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # Swedish, one line, exit 2
        self.exit(2, f"brastod: fel i kommandoraden: {message}. Se brastod --help.\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="brastod", description=f"{APP_NAME} – lägesbild, åtgärdsplan och "
                     "möten för trygghetssamordnaren. Utan kommando startar programmet.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", type=Path, metavar="SÖKVÄG",
                        help="databasfil (standard: i användarens datamapp)")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    init = commands.add_parser("init", help="skapa en ny databas med standardlistor")
    init.add_argument("--municipality", required=True, metavar="NAMN", help="kommunens namn")
    commands.add_parser("demo", help="fyll en ny databas med exempeldata")
    stats = commands.add_parser("stats", help="visa vad databasen innehåller")
    stats.add_argument("--json", action="store_true", help="skriv ut som JSON")
    importing = commands.add_parser(
        "import", help="importera partnerfiler (xlsx, xlsm, xls, ods, csv, txt) utan frågor")
    importing.add_argument("files", nargs="+", type=Path, metavar="FIL")
    importing.add_argument("--partner", metavar="NAMN", help="partnern som skickat filerna")
    importing.add_argument("--dry-run", action="store_true",
                           help="kontrollera filerna men spara ingenting")
    importing.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    export = commands.add_parser("export", help="skriv ut data som filer").add_subparsers(
        dest="what", metavar="VAD", required=True)
    incidents = export.add_parser("incidents", help="händelserna under en period (xlsx/csv)")
    incidents.add_argument("--from", dest="start", type=_date, required=True, metavar="DATUM")
    incidents.add_argument("--to", dest="end", type=_date, required=True, metavar="DATUM")
    target = incidents.add_mutually_exclusive_group(required=True)
    target.add_argument("--xlsx", type=Path, metavar="FIL", help="Excel-arbetsbok")
    target.add_argument("--csv", type=Path, metavar="FIL", help="CSV med semikolon (UTF-8)")
    template = commands.add_parser(
        "template", help="skapa en rapportmall (xlsx) med kommunens områden och kategorier")
    template.add_argument("file", type=Path, metavar="FIL")
    template.add_argument("--partner", metavar="NAMN", help="partnern mallen är till")
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inget datum (ÅÅÅÅ-MM-DD)") from None


def _db_path(args) -> Path:
    from brastod.core.paths import default_db_path
    return args.db if args.db is not None else default_db_path()


def _init(args) -> int:
    from brastod.core.services.setup import create_database
    path = _db_path(args)
    if path.exists() and path.stat().st_size > 0:
        raise BrastodError(f"Databasen {path} finns redan. Välj ett annat namn med --db.")
    db = create_database(path, args.municipality)
    db.close()
    print(f"Skapade {path} för {args.municipality.strip()}.")
    return 0


def _demo(args) -> int:
    from brastod.core.demo import load_demo
    from brastod.core.services.stats import counts
    db = load_demo(_db_path(args))
    numbers = counts(db)
    db.close()
    print(f"Exempeldata inlagd i {db.path}: {numbers['incidents']} händelser, "
          f"{numbers['meetings']} möten, {numbers['actions']} åtgärder.")
    return 0


def _stats(args) -> int:
    from brastod.core.db import open_database
    from brastod.core.services.stats import counts
    db = open_database(_db_path(args))
    numbers = counts(db)
    db.close()
    if args.json:
        print(json.dumps(numbers))
    else:
        width = max(map(len, numbers))
        for key, value in numbers.items():
            print(f"{key:<{width}}  {value}")
    return 0


def _import(args) -> int:
    from brastod.core.db import open_database
    from brastod.core.services.import_batches import ImportResult
    from brastod.core.services.importing import import_file
    from brastod.core.errors import ImportFailure
    db = open_database(_db_path(args))
    results, all_read = [], True
    try:
        for path in args.files:
            try:
                result = import_file(db, path, partner_name=args.partner, dry_run=args.dry_run)
            except ImportFailure as failure:
                all_read = False
                result = ImportResult(file=path.name, partner=args.partner, status="error",
                                      message=str(failure))
            results.append(result)
    finally:
        db.close()
    if args.json:
        print(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=2))
    else:
        for result in results:
            print(f"{result.file}: {result.message}")
            for rejected in result.rejected:
                column = f", kolumn {rejected['column']}" if rejected["column"] else ""
                print(f"  blad {rejected['sheet']}, rad {rejected['row']}{column}: "
                      f"{rejected['reason']}")
    return 0 if all_read else 1


def _export(args) -> int:
    from brastod.core.db import open_database
    from brastod.core.exports.incidents import export_incidents
    db = open_database(_db_path(args))
    try:
        count = export_incidents(db, args.start, args.end, xlsx=args.xlsx, csv_path=args.csv)
    finally:
        db.close()
    print(f"{count} händelser {args.start} – {args.end} sparade i {args.xlsx or args.csv}.")
    return 0


def _template(args) -> int:
    from brastod.core.db import open_database
    from brastod.core.exports.template import write_template
    db = open_database(_db_path(args))
    try:
        write_template(db, args.file, args.partner)
    finally:
        db.close()
    print(f"Rapportmallen är sparad i {args.file}.")
    return 0


COMMANDS = {"init": _init, "demo": _demo, "stats": _stats, "import": _import,
            "export": _export, "template": _template}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from brastod.gui.app import run
        return run(_db_path(args))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        return COMMANDS[args.command](args)
    except BrastodError as error:
        print(f"brastod: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("brastod: avbrutet.", file=sys.stderr)
        return 130
