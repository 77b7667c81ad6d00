"""The log of återkopplingar: each time one is made from a lägesbild, when, whether as an
e-mail draft, and to which partners. Shown with the lägesbild."""
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from brastod.core.dates import local_stamp, utc_now
from brastod.core.db import Database
from brastod.core.models import FeedbackDispatch


@dataclass(frozen=True)
class FeedbackRow:
    made_at: str                # Swedish time, "2026-11-20 14:05"
    as_email: bool
    partners: list[str]
    address_count: int

    @property
    def text(self) -> str:
        """"2026-11-20 14:05 · e-postutkast till 4 adresser hos Polisen, Fagerstabostäder"."""
        made = self.made_at
        if not self.as_email:
            return f"{made} · PDF"
        return (f"{made} · e-postutkast till {self.address_count} "
                f"{'adress' if self.address_count == 1 else 'adresser'} hos "
                f"{', '.join(self.partners)}")


def log_feedback(db: Database, report_id: int, partners: list[str], address_count: int,
                 as_email: bool, made_at: datetime | None = None) -> None:
    with db.session() as session:
        session.add(FeedbackDispatch(report_id=report_id, made_at=made_at or utc_now(),
                                     as_email=as_email,
                                     partners_json=json.dumps(partners, ensure_ascii=False),
                                     address_count=address_count))


def feedback_log(db: Database, report_id: int) -> list[FeedbackRow]:
    """Newest first."""
    with db.session() as session:
        rows = session.execute(select(FeedbackDispatch)
                               .where(FeedbackDispatch.report_id == report_id)
                               .order_by(FeedbackDispatch.made_at.desc(),
                                         FeedbackDispatch.id.desc())).scalars().all()
    return [FeedbackRow(local_stamp(r.made_at), r.as_email, json.loads(r.partners_json),
                        r.address_count) for r in rows]
