"""The rest of a meeting's and a walk's edits name the version the user saw (issue 18): an
agenda item, a walk, a walk's participant or point someone else changed meanwhile is not removed
(who and when are said), one already removed says so; an item's title, a point's fields and a
decision's status are merged field by field with someone else's newer save; a renamed kind of
observation is not renamed again unseen. Reordering is no conflict and no new version. On a
file and on a PostgreSQL server alike."""
from dataclasses import replace
from datetime import date, time

import pytest
from sqlmodel import select

from brastod.core.errors import ValidationError
from brastod.core.meeting_rules import DecisionFields, SeriesFields
from brastod.core.models import WalkParticipant
from brastod.core.services import meeting_series, meetings, walks
from brastod.core.versions import Conflict, Gone
from brastod.core.walk_rules import PointFields, WalkFields


def _meeting(db):
    series_id = meeting_series.save_series(db, None, SeriesFields("Lokala BRÅ", "council", None,
                                                                  None, 120, None), [])
    [meeting_id] = meeting_series.create_meetings(db, series_id, [date(2027, 2, 1)])
    return meetings.get_meeting(db, meeting_id)


def _item(db, meeting_id, item_id):
    return next(i for i in meetings.get_meeting(db, meeting_id).agenda if i.id == item_id)


def test_an_item_someone_changed_meanwhile_is_not_removed(any_db):
    meeting = _meeting(any_db)
    seen = meeting.agenda[3]
    meetings.save_item(any_db, seen.id, minutes="Polisen berättade om sommaren.")
    with pytest.raises(ValidationError) as refused:
        meetings.remove_item(any_db, seen.id, seen.stamp.version)
    said = str(refused.value)
    assert "ändrade punkten" in said and "Inget togs bort" in said
    assert _item(any_db, meeting.id, seen.id).minutes == "Polisen berättade om sommaren."
    # Seen anew, it is removed and the rest renumbered.
    now = _item(any_db, meeting.id, seen.id)
    meetings.remove_item(any_db, seen.id, now.stamp.version)
    agenda = meetings.get_meeting(any_db, meeting.id).agenda
    assert seen.id not in [i.id for i in agenda]
    assert [i.position for i in agenda] == list(range(1, len(meeting.agenda)))
    with pytest.raises(Gone, match="Punkten finns inte längre på dagordningen"):
        meetings.remove_item(any_db, seen.id, now.stamp.version)
    meetings.remove_item(any_db, seen.id)          # without a version: already gone is done


def test_moving_and_renumbering_items_is_no_new_version(any_db):
    meeting = _meeting(any_db)
    first, second, third = meeting.agenda[:3]
    assert meetings.move_item(any_db, third.id, -1)
    meetings.remove_item(any_db, first.id, first.stamp.version)
    meetings.add_item(any_db, meeting.id, "Extra punkt", after_id=None)
    agenda = meetings.get_meeting(any_db, meeting.id).agenda
    assert [i.id for i in agenda[:2]] == [third.id, second.id]
    assert [i.position for i in agenda] == list(range(1, len(agenda) + 1))
    # Moved and renumbered, but nothing anyone typed changed: the versions seen still hold.
    assert _item(any_db, meeting.id, third.id).stamp == third.stamp
    meetings.save_item(any_db, second.id, minutes="Godkändes.", version=second.stamp.version)
    meetings.remove_item(any_db, third.id, third.stamp.version)


