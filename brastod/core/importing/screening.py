"""Personal data in free text: personnummer, phone numbers and e-mail addresses.

EST works with places and situations, not individuals: such text is flagged, and masked before
saving unless the user keeps it for an import.
"""
import re
from dataclasses import dataclass
from datetime import date

PERSONNUMMER = "personnummer"
PHONE = "telefonnummer"
EMAIL = "e-postadress"
MASKS = {PERSONNUMMER: "[personnummer borttaget]", PHONE: "[telefonnummer borttaget]",
         EMAIL: "[e-postadress borttagen]"}

_PERSONNUMMER = re.compile(r"(?<![\d-])(?P<date>(?:19|20)?\d{6})(?P<sep>[-+]?)(?P<tail>\d{4})(?![\d-])")
_PHONE = re.compile(r"(?<![\w+])(?:\+46|0046|0)[\s-]?\(?0?\)?\d{1,3}(?:[\s-]?\d){5,8}(?!\d)")
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _is_personnummer(match: re.Match) -> bool:
    birth, separator, tail = match["date"], match["sep"], match["tail"]
    year_digits = birth[:-4]
    month, day = int(birth[-4:-2]), int(birth[-2:])
    if day > 60:            # samordningsnummer: day + 60
        day -= 60
    year = int(year_digits) if len(year_digits) == 4 else 2000 + int(year_digits)
    try:
        date(year, month, day)
    except ValueError:
        return False
    if separator or len(birth) == 8:
        return True
    # Ten bare digits could as well be a phone number: only the check digit tells.
    return _luhn_ok(birth[-6:] + tail)


def find(text: str | None) -> list[Finding]:
    """Every stretch of ``text`` that looks like personal data, in order, not overlapping."""
    if not text:
        return []
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, match: re.Match) -> None:
        span = match.span()
        if any(span[0] < end and start < span[1] for start, end in taken):
            return
        taken.append(span)
        found.append(Finding(kind, span[0], span[1], match.group(0)))

    for match in _EMAIL.finditer(text):
        add(EMAIL, match)
    for match in _PERSONNUMMER.finditer(text):
        if _is_personnummer(match):
            add(PERSONNUMMER, match)
    for match in _PHONE.finditer(text):
        add(PHONE, match)
    return sorted(found, key=lambda finding: finding.start)


def mask(text: str | None) -> tuple[str | None, list[Finding]]:
    """``text`` with every finding replaced by its mask, and the findings."""
    findings = find(text)
    if not findings:
        return text, []
    parts, position = [], 0
    for finding in findings:
        parts.append(text[position:finding.start])
        parts.append(MASKS[finding.kind])
        position = finding.end
    parts.append(text[position:])
    return "".join(parts), findings
