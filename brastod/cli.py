"""``brastod`` — no subcommand starts the GUI; subcommands do batch work on the same core.

Every error a user can cause ends in a one-line Swedish message on stderr and exit code 1
(2 for a mistyped command line), never a traceback.
"""
import argparse
import contextlib
import io
import json
import logging
import os
import sys
import textwrap
import unicodedata
from datetime import date
from email.utils import parseaddr
from pathlib import Path

from brastod import APP_NAME, __version__
from brastod.argparse_sv import swedish
from brastod.core.enums import PartnerKind
from brastod.core.errors import BrastodError
from brastod.core.labels import label, options
from brastod.core.logs import setup_logging
from brastod.core.register_rules import ContactFields

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # Swedish, one line, exit 2
        self.exit(2, _printable(f"brastod: fel i kommandoraden: {message}. Se brastod --help.")
                  + "\n")


def _printable(line: str) -> str:
    """Control characters (a name from a file or the command line may hold them) escaped: they
    may not break the line or steer the terminal."""
    return "".join(character.encode("unicode_escape").decode("ascii")
                   if unicodedata.category(character) == "Cc" else character
                   for character in line)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="brastod", description=f"{APP_NAME} – lägesbild, åtgärdsplan och "
                     "möten för trygghetssamordnaren. Utan kommando startar programmet.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help="visa programmets version och avsluta")
    parser.add_argument("--db", type=_target, metavar="SÖKVÄG",
                        help="databasfil, eller en databas på en PostgreSQL-server: "
                             "postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS (standard: "
                             "miljövariabeln BRASTOD_DB, annars en fil i användarens "
                             "datamapp)")
    # For the packaged build's smoke test: start, open every tab, print and quit.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    init = commands.add_parser("init", help="skapa en ny databas med standardlistor")
    init.add_argument("--municipality", required=True, metavar="NAMN", help="kommunens namn")
    commands.add_parser("demo", help="fyll en ny databas med exempeldata")
    stats = commands.add_parser("stats", help="visa vad databasen innehåller")
    stats.add_argument("--json", action="store_true", help="skriv ut som JSON")
    importing = commands.add_parser(
        "import", help="importera partnerfiler (xlsx, xlsm, xls, ods, csv, txt) utan frågor")
    importing.add_argument("files", nargs="+", type=_path, metavar="FIL")
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
    target.add_argument("--xlsx", type=_path, metavar="FIL", help="Excel-arbetsbok")
    target.add_argument("--csv", type=_path, metavar="FIL", help="CSV med semikolon (UTF-8)")
    for name, what in (("situation-report", "en lägesbild som PDF och/eller Excel"),
                       ("action-plan", "en åtgärdsplan som PDF och/eller Excel"),
                       ("meeting-pack", "möteshandlingar (kallelse, lägesbild, åtgärdsplan, "
                                        "föregående protokoll) som PDF och/eller Excel")):
        document = export.add_parser(name, help=what)
        document.add_argument("id", type=_id, metavar="ID")
        document.add_argument("--pdf", type=_path, metavar="FIL")
        document.add_argument("--xlsx", type=_path, metavar="FIL")
        document.add_argument("--allow-personal-data", action="store_true",
                              help="skriv ut även om texten liknar personuppgifter (efter "
                                   "kontroll)")
    monthly = export.add_parser("monthly-report", help="månadsrapport till Länsstyrelsen och "
                                                       "lokala BRÅ som PDF, Word och/eller Excel")
    monthly.add_argument("--month", type=_month, required=True, metavar="ÅÅÅÅ-MM")
    annual = export.add_parser("annual-report", help="verksamhetsberättelse för ett år, eller "
                                                     "delårsrapport för en period, som PDF, "
                                                     "Word och/eller Excel")
    when = annual.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", type=_year, metavar="ÅR", help="kalenderåret")
    when.add_argument("--from", dest="start", type=_date, metavar="DATUM",
                      help="periodens första dag (med --to)")
    annual.add_argument("--to", dest="end", type=_date, metavar="DATUM",
                        help="periodens sista dag (med --from)")
    for document in (monthly, annual):
        for option in ("pdf", "docx", "xlsx"):
            document.add_argument(f"--{option}", type=_path, metavar="FIL")
    feedback = export.add_parser("feedback", help="återkoppling av en fastställd lägesbild som "
                                                  "PDF och e-postutkast (.eml)")
    feedback.add_argument("id", type=_id, metavar="ID", help="lägesbildens id")
    feedback.add_argument("--pdf", type=_path, metavar="FIL")
    feedback.add_argument("--eml", type=_path, metavar="FIL",
                          help="e-postutkast med PDF:en bifogad och partnernas kontakter som "
                               "hemlig kopia; ingenting skickas")
    feedback.add_argument("--partner", action="append", metavar="NAMN",
                          help="bara den här partnern; kan anges flera gånger (standard: alla "
                               "med e-postadress)")
    reminders = export.add_parser("reminders", help="e-postutkast (.eml) till partner som inte "
                                                    "skickat någon rapport under perioden")
    reminders.add_argument("--from", dest="start", type=_date, required=True, metavar="DATUM")
    reminders.add_argument("--to", dest="end", type=_date, required=True, metavar="DATUM")
    reminders.add_argument("--eml-dir", type=_path, required=True, metavar="MAPP")
    checked = [monthly, annual, feedback]
    for name, what in (("notice", "kallelse med dagordning till ett möte"),
                       ("minutes", "protokollet från ett möte")):
        document = export.add_parser(name, help=f"{what} som PDF och/eller Word")
        document.add_argument("id", type=_id, metavar="ID", help="mötets id")
        document.add_argument("--pdf", type=_path, metavar="FIL")
        document.add_argument("--docx", type=_path, metavar="FIL")
        checked.append(document)
    walk = export.add_parser("walk", help="protokollet från en trygghetsvandring som PDF "
                                          "och/eller Word")
    walk.add_argument("id", type=_id, metavar="ID", help="vandringens id (brastod list walks)")
    walk.add_argument("--pdf", type=_path, metavar="FIL")
    walk.add_argument("--docx", type=_path, metavar="FIL")
    checked.append(walk)
    for document in checked:
        document.add_argument("--allow-personal-data", action="store_true",
                              help="skriv ut även om texten liknar personuppgifter (efter "
                                   "kontroll)")
    ics = export.add_parser("calendar", help="möten som kalenderfil (.ics) för Outlook")
    ics.add_argument("--series", metavar="NAMN", help="bara mötesserien (standard: alla)")
    ics.add_argument("--ics", type=_path, required=True, metavar="FIL")
    summary = commands.add_parser("summary", help="antal händelser per område och kategori")
    summary.add_argument("--from", dest="start", type=_date, required=True, metavar="DATUM")
    summary.add_argument("--to", dest="end", type=_date, required=True, metavar="DATUM")
    summary.add_argument("--area", metavar="NAMN", help="bara området (med delområden)")
    summary.add_argument("--json", action="store_true", help="skriv ut som JSON")
    partner = commands.add_parser("partner", help="lägg till en partner").add_subparsers(
        dest="action", metavar="ÅTGÄRD", required=True)
    adding = partner.add_parser("add", help="lägg till en partner med kontaktpersoner")
    adding.add_argument("name", metavar="NAMN", help="partnerns namn, t.ex. ”Fagerstabostäder”")
    adding.add_argument("--kind", type=_partner_kind, default="other", metavar="TYP",
                        help="partnertyp: " + ", ".join(text.lower() for _, text in
                                                        options(PartnerKind))
                        + " (standard: övrig)")
    adding.add_argument("--contact", type=_contact, action="append", default=[],
                        metavar="”NAMN <E-POST>”",
                        help="en kontaktperson, t.ex. ”Anna Berg <anna.berg@exempel.se>”; "
                             "kan anges flera gånger")
    listing = commands.add_parser("list", help="lista lägesbilder m.m.").add_subparsers(
        dest="what", metavar="VAD", required=True)
    for name, what in (("partners", "alla partner med kontakter och senaste import"),
                       ("situation-reports", "alla lägesbilder"),
                       ("annual-reports", "alla verksamhetsberättelser och delårsrapporter"),
                       ("action-plans", "alla åtgärdsplaner och medborgarlöften"),
                       ("meetings", "alla möten")):
        listing.add_parser(name, help=what).add_argument("--json", action="store_true",
                                                         help="skriv ut som JSON")
    listing.add_parser("walks", help="alla trygghetsvandringar").add_argument(
        "--json", action="store_true", help="skriv ut som JSON")
    population = commands.add_parser(
        "population", help="läs in kommunens folkmängd per år ur SCB:s tabell (xlsx)")
    population.add_argument("file", type=_path, metavar="FIL")
    population.add_argument("--municipality", metavar="NAMN",
                            help="kommunen i tabellen (standard: databasens kommun)")
    population.add_argument("--replace", action="store_true",
                            help="ersätt även folkmängd som någon annan har ändrat för hand")
    survey = commands.add_parser(
        "import-survey", help="läs in en enkät (xlsx, ods, csv: en rad per svarande) och spara "
                              "andelen otrygga per område och för kommunen")
    survey.add_argument("file", type=_path, metavar="FIL")
    survey.add_argument("--year", type=int, required=True, metavar="ÅR",
                        help="året enkäten gäller")
    survey.add_argument("--question", metavar="TEXT",
                        help="frågan: kolumnen vars rubrik innehåller TEXT (standard: frågan om "
                             "att vara ute ensam sent en kväll)")
    survey.add_argument("--json", action="store_true")
    backup = commands.add_parser("backup", help="säkerhetskopiera databasen till en fil")
    backup.add_argument("file", type=_path, metavar="FIL")
    restore = commands.add_parser(
        "restore", help="återställ databasen från en säkerhetskopia (den nuvarande sparas först)")
    restore.add_argument("file", type=_path, metavar="FIL")
    commands.add_parser("check", help="kontrollera att databasen är hel")
    purge = commands.add_parser(
        "purge", help="gallra: ta bort händelser äldre än inställningen (fastställda lägesbilder "
                      "behåller sina siffror)")
    purge.add_argument("--older-than", type=_whole_number, metavar="MÅNADER",
                       help="spara så här många månader (standard: inställningen, 36)")
    purge.add_argument("--yes", action="store_true",
                       help="gallra utan att fråga (annars visas bara vad som skulle tas bort)")
    setting = commands.add_parser(
        "settings", help="visa inställningarna (gallring, säkerhetskopior, lägesbildens "
                         "intervall) eller ändra en").add_subparsers(dest="action", metavar="ÅTGÄRD")
    changing = setting.add_parser("set", help="ändra en inställning")
    changing.add_argument("name", metavar="NAMN", help="inställningens namn, som "
                          "”brastod settings” visar det, t.ex. gallring")
    changing.add_argument("value", type=_whole_number, metavar="VÄRDE")
    template = commands.add_parser(
        "template", help="skapa en rapportmall (xlsx) med kommunens områden och kategorier")
    template.add_argument("file", type=_path, metavar="FIL")
    template.add_argument("--partner", metavar="NAMN", help="partnern mallen är till")
    server_init = commands.add_parser(
        "server-init", help="gör i ordning en tom databas på en PostgreSQL-server: tabeller, "
                            "standardlistor och roller")
    server_init.add_argument("--municipality", metavar="NAMN", help="kommunens namn")
    server_init.add_argument("--demo", action="store_true", help="lägg in exempeldata")
    server_init.add_argument("--from-sqlite", type=_path, metavar="FIL",
                             help="flytta allt från en databasfil till servern")
    user = commands.add_parser("user", help="användare på en PostgreSQL-server").add_subparsers(
        dest="action", metavar="ÅTGÄRD", required=True)
    user_add = user.add_parser("add", help="lägg till en inloggning i en roll")
    user_add.add_argument("login", metavar="INLOGGNING")
    user_add.add_argument("--role", required=True, choices=["samordnare", "sekreterare",
                                                            "läsare"])
    user_add.add_argument("--password-file", type=_path, metavar="FIL",
                          help="fil med lösenordet på första raden (annars utan lösenord: "
                               "serverns egen inloggning, t.ex. certifikat)")
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inget datum (ÅÅÅÅ-MM-DD)") from None


