"""A plan as PDF, in the column order of Brå's template (Orsak · Åtgärd · Mål · När · Vem ·
Uppföljning, with the follow-up's colour), and as an Excel workbook with one row per action and
a sheet of follow-ups. A medborgarlöfte shows its own parts first."""
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from brastod.core.db import Database
from brastod.core.enums import (
    ActionStatus, EffortType, MeasureType, PlanKind, PlanStatus, Rag, Term,
)
from brastod.core.exports import pdf
from brastod.core.exports.cells import table_sheet
from brastod.core.exports.files import write_atomically
from brastod.core.labels import PLAN_STATUS_COLORS, RAG_COLORS, label
from brastod.core.personal_data import PersonalDataHit, find_hits, refuse
from brastod.core.plan_rules import decided_text, is_overdue, period_text
from brastod.core.services import registers
from brastod.core.services.action_plans import PlanDetail, get_plan
from brastod.core.services.key_figures import measurements
from brastod.core.services.plan_chain import ActionNode, CauseNode, GoalNode, Outline, get_outline

OVERDUE = "#c62828"
# The medborgarlöfte's parts, in the order of its public text.
PROMISE_PARTS = [("situation_today", "Situationen i dag"),
                 ("municipality_commitment", "Det här gör kommunen"),
                 ("police_commitment", "Det här gör polisen"),
                 ("expected_result", "Det här ska vi åstadkomma tillsammans"),
                 ("follow_up_method", "Så följer vi upp")]
# Orsak · Åtgärd · Mål · När · Vem · Uppföljning, filling the text width (174 mm).
COLUMN_WIDTHS = [25 * mm, 36 * mm, 30 * mm, 24 * mm, 30 * mm, 29 * mm]


@dataclass
class _Plan:
    detail: PlanDetail
    outline: Outline
    latest: dict[int, tuple[int, float]]     # indicator → (year, value) of its newest measurement
    municipality: registers.MunicipalityInfo
    today: date


def load(db: Database, plan_id: int, today: date, allow_personal_data: bool) -> _Plan:
    """The plan and its chain as of ``today``; stops at text like personal data."""
    detail = get_plan(db, plan_id)
    outline = get_outline(db, plan_id)
    if not allow_personal_data:
        refuse(personal_data_hits(detail, outline), "Planen")
    indicators = {g.values.indicator_id for g in outline.all_goals() if g.values.indicator_id}
    latest = {i: series[-1] for i in indicators if (series := measurements(db, i))}
    return _Plan(detail, outline, latest, registers.get_municipality(db), today)


def personal_data_hits(detail: PlanDetail, outline: Outline) -> list[PersonalDataHit]:
    values = detail.fields
    texts = [("Titel", values.title)]
    texts += [(title, getattr(values, name)) for name, title in PROMISE_PARTS]
    for problem in outline.problems:
        texts.append((f"Problem ”{problem.title}”", f"{problem.title}\n{problem.description}"))
        texts += [(f"Orsak {c.number}", c.description) for c in problem.causes]
    texts += [(f"Mål ”{g.values.description[:40]}”", g.values.description)
              for g in outline.all_goals()]
    for action in outline.all_actions():
        where = f"Åtgärd ”{action.values.title}”"
        texts.append((where, f"{action.values.title}\n{action.values.description}"))
        texts += [(f"{where}, uppföljning {f.values.followed_up_on}", f.values.note)
                  for f in action.follow_ups]
    return find_hits(texts)


def export_action_plan(db: Database, plan_id: int, *, pdf: Path | None = None,
                       xlsx: Path | None = None, today: date | None = None,
                       allow_personal_data: bool = False) -> None:
    """Write the files asked for; ``today`` decides what is overdue and the printed date."""
    plan = load(db, plan_id, today or date.today(), allow_personal_data)
    if pdf is not None:
        write_pdf(plan, Path(pdf))
    if xlsx is not None:
        write_xlsx(plan, Path(xlsx))


# ---------------------------------------------------------------- PDF

