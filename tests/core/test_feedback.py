"""Återkoppling (PDF and e-mail draft from an adopted lägesbild, small counts hidden) and
påminnelser (a draft per partner that sent no file in a period, its template attached). Every
.eml is read back with Python's email package."""
import io
from datetime import UTC, date, datetime
from email import message_from_bytes, policy

import pytest
from sqlmodel import select
from openpyxl import load_workbook
from pypdf import PdfReader

from brastod.cli import main
from brastod.core.enums import ReportKind, ReportStatus
from brastod.core.errors import BrastodError, PersonalDataFound
from brastod.core.exports import content, feedback
from brastod.core.exports.feedback import export_feedback
from brastod.core.exports.reminders import export_reminders
from brastod.core.models import ImportBatch, Partner
from brastod.core.periods import Period
from brastod.core.register_rules import ContactFields
from brastod.core.services import registers, situation_reports as reports
from tests.conftest import DEMO_TODAY
from tests.core.on_file import COMMAND_LINE


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _read(path):
    return message_from_bytes(path.read_bytes(), policy=policy.default)


def _adopted(db) -> int:
    return max(r.id for r in reports.list_situation_reports(db)
               if r.status == ReportStatus.ADOPTED and r.kind == ReportKind.OPERATIONAL)


def _emails(db) -> set[str]:
    return {c.email for p in registers.partner_directory(db) if p.active
            for c in p.contacts if c.email}


def test_feedback_is_a_pdf_and_a_draft_to_every_partner_in_bcc(demo_db, tmp_path):
    report_id = _adopted(demo_db)
    pdf, eml = tmp_path / "återkoppling.pdf", tmp_path / "återkoppling.eml"
    chosen = export_feedback(demo_db, report_id, pdf_path=pdf, eml=eml, printed=DEMO_TODAY)
    detail = reports.get_report(demo_db, report_id)
    text = _text(pdf)
    assert f"Återkoppling – {detail.title}" in text and len(PdfReader(pdf).pages) == 1
    assert "Bedömning per område" in text and "Det här görs" in text
    for pinned in detail.pinned:                  # no incident's own text goes out
        assert pinned.description[:30] not in text
    message = _read(eml)
    assert message["X-Unsent"] == "1" and message["To"] is None
    assert message["Subject"] == f"Återkoppling: {detail.title}"
    assert {a.addr_spec for a in message["Bcc"].addresses} == _emails(demo_db)
    assert sum(len(r.addresses) for r in chosen) == len(message["Bcc"].addresses)
    [attachment] = message.iter_attachments()
    assert attachment.get_filename() == f"Återkoppling – {detail.title}.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == pdf.read_bytes()
    assert "Tack för era rapporter" in message.get_body(("plain",)).get_content()
    assert b"\r\n" in eml.read_bytes()


def test_a_count_under_three_reads_fewer_than_three(demo_db, tmp_path):
    whole = _adopted(demo_db)           # two months: no area under 3
    day = date(2026, 10, 14)            # one day: a few incidents per area
    report_id = reports.create_report(demo_db, ReportKind.OPERATIONAL, Period(day, day))
    areas = [row.area_id for row in reports.assessment_rows(demo_db, report_id)]
    level = reports.list_levels(demo_db)[0].id
    for area_id in areas:
        reports.save_assessment(demo_db, report_id, area_id, level_id=level, trend="flat",
                                motivation="Lugnt.")
    reports.adopt_report(demo_db, report_id, day, "EST-gruppen")
    loaded = feedback.load(demo_db, report_id, DEMO_TODAY)
    matrix = loaded.situation.figures.matrix
    counts = {a: matrix.row_total(a)[0] for a in areas}
    assert any(n < 3 for n in counts.values()) and any(n >= 3 for n in counts.values())
    [table] = [b for b in feedback.blocks(loaded) if isinstance(b, content.Table)
               and b.rows[0][3] == "Händelser"]
    shown = [row[3] for row in table.rows[1:]]
    assert shown == [feedback.shown(counts[a]) for a in areas]
    assert all(value == "färre än 3" or int(value) >= 3 for value in shown)
    assert feedback.shown(0) == feedback.shown(2) == "färre än 3" and feedback.shown(3) == "3"
    target = tmp_path / "dag.pdf"
    export_feedback(demo_db, report_id, pdf_path=target, printed=DEMO_TODAY)
    text = _text(target)
    # The total less the areas shown would tell what "färre än 3" hides: it is left out.
    assert "färre än 3" in text and "rapporterade händelser" not in text
    export_feedback(demo_db, whole, pdf_path=target, printed=DEMO_TODAY)
    assert "Under perioden kom" in _text(target)       # no area hidden: the total is given


