"""What a trygghetsvandring, a participating organisation and an observation point must hold.

Pure functions over plain values, like ``meeting_rules``: the walk service checks them before it
writes, and the walk editor checks the same ones to show the message at the field."""
from dataclasses import dataclass
from datetime import date, time

from brastod.core.errors import FieldError

STATUS_LABELS = {"planned": "Planerad", "held": "Genomförd"}
KIND_LABEL = "Trygghetsvandring"


@dataclass(frozen=True)
class WalkFields:
    walk_date: date | None
    start_time: time | None = None
    end_time: time | None = None
    area_id: int | None = None
    route: str = ""
    meeting_place: str | None = None
    note: str = ""
    status: str = "planned"

    def validate(self) -> None:
        if self.walk_date is None:
            raise FieldError("walk_date", "Ange vandringens datum.")
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise FieldError("end_time", f"Vandringen slutar ({self.end_time:%H.%M}) innan den "
                                         f"börjar ({self.start_time:%H.%M}).")
        if self.status not in STATUS_LABELS:
            raise FieldError("status", "Välj om vandringen är planerad eller genomförd.")


@dataclass(frozen=True)
class PointFields:
    place: str
    kind_id: int | None
    note: str = ""
    area_id: int | None = None
    place_id: int | None = None

    def validate(self) -> None:
        if not self.place.strip():
            raise FieldError("place", "Skriv var punkten är, till exempel "
                                      "\"Gångtunneln vid stationen\".")
        if self.kind_id is None:
            raise FieldError("kind_id", "Välj vad som iakttogs (Belysning, Klotter …). Saknas "
                                        "det i listan, lägg till det.")


def check_participant(partner_id: int | None, organisation: str | None, headcount: int) -> None:
    """A participant is an organisation: a partner, or one named in free text ("Boende")."""
    if partner_id is None and not (organisation or "").strip():
        raise FieldError("organisation", "Välj en partner eller skriv organisationen, till "
                                         "exempel Boende. Ange inte privatpersoners namn.")
    if headcount < 1:
        raise FieldError("headcount", "Ange hur många som deltog från organisationen (minst 1).")


@dataclass(frozen=True)
class PointActionFields:
    """What a point needs to become an action: the plan, who answers for it, and by when."""
    plan_id: int | None
    responsible_partner_id: int | None
    due_on: date | None = None

    def validate(self, walk_date: date) -> None:
        if self.plan_id is None:
            raise FieldError("plan_id", "Välj vilken plan åtgärden ska ingå i.")
        if self.responsible_partner_id is None:
            raise FieldError("responsible_partner_id",
                             "Välj vilken partner som ansvarar för åtgärden. Saknas den i "
                             "listan, lägg till den under Register → Partner.")
        if self.due_on is not None and self.due_on < walk_date:
            raise FieldError("due_on", f"Klart senast ({self.due_on}) är före vandringen "
                                       f"({walk_date}). Välj ett senare datum.")
