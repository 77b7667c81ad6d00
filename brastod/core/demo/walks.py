"""Two example trygghetsvandringar: one held in Kolarbyn, whose points partly became actions in
the current plan (followed up since), and one planned in Centrum in the coming weeks."""
from datetime import date, time, timedelta

from sqlmodel import Session, select

from brastod.core.models import (
    ActionPlan, Area, Cause, FollowUp, ObservationKind, Partner, PriorityProblem, SafetyWalk,
    WalkParticipant, WalkPoint,
)
from brastod.core.services.walks import point_action

# (place, kind, note, partner kind, due in days from today, status, rag, follow-up, the plan's
# cause it serves)
HELD_POINTS = [
    ("Parkeringen Kolarbyn", "Belysning", "Tre armaturer släckta längs gångvägen mot husen.",
     "municipality", -40, "done", "green", (-45, "Armaturerna bytta och kontrollerade."),
     "Bristande belysning"),
    ("Kolarbyns centrum", "Vegetation", "Buskage skymmer sikten vid busshållplatsen.",
     "housing", 30, "ongoing", "yellow", (-20, "Hälften av buskagen klippta; resten i vår."),
     "Skymd sikt"),
    ("Tvättstugan Kolarbyn", "Klotter", "Klotter på gaveln mot gångvägen.",
     "housing", 60, "planned", None, None, "Klotter som står kvar"),
    ("Gångvägen mot Högbyskolan", "Öde plats", "Ingen rör sig här efter kl. 19.",
     None, None, None, None, None, None),
    ("Rondellen vid Kolarbyvägen", "Trafik", "Mopeder på gång- och cykelbanan.",
     None, None, None, None, None, None),
]
HELD_PARTICIPANTS = [("police", 1), ("housing", 2), ("municipality", 1), ("leisure", 2),
                     ("Boende", 8)]
PLANNED_PARTICIPANTS = [("police", 1), ("housing", 1), ("business", 1), ("Boende", 5)]


def _participants(session: Session, walk: SafetyWalk, who: list, partners: dict) -> None:
    for kind, headcount in who:
        partner = partners.get(kind)
        session.add(WalkParticipant(walk_id=walk.id, headcount=headcount,
                                    partner_id=partner.id if partner else None,
                                    organisation=None if partner else kind))


def add_walks(session: Session, today: date) -> None:
    areas = {a.name: a.id for a in session.exec(select(Area))}
    kinds = {k.name: k.id for k in session.exec(select(ObservationKind))}
    partners = {p.kind: p for p in session.exec(select(Partner))}
    plan = session.exec(select(ActionPlan).where(ActionPlan.kind == "action_plan")
                        .order_by(ActionPlan.period_start.desc())).first()
    held_on = today - timedelta(days=100)
    held_on -= timedelta(days=(held_on.weekday() - 1) % 7)          # a Tuesday evening
    held = SafetyWalk(walk_date=held_on, start_time=time(18), end_time=time(20),
                      area_id=areas["Kolarbyn"], meeting_place="Kolarbyns centrum",
                      route="Kolarbyns centrum – tvättstugan – parkeringen – gångvägen mot "
                            "Högbyskolan – rondellen", status="held",
                      note="Kvällsvandring efter önskemål från boende. Mörkt och blött; "
                           "god uppslutning.")
    session.add(held)
    session.flush()
    _participants(session, held, HELD_PARTICIPANTS, partners)
    causes = session.exec(select(Cause).join(PriorityProblem)
                          .where(PriorityProblem.action_plan_id == plan.id)).all() if plan else []
    for position, (place, kind, note, responsible, due, status, rag, follow_up,
                   cause) in enumerate(HELD_POINTS, start=1):
        point = WalkPoint(walk_id=held.id, position=position, place=place, kind_id=kinds[kind],
                          note=note, area_id=areas["Kolarbyn"])
        session.add(point)
        session.flush()
        if responsible is None or plan is None:
            continue
        action = point_action(session, point.id, plan.id, partners[responsible].id,
                              today + timedelta(days=due),
                              next(c.id for c in causes if c.description.startswith(cause)))
        action.status, action.rag = status, rag
        session.add(action)
        if follow_up:
            days, note_text = follow_up
            session.add(FollowUp(action_id=action.id, followed_up_on=today + timedelta(days=days),
                                 rag=rag, note=note_text))
    planned_on = today + timedelta(days=17)
    planned_on += timedelta(days=(1 - planned_on.weekday()) % 7)
    planned = SafetyWalk(walk_date=planned_on, start_time=time(18, 30), end_time=time(20, 30),
                         area_id=areas["Centrum"], meeting_place="Busstorget",
                         route="Busstorget – Stationen – Torget – Centrumgaraget")
    session.add(planned)
    session.flush()
    _participants(session, planned, PLANNED_PARTICIPANTS, partners)
