"""A form's save that meets someone else's newer save (issue 18): merged field by field. A
field the user did not change takes the other person's value silently, a field only the user
changed keeps theirs, and only a field both changed to different values is a conflict that
writes nothing. On a file and on a PostgreSQL server alike."""
import subprocess
import sys
from dataclasses import replace
from datetime import date, time

import pytest

from brastod.core.errors import ValidationError
from brastod.core.meeting_rules import SeriesFields
from brastod.core.plan_rules import ActionFields, PlanFields
from brastod.core.services import action_plans, meeting_series, meetings, plan_chain, walks
from brastod.core.versions import Conflict, Merged, merge
from brastod.core.walk_rules import WalkFields
from tests.core.test_versions import _target


def _meeting(db):
    series_id = meeting_series.save_series(db, None, SeriesFields("Lokala BRÅ", "council", None,
                                                                  None, 120, None), [])
    [meeting_id] = meeting_series.create_meetings(db, series_id, [date(2027, 2, 1)])
    return meetings.get_meeting(db, meeting_id)


def _fields(detail, **changes):
    return replace(meetings.MeetingFields(
        detail.title, detail.meeting_date, detail.start_time, detail.end_time, detail.place,
        detail.status, detail.chair, detail.secretary, detail.approver,
        detail.situation_report_id), **changes)


def test_the_merge_rule():
    base = {"a": 1, "b": 1, "c": 1, "d": 1}
    mine = {"a": 1, "b": 2, "c": 3, "d": 4}
    theirs = {"a": 9, "b": 1, "c": 3, "d": 5}
    merged, taken, clashes = merge(base, mine, theirs)
    assert merged == {"a": 9, "b": 2, "c": 3, "d": 4}
    assert taken == {"a": 9} and clashes == ("d",)


def test_a_field_the_user_did_not_change_takes_the_other_value_silently(any_db):
    loaded = _meeting(any_db)
    # Someone else moves the meeting and names the chair…
    meetings.update_meeting(any_db, loaded.id, _fields(loaded, start_time=time(9, 0),
                                                       chair="Anna Berg"),
                            version=loaded.stamp.version, base=loaded)
    # …while this user, on the version loaded before, gives it a place.
    stamp = meetings.update_meeting(any_db, loaded.id, _fields(loaded, place=" Stadshuset "),
                                    version=loaded.stamp.version, base=loaded)
    assert isinstance(stamp, Merged) and stamp.version == loaded.stamp.version + 2
    assert stamp.taken == {"start_time": time(9, 0), "chair": "Anna Berg"}
    stored = meetings.get_meeting(any_db, loaded.id)
    assert (stored.place, stored.start_time, stored.chair) == ("Stadshuset", time(9, 0),
                                                               "Anna Berg")
    assert stored.stamp.version == stamp.version


def test_the_same_value_on_both_sides_is_no_conflict(any_db):
    loaded = _meeting(any_db)
    meetings.update_meeting(any_db, loaded.id, _fields(loaded, place="Stadshuset"),
                            version=loaded.stamp.version, base=loaded)
    stamp = meetings.update_meeting(any_db, loaded.id, _fields(loaded, place="Stadshuset "),
                                    version=loaded.stamp.version, base=loaded)
    assert not getattr(stamp, "taken", None)
    assert meetings.get_meeting(any_db, loaded.id).place == "Stadshuset"


def test_the_same_field_changed_by_both_is_a_conflict_that_writes_nothing(any_db):
    loaded = _meeting(any_db)
    meetings.update_meeting(any_db, loaded.id, _fields(loaded, place="Biblioteket",
                                                       chair="Anna Berg"),
                            version=loaded.stamp.version, base=loaded)
    with pytest.raises(Conflict) as raised:
        meetings.update_meeting(any_db, loaded.id, _fields(loaded, place="Stadshuset",
                                                           secretary="Bo Ek"),
                                version=loaded.stamp.version, base=loaded)
    conflict = raised.value
    assert conflict.clashes == ("place",)
    assert conflict.values["place"] == "Biblioteket"
    assert conflict.merged["place"] == "Stadshuset" and conflict.merged["chair"] == "Anna Berg"
    assert conflict.merged["secretary"] == "Bo Ek"
    assert "ändrade mötet" in str(conflict) and "välj för varje fält" in str(conflict)
    stored = meetings.get_meeting(any_db, loaded.id)
    assert (stored.place, stored.secretary) == ("Biblioteket", None)
    # Saved against the other version with the values chosen, it is written.
    meetings.update_meeting(any_db, loaded.id, _fields(loaded, place="Stadshuset",
                                                       chair="Anna Berg", secretary="Bo Ek"),
                            version=conflict.stamp.version, base=_fields(stored))
    assert meetings.get_meeting(any_db, loaded.id).place == "Stadshuset"