def _month(text: str) -> tuple[int, int]:
    year, _, month = text.partition("-")
    if not (len(year) == 4 and year.isascii() and year.isdigit() and len(month) == 2
            and month.isascii() and month.isdigit() and 1 <= int(month) <= 12 and int(year)):
        raise argparse.ArgumentTypeError(f"”{text}” är ingen månad (ÅÅÅÅ-MM)")
    return int(year), int(month)


def _year(text: str) -> int:
    if not (len(text) == 4 and text.isascii() and text.isdigit() and int(text) >= 1901):
        raise argparse.ArgumentTypeError(f"”{text}” är inget årtal (ÅÅÅÅ)")
    return int(text)


def _partner_kind(text: str) -> str:
    """A partner kind by its Swedish name ("bostadsbolag") or its code ("housing")."""
    wanted = text.strip().casefold()
    for code, name in options(PartnerKind):
        if wanted in (code, name.casefold()):
            return code
    raise argparse.ArgumentTypeError(
        f"okänd partnertyp ”{text}”; välj en av "
        + ", ".join(name.lower() for _, name in options(PartnerKind)))


def _contact(text: str) -> ContactFields:
    """ "Anna Berg <anna.berg@exempel.se>", or a name alone."""
    name, address = parseaddr(text)
    if not address or "<" not in text:
        name, address = text, ""
    if not name.strip():
        raise argparse.ArgumentTypeError(
            f"kontakten ”{text}” saknar namn; skriv ”Namn <e-post>”")
    return ContactFields(name.strip(), email=address or None)


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inget heltal") from None


