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
