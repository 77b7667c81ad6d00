"""Exports never fail on odd text and never let a spreadsheet run it: formulas stay words;
control characters, a very long word, right-to-left text and emoji go through the PDF and
Excel exports of a plan and a lägesbild."""
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from brastod.core.exports.action_plan import export_action_plan
from brastod.core.exports.situation_report import export_situation_report
from brastod.core.plan_rules import ActionFields, FollowUpFields
from brastod.core.services import action_plans, plan_chain, registers
from brastod.core.services import situation_reports as reports
from tests.conftest import DEMO_TODAY

FORMULAS = ["=SUMMA(A1:A9)", "+46 tal", "-minus först", "@at först"]
ODD = FORMULAS + ["kontroll\x00\x01\x07tecken\x1b", "ord" * 400, "עברית מימין לשמאל",
                  "emoji 🚨🔥👮‍♀️", "<b>inte fet</b> & <script>", "tab\tny\nrad",
                  "\u202eomvänd riktning"]


@pytest.fixture
def odd_plan(demo_db):
    plan_id = next(p.id for p in action_plans.list_plans(demo_db) if p.kind == "action_plan")
    partner = registers.list_partners(demo_db)[0].id
    for text in ODD:
        plan_chain.add_action(demo_db, plan_id, ActionFields(text, partner, description=text))
    last = plan_chain.get_outline(demo_db, plan_id).all_actions()[-1].id
    plan_chain.add_follow_up(demo_db, last, FollowUpFields(DEMO_TODAY, "red", "\n".join(ODD)),
                             DEMO_TODAY)
    return plan_id


def test_a_plan_with_odd_text_exports_and_formulas_stay_words(demo_db, odd_plan, tmp_path):
    pdf, xlsx = tmp_path / "plan.pdf", tmp_path / "plan.xlsx"
    export_action_plan(demo_db, odd_plan, pdf=pdf, xlsx=xlsx, today=DEMO_TODAY)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "=SUMMA(A1:A9)" in text and "<b>inte fet</b>" in text
    sheet = load_workbook(xlsx)["Åtgärder"]
    titles = {row[3].value: row[3].data_type for row in sheet.iter_rows(min_row=2)}
    for formula in FORMULAS:
        assert titles[formula] == "s", formula          # a string, never a formula
    assert "kontrolltecken" in titles                   # control characters dropped
    assert "ord" * 400 in titles


def test_a_lagesbild_with_odd_text_exports(demo_db, tmp_path):
    draft = next(r for r in reports.list_situation_reports(demo_db) if r.status == "draft")
    section = reports.get_report(demo_db, draft.id).sections[0]
    reports.save_section(demo_db, section.id, body="\n\n".join(ODD))
    pdf = tmp_path / "lagesbild.pdf"
    export_situation_report(demo_db, draft.id, pdf=pdf, xlsx=tmp_path / "lagesbild.xlsx",
                            printed=date(2026, 11, 22))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "=SUMMA(A1:A9)" in text and "inte fet" in text
