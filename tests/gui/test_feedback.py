"""Återkoppling from the Lägesbild tab: the dialog's partners (greyed without an address), the
PDF and the e-mail draft with exactly the chosen partners' contacts in Bcc (read back with
Python's email package), the log shown with the lägesbild, and what is refused."""
from datetime import date
from email import message_from_bytes, policy

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pypdf import PdfReader

from brastod.core.enums import ReportKind, ReportStatus
from brastod.core.register_rules import ContactFields
from brastod.core.services import registers, situation_reports as reports
from brastod.core.services.feedback_log import feedback_log
from brastod.gui.dialogs.feedback import NONE_CHOSEN, FeedbackDialog
from brastod.gui.models.mail import NO_ADDRESS
from brastod.gui.models.table import ROW_ROLE
from tests.gui.data_for import data_for

POLICE = "Polisen, lokalpolisområde Norra Västmanland"
HOUSING = "Fagerstabostäder"          # two contacts with e-mail


@pytest.fixture
def tab(window, demo_db):
    # The example's own återkopplingar are left out: each test logs its own.
    with demo_db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM feedback_dispatch")
    window.ui.tabs.setCurrentWidget(window.situation_reports)
    return window.situation_reports


def _open(tab, qtbot, report_id: int) -> None:
    tab.ui.table.setCurrentIndex(QModelIndex())
    row = next(r for r in range(tab.proxy.rowCount())
               if tab.proxy.index(r, 0).data(ROW_ROLE).id == report_id)
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.table.selectRow(row)


def _adopted(db) -> int:
    return next(r.id for r in reports.list_situation_reports(db)
                if r.status == ReportStatus.ADOPTED and r.kind == ReportKind.OPERATIONAL)


def _check(model, name: str, state: Qt.CheckState) -> bool:
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == name)
    return model.setData(model.index(row, 0), state, Qt.ItemDataRole.CheckStateRole)


def _answer(monkeypatch, prepare) -> list:
    """The dialog answered by ``prepare(dialog)`` (False: cancelled); the dialogs seen."""
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        if prepare(dialog) is False:
            return QDialog.DialogCode.Rejected
        assert dialog.ok.isEnabled()
        dialog.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(FeedbackDialog, "exec", exec_)
    return seen


def _save_as(monkeypatch, target) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def test_the_chosen_partners_get_the_draft_in_bcc_and_the_log_shows_it(
        tab, qtbot, window, monkeypatch, tmp_path, demo_db, message_boxes):
    registers.add_partner(demo_db, "Hyresgästföreningen", contacts=[ContactFields("Kim Ek")])
    report_id = _adopted(demo_db)
    _open(tab, qtbot, report_id)
    assert tab.ui.feedbackButton.isEnabled()
    assert tab.ui.feedbackLabel.text() == "Inte återkopplad ännu."

    def choose(dialog):
        model = dialog.model
        assert model.chosen() == [r.name for r in model.rows() if r.addresses]   # all at first
        tenants = next(r for r in range(model.rowCount())
                       if model.row_at(r).name == "Hyresgästföreningen")
        assert model.index(tenants, 1).data() == NO_ADDRESS
        assert not model.flags(model.index(tenants, 0)) & Qt.ItemFlag.ItemIsEnabled
        assert not _check(model, "Hyresgästföreningen", Qt.CheckState.Checked)
        assert "Hyresgästföreningen" in dialog.status.text()
        dialog.none_button.click()
        assert dialog.status.text().startswith(NONE_CHOSEN) and not dialog.ok.isEnabled()
        assert _check(model, POLICE, Qt.CheckState.Checked)
        assert _check(model, HOUSING, Qt.CheckState.Checked)
        assert dialog.status.text().startswith("2 partner valda, 3 adresser i hemlig kopia.")
    _answer(monkeypatch, choose)
    target = tmp_path / "återkoppling.pdf"
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(tab.shown, timeout=30_000):     # the log is a change to the reports
        tab.ui.feedbackButton.click()

    assert "Återkoppling" in PdfReader(target).pages[0].extract_text()
    message = message_from_bytes(target.with_suffix(".eml").read_bytes(), policy=policy.default)
    directory = {p.name: p for p in registers.partner_directory(demo_db)}
    assert sorted(a.addr_spec for a in message["Bcc"].addresses) == sorted(
        c.email for name in (POLICE, HOUSING) for c in directory[name].contacts)
    assert message["To"] is None and message["X-Unsent"] == "1"
    [attachment] = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content()[:5] == b"%PDF-"
    [(kind, text)] = message_boxes
    assert kind == "information" and text.startswith(
        "Återkopplingen sparades: återkoppling.pdf och återkoppling.eml – inget har skickats. "
        "Öppna utkastet i Outlook eller Thunderbird och skicka det därifrån.")
    assert text.endswith(f"Mappen: {tmp_path}")
    [logged] = feedback_log(demo_db, report_id)
    assert sorted(logged.partners) == sorted([POLICE, HOUSING])
    assert tab.ui.feedbackLabel.text() == f"Återkopplad {logged.text}"    # two: named in full
    assert "3 adresser" in tab.ui.feedbackLabel.text()


