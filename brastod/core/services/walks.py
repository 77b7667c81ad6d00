"""Trygghetsvandringar: walks as Möteskalender lists them, one walk whole (participants by
organisation, observation points), the list of observation kinds, and a point made an action
in a plan in one step: the action's status and colour then show at the point."""
from dataclasses import dataclass, fields
from datetime import date, time

from sqlalchemy import func
from sqlmodel import Session, select

from brastod.core.db import Database
from brastod.core.errors import FieldError, ValidationError
from brastod.core.models import (
    Action, ActionPlan, Area, ObservationKind, Partner, Place, SafetyWalk, WalkParticipant,
    WalkPoint,
)
from brastod.core.plan_rules import ActionFields, is_overdue
from brastod.core.services.ordering import renumber
from brastod.core.services.plan_chain import create_action
from brastod.core.versions import Stamp, save as save_versioned, to_remove
from brastod.core.walk_rules import (
    PointActionFields, PointFields, WalkFields, check_participant,
)

# The list a new database starts with (and version 6 gave older ones); the user extends it.
OBSERVATION_KINDS = ("Belysning", "Vegetation", "Klotter", "Nedskräpning", "Skadegörelse",
                     "Öde plats", "Trafik", "Övrigt")


def seed_observation_kinds(session: Session) -> None:
    for position, name in enumerate(OBSERVATION_KINDS):
        session.add(ObservationKind(name=name, sort_order=position))


@dataclass(frozen=True)
class WalkRow:
    id: int
    walk_date: date
    start_time: time | None
    end_time: time | None
    area: str | None
    meeting_place: str | None
    status: str
    points: int
    actions: int              # points that became actions


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    partner_id: int | None
    organisation: str          # the partner's name, or the free text
    headcount: int
    stamp: Stamp | None = None


@dataclass(frozen=True)
class PointRow:
    id: int
    number: int                # 1, 2, … in the walk's order
    place: str
    area_id: int | None
    place_id: int | None
    kind_id: int
    kind: str
    note: str
    action_id: int | None
    action_title: str | None
    partner: str | None        # the action's responsible partner
    due_on: date | None
    action_status: str | None
    rag: str | None
    stamp: Stamp | None = None

    @property
    def values(self) -> PointFields:
        """The point's own fields, as its form shows them."""
        return PointFields(self.place, self.kind_id, self.note, self.area_id, self.place_id)

    def is_overdue(self, today: date) -> bool:
        return self.action_status is not None and is_overdue(self.action_status, self.due_on,
                                                             today)


@dataclass(frozen=True, kw_only=True)
class WalkDetail(WalkFields):
    id: int
    area: str | None
    participants: list[ParticipantRow]
    points: list[PointRow]
    stamp: Stamp | None = None   # the version of the walk's fields, who changed them when

    def title(self) -> str:
        return walk_title(self.area, self.walk_date)


def walk_title(area: str | None, walk_date: date) -> str:
    return f"Trygghetsvandring {area or 'utan område'} {walk_date}"


# ---- walks ----

def list_walks(db: Database) -> list[WalkRow]:
    with db.session() as session:
        points = dict(session.exec(select(WalkPoint.walk_id, func.count())
                                   .group_by(WalkPoint.walk_id)).all())
        actions = dict(session.exec(select(WalkPoint.walk_id, func.count())
                                    .where(WalkPoint.action_id.is_not(None))
                                    .group_by(WalkPoint.walk_id)).all())
        query = (select(SafetyWalk, Area.name).outerjoin(Area, Area.id == SafetyWalk.area_id)
                 .order_by(SafetyWalk.walk_date, SafetyWalk.start_time, SafetyWalk.id))
        return [WalkRow(w.id, w.walk_date, w.start_time, w.end_time, area, w.meeting_place,
                        w.status, points.get(w.id, 0), actions.get(w.id, 0))
                for w, area in session.exec(query).all()]


