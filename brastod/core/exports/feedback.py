"""Återkoppling, EST's fifth step: an adopted lägesbild summed up for partners and the public on
one page — its summary, the assessment per area with the incidents there, and what the decided
plans do in those areas. No incident's text, and no count under 3 (it could point at a person):
those read "färre än 3". As a PDF, and as an e-mail draft (.eml) with the PDF attached and the
partners' contacts in Bcc."""
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from brastod.core.db import Database
from brastod.core.enums import ActionStatus, PlanStatus
from brastod.core.errors import BrastodError
from brastod.core.exports import content, mail, pdf, situation_report
from brastod.core.exports.content import Furniture, Heading, Table, text
from brastod.core.labels import label
from brastod.core.periods import Period, describe
from brastod.core.personal_data import find_hits, refuse
from brastod.core.services.action_plans import list_plans
from brastod.core.services.feedback_log import log_feedback
from brastod.core.services.plan_chain import get_outline

SMALL = 3       # a count below this could point at a person
HIDDEN = "färre än 3"
WHOLE = "Hela kommunen"


def shown(count: int) -> str:
    return HIDDEN if count < SMALL else str(count)


@dataclass(frozen=True)
class Doing:
    area: str
    action: str
    partner: str | None
    status: str


@dataclass
class Feedback:
    situation: object           # situation_report._Report
    doing: list[Doing]
    furniture: Furniture

    @property
    def summary(self) -> str:
        return next((s.body for s in self.situation.detail.sections
                     if s.title == "Sammanfattning"), "")


def load(db: Database, report_id: int, printed: date,
         allow_personal_data: bool = False) -> Feedback:
    """Only an adopted lägesbild is fed back: its figures are the ones presented."""
    situation = situation_report.load(db, report_id, True)   # checked below, on what is shown
    detail = situation.detail
    if not detail.adopted:
        raise BrastodError(f"Lägesbild {report_id} är ett utkast. Återkoppling görs från en "
                           "fastställd lägesbild: fastställ den först.")
    feedback = Feedback(situation, _doing(db, detail),
                        Furniture(situation.municipality.name, f"Återkoppling – {detail.title}",
                                  printed, situation.municipality.logo, cover=False))
    if not allow_personal_data:
        refuse(personal_data_hits(feedback), "Återkopplingen")
    return feedback


def _doing(db: Database, detail) -> list[Doing]:
    """The open and finished actions of the decided plans in force from the lägesbild's period
    on, by the area of the problem they address; in a lägesbild of some areas only theirs and
    those for the whole municipality."""
    areas = None if detail.area_ids is None else (
        set(detail.area_ids) | {a.area_id for a in detail.assessments})
    found = []
    for plan in list_plans(db):
        if plan.status != PlanStatus.DECIDED or (
                plan.period_end is not None and plan.period_end < detail.period.start):
            continue
        outline = get_outline(db, plan.id)
        area_of = {c.id: (p.area_id, p.area) for p in outline.problems for c in p.causes}
        for action in outline.all_actions():
            area_id, area = area_of.get(action.values.cause_id, (None, None))
            if action.values.status == ActionStatus.CANCELLED or (
                    areas is not None and area_id is not None and area_id not in areas):
                continue
            found.append(Doing(area or WHOLE, action.values.title, action.partner,
                               label(ActionStatus, action.values.status)))
    return sorted(found, key=lambda d: (d.area == WHOLE, d.area))


def personal_data_hits(feedback: Feedback):
    detail = feedback.situation.detail
    texts = [("Titel", detail.title), ("Avsnitt ”Sammanfattning”", feedback.summary)]
    texts += [(f"Bedömning {a.area}", a.motivation) for a in detail.assessments]
    texts += [(f"Åtgärd ”{d.action}”", d.action) for d in feedback.doing]
    return find_hits(texts)


def blocks(feedback: Feedback) -> list:
    situation = feedback.situation
    detail, matrix = situation.detail, situation.figures.matrix
    period = Period(situation.figures.start, situation.figures.end, detail.period.kind)
    now, before, _ = matrix.total()
    counts = {a.area_id: shown(matrix.row_total(a.area_id)[0]) for a in detail.assessments}
    # With an area's count hidden, the total less the areas shown would give it away.
    total = ("" if HIDDEN in counts.values() else
             f" Under perioden kom {shown(now)} rapporterade händelser ({shown(before)} "
             "perioden före).")
    result: list = [
        Heading(feedback.furniture.title),
        text(f"{describe(period)} · {detail.scope_text} · fastställd "
             f"{detail.adopted_on:%Y-%m-%d} av {detail.adopted_by}", small=True),
        text(f"Tack till alla som rapporterat!{total} Här är lägesbildens bedömning av varje "
             "område och vad som görs.")]
    if feedback.summary.strip():
        result += [Heading("Sammanfattning", 1), content.Markdown(feedback.summary)]
    result += situation_report.assessment_blocks(detail.assessments, situation.levels, counts)
    result.append(Heading("Det här görs", 1))
    if feedback.doing:
        result.append(Table([["Område", "Åtgärd", "Ansvarig", "Status"]] + [
            [d.area, d.action, d.partner or "", d.status] for d in feedback.doing],
            [34, 80, 40, 20]))
    else:
        result.append(text("Inga åtgärder i beslutade planer ännu."))
    return result + [text("Antal under 3 visas som ”färre än 3”, så att ingen enskild kan "
                          "pekas ut; då visas inte heller det totala antalet. Enskilda "
                          "händelser redovisas inte.", small=True)]


def _message(feedback: Feedback, chosen: list[mail.Recipients], attachment: tuple[str, bytes]):
    detail = feedback.situation.detail
    body = (f"Hej!\n\nHär kommer en återkoppling från trygghetsarbetet i "
            f"{feedback.furniture.municipality}: en sammanfattning av {detail.title} med "
            "bedömningen av varje område och vad som görs. Den finns i den bifogade filen.\n\n"
            "Tack för era rapporter – de är underlaget för lägesbilden.\n\nVänliga hälsningar\n")
    return mail.draft(f"Återkoppling: {detail.title}", body,
                      bcc=[a for r in chosen for a in r.addresses], attachments=[attachment])


def export_feedback(db: Database, report_id: int, *, pdf_path: Path | None = None,
                    eml: Path | None = None, partners: list[str] | None = None,
                    printed: date | None = None,
                    allow_personal_data: bool = False) -> list[mail.Recipients]:
    """Write the PDF and/or the e-mail draft (its PDF attached) and log it with the
    lägesbild; returns who the draft is to."""
    feedback = load(db, report_id, printed or date.today(), allow_personal_data)
    chosen = mail.recipients(db, partners) if eml is not None else []
    with tempfile.TemporaryDirectory() as folder:
        written = Path(pdf_path) if pdf_path is not None else Path(folder) / "bilaga.pdf"
        pdf.build(written, feedback.furniture, pdf.flowables(blocks(feedback)))
        if eml is not None:
            attachment = (mail.safe_name(feedback.furniture.title) + ".pdf",
                          written.read_bytes())
            mail.write_draft(Path(eml), _message(feedback, chosen, attachment))
    log_feedback(db, report_id, [r.partner for r in chosen],
                 sum(len(r.addresses) for r in chosen), as_email=eml is not None)
    return chosen
