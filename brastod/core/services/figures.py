"""The lägesbild's figures, computed in SQL: counts per area and category over a period."""
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from brastod.core.db import Database
from brastod.core.models import Area, Category, Incident

UNKNOWN_AREA = "Okänt område"
UNKNOWN_CATEGORY = "Okänd kategori"


@dataclass
class Summary:
    total: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    by_area: dict[str, int] = field(default_factory=dict)
    matrix: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"total": self.total, "by_category": self.by_category, "by_area": self.by_area,
                "matrix": self.matrix}


def summary(db: Database, start: date, end: date, area_ids: list[int] | None = None) -> Summary:
    """Incidents (weighted by their count) from ``start`` to ``end`` inclusive, by area and by
    top-level category."""
    with db.engine.connect() as connection:
        return compute_summary(connection, start, end, area_ids)


def compute_summary(executor, start: date, end: date,
                    area_ids: list[int] | None = None) -> Summary:
    """``summary`` inside an open Connection or Session (sees its uncommitted rows)."""
    parent = aliased(Category)
    top_name = func.coalesce(parent.name, Category.name)
    query = (select(Area.name, top_name, func.sum(Incident.count))
             .select_from(Incident)
             .outerjoin(Area, Area.id == Incident.area_id)
             .outerjoin(Category, Category.id == Incident.category_id)
             .outerjoin(parent, parent.id == Category.parent_id)
             .where(Incident.occurred_on >= start, Incident.occurred_on <= end)
             .group_by(Area.name, top_name))
    if area_ids is not None:
        query = query.where(Incident.area_id.in_(area_ids))
    result = Summary()
    for area, category, n in executor.execute(query):
        area, category, n = area or UNKNOWN_AREA, category or UNKNOWN_CATEGORY, int(n)
        result.total += n
        result.by_area[area] = result.by_area.get(area, 0) + n
        result.by_category[category] = result.by_category.get(category, 0) + n
        result.matrix.setdefault(area, {})[category] = n
    return result
