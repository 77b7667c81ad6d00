"""Påminnelser: an e-mail draft (.eml) to each partner that sent no report in a period, to its
contacts with an e-mail address, with the report template made out to the partner attached.
Nothing is sent: the coordinator opens each draft in the mail program and sends it."""
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from brastod.core.db import Database
from brastod.core.errors import BrastodError
from brastod.core.exports import mail
from brastod.core.exports.template import write_template
from brastod.core.services import registers
from brastod.core.services.reporting import silent_partners


@dataclass
class Reminders:
    written: list[Path] = field(default_factory=list)
    without_email: list[str] = field(default_factory=list)    # silent, but no one to write to


def export_reminders(db: Database, start: date, end: date, folder: Path) -> Reminders:
    """One draft per silent partner in ``folder`` (made if missing); a partner without an
    e-mail contact is listed instead."""
    if end < start:
        raise BrastodError(f"Perioden är baklänges: {start} till {end}.")
    folder = Path(folder)
    municipality = registers.get_municipality(db).name
    result = Reminders()
    for partner in silent_partners(db, start, end):
        addresses = mail.addresses(partner)
        if not addresses:
            result.without_email.append(partner.name)
            continue
        name = mail.safe_name(f"Rapportmall {partner.name}") + ".xlsx"
        with tempfile.TemporaryDirectory() as scratch:
            write_template(db, Path(scratch) / "mall.xlsx", partner.name)
            template = (Path(scratch) / "mall.xlsx").read_bytes()
        body = (f"Hej!\n\nVi har inte fått någon rapport från {partner.name} för perioden "
                f"{start} – {end} till trygghetsarbetet i {municipality}. Har något hänt som "
                "vi bör känna till – platser eller situationer som skapar otrygghet, "
                "skadegörelse, nedskräpning eller annat – så skriv det i den bifogade "
                "rapportmallen och skicka tillbaka den. Har inget hänt räcker ett kort svar."
                "\n\nSkriv aldrig namn, personnummer eller annat som pekar ut en person."
                "\n\nTack för hjälpen!\n\nVänliga hälsningar\n")
        message = mail.draft(f"Påminnelse: rapport till trygghetsarbetet {start} – {end}",
                             body, to=addresses, attachments=[(name, template)])
        target = folder / (mail.safe_name(f"Påminnelse {partner.name}") + ".eml")
        if not result.written:
            _make(folder)
        mail.write_draft(target, message)
        result.written.append(target)
    return result


def _make(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise BrastodError(f"Mappen {folder} kunde inte skapas. Välj en annan mapp.") from None