def _walk(session: Session, walk_id: int) -> SafetyWalk:
    walk = session.get(SafetyWalk, walk_id)
    if walk is None:
        raise ValidationError(f"Trygghetsvandring {walk_id} finns inte.")
    return walk


def _point(session: Session, point_id: int) -> WalkPoint:
    point = session.get(WalkPoint, point_id)
    if point is None:
        raise ValidationError(POINT_GONE)
    return point


def _check_area(session: Session, area_id: int | None) -> None:
    if area_id is not None and session.get(Area, area_id) is None:
        raise FieldError("area_id", "Området finns inte längre. Välj ett annat.")


def _walk_values(session: Session, values: WalkFields) -> dict:
    values.validate()
    _check_area(session, values.area_id)
    return _stored(values)


def _stored(values: WalkFields) -> dict:
    """The walk's fields as they are stored: texts without spaces around."""
    result = {f.name: getattr(values, f.name) for f in fields(WalkFields)}
    result["route"] = values.route.strip()
    result["note"] = values.note.strip()
    result["meeting_place"] = (values.meeting_place or "").strip() or None
    return result


def create_walk(db: Database, values: WalkFields) -> int:
    with db.session() as session:
        walk = SafetyWalk(**_walk_values(session, values))
        session.add(walk)
        session.flush()
        return walk.id


def update_walk(db: Database, walk_id: int, values: WalkFields, *, version: int | None = None,
                base: WalkFields | None = None) -> Stamp:
    """With the ``version`` and the values (``base``) the form loaded, someone else's newer
    save is merged field by field (core.versions.save)."""
    with db.session() as session:
        _walk(session, walk_id)
        return save_versioned(session, SafetyWalk, walk_id, _walk_values(session, values),
                              version, "vandringen", WALK_GONE, _stored(base) if base else None)


WALK_GONE = "Trygghetsvandringen finns inte längre; någon har tagit bort den."


def delete_walk(db: Database, walk_id: int, version: int | None = None, *,
                points: dict[int, int] | None = None,
                participants: dict[int, int] | None = None) -> None:
    """The walk, its participants and points; actions made from its points stay in their
    plans. With the ``version`` the user saw, a walk someone else changed meanwhile is kept;
    with the versions of the points and participants they saw (by id), so is a walk whose
    points or participants someone else added or changed (one removed meanwhile is no loss)."""
    with db.session() as session:
        if version is None:
            _walk(session, walk_id)
        walk = to_remove(session, SafetyWalk, walk_id, version, "vandringen", WALK_GONE)
        for model, seen, what in ((WalkPoint, points, "vandringens punkter"),
                                  (WalkParticipant, participants, "vandringens deltagare")):
            if seen is None:
                continue
            for row_id, now in session.exec(select(model.id, model.version)
                                            .where(model.walk_id == walk_id)):
                if seen.get(row_id) != now:     # 0: a version no row has, one never seen
                    to_remove(session, model, row_id, seen.get(row_id, 0), what, WALK_GONE)
        session.delete(walk)


def get_walk(db: Database, walk_id: int) -> WalkDetail:
    with db.session() as session:
        walk = _walk(session, walk_id)
        area = session.get(Area, walk.area_id) if walk.area_id else None
        participants = [
            ParticipantRow(p.id, p.partner_id, partner or p.organisation or "", p.headcount,
                           Stamp.of(p))
            for p, partner in session.exec(
                select(WalkParticipant, Partner.name)
                .outerjoin(Partner, Partner.id == WalkParticipant.partner_id)
                .where(WalkParticipant.walk_id == walk_id).order_by(WalkParticipant.id))]
        points = [
            PointRow(p.id, number, p.place, p.area_id, p.place_id, p.kind_id, kind, p.note,
                     p.action_id, action.title if action else None, partner,
                     action.due_on if action else None, action.status if action else None,
                     action.rag if action else None, Stamp.of(p))
            for number, (p, kind, action, partner) in enumerate(session.exec(
                select(WalkPoint, ObservationKind.name, Action, Partner.name)
                .join(ObservationKind, ObservationKind.id == WalkPoint.kind_id)
                .outerjoin(Action, Action.id == WalkPoint.action_id)
                .outerjoin(Partner, Partner.id == Action.responsible_partner_id)
                .where(WalkPoint.walk_id == walk_id)
                .order_by(WalkPoint.position, WalkPoint.id)).all(), start=1)]
        return WalkDetail(**{f.name: getattr(walk, f.name) for f in fields(WalkFields)},
                          id=walk.id, area=area.name if area else None,
                          participants=participants, points=points, stamp=Stamp.of(walk))


