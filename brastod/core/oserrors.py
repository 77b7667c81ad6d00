"""Errors from the operating system and from SQLite, told in Swedish.

Every place that shows an OSError uses ``describe``; SQLite's errors about the file rather than
its content ("disk I/O error", "attempt to write a readonly database", "database or disk is
full", "unable to open database file") are told by ``sqlite_cause``.
"""
import errno
import os
import sqlite3
from pathlib import Path

_TEXTS = {
    errno.EACCES: "behörighet saknas",
    errno.EPERM: "behörighet saknas",
    errno.ENOSPC: "disken är full",
    errno.EDQUOT: "disken är full (kvoten är slut)",
    errno.EROFS: "disken är skrivskyddad",
    errno.ENAMETOOLONG: "namnet är för långt",
    errno.ENOENT: "filen eller mappen finns inte",
    errno.EISDIR: "det är en mapp, inte en fil",
    errno.ENOTDIR: "en del av sökvägen är inte en mapp",
    errno.EIO: "läs- eller skrivfel på disken",
    errno.EBUSY: "filen används av ett annat program",
    errno.EEXIST: "filen finns redan",
    errno.EMFILE: "för många öppna filer",
    errno.ENFILE: "för många öppna filer",
    errno.EFBIG: "filen är för stor",
    errno.ELOOP: "för många symboliska länkar i sökvägen",
    errno.EXDEV: "filen kan inte flyttas till en annan disk",
    errno.ETXTBSY: "filen används av ett annat program",
    errno.ENODEV: "disken finns inte",
    errno.ENXIO: "disken finns inte",
}
# Windows: a file open in another program (Excel) is a sharing violation.
_WINDOWS_TEXTS = {32: "filen är öppen i ett annat program", 33: "filen är låst av ett annat "
                  "program", 112: "disken är full", 5: "behörighet saknas"}

DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


WHAT_TO_DO = ("Brastöd behöver kunna skriva i databasen och i mappen den ligger i: be om "
               "skrivrättighet eller flytta databasen till en mapp du kan skriva i")


def describe(error: OSError) -> str:
    """What went wrong, as a Swedish phrase to put after a colon (no full stop)."""
    winerror = getattr(error, "winerror", None)
    if winerror in _WINDOWS_TEXTS:
        return _WINDOWS_TEXTS[winerror]
    if error.errno in _TEXTS:
        return _TEXTS[error.errno]
    return f"fel från operativsystemet (felkod {error.errno})"


def writable_problem(folder: Path, file: Path | None = None,
                     called: str = "Filen") -> str | None:
    """Why ``file`` (or a new file in ``folder``) cannot be written, or None when it can.
    ``called``: what the file is called in the sentence."""
    for place, what in ((folder, f"Mappen {folder}"), (file, f"{called} {file}")):
        if place is None or not place.exists() or os.access(place, os.W_OK):
            continue
        if _read_only_disk(place):
            return f"{what} ligger på en skrivskyddad disk"
        return f"{what} går inte att skriva i: behörighet saknas" if place is folder else \
            f"{what} är skrivskyddad: behörighet saknas"
    return None


def _read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):      # no statvfs on Windows
        return False


def file_error(error: BaseException, database: Path) -> str | None:
    """The Swedish sentence for an error from SQLite (bare, or wrapped by SQLAlchemy) about the
    file ``database`` rather than its content — a full disk, no permission, a disk error, a lock
    held too long — or None for anything else (damage, a mistake in Brastöd)."""
    cause = getattr(error, "orig", error)
    if not isinstance(cause, sqlite3.Error) or is_damage(cause):
        return None
    name = getattr(cause, "sqlite_errorname", "") or ""
    if not name.startswith(_ABOUT_THE_FILE):
        return None
    return sqlite_cause(cause, database)


_ABOUT_THE_FILE = ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM",
                   "SQLITE_AUTH", "SQLITE_IOERR", "SQLITE_BUSY", "SQLITE_LOCKED")


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite says the file's content is damaged (not: cannot be read or written)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    text = str(error)
    return "malformed" in text or "not a database" in text


_DAMAGE = {"SQLITE_NOTADB": "filens början (filhuvudet) är inte en databas",
           "SQLITE_CORRUPT": "innehållet är skadat"}


def damage(error: sqlite3.Error) -> str:
    """What is damaged, in Swedish, for an error that ``is_damage``."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return next((text for prefix, text in _DAMAGE.items() if name.startswith(prefix)),
                "den är skadad")


def sqlite_cause(error: sqlite3.Error, database: Path) -> str:
    """A full Swedish sentence for an SQLite error about the file ``database`` (not about its
    content), with what the user can do."""
    database = Path(database)
    name = getattr(error, "sqlite_errorname", "") or ""
    folder = database.parent
    if name.startswith("SQLITE_FULL") or "disk is full" in str(error):
        return (f"Disken där databasen {database} ligger är full. Frigör utrymme på disken "
                "och försök igen.")
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")) \
            or "readonly" in str(error) or "unable to open" in str(error):
        if database.is_file() and not os.access(database, os.R_OK):
            return f"Databasen {database} kan inte läsas: behörighet saknas."
        problem = writable_problem(folder, database, "Databasen")
        if problem:
            return f"{problem}. {WHAT_TO_DO}."
        if not database.exists():
            return f"Databasen {database} finns inte."
        return (f"Databasen {database} kan inte öppnas för skrivning. Kontrollera att du har "
                f"rätt att skriva i mappen {folder} och i filen.")
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return (f"Databasen {database} används av ett annat program just nu. Försök igen om "
                "en stund.")
    if name.startswith("SQLITE_IOERR"):
        return (f"Läs- eller skrivfel på disken där databasen {database} ligger. Kontrollera "
                "disken (eller nätverksmappen) och försök igen.")
    return f"Databasen {database} kunde inte användas (SQLite: {name or 'okänt fel'})."

