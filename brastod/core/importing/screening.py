"""Personal data in free text: personnummer, phone numbers and e-mail addresses.

EST works with places and situations, not individuals: such text is flagged, and masked before
saving unless the user keeps it for an import.
"""
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

PERSONNUMMER = "personnummer"
PHONE = "telefonnummer"
EMAIL = "e-postadress"
MASKS = {PERSONNUMMER: "[personnummer borttaget]", PHONE: "[telefonnummer borttaget]",
         EMAIL: "[e-postadress borttagen]"}

# Neither starts inside a decimal number ("1234,0123456", "3.8001011231").
_NOT_IN_NUMBER = r"(?<!\d[.,])"
# A space or a dot before the last four digits is also how people write them ("800101 1231").
# Word and Excel turn the hyphen into an en dash ("800101–1231"); some put spaces around it.
_PERSONNUMMER = re.compile(_NOT_IN_NUMBER + r"(?<![\d-])(?P<date>(?:19|20)?\d{6})"
                           r"(?P<sep> ?[-+\u2013] ?|[ .]?)(?P<tail>\d{4})(?![\d-]|[.,]\d)")
# Groups may be split by dots ("070.123.45.67") but not right after the leading 0, where a dot
# makes a decimal ("0.1234567"); "46" without its plus before a mobile number (46 70 …).
_PHONE = re.compile(_NOT_IN_NUMBER + r"(?<![\w+])(?:\+46|0046|46(?=\s?7)|0)[\s-]?\(?0?\)?"
                    r"\d{1,3}(?:[\s.-]?\d){5,8}(?!\d|[.,]\d)")
# The local part starts where its run of characters starts: trying every position inside a
# long run (a cell of 100 000 letters) would take minutes.
_LOCAL = r"[\w.!#$%&'*+/=?^`{|}~-]"
_EMAIL = re.compile(rf"(?<!{_LOCAL}){_LOCAL}+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)


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
    if separator.strip() in ("-", "+", "\u2013") or (len(birth) == 8 and not separator):
        return True
    # Ten bare digits, or digits split by a space or a dot, could as well be a phone number or
    # an amount: only the check digit tells.
    return _luhn_ok(birth[-6:] + tail)


def find(text: str | None) -> list[Finding]:
    """Every stretch of ``text`` that looks like personal data, in order, not overlapping."""
    if not text:
        return []
    found = [Finding(EMAIL, *match.span(), match.group(0)) for match in _EMAIL.finditer(text)]
    found = _add(found, (Finding(PERSONNUMMER, *match.span(), match.group(0))
                         for match in _PERSONNUMMER.finditer(text) if _is_personnummer(match)))
    return _add(found, (Finding(PHONE, *match.span(), match.group(0))
                        for match in _PHONE.finditer(text)))


def _add(taken: list[Finding], candidates: Iterable[Finding]) -> list[Finding]:
    """``taken`` and those ``candidates`` that overlap none of it, in order (both are in
    order): one pass, so a text with thousands of findings stays quick."""
    merged, position = [], 0
    for candidate in candidates:
        while position < len(taken) and taken[position].end <= candidate.start:
            merged.append(taken[position])
            position += 1
        if position < len(taken) and taken[position].start < candidate.end:
            continue
        merged.append(candidate)
    merged.extend(taken[position:])
    return merged


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
