"""A trygghetsvandring's protokoll, described once and printed as PDF on the one style sheet
and as Word: when and where, the route, who took part (by organisation), and the points with
who does what by when and how far it has come — as Luleå publishes its walks."""
from datetime import date
from pathlib import Path

from brastod.core.dates import WEEKDAYS, long_date
from brastod.core.db import Database
from brastod.core.enums import ActionStatus, Rag
from brastod.core.exports import content, pdf, word
from brastod.core.exports.content import Furniture, Heading, Run, text
from brastod.core.labels import RAG_COLORS, label
from brastod.core.personal_data import find_hits, refuse
from brastod.core.services import registers
from brastod.core.services.walks import PointRow, WalkDetail, get_walk
from brastod.core.walk_rules import STATUS_LABELS

OVERDUE = "#c62828"


def when_text(detail: WalkDetail) -> str:
    """ "onsdag 14 oktober 2026 kl. 18.00–20.00"."""
    result = f"{WEEKDAYS[detail.walk_date.weekday()]} {long_date(detail.walk_date)}"
    if detail.start_time:
        result += f" kl. {detail.start_time:%H.%M}"
        if detail.end_time:
            result += f"–{detail.end_time:%H.%M}"
    return result


def participants_text(detail: WalkDetail) -> str:
    """ "Polisen (2), Boende (6)": organisations, never private persons."""
    return ", ".join(f"{p.organisation} ({p.headcount})" for p in detail.participants)


def _action_cell(point: PointRow, today: date) -> content.Cell:
    if point.action_id is None:
        return text(Run("Ingen åtgärd ännu", muted=True), small=True)
    late = point.is_overdue(today)
    runs: list = [Run(point.partner or "", bold=True)]
    if point.due_on:
        # On a follow-up's colour the cell's own text colour reads; red on red would not.
        runs.append(Run(f"\nKlart senast {point.due_on}" + (" (försenad)" if late else ""),
                        color=OVERDUE if late and not point.rag else None))
    status = label(ActionStatus, point.action_status)
    if point.rag:
        status += f" · {label(Rag, point.rag)}"
    runs.append(f"\n{status}")
    return text(*runs, small=True)


def protocol_content(detail: WalkDetail, today: date) -> list:
    blocks: list = [Heading(f"Trygghetsvandring – {detail.area or 'utan område'}"),
                    content.facts([("Tid", when_text(detail)), ("Område", detail.area),
                                   ("Samlingsplats", detail.meeting_place),
                                   ("Sträcka", detail.route),
                                   ("Deltagare", participants_text(detail)),
                                   ("Status", STATUS_LABELS[detail.status])]),
                    content.Space(4)]
    if detail.note.strip():
        blocks += [Heading("Anteckningar", 1), content.Markdown(detail.note)]
    blocks.append(Heading("Iakttagelser", 1))
    if not detail.points:
        return blocks + [text(Run("Inga punkter antecknade.", muted=True))]
    rows: list = [["Nr", "Plats", "Iakttagelse", "Anteckning", "Åtgärd"]]
    fills = {}
    for point in detail.points:
        rows.append([str(point.number), point.place, point.kind, point.note,
                     _action_cell(point, today)])
        if point.rag:
            fills[(len(rows) - 1, 4)] = RAG_COLORS[point.rag]
    actions = sum(p.action_id is not None for p in detail.points)
    return blocks + [content.Table(rows, [10, 38, 26, 56, 44], numeric=[0], fills=fills),
                     content.Space(3),
                     text(Run(f"{len(detail.points)} punkter, varav {actions} har blivit "
                              "åtgärder i en plan. Färgen i kolumnen Åtgärd är den senaste "
                              "uppföljningen (grön, gul, röd).", muted=True), small=True)]


def personal_data_hits(detail: WalkDetail):
    texts = [("Sträcka", detail.route), ("Samlingsplats", detail.meeting_place),
             ("Anteckningar", detail.note)]
    texts += [("Deltagare", p.organisation) for p in detail.participants]
    for point in detail.points:
        texts += [(f"Punkt {point.number}", point.place), (f"Punkt {point.number}", point.note)]
    return find_hits(texts)


def export_walk_protocol(db: Database, walk_id: int, pdf_path: Path | None = None, *,
                         docx: Path | None = None, printed: date | None = None,
                         allow_personal_data: bool = False) -> None:
    """The protokoll as PDF and/or Word; stops at text like personal data unless the user has
    confirmed it."""
    detail = get_walk(db, walk_id)
    if not allow_personal_data:
        refuse(personal_data_hits(detail), "Protokollet")
    printed = printed or date.today()
    municipality = registers.get_municipality(db)
    furniture = Furniture(municipality.name, f"Protokoll – {detail.title()}", printed,
                          municipality.logo, cover=False)
    blocks = protocol_content(detail, printed)
    if pdf_path is not None:
        pdf.build(Path(pdf_path), furniture, pdf.flowables(blocks))
    if docx is not None:
        word.build(Path(docx), furniture, blocks)
