"""Trygghetsvandringar in the core: a walk with its organisations and points, the list of what
can be observed, and a point made an action in a plan in one step, on SQLite and PostgreSQL."""
from datetime import date, time

import pytest
from sqlmodel import select

from brastod.core.errors import FieldError, ValidationError
from brastod.core.models import Action, SafetyWalk, WalkPoint
from brastod.core.plan_rules import FollowUpFields, PlanFields
from brastod.core.services import action_plans, plan_chain, registers, walks
from brastod.core.walk_rules import PointFields, WalkFields

DAY = date(2026, 10, 14)


def _kind(db, name: str) -> int:
    return next(k.id for k in walks.list_kinds(db) if k.name == name)


def _walk(db) -> tuple[int, int]:
    area = registers.add_area(db, "Centrum")
    walk_id = walks.create_walk(db, WalkFields(DAY, time(18), time(20), area,
                                               "Stationen – parken – skolan", "Stationen"))
    return walk_id, area


def _rows(db, model) -> int:
    with db.session() as session:
        return len(session.exec(select(model)).all())


def test_a_new_database_has_the_observation_kinds(any_db):
    assert [k.name for k in walks.list_kinds(any_db)] == list(walks.OBSERVATION_KINDS)


def test_kinds_can_be_added_and_renamed_but_not_twice(any_db):
    added = walks.add_kind(any_db, "  Trasig skylt ")
    walks.rename_kind(any_db, added, "Skyltar")
    assert [k.name for k in walks.list_kinds(any_db)][-1] == "Skyltar"
    with pytest.raises(FieldError, match="Klotter finns redan") as error:
        walks.add_kind(any_db, "klotter")
    assert error.value.field == "name"
    with pytest.raises(FieldError, match="Skriv vad"):
        walks.rename_kind(any_db, added, " ")
    assert len(walks.list_kinds(any_db)) == len(walks.OBSERVATION_KINDS) + 1


def test_a_walk_with_organisations_and_points_in_order(any_db):
    walk_id, area = _walk(any_db)
    police = registers.add_partner(any_db, "Polisen")
    walks.add_participant(any_db, walk_id, partner_id=police, headcount=2)
    walks.add_participant(any_db, walk_id, organisation=" Boende ", headcount=6)
    first = walks.add_point(any_db, walk_id, PointFields("Gångtunneln", _kind(any_db, "Belysning"),
                                                         "Två lampor trasiga"))
    second = walks.add_point(any_db, walk_id, PointFields("Parken", _kind(any_db, "Vegetation"),
                                                          area_id=area))
    third = walks.add_point(any_db, walk_id, PointFields("Skolan", _kind(any_db, "Klotter")))
    assert walks.move_point(any_db, third, -1)
    assert not walks.move_point(any_db, first, -1)
    detail = walks.get_walk(any_db, walk_id)
    assert detail.area == "Centrum" and detail.route == "Stationen – parken – skolan"
    assert [(p.organisation, p.headcount) for p in detail.participants] == [
        ("Polisen", 2), ("Boende", 6)]
    assert [(p.number, p.place, p.kind) for p in detail.points] == [
        (1, "Gångtunneln", "Belysning"), (2, "Skolan", "Klotter"), (3, "Parken", "Vegetation")]
    walks.remove_point(any_db, first)
    assert [(p.number, p.id) for p in walks.get_walk(any_db, walk_id).points] == [
        (1, third), (2, second)]
    [row] = walks.list_walks(any_db)
    assert (row.area, row.points, row.actions, row.status) == ("Centrum", 2, 0, "planned")


@pytest.mark.parametrize("values, field, words", [
    (PointFields("  ", 1), "place", "var punkten är"),
    (PointFields("Parken", None), "kind_id", "Välj vad som iakttogs"),
    (PointFields("Parken", 9999), "kind_id", "finns inte längre"),
    (PointFields("Parken", 1, area_id=9999), "area_id", "Området finns inte"),
])
def test_a_point_needs_a_place_and_a_kind(any_db, values, field, words):
    walk_id, _ = _walk(any_db)
    with pytest.raises(FieldError, match=words) as error:
        walks.add_point(any_db, walk_id, values)
    assert error.value.field == field
    assert _rows(any_db, WalkPoint) == 0


@pytest.mark.parametrize("values, field", [
    (WalkFields(None), "walk_date"),
    (WalkFields(DAY, time(20), time(18)), "end_time"),
    (WalkFields(DAY, status="cancelled"), "status"),
])
def test_a_walk_is_refused_with_the_field_named(any_db, values, field):
    with pytest.raises(FieldError) as error:
        walks.create_walk(any_db, values)
    assert error.value.field == field
    assert _rows(any_db, SafetyWalk) == 0


