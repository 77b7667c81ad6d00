"""A meeting's kallelse med dagordning and its protokoll, described once (``content``) and
printed as PDF on the one style sheet and as Word: time and place, who is called or was there,
the items (with the earlier meetings' open decisions under the follow-up item), minutes and
"Beslut:" per item, and the lines to sign."""
from datetime import date
from pathlib import Path

from brastod.core.dates import WEEKDAYS, long_date
from brastod.core.db import Database
from brastod.core.enums import AttendeeStatus, Body
from brastod.core.exports import content, pdf, word
from brastod.core.exports.content import Furniture, Heading, Run, text
from brastod.core.labels import label
from brastod.core.personal_data import find_hits, refuse
from brastod.core.services import registers
from brastod.core.services.meetings import DecisionRow, MeetingDetail, get_meeting


def when_text(detail: MeetingDetail) -> str:
    """ "torsdag 12 februari 2026 kl. 13.00–15.00"."""
    text = f"{WEEKDAYS[detail.meeting_date.weekday()]} {long_date(detail.meeting_date)}"
    if detail.start_time:
        text += f" kl. {detail.start_time:%H.%M}"
        if detail.end_time:
            text += f"–{detail.end_time:%H.%M}"
    return text


def _furniture(db: Database, detail: MeetingDetail, kind: str, printed: date) -> Furniture:
    municipality = registers.get_municipality(db)
    return Furniture(municipality.name, f"{kind} – {detail.title}", printed, municipality.logo,
                     cover=False)


def _decision_text(decision: DecisionRow, with_meeting: bool = False) -> str:
    parts = [decision.text]
    if decision.partner:
        parts.append(f"Ansvarig: {decision.partner}")
    if decision.due_on:
        parts.append(f"Klart senast {decision.due_on}")
    if with_meeting:
        parts.append(f"beslutat {decision.meeting_date}")
    return " · ".join(parts)


def notice_content(detail: MeetingDetail) -> list:
    """Kallelse med dagordning."""
    body = label(Body, detail.body) if detail.body else detail.title
    blocks: list = [Heading(f"Kallelse – {detail.title}"), text(f"{body} kallas till sammanträde."),
                    content.facts([("Tid", when_text(detail)), ("Plats", detail.place)]),
                    content.Space(4), Heading("Dagordning", 1)]
    for item in detail.agenda:
        blocks.append(text(Run(f"{item.position}.", bold=True), f" {item.title}",
                           *([Run(f" ({item.presenter})", muted=True)] if item.presenter
                             else [])))
        blocks += [text(f"• Öppet beslut: {_decision_text(decision, True)}", small=True)
                   for decision in item.carried]
    called = [a for a in detail.attendees if a.status != AttendeeStatus.CO_OPTED]
    if called:
        blocks += [Heading("Kallade", 1), content.Table(
            [["Namn", "Roll", "Organisation"]] + [[a.name, a.role, a.organisation]
                                                  for a in called], [60, 50, 64])]
    return blocks + [content.Space(6), text("Anmäl förhinder till sekreteraren i god tid."),
                     content.Space(8), content.Signatures([("Ordförande", detail.chair),
                                                           ("Sekreterare", detail.secretary)])]


def minutes_content(detail: MeetingDetail) -> list:
    """Protokoll: attendance, each item with its minutes and decisions, the signature lines."""
    blocks: list = [Heading(f"Protokoll – {detail.title}"), content.facts([
        ("Tid", when_text(detail)), ("Plats", detail.place), ("Ordförande", detail.chair),
        ("Sekreterare", detail.secretary), ("Justerare", detail.approver)]), content.Space(4)]
    for status, title in ((AttendeeStatus.PRESENT, "Närvarande"),
                          (AttendeeStatus.CO_OPTED, "Adjungerade"),
                          (AttendeeStatus.APOLOGIES, "Anmält förhinder")):
        people = [a for a in detail.attendees if a.status == status]
        if people:
            blocks += [Heading(title, 1), text("; ".join(
                ", ".join(filter(None, (a.name, a.role, a.organisation)))
                + (f" ({a.note})" if a.note else "") for a in people))]
    blocks.append(Heading("Ärenden", 1))
    for item in detail.agenda:
        block: list = [Heading(f"§ {item.position} {item.title}", 1, bookmark=False)]
        if item.minutes.strip():
            block.append(content.Markdown(item.minutes))
        block += [text(f"Uppföljning av beslut: {_decision_text(decision, True)}")
                  for decision in item.carried]
        block += [text(Run("Beslut:", bold=True), f" {_decision_text(decision)}")
                  for decision in item.decisions]
        blocks.append(content.Keep(block))
    return blocks + [content.Space(12), content.Signatures([
        ("Vid protokollet", detail.secretary), ("Ordförande", detail.chair),
        ("Justeras", detail.approver)])]


def notice_story(detail: MeetingDetail) -> list:
    """The kallelse as a PDF story (also the meeting pack's first part)."""
    return pdf.flowables(notice_content(detail))


def minutes_story(detail: MeetingDetail) -> list:
    """The protokoll as a PDF story (also the previous protocol in the meeting pack)."""
    return pdf.flowables(minutes_content(detail))


def personal_data_hits(detail: MeetingDetail, minutes: bool):
    """In what the kallelse shows, and with ``minutes`` also in what the protokoll adds."""
    texts = [("Mötets titel", detail.title), ("Plats", detail.place)]
    for item in detail.agenda:
        where = f"Punkt {item.position}"
        texts.append((where, item.title))
        texts += [(f"{where}, beslut", d.text) for d in item.carried]
        if minutes:
            texts.append((where, item.minutes))
            texts += [(f"{where}, beslut", d.text) for d in item.decisions]
    return find_hits(texts)


def _export(db: Database, meeting_id: int, kind: str, make, pdf_path: Path | None,
            docx: Path | None, printed: date | None, allow_personal_data: bool) -> None:
    detail = get_meeting(db, meeting_id)
    if not allow_personal_data:
        refuse(personal_data_hits(detail, kind == "protokollet"), kind.capitalize())
    furniture = _furniture(db, detail, "Kallelse" if kind == "kallelsen" else "Protokoll",
                           printed or date.today())
    blocks = make(detail)
    if pdf_path is not None:
        pdf.build(Path(pdf_path), furniture, pdf.flowables(blocks))
    if docx is not None:
        word.build(Path(docx), furniture, blocks)


def export_notice(db: Database, meeting_id: int, path: Path | None = None,
                  printed: date | None = None, *, docx: Path | None = None,
                  allow_personal_data: bool = False) -> None:
    """The kallelse as PDF (``path``) and/or Word (``docx``); stops at text like personal
    data unless the user has confirmed it."""
    _export(db, meeting_id, "kallelsen", notice_content, path, docx, printed,
            allow_personal_data)


def export_minutes(db: Database, meeting_id: int, path: Path | None = None,
                   printed: date | None = None, *, docx: Path | None = None,
                   allow_personal_data: bool = False) -> None:
    _export(db, meeting_id, "protokollet", minutes_content, path, docx, printed,
            allow_personal_data)