def test_a_draft_lägesbild_is_not_fed_back(demo_db, tmp_path):
    draft = next(r.id for r in reports.list_situation_reports(demo_db)
                 if r.status == ReportStatus.DRAFT)
    with pytest.raises(BrastodError, match=f"Lägesbild {draft} är ett utkast"):
        export_feedback(demo_db, draft, pdf_path=tmp_path / "x.pdf", eml=tmp_path / "x.eml")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.eml").exists()


def test_a_partner_without_email_is_told_and_left_out(demo_db, tmp_path):
    registers.add_partner(demo_db, "Hyresgästföreningen", contacts=[ContactFields("Kim Ek")])
    report_id = _adopted(demo_db)
    with pytest.raises(BrastodError, match="Partnern Hyresgästföreningen har ingen kontakt med "
                                           "en e-postadress"):
        export_feedback(demo_db, report_id, eml=tmp_path / "x.eml",
                        partners=["hyresgästföreningen"])
    with pytest.raises(BrastodError, match="Partnern ”Finns inte” finns inte"):
        export_feedback(demo_db, report_id, eml=tmp_path / "x.eml", partners=["Finns inte"])
    assert not (tmp_path / "x.eml").exists()
    export_feedback(demo_db, report_id, eml=tmp_path / "alla.eml")
    assert {a.addr_spec for a in _read(tmp_path / "alla.eml")["Bcc"].addresses} == \
        _emails(demo_db)
    export_feedback(demo_db, report_id, eml=tmp_path / "en.eml",
                    partners=["Fagerstabostäder", "fagerstabostäder"])
    assert [a.display_name for a in _read(tmp_path / "en.eml")["Bcc"].addresses] == \
        ["Kenneth Berg", "Maria Lindqvist"]


def test_personal_data_in_the_summary_stops_the_feedback(demo_db, tmp_path):
    report_id = reports.copy_report(demo_db, _adopted(demo_db))
    section = next(s for s in reports.get_report(demo_db, report_id).sections
                   if s.title == "Sammanfattning")
    reports.save_section(demo_db, section.id, body="Ring Kim på 070-123 45 67.")
    reports.adopt_report(demo_db, report_id, DEMO_TODAY, "EST-gruppen")
    target = tmp_path / "x.pdf"
    with pytest.raises(PersonalDataFound, match="Återkopplingen innehåller .*070-123 45 67"):
        export_feedback(demo_db, report_id, pdf_path=target)
    assert not target.exists()
    export_feedback(demo_db, report_id, pdf_path=target, allow_personal_data=True)
    assert "070-123 45 67" in _text(target)


def test_an_unwritable_draft_is_told(demo_db, tmp_path):
    with pytest.raises(BrastodError, match="Mappen .* finns inte"):
        export_feedback(demo_db, _adopted(demo_db), eml=tmp_path / "saknas" / "x.eml")


@COMMAND_LINE
def test_feedback_on_the_command_line(demo_db, tmp_path, capsys):
    report_id, draft = _adopted(demo_db), next(
        r.id for r in reports.list_situation_reports(demo_db) if r.status == ReportStatus.DRAFT)
    demo_db.close()
    pdf, eml = tmp_path / "f.pdf", tmp_path / "f.eml"
    assert main(["--db", str(demo_db.path), "export", "feedback", str(report_id), "--pdf",
                 str(pdf), "--eml", str(eml), "--partner", "Socialtjänsten"]) == 0
    assert capsys.readouterr().out.startswith(f"Återkopplingen av lägesbild {report_id} sparad "
                                              f"i {pdf} och {eml}. Utkastet har 1 mottagare")
    assert main(["--db", str(demo_db.path), "export", "feedback", str(draft), "--pdf",
                 str(tmp_path / "u.pdf")]) == 1
    assert capsys.readouterr().err.startswith(f"brastod: Lägesbild {draft} är ett utkast.")


# ---- påminnelser ----

def _batch(db, partner: str, moment: datetime, undone: bool = False) -> None:
    with db.session() as session:
        partner_id = session.exec(select(Partner.id).where(Partner.name == partner)).one()
        session.add(ImportBatch(partner_id=partner_id, source="file", file_name="r.xlsx",
                                imported_at=moment, undone_at=moment if undone else None))


