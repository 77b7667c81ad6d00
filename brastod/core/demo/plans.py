"""Example lägesbilder (two adopted, one draft), key figures, and the action plan chain."""
import random
from datetime import date, timedelta

from sqlmodel import Session, select

from brastod.core.dates import MONTHS, local_datetime
from brastod.core.models import (
    Action, ActionPlan, Area, AreaAssessment, AssessmentLevel, Cause, Contact, FollowUp, Goal,
    Indicator, Measurement, Meeting, MeetingSeries, Partner, PopulationFigure, PriorityProblem,
    ReportSection, SituationReport,
)
from brastod.core.periods import Period, describe
from brastod.core.services.figures import compute_figures
from brastod.core.services.situation_reports import STANDARD_SECTIONS

SECTION_TEXT = {
    "Sammanfattning": "Läget i kommunen är i huvudsak **lugnt**. Flest rapporterade händelser "
                      "finns i **Centrum** och **Kolarbyn**, främst nedskräpning, klotter och "
                      "samlingar av ungdomar fredag och lördag kväll.",
    "Underlag och källor": "- Partnerrapporter (Fagerstabostäder, skolan, fältarna, "
                           "bevakningsbolaget m.fl.)\n- Polisens publicerade händelser\n"
                           "- Anmälda brott enligt Brå\n- Kommunens trygghetsenkät\n\n"
                           "Partnerrapporterna är *inte heltäckande*: de speglar var partnerna "
                           "finns och rapporterar.",
    "Analys och troliga orsaker": "Samlingarna i centrum sammanfaller med att fritidsgården "
                                  "har stängt fredagskvällar. Bristande belysning i Kolarbyn "
                                  "bidrar till upplevd otrygghet.",
}
# (area, level, trend, motivation)
ASSESSMENTS = [
    ("Centrum", 2, "up", "Återkommande samlingar och nedskräpning vid Stationen och Torget."),
    ("Västanfors", 1, "flat", "Enstaka klotter; buskörning vid idrottsplatsen under våren."),
    ("Hedkärra", 0, "flat", "Lugnt."),
    ("Kolarbyn", 2, "flat", "Otrygghet kopplad till belysning och skadegörelse på parkeringen."),
    ("Högbyn", 0, "down", "Färre händelser än föregående period."),
    ("Eskilsbo", 1, "up", "Skadegörelse vid badplatsen under sommaren."),
    ("Ängelsberg", 0, "flat", "Lugnt."),
    ("Landsbygd", 0, "flat", "Lugnt."),
]


def add_plans_and_reports(session: Session, rng: random.Random, today: date) -> None:
    levels = {lv.level: lv.id for lv in session.exec(select(AssessmentLevel)).all()}
    areas = {a.name: a.id for a in session.exec(select(Area)).all()}
    council_meetings = session.exec(
        select(Meeting).join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        .where(MeetingSeries.body == "council", Meeting.meeting_date <= today)
        .order_by(Meeting.meeting_date)).all()

    _key_figures(session, today)       # before the reports, whose adoption keeps them
    last_year = today.year - 1
    february = next(m for m in council_meetings if m.meeting_date.year == today.year)
    strategic = _report(session, levels, areas, f"Strategisk lägesbild {last_year}",
                        "strategic", "year", date(last_year, 1, 1), date(last_year, 12, 31),
                        adopted=february)
    latest = council_meetings[-1]
    op_end = latest.meeting_date - timedelta(days=latest.meeting_date.day)
    op_start = (op_end.replace(day=1) - timedelta(days=1)).replace(day=1)
    _report(session, levels, areas,
            f"Lägesbild {MONTHS[op_start.month - 1]}–{MONTHS[op_end.month - 1]} {op_end.year}",
            "operational", "custom", op_start, op_end, adopted=latest)
    draft_start = op_end + timedelta(days=1)
    months = MONTHS[draft_start.month - 1] if draft_start.month == today.month else \
        f"{MONTHS[draft_start.month - 1]}–{MONTHS[today.month - 1]}"
    _report(session, levels, areas, f"Lägesbild {months} {today.year} (inför nästa möte)",
            "operational", "custom", draft_start, today, adopted=None)

    _plans(session, strategic, areas, today)