def test_a_pdf_alone_is_logged_without_a_draft(tab, qtbot, window, monkeypatch, tmp_path,
                                                demo_db, message_boxes):
    report_id = _adopted(demo_db)
    _open(tab, qtbot, report_id)

    def pdf_only(dialog):
        dialog.pdf_only.setChecked(True)
        assert not dialog.table.isEnabled() and dialog.partners is None
    _answer(monkeypatch, pdf_only)
    target = tmp_path / "sida.pdf"
    _save_as(monkeypatch, target)
    for _ in range(2):
        with qtbot.waitSignal(tab.shown, timeout=30_000):
            tab.ui.feedbackButton.click()
    assert target.exists() and not target.with_suffix(".eml").exists()
    assert message_boxes[0] == ("information", f"Återkopplingen sparades: sida.pdf\n\n"
                                               f"Mappen: {tmp_path}")
    newest, _ = feedback_log(demo_db, report_id)
    assert tab.ui.feedbackLabel.text() == f"Återkopplad {newest.brief} (och 1 tidigare)"
    assert tab.ui.feedbackLabel.toolTip().count("· PDF") == 2


def test_the_line_names_three_partners_and_the_tooltip_every_one(tab, qtbot, demo_db):
    from brastod.core.services.feedback_log import log_feedback
    report_id = _adopted(demo_db)
    names = sorted(p.name for p in registers.partner_directory(demo_db))
    log_feedback(demo_db, report_id, names, 12, True)
    _open(tab, qtbot, report_id)
    label = tab.ui.feedbackLabel.text()
    assert label.endswith(f"e-postutkast till 12 adresser hos {', '.join(names[:3])} och "
                          f"{len(names) - 3} till")
    assert tab.ui.feedbackLabel.toolTip().endswith(", ".join(names))


def test_a_draft_cannot_be_fed_back(tab, qtbot, window, monkeypatch, demo_db):
    draft = next(r.id for r in reports.list_situation_reports(demo_db)
                 if r.status == ReportStatus.DRAFT)
    seen = _answer(monkeypatch, lambda dialog: pytest.fail("dialogen öppnades"))
    _open(tab, qtbot, draft)
    button = tab.ui.feedbackButton
    assert not button.isEnabled() and "fastställ den först" in button.toolTip()
    assert not tab.ui.feedbackLabel.isVisible()
    tab.feed_back()                                    # as a shortcut would
    assert seen == [] and feedback_log(demo_db, draft) == []
    _open(tab, qtbot, _adopted(demo_db))
    assert button.isEnabled() and tab.ui.feedbackLabel.isVisible()


def test_cancelling_writes_nothing(tab, qtbot, window, monkeypatch, demo_db):
    report_id = _adopted(demo_db)
    _open(tab, qtbot, report_id)
    _answer(monkeypatch, lambda dialog: False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("frågade"))
    tab.ui.feedbackButton.click()
    assert feedback_log(demo_db, report_id) == []


def test_personal_data_in_the_summary_is_refused_until_confirmed(
        tab, qtbot, window, monkeypatch, tmp_path, demo_db, message_boxes):
    draft = next(r.id for r in reports.list_situation_reports(demo_db)
                 if r.status == ReportStatus.DRAFT)
    summary = next(s for s in reports.get_report(demo_db, draft).sections
                   if s.title == "Sammanfattning")
    reports.save_section(demo_db, summary.id, body="Ring Kim på 070-123 45 67 om Torget.")
    reports.adopt_report(demo_db, draft, date(2026, 11, 22), "Lokala BRÅ")
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.reload(draft)
    _answer(monkeypatch, lambda dialog: None)
    target = tmp_path / "återkoppling.pdf"
    _save_as(monkeypatch, target)
    questions, answers = [], [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: (
        questions.append(text), answers.pop(0))[1])
    tab.ui.feedbackButton.click()                      # answered Nej: nothing written
    assert "070-123 45 67" in questions[0] and "Återkopplingen innehåller" in questions[0]
    assert not target.exists() and not target.with_suffix(".eml").exists()
    assert feedback_log(demo_db, draft) == [] and message_boxes == []
    with qtbot.waitSignal(tab.shown, timeout=30_000):
        tab.ui.feedbackButton.click()                  # answered Ja: written and logged
    assert target.exists() and target.with_suffix(".eml").exists()
    assert len(questions) == 2 and len(feedback_log(demo_db, draft)) == 1


def test_the_partner_model_passes_the_model_tester(qtbot, tasks, demo_db, qtmodeltester):
    registers.add_partner(demo_db, "Hyresgästföreningen", contacts=[ContactFields("Kim Ek")])
    dialog = FeedbackDialog(data_for(tasks, demo_db), "Lägesbild")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(registers.partner_directory(demo_db))
    qtmodeltester.check(dialog.model)
    dialog.model.choose_all(False)
    qtmodeltester.check(dialog.model)
