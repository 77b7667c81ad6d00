"""Plans and their chain: the rules a form checks, overdue around today, the chain's numbering
and links, follow-ups, the exports' content and the command line."""
import json
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from brastod.cli import main
from brastod.core.errors import FieldError, PersonalDataFound, ValidationError
from brastod.core.exports.action_plan import export_action_plan
from brastod.core.plan_rules import (
    ActionFields, FollowUpFields, GoalFields, PlanFields, is_due_soon, is_overdue,
)
from brastod.core.services import action_plans, plan_chain, registers
from brastod.core.services.plan_chain import Link
from tests.conftest import DEMO_TODAY

TODAY = date(2026, 5, 10)


# ---- the rules ----

@pytest.mark.parametrize("values, field, fragment", [
    (ActionFields("Belysning", 1, start_on=date(2026, 5, 1), due_on=date(2026, 4, 30)),
     "due_on", "före starten"),
    (ActionFields("Belysning", None), "responsible_partner_id", "ansvarar"),
    (ActionFields("  ", 1), "title", "Skriv vad åtgärden är"),
    (ActionFields("Belysning", 1, status="klar"), "status", "status"),
    (GoalFields("Färre otrygga", None, date(2027, 1, 1)), "target", "mätbart målvärde"),
    (GoalFields("Färre otrygga", 22, None), "deadline", "tidsbestämda"),
    (GoalFields("", 22, date(2027, 1, 1)), "description", "Skriv vad målet är"),
    (PlanFields("", period_start=date(2026, 1, 1)), "title", "titel"),
    (PlanFields("Plan", period_start=date(2026, 2, 1), period_end=date(2026, 1, 1)),
     "period_end", "före den börjar"),
    (PlanFields("Plan", status="decided"), "decided_on", "beslutsdatum"),
    (PlanFields("Plan", status="decided", decided_on=date(2026, 1, 1)), "decided_by",
     "vem som beslutade"),
])
def test_refused_values_name_their_field(values, field, fragment):
    with pytest.raises(FieldError) as caught:
        values.validate()
    assert caught.value.field == field
    assert fragment in str(caught.value)


def test_valid_values_pass():
    ActionFields("Belysning", 1, start_on=date(2026, 5, 1), due_on=date(2026, 5, 1)).validate()
    GoalFields("Färre otrygga", 22, date(2027, 1, 1)).validate()
    PlanFields("Plan", status="decided", decided_on=date(2026, 1, 1),
               decided_by="KS").validate()
    FollowUpFields(TODAY, "green").validate(TODAY)


def test_a_follow_up_needs_a_colour_and_a_day_that_has_been():
    with pytest.raises(FieldError, match="efter i dag") as caught:
        FollowUpFields(TODAY + timedelta(days=1), "green").validate(TODAY)
    assert caught.value.field == "followed_up_on"
    with pytest.raises(FieldError, match="grön, gul eller röd") as caught:
        FollowUpFields(TODAY, None).validate(TODAY)
    assert caught.value.field == "rag"


@pytest.mark.parametrize("status, due, overdue, soon", [
    ("ongoing", TODAY - timedelta(days=1), True, False),
    ("planned", TODAY - timedelta(days=1), True, False),
    ("ongoing", TODAY, False, True),
    ("ongoing", TODAY + timedelta(days=30), False, True),
    ("ongoing", TODAY + timedelta(days=31), False, False),
    ("done", TODAY - timedelta(days=100), False, False),
    ("cancelled", TODAY - timedelta(days=1), False, False),
    ("done", TODAY + timedelta(days=5), False, False),
    ("ongoing", None, False, False),
])
def test_overdue_and_due_soon_around_today(status, due, overdue, soon):
    assert is_overdue(status, due, TODAY) is overdue
    assert is_due_soon(status, due, TODAY) is soon


def test_the_tracker_rows_use_the_day_they_are_given(demo_db):
    rows = action_plans.list_actions(demo_db)
    late = {row.title for row in rows if row.is_overdue(DEMO_TODAY)}
    assert late == {"Byta belysning längs gångvägen i Kolarbyn",
                    "Fältarbete i centrum fredag och lördag kväll",
                    "Skolornas arbete mot klotter – temadag"}
    # A year earlier nothing in the example was late yet.
    assert not any(row.is_overdue(DEMO_TODAY - timedelta(days=365)) for row in rows)
    plan = next(p for p in action_plans.list_plans(demo_db) if p.kind == "citizen_promise")
    assert [r.title for r in action_plans.list_actions(demo_db, plan.id)] == [
        "Riktade polisinsatser i centrum"]


