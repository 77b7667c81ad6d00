"""A walk's protokoll (PDF and Word), the example walks, and the command line's list walks and
export walk."""
import json
from datetime import date

import pytest
from docx import Document
from pypdf import PdfReader

from brastod.cli import main
from brastod.core.errors import PersonalDataFound
from brastod.core.exports.walk_protocol import export_walk_protocol
from brastod.core.services import walks
from brastod.core.walk_rules import PointFields, WalkFields
from tests.conftest import DEMO_TODAY
from tests.core.on_file import COMMAND_LINE


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _word_text(path) -> str:
    document = Document(path)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return " ".join(" ".join([p.text for p in document.paragraphs] + cells).split())


def _held(db):
    return next(w for w in walks.list_walks(db) if w.status == "held")


def test_the_example_has_a_held_walk_with_actions_and_a_planned_one(demo_db):
    held, planned = walks.list_walks(demo_db)
    assert (held.status, held.area, held.points, held.actions) == ("held", "Kolarbyn", 5, 3)
    assert held.walk_date < DEMO_TODAY < planned.walk_date
    assert (planned.status, planned.area, planned.points) == ("planned", "Centrum", 0)
    detail = walks.get_walk(demo_db, held.id)
    assert [(p.action_status, p.rag) for p in detail.points] == [
        ("ongoing", "red"), ("done", "green"), ("ongoing", "yellow"), (None, None), (None, None)]
    assert "Boende" in [p.organisation for p in detail.participants]


def test_the_protocol_lists_every_point_with_who_does_what_by_when(demo_db, tmp_path):
    detail = walks.get_walk(demo_db, _held(demo_db).id)
    pdf, docx = tmp_path / "p.pdf", tmp_path / "p.docx"
    export_walk_protocol(demo_db, detail.id, pdf, docx=docx, printed=DEMO_TODAY)
    for text in (_pdf_text(pdf), _word_text(docx)):
        assert "Trygghetsvandring – Kolarbyn" in text
        assert "tisdag" in text and "18.00–20.00" in text
        assert "Boende (8)" in text and detail.route.split(" – ")[0] in text
        for header in ("Nr", "Plats", "Iakttagelse", "Anteckning", "Åtgärd"):
            assert header in text
        for point in detail.points:
            assert point.place.split()[0] in text and point.kind in text
            if point.due_on:
                assert f"Klart senast {point.due_on}" in text
        assert "Pågående · Gul" in text and "Ingen åtgärd ännu" in text
        assert "Fagerstabostäder" in text


def test_a_protocol_with_personal_data_is_stopped_until_confirmed(db, tmp_path):
    walk = walks.create_walk(db, WalkFields(date(2026, 5, 5)))
    kind = walks.list_kinds(db)[0].id
    walks.add_point(db, walk, PointFields("Torget", kind, "Ring Nisse på 070-123 45 67"))
    with pytest.raises(PersonalDataFound, match="Punkt 1"):
        export_walk_protocol(db, walk, tmp_path / "p.pdf")
    assert not (tmp_path / "p.pdf").exists()
    export_walk_protocol(db, walk, tmp_path / "p.pdf", allow_personal_data=True)
    assert "Torget" in _pdf_text(tmp_path / "p.pdf")


def test_an_empty_walk_says_so(db, tmp_path):
    walk = walks.create_walk(db, WalkFields(date(2026, 5, 5)))
    export_walk_protocol(db, walk, tmp_path / "p.pdf")
    text = _pdf_text(tmp_path / "p.pdf")
    assert "Trygghetsvandring – utan område" in text and "Inga punkter antecknade." in text


@COMMAND_LINE
def test_list_walks_on_the_command_line(demo_db, capsys):
    demo_db.close()
    assert main(["--db", str(demo_db.path), "list", "walks", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(w["area"], w["status"], w["points"], w["actions"]) for w in listed] == [
        ("Kolarbyn", "held", 5, 3), ("Centrum", "planned", 0, 0)]
    assert listed[0]["start"] == "18:00"
    assert main(["--db", str(demo_db.path), "list", "walks"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "Genomförd" in lines[0] and "Kolarbyn: 5 punkter, 3 åtgärder" \
        in lines[0]


@COMMAND_LINE
def test_export_walk_on_the_command_line(demo_db, tmp_path, capsys):
    walk_id = _held(demo_db).id
    demo_db.close()
    pdf, docx = tmp_path / "v.pdf", tmp_path / "v.docx"
    assert main(["--db", str(demo_db.path), "export", "walk", str(walk_id), "--pdf", str(pdf),
                 "--docx", str(docx)]) == 0
    assert capsys.readouterr().out == (f"Protokollet från trygghetsvandring {walk_id} sparat "
                                       f"i {pdf} och {docx}.\n")
    assert "Kolarbyn" in _pdf_text(pdf) and "Kolarbyn" in _word_text(docx)


@COMMAND_LINE
@pytest.mark.parametrize("arguments, code, fragment", [
    (["export", "walk", "999", "--pdf", "{tmp}/x.pdf"], 1, "Trygghetsvandring 999 finns inte."),
    (["export", "walk", "1"], 1, "Ange --pdf FIL eller --docx FIL."),
    (["export", "walk", "1", "--pdf", "{tmp}/x.pdf", "--docx", "{tmp}/x.pdf"], 1,
     "olika namn"),
])
def test_export_walk_errors_are_one_swedish_line(demo_db, tmp_path, capsys, arguments, code,
                                                 fragment):
    demo_db.close()
    arguments = [a.format(tmp=tmp_path) for a in arguments]
    assert main(["--db", str(demo_db.path), *arguments]) == code
    captured = capsys.readouterr()
    assert captured.err.startswith("brastod: ") and captured.err.count("\n") == 1
    assert fragment in captured.err and "Traceback" not in captured.err
    assert not (tmp_path / "x.pdf").exists()


def test_an_overdue_date_is_red_unless_the_cell_has_the_follow_ups_colour(demo_db):
    from dataclasses import replace

    from brastod.core.exports.content import Run, Table
    from brastod.core.exports.walk_protocol import OVERDUE, protocol_content
    detail = walks.get_walk(demo_db, _held(demo_db).id)
    assert detail.points[0].is_overdue(DEMO_TODAY) and detail.points[0].rag == "red"

    def late_run(shown) -> tuple:
        *_, table = [b for b in protocol_content(shown, DEMO_TODAY) if isinstance(b, Table)]
        run = next(r for r in table.rows[1][4].runs if isinstance(r, Run) and "försenad" in r.text)
        return run.color, (1, 4) in table.fills
    assert late_run(detail) == (None, True)
    uncoloured = replace(detail, points=[replace(detail.points[0], rag=None)])
    assert late_run(uncoloured) == (OVERDUE, False)