def write_pdf(plan: _Plan, path: Path) -> None:
    detail, outline = plan.detail, plan.outline
    values = detail.fields
    furniture = pdf.Furniture(plan.municipality.name, values.title, plan.today,
                              plan.municipality.logo)
    lines = [label(PlanKind, values.kind), period_text(values), decided_text(values)]
    if detail.situation_report:
        lines.append(f"Bygger på: {detail.situation_report}")
    story = pdf.cover(furniture, values.title, lines, status=label(PlanStatus, values.status),
                      status_color=PLAN_STATUS_COLORS[values.status])
    story += status_story(plan)
    if values.kind == PlanKind.CITIZEN_PROMISE:
        for name, title in PROMISE_PARTS:
            story += [pdf.Heading(title), pdf.text(getattr(values, name) or "–")]
    story.append(pdf.Heading("Åtgärder" if values.kind == PlanKind.CITIZEN_PROMISE
                             else "Problem, orsaker och åtgärder"))
    for problem in outline.problems:
        story.append(pdf.Heading(problem.title, 1))
        where = " · ".join(filter(None, (problem.area, problem.category)))
        if problem.description or where:
            line = pdf.text(" – ".join(filter(None, (where, problem.description))))
            line.keepWithNext = True    # not left alone at the foot of a page
            story.append(line)
        story.append(_chain_table(plan, [(c, _cause_actions(c)) for c in problem.causes]))
    loose = [a for g in outline.goals for a in g.actions] + outline.actions
    if loose or not outline.problems:
        if outline.problems:
            story.append(pdf.Heading("Åtgärder utan koppling till orsak", 1))
        story.append(_chain_table(plan, [(None, loose)]))
    story += _goals_story(plan) + _follow_ups_story(plan)
    pdf.build(path, furniture, story)


def _cause_actions(cause: CauseNode) -> list[ActionNode]:
    return [a for g in cause.goals for a in g.actions] + cause.actions


def status_story(plan: _Plan, heading: str = "Status") -> list:
    """The counts per colour and the overdue actions (also the meeting pack's part)."""
    actions = plan.outline.all_actions()
    counts = {rag: sum(a.values.rag == rag for a in actions) for rag in Rag}
    overdue = [a for a in actions if is_overdue(a.values.status, a.values.due_on, plan.today)]
    story: list = [pdf.Heading(heading), pdf.text(
        f"{len(actions)} {'åtgärd' if len(actions) == 1 else 'åtgärder'}. "
        f"Uppföljning: {counts[Rag.GREEN]} gröna, "
        f"{counts[Rag.YELLOW]} gula, {counts[Rag.RED]} röda, "
        f"{sum(a.values.rag is None for a in actions)} inte uppföljda. "
        f"Försenade {plan.today:%Y-%m-%d}: {len(overdue)}.")]
    if overdue:
        story.append(pdf.Heading("Försenade åtgärder", 1))
        rows = [["Åtgärd", "Vem", "Klart senast", "Dagar sena", "Status"]]
        red = pdf.styles().cell
        rows += [[a.values.title, a.partner,
                  Paragraph(f"<font color='{OVERDUE}'>{a.values.due_on}</font>", red),
                  str((plan.today - a.values.due_on).days),
                  label(ActionStatus, a.values.status)] for a in overdue]
        story.append(pdf.table(rows, [70 * mm, 42 * mm, 22 * mm, 18 * mm, 22 * mm],
                               numeric=[3]))
    return story


def actions_table(plan: _Plan):
    """Every action with who, when, status and its colour: the plan's status at a glance."""
    rows: list = [["Åtgärd", "Vem", "Klart senast", "Status", "Uppföljning"]]
    extra: list = []
    for action in plan.outline.all_actions():
        values = action.values
        late = is_overdue(values.status, values.due_on, plan.today)
        due = (f"<font color='{OVERDUE}'>{values.due_on}</font>" if late
               else str(values.due_on or ""))
        rag = label(Rag, values.rag) if values.rag else "Inte uppföljd"
        rows.append([values.title, action.partner, Paragraph(due, pdf.styles().cell),
                     label(ActionStatus, values.status),
                     _on_colour(rag, RAG_COLORS[values.rag]) if values.rag else rag])
        if values.rag:
            extra.append(("BACKGROUND", (4, len(rows) - 1), (4, len(rows) - 1),
                          colors.HexColor(RAG_COLORS[values.rag])))
    return pdf.table(rows, [62 * mm, 40 * mm, 24 * mm, 20 * mm, 28 * mm], extra=extra)


def _small(text: str, color: str = "#5f6b76") -> str:
    return f"<font size='7' color='{color}'>{pdf.escape(text)}</font>"


