"""E-mail drafts as .eml files that Outlook and Thunderbird open ready to send ("X-Unsent: 1"):
Brastöd sends nothing and stays offline; the coordinator reads the draft, then sends it from
their own mail program. Also who receives them: partners' contacts with an e-mail address."""
import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

from brastod.core.db import Database
from brastod.core.errors import BrastodError
from brastod.core.exports.files import write_atomically
from brastod.core.services.registers import PartnerEntry, partner_directory
from brastod.core.text import normalize

# An address every mail program takes (ASCII; an address outside this is skipped, not sent).
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
# Characters no file system takes in a name (Windows' list), and control characters.
_NOT_IN_NAMES = re.compile(r"[\\/:*?\"<>|\x00-\x1f]+")
TYPES = {".pdf": ("application", "pdf"),
         ".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")}


@dataclass(frozen=True)
class Recipients:
    partner: str
    addresses: list[Address]


def addresses(partner: PartnerEntry) -> list[Address]:
    """The partner's contacts that have a usable e-mail address."""
    found = []
    for contact in partner.contacts:
        email = (contact.email or "").strip()
        if _ADDRESS.fullmatch(email):
            user, domain = email.rsplit("@", 1)
            found.append(Address(" ".join(contact.name.split()), user, domain))
    return found


def recipients(db: Database, names: list[str] | None = None) -> list[Recipients]:
    """The named partners' contacts with e-mail; without names every active partner that has
    one. A named partner that is unknown or has no address is said to be so."""
    directory = partner_directory(db)
    if not names:
        chosen = [Recipients(p.name, found) for p in directory
                  if p.active and (found := addresses(p))]
        if not chosen:
            raise BrastodError("Ingen partner har en kontakt med e-postadress. Lägg till e-post "
                               "under Register → Partner och kontakter.")
        return chosen
    by_key = {normalize(p.name): p for p in directory}
    chosen = []
    for name in names:
        partner = by_key.get(normalize(name))
        if partner is None:
            known = ", ".join(p.name for p in directory) or "inga ännu"
            raise BrastodError(f"Partnern ”{name}” finns inte. Kända partner: {known}.")
        found = addresses(partner)
        if not found:
            raise BrastodError(f"Partnern {partner.name} har ingen kontakt med en e-postadress "
                               "som kan användas (namn@exempel.se). Lägg till en under Register "
                               "→ Partner och kontakter, eller välj en annan partner.")
        if partner.name not in (r.partner for r in chosen):
            chosen.append(Recipients(partner.name, found))
    return chosen


def safe_name(text: str) -> str:
    """``text`` as a file name any system takes ("Återkoppling – Lägesbild v. 45.pdf")."""
    return " ".join(_NOT_IN_NAMES.sub(" ", text).split()).strip(". ")[:120] or "Brastöd"


def draft(subject: str, body: str, *, to: list[Address] = (), bcc: list[Address] = (),
          attachments: list[tuple[str, bytes]] = ()) -> EmailMessage:
    """An unsent message: plain text, the files attached (name, bytes)."""
    message = EmailMessage()
    message["Subject"] = subject
    if to:
        message["To"] = list(to)
    if bcc:
        message["Bcc"] = list(bcc)
    message["X-Unsent"] = "1"        # Outlook opens it as a draft to send
    message.set_content(body)
    for name, data in attachments:
        maintype, subtype = TYPES.get(Path(name).suffix.lower(), ("application", "octet-stream"))
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


def write_draft(path: Path, message: EmailMessage) -> None:
    """The message with CRLF line ends, as mail files are written (Outlook expects them)."""
    data = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
    write_atomically(Path(path), lambda target: target.write_bytes(data))