def test_a_reminder_goes_to_each_partner_that_sent_no_file(demo_db, tmp_path):
    _batch(demo_db, "Fagerstabostäder", datetime(2026, 11, 10, 12, tzinfo=UTC))
    _batch(demo_db, "Socialtjänsten", datetime(2026, 11, 12, 9, tzinfo=UTC), undone=True)
    # 23.30 UTC on 31 October is 00.30 on 1 November in Sweden: in the period.
    _batch(demo_db, "Räddningstjänsten", datetime(2026, 10, 31, 23, 30, tzinfo=UTC))
    _batch(demo_db, "Kollektivtrafiken", datetime(2026, 10, 31, 22, 30, tzinfo=UTC))
    registers.add_partner(demo_db, "Hyresgästföreningen", contacts=[ContactFields("Kim Ek")])
    folder = tmp_path / "påminnelser"
    result = export_reminders(demo_db, date(2026, 11, 1), date(2026, 11, 30), folder)
    assert result.without_email == ["Hyresgästföreningen"]
    silent = {p.name for p in registers.partner_directory(demo_db) if p.active} - {
        "Fagerstabostäder", "Räddningstjänsten", "Hyresgästföreningen"}
    assert {path.name for path in folder.iterdir()} == {f"Påminnelse {name}.eml"
                                                        for name in silent}
    assert "Socialtjänsten" in silent and "Kollektivtrafiken" in silent
    directory = {p.name: p for p in registers.partner_directory(demo_db)}
    for path in result.written:
        message = _read(path)
        partner = path.stem.removeprefix("Påminnelse ")
        assert {a.addr_spec for a in message["To"].addresses} == {
            c.email for c in directory[partner].contacts if c.email}
        assert message["X-Unsent"] == "1" and "2026-11-01 – 2026-11-30" in message["Subject"]
        [attachment] = message.iter_attachments()
        assert attachment.get_filename() == f"Rapportmall {partner}.xlsx"
        book = load_workbook(io.BytesIO(attachment.get_content()))
        assert book.sheetnames == ["Instruktioner", "Rapport", "Listor"]
        assert book["Instruktioner"]["B3"].value == partner


def test_reminders_refuse_a_backwards_period_and_a_folder_that_is_a_file(demo_db, tmp_path):
    with pytest.raises(BrastodError, match="baklänges"):
        export_reminders(demo_db, date(2026, 11, 30), date(2026, 11, 1), tmp_path / "p")
    (tmp_path / "fil").write_text("x")
    with pytest.raises(BrastodError, match="kunde inte skapas"):
        export_reminders(demo_db, date(2026, 11, 1), date(2026, 11, 30), tmp_path / "fil")


@COMMAND_LINE
def test_reminders_on_the_command_line(demo_db, tmp_path, capsys):
    demo_db.close()
    folder = tmp_path / "p"
    assert main(["--db", str(demo_db.path), "export", "reminders", "--from", "2026-11-01",
                 "--to", "2026-11-30", "--eml-dir", str(folder)]) == 0
    count = len(list(folder.iterdir()))
    assert count > 0 and capsys.readouterr().out == f"{count} påminnelser sparade i {folder}.\n"


def test_each_feedback_is_logged_with_its_lägesbild_newest_first(demo_db, tmp_path):
    from brastod.core.services.feedback_log import feedback_log
    report_id = _adopted(demo_db)
    shipped = feedback_log(demo_db, report_id)       # the example's own återkopplingar
    assert [row.as_email for row in shipped] == [False, True]
    directory = [p for p in registers.partner_directory(demo_db)
                 if any(c.email for c in p.contacts)]
    chosen = sorted(p.name for p in directory[:2])
    export_feedback(demo_db, report_id, pdf_path=tmp_path / "a.pdf", eml=tmp_path / "a.eml",
                    partners=chosen)
    export_feedback(demo_db, report_id, pdf_path=tmp_path / "b.pdf")
    newest, emailed, *older = feedback_log(demo_db, report_id)
    assert older == shipped
    assert (newest.as_email, newest.partners, newest.address_count) == (False, [], 0)
    assert newest.text.endswith(" · PDF")
    addresses = len(_read(tmp_path / "a.eml")["Bcc"].addresses)
    assert (emailed.as_email, emailed.partners, emailed.address_count) == (True, chosen,
                                                                           addresses)
    assert emailed.text.endswith(f"e-postutkast till {addresses} adresser hos "
                                 f"{', '.join(chosen)}")


def test_a_refused_feedback_is_not_logged(demo_db, tmp_path):
    from brastod.core.services.feedback_log import feedback_log
    report_id = _adopted(demo_db)
    before = feedback_log(demo_db, report_id)
    with pytest.raises(BrastodError):
        export_feedback(demo_db, report_id, pdf_path=tmp_path / "a.pdf", eml=tmp_path / "a.eml",
                        partners=["Ingen sådan partner"])
    assert feedback_log(demo_db, report_id) == before