def _chain_table(plan: _Plan, groups: list[tuple[CauseNode | None, list[ActionNode]]]):
    """Brå's columns. A cause spans the rows of its actions and a goal the rows of its
    actions; a cause without any action shows that gap rather than hiding it."""
    cell = pdf.styles().cell
    outline = plan.outline
    rows: list = [["Orsak", "Åtgärd", "Mål", "När", "Vem", "Uppföljning"]]
    extra: list = []

    def span(column: int, first: int) -> None:
        last = len(rows) - 1
        if last > first:
            extra.extend([("SPAN", (column, first), (column, last)),
                          ("BACKGROUND", (column, first), (column, last), colors.white)])
    for cause, actions in groups:
        first = len(rows)
        cause_text = f"{cause.number}. {cause.description}" if cause else "–"
        if not actions:
            rows.append([cause_text, Paragraph(_small("Ingen åtgärd ännu"), cell),
                         *[""] * 4])
        goal_first, goal_id = first, object()
        for action in actions:
            if action.values.goal_id != goal_id:
                span(2, goal_first)
                goal_first, goal_id = len(rows), action.values.goal_id
                goal = Paragraph(_goal_text(outline.goal_of(action)), cell)
            else:
                goal = ""
            rows.append([cause_text if len(rows) == first else "",
                         *_action_cells(plan, action, goal)])
            if action.values.rag:
                extra.append(("BACKGROUND", (5, len(rows) - 1), (5, len(rows) - 1),
                              colors.HexColor(RAG_COLORS[action.values.rag])))
        span(2, goal_first)
        span(0, first)
    return pdf.table(rows, COLUMN_WIDTHS, extra=extra)


def _action_cells(plan: _Plan, action: ActionNode, goal) -> list:
    cell, values = pdf.styles().cell, action.values
    kinds = " · ".join(filter(None, (label(MeasureType, values.measure_type),
                                     label(EffortType, values.effort_type),
                                     label(Term, values.term))))
    what = f"<b>{pdf.escape(values.title)}</b>"
    if values.description:
        what += f"<br/>{pdf.escape(values.description)}"
    what += "<br/>" + _small(" · ".join(filter(None, (label(ActionStatus, values.status), kinds))))
    when = []
    if values.start_on:
        when.append(f"Start {values.start_on}")
    if values.due_on and is_overdue(values.status, values.due_on, plan.today):
        when.append(f"<font color='{OVERDUE}'>Klart {values.due_on}<br/><b>försenad "
                    f"{(plan.today - values.due_on).days}\u00a0d</b></font>")
    elif values.due_on:
        when.append(f"Klart {values.due_on}")
    who = pdf.escape(action.partner or "")
    if action.contact:
        who += "<br/>" + _small(action.contact)
    follow = f"<b>{label(Rag, values.rag)}</b>" if values.rag else ""
    if action.follow_ups:
        newest = action.follow_ups[0].values
        follow += f"<br/>{newest.followed_up_on}: {pdf.escape(newest.note)}"
    elif values.rag is None:
        follow = _small("Inte uppföljd")
    colour = pdf.on_color(RAG_COLORS[values.rag]) if values.rag else "#1f2933"
    return [Paragraph(what, cell), goal, Paragraph("<br/>".join(when), cell),
            Paragraph(who, cell), Paragraph(f"<font color='{colour}'>{follow}</font>", cell)]


def _on_colour(text: str, colour: str) -> Paragraph:
    """A table cell's text, readable on its ``colour`` background."""
    return Paragraph(f"<font color='{pdf.on_color(colour)}'>{pdf.escape(text)}</font>",
                     pdf.styles().cell)


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


def _goal_text(goal: GoalNode | None) -> str:
    if goal is None:
        return _small("Inget mål kopplat")
    values = goal.values
    return (f"{pdf.escape(values.description)}<br/>" + _small(
        f"Från {_number(values.baseline)} till {_number(values.target)} senast "
        f"{values.deadline}"))


def _goals_story(plan: _Plan) -> list:
    goals = plan.outline.all_goals()
    if not goals:
        return []
    rows = [["Mål", "Indikator", "Utgångsläge", "Senaste mätning", "Målvärde", "Senast"]]
    for goal in goals:
        values = goal.values
        latest = plan.latest.get(values.indicator_id)
        rows.append([values.description,
                     f"{goal.indicator} ({goal.unit})" if goal.indicator else "–",
                     _number(values.baseline),
                     f"{_number(latest[1])} ({latest[0]})" if latest else "–",
                     _number(values.target), str(values.deadline or "")])
    return [pdf.Heading("Mål och indikatorer"),
            pdf.table(rows, [46 * mm, 30 * mm, 27 * mm, 27 * mm, 20 * mm, 24 * mm],
                      numeric=[2, 3, 4])]


