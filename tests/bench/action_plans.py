"""Åtgärdsplan at the size of a municipality a few years in: 8 plans, each with 6 problems,
3 causes per problem, a goal per cause and 4 actions per goal (576 actions), each followed up
6 times (3 456 follow-ups). Times reading a plan's outline, the tracker's list of every action,
and a plan's PDF and Excel. Prints medians, asserts nothing."""
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

TODAY = date(2026, 11, 22)
PLANS, PROBLEMS, CAUSES, ACTIONS, FOLLOW_UPS = 8, 6, 3, 4, 6


def _database(folder: Path):
    from brastod.core.demo import load_demo
    from brastod.core.plan_rules import ActionFields, FollowUpFields, GoalFields, PlanFields
    from brastod.core.services import action_plans, plan_chain, registers
    db = load_demo(folder / "planer.sqlite3", today=TODAY)
    rng = random.Random(5)
    partners = [p.id for p in registers.list_partners(db)]
    for number in range(PLANS):
        plan = action_plans.create_plan(db, PlanFields(f"Åtgärdsplan {2019 + number}",
                                                       period_start=date(2019 + number, 1, 1),
                                                       period_end=date(2020 + number, 12, 31)))
        for p in range(PROBLEMS):
            problem = plan_chain.add_problem(db, plan, f"Problem {p + 1} med en lång rubrik")
            for c in range(CAUSES):
                cause = plan_chain.add_cause(db, problem, f"Trolig orsak {c + 1} till problemet")
                goal = plan_chain.add_goal(db, plan, GoalFields(
                    "Andelen som känner sig otrygga minskar med en femtedel", 20,
                    TODAY + timedelta(days=400), cause, baseline=28))
                for a in range(ACTIONS):
                    start = TODAY - timedelta(days=rng.randint(130, 700))
                    action = plan_chain.add_action(db, plan, ActionFields(
                        f"Åtgärd {a + 1}: trygghetsvandring och bättre belysning",
                        rng.choice(partners), goal_id=goal, start_on=start,
                        due_on=start + timedelta(days=rng.randint(30, 400)),
                        status=rng.choice(["planned", "ongoing", "done"])))
                    for f in range(FOLLOW_UPS):
                        plan_chain.add_follow_up(db, action, FollowUpFields(
                            start + timedelta(days=20 * f), rng.choice(["green", "yellow",
                                                                         "red"]),
                            "Genomfört enligt plan; nästa steg bokat."), TODAY)
    return db, plan


def _median(work, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from brastod.core.exports.action_plan import export_action_plan
    from brastod.core.services.action_plans import list_actions
    from brastod.core.services.plan_chain import get_outline
    with tempfile.TemporaryDirectory() as folder:
        db, plan = _database(Path(folder))
        rows = list_actions(db)
        print(f"Åtgärdsplan: {PLANS} planer, {len(rows)} åtgärder, "
              f"{len(rows) * FOLLOW_UPS} uppföljningar")
        print(f"  en plans kedja (get_outline, {len(rows) // PLANS} åtgärder): "
              f"{_median(lambda: get_outline(db, plan)) * 1000:.1f} ms")
        print(f"  alla åtgärder (list_actions): {_median(lambda: list_actions(db)) * 1000:.1f} ms")
        pdf, xlsx = Path(folder) / "plan.pdf", Path(folder) / "plan.xlsx"
        print(f"  PDF för en plan: "
              f"{_median(lambda: export_action_plan(db, plan, pdf=pdf, today=TODAY)):.2f} s")
        from pypdf import PdfReader
        print(f"    ({len(PdfReader(pdf).pages)} sidor)")
        print(f"  Excel för en plan: "
              f"{_median(lambda: export_action_plan(db, plan, xlsx=xlsx, today=TODAY)):.2f} s")
        db.close()


if __name__ == "__main__":
    main()