# ---- participants ----

def add_participant(db: Database, walk_id: int, *, partner_id: int | None = None,
                    organisation: str | None = None, headcount: int = 1) -> int:
    check_participant(partner_id, organisation, headcount)
    with db.session() as session:
        _walk(session, walk_id)
        if partner_id is not None and session.get(Partner, partner_id) is None:
            raise FieldError("partner_id", "Partnern finns inte längre. Välj en annan.")
        participant = WalkParticipant(
            walk_id=walk_id, partner_id=partner_id, headcount=headcount,
            organisation=None if partner_id is not None else organisation.strip())
        session.add(participant)
        session.flush()
        return participant.id


def remove_participant(db: Database, participant_id: int, version: int | None = None) -> None:
    """With the ``version`` the user saw, a participant someone else changed meanwhile is
    kept."""
    with db.session() as session:
        if version is None and session.get(WalkParticipant, participant_id) is None:
            return
        session.delete(to_remove(session, WalkParticipant, participant_id, version,
                                 "deltagaren", "Deltagaren finns inte längre; någon har "
                                               "tagit bort den."))


# ---- observation kinds ----

@dataclass(frozen=True)
class KindRow:
    id: int
    name: str
    used: int                  # points that name it
    version: int | None = None


def list_kinds(db: Database) -> list[KindRow]:
    with db.session() as session:
        used = dict(session.exec(select(WalkPoint.kind_id, func.count())
                                 .group_by(WalkPoint.kind_id)).all())
        return [KindRow(k.id, k.name, used.get(k.id, 0), k.version) for k in session.exec(
            select(ObservationKind).order_by(ObservationKind.sort_order, ObservationKind.id))]


