"""Saving an export so that a failure (a full disk, a file open in Excel, a killed process)
leaves no half file: see ``wholefiles``."""
import errno
from collections.abc import Callable
from pathlib import Path

from brastod.core.errors import BrastodError
from brastod.core.oserrors import DENIED, describe, writable_problem
from brastod.core.wholefiles import write_whole


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path``, then rename: a failure leaves no half file."""
    path = Path(path)
    try:
        write_whole(path, write)
    except OSError as error:
        problem = error.errno in DENIED and writable_problem(path.parent, path)
        if error.errno in (errno.ENOENT, errno.ENOTDIR) and not path.parent.is_dir():
            problem = f"Mappen {path.parent} finns inte"
        if problem:
            raise BrastodError(f"{path.name} kunde inte sparas: {problem}. Välj en annan "
                               "mapp.") from None
        hint = (" Är den öppen i ett annat program?"
                if error.errno in (errno.EACCES, errno.EBUSY) else "")
        raise BrastodError(f"Filen {path} kunde inte sparas: {describe(error)}.{hint}") from None