# ---- plans ----

def _partner(db) -> int:
    partners = registers.list_partners(db)
    return partners[0].id if partners else registers.add_partner(db, "Polisen", "police")


def test_plan_created_changed_and_deleted(db):
    plan_id = action_plans.create_plan(db, PlanFields(" Medborgarlöfte 2027 ",
                                                      kind="citizen_promise",
                                                      police_commitment=" Fler patruller "))
    detail = action_plans.get_plan(db, plan_id)
    assert detail.fields.title == "Medborgarlöfte 2027"
    assert detail.fields.police_commitment == "Fler patruller"
    assert detail.fields.expected_result is None
    decided = PlanFields("Medborgarlöfte 2027", kind="citizen_promise", status="decided",
                         decided_by="KS", decided_on=date(2027, 1, 20), registry_number="KS 1")
    action_plans.update_plan(db, plan_id, decided)
    [row] = action_plans.list_plans(db)
    assert (row.status, row.decided_by, row.registry_number) == ("decided", "KS", "KS 1")
    with pytest.raises(ValidationError, match="kan inte tas bort"):
        action_plans.delete_plan(db, plan_id)
    action_plans.update_plan(db, plan_id, PlanFields("Medborgarlöfte 2027"))
    action_plans.delete_plan(db, plan_id)
    assert action_plans.list_plans(db) == []


def test_a_refused_plan_is_not_stored(db):
    with pytest.raises(FieldError):
        action_plans.create_plan(db, PlanFields("Plan", status="closed"))
    with pytest.raises(ValidationError, match="Lägesbild 99 finns inte"):
        action_plans.create_plan(db, PlanFields("Plan", situation_report_id=99))
    assert action_plans.list_plans(db) == []


# ---- the chain ----

@pytest.fixture
def chain(db):
    """A plan with two problems: causes 1–2 under the first, 3 under the second."""
    plan_id = action_plans.create_plan(db, PlanFields("Plan"))
    first = plan_chain.add_problem(db, plan_id, "Samlingar i centrum")
    second = plan_chain.add_problem(db, plan_id, "Otrygghet i Kolarbyn")
    causes = [plan_chain.add_cause(db, first, "Ingen fritidsgård"),
              plan_chain.add_cause(db, first, "Få vuxna"),
              plan_chain.add_cause(db, second, "Dålig belysning")]
    return db, plan_id, (first, second), causes


def _numbers(db, plan_id) -> list[tuple[str, int]]:
    outline = plan_chain.get_outline(db, plan_id)
    return [(c.description, c.number) for c in outline.causes()]


def test_causes_are_numbered_through_the_plan(chain):
    db, plan_id, (first, second), causes = chain
    assert _numbers(db, plan_id) == [("Ingen fritidsgård", 1), ("Få vuxna", 2),
                                     ("Dålig belysning", 3)]
    plan_chain.add_cause(db, first, "Mörka gångar")      # joins the first problem: 3
    assert _numbers(db, plan_id)[2:] == [("Mörka gångar", 3), ("Dålig belysning", 4)]
    assert plan_chain.move(db, Link.CAUSE, causes[1], -1)
    assert [n for _, n in _numbers(db, plan_id)] == [1, 2, 3, 4]
    assert _numbers(db, plan_id)[0] == ("Få vuxna", 1)
    assert not plan_chain.move(db, Link.CAUSE, causes[1], -1)   # first already
    assert plan_chain.move(db, Link.PROBLEM, second, -1)
    assert _numbers(db, plan_id)[0] == ("Dålig belysning", 1)
    plan_chain.remove(db, Link.CAUSE, causes[2])
    assert [n for _, n in _numbers(db, plan_id)] == [1, 2, 3]


