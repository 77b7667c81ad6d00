"""Word documents: kallelse and protokoll as .docx from the same description as their PDFs —
headings in Word's heading styles, tables as Word tables with a repeated header row, the
municipality's name and logo in the header and "Sida X av Y" in the footer — that python-docx
reads back and LibreOffice opens."""
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from brastod.cli import main
from brastod.core.errors import BrastodError, PersonalDataFound
from brastod.core.exports import content, word
from brastod.core.exports.meeting_documents import (
    export_minutes, export_notice, minutes_content, notice_content,
)
from brastod.core.services import meetings
from tests.conftest import DEMO_TODAY
from tests.core.on_file import COMMAND_LINE


def _meeting(db, held: bool):
    rows = [m for m in meetings.list_meetings(db) if m.series == "Lokala BRÅ"]
    if held:
        return [m for m in rows if m.status in ("held", "minutes_approved")][-1]
    return next(m for m in rows if m.status in ("planned", "notice_sent"))


def _headings(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs
            if p.style.name.startswith("Heading")]


def _all_text(document) -> str:
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _titles(blocks) -> list[str]:
    found = []
    for block in blocks:
        if isinstance(block, content.Heading):
            found.append(block.title)
        elif isinstance(block, content.Keep):
            found += _titles(block.blocks)
    return found


def test_the_notice_as_word_has_heading_styles_tables_and_the_furniture(demo_db, tmp_path):
    meeting = _meeting(demo_db, held=False)
    pdf, docx = tmp_path / "kallelse.pdf", tmp_path / "kallelse.docx"
    export_notice(demo_db, meeting.id, pdf, DEMO_TODAY, docx=docx)
    document = Document(docx)
    assert _headings(document)[:2] == [("Heading 1", f"Kallelse – {meeting.title}"),
                                       ("Heading 2", "Dagordning")]
    detail = meetings.get_meeting(demo_db, meeting.id)
    paragraphs = [p.text for p in document.paragraphs]
    assert f"1. {detail.agenda[0].title}" in " ".join(paragraphs)
    facts, called, signatures = document.tables
    assert [c.text for c in facts.rows[0].cells] == ["Tid", "torsdag 10 december 2026 kl. "
                                                            "13.00–15.00"]
    assert [c.text for c in called.rows[0].cells] == ["Namn", "Roll", "Organisation"]
    assert called.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None   # repeats on each page
    assert "Ordförande" in signatures.rows[0].cells[0].text
    header = document.sections[0].header
    assert "Fagersta" in header.paragraphs[0].text and "Kallelse" in header.paragraphs[0].text
    assert header.part.related_parts and any(  # the logo
        rel.reltype.endswith("/image") for rel in header.part.rels.values())
    footer = document.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer
    assert document.core_properties.title == f"Kallelse – {meeting.title}"
    # Written once: every heading of the description is in the PDF and in the Word document.
    pdf_text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    for title in _titles(notice_content(detail)):
        assert title in pdf_text and title in _all_text(document)


def test_the_minutes_as_word_carry_every_item_and_decision(demo_db, tmp_path):
    meeting = _meeting(demo_db, held=True)
    detail = meetings.get_meeting(demo_db, meeting.id)
    target = tmp_path / "protokoll.docx"
    export_minutes(demo_db, meeting.id, None, DEMO_TODAY, docx=target)
    document = Document(target)
    text = _all_text(document)
    for title in _titles(minutes_content(detail)):
        assert title in text
    assert ("Heading 2", f"§ 4 {detail.agenda[3].title}") in _headings(document)
    own = [d for item in detail.agenda for d in item.decisions]
    assert sum(p.text.startswith("Beslut:") for p in document.paragraphs) == len(own) > 0
    assert not (tmp_path / "protokoll.pdf").exists()