def test_a_participant_is_an_organisation_with_a_count(any_db):
    walk_id, _ = _walk(any_db)
    with pytest.raises(FieldError, match="Ange inte privatpersoners namn"):
        walks.add_participant(any_db, walk_id, organisation="  ")
    with pytest.raises(FieldError, match="minst 1"):
        walks.add_participant(any_db, walk_id, organisation="Boende", headcount=0)
    assert walks.get_walk(any_db, walk_id).participants == []


def test_an_unknown_walk_is_named(any_db):
    with pytest.raises(ValidationError, match="Trygghetsvandring 77 finns inte"):
        walks.get_walk(any_db, 77)
    with pytest.raises(ValidationError, match="Trygghetsvandring 77 finns inte"):
        walks.add_point(any_db, 77, PointFields("Parken", 1))


def _plan(db) -> int:
    return action_plans.create_plan(db, PlanFields("Åtgärdsplan 2026"))


def test_a_point_becomes_an_action_and_shows_its_status_and_colour(any_db):
    walk_id, _ = _walk(any_db)
    point = walks.add_point(any_db, walk_id, PointFields("Gångtunneln",
                                                         _kind(any_db, "Belysning"),
                                                         "Två lampor trasiga"))
    plan = _plan(any_db)
    partner = registers.add_partner(any_db, "Tekniska förvaltningen")
    action_id = walks.make_action(any_db, point, plan, partner, date(2026, 11, 30))
    [action] = plan_chain.get_outline(any_db, plan).all_actions()
    assert action.id == action_id
    assert action.values.title == "Gångtunneln: Två lampor trasiga"
    assert "trygghetsvandringen 2026-10-14 i Centrum, punkt 1 (Belysning)" in \
        action.values.description
    assert action.values.due_on == date(2026, 11, 30) and action.partner == \
        "Tekniska förvaltningen"
    [shown] = walks.get_walk(any_db, walk_id).points
    assert (shown.action_status, shown.rag, shown.partner) == ("planned", None,
                                                              "Tekniska förvaltningen")
    assert shown.is_overdue(date(2026, 12, 1)) and not shown.is_overdue(date(2026, 11, 1))
    plan_chain.add_follow_up(any_db, action_id, FollowUpFields(date(2026, 11, 2), "yellow"),
                             date(2026, 11, 2))
    [shown] = walks.get_walk(any_db, walk_id).points
    assert shown.rag == "yellow"
    assert walks.list_walks(any_db)[0].actions == 1
    with pytest.raises(ValidationError, match="redan en åtgärd"):
        walks.make_action(any_db, point, plan, partner)
    assert _rows(any_db, Action) == 1


def test_a_point_removed_leaves_its_action_and_an_action_removed_frees_the_point(any_db):
    walk_id, _ = _walk(any_db)
    kind = _kind(any_db, "Klotter")
    kept, removed = (walks.add_point(any_db, walk_id, PointFields(place, kind))
                     for place in ("Skolan", "Torget"))
    plan, partner = _plan(any_db), registers.add_partner(any_db, "Fastighet AB")
    first = walks.make_action(any_db, kept, plan, partner)
    walks.make_action(any_db, removed, plan, partner)
    walks.remove_point(any_db, removed)
    assert _rows(any_db, Action) == 2
    from brastod.core.plan_rules import Link
    plan_chain.remove(any_db, Link.ACTION, first)
    [point] = walks.get_walk(any_db, walk_id).points
    assert point.action_id is None and point.action_status is None


@pytest.mark.parametrize("plan, partner, due, field", [
    (None, True, None, "plan_id"),
    (9999, True, None, "plan_id"),
    (True, None, None, "responsible_partner_id"),
    (True, True, date(2026, 10, 1), "due_on"),
])
def test_making_an_action_is_refused_with_the_field_named(any_db, plan, partner, due, field):
    walk_id, _ = _walk(any_db)
    point = walks.add_point(any_db, walk_id, PointFields("Torget", _kind(any_db, "Trafik")))
    plan_id = _plan(any_db) if plan is True else plan
    partner_id = registers.add_partner(any_db, "Polisen") if partner else None
    with pytest.raises(FieldError) as error:
        walks.make_action(any_db, point, plan_id, partner_id, due)
    assert error.value.field == field
    assert _rows(any_db, Action) == 0
    assert walks.get_walk(any_db, walk_id).points[0].action_id is None


def test_deleting_a_walk_keeps_the_actions(any_db):
    walk_id, _ = _walk(any_db)
    point = walks.add_point(any_db, walk_id, PointFields("Torget", _kind(any_db, "Trafik")))
    walks.make_action(any_db, point, _plan(any_db), registers.add_partner(any_db, "Polisen"))
    walks.delete_walk(any_db, walk_id)
    assert walks.list_walks(any_db) == [] and _rows(any_db, WalkPoint) == 0
    assert _rows(any_db, Action) == 1
