"""Every workbook the program writes — the incidents, a lägesbild, a plan, a meeting pack and
the partner template sent out to partners — keeps text that looks like a formula as text."""
from datetime import date

from openpyxl import load_workbook
from sqlmodel import select

from brastod.cli import main
from brastod.core.exports.action_plan import export_action_plan
from brastod.core.exports.incidents import export_incidents
from brastod.core.exports.meeting_pack import export_meeting_pack
from brastod.core.exports.situation_report import export_situation_report
from brastod.core.models import (
    Action, AgendaItem, Area, AreaAssessment, Category, Incident, Municipality, Partner,
)
from brastod.core.services import action_plans
from brastod.core.services import situation_reports as reports
from tests.conftest import DEMO_TODAY
from tests.core.on_file import COMMAND_LINE

CATEGORY = "=cmd|' /C calc'!A0"
AREA = '=HYPERLINK("http://exempel.invalid","Centrum")'
MUNICIPALITY = "=1+1"
PARTNER = "=2+2"
TEXT = "=SUMMA(A1:A9)"


def _hostile(db) -> tuple[int, int]:
    """Formula-like names and text wherever a workbook takes them from; (report, meeting)."""
    draft = next(r for r in reports.list_situation_reports(db) if r.status == "draft")
    with db.session() as session:
        session.exec(select(Municipality)).one().name = MUNICIPALITY
        area = session.exec(select(Area).where(Area.name == "Centrum")).one()
        area.name = AREA
        category = session.exec(select(Category).where(Category.name == "Klotter")).one()
        category.name = CATEGORY
        for incident in session.exec(select(Incident).where(Incident.area_id == area.id)
                                     .limit(50)):
            incident.description = TEXT
        for action in session.exec(select(Action)):
            action.title = action.description = TEXT
        item = session.exec(select(AgendaItem)).first()
        item.title = TEXT
        for assessment in session.exec(select(AreaAssessment).where(
                AreaAssessment.report_id == draft.id)):
            assessment.motivation = TEXT
        session.exec(select(Partner)).first().name = PARTNER
        return draft.id, item.meeting_id


def _cells(path):
    book = load_workbook(path)
    return [(sheet.title, cell) for sheet in book.worksheets for row in sheet.iter_rows()
            for cell in row if cell.value is not None]


@COMMAND_LINE
def test_every_workbook_keeps_formula_like_text_as_text(demo_db, tmp_path):
    report_id, meeting_id = _hostile(demo_db)
    plan_id = next(p.id for p in action_plans.list_plans(demo_db) if p.kind == "action_plan")
    written = {name: tmp_path / f"{name}.xlsx"
               for name in ("händelser", "lägesbild", "plan", "möte", "mall")}
    assert export_incidents(demo_db, date(2024, 1, 1), DEMO_TODAY, xlsx=written["händelser"])
    export_situation_report(demo_db, report_id, xlsx=written["lägesbild"], printed=DEMO_TODAY)
    export_action_plan(demo_db, plan_id, xlsx=written["plan"], today=DEMO_TODAY)
    export_meeting_pack(demo_db, meeting_id, xlsx=written["möte"], printed=DEMO_TODAY,
                        report_id=report_id)
    demo_db.close()
    assert main(["--db", str(demo_db.path), "template", str(written["mall"]),
                 "--partner", PARTNER]) == 0
    expected = {"händelser": {AREA, CATEGORY, TEXT}, "lägesbild": {AREA, CATEGORY, TEXT},
                "plan": {TEXT}, "möte": {TEXT}, "mall": {AREA, CATEGORY, PARTNER}}
    for name, path in written.items():
        cells = _cells(path)
        formulas = [(sheet, cell.coordinate, cell.value) for sheet, cell in cells
                    if cell.data_type == "f"]
        assert formulas == [], name
        found = {cell.value for _, cell in cells if cell.value in expected[name]}
        assert found == expected[name], name          # the text is there, as text
    template = load_workbook(written["mall"])
    listed = {cell.value: cell.data_type for row in template["Listor"].iter_rows()
              for cell in row if cell.value is not None}
    assert listed[AREA] == listed[CATEGORY] == "s"
    assert any(cell.value.endswith(MUNICIPALITY) and cell.data_type == "s"
               for row in template["Instruktioner"].iter_rows() for cell in row
               if isinstance(cell.value, str))
    # The drop-downs point at the list's cells; no name is spelled into a validation formula.
    for validation in template["Rapport"].data_validations.dataValidation:
        assert validation.type != "list" or validation.formula1.startswith("'Listor'!$")


def test_text_longer_than_a_cell_holds_is_cut_and_says_so(demo_db, tmp_path):
    # An import keeps a field of any length; Excel holds 32 767 characters in a cell and
    # "repairs" a workbook with more.
    long = "Lång beskrivning " * 4000
    with demo_db.session() as session:
        incident = session.exec(select(Incident).order_by(Incident.occurred_on.desc())).first()
        incident.description, day = long, incident.occurred_on
    target = tmp_path / "lång.xlsx"
    export_incidents(demo_db, day, day, xlsx=target)
    texts = [cell.value for row in load_workbook(target, read_only=True).worksheets[0].rows
             for cell in row if isinstance(cell.value, str) and cell.value.startswith("Lång")]
    assert [len(text) for text in texts] == [32_767]
    assert texts[0].endswith(" … (avkortad)") and long.startswith(texts[0][:-13])
