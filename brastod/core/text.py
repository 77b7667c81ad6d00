"""Text helpers shared by registers and import matching."""
import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalize(value: str) -> str:
    """A matching key: case, spacing and punctuation ignored ("Klotter!" == " klotter ")."""
    folded = unicodedata.normalize("NFC", value).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def clean_name(value: str | None) -> str:
    """A register name as stored: surrounding and repeated spaces removed."""
    return " ".join((value or "").split())
