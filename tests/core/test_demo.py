from collections import Counter
from datetime import date, time, timedelta

import pytest
from sqlmodel import select

from brastod.core.demo import fill_demo, load_demo
from brastod.core.errors import BrastodError
from brastod.core.models import (
    Action, ActionPlan, AgendaItem, Area, Category, Attendee, Cause, Decision, FollowUp, Goal, Incident, Meeting,
    SituationReport,
)
from brastod.core.services.figures import ReportFigures, summary
from brastod.core.services.registers import list_partners
from brastod.core.services.stats import counts
from tests.conftest import DEMO_TODAY


def test_example_data_is_a_believable_municipality(demo_db):
    numbers = counts(demo_db)
    assert numbers["partners"] == 10
    assert all(p.contact_count >= 1 for p in list_partners(demo_db))
    assert 2000 <= numbers["incidents"] <= 6000
    assert numbers["areas"] >= 6
    assert numbers["import_batches"] > 20


def test_incidents_cover_two_years_with_rhythm(demo_db):
    with demo_db.session() as session:
        days = session.exec(select(Incident.occurred_on)).all()
    assert min(days) >= DEMO_TODAY - timedelta(days=730) and max(days) <= DEMO_TODAY
    by_month = Counter(d.month for d in days)
    by_weekday = Counter(d.weekday() for d in days)
    assert by_month[6] > by_month[2] * 1.3             # summer busier than late winter
    assert by_weekday[5] > by_weekday[1] * 1.3         # Saturday busier than Tuesday


def test_real_police_events_are_included(demo_db):
    with demo_db.session() as session:
        police = session.exec(select(Incident).where(Incident.source_ref.like("polisen:%"))).all()
        areas = dict(session.exec(select(Area.id, Area.name)).all())
        categories = dict(session.exec(select(Category.id, Category.name)).all())
    assert len(police) > 20
    assert all(i.police_reported for i in police)
    by_ref = {i.source_ref: i for i in police}
    # "26 maj 09.06, Brand, Fagersta": "En brand i en villa i Hedkärra …", published 10:18.
    fire = by_ref["polisen:586825"]
    assert (fire.occurred_on, fire.occurred_time) == (date(2025, 5, 26), time(9, 6))
    assert areas[fire.area_id] == "Hedkärra" and categories[fire.category_id] == "Anlagd brand"
    # Events before the two-year window are left out.
    assert "polisen:392722" not in by_ref


def test_meetings_with_agendas_minutes_and_decisions(demo_db):
    with demo_db.session() as session:
        meetings = session.exec(select(Meeting)).all()
        statuses = Counter(m.status for m in meetings)
        held = [m for m in meetings if m.meeting_date < DEMO_TODAY]
        items = session.exec(select(AgendaItem)).all()
        attendees = session.exec(select(Attendee)).all()
        decisions = session.exec(select(Decision)).all()
    assert set(statuses) == {"planned", "notice_sent", "held", "minutes_approved"}
    assert all(any(i.meeting_id == m.id for i in items) for m in meetings)
    assert any(i.minutes for i in items)
    assert {a.status for a in attendees} >= {"present", "apologies", "co_opted", "called"}
    assert {d.status for d in decisions} == {"open", "done"}
    assert len(held) > 40


def test_situation_reports_two_adopted_one_draft_with_frozen_figures(demo_db):
    with demo_db.session() as session:
        reports = session.exec(select(SituationReport)).all()
    assert sorted(r.status for r in reports) == ["adopted", "adopted", "draft"]
    assert {r.kind for r in reports} == {"operational", "strategic"}
    for report in reports:
        if report.status == "adopted":
            frozen = ReportFigures.from_json(report.frozen_figures_json)
            current = summary(demo_db, report.period_start, report.period_end)
            assert frozen.matrix.total()[0] == current.total > 0
            assert frozen.key_figures, "the key figures are entered before the adoption"
        else:
            assert report.frozen_figures_json is None


def test_action_plan_chain_covers_every_status(demo_db):
    with demo_db.session() as session:
        plan = session.exec(select(ActionPlan).where(ActionPlan.kind == "action_plan")).one()
        actions = session.exec(select(Action).where(Action.plan_id == plan.id)).all()
        causes = session.exec(select(Cause)).all()
        goals = session.exec(select(Goal).where(Goal.plan_id == plan.id)).all()
        follow_ups = session.exec(select(FollowUp)).all()
    assert len(actions) >= 8
    assert {a.status for a in actions} == {"planned", "ongoing", "done", "cancelled"}
    assert {a.rag for a in actions} >= {"green", "yellow", "red"}
    assert all(a.cause_id and a.responsible_partner_id for a in actions)
    # The chain holds: an action under a goal serves the goal's cause.
    goal_cause = {g.id: g.cause_id for g in goals}
    assert sum(a.goal_id is not None for a in actions) >= 6
    assert all(goal_cause[a.goal_id] == a.cause_id for a in actions if a.goal_id)
    assert [c.number for c in causes] == list(range(1, len(causes) + 1))
    assert all(g.target is not None and g.deadline for g in goals)
    assert len(follow_ups) >= 8
    assert any(a.due_on < DEMO_TODAY and a.status in ("planned", "ongoing") for a in actions)


def _fingerprint(db) -> list:
    with db.session() as session:
        return session.exec(select(Incident.occurred_on, Incident.occurred_time, Incident.area_id,
                                   Incident.category_id, Incident.description)
                            .order_by(Incident.id)).all()


def test_example_data_is_repeatable(tmp_path, demo_db):
    again = load_demo(tmp_path / "igen.sqlite3", today=DEMO_TODAY)
    assert _fingerprint(again) == _fingerprint(demo_db)
    other_day = load_demo(tmp_path / "annan.sqlite3", today=DEMO_TODAY + timedelta(days=1))
    assert _fingerprint(other_day) != _fingerprint(demo_db)
    again.close()
    other_day.close()


def test_example_data_only_into_an_empty_database(demo_db):
    before = counts(demo_db)
    with pytest.raises(BrastodError, match="ny, tom databas"):
        fill_demo(demo_db, DEMO_TODAY)
    assert counts(demo_db) == before


def test_demo_refuses_a_database_made_for_a_municipality_and_leaves_it_alone(tmp_path):
    import subprocess
    import sys
    path = tmp_path / "kungsor.sqlite3"

    def brastod(*args):
        return subprocess.run([sys.executable, "-m", "brastod", "--db", str(path), *args],
                              capture_output=True, text=True, timeout=60)
    assert brastod("init", "--municipality", "Kungsör").returncode == 0
    before = path.read_bytes()
    done = brastod("demo")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "redan skapad för Kungsör" in done.stderr and "0 händelser" in done.stderr
    assert "ny, tom databas" in done.stderr
    assert path.read_bytes() == before


def test_demo_refuses_a_database_with_data_saying_what_it_holds(demo_file, tmp_path, capsys):
    import shutil
    from brastod.cli import main
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    before = path.read_bytes()
    assert main(["--db", str(path), "demo"]) == 1
    err = capsys.readouterr().err
    assert "redan skapad för Fagersta" in err and "10 partner" in err
    assert path.read_bytes() == before


def test_demo_fills_a_new_file_and_an_empty_created_one(tmp_path):
    from brastod.core.db import open_database
    load_demo(tmp_path / "ny.sqlite3", today=DEMO_TODAY).close()
    empty = open_database(tmp_path / "tom.sqlite3", create=True)     # the GUI's first start
    try:
        fill_demo(empty, DEMO_TODAY)
        assert counts(empty)["incidents"] > 2000
    finally:
        empty.close()
