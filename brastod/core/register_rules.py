"""What the registers' entries must hold: a name (not empty, not too long, not taken), a known
kind, a contact's e-mail and phone, the municipality's code, a year's population.

Pure functions over plain values, like ``plan_rules``: the register services call them, and the
register dialogs show the ``FieldError`` at the field it names."""
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from brastod.core.errors import FieldError
from brastod.core.figure_rules import plausible_year
from brastod.core.text import clean_name, normalize

NAME_MAX = 120
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"[+\d][\d \-()]{4,}")


def required_name(value: str | None, what: str, field: str = "name") -> str:
    """The name as stored (spaces tidied); ``what`` is "Partnern", "Området" …"""
    name = clean_name(value)
    if not name:
        raise FieldError(field, f"{what} måste ha ett namn.")
    if len(name) > NAME_MAX:
        raise FieldError(field, f"Namnet är för långt (högst {NAME_MAX} tecken): {name[:30]}…")
    return name


def unique_name(name: str, existing: Iterable[tuple[int, str]], what: str,
                exclude_id: int | None, field: str = "name") -> None:
    """Refuses ``name`` when another of ``existing`` (id, name) has it, case and spacing
    ignored."""
    for row_id, other in existing:
        if row_id != exclude_id and normalize(other) == normalize(name):
            raise FieldError(field, f"{what} ”{other}” finns redan.")


def known(value: str, enum, what: str, field: str = "kind") -> str:
    if value not in {member.value for member in enum}:
        raise FieldError(field, f"Okänd {what}: {value}.")
    return value


@dataclass(frozen=True)
class ContactFields:
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None

    def cleaned(self) -> "ContactFields":
        """The values as stored, checked: empty optional values become None."""
        values = replace(self, name=required_name(self.name, "Kontakten"),
                         role=clean_name(self.role) or None,
                         email=clean_name(self.email) or None,
                         phone=clean_name(self.phone) or None)
        if values.email is not None and not _EMAIL.match(values.email):
            raise FieldError("email", f"E-postadressen ”{values.email}” ser inte giltig ut "
                                      "(namn@exempel.se).")
        if values.phone is not None and not _PHONE.fullmatch(values.phone):
            raise FieldError("phone", f"Telefonnumret ”{values.phone}” ser inte giltigt ut.")
        return values


def municipality_code(value: str | None) -> str | None:
    code = clean_name(value) or None
    if code is not None and not re.fullmatch(r"\d{4}", code):
        raise FieldError("code", "Kommunkoden ska vara fyra siffror, t.ex. 1982.")
    return code


def check_population(year: int, population: int) -> None:
    plausible_year(year)
    if population <= 0:
        raise FieldError("population", "Folkmängden måste vara ett positivt tal.")


def municipality_name(value: str | None) -> str:
    name = clean_name(value)
    if not name:
        raise FieldError("name", "Skriv kommunens namn, till exempel Kungsör – det får inte "
                                 "vara tomt.")
    return name