def _report(session, levels, areas, title, kind, period_type, start, end, adopted):
    now = local_datetime(adopted.meeting_date if adopted else end)
    period = Period(start, end, period_type)
    report = SituationReport(title=title, kind=kind, period_type=period_type, period_start=start,
                             period_end=end, created_at=now, updated_at=now)
    if adopted is not None:
        report.status, report.adopted_on = "adopted", adopted.meeting_date
        report.adopted_by, report.adopted_meeting_id = adopted.title, adopted.id
        report.frozen_figures_json = compute_figures(session, period).to_json()
    session.add(report)
    session.flush()
    if adopted is not None:
        adopted.situation_report_id = report.id
        session.add(adopted)
    for position, name in enumerate(STANDARD_SECTIONS, start=1):
        body = SECTION_TEXT.get(name, "") if adopted is not None or position == 1 else ""
        if name == "Period och område":
            body = f"{describe(period)}, hela kommunen."
        session.add(ReportSection(report_id=report.id, position=position, title=name,
                                  body=body))
    # A draft is half done: the first areas assessed, the rest still to do.
    for area, level, trend, motivation in ASSESSMENTS if adopted is not None else ASSESSMENTS[:2]:
        session.add(AreaAssessment(report_id=report.id, area_id=areas[area],
                                   level_id=levels[level], trend=trend, motivation=motivation))
    return report


def _key_figures(session: Session, today: date) -> None:
    crimes = Indicator(name="Anmälda brott", unit="antal", source="Brå, kriminalstatistik",
                       per_100k=True)
    unsafe = Indicator(name="Otrygg utomhus kvällstid", unit="procent",
                       source="Kommunens trygghetsenkät")
    session.add(crimes)
    session.add(unsafe)
    session.flush()
    population = dict(session.exec(select(PopulationFigure.year,
                                          PopulationFigure.population)).all())
    for year, value in ((2021, 1402), (2022, 1355), (2023, 1389), (2024, 1297), (2025, 1264)):
        if year < today.year:
            session.add(Measurement(indicator_id=crimes.id, year=year, value=value,
                                    population=population.get(year), source="Brå (exempel)"))
    for year, value in ((2022, 31.0), (2024, 28.0)):
        session.add(Measurement(indicator_id=unsafe.id, year=year, value=value,
                                source="Trygghetsenkät (exempel)"))