def test_without_the_loaded_values_any_newer_save_is_a_conflict(any_db):
    loaded = _meeting(any_db)
    meetings.update_meeting(any_db, loaded.id, _fields(loaded, chair="Anna Berg"),
                            version=loaded.stamp.version)
    with pytest.raises(Conflict) as raised:
        meetings.update_meeting(any_db, loaded.id, _fields(loaded, place="Stadshuset"),
                                version=loaded.stamp.version)
    assert raised.value.clashes == ()


def test_a_walk_and_an_action_merge_the_same_way(any_db):
    walk_id = walks.create_walk(any_db, WalkFields(date(2027, 4, 1), route="Parken"))
    walk = walks.get_walk(any_db, walk_id)
    walks.update_walk(any_db, walk_id, replace(walk_fields(walk), note="Ta med ficklampor"),
                      version=walk.stamp.version, base=walk_fields(walk))
    stamp = walks.update_walk(any_db, walk_id, replace(walk_fields(walk), route="Parken, torget"),
                              version=walk.stamp.version, base=walk_fields(walk))
    assert stamp.taken == {"note": "Ta med ficklampor"}
    with pytest.raises(Conflict) as raised:
        walks.update_walk(any_db, walk_id, replace(walk_fields(walk), route="Torget"),
                          version=walk.stamp.version, base=walk_fields(walk))
    assert raised.value.clashes == ("route",)
    assert walks.get_walk(any_db, walk_id).route == "Parken, torget"

    plan_id = action_plans.create_plan(any_db, PlanFields("Plan", period_start=date(2027, 1, 1)))
    partner_id = _partner(any_db)
    action_id = plan_chain.add_action(any_db, plan_id, ActionFields("Belysning", partner_id))
    [action] = plan_chain.get_outline(any_db, plan_id).actions
    base = action.values
    plan_chain.update_action(any_db, action_id, replace(base, due_on=date(2027, 6, 1)),
                             version=action.stamp.version, base=base)
    stamp = plan_chain.update_action(any_db, action_id, replace(base, status="ongoing"),
                                     version=action.stamp.version, base=base)
    assert stamp.taken == {"due_on": date(2027, 6, 1)}
    with pytest.raises(Conflict) as raised:
        plan_chain.update_action(any_db, action_id, replace(base, due_on=date(2027, 9, 1)),
                                 version=action.stamp.version, base=base)
    assert raised.value.clashes == ("due_on",) and "den här åtgärden" in str(raised.value)


def walk_fields(walk) -> WalkFields:
    return WalkFields(walk.walk_date, walk.start_time, walk.end_time, walk.area_id, walk.route,
                      walk.meeting_place, walk.note, walk.status)


def _partner(db) -> int:
    from brastod.core.services import registers
    return registers.add_partner(db, "Polisen", "police")


def test_removing_a_row_someone_changed_or_removed_meanwhile_is_refused_in_swedish(any_db):
    from brastod.core.models import Meeting
    from brastod.core.versions import Gone, to_remove
    loaded = _meeting(any_db)
    meetings.update_meeting(any_db, loaded.id, _fields(loaded, chair="Anna Berg"))
    with any_db.session() as session, pytest.raises(ValidationError) as raised:
        to_remove(session, Meeting, loaded.id, loaded.stamp.version, "mötet", "Borta.")
    assert "ändrade mötet" in str(raised.value) and "Inget togs bort" in str(raised.value)
    assert meetings.get_meeting(any_db, loaded.id).chair == "Anna Berg"
    with any_db.session() as session, pytest.raises(Gone):
        to_remove(session, Meeting, loaded.id + 1000, None, "mötet", "Borta.")


MERGE_IN_A_PROCESS = """
import sys
from dataclasses import replace
from brastod.core.db import open_database
from brastod.core.services import meetings
from brastod.core.versions import Conflict
db = open_database(sys.argv[1])
meeting_id, version, field, value = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
loaded = meetings.get_meeting(db, meeting_id)
base = meetings.MeetingFields(loaded.title, loaded.meeting_date, loaded.start_time,
                              loaded.end_time, loaded.place, loaded.status, loaded.chair,
                              loaded.secretary, loaded.approver, loaded.situation_report_id)
print("laddat", flush=True)
sys.stdin.readline()        # both have loaded the meeting: now save
try:
    stamp = meetings.update_meeting(db, meeting_id, replace(base, **{field: value}),
                                    version=version, base=base)
    print("sparat", sorted(getattr(stamp, "taken", {})))
except Conflict as conflict:
    print("konflikt", conflict.clashes)
finally:
    db.close()
"""


