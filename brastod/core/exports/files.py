"""Saving an export so that a failure (a full disk, a file open in Excel) leaves no half file."""
import os
import tempfile
from functools import cache
from collections.abc import Callable
from pathlib import Path

from brastod.core.errors import BrastodError


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path``, then rename: a failure leaves no half file."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".brastod-", suffix=path.suffix,
                                             dir=path.parent)
    except OSError as error:
        raise BrastodError(f"Kan inte skriva i mappen {path.parent}: {error.strerror}.") from None
    os.close(handle)
    try:
        write(Path(temporary))
        # mkstemp makes the file private (0600); an export is an ordinary document, readable
        # like any other the user saves (the umask decides), e.g. on a shared folder.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise BrastodError(f"Filen {path} kunde inte sparas: {error.strerror}. Är den öppen "
                           "i ett annat program?") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@cache
def _umask() -> int:
    """The process's umask. Reading it means setting it for an instant, so it is read once."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
