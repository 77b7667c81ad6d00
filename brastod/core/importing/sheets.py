"""Reading a partner file into plain sheets of rows: .xlsx/.xlsm/.xls/.ods through
python-calamine, .csv/.txt in UTF-8 or Windows-1252 with the separator detected."""
import csv
import hashlib
import io
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brastod.core.errors import ImportFailure
from brastod.core.oserrors import describe
from brastod.core.text import file_name

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
# Bounds on what a partner file may hold, so a hostile or broken file ends in a message rather
# than in all the laptop's memory: the unpacked size of a zipped workbook (a zip bomb is small
# packed) and the cells of one sheet (a million rows of ten columns is well inside both).
MAX_UNPACKED_BYTES = 400_000_000
MAX_CELLS = 20_000_000
TEXT_SUFFIXES = {".csv", ".txt"}
_SEPARATORS = (";", ",", "\t")
# How every multi-byte UTF-8 character begins (a lead byte, then a continuation byte).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]
    visible: bool = True


@dataclass
class Workbook:
    """The sheets of a file; of the file itself only its size and hash are kept (it carries
    columns nobody mapped)."""
    file_name: str
    size: int
    sha256: str
    sheets: list[Sheet] = field(repr=False)


def read_workbook(path: Path) -> Workbook:
    """All sheets of ``path``. Raises ImportFailure with a Swedish message for a file that is
    missing, empty, protected, damaged or not a spreadsheet."""
    path = Path(path)
    return _parse(file_name(path), read_file(path), path)


def read_file(path: Path) -> bytes:
    """The bytes of a partner's file; ImportFailure for one that is missing, a folder, not an
    ordinary file (a pipe would be waited on for ever) or beyond the bound."""
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode) and not stat.S_ISDIR(found.st_mode):
            raise ImportFailure(f"{path.name} är ingen vanlig fil utan en enhet eller liknande. "
                                "Välj partnerns fil.")
        if found.st_size > MAX_UNPACKED_BYTES:       # a CSV is read whole: bound it too
            raise ImportFailure(
                f"Filen {path.name} är {found.st_size / 1e6:.0f} MB, mer än Brastöd läser "
                f"({MAX_UNPACKED_BYTES / 1e6:.0f} MB). En partnerrapport är aldrig så stor: be "
                "avsändaren kontrollera filen.")
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFailure(f"Filen {path.name} finns inte i mappen {path.absolute().parent}. "
                            "Kontrollera namnet och mappen.") from None
    except OSError as error:
        raise ImportFailure(f"Filen {path.name} kan inte läsas: {describe(error)}.") from None


def _parse(file_name: str, data: bytes, path: Path) -> Workbook:
    if not data.strip():
        raise ImportFailure(f"Filen {file_name} är tom. Be avsändaren skicka den igen.")
    suffix = Path(file_name).suffix.lower()
    sheets = ([_read_text(file_name, data)] if suffix in TEXT_SUFFIXES
              else _read_spreadsheet(file_name, data, suffix, path))
    return Workbook(file_name, len(data), hashlib.sha256(data).hexdigest(), sheets)


def _read_spreadsheet(file_name: str, data: bytes, suffix: str, path: Path) -> list[Sheet]:
    import python_calamine as calamine
    _check_unpacked_size(file_name, data)
    try:
        workbook = calamine.CalamineWorkbook.from_path(str(path))
        visible = {meta.name: meta.visible == calamine.SheetVisibleEnum.Visible
                   for meta in workbook.sheets_metadata}
        sheets = []
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            if sheet.height * sheet.width > MAX_CELLS:
                raise ImportFailure(
                    f"Bladet {name} i {file_name} har {sheet.height:,} rader och {sheet.width:,} "
                    f"kolumner, fler celler än Brastöd läser ({MAX_CELLS:,}). Dela upp filen, "
                    "eller ta bort tomma rader och kolumner, och importera igen."
                    .replace(",", "\u00a0"))
            sheets.append(Sheet(name, sheet.to_python(skip_empty_area=False),
                                visible.get(name, True)))
        return sheets
    except calamine.PasswordError:
        raise ImportFailure(
            f"Filen {file_name} är lösenordsskyddad. Öppna den i Excel eller LibreOffice, spara "
            "en kopia utan lösenord och importera kopian.") from None
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError):
        raise ImportFailure(_unreadable(file_name, data, suffix)) from None


def _check_unpacked_size(file_name: str, data: bytes) -> None:
    """A zipped workbook (.xlsx, .ods) that would unpack to more than the bound is refused
    before anything is unpacked."""
    if not data.startswith(b"PK\x03\x04"):
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return          # a damaged zip: calamine says so in its own words
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFailure(
            f"Filen {file_name} är {len(data) / 1e6:.1f} MB men blir {unpacked / 1e9:.1f} GB "
            f"uppackad, mer än Brastöd läser ({MAX_UNPACKED_BYTES / 1e6:.0f} MB). En "
            "partnerrapport är aldrig så stor: be avsändaren kontrollera filen.")


def _is_whole_zip_without_workbook(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return False    # a damaged or truncated zip: a broken workbook, most likely
    return not ({"[Content_Types].xml", "mimetype"} & names)


def _unreadable(file_name: str, data: bytes, suffix: str) -> str:
    if data.startswith(b"PK\x03\x04") and _is_whole_zip_without_workbook(data):
        return (f"Filen {file_name} är en zip-fil men ingen arbetsbok. Packa upp den och "
                "importera kalkylarket som ligger i den.")
    if suffix not in SPREADSHEET_SUFFIXES:
        return (f"Filen {file_name} är inget kalkylark. Brastöd läser .xlsx, .xlsm, .xls, .ods, "
                ".csv och .txt.")
    return (f"Filen {file_name} är skadad eller ofullständig och kan inte läsas. Be avsändaren "
            "skicka den igen, eller öppna och spara om den i Excel eller LibreOffice.")


def _decode(file_name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Windows-1252, or lines of both (a sheet pasted together from two programs' files): each
    # line in UTF-8 where it is that, so "åäö" is never stored as "Ã¥Ã¤Ã¶". Without a single
    # UTF-8 sequence the whole file is Windows-1252, read at once (line by line is 20 times
    # slower).
    if _UTF8_SEQUENCE.search(data) is None:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass        # the lines are named below
    lines, unreadable = [], []
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        try:
            lines.append(line.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                unreadable.append(number)
    if unreadable:
        listed = ", ".join(map(str, unreadable[:10])) + (" …" if len(unreadable) > 10 else "")
        raise ImportFailure(f"Filen {file_name} är varken UTF-8 eller Windows-1252 och kan inte "
                            f"läsas som text (rad {listed}). Spara den som CSV (UTF-8) och "
                            "försök igen.")
    return "".join(lines)


def _separator(lines: list[str]) -> str:
    """The separator that splits the first lines into the most consistent number of columns."""
    best, best_score = ";", -1.0
    for candidate in _SEPARATORS:
        widths = [len(row) for row in csv.reader(lines, delimiter=candidate) if any(row)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = widths.count(common) / len(widths) * (common > 1) + (common > 1) * common / 1000
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_text(file_name: str, data: bytes) -> Sheet:
    text = _decode(file_name, data)
    if "\x00" in text:
        raise ImportFailure(f"Filen {file_name} är inget kalkylark eller textfil (den innehåller "
                            "binära data).")
    # csv refuses a field longer than 128 KB unless told; no field is longer than the file.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    lines = text.splitlines()
    separator = _separator(lines[:50])
    rows = [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter=separator)]
    return Sheet(Path(file_name).stem, rows)
