"""Counts of what the database holds (``brastod stats``, the status bar)."""
from sqlalchemy import func
from sqlmodel import select

from brastod.core.db import Database
from brastod.core.models import (
    Action, ActionPlan, Area, Category, ImportBatch, Incident, Meeting, Partner, SituationReport,
)

_COUNTED = {
    "partners": Partner, "areas": Area, "categories": Category, "incidents": Incident,
    "import_batches": ImportBatch, "meetings": Meeting, "situation_reports": SituationReport,
    "action_plans": ActionPlan, "actions": Action,
}


def counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {key: session.exec(select(func.count()).select_from(model)).one()
                for key, model in _COUNTED.items()}
