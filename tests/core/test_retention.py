"""Gallring: old incidents go, with their free text; adopted lägesbilder keep their figures and
pins; drafts lose the pins of what was purged; the purge command asks unless told --yes."""
import shutil
from datetime import date

import pytest
from sqlmodel import func, select

from brastod.cli import main
from brastod.core.errors import ValidationError
from brastod.core.models import Incident, PinnedIncident
from brastod.core.services import retention
from brastod.core.services import situation_reports as reports
from tests.conftest import DEMO_TODAY


def _count(db, *where) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(Incident).where(*where)).one()


def test_a_purge_keeps_the_adopted_reports_as_they_were(demo_db):
    adopted = next(r for r in reports.list_situation_reports(demo_db) if r.status == "adopted"
                   and r.kind == "operational")
    before = reports.report_figures(demo_db, adopted.id)
    # The example's adopted operational report covers Aug–Sep 2026: keep only 2 months.
    plan = retention.plan_purge(demo_db, 2, DEMO_TODAY)
    assert plan.cutoff == date(2026, 9, 22)
    assert plan.incidents == _count(demo_db, Incident.occurred_on < plan.cutoff) > 1000
    removed = retention.purge(demo_db, 2, DEMO_TODAY)
    assert removed == plan.incidents
    assert _count(demo_db, Incident.occurred_on < plan.cutoff) == 0
    assert _count(demo_db) > 0                                   # the last two months stay
    after = reports.report_figures(demo_db, adopted.id)
    assert after.to_json() == before.to_json()                   # frozen, not recounted
    assert after.matrix.total()[0] > 0


def test_pins_of_purged_incidents_leave_drafts(demo_db):
    draft = next(r for r in reports.list_situation_reports(demo_db) if r.status == "draft")
    with demo_db.session() as session:
        old = session.exec(select(Incident.id).where(Incident.occurred_on < date(2025, 1, 1))
                           ).first()
    reports.pin_incident(demo_db, draft.id, old)
    assert retention.plan_purge(demo_db, 12, DEMO_TODAY).pinned_in_drafts == 1
    retention.purge(demo_db, 12, DEMO_TODAY)
    with demo_db.session() as session:
        assert session.exec(select(PinnedIncident).where(
            PinnedIncident.incident_id == old)).first() is None


def test_a_purge_must_keep_at_least_a_month(demo_db):
    with pytest.raises(ValidationError, match="minst en månad"):
        retention.purge(demo_db, 0, DEMO_TODAY)


def test_the_purge_command_shows_first_and_purges_with_yes(demo_file, tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    assert main(["--db", str(path), "purge", "--older-than", "1200"]) == 0
    assert "0 händelser" in capsys.readouterr().out
    assert main(["--db", str(path), "purge", "--older-than", "12"]) == 0
    shown = capsys.readouterr().out
    assert "skulle tas bort" in shown and "--yes" in shown
    assert main(["--db", str(path), "purge", "--older-than", "12", "--yes"]) == 0
    assert "är gallrade" in capsys.readouterr().out
    assert main(["--db", str(path), "purge", "--older-than", "0", "--yes"]) == 1
    assert "minst en månad" in capsys.readouterr().err