def test_moving_and_renumbering_links_is_no_new_version(chain):
    """A new order or a cause's new number changes nothing anyone typed: the versions shown in
    another window still hold, so its next save of a text is no conflict."""
    db, plan_id, (first, second), causes = chain

    def stamps() -> dict:
        outline = plan_chain.get_outline(db, plan_id)
        return {(type(node).__name__, node.id): node.stamp
                for node in outline.problems + outline.causes()}
    shown = stamps()
    assert plan_chain.move(db, Link.CAUSE, causes[1], -1)
    assert plan_chain.move(db, Link.PROBLEM, second, -1)
    plan_chain.remove(db, Link.CAUSE, causes[0])
    assert _numbers(db, plan_id) == [("Dålig belysning", 1), ("Få vuxna", 2)]
    assert stamps() == {key: stamp for key, stamp in shown.items()
                        if key != ("CauseNode", causes[0])}
    plan_chain.update_cause(db, causes[1], "Få vuxna ute på kvällarna",
                            version=shown["CauseNode", causes[1]].version)


def test_an_action_under_a_goal_serves_the_goals_cause(chain):
    db, plan_id, _, causes = chain
    goal = plan_chain.add_goal(db, plan_id, GoalFields("Färre samlingar", 90,
                                                       date(2027, 12, 31), causes[0]))
    action = plan_chain.add_action(db, plan_id, ActionFields(
        "Öppen fritidsgård", _partner(db), cause_id=causes[2], goal_id=goal))
    outline = plan_chain.get_outline(db, plan_id)
    [node] = outline.all_actions()
    assert node.id == action and node.values.cause_id == causes[0]
    assert outline.problems[0].causes[0].goals[0].actions[0].id == action
    # Moving the goal to another cause takes its actions along.
    plan_chain.update_goal(db, goal, GoalFields("Färre samlingar", 90, date(2027, 12, 31),
                                                causes[1]))
    assert plan_chain.get_outline(db, plan_id).all_actions()[0].values.cause_id == causes[1]


def test_removing_a_cause_keeps_its_goals_and_actions(chain):
    db, plan_id, _, causes = chain
    goal = plan_chain.add_goal(db, plan_id, GoalFields("Ljusare", 10, date(2027, 1, 1),
                                                       causes[2]))
    plan_chain.add_action(db, plan_id, ActionFields("Ny belysning", _partner(db),
                                                    goal_id=goal))
    plan_chain.add_action(db, plan_id, ActionFields("Röjning", _partner(db),
                                                    cause_id=causes[2]))
    plan_chain.remove(db, Link.CAUSE, causes[2])
    outline = plan_chain.get_outline(db, plan_id)
    assert [g.id for g in outline.goals] == [goal]
    assert [a.values.title for a in outline.goals[0].actions] == ["Ny belysning"]
    assert [a.values.title for a in outline.actions] == ["Röjning"]


def test_links_must_belong_to_the_plan_and_the_partner(chain, db):
    db, plan_id, _, causes = chain
    other = action_plans.create_plan(db, PlanFields("Annan plan"))
    with pytest.raises(FieldError, match="hör inte till den här planen") as caught:
        plan_chain.add_action(db, other, ActionFields("X", _partner(db), cause_id=causes[0]))
    assert caught.value.field == "cause_id"
    police, school = _partner(db), registers.add_partner(db, "Skolan", "school")
    contact = registers.add_contact(db, police, "Anna Andersson")
    with pytest.raises(FieldError, match="Kontaktpersonen") as caught:
        plan_chain.add_action(db, plan_id, ActionFields("X", school, contact_id=contact))
    assert caught.value.field == "contact_id"
    with pytest.raises(FieldError) as caught:
        plan_chain.add_action(db, plan_id, ActionFields("X", None))
    assert caught.value.field == "responsible_partner_id"
    assert plan_chain.get_outline(db, plan_id).all_actions() == []


def test_problems_are_suggested_from_the_plans_lagesbild(demo_db):
    plan_id = _plan_id(demo_db, "action_plan")
    titles = [s.title for s in plan_chain.problem_suggestions(demo_db, plan_id)]
    # Centrum and Kolarbyn (Oroligt) are problems of the plan already; calm areas never show.
    assert titles == ["Eskilsbo: Skadegörelse vid badplatsen under sommaren",
                      "Västanfors: Enstaka klotter; buskörning vid idrottsplatsen under våren"]
    unlinked = action_plans.create_plan(demo_db, PlanFields("Utan lägesbild"))
    assert plan_chain.problem_suggestions(demo_db, unlinked) == []


