"""Text helpers shared by registers and import matching."""
import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)   # imports normalise the same category and area names again and again
def normalize(value: str) -> str:
    """A matching key: case, spacing and punctuation ignored ("Klotter!" == " klotter ")."""
    folded = unicodedata.normalize("NFC", value).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def clean_name(value: str | None) -> str:
    """A register name as stored: surrounding and repeated spaces removed."""
    return " ".join((value or "").split())


# Swedish alphabetical order puts å, ä, ö after z, in that order; code points put ä before å.
_SWEDISH = str.maketrans({"å": "z\x01", "ä": "z\x02", "ö": "z\x03", "æ": "z\x02",
                          "ø": "z\x03"})


def swedish_key(value: str) -> str:
    """A sort key that orders text as a Swedish reader expects (case ignored)."""
    return value.casefold().translate(_SWEDISH)


def file_name(path) -> str:
    """The name of a file as text that can be stored and shown: bytes that are not UTF-8 (kept
    by Python as surrogates) become "�"."""
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