def test_a_renamed_item_and_its_minutes_changed_by_two_are_both_kept(any_db):
    meeting = _meeting(any_db)
    item = meeting.agenda[4]
    meetings.save_item(any_db, item.id, minutes="Lägesbilden visades.",
                       version=item.stamp.version)
    stamp = meetings.save_item(any_db, item.id, title="Aktuell lägesbild, hösten",
                               version=item.stamp.version, base={"title": item.title})
    assert stamp.version == item.stamp.version + 2
    stored = _item(any_db, meeting.id, item.id)
    assert (stored.title, stored.minutes) == ("Aktuell lägesbild, hösten",
                                              "Lägesbilden visades.")
    with pytest.raises(Conflict) as raised:
        meetings.save_item(any_db, item.id, title="Lägesbild", version=item.stamp.version,
                           base={"title": item.title})
    assert "ändrade punkten" in str(raised.value) and "välj vilken text" in str(raised.value)
    assert raised.value.values == {"title": "Aktuell lägesbild, hösten"}
    assert _item(any_db, meeting.id, item.id).title == "Aktuell lägesbild, hösten"
    with pytest.raises(Gone):
        meetings.save_item(any_db, 99_999, title="Lägesbild", version=1,
                           base={"title": item.title})
    # The minutes likewise: her new title is no conflict, her new minutes are.
    stored = _item(any_db, meeting.id, item.id)
    meetings.save_item(any_db, item.id, title="Lägesbild", version=stored.stamp.version,
                       base={"title": stored.title})
    meetings.save_item(any_db, item.id, minutes="Mitt protokoll.",
                       version=stored.stamp.version, base={"minutes": stored.minutes})
    assert _item(any_db, meeting.id, item.id).minutes == "Mitt protokoll."
    meetings.save_item(any_db, item.id, minutes="Hennes protokoll.",
                       version=stored.stamp.version + 2)
    with pytest.raises(Conflict) as raised:
        meetings.save_item(any_db, item.id, minutes="Mitt andra.",
                           version=stored.stamp.version + 2, base={"minutes": "Mitt protokoll."})
    assert raised.value.values == {"minutes": "Hennes protokoll."}
    assert "protokollet för den här punkten" in str(raised.value)


def test_marking_a_decision_done_keeps_what_someone_else_changed(any_db):
    meeting = _meeting(any_db)
    decision_id = meetings.save_decision(any_db, None, meeting_id=meeting.id,
                                         item_id=meeting.agenda[0].id,
                                         values=DecisionFields("Ordna belysning", None, None,
                                                               "open"))
    [seen] = meetings.get_meeting(any_db, meeting.id).agenda[0].decisions
    meetings.update_decision(any_db, decision_id, meeting_id=meeting.id,
                             item_id=meeting.agenda[0].id,
                             values=DecisionFields("Ordna belysning i parken", None, None,
                                                   "open"), version=seen.stamp.version)
    stamp = meetings.set_decision_status(any_db, decision_id, "done",
                                         version=seen.stamp.version, shown=seen.status)
    [stored] = meetings.get_meeting(any_db, meeting.id).agenda[0].decisions
    assert (stored.text, stored.status) == ("Ordna belysning i parken", "done")
    assert stored.stamp.version == stamp.version == seen.stamp.version + 2
    meetings.remove_decision(any_db, decision_id, stamp.version)
    with pytest.raises(Gone, match="Beslutet finns inte längre"):
        meetings.set_decision_status(any_db, decision_id, "done", version=stamp.version,
                                     shown="open")


def test_an_attendance_conflict_names_whose_attendance(any_db):
    meeting = _meeting(any_db)
    meetings.add_attendee(any_db, meeting.id, "Anna Berg")
    [person] = meetings.get_meeting(any_db, meeting.id).attendees
    base = {"status": person.status, "note": person.note}
    meetings.set_attendance(any_db, person.id, person.status, "Kommer sent",
                            version=person.stamp.version, base=base)
    with pytest.raises(Conflict) as raised:
        meetings.set_attendance(any_db, person.id, person.status, "Går tidigt",
                                version=person.stamp.version, base=base)
    assert "ändrade närvaron för Anna Berg" in str(raised.value)


# ---- walks ----

def _walk(db) -> walks.WalkDetail:
    kind = walks.list_kinds(db)[0].id
    walk_id = walks.create_walk(db, WalkFields(date(2027, 4, 1), time(18), time(20),
                                               route="Parken"))
    walks.add_participant(db, walk_id, organisation="Boende", headcount=4)
    for place in ("Gångtunneln", "Parken", "Skolan"):
        walks.add_point(db, walk_id, PointFields(place, kind, "Mörkt"))
    return walks.get_walk(db, walk_id)