def test_the_newest_follow_up_colours_the_action(chain):
    db, plan_id, _, causes = chain
    action = plan_chain.add_action(db, plan_id, ActionFields("Belysning", _partner(db),
                                                             cause_id=causes[2]))
    plan_chain.add_follow_up(db, action, FollowUpFields(TODAY, "yellow", "Försenad"), TODAY)
    older = plan_chain.add_follow_up(db, action, FollowUpFields(TODAY - timedelta(days=30),
                                                                "green"), TODAY)
    assert plan_chain.get_outline(db, plan_id).all_actions()[0].values.rag == "yellow"
    newest = plan_chain.add_follow_up(db, action, FollowUpFields(TODAY, "red", "Stoppad"),
                                      TODAY)
    node = plan_chain.get_outline(db, plan_id).all_actions()[0]
    assert node.values.rag == "red"
    assert [f.values.note for f in node.follow_ups][0] == "Stoppad"
    plan_chain.remove(db, Link.FOLLOW_UP, newest)
    assert plan_chain.get_outline(db, plan_id).all_actions()[0].values.rag == "yellow"
    with pytest.raises(FieldError):
        plan_chain.update_follow_up(db, older, FollowUpFields(TODAY + timedelta(days=2),
                                                              "green"), TODAY)
    row = action_plans.list_actions(db)[0]
    assert (row.follow_ups, row.last_follow_up) == (2, TODAY)


def test_renaming_in_place_and_moving_actions(chain):
    db, plan_id, (first, _), causes = chain
    ids = [plan_chain.add_action(db, plan_id, ActionFields(title, _partner(db),
                                                           cause_id=causes[0]))
           for title in ("A", "B", "C")]
    assert plan_chain.move(db, Link.ACTION, ids[2], -1)
    plan_chain.rename(db, Link.ACTION, ids[0], " Första ")
    plan_chain.rename(db, Link.PROBLEM, first, "Samlingar kvällstid")
    outline = plan_chain.get_outline(db, plan_id)
    assert [a.values.title for a in outline.all_actions()] == ["Första", "C", "B"]
    assert outline.problems[0].title == "Samlingar kvällstid"
    with pytest.raises(ValidationError, match="finns inte längre"):
        plan_chain.rename(db, Link.GOAL, 999, "x")


@pytest.mark.parametrize("change, field, message", [
    (lambda db, plan, problem, cause: plan_chain.add_problem(db, plan, " "), "title",
     "Skriv vilket problem som är prioriterat."),
    (lambda db, plan, problem, cause: plan_chain.update_problem(
        db, problem, title="", description="", area_id=None, category_id=None), "title",
     "Skriv vilket problem som är prioriterat."),
    (lambda db, plan, problem, cause: plan_chain.add_cause(db, problem, "\n"), "description",
     "Skriv vad orsaken är."),
    (lambda db, plan, problem, cause: plan_chain.update_cause(db, cause, " "), "description",
     "Skriv vad orsaken är."),
    (lambda db, plan, problem, cause: plan_chain.rename(db, Link.CAUSE, cause, "  "),
     "description", "Skriv vad orsaken är."),
])
def test_a_problem_and_a_cause_need_their_text(chain, change, field, message):
    db, plan_id, (first, _), causes = chain
    before = plan_chain.get_outline(db, plan_id)
    with pytest.raises(FieldError) as caught:
        change(db, plan_id, first, causes[0])
    assert (caught.value.field, str(caught.value)) == (field, message)
    assert plan_chain.get_outline(db, plan_id) == before


# ---- exports ----

def _plan_id(db, kind: str) -> int:
    return next(p.id for p in action_plans.list_plans(db) if p.kind == kind)


def test_pdf_in_bras_column_order(demo_db, tmp_path):
    target = tmp_path / "plan.pdf"
    export_action_plan(demo_db, _plan_id(demo_db, "action_plan"), pdf=target, today=DEMO_TODAY)
    reader = PdfReader(target)
    pages = [page.extract_text() for page in reader.pages]
    whole = " ".join(" ".join(pages).split())     # as read, whatever a cell wraps
    assert "Åtgärdsplan för trygghet" in pages[0] and "Beslutad" in pages[0]
    assert "dnr KS 2026/112" in pages[0] and "Strategisk lägesbild 2025" in pages[0]
    assert all(f"Sida {n} av {len(pages)}" in page for n, page in enumerate(pages, start=1))
    header = whole.index("Orsak")
    assert [whole.index(word, header) for word in ("Åtgärd", "Mål", "När", "Vem",
                                                    "Uppföljning")] == sorted(
        whole.index(word, header) for word in ("Åtgärd", "Mål", "När", "Vem", "Uppföljning"))
    for expected in ("10 åtgärder", "Försenade 2026-11-22: 3", "Försenade åtgärder", "försenad",
                     "1. Brist på meningsfull", "Röd",
                     "Mål och indikatorer", "28 (2024)", "Uppföljningar",
                     "Fortfarande inte monterad"):
        assert expected in whole, expected
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Status" in titles and "Uppföljningar" in titles