def _id(text: str) -> int:
    number = _whole_number(text)
    if not 0 < number < 2**63:    # what SQLite can hold
        raise argparse.ArgumentTypeError(f"”{text}” är inget id (ett positivt heltal)")
    return number


NAME_MAX, PATH_MAX = 255, 4095     # bytes: one name, and a whole path (Linux, macOS)


def _path(text: str) -> Path:
    """A file named on the command line, refused here when no file system could hold it or
    when a relative name has no folder to start from (the current one was removed)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("ett filnamn saknas")
    path = Path(text).expanduser()
    long = next((part for part in path.parts if len(os.fsencode(part)) > NAME_MAX), None)
    if long is not None:
        raise argparse.ArgumentTypeError(
            f"namnet ”{long[:40]}…” är för långt: högst {NAME_MAX} byte per namn")
    if len(os.fsencode(str(path))) > PATH_MAX:
        raise argparse.ArgumentTypeError(f"sökvägen är för lång: högst {PATH_MAX} byte")
    try:
        path.absolute()
    except OSError:
        raise argparse.ArgumentTypeError(
            f"”{text}” kan inte hittas: mappen du står i finns inte längre; ange hela "
            "sökvägen") from None
    return path


def _target(text: str) -> Path | str:
    """--db: a database file, or the address of one on a PostgreSQL server."""
    from brastod.core import server
    try:
        server.refuse_other_address(text)
        if not server.is_server(text):
            return _path(text)
        server.parse(text)
    except BrastodError as error:
        raise argparse.ArgumentTypeError(str(error).rstrip(".")) from None
    return text


def _db_path(args) -> Path | str:
    from brastod.core.paths import default_db_path
    if args.db is not None:
        return args.db
    named = os.environ.get("BRASTOD_DB", "").strip()
    if named:
        try:
            return _target(named)
        except argparse.ArgumentTypeError as error:
            raise BrastodError(f"Miljövariabeln BRASTOD_DB: {error}.") from None
    return default_db_path()




def _init(args) -> int:
    from brastod.core import server
    from brastod.core.services.setup import create_database
    path = _db_path(args)
    if server.is_server(path):
        raise BrastodError("init skapar en databasfil. En databas på en server görs i ordning "
                           "med brastod --db ADRESS server-init --municipality NAMN.")
    if path.exists() and path.stat().st_size > 0:
        raise BrastodError(f"Databasen {path} finns redan. Välj ett annat namn med --db.")
    try:
        create_database(path, args.municipality).close()
    except BaseException:
        # A file begun here and not finished (a full disk) would be "finns redan" next time.
        for leftover in (path, *(Path(f"{path}{side}") for side in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
        raise
    print(f"Skapade {path} för {args.municipality.strip()}.")
    return 0


def _server_init(args) -> int:
    from brastod.core.server_admin import server_init
    result = server_init(_db_path(args), args.municipality, demo=args.demo,
                         from_sqlite=args.from_sqlite)
    moved = (f" Flyttade {sum(result.copied.values())} rader från {args.from_sqlite}."
             if args.from_sqlite else "")
    whose = " (kommunens namn i filen)" if args.from_sqlite else ""
    print(f"Databasen är klar för {result.municipality}{whose}.{moved} Roller: "
          f"{', '.join(result.roles)}. Lägg till användare med brastod user add.")
    return 0


def _user(args) -> int:
    from brastod.core.server_admin import add_user
    password = None
    if args.password_file is not None:
        if not args.password_file.is_file():
            raise BrastodError(f"Lösenordsfilen {args.password_file} finns inte.")
        try:
            password = args.password_file.read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, UnicodeDecodeError, IndexError):
            raise BrastodError(f"Lösenordet kunde inte läsas ur {args.password_file}: filen "
                               "ska ha lösenordet på första raden.") from None
    group = add_user(_db_path(args), args.login, args.role, password)
    print(f"Användaren {args.login} är tillagd i rollen {args.role} ({group}).")
    return 0


def _demo(args) -> int:
    from brastod.core import server
    from brastod.core.demo import load_demo
    if server.is_server(_db_path(args)):
        raise BrastodError("demo skapar en databasfil. En databas på en server får exempeldata "
                           "med brastod --db ADRESS server-init --demo.")
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
    db = open_database(_db_path(args), read_only=True)
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
    db = open_database(_db_path(args), read_only=True)
    try:
        if args.what in ("situation-report", "action-plan", "meeting-pack"):
            return _export_document(db, args)
        if args.what in REPORTS:
            return REPORTS[args.what](db, args)
        if args.what == "calendar":
            from brastod.core.exports.calendar import export_calendar
            count = export_calendar(db, args.ics, series=args.series)
            print(f"{count} möten sparade i {args.ics}.")
            return 0
        from brastod.core.exports.incidents import counted, export_incidents
        rows = export_incidents(db, args.start, args.end, xlsx=args.xlsx, csv_path=args.csv)
    finally:
        db.close()
    print(f"{counted(rows)} {args.start} – {args.end} sparade i {args.xlsx or args.csv}.")
    return 0


def _export_document(db, args) -> int:
    """A lägesbild, a plan or a meeting pack as PDF and/or Excel."""
    from brastod.core.exports.action_plan import export_action_plan
    from brastod.core.exports.meeting_pack import export_meeting_pack
    from brastod.core.exports.situation_report import export_situation_report
    if args.pdf is None and args.xlsx is None:
        raise BrastodError("Ange --pdf FIL, --xlsx FIL eller båda.")
    if args.pdf is not None and args.xlsx is not None and \
            os.path.abspath(args.pdf) == os.path.abspath(args.xlsx):
        raise BrastodError("--pdf och --xlsx kan inte vara samma fil. Välj två filnamn.")
    export, saved_as = {
        "situation-report": (export_situation_report, "Lägesbild {id} sparad i {files}."),
        "action-plan": (export_action_plan, "Plan {id} sparad i {files}."),
        "meeting-pack": (export_meeting_pack, "Möteshandlingarna för möte {id} sparade i "
                                              "{files}.")}[args.what]
    export(db, args.id, pdf=args.pdf, xlsx=args.xlsx,
           allow_personal_data=args.allow_personal_data)
    files = " och ".join(str(path) for path in (args.pdf, args.xlsx) if path is not None)
    print(saved_as.format(id=args.id, files=files))
    return 0


def _distinct(args, options: tuple[str, ...]) -> list[Path]:
    """The files asked for (at least one), each named once."""
    files = [getattr(args, option) for option in options if getattr(args, option) is not None]
    if not files:
        raise BrastodError("Ange " + ", ".join(f"--{option} FIL" for option in options[:-1])
                           + f" eller --{options[-1]} FIL.")
    if len({os.path.abspath(path) for path in files}) < len(files):
        raise BrastodError("Filerna måste ha olika namn. Välj ett filnamn för varje fil.")
    return files


def _listed(files: list[Path]) -> str:
    """ "a.pdf, b.docx och c.xlsx"."""
    names = [str(path) for path in files]
    return " och ".join(filter(None, (", ".join(names[:-1]), names[-1])))


def _monthly_report(db, args) -> int:
    from brastod.core.exports.monthly_report import export_monthly_report
    files = _distinct(args, ("pdf", "docx", "xlsx"))
    report = export_monthly_report(db, *args.month, pdf_path=args.pdf, docx=args.docx,
                                   xlsx=args.xlsx, allow_personal_data=args.allow_personal_data)
    print(f"{report.title} sparad i {_listed(files)}.")
    return 0


def _annual_report(db, args) -> int:
    from brastod.core.exports.annual_report import export_annual_period
    if args.year is not None:
        if args.end is not None:
            raise BrastodError("Ange antingen --year eller --from och --to, inte båda.")
        start, end = date(args.year, 1, 1), date(args.year, 12, 31)
    elif args.end is None:
        raise BrastodError("Ange periodens sista dag med --to DATUM.")
    else:
        start, end = args.start, args.end
    files = _distinct(args, ("pdf", "docx", "xlsx"))
    report = export_annual_period(db, start, end, pdf_path=args.pdf, docx=args.docx,
                                  xlsx=args.xlsx, allow_personal_data=args.allow_personal_data)
    written = "" if report.detail.row.id else " (ingen är skriven för perioden: bara siffrorna)"
    print(f"{report.detail.row.title}{written} sparad i {_listed(files)}.")
    return 0


def _feedback(db, args) -> int:
    from brastod.core.exports.feedback import export_feedback
    files = _distinct(args, ("pdf", "eml"))
    chosen = export_feedback(db, args.id, pdf_path=args.pdf, eml=args.eml,
                             partners=args.partner,
                             allow_personal_data=args.allow_personal_data)
    to = ""
    if chosen:
        people = sum(len(r.addresses) for r in chosen)
        to = (f" Utkastet har {people} mottagare hos {len(chosen)} partner som hemlig kopia; "
              "öppna det i e-postprogrammet och skicka det därifrån.")
    print(f"Återkopplingen av lägesbild {args.id} sparad i {_listed(files)}.{to}")
    return 0


def _reminders(db, args) -> int:
    from brastod.core.exports.reminders import export_reminders
    result = export_reminders(db, args.start, args.end, args.eml_dir)
    print(f"{len(result.written)} påminnelser sparade i {args.eml_dir}." if result.written else
          f"Alla partner med e-postadress har skickat rapport {args.start} – {args.end}.")
    if result.without_email:
        print("Utan e-postadress (påminn på annat sätt): " + ", ".join(result.without_email)
              + ".")
    return 0


def _meeting_document(db, args) -> int:
    from brastod.core.exports.meeting_documents import export_minutes, export_notice
    files = _distinct(args, ("pdf", "docx"))
    export, saved = ((export_notice, "Kallelsen till möte {id} sparad") if args.what == "notice"
                     else (export_minutes, "Protokollet från möte {id} sparat"))
    export(db, args.id, args.pdf, docx=args.docx, allow_personal_data=args.allow_personal_data)
    print(f"{saved.format(id=args.id)} i {_listed(files)}.")
    return 0


def _walk_protocol(db, args) -> int:
    from brastod.core.exports.walk_protocol import export_walk_protocol
    files = _distinct(args, ("pdf", "docx"))
    export_walk_protocol(db, args.id, args.pdf, docx=args.docx,
                         allow_personal_data=args.allow_personal_data)
    print(f"Protokollet från trygghetsvandring {args.id} sparat i {_listed(files)}.")
    return 0


REPORTS = {"monthly-report": _monthly_report, "annual-report": _annual_report,
           "feedback": _feedback, "reminders": _reminders,
           "notice": _meeting_document, "minutes": _meeting_document, "walk": _walk_protocol}


def _summary(args) -> int:
    from brastod.core.db import open_database
    from brastod.core.services.figures import summary
    from brastod.core.services.registers import area_by_name
    if args.end < args.start:
        raise BrastodError(f"Perioden är baklänges: {args.start} till {args.end}.")
    db = open_database(_db_path(args), read_only=True)
    try:
        area_ids = None if args.area is None else [area_by_name(db, args.area)]
        result = summary(db, args.start, args.end, area_ids)
    finally:
        db.close()
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return 0
    rows = f" ({result.rows} rader; en rad kan gälla flera, kolumnen Antal)" \
        if result.rows != result.total else ""
    print(f"{result.total} händelser {args.start} – {args.end}{rows}")
    for title, counts in (("Per kategori", result.by_category), ("Per område", result.by_area)):
        print(f"\n{title}:")
        for name, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {name:<40} {n:>6}")
    return 0


def _partner(args) -> int:
    from brastod.core.db import open_database
    from brastod.core.services.registers import add_partner
    db = open_database(_db_path(args))
    try:
        add_partner(db, args.name, args.kind, args.contact)
    finally:
        db.close()
    contacts = f" med {len(args.contact)} kontaktpersoner" if len(args.contact) > 1 else (
        " med en kontaktperson" if args.contact else "")
    print(f"Partnern {args.name.strip()} ({label(PartnerKind, args.kind).lower()}) är tillagd"
          f"{contacts}.")
    return 0


def _list(args) -> int:
    from brastod.core.db import open_database
    db = open_database(_db_path(args), read_only=True)
    try:
        rows = {"partners": _partners, "situation-reports": _situation_reports,
                "annual-reports": _annual_reports, "action-plans": _action_plans,
                "meetings": _meetings, "walks": _walks}[args.what](db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([data for data, _ in rows], ensure_ascii=False, indent=2))
    else:
        for _, line in rows:
            print(line)
    return 0


def _partners(db) -> list[tuple[dict, str]]:
    """Each partner as JSON data and as a line of text (with a line per contact)."""
    from brastod.core.dates import local_stamp
    from brastod.core.services.registers import partner_directory
    rows = []
    for p in partner_directory(db):
        last = local_stamp(p.last_import)
        data = {"name": p.name, "kind": p.kind, "active": p.active, "incidents": p.incidents,
                "last_import": last,
                "contacts": [{"name": c.name, "email": c.email, "role": c.role}
                             for c in p.contacts]}
        lines = [f"{p.name}  ({label(PartnerKind, p.kind).lower()}"
                 f"{', inaktiv' if not p.active else ''})  {p.incidents} händelser, senaste "
                 f"import: {last or 'ingen'}"]
        lines += [f"    {c.name}" + (f" <{c.email}>" if c.email else "") for c in p.contacts]
        rows.append((data, "\n".join(lines)))
    return rows


def _situation_reports(db) -> list[tuple[dict, str]]:
    """Each lägesbild as JSON data and as a line of text."""
    from brastod.core.enums import ReportKind, ReportStatus
    from brastod.core.services.situation_reports import list_situation_reports
    return [({"id": r.id, "title": r.title, "kind": r.kind,
              "from": r.period_start.isoformat(), "to": r.period_end.isoformat(),
              "status": r.status, "adopted_on": r.adopted_on and r.adopted_on.isoformat(),
              "adopted_by": r.adopted_by},
             f"{r.id:>4}  {r.period_start} – {r.period_end}  {label(ReportKind, r.kind):<10} "
             f"{label(ReportStatus, r.status):<10} {r.title}")
            for r in list_situation_reports(db)]


def _annual_reports(db) -> list[tuple[dict, str]]:
    """Each verksamhetsberättelse as JSON data and as a line of text."""
    from brastod.core.enums import ReportStatus
    from brastod.core.services.annual_reports import list_annual_reports
    return [({"id": r.id, "title": r.title, "from": r.period_start.isoformat(),
              "to": r.period_end.isoformat(), "status": r.status,
              "adopted_on": r.adopted_on and r.adopted_on.isoformat(),
              "adopted_by": r.adopted_by},
             f"{r.id:>4}  {r.period_start} – {r.period_end}  "
             f"{label(ReportStatus, r.status):<10} {r.title}")
            for r in list_annual_reports(db)]


def _action_plans(db) -> list[tuple[dict, str]]:
    """Each plan as JSON data and as a line of text."""
    from brastod.core.enums import PlanKind, PlanStatus
    from brastod.core.services.action_plans import list_plans

    def day(value: date | None) -> str | None:
        return value and value.isoformat()
    return [({"id": p.id, "kind": p.kind, "title": p.title, "from": day(p.period_start),
              "to": day(p.period_end), "status": p.status, "decided_by": p.decided_by,
              "decided_on": day(p.decided_on), "registry_number": p.registry_number,
              "situation_report_id": p.situation_report_id, "actions": p.actions},
             f"{p.id:>4}  {str(p.period_start or ''):<10} – {str(p.period_end or ''):<10}  "
             f"{label(PlanKind, p.kind):<16} {label(PlanStatus, p.status):<9} {p.title}")
            for p in list_plans(db)]


def _meetings(db) -> list[tuple[dict, str]]:
    """Each meeting as JSON data and as a line of text."""
    from brastod.core.enums import MeetingStatus
    from brastod.core.services.meetings import list_meetings

    def clock(value) -> str | None:
        return value and value.strftime("%H:%M")
    return [({"id": m.id, "title": m.title, "series": m.series, "body": m.body,
              "date": m.meeting_date.isoformat(), "start": clock(m.start_time),
              "end": clock(m.end_time), "place": m.place, "status": m.status,
              "agenda_items": m.agenda_items, "open_decisions": m.open_decisions},
             f"{m.id:>4}  {m.meeting_date} {clock(m.start_time) or '':<5}  "
             f"{label(MeetingStatus, m.status):<18} {m.title}")
            for m in list_meetings(db)]


def _walks(db) -> list[tuple[dict, str]]:
    """Each trygghetsvandring as JSON data and as a line of text."""
    from brastod.core.services.walks import list_walks
    from brastod.core.walk_rules import STATUS_LABELS

    def clock(value) -> str | None:
        return value and value.strftime("%H:%M")
    return [({"id": w.id, "date": w.walk_date.isoformat(), "start": clock(w.start_time),
              "end": clock(w.end_time), "area": w.area, "meeting_place": w.meeting_place,
              "status": w.status, "points": w.points, "actions": w.actions},
             f"{w.id:>4}  {w.walk_date} {clock(w.start_time) or '':<5}  "
             f"{STATUS_LABELS[w.status]:<10} {w.area or 'utan område'}: {w.points} punkter, "
             f"{w.actions} åtgärder")
            for w in list_walks(db)]


def _settings(args) -> int:
    from brastod.core import settings
    from brastod.core.db import open_database
    from brastod.core import server
    on_server = server.is_server(_db_path(args))
    if args.action == "set":
        spec = settings.spec_named(args.name)
        settings.check(spec, args.value)
        if on_server and spec in settings.FILE_ONLY:
            raise BrastodError(f"{spec.name} gäller säkerhetskopiorna av en databasfil; en "
                               "databas på en server säkerhetskopieras av servern.")
        db = open_database(_db_path(args))
        try:
            settings.change(db, {spec.key: args.value})
        finally:
            db.close()
        print(f"{spec.label}: {args.value}.")
        return 0
    db = open_database(_db_path(args), read_only=True)
    try:
        values = settings.current(db)
    finally:
        db.close()
    for spec, value in values:
        if on_server and spec in settings.FILE_ONLY:
            continue
        standard = "" if value == spec.default else f" (standard {spec.default})"
        print(f"{spec.name:<20} {value:>5}{standard}  {spec.label}")
        print(textwrap.fill(spec.help, 100, initial_indent=" " * 4, subsequent_indent=" " * 4))
    if on_server:
        print("Säkerhetskopiorna sköts av servern (brastod backup kör pg_dump); kopior-dagar och "
              "kopior-veckor gäller bara en databasfil.")
    return 0


def _template(args) -> int:
    from brastod.core.db import open_database
    from brastod.core.exports.template import write_template
    db = open_database(_db_path(args), read_only=True)
    try:
        write_template(db, args.file, args.partner)
    finally:
        db.close()
    print(f"Rapportmallen är sparad i {args.file}.")
    return 0


def _population(args) -> int:
    from brastod.core.db import open_database
    from brastod.core.services.key_figures import (
        ChangedByHand, import_population, population_text,
    )
    db = open_database(_db_path(args))
    try:
        figures = import_population(db, args.file, args.municipality, replace=args.replace)
    except ChangedByHand as refused:
        raise BrastodError(f"{refused} Lägg till --replace för att ersätta dem med filens "
                           "siffror.") from None
    finally:
        db.close()
    print(f"Folkmängd inläst ur {args.file.name}: {population_text(figures)}.")
    return 0


def _import_survey(args) -> int:
    from brastod.core.db import open_database
    from brastod.core.services.surveys import import_survey
    db = open_database(_db_path(args))
    try:
        result = import_survey(db, args.file, args.year, args.question)
    finally:
        db.close()
    for line in result.warnings():
        _tell(f"brastod: {line}")
    print(json.dumps(result.as_json(), ensure_ascii=False) if args.json
          else result.summary(args.year))
    return 0


def _backup(args) -> int:
    from brastod.core.db import backup_to, open_database
    # A file that is not a Brastöd database is refused; one that cannot be written is copied.
    from brastod.core import server, server_backup
    path = _db_path(args)
    if server.is_server(path):
        target = server_backup.backup(path, args.file)
        print(f"Säkerhetskopian (pg_dump) är sparad i {target}.")
        return 0
    db = open_database(path, read_only=True)
    db.close()
    target = backup_to(path, args.file)
    print(f"Säkerhetskopian är sparad i {target}.")
    return 0


def _restore(args) -> int:
    from brastod.core.services.retention import restore, restore_on_server
    from brastod.core import server
    path = _db_path(args)
    if server.is_server(path):
        restored = restore_on_server(path, args.file)
        purged = f" {restored.message()}" if restored.message() else ""
        print(f"Databasen är återställd från {args.file} (pg_restore).{purged}")
        return 0
    restored = restore(path, args.file)
    kept = f" Databasen som ersattes finns kvar i {restored.saved}." if restored.saved else ""
    purged = f" {restored.message()}" if restored.message() else ""
    print(f"Databasen är återställd från {args.file}.{kept}{purged}")
    return 0


def _check(args) -> int:
    from brastod.core import server, server_backup
    from brastod.core.backups import integrity_problems
    path = _db_path(args)
    if server.is_server(path):
        problems = server_backup.check(path)
        name = server.shown(server.parse(path))
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        print(f"Databasen {name} är hel." if not problems else
              "Återställ den med brastod restore FIL, eller fråga IT-avdelningen.",
              file=sys.stderr if problems else sys.stdout)
        return 1 if problems else 0
    if not path.exists():
        raise BrastodError(f"Databasen {path} finns inte.")
    problems = integrity_problems(path)     # BrastodError when it cannot be read at all
    if not problems:
        print(f"Databasen {path} är hel.")
        return 0
    print(f"Databasen {path} har fel:", file=sys.stderr)
    for problem in problems[:20]:
        print(f"  {problem}", file=sys.stderr)
    print("Återställ den från en säkerhetskopia: brastod restore FIL.", file=sys.stderr)
    return 1


def _purge(args) -> int:
    from brastod.core.db import open_database
    from brastod.core.services.retention import (
        PurgeChanged, plan_purge, purge, retention_months,
    )
    db = open_database(_db_path(args))
    try:
        months = args.older_than if args.older_than is not None else retention_months(db)
        today = date.today()
        plan = plan_purge(db, months, today)
        if not args.yes:
            print(f"{plan.incidents} händelser före {plan.cutoff} skulle tas bort"
                  + (f" (den äldsta från {plan.oldest})" if plan.oldest else "") + "."
                  + _edited(plan) + " Fastställda lägesbilder behåller sina siffror. Kör igen "
                  "med --yes för att gallra.")
            return 0
        try:
            removed = purge(db, months, today, plan)
        except PurgeChanged:    # changed since they were counted: --yes says yes to a new count
            plan = plan_purge(db, months, today)
            removed = purge(db, months, today, plan)
    finally:
        db.close()
    print(f"{removed} händelser före {plan.cutoff} är gallrade.{_edited(plan)} "
          f"{plan.backups_text()}")
    return 0


def _edited(plan) -> str:
    return f" {plan.edited.text()}" if plan.edited else ""


COMMANDS = {"server-init": _server_init, "user": _user, "init": _init, "demo": _demo,
            "stats": _stats, "import": _import, "export": _export, "template": _template,
            "summary": _summary, "partner": _partner, "list": _list, "population": _population,
            "import-survey": _import_survey,
            "backup": _backup, "restore": _restore, "check": _check, "purge": _purge,
            "settings": _settings}


def main(argv: list[str] | None = None) -> int:
    """The console script: exit code 0, 1 for an error (one Swedish line on stderr; details of
    an unexpected one in the log file), 2 for a mistyped command line. Never a traceback."""
    if hasattr(sys.stdout, "reconfigure"):   # a file name that is not UTF-8, a Latin-1 terminal
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        with swedish():
            args = _parser().parse_args(argv)
    except SystemExit:           # after --help or --version, or a mistyped command line
        _finish(0)               # the help may meet a closed pipe too
        raise
    if args.command is None:
        return _guarded(args, _gui)
    setup_logging()
    # A command's output is written when it is done, where a closed pipe or a full disk can be
    # told from an error in the command.
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        code = _guarded(args, COMMANDS[args.command])
    return _finish(code, output.getvalue())


def _gui(args) -> int:
    from brastod.gui.app import run
    return run(_db_path(args), quit_when_ready=args.smoke_test, visit_tabs=args.smoke_test)


def _guarded(args, work) -> int:
    try:
        return work(args)
    except BrastodError as error:
        _tell(f"brastod: {error}")
        return 1
    except KeyboardInterrupt:
        _tell("brastod: avbrutet.")
        return 130
    except Exception as error:
        from brastod.core.db import told_about
        better = told_about(error, _db_path(args))  # met outside a session
        if better is not None:
            _tell(f"brastod: {better}")
            return 1
        return _unexpected(args)


def _finish(code: int, output: str = "") -> int:
    try:
        if sys.stdout is not None:
            sys.stdout.write(output)
            sys.stdout.flush()
    except BrokenPipeError:      # the reader went away: brastod list meetings | head -1
        _discard_output()
        return 1
    except OSError:              # brastod list meetings > /dev/full
        _discard_output()
        _tell("brastod: resultatet kunde inte skrivas ut: utdata går inte att skriva till.")
        return 1
    return code


def _unexpected(args) -> int:
    """The last line of defence: the traceback goes to the log file, the user is told where."""
    command = " ".join(filter(None, (args.command, getattr(args, "what", None))))
    doing = f"i kommandot {command}" if command else "när fönstret skulle starta"
    path = setup_logging()
    log.exception("Oväntat fel %s", doing)
    if path is None:
        from brastod.core.paths import user_log_dir
        details = (f"Detaljerna kunde inte sparas: det går inte att skriva i loggmappen "
                   f"{user_log_dir()}.")
    else:
        details = f"Detaljerna finns i loggfilen {path}."
    _tell(f"brastod: ett oväntat fel inträffade ({doing}). {details}")
    return 1


def _tell(line: str) -> None:
    """One line on stderr, if there is anyone to read it."""
    try:
        print(_printable(line), file=sys.stderr, flush=True)
    except OSError:
        pass


def _discard_output() -> None:
    """Point stdout at the null device, so that Python's own flush at exit finds no closed
    pipe to complain about."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):   # not a real file (tests capture it): nothing to flush
        pass