def test_a_point_merges_field_by_field_and_asks_about_the_same_field(any_db):
    walk = _walk(any_db)
    point = walk.points[1]
    walks.update_point(any_db, point.id, replace(point.values, note="Tre lampor trasiga"),
                       version=point.stamp.version, base=point.values)
    stamp = walks.update_point(any_db, point.id, replace(point.values, place=" Parken, norr "),
                               version=point.stamp.version, base=point.values)
    assert stamp.taken == {"note": "Tre lampor trasiga"}
    stored = walks.get_walk(any_db, walk.id).points[1]
    assert (stored.place, stored.note) == ("Parken, norr", "Tre lampor trasiga")
    with pytest.raises(Conflict) as raised:
        walks.update_point(any_db, point.id, replace(point.values, note="Buskar skymmer"),
                           version=point.stamp.version, base=point.values)
    assert raised.value.clashes == ("note",) and "ändrade punkten" in str(raised.value)
    assert raised.value.merged["place"] == "Parken, norr"
    assert walks.get_walk(any_db, walk.id).points[1] == stored          # nothing written


def test_a_point_someone_changed_or_removed_meanwhile_is_not_removed(any_db):
    walk = _walk(any_db)
    first, second, third = walk.points
    walks.update_point(any_db, second.id, replace(second.values, note="Klotter på muren"))
    with pytest.raises(ValidationError, match="ändrade punkten.*Inget togs bort"):
        walks.remove_point(any_db, second.id, second.stamp.version)
    assert [p.id for p in walks.get_walk(any_db, walk.id).points] == [first.id, second.id,
                                                                      third.id]
    # Moved and renumbered: no new version, the removal of what was seen goes through.
    assert walks.move_point(any_db, third.id, -1)
    walks.remove_point(any_db, first.id, first.stamp.version)
    points = walks.get_walk(any_db, walk.id).points
    assert [(p.number, p.id) for p in points] == [(1, third.id), (2, second.id)]
    assert points[0].stamp == third.stamp
    walks.remove_point(any_db, third.id, third.stamp.version)
    with pytest.raises(Gone, match="Punkten finns inte längre; någon har tagit bort den"):
        walks.remove_point(any_db, third.id, third.stamp.version)


def test_a_participant_someone_changed_or_removed_meanwhile_is_not_removed(any_db):
    walk = _walk(any_db)
    [seen] = walk.participants
    with any_db.session() as session:       # no editor changes one yet; a later one might
        row = session.exec(select(WalkParticipant)).one()
        row.headcount = 6
        session.add(row)
    with pytest.raises(ValidationError, match="ändrade deltagaren.*Inget togs bort"):
        walks.remove_participant(any_db, seen.id, seen.stamp.version)
    [now] = walks.get_walk(any_db, walk.id).participants
    assert now.headcount == 6
    walks.remove_participant(any_db, now.id, now.stamp.version)
    assert walks.get_walk(any_db, walk.id).participants == []
    with pytest.raises(Gone, match="Deltagaren finns inte längre"):
        walks.remove_participant(any_db, now.id, now.stamp.version)


def test_a_walk_someone_changed_or_removed_meanwhile_is_not_removed(any_db):
    walk = _walk(any_db)
    walks.update_walk(any_db, walk.id, WalkFields(walk.walk_date, walk.start_time,
                                                  walk.end_time, route="Parken – torget"))
    with pytest.raises(ValidationError, match="ändrade vandringen.*Inget togs bort"):
        walks.delete_walk(any_db, walk.id, walk.stamp.version)
    assert walks.get_walk(any_db, walk.id).route == "Parken – torget"
    walks.delete_walk(any_db, walk.id, walk.stamp.version + 1)
    assert walks.list_walks(any_db) == []
    with pytest.raises(Gone, match="Trygghetsvandringen finns inte längre"):
        walks.delete_walk(any_db, walk.id, walk.stamp.version + 1)


def _seen(walk) -> dict:
    return {"points": {p.id: p.stamp.version for p in walk.points},
            "participants": {p.id: p.stamp.version for p in walk.participants}}


