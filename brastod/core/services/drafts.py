"""What every report kind that is adopted (a lägesbild, a verksamhetsberättelse) does alike: a
report that is asked for must exist, and an adopted one never changes."""
from sqlmodel import Session

from brastod.core.dates import utc_now
from brastod.core.db import Database
from brastod.core.enums import ReportStatus
from brastod.core.errors import ValidationError
from brastod.core.versions import refuse_if_another_changed, renamed_meanwhile


ADOPTION = ("Inget fastställdes: utkastet visas igen med ändringen. Fastställ igen om det "
            "ska gälla.")


class Drafts:
    """``model`` has title, status and updated_at; ``name`` says what it is ("Lägesbild",
    "Lägesbilden"); ``frozen`` is what a change to an adopted one is told."""

    def __init__(self, model: type, name: tuple[str, str], frozen: str):
        self.model, (self.name, self.the_name), self.frozen = model, name, frozen

    def get(self, session: Session, report_id: int):
        report = session.get(self.model, report_id)
        if report is None:
            raise ValidationError(f"{self.name} {report_id} finns inte.")
        return report

    def draft(self, session: Session, report_id: int):
        """The report, to be changed: refused when adopted, else marked changed now."""
        report = self.get(session, report_id)
        if report.status == ReportStatus.ADOPTED:
            raise ValidationError(self.frozen)
        report.updated_at = utc_now()
        session.add(report)
        return report

    def _locked(self, session: Session, report_id: int):
        """The report, locked on a server until the change is committed, as stored now."""
        from sqlalchemy import select
        report = session.execute(select(self.model).where(self.model.id == report_id)
                                 .with_for_update().execution_options(populate_existing=True)
                                 ).scalar_one_or_none()
        if report is None:
            raise ValidationError(f"{self.the_name} finns inte längre; någon har tagit bort den.")
        return report

    def rename(self, db: Database, report_id: int, title: str, shown: str | None = None
               ) -> None:
        """``shown``: the title the user changed; one someone else gave it meanwhile stays."""
        title = " ".join(title.split())
        if not title:
            raise ValidationError(f"{self.the_name} måste ha en titel.")
        with db.session() as session:
            report = self._locked(session, report_id)
            if shown is not None and report.title not in (shown, title):
                raise renamed_meanwhile(report, self.the_name.lower(), ("titeln", "titel"))
            self.draft(session, report_id).title = title

    def to_adopt(self, session: Session, report_id: int, version: int | None):
        """The draft to adopt, as the user saw it (``version``; any when None): one someone
        else changed since is not adopted unseen, the same rule as ``delete``."""
        report = self._locked(session, report_id)
        refuse_if_another_changed(session, report, version, self.the_name.lower(), ADOPTION)
        return self.draft(session, report_id)

    def delete(self, db: Database, report_id: int, version: int | None = None) -> None:
        """A draft; an adopted report is part of what has been accounted for. With the
        ``version`` the user saw (every change to the report's parts counts it up), one
        someone else changed meanwhile is kept; the user's own change, which their window may
        not have read back yet, is no reason."""
        with db.session() as session:
            report = self._locked(session, report_id)
            if report.status == ReportStatus.ADOPTED:
                raise ValidationError(f"En fastställd {self.name.lower()} kan inte tas bort; den "
                                      "är en del av det som redovisats.")
            refuse_if_another_changed(session, report, version, self.the_name.lower())
            session.delete(report)
