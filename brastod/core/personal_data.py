"""The check before a document leaves: text that looks like personal data (the importer's
screening rules) stops an export, naming where it was, until the user has confirmed it."""
from collections.abc import Iterable
from dataclasses import dataclass

from brastod.core.errors import PersonalDataFound
from brastod.core.importing import screening

SHOWN = 5


@dataclass(frozen=True)
class PersonalDataHit:
    where: str          # "Avsnitt ”Sammanfattning”", "Åtgärd ”Fältarbete …”", …
    kind: str           # screening.PERSONNUMMER …
    text: str


def find_hits(texts: Iterable[tuple[str, str | None]]) -> list[PersonalDataHit]:
    """The hits in (where, text) pairs."""
    return [PersonalDataHit(where, finding.kind, finding.text)
            for where, text in texts if text for finding in screening.find(text)]


def refuse(hits: list[PersonalDataHit], document: str) -> None:
    """Raises PersonalDataFound listing the first hits; ``document`` is "Lägesbilden" …"""
    if not hits:
        return
    listed = "; ".join(f"{hit.where}: {hit.kind} ”{hit.text}”" for hit in hits[:SHOWN])
    more = f" (och {len(hits) - SHOWN} till)" if len(hits) > SHOWN else ""
    raise PersonalDataFound(f"{document} innehåller text som liknar personuppgifter: "
                            f"{listed}{more}. Ta bort dem, eller bekräfta att de ska vara med.",
                            hits)