def test_a_walk_whose_points_or_participants_changed_meanwhile_is_not_removed(any_db):
    walk = _walk(any_db)
    kind = walk.points[0].kind_id
    added = walks.add_point(any_db, walk.id, PointFields("Torget", kind))
    with pytest.raises(ValidationError, match="ändrade vandringens punkter.*Inget togs bort"):
        walks.delete_walk(any_db, walk.id, walk.stamp.version, **_seen(walk))
    walks.remove_point(any_db, added)
    walks.update_point(any_db, walk.points[0].id, replace(walk.points[0].values, note="Lagat"))
    with pytest.raises(ValidationError, match="ändrade vandringens punkter"):
        walks.delete_walk(any_db, walk.id, walk.stamp.version, **_seen(walk))
    walk = walks.get_walk(any_db, walk.id)
    walks.add_participant(any_db, walk.id, organisation="Polisen")
    with pytest.raises(ValidationError, match="ändrade vandringens deltagare"):
        walks.delete_walk(any_db, walk.id, walk.stamp.version, **_seen(walk))
    assert len(walks.get_walk(any_db, walk.id).points) == 3             # all kept
    # A point someone removed, or one moved, is no loss: the walk goes.
    seen = walks.get_walk(any_db, walk.id)
    walks.remove_point(any_db, seen.points[0].id)
    walks.move_point(any_db, seen.points[2].id, -1)
    walks.delete_walk(any_db, walk.id, seen.stamp.version, **_seen(seen))
    assert walks.list_walks(any_db) == []


def test_a_kind_renamed_meanwhile_is_not_renamed_again_unseen(any_db, as_anna):
    kind = walks.list_kinds(any_db)[0]
    assert kind.version == 1
    as_anna(walks.rename_kind, any_db, kind.id, "Belysning och lampor", kind.version)
    with pytest.raises(Conflict) as raised:
        walks.rename_kind(any_db, kind.id, "Gatubelysning", kind.version)
    assert raised.value.values == {"name": "Belysning och lampor"}
    assert raised.value.stamp.changed_by == "anna.berg"
    assert "anna.berg ändrade iakttagelsen kl." in str(raised.value)
    theirs = walks.list_kinds(any_db)[0]
    assert (theirs.name, theirs.version) == ("Belysning och lampor", 2)
    walks.rename_kind(any_db, kind.id, "Gatubelysning", theirs.version)
    assert walks.list_kinds(any_db)[0].name == "Gatubelysning"
    # A kind removed meanwhile says so.
    with pytest.raises(ValidationError, match="finns inte längre"):
        walks.rename_kind(any_db, 9999, "Skyltar", 1)


def test_members_added_and_removed_by_two_at_once_are_all_kept(any_db):
    from brastod.core.services import registers
    partner = registers.add_partner(any_db, "Polisen", "police")
    anna, bo, cecilia, david = (registers.add_contact(any_db, partner, name)
                                for name in ("Anna", "Bo", "Cecilia", "David"))
    fields = SeriesFields("EST-gruppen", "est_group", None, None, 90, None)
    series_id = meeting_series.save_series(any_db, None, fields, [anna, bo])
    [seen] = meeting_series.list_series(any_db)
    # Someone else adds Cecilia and removes Anna…
    meeting_series.save_series(any_db, series_id, fields, [bo, cecilia],
                               version=seen.stamp.version, base=seen.fields,
                               base_members=seen.members)
    # …while this user, on the members seen before, adds David and removes Bo.
    meeting_series.save_series(any_db, series_id, replace(fields, default_duration_minutes=60),
                               [anna, david], version=seen.stamp.version, base=seen.fields,
                               base_members=seen.members)
    [now] = meeting_series.list_series(any_db)
    assert sorted(now.members) == sorted([cecilia, david])
    assert now.fields.default_duration_minutes == 60
    # Without the members shown, the list given is the list (the command line, a new series).
    meeting_series.save_series(any_db, series_id, now.fields, [bo])
    [after] = meeting_series.list_series(any_db)
    assert after.members == [bo]