def test_odd_text_and_markdown_make_a_sound_document(tmp_path):
    target = tmp_path / "udda.docx"
    furniture = content.Furniture("Å\x01mål", "Test", date(2026, 1, 2), cover=False)
    word.build(target, furniture, [
        content.Heading("Rubrik\x0b med styrtecken"),
        content.Markdown("Ett **fett** och *kursivt* ord, & < >.\n\n- punkt ett\n- punkt två"),
        content.text(content.Run("Fet", bold=True), " och ", content.Run("grå", muted=True),
                     "\nny rad"),
        content.Table([["A", "B"], ["1", content.text("x")], ["2", None]], [20, 30],
                      numeric=[0], fills={(1, 1): "#c62828"}, total=True),
        content.PageBreak(), content.Signatures([("Ordförande", None)])])
    document = Document(target)
    assert document.paragraphs[0].text == "Rubrik med styrtecken"
    body = document.paragraphs[1]
    assert [(r.text, bool(r.bold), bool(r.italic)) for r in body.runs if r.text.strip()][:4] == [
        ("Ett ", False, False), ("fett", True, False), (" och ", False, False),
        ("kursivt", False, True)]
    assert [p.style.name for p in document.paragraphs[2:4]] == ["List Bullet"] * 2
    assert document.paragraphs[4].text == "Fet och grå\nny rad"
    assert document.core_properties.author == "Åmål"


def test_personal_data_and_an_unwritable_target_are_told(demo_db, tmp_path):
    meeting = _meeting(demo_db, held=True)
    item = meetings.get_meeting(demo_db, meeting.id).agenda[0]
    meetings.save_item(demo_db, item.id, minutes="Kontakt: 070-123 45 67")
    with pytest.raises(PersonalDataFound, match="Protokollet innehåller .*Punkt 1"):
        export_minutes(demo_db, meeting.id, docx=tmp_path / "p.docx")
    export_minutes(demo_db, meeting.id, docx=tmp_path / "p.docx", allow_personal_data=True)
    assert "070-123 45 67" in _all_text(Document(tmp_path / "p.docx"))
    with pytest.raises(BrastodError, match="Mappen .* finns inte"):     # minutes not in it
        export_notice(demo_db, meeting.id, docx=tmp_path / "saknas" / "k.docx")


@COMMAND_LINE
def test_notice_and_minutes_on_the_command_line(demo_db, tmp_path, capsys):
    meeting = _meeting(demo_db, held=True)
    demo_db.close()
    pdf, docx = tmp_path / "p.pdf", tmp_path / "p.docx"
    assert main(["--db", str(demo_db.path), "export", "minutes", str(meeting.id), "--pdf",
                 str(pdf), "--docx", str(docx)]) == 0
    assert capsys.readouterr().out == (f"Protokollet från möte {meeting.id} sparat i {pdf} och "
                                       f"{docx}.\n")
    assert main(["--db", str(demo_db.path), "export", "notice", str(meeting.id), "--pdf",
                 str(pdf), "--docx", str(pdf)]) == 1
    assert capsys.readouterr().err == ("brastod: Filerna måste ha olika namn. Välj ett filnamn "
                                       "för varje fil.\n")


def _writer() -> str | None:
    """soffice, when LibreOffice Writer is installed (a Calc-only install cannot read .docx)."""
    found = shutil.which("soffice")
    if found and any(Path(found).resolve().parent.glob("libswlo.*")):
        return found
    return None


@pytest.mark.skipif(_writer() is None, reason="LibreOffice Writer (soffice) saknas")
def test_libreoffice_opens_every_word_document(demo_db, tmp_path):
    from brastod.core.exports.monthly_report import export_monthly_report
    held, planned = _meeting(demo_db, held=True), _meeting(demo_db, held=False)
    documents = [tmp_path / name for name in ("kallelse.docx", "protokoll.docx", "manad.docx")]
    export_notice(demo_db, planned.id, docx=documents[0])
    export_minutes(demo_db, held.id, docx=documents[1])
    export_monthly_report(demo_db, 2026, 10, docx=documents[2], printed=DEMO_TODAY)
    out = tmp_path / "lo"
    subprocess.run([_writer(), f"-env:UserInstallation=file://{tmp_path / 'profil'}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    *map(str, documents)], check=True, capture_output=True, timeout=300,
                   env=dict(os.environ, HOME=str(tmp_path)))
    for document, first in zip(documents, ("Kallelse –", "Protokoll –", "Månadsrapport oktober"),
                               strict=True):
        text = PdfReader(out / f"{document.stem}.pdf").pages[0].extract_text()
        assert first in text and "Fagersta" in text