def _plans(session: Session, strategic: SituationReport, areas: dict, today: date) -> None:
    partners = {p.kind: p for p in session.exec(select(Partner)).all()}
    contacts = {c.partner_id: c for c in session.exec(select(Contact)).all()}
    unsafe = session.exec(select(Indicator.id)
                          .where(Indicator.name == "Otrygg utomhus kvällstid")).one()
    year = today.year
    plan = ActionPlan(kind="action_plan", title=f"Åtgärdsplan för trygghet och brottsprevention "
                      f"{year}–{year + 1}", period_start=date(year, 1, 1),
                      period_end=date(year + 1, 12, 31), decided_by="Kommunstyrelsen",
                      decided_on=strategic.adopted_on + timedelta(days=30),
                      registry_number=f"KS {year}/112", status="decided",
                      situation_report_id=strategic.id,
                      created_at=local_datetime(strategic.adopted_on))
    session.add(plan)
    session.flush()
    chain = [
        ("Samlingar och nedskräpning i centrum kvällstid", "Centrum",
         ["Brist på meningsfull fritid fredag och lördag kväll",
          "Låg vuxennärvaro i centrum efter kl. 20"]),
        ("Otrygghet i Kolarbyn efter mörkrets inbrott", "Kolarbyn",
         ["Bristande belysning längs gångvägar och parkering",
          "Skymd sikt av vegetation"]),
        ("Klotter och skadegörelse på skolor och i allmän miljö", None,
         ["Klotter som står kvar länge drar till sig mer klotter"]),
    ]
    causes = []
    for position, (title, area, cause_texts) in enumerate(chain, start=1):
        problem = PriorityProblem(situation_report_id=strategic.id, action_plan_id=plan.id,
                                  position=position, title=title, area_id=areas.get(area))
        session.add(problem)
        session.flush()
        for text in cause_texts:   # causes are numbered through the whole plan, as in Brå's template
            cause = Cause(problem_id=problem.id, number=len(causes) + 1, description=text)
            session.add(cause)
            session.flush()
            causes.append(cause)
    goals = [
        Goal(plan_id=plan.id, cause_id=causes[0].id, position=1,
             description="Antalet rapporterade samlingar i centrum minskar med 25 % till "
                         f"december {year + 1}.", baseline=120, target=90,
             deadline=date(year + 1, 12, 31)),
        Goal(plan_id=plan.id, cause_id=causes[2].id, position=2,
             description="Andelen som känner sig otrygga utomhus kvällstid minskar från 28 % till "
                         f"22 % i trygghetsenkäten {year + 1}.", indicator_id=unsafe,
             baseline=28, target=22, deadline=date(year + 1, 10, 31)),
        Goal(plan_id=plan.id, cause_id=causes[4].id, position=3,
             description="Klotter på kommunens fastigheter saneras inom 48 timmar i 90 % av fallen.",
             baseline=55, target=90, deadline=date(year, 12, 31)),
    ]
    for goal in goals:
        session.add(goal)
    session.flush()

    def when(days: int) -> date:
        return today + timedelta(days=days)

    # (title, cause, goal, partner kind, start, due, status, rag, measure, effort, term, follow-ups)
    actions = [
        ("Öppen fritidsgård fredagar kl. 19–23", 0, 0, "leisure", when(-300), when(60),
         "ongoing", "green", "social", "ordinary", "long", [(-200, "green", "Öppet varje fredag sedan start; 40–60 besökare.")]),
        ("Fältarbete i centrum fredag och lördag kväll", 1, None, "leisure", when(-280), when(-10),
         "ongoing", "yellow", "situational", "ordinary", "short",
         [(-150, "green", "Fältarna på plats enligt schema."),
          (-40, "yellow", "Personalbrist under sommaren; två helger utan fältare.")]),
        ("Nattvandring med föreningar", 1, None, "leisure", when(-250), when(-60),
         "cancelled", "red", "social", "one_off", "short",
         [(-90, "red", "Föreningen kunde inte bemanna; insatsen avbröts.")]),
        ("Byta belysning längs gångvägen i Kolarbyn", 2, 1, "housing", when(-240), when(-30),
         "ongoing", "red", "situational", "one_off", "short",
         [(-120, "yellow", "Upphandling klar, leverans försenad."),
          (-20, "red", "Fortfarande inte monterad; ny leveransvecka saknas.")]),
        ("Röja vegetation vid parkeringen i Kolarbyn", 3, None, "housing", when(-230), when(-150),
         "done", "green", "situational", "one_off", "short",
         [(-160, "green", "Röjning genomförd.")]),
        ("Rutin för sanering av klotter inom 48 timmar", 4, 2, "municipality", when(-200), when(20),
         "ongoing", "yellow", "situational", "ordinary", "long",
         [(-60, "yellow", "Rutin beslutad; uppföljning av tider pågår.")]),
        ("Trygghetsvandring i Kolarbyn", 2, 1, "police", when(-100), when(-70), "done", "green",
         "situational", "one_off", "short", [(-65, "green", "Genomförd med 14 deltagare.")]),
        ("Kameraövervakning vid Stationen – utreda behov", 1, None, "police", when(10), when(120),
         "planned", None, "situational", "one_off", "short", []),
        ("Föräldrautbildning om sociala medier", 0, 0, "social_services", when(20), when(200),
         "planned", None, "social", "one_off", "long", []),
        ("Skolornas arbete mot klotter – temadag", 4, 2, "school", when(-60), when(-5),
         "ongoing", "yellow", "social", "one_off", "short",
         [(-20, "yellow", "Två av fyra skolor har genomfört temadagen.")]),
    ]
    for position, (title, cause, goal, kind, start, due, status, rag, measure, effort, term,
                   follow_ups) in enumerate(actions, start=1):
        partner = partners.get(kind)
        action = Action(plan_id=plan.id, cause_id=causes[cause].id,
                        goal_id=goals[goal].id if goal is not None else None,
                        position=position, title=title,
                        responsible_partner_id=partner.id if partner else None,
                        contact_id=contacts[partner.id].id if partner and partner.id in contacts
                        else None,
                        start_on=start, due_on=due, status=status, rag=rag, measure_type=measure,
                        effort_type=effort, term=term)
        session.add(action)
        session.flush()
        for days, follow_rag, note in follow_ups:
            session.add(FollowUp(action_id=action.id, followed_up_on=when(days), rag=follow_rag,
                                 note=note))

    promise = ActionPlan(
        kind="citizen_promise", title=f"Medborgarlöfte {year}: Tryggt centrum kvällstid",
        period_start=date(year, 1, 1), period_end=date(year, 12, 31),
        decided_by="Kommunstyrelsen och lokalpolisområde Norra Västmanland",
        decided_on=date(year, 1, 20), status="decided", situation_report_id=strategic.id,
        situation_today="Många upplever centrum som otryggt kvällstid, särskilt vid Stationen.",
        municipality_commitment="Kommunen förstärker fältarbetet och håller fritidsgården öppen "
                                "fredagar.",
        police_commitment="Polisen genomför riktade trygghetsskapande insatser i centrum.",
        expected_result="Färre rapporterade samlingar och ökad trygghet i centrum.",
        follow_up_method="Partnerrapporter och trygghetsenkät; uppföljning på lokala BRÅ.",
        created_at=local_datetime(date(year, 1, 20)))
    session.add(promise)
    session.flush()
    session.add(Action(plan_id=promise.id, position=1, title="Riktade polisinsatser i centrum",
                       responsible_partner_id=partners["police"].id, start_on=date(year, 2, 1),
                       due_on=date(year, 12, 31), status="ongoing", rag="green",
                       measure_type="situational", effort_type="ordinary", term="short"))
