"""A meeting's kallelse med dagordning and its protokoll, on the one PDF style sheet: time and
place, who is called or was there, the items (with the earlier meetings' open decisions under
the follow-up item), minutes and "Beslut:" per item, and the lines to sign."""
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from brastod.core.dates import WEEKDAYS, long_date
from brastod.core.db import Database
from brastod.core.enums import AttendeeStatus, Body
from brastod.core.exports import pdf
from brastod.core.labels import label
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


def _furniture(db: Database, detail: MeetingDetail, kind: str, printed: date) -> pdf.Furniture:
    municipality = registers.get_municipality(db)
    return pdf.Furniture(municipality.name, f"{kind} – {detail.title}", printed,
                         municipality.logo, cover=False)


def _facts(rows: list[tuple[str, str | None]]) -> list:
    s = pdf.styles()
    return [pdf.table([[Paragraph(f"<b>{pdf.escape(name)}</b>", s.cell),
                        Paragraph(pdf.escape(value or "–"), s.cell)] for name, value in rows],
                      [32 * mm, pdf.TEXT_WIDTH - 32 * mm], header_rows=0), Spacer(1, 4 * mm)]


def _decision_text(decision: DecisionRow, with_meeting: bool = False) -> str:
    parts = [pdf.escape(decision.text)]
    if decision.partner:
        parts.append(f"Ansvarig: {pdf.escape(decision.partner)}")
    if decision.due_on:
        parts.append(f"Klart senast {decision.due_on}")
    if with_meeting:
        parts.append(f"beslutat {decision.meeting_date}")
    return " · ".join(parts)


def notice_story(detail: MeetingDetail, furniture: pdf.Furniture) -> list:
    """Kallelse med dagordning."""
    s = pdf.styles()
    body = label(Body, detail.body) if detail.body else detail.title
    story: list = [pdf.Heading(f"Kallelse – {detail.title}"),
                   pdf.text(f"{body} kallas till sammanträde.")]
    story += _facts([("Tid", when_text(detail)), ("Plats", detail.place)])
    story.append(pdf.Heading("Dagordning", 1))
    for item in detail.agenda:
        story.append(Paragraph(f"<b>{item.position}.</b> {pdf.escape(item.title)}"
                               + (f" <font color='#5f6b76'>({pdf.escape(item.presenter)})</font>"
                                  if item.presenter else ""), s.body))
        for decision in item.carried:
            story.append(Paragraph(f"• Öppet beslut: {_decision_text(decision, True)}",
                                   pdf.styles().small))
    called = [a for a in detail.attendees if a.status != AttendeeStatus.CO_OPTED]
    if called:
        story.append(pdf.Heading("Kallade", 1))
        story.append(pdf.table([["Namn", "Roll", "Organisation"]]
                               + [[a.name, a.role, a.organisation] for a in called],
                               [60 * mm, 50 * mm, pdf.TEXT_WIDTH - 110 * mm]))
    story += [Spacer(1, 6 * mm), pdf.text("Anmäl förhinder till sekreteraren i god tid."),
              Spacer(1, 8 * mm), _signatures([("Ordförande", detail.chair),
                                              ("Sekreterare", detail.secretary)])]
    return story


def minutes_story(detail: MeetingDetail) -> list:
    """Protokoll: attendance, each item with its minutes and decisions, the signature lines."""
    s = pdf.styles()
    story: list = [pdf.Heading(f"Protokoll – {detail.title}")]
    story += _facts([("Tid", when_text(detail)), ("Plats", detail.place),
                     ("Ordförande", detail.chair), ("Sekreterare", detail.secretary),
                     ("Justerare", detail.approver)])
    for status, title in ((AttendeeStatus.PRESENT, "Närvarande"),
                          (AttendeeStatus.CO_OPTED, "Adjungerade"),
                          (AttendeeStatus.APOLOGIES, "Anmält förhinder")):
        people = [a for a in detail.attendees if a.status == status]
        if people:
            story.append(pdf.Heading(title, 1))
            story.append(pdf.text("; ".join(
                ", ".join(filter(None, (a.name, a.role, a.organisation)))
                + (f" ({a.note})" if a.note else "") for a in people), s.body))
    story.append(pdf.Heading("Ärenden", 1))
    for item in detail.agenda:
        block = [Paragraph(f"<b>§ {item.position} {pdf.escape(item.title)}</b>", s.h2)]
        if item.minutes.strip():
            block += pdf.rich_text(item.minutes)
        for decision in item.carried:
            block.append(Paragraph(f"Uppföljning av beslut: {_decision_text(decision, True)}",
                                   s.body))
        for decision in item.decisions:
            block.append(Paragraph(f"<b>Beslut:</b> {_decision_text(decision)}", s.body))
        story.append(KeepTogether(block))
    story += [Spacer(1, 12 * mm), _signatures([("Vid protokollet", detail.secretary),
                                               ("Ordförande", detail.chair),
                                               ("Justeras", detail.approver)])]
    return story


def _signatures(people: list[tuple[str, str | None]]):
    """Lines to sign above each role and name."""
    s = pdf.styles()
    width = pdf.TEXT_WIDTH / len(people)
    cells = [[Paragraph(f"{pdf.escape(role)}<br/><br/><br/>________________________<br/>"
                        f"{pdf.escape(name or '')}", s.cell) for role, name in people]]
    return KeepTogether([pdf.table(cells, [width] * len(people), header_rows=0)])


def export_notice(db: Database, meeting_id: int, path: Path, printed: date | None = None) -> None:
    detail = get_meeting(db, meeting_id)
    furniture = _furniture(db, detail, "Kallelse", printed or date.today())
    pdf.build(Path(path), furniture, notice_story(detail, furniture))


def export_minutes(db: Database, meeting_id: int, path: Path,
                   printed: date | None = None) -> None:
    detail = get_meeting(db, meeting_id)
    furniture = _furniture(db, detail, "Protokoll", printed or date.today())
    pdf.build(Path(path), furniture, minutes_story(detail))