def _follow_ups_story(plan: _Plan) -> list:
    entries = sorted(((f, a) for a in plan.outline.all_actions() for f in a.follow_ups),
                     key=lambda item: item[0].values.followed_up_on, reverse=True)
    if not entries:
        return []
    rows = [["Datum", "Åtgärd", "Status", "Anteckning"]]
    extra = []
    for follow_up, action in entries:
        colour = RAG_COLORS[follow_up.values.rag]
        rows.append([str(follow_up.values.followed_up_on), action.values.title,
                     _on_colour(label(Rag, follow_up.values.rag), colour), follow_up.values.note])
        extra.append(("BACKGROUND", (2, len(rows) - 1), (2, len(rows) - 1),
                      colors.HexColor(colour)))
    return [pdf.Heading("Uppföljningar"),
            pdf.table(rows, [22 * mm, 62 * mm, 16 * mm, 74 * mm], extra=extra)]


# ---------------------------------------------------------------- Excel

def write_xlsx(plan: _Plan, path: Path) -> None:
    detail, outline, today = plan.detail, plan.outline, plan.today
    problem_of = {c.id: p.title for p in outline.problems for c in p.causes}

    def write(target: Path) -> None:
        book = Workbook(write_only=True)
        rows = []
        for action in outline.all_actions():
            values, cause, goal = action.values, outline.cause_of(action), outline.goal_of(action)
            rows.append([
                problem_of.get(cause.id) if cause else None, cause.number if cause else None,
                cause.description if cause else None, values.title, values.description,
                goal.values.description if goal else None, action.partner, action.contact,
                values.start_on, values.due_on, label(ActionStatus, values.status),
                "Ja" if is_overdue(values.status, values.due_on, today) else "Nej",
                label(Rag, values.rag),
                action.follow_ups[0].values.followed_up_on if action.follow_ups else None,
                label(MeasureType, values.measure_type), label(EffortType, values.effort_type),
                label(Term, values.term)])
        table_sheet(book, "Åtgärder", [
            ("Problem", 34, None), ("Orsak nr", 9, None), ("Orsak", 34, None),
            ("Åtgärd", 40, None), ("Beskrivning", 40, None), ("Mål", 40, None),
            ("Ansvarig", 26, None), ("Kontakt", 22, None), ("Start", 11, None),
            ("Klart senast", 12, None), ("Status", 11, None),
            (f"Försenad {today:%Y-%m-%d}", 18, None), ("Uppföljning", 12, None),
            ("Senast uppföljd", 15, None), ("Situationell/social", 18, None),
            ("Engångsinsats/ordinarie", 22, None), ("Sikt", 10, None)], rows)
        table_sheet(book, "Uppföljningar", [
            ("Åtgärd", 40, None), ("Ansvarig", 26, None), ("Datum", 11, None),
            ("Status", 8, None), ("Anteckning", 70, None)],
            [[action.values.title, action.partner, f.values.followed_up_on,
              label(Rag, f.values.rag), f.values.note]
             for action in outline.all_actions() for f in action.follow_ups])
        table_sheet(book, "Mål", [
            ("Mål", 50, None), ("Orsak nr", 9, None), ("Indikator", 26, None),
            ("Enhet", 9, None), ("Utgångsläge", 12, None), ("Målvärde", 10, None),
            ("Senast", 11, None), ("Senaste mätning", 16, None), ("Mätår", 8, None)],
            [[g.values.description, next((c.number for c in outline.causes()
                                          if c.id == g.values.cause_id), None),
              g.indicator, g.unit, g.values.baseline, g.values.target, g.values.deadline,
              *(plan.latest.get(g.values.indicator_id, (None, None))[::-1])]
             for g in outline.all_goals()])
        values = detail.fields
        about = [["Titel", values.title], ["Typ", label(PlanKind, values.kind)],
                 ["Från", values.period_start], ["Till", values.period_end],
                 ["Status", label(PlanStatus, values.status)],
                 ["Beslutad av", values.decided_by], ["Beslutsdatum", values.decided_on],
                 ["Diarienummer", values.registry_number],
                 ["Bygger på lägesbild", detail.situation_report],
                 ["Kommun", plan.municipality.name]]
        if values.kind == PlanKind.CITIZEN_PROMISE:
            about += [[title, getattr(values, name)] for name, title in PROMISE_PARTS]
        table_sheet(book, "Om planen", [("Uppgift", 36, None), ("Värde", 90, None)], about)
        book.properties.title = values.title
        book.properties.creator = "Brastöd"
        book.save(target)
    write_atomically(path, write)
