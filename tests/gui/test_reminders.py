"""Påminn partner… in Inkomna rapporter: the partners that sent no report in the period (the
previous month to begin with), those without an address, and one .eml per partner with the
report template attached, read back with Python's email package."""
import io
from datetime import UTC, date, datetime
from email import message_from_bytes, policy

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlmodel import select

from brastod.core.models import ImportBatch, Partner
from brastod.core.register_rules import ContactFields
from brastod.core.services import registers
from brastod.gui.dialogs.reminders import RemindersDialog, previous_month
from brastod.gui.models.mail import NO_ADDRESS
from tests.gui.data_for import data_for


def _batch(db, partner: str, moment: datetime) -> None:
    with db.session() as session:
        partner_id = session.exec(select(Partner.id).where(Partner.name == partner)).one()
        session.add(ImportBatch(partner_id=partner_id, source="file", file_name="r.xlsx",
                                imported_at=moment))


def _active(db) -> set[str]:
    return {p.name for p in registers.partner_directory(db) if p.active}


@pytest.fixture
def reported(demo_db):
    """Fagerstabostäder reported in October, Polisen in November; a partner has no e-mail."""
    _batch(demo_db, "Fagerstabostäder", datetime(2026, 10, 14, 9, tzinfo=UTC))
    _batch(demo_db, "Polisen, lokalpolisområde Norra Västmanland",
           datetime(2026, 11, 3, 9, tzinfo=UTC))
    registers.add_partner(demo_db, "Hyresgästföreningen", contacts=[ContactFields("Kim Ek")])
    return demo_db


@pytest.fixture
def dialog(qtbot, tasks, reported):
    opened = RemindersDialog(data_for(tasks, reported))
    qtbot.addWidget(opened)
    return opened


def _names(dialog) -> set[str]:
    return {row.name for row in dialog.model.rows()}


def test_the_previous_month_is_the_default_period():
    assert previous_month(date(2026, 11, 22)) == (date(2026, 10, 1), date(2026, 10, 31))
    assert previous_month(date(2027, 1, 1)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert previous_month(date(2024, 3, 31)) == (date(2024, 2, 1), date(2024, 2, 29))


def test_the_silent_partners_of_the_period_and_those_without_an_address(dialog, qtbot,
                                                                         reported):
    assert dialog.period == (date(2026, 10, 1), date(2026, 10, 31))
    assert _names(dialog) == _active(reported) - {"Fagerstabostäder"}
    model = dialog.model
    tenants = next(r for r in range(model.rowCount())
                   if model.row_at(r).name == "Hyresgästföreningen")
    assert model.index(tenants, 1).data() == NO_ADDRESS
    assert not model.flags(model.index(tenants, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert dialog.status.text().startswith(
        f"{len(_active(reported)) - 1} partner har inte skickat någon rapport; "
        f"{len(_active(reported)) - 2} utkast skrivs. Utan e-postadress, och därför utan "
        "utkast: Hyresgästföreningen")
    with qtbot.waitSignal(dialog.loaded):
        dialog.start.setDate(QDate(2026, 11, 1))
    with qtbot.waitSignal(dialog.loaded):
        dialog.end.setDate(QDate(2026, 11, 30))
    assert _names(dialog) == _active(reported) - {"Polisen, lokalpolisområde Norra Västmanland"}
    assert "Påminnelser 2026-11-01 – 2026-11-30" in dialog.folder.text()


def test_the_end_never_comes_before_the_start(dialog, qtbot):
    with qtbot.waitSignal(dialog.loaded):
        dialog.start.setDate(QDate(2026, 12, 5))
    assert dialog.period == (date(2026, 12, 5), date(2026, 12, 5))
    dialog.end.setDate(QDate(2026, 12, 1))
    assert dialog.period[1] == date(2026, 12, 5)


def test_one_draft_per_silent_partner_with_the_template_attached(dialog, qtbot, monkeypatch,
                                                                  tmp_path, reported,
                                                                  message_boxes):
    folder = tmp_path / "utkast"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog._choose_folder()
    assert dialog.folder.text() == str(folder)
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok.click()
    silent = _active(reported) - {"Fagerstabostäder", "Hyresgästföreningen"}
    assert {path.name for path in folder.iterdir()} == {f"Påminnelse {n}.eml" for n in silent}
    directory = {p.name: p for p in registers.partner_directory(reported)}
    for path in folder.iterdir():
        partner = path.stem.removeprefix("Påminnelse ")
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert {a.addr_spec for a in message["To"].addresses} == {
            c.email for c in directory[partner].contacts}
        assert message["X-Unsent"] == "1" and "2026-10-01 – 2026-10-31" in message["Subject"]
        [attachment] = message.iter_attachments()
        assert attachment.get_filename() == f"Rapportmall {partner}.xlsx"
        assert "Rapport" in load_workbook(io.BytesIO(attachment.get_content())).sheetnames
    [(kind, text)] = message_boxes
    assert kind == "information" and text == (
        f"{len(silent)} e-postutkast med rapportmallen bifogad är sparade. Inget har skickats: "
        "öppna utkasten i Outlook eller Thunderbird och skicka dem därifrån.\n\n"
        f"Utan e-postadress, så inget utkast: Hyresgästföreningen.\n\nMappen: {folder}")


def test_without_a_chosen_folder_one_is_made_for_the_period(dialog, qtbot, monkeypatch,
                                                           tmp_path, message_boxes):
    from brastod.gui import exports
    monkeypatch.setattr(exports.state, "load_text", lambda key: str(tmp_path))
    dialog.reload()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok.click()
    made = tmp_path / "Påminnelser 2026-10-01 – 2026-10-31"
    assert made.is_dir() and len(list(made.iterdir())) > 0


def test_a_folder_that_cannot_be_made_is_told_and_the_dialog_stays(dialog, qtbot, monkeypatch,
                                                                    tmp_path):
    (tmp_path / "fil").write_text("x")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: str(tmp_path / "fil"))
    dialog._choose_folder()
    with qtbot.waitSignal(dialog.data.runner.refused) as refused:     # the window says it
        dialog.ok.click()
    assert refused.args == [f"Mappen {tmp_path / 'fil'} kunde inte skapas. Välj en annan mapp."]
    assert dialog.result() == 0 and dialog.ok.isEnabled()


def test_when_everyone_reported_nothing_is_written(qtbot, tasks, demo_db):
    for name in _active(demo_db):
        _batch(demo_db, name, datetime(2026, 10, 14, 9, tzinfo=UTC))
    dialog = RemindersDialog(data_for(tasks, demo_db))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.ok.isEnabled()
    assert dialog.status.text() == ("Alla aktiva partner har skickat minst en rapport under "
                                    "perioden.")


def test_the_button_in_inkomna_rapporter_opens_it_and_its_model_passes(window, monkeypatch,
                                                                       qtmodeltester):
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        qtmodeltester.check(dialog.model)
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(RemindersDialog, "exec", exec_)
    button = window.reports.ui.remindButton
    assert button.isEnabled()
    button.click()
    [dialog] = opened
    assert dialog.model.rowCount() > 0 and dialog.period == (date(2026, 10, 1),
                                                            date(2026, 10, 31))
