"""Files written whole or not at all: backups, exports and restores are written to a temporary
file in the target's folder, flushed to disk and renamed into place, so no half-written or empty
file ever carries the target's name.

A temporary is named ``.NAME.brastod-HOST-PID-RANDOM.tmp`` (NAME shortened to fit the file
system's 255 bytes). One left behind by a process that was killed is removed the next time
Brastöd writes in that folder, or opens a database in it: only temporaries of this computer
(HOST) whose process (PID) is gone, so neither a running export nor another computer's work on a
shared folder is touched.
"""
import errno
import hashlib
import os
import re
import secrets
import shutil
import socket
import stat
from collections.abc import Callable
from pathlib import Path

from brastod.core.errors import BrastodError

NAME_MAX = 255          # bytes in one file name (ext4, NTFS, APFS …)
_HOST = hashlib.sha1(socket.gethostname().encode()).hexdigest()[:6]
_TEMPORARY = re.compile(r"\..*\.brastod-(?P<host>[0-9a-f]{6})-(?P<pid>\d+)-[0-9a-f]{8}\.tmp"
                        r"(?:-journal|-wal|-shm)?", re.DOTALL)
# Hard links are how a name is taken only if it is free; some file systems (FAT) have none.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}


def shorten(text: str, size: int) -> str:
    """The file name ``text`` cut to at most ``size`` bytes, never inside a character. A name
    that is not UTF-8 (its bytes kept as surrogates by Python) is measured in its own bytes."""
    encoded = os.fsencode(text)
    if len(encoded) <= size:
        return text
    return encoded[:size].decode("utf-8", errors="ignore")


def temporary_for(target: Path) -> Path:
    tail = f".brastod-{_HOST}-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    # Room for the leading dot and a "-journal" SQLite may put beside it.
    room = NAME_MAX - 1 - len(tail) - len("-journal")
    return target.with_name(f".{shorten(target.name, room)}{tail}")


def sweep(folder: Path) -> list[Path]:
    """Removes the temporaries that killed Brastöd processes of this computer left in
    ``folder``; returns them."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        found = _TEMPORARY.fullmatch(entry.name)
        if not found or found["host"] != _HOST or _alive(int(found["pid"])):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):     # a restore's private folder
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":     # a file a live process has open cannot be removed there anyway
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_whole(target: Path, write: Callable[[Path], None]) -> None:
    """Calls ``write`` with a new, empty temporary file beside ``target``, then flushes it
    and renames it to ``target``. On any failure the temporary is removed and ``target`` is
    as it was. OSError is raised as it is; the caller tells it."""
    target = Path(target)
    refuse_special(target)
    _refuse_database(target)
    sweep(target.parent)
    temporary = temporary_for(target)
    # 0o666 less the umask: an ordinary file, like any other the user saves.
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        write(temporary)
        flush(temporary)
        place(temporary, target)
    except BaseException:
        discard(temporary)
        raise


def refuse_special(target: Path) -> None:
    """A file is written whole by renaming over its name, which would put an ordinary file in
    place of a folder or a device (/dev/null, a printer), or leave a copy under the name of a
    database's own -wal (deleted when the database closes): refused before anything is written."""
    for side in ("-wal", "-shm", "-journal"):   # SQLite's own files beside a database
        owner = target.with_name(target.name.removesuffix(side))
        if target.name.endswith(side) and owner.is_file():
            raise BrastodError(f"{target.name} hör till databasen {owner.name} och skrivs inte "
                               "över. Välj ett annat filnamn.")
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return          # not there (or not reachable): the writing says what is wrong
    if stat.S_ISDIR(mode):
        raise BrastodError(f"{target} är en mapp. Välj ett filnamn i mappen.")
    if not stat.S_ISREG(mode):
        raise BrastodError(f"{target} är ingen vanlig fil utan en enhet eller liknande. Välj "
                           "ett vanligt filnamn.")


def _refuse_database(target: Path) -> None:
    """An export never replaces a database (the one in use, or a backup)."""
    try:
        with open(target, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return
    if head == b"SQLite format 3\x00":
        raise BrastodError(f"{target} är en databas och skrivs inte över av en export. Välj ett "
                           "annat filnamn.")


def discard(temporary: Path) -> None:
    for path in (temporary, Path(f"{temporary}-journal")):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def flush(path: Path) -> None:
    """The file's content on the disk (fsync), not only in the operating system's cache."""
    handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def place(temporary: Path, target: Path, *, exclusive: bool = False) -> None:
    """Renames ``temporary`` to ``target`` and flushes the folder, so the new name survives a
    power cut. ``exclusive``: FileExistsError if ``target`` exists, instead of replacing it."""
    if not exclusive:
        os.replace(temporary, target)
    elif os.name == "nt":
        os.rename(temporary, target)        # refuses an existing target there
    else:
        try:
            os.link(temporary, target)
        except OSError as error:
            if error.errno not in _NO_LINKS:
                raise
            if target.exists():
                raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
            os.rename(temporary, target)
        else:
            os.unlink(temporary)
    _flush_folder(target.parent)


def _flush_folder(folder: Path) -> None:
    if os.name == "nt":     # NTFS journals the rename itself; a folder cannot be opened
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):    # file systems that cannot
            raise
    finally:
        os.close(handle)
