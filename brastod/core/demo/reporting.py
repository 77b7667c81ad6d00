"""The example's reporting: last year's verksamhetsberättelse, adopted at the first council
meeting of this year, this year's still a draft, and the återkopplingar made from the adopted
lägesbilder."""
import json
from datetime import date, time, timedelta

from sqlmodel import Session, select

from brastod.core.dates import local_datetime
from brastod.core.models import (
    AnnualReport, Contact, FeedbackDispatch, Meeting, MeetingSeries, Partner, SituationReport,
)
from brastod.core.periods import Period
from brastod.core.services.annual_figures import compute_annual_figures
from brastod.core.services.annual_reports import SECTIONS, STANDARD_SECTIONS, default_title


ANNUAL_TEXT = {
    "Sammanfattning": "Lokala BRÅ har under året samlat kommunen, polisen och partnerna kring "
                      "**en gemensam lägesbild**. Flest händelser rapporterades i **Centrum** och "
                      "**Kolarbyn**; skadegörelse och nedskräpning dominerar. EST-gruppen har "
                      "träffats varannan vecka och följt upp läget löpande.",
    "Årets viktigaste händelser": "- Kartläggningen inför den strategiska lägesbilden enligt "
                                  "lagen (2023:196), som fastställs i februari\n"
                                  "- Ny belysning längs gångvägen i Kolarbyn\n"
                                  "- Sommarsatsning med fältare i centrum fredag–lördag kväll\n"
                                  "- Rutin för snabb sanering av klotter",
    "Utmaningar": "Partnernas rapportering är *inte heltäckande*: några partner rapporterar "
                  "sällan, och samlingarna i centrum flyttar när insatserna ökar.",
    "Inriktning för nästa år": "Åtgärdsplanen för nästa år bygger på den strategiska "
                               "lägesbilden: **centrum kvällstid**, belysning och klotter. "
                               "Medborgarlöftet med polisen förnyas.",
}
DRAFT_ANNUAL_TEXT = {
    "Sammanfattning": "Utkast: läget har förbättrats i Kolarbyn efter belysningsåtgärderna, "
                      "medan centrum fortfarande har flest rapporter fredag–lördag kväll.",
}
MADE_AT = time(10, 15)


def add_reporting(session: Session, today: date) -> None:
    last_year = today.year - 1
    first_council = session.exec(
        select(Meeting).join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        .where(MeetingSeries.body == "council", Meeting.meeting_date >= date(today.year, 1, 1))
        .order_by(Meeting.meeting_date)).first()
    _annual(session, date(last_year, 1, 1), date(last_year, 12, 31), ANNUAL_TEXT,
            first_council)
    _annual(session, date(today.year, 1, 1), date(today.year, 12, 31), DRAFT_ANNUAL_TEXT, None)
    _feedback(session)


def _annual(session: Session, start: date, end: date, texts: dict, adopted: Meeting | None):
    made = local_datetime(adopted.meeting_date - timedelta(days=7) if adopted else start, MADE_AT)
    report = AnnualReport(title=default_title(start, end), period_start=start, period_end=end,
                          created_at=made, updated_at=made)
    if adopted is not None:
        report.status, report.adopted_on = "adopted", adopted.meeting_date
        report.adopted_by, report.adopted_meeting_id = adopted.title, adopted.id
        report.frozen_figures_json = compute_annual_figures(
            session, Period(start, end), adopted.meeting_date).to_json()
    session.add(report)
    session.flush()
    SECTIONS.add_standard(session, report.id, STANDARD_SECTIONS, texts)


def _feedback(session: Session) -> None:
    """Each adopted lägesbild was fed back a few days after its meeting: to every partner with
    an address as an e-mail draft, and the PDF for the library's notice board."""
    partners = session.exec(select(Partner.name, Contact.email)
                            .join(Contact, Contact.partner_id == Partner.id)).all()
    with_address = sorted({name for name, email in partners if email})
    addresses = sum(1 for _, email in partners if email)
    for report in session.exec(select(SituationReport).where(
            SituationReport.status == "adopted")).all():
        day = report.adopted_on + timedelta(days=3)
        session.add(FeedbackDispatch(report_id=report.id, made_at=local_datetime(day, MADE_AT),
                                     as_email=True, address_count=addresses,
                                     partners_json=json.dumps(with_address,
                                                              ensure_ascii=False)))
        session.add(FeedbackDispatch(report_id=report.id,
                                     made_at=local_datetime(day + timedelta(days=1), MADE_AT),
                                     as_email=False))