def _save_at_once(programs) -> list[tuple[str, str]]:
    """Lets the programs save once each has loaded the meeting (so both save on the version
    loaded); what each printed then, and its errors."""
    for program in programs:
        assert program.stdout.readline().strip() == "laddat", program.stderr.read()
    for program in programs:
        program.stdin.write("\n")
        program.stdin.flush()
    return [program.communicate(timeout=120) for program in programs]


def test_two_programs_saving_different_fields_of_one_meeting_both_are_kept(any_db):
    loaded = _meeting(any_db)
    programs = [subprocess.Popen([sys.executable, "-c", MERGE_IN_A_PROCESS, _target(any_db),
                                  str(loaded.id), str(loaded.stamp.version), field, value],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
                for field, value in (("place", "Stadshuset"), ("chair", "Anna Berg"))]
    said = _save_at_once(programs)
    assert not any("Traceback" in err for _, err in said), said
    outcomes = sorted(out.strip() for out, _ in said)
    # One saved on the version loaded; the other met it and took its field silently.
    assert outcomes in (["sparat ['chair']", "sparat []"], ["sparat ['place']", "sparat []"])
    stored = meetings.get_meeting(any_db, loaded.id)
    assert (stored.place, stored.chair) == ("Stadshuset", "Anna Berg")
    assert stored.stamp.version == loaded.stamp.version + 2


def test_two_programs_saving_the_same_field_one_gets_the_conflict(any_db):
    loaded = _meeting(any_db)
    programs = [subprocess.Popen([sys.executable, "-c", MERGE_IN_A_PROCESS, _target(any_db),
                                  str(loaded.id), str(loaded.stamp.version), "place", value],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
                for value in ("Stadshuset", "Biblioteket")]
    said = _save_at_once(programs)
    assert not any("Traceback" in err for _, err in said), said
    outcomes = [out.strip() for out, _ in said]
    assert sorted(outcomes) == ["konflikt ('place',)", "sparat []"]
    winner = ("Stadshuset", "Biblioteket")[outcomes.index("sparat []")]
    assert meetings.get_meeting(any_db, loaded.id).place == winner


def test_the_registers_merge_and_refuse_removals_the_same_way(any_db):
    from brastod.core.services import registers
    partner_id = _partner(any_db)
    [partner] = registers.list_partners(any_db)
    base = {"name": partner.name, "kind": partner.kind, "active": partner.active}
    registers.update_partner(any_db, partner_id, name="Polisen", kind="police", active=False,
                             version=partner.stamp.version, base=base)
    stamp = registers.update_partner(any_db, partner_id, name="Polisen i Fagersta",
                                     kind="police", active=True,
                                     version=partner.stamp.version, base=base)
    assert stamp.taken == {"active": False}
    with pytest.raises(Conflict) as raised:
        registers.update_partner(any_db, partner_id, name="Polismyndigheten", kind="police",
                                 version=partner.stamp.version, base=base)
    assert raised.value.clashes == ("name",) and "ändrade partnern" in str(raised.value)
    with pytest.raises(ValidationError, match="Inget togs bort"):
        registers.delete_partner(any_db, partner_id, version=partner.stamp.version)
    assert [p.name for p in registers.list_partners(any_db)] == ["Polisen i Fagersta"]

    area_id = registers.add_area(any_db, "Norr")
    area = next(a for a in registers.list_areas(any_db) if a.id == area_id)
    base = {"name": "Norr", "parent_id": area.parent_id, "kind": area.kind, "deso_code": None}
    registers.update_area(any_db, area_id, **{**base, "deso_code": "1982C1010"},
                          version=area.stamp.version, base=base)
    registers.update_area(any_db, area_id, **{**base, "name": "Norra"},
                          version=area.stamp.version, base=base)
    area = next(a for a in registers.list_areas(any_db) if a.id == area_id)
    assert (area.name, area.deso_code) == ("Norra", "1982C1010")
    registers.delete_area(any_db, area_id, version=area.stamp.version)
    with pytest.raises(ValidationError, match="finns inte längre; någon har tagit bort det"):
        registers.delete_area(any_db, area_id, version=area.stamp.version)


def test_a_link_or_a_decision_changed_meanwhile_is_not_removed(any_db):
    from brastod.core.meeting_rules import DecisionFields
    from brastod.core.plan_rules import Link
    plan_id = action_plans.create_plan(any_db, PlanFields("Plan", period_start=date(2027, 1, 1)))
    problem_id = plan_chain.add_problem(any_db, plan_id, "Skadegörelse")
    cause_id = plan_chain.add_cause(any_db, problem_id, "Mörkt i parken")
    [problem] = plan_chain.get_outline(any_db, plan_id).problems
    [cause] = problem.causes
    plan_chain.update_cause(any_db, cause_id, "Mörkt i parken på kvällen")
    with pytest.raises(ValidationError, match="ändrade den här orsaken.*Inget togs bort"):
        plan_chain.remove(any_db, Link.CAUSE, cause_id, cause.stamp.version)
    assert plan_chain.get_outline(any_db, plan_id).problems[0].causes
    plan_chain.remove(any_db, Link.CAUSE, cause_id, cause.stamp.version + 1)
    with pytest.raises(ValidationError, match="finns inte längre"):
        plan_chain.remove(any_db, Link.CAUSE, cause_id, cause.stamp.version + 1)

    meeting = _meeting(any_db)
    item = meeting.agenda[0]
    decision_id = meetings.save_decision(any_db, None, meeting_id=meeting.id, item_id=item.id,
                                         values=DecisionFields("Ordna belysning", None, None,
                                                               "open"))
    [row] = meetings.get_meeting(any_db, meeting.id).agenda[0].decisions
    meetings.set_decision_status(any_db, decision_id, "done")
    with pytest.raises(ValidationError, match="ändrade beslutet"):
        meetings.remove_decision(any_db, decision_id, row.stamp.version)
    meetings.remove_decision(any_db, decision_id, row.stamp.version + 1)
    assert not meetings.get_meeting(any_db, meeting.id).agenda[0].decisions


def test_a_series_merges_its_own_fields_the_same_way(any_db):
    fields = SeriesFields("EST-gruppen", "est_group", "Kommunhuset", time(9), 90, None)
    series_id = meeting_series.save_series(any_db, None, fields, [])
    [row] = meeting_series.list_series(any_db)
    meeting_series.save_series(any_db, series_id, replace(fields, default_place=" Polisen "),
                               [], version=row.stamp.version, base=row.fields)
    meeting_series.save_series(any_db, series_id, replace(fields, default_duration_minutes=60),
                               [], version=row.stamp.version, base=row.fields)
    [now] = meeting_series.list_series(any_db)
    assert (now.fields.default_place, now.fields.default_duration_minutes) == ("Polisen", 60)
    assert now.stamp.version == row.stamp.version + 2
    with pytest.raises(Conflict) as raised:
        meeting_series.save_series(any_db, series_id, replace(fields, default_place="Skolan"),
                                   [], version=row.stamp.version, base=row.fields)
    assert raised.value.clashes == ("default_place",) and "ändrade mötesserien" in \
        str(raised.value)
    assert raised.value.values["default_place"] == "Polisen"
    [after] = meeting_series.list_series(any_db)
    assert after.fields == now.fields and after.stamp == now.stamp      # nothing written


def test_an_area_assessment_merges_by_the_values_the_editor_showed(any_db):
    from brastod.core.periods import Period
    from brastod.core.services import situation_reports as reports
    from brastod.core.services.registers import add_area
    area_id = add_area(any_db, "Centrum")
    report_id = reports.create_report(any_db, "operational",
                                      Period(date(2026, 10, 1), date(2026, 11, 30)))
    [low, high, top] = [level.id for level in reports.list_levels(any_db)][:3]
    empty = {"level_id": None, "trend": None, "motivation": ""}

    def stored():
        [row] = [a for a in reports.get_report(any_db, report_id).assessments
                 if a.area_id == area_id]
        return row.level_id, row.trend, row.motivation

    # Both start from no assessment: her first save makes the row, his is merged into it.
    assert reports.save_assessment(any_db, report_id, area_id, level_id=None, trend="up",
                                   motivation="", base=empty) == {}
    taken = reports.save_assessment(any_db, report_id, area_id, level_id=low, trend=None,
                                    motivation="Samlingar vid Torget", base=empty)
    assert taken == {"trend": "up"}
    assert stored() == (low, "up", "Samlingar vid Torget")
    seen = {"level_id": low, "trend": "up", "motivation": "Samlingar vid Torget"}
    reports.save_assessment(any_db, report_id, area_id, level_id=high, trend="up",
                            motivation="Samlingar vid Torget", base=seen)
    with pytest.raises(Conflict) as raised:
        reports.save_assessment(any_db, report_id, area_id, level_id=top, trend="up",
                                motivation="Lugnare", base=seen)
    assert raised.value.clashes == ("level_id",) and raised.value.values["level_id"] == high
    assert raised.value.merged["motivation"] == "Lugnare"
    assert stored() == (high, "up", "Samlingar vid Torget")          # nothing written
    # The same value on both sides is no conflict; without a base the save writes as before.
    reports.save_assessment(any_db, report_id, area_id, level_id=high, trend="flat",
                            motivation="Samlingar vid Torget", base=seen)
    reports.save_assessment(any_db, report_id, area_id, level_id=None, trend=None,
                            motivation="")
    assert stored() == (None, None, "")