def test_a_citizen_promise_has_its_own_shape(demo_db, tmp_path):
    target = tmp_path / "löfte.pdf"
    export_action_plan(demo_db, _plan_id(demo_db, "citizen_promise"), pdf=target,
                       today=DEMO_TODAY)
    whole = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    parts = ["Situationen i dag", "Det här gör kommunen", "Det här gör polisen",
             "Det här ska vi åstadkomma tillsammans", "Så följer vi upp"]
    assert [whole.index(part) for part in parts] == sorted(whole.index(p) for p in parts)
    assert "Riktade polisinsatser i centrum" in whole


def test_excel_one_row_per_action_and_a_sheet_of_follow_ups(demo_db, tmp_path):
    target = tmp_path / "plan.xlsx"
    plan_id = _plan_id(demo_db, "action_plan")
    export_action_plan(demo_db, plan_id, xlsx=target, today=DEMO_TODAY)
    book = load_workbook(target)
    assert book.sheetnames == ["Åtgärder", "Uppföljningar", "Mål", "Om planen"]
    rows = list(book["Åtgärder"].values)
    header = rows[0]
    assert header[:4] == ("Problem", "Orsak nr", "Orsak", "Åtgärd")
    assert len(rows) - 1 == len(action_plans.list_actions(demo_db, plan_id)) == 10
    late = header.index("Försenad 2026-11-22")
    by_title = {row[3]: row for row in rows[1:]}
    assert by_title["Byta belysning längs gångvägen i Kolarbyn"][late] == "Ja"
    assert by_title["Röja vegetation vid parkeringen i Kolarbyn"][late] == "Nej"
    assert by_title["Byta belysning längs gångvägen i Kolarbyn"][header.index("Klart senast")] \
        .date() == date(2026, 10, 23)
    follow_ups = list(book["Uppföljningar"].values)
    assert len(follow_ups) - 1 == 10
    assert ("Byta belysning längs gångvägen i Kolarbyn", "Röd") in {
        (row[0], row[3]) for row in follow_ups[1:]}


def test_export_stops_at_personal_data_until_confirmed(demo_db, tmp_path):
    plan_id = _plan_id(demo_db, "action_plan")
    action = plan_chain.get_outline(demo_db, plan_id).all_actions()[0]
    plan_chain.add_follow_up(demo_db, action.id, FollowUpFields(
        DEMO_TODAY, "green", "Ring 070-123 45 67"), DEMO_TODAY)
    target = tmp_path / "plan.pdf"
    with pytest.raises(PersonalDataFound, match="Planen innehåller") as caught:
        export_action_plan(demo_db, plan_id, pdf=target, today=DEMO_TODAY)
    assert "uppföljning 2026-11-22" in caught.value.hits[0].where
    assert not target.exists()
    export_action_plan(demo_db, plan_id, pdf=target, today=DEMO_TODAY,
                       allow_personal_data=True)
    assert target.stat().st_size > 0


def test_an_empty_plan_still_exports(db, tmp_path):
    plan_id = action_plans.create_plan(db, PlanFields("Tom plan"))
    export_action_plan(db, plan_id, pdf=tmp_path / "tom.pdf", xlsx=tmp_path / "tom.xlsx",
                       today=TODAY)
    whole = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "tom.pdf").pages)
    assert "0 åtgärder" in whole and "Inte beslutad" in whole


# ---- command line ----

