"""Two example trygghetsvandringar: one held in Kolarbyn in the spring, whose points on lighting,
vegetation and graffiti became actions in the current plan (followed up since, so they show
red, green and yellow), and one planned in Centrum in the coming weeks."""
from datetime import date, time, timedelta

from sqlmodel import Session, select

from brastod.core.models import (
    Action, ActionPlan, Area, ObservationKind, Partner, SafetyWalk, WalkParticipant, WalkPoint,
)

HELD_DAYS_AGO = 250      # before the plan's actions on Kolarbyn started (see demo/plans.py)
# (place, kind, note, the title of the plan's action it became)
HELD_POINTS = [
    ("Gångvägen mot Kolarbyns centrum", "Belysning", "Flera lampor släckta; mörkt hela vägen.",
     "Byta belysning längs gångvägen i Kolarbyn"),
    ("Parkeringen Kolarbyn", "Vegetation", "Buskage skymmer sikten mot bilarna och entrén.",
     "Röja vegetation vid parkeringen i Kolarbyn"),
    ("Tvättstugan Kolarbyn", "Klotter", "Klotter på gaveln som stått kvar i veckor.",
     "Rutin för sanering av klotter inom 48 timmar"),
    ("Gångvägen mot Högbyskolan", "Öde plats", "Ingen rör sig här efter kl. 19.", None),
    ("Rondellen vid Kolarbyvägen", "Trafik", "Mopeder på gång- och cykelbanan.", None),
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


def _tuesday(day: date, step: int) -> date:
    """The Tuesday on or before (``step`` -1) or on or after (+1) ``day``."""
    while day.weekday() != 1:
        day += timedelta(days=step)
    return day


def add_walks(session: Session, today: date) -> None:
    areas = {a.name: a.id for a in session.exec(select(Area))}
    kinds = {k.name: k.id for k in session.exec(select(ObservationKind))}
    partners = {p.kind: p for p in session.exec(select(Partner))}
    plan = session.exec(select(ActionPlan).where(ActionPlan.kind == "action_plan")
                        .order_by(ActionPlan.period_start.desc())).first()
    actions = {a.title: a.id for a in session.exec(
        select(Action).where(Action.plan_id == plan.id))} if plan else {}
    held = SafetyWalk(walk_date=_tuesday(today - timedelta(days=HELD_DAYS_AGO), -1),
                      start_time=time(18), end_time=time(20), area_id=areas["Kolarbyn"],
                      meeting_place="Kolarbyns centrum",
                      route="Kolarbyns centrum – gångvägen – parkeringen – tvättstugan – "
                            "gångvägen mot Högbyskolan – rondellen", status="held",
                      note="Kvällsvandring efter önskemål från boende. Mörkt och blött; "
                           "god uppslutning.")
    session.add(held)
    session.flush()
    _participants(session, held, HELD_PARTICIPANTS, partners)
    for position, (place, kind, note, action) in enumerate(HELD_POINTS, start=1):
        session.add(WalkPoint(walk_id=held.id, position=position, place=place,
                              kind_id=kinds[kind], note=note, area_id=areas["Kolarbyn"],
                              action_id=actions.get(action)))
    planned = SafetyWalk(walk_date=_tuesday(today + timedelta(days=17), 1),
                         start_time=time(18, 30), end_time=time(20, 30),
                         area_id=areas["Centrum"], meeting_place="Busstorget",
                         route="Busstorget – Stationen – Torget – Centrumgaraget")
    session.add(planned)
    session.flush()
    _participants(session, planned, PLANNED_PARTICIPANTS, partners)
