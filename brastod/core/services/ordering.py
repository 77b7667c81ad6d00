"""The order of a meeting's agenda items and a walk's points. A new order is no new version
of the rows: moving item 5 up, or removing item 3 and so renumbering the rest, changes nothing
anyone typed, so it must not turn the secretary's next save of item 5's minutes into a
conflict, nor a removal of item 6 into a refusal. Hence the positions are written straight,
past the ORM's version count (models.versioned)."""
from sqlalchemy import update
from sqlmodel import Session


def renumber(session: Session, model: type, rows: list) -> None:
    """Positions 1, 2, … in the order of ``rows``, written only where they change."""
    for position, row in enumerate(rows, start=1):
        if row.position != position:
            session.execute(update(model).where(model.id == row.id).values(position=position))