def test_cli_lists_and_exports_plans(demo_file, tmp_path, capsys):
    import shutil
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    assert main(["--db", str(path), "list", "action-plans", "--json"]) == 0
    plans = json.loads(capsys.readouterr().out)
    assert {p["kind"] for p in plans} == {"action_plan", "citizen_promise"}
    plan = next(p for p in plans if p["kind"] == "action_plan")
    assert (plan["registry_number"], plan["actions"], plan["from"]) == ("KS 2026/112", 10,
                                                                        "2026-01-01")
    pdf, xlsx = tmp_path / "plan.pdf", tmp_path / "plan.xlsx"
    assert main(["--db", str(path), "export", "action-plan", str(plan["id"]), "--pdf", str(pdf),
                 "--xlsx", str(xlsx)]) == 0
    assert pdf.stat().st_size > 0 and load_workbook(xlsx).sheetnames[0] == "Åtgärder"
    capsys.readouterr()
    assert main(["--db", str(path), "export", "action-plan", "999", "--pdf", str(pdf)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("brastod: ") and "Plan 999 finns inte" in error
    assert main(["--db", str(path), "export", "action-plan", str(plan["id"])]) == 1
    assert "Ange --pdf" in capsys.readouterr().err
    assert main(["--db", str(path), "list", "action-plans"]) == 0
    assert "Medborgarlöfte" in capsys.readouterr().out


def test_a_follow_up_can_mark_its_action_done_or_move_it_in_the_same_step(demo_db):
    """Following up no longer means finding the action's form in the chain; a refused value
    changes neither the action nor its follow-ups."""
    from brastod.core.plan_rules import FollowUpFields, ProgressFields
    action = next(a for a in action_plans.list_actions(demo_db) if a.start_on and a.due_on
                  and a.status == "ongoing")
    done = ProgressFields(FollowUpFields(DEMO_TODAY, "green", "Klar."), "done", action.due_on)
    plan_chain.follow_up_action(demo_db, action.id, done, DEMO_TODAY)
    after = next(a for a in action_plans.list_actions(demo_db) if a.id == action.id)
    assert (after.status, after.rag, after.follow_ups) == ("done", "green",
                                                           action.follow_ups + 1)
    too_early = ProgressFields(FollowUpFields(DEMO_TODAY, "yellow", "Flyttad."), "ongoing",
                               action.start_on.replace(year=action.start_on.year - 1))
    with pytest.raises(FieldError) as refused:
        plan_chain.follow_up_action(demo_db, action.id, too_early, DEMO_TODAY)
    assert refused.value.field == "due_on" and "är före starten" in str(refused.value)
    assert next(a for a in action_plans.list_actions(demo_db) if a.id == action.id) == after


def test_a_draft_someone_else_changed_or_added_to_is_not_removed(tmp_path, monkeypatch):
    """Removing a whole draft names the versions of the plan and every link shown: a link
    someone else changed or added since keeps the plan (who and when said); one they removed,
    or the user's own change the outline had not shown yet, does not. (Two people: on a file,
    two users of the computer; on a server two logins, which tests/server covers for roles.)"""
    from brastod.core import versions
    from brastod.core.db import open_database
    db = open_database(tmp_path / "plan.sqlite3", create=True)
    other = open_database(tmp_path / "plan.sqlite3")
    plan_id = action_plans.create_plan(db, PlanFields("Plan"))
    problem = plan_chain.add_problem(db, plan_id, "Samlingar i centrum")
    cause = plan_chain.add_cause(db, problem, "Ingen fritidsgård")
    plan = action_plans.get_plan(db, plan_id)
    shown = plan_chain.versions_shown(plan_chain.get_outline(db, plan_id))

    def as_anna(change, *args, **kwargs):
        with monkeypatch.context() as patch:
            patch.setattr(versions.getpass, "getuser", lambda: "anna.berg")
            return change(other, *args, **kwargs)
    as_anna(plan_chain.update_cause, cause, "Ingen fritidsgård i Kolarbyn")
    with pytest.raises(ValidationError, match="anna.berg ändrade planens kedja.*Inget togs bort"):
        action_plans.delete_plan(db, plan_id, plan.stamp.version, shown)
    shown = plan_chain.versions_shown(plan_chain.get_outline(db, plan_id))
    goal = as_anna(plan_chain.add_goal, plan_id,
                   GoalFields("Fler vuxna ute", 10, date(2027, 6, 30), cause_id=cause))
    with pytest.raises(ValidationError, match="anna.berg ändrade planens kedja"):
        action_plans.delete_plan(db, plan_id, plan.stamp.version, shown)
    as_anna(plan_chain.remove, Link.GOAL, goal)
    plan_chain.update_cause(db, cause, "Min egen ändring", version=shown[Link.CAUSE][cause])
    action_plans.delete_plan(db, plan_id, plan.stamp.version, shown)
    assert action_plans.list_plans(db) == []
    db.close()
    other.close()
