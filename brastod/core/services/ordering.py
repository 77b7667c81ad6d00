"""The order of a meeting's agenda items, a walk's points and a plan's links (and its cause
numbers). A new order is no new version of the rows: moving item 5 up, or removing item 3 and
so renumbering the rest, changes nothing anyone typed, so it must not turn the secretary's next
save of item 5's minutes into a conflict, nor a removal of item 6 into a refusal. Hence the
positions are written straight, past the ORM's version count (models.versioned)."""
from sqlalchemy import update
from sqlmodel import Session


def renumber(session: Session, model: type, rows: list, column: str = "position") -> None:
    """Numbers 1, 2, … in ``column`` in the order of ``rows``, written only where they change:
    first as negatives, so that no two rows share a number on the way (a cause's number is
    unique within its problem)."""
    changed = [(row.id, number) for number, row in enumerate(rows, start=1)
               if getattr(row, column) != number]
    for sign in (-1, 1):
        for row_id, number in changed:
            session.execute(update(model).where(model.id == row_id)
                            .values({column: sign * number}))
