"""The coordinator's own text in a report, as sections in order: a lägesbild's and a
verksamhetsberättelse's, edited the same way. Each report kind has one ``Sections`` over its own
section table; every change first asks the report kind whether the report is still a draft."""
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from brastod.core.db import Database
from brastod.core.errors import ValidationError
from brastod.core.report_rules import section_title
from brastod.core.services.ordering import renumber
from brastod.core.versions import (
    Stamp, refuse_if_another_changed, renamed_meanwhile, save as save_versioned,
)


GONE = "Avsnittet finns inte längre."


@dataclass(frozen=True)
class SectionRow:
    id: int
    position: int
    title: str
    body: str          # Markdown (see core.richtext)
    stamp: Stamp | None = None     # the version shown, who changed it last and when


class Sections:
    """``model`` has id, report_id, position, title and body; ``draft(session, report_id)``
    raises when the report may no longer change (and marks it changed)."""

    def __init__(self, model: type, draft: Callable[[Session, int], object]):
        self.model = model
        self._draft = draft

    def rows(self, session: Session, report_id: int) -> list[SectionRow]:
        return [SectionRow(s.id, s.position, s.title, s.body, Stamp.of(s))
                for s in self._sections(session, report_id)]

    def list(self, db: Database, report_id: int) -> list[SectionRow]:
        with db.session() as session:
            return self.rows(session, report_id)

    def _sections(self, session: Session, report_id: int) -> list:
        return list(session.execute(select(self.model).where(self.model.report_id == report_id)
                                    .order_by(self.model.position)).scalars())

    def add_standard(self, session: Session, report_id: int, titles, bodies=None) -> None:
        """A new report's sections, with ``bodies`` (title → text) filled in."""
        for position, title in enumerate(titles, start=1):
            session.add(self.model(report_id=report_id, position=position, title=title,
                                   body=(bodies or {}).get(title, "")))

    def copy(self, session: Session, source_id: int, report_id: int) -> None:
        for section in self._sections(session, source_id):
            session.add(self.model(report_id=report_id, position=section.position,
                                   title=section.title, body=section.body))

    def save(self, db: Database, section_id: int, *, title: str | None = None,
             body: str | None = None, version: int | None = None) -> Stamp:
        """Saves as the coordinator types: the GUI calls this a moment after each change, with
        the ``version`` it shows; someone else's newer save raises ``versions.Conflict``."""
        with db.session() as session:
            section = session.get(self.model, section_id)
            if section is None:
                raise ValidationError(GONE)
            self._draft(session, section.report_id)
            values = {}
            if title is not None:
                values["title"] = section_title(title)
            if body is not None:
                values["body"] = body
            return save_versioned(session, self.model, section_id, values, version,
                                  "det här avsnittet", GONE)

    def rename(self, db: Database, section_id: int, title: str, shown: str) -> Stamp:
        """``shown``: the title the user changed; one someone else gave it meanwhile stays,
        and their text in it is not touched."""
        with db.session() as session:
            section = session.get(self.model, section_id, with_for_update=True,
                                  populate_existing=True)
            if section is None:
                raise ValidationError(GONE)
            if section.title not in (shown, section_title(title)):
                raise renamed_meanwhile(section, "avsnittet", ("rubriken", "rubrik"))
            self._draft(session, section.report_id)
            return save_versioned(session, self.model, section_id,
                                  {"title": section_title(title)}, None, "det här avsnittet", GONE)

    def add(self, db: Database, report_id: int, title: str, after_id: int | None = None) -> int:
        title = section_title(title)
        with db.session() as session:
            self._draft(session, report_id)
            sections = self._sections(session, report_id)
            index = next((i + 1 for i, s in enumerate(sections) if s.id == after_id),
                         len(sections))
            section = self.model(report_id=report_id, position=0, title=title, body="")
            session.add(section)
            session.flush()
            sections.insert(index, section)
            self._renumber(session, sections)
            return section.id

    def _renumber(self, session: Session, sections: list) -> None:
        """A new order is no new version of the sections (services.ordering)."""
        renumber(session, self.model, sections)

    def remove(self, db: Database, section_id: int, version: int | None = None) -> None:
        """With the ``version`` the user saw: one someone else changed since is kept."""
        with db.session() as session:
            section = session.get(self.model, section_id, with_for_update=True,
                                  populate_existing=True)
            if section is None:
                return
            refuse_if_another_changed(session, section, version, "avsnittet")
            self._draft(session, section.report_id)
            session.delete(section)
            session.flush()
            self._renumber(session, self._sections(session, section.report_id))

    def move(self, db: Database, section_id: int, step: int) -> None:
        """Up (-1) or down (+1) one place; at either end nothing happens."""
        with db.session() as session:
            section = session.get(self.model, section_id)
            if section is None:
                return
            self._draft(session, section.report_id)
            sections = self._sections(session, section.report_id)
            index = sections.index(section)
            target = index + step
            if 0 <= target < len(sections):
                sections[index], sections[target] = sections[target], sections[index]
                self._renumber(session, sections)