def _kind_name(session: Session, name: str, exclude_id: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise FieldError("name", "Skriv vad som kan iakttas, till exempel Belysning.")
    for other in session.exec(select(ObservationKind)):
        if other.id != exclude_id and other.name.casefold() == name.casefold():
            raise FieldError("name", f"{other.name} finns redan i listan.")
    return name


def add_kind(db: Database, name: str) -> int:
    with db.session() as session:
        kind = ObservationKind(name=_kind_name(session, name), sort_order=max(
            session.exec(select(ObservationKind.sort_order)).all(), default=-1) + 1)
        session.add(kind)
        session.flush()
        return kind.id


def rename_kind(db: Database, kind_id: int, name: str, version: int | None = None) -> Stamp:
    """With the ``version`` the user saw, a kind someone else renamed meanwhile is not renamed
    again unseen: ``versions.Conflict`` carries their name, who and when."""
    with db.session() as session:
        return save_versioned(session, ObservationKind, kind_id,
                              {"name": _kind_name(session, name, kind_id)}, version,
                              "iakttagelsen", "Iakttagelsen finns inte längre i listan.")


# ---- points ----

def _point_values(session: Session, values: PointFields) -> dict:
    values.validate()
    if session.get(ObservationKind, values.kind_id) is None:
        raise FieldError("kind_id", "Iakttagelsen finns inte längre i listan. Välj en annan.")
    _check_area(session, values.area_id)
    if values.place_id is not None and session.get(Place, values.place_id) is None:
        raise FieldError("place_id", "Platsen finns inte längre i registret. Välj en annan.")
    return _point_stored(values)


def _point_stored(values: PointFields) -> dict:
    """The point's fields as they are stored: texts without spaces around."""
    return {"place": values.place.strip(), "kind_id": values.kind_id,
            "note": values.note.strip(), "area_id": values.area_id,
            "place_id": values.place_id}


def _points(session: Session, walk_id: int) -> list[WalkPoint]:
    return list(session.exec(select(WalkPoint).where(WalkPoint.walk_id == walk_id)
                             .order_by(WalkPoint.position, WalkPoint.id)))


def add_point(db: Database, walk_id: int, values: PointFields) -> int:
    """A point last on the walk."""
    with db.session() as session:
        _walk(session, walk_id)
        point = WalkPoint(walk_id=walk_id, **_point_values(session, values), position=max(
            (p.position for p in _points(session, walk_id)), default=0) + 1)
        session.add(point)
        session.flush()
        return point.id


POINT_GONE = "Punkten finns inte längre; någon har tagit bort den."


def update_point(db: Database, point_id: int, values: PointFields, *,
                 version: int | None = None, base: PointFields | None = None) -> Stamp:
    """With the ``version`` and the values (``base``) the point's dialog showed, someone
    else's newer save is merged field by field (core.versions.save)."""
    with db.session() as session:
        return save_versioned(session, WalkPoint, point_id, _point_values(session, values),
                              version, "punkten", POINT_GONE,
                              _point_stored(base) if base else None)


def remove_point(db: Database, point_id: int, version: int | None = None) -> None:
    """The point goes (an action made from it stays in its plan); the rest keep their order.
    With the ``version`` the user saw, a point someone else changed meanwhile is kept."""
    with db.session() as session:
        if version is None and session.get(WalkPoint, point_id) is None:
            return
        point = to_remove(session, WalkPoint, point_id, version, "punkten", POINT_GONE)
        session.delete(point)
        session.flush()
        renumber(session, WalkPoint, _points(session, point.walk_id))


def move_point(db: Database, point_id: int, step: int) -> bool:
    """One place up (step -1) or down (+1) from where it stands now; False when it is
    already first or last. No conflict with someone else's change (services.ordering)."""
    with db.session() as session:
        point = _point(session, point_id)
        points = _points(session, point.walk_id)
        at = next(i for i, p in enumerate(points) if p.id == point_id)
        to = at + step
        if not 0 <= to < len(points):
            return False
        points[at], points[to] = points[to], points[at]
        renumber(session, WalkPoint, points)
        return True


def make_action(db: Database, point_id: int, plan_id: int | None,
                responsible_partner_id: int | None, due_on: date | None = None) -> int:
    """The point as an action last in ``plan_id``, with the point's text, the walk as its
    origin and the responsible partner, linked to the point so the point shows how it goes."""
    with db.session() as session:
        point = _point(session, point_id)
        if point.action_id is not None:
            raise ValidationError("Punkten är redan en åtgärd i en plan.")
        walk = session.get(SafetyWalk, point.walk_id)
        PointActionFields(plan_id, responsible_partner_id, due_on).validate(walk.walk_date)
        plan = session.get(ActionPlan, plan_id)
        if plan is None or plan.status == "closed":
            raise FieldError("plan_id", "Planen finns inte eller är avslutad. Välj en annan.")
        area = session.get(Area, walk.area_id) if walk.area_id else None
        kind = session.get(ObservationKind, point.kind_id).name
        number = [p.id for p in _points(session, walk.id)].index(point.id) + 1
        title = f"{point.place}: {point.note}" if point.note else f"{point.place}: {kind}"
        action = create_action(session, plan_id, ActionFields(
            title, responsible_partner_id, due_on=due_on, start_on=walk.walk_date,
            description=f"Från trygghetsvandringen {walk.walk_date}"
                        f"{' i ' + area.name if area else ''}, punkt {number} ({kind})."))
        point.action_id = action.id
        session.add(point)
        return action.id
