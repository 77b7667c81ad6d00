"""The three roles in the whole window, with real logins on the tests' own PostgreSQL server: a
läsare opens every tab and dialog and can change nothing, a sekreterare changes the meetings and
only reads the rest, a refused write is told in Swedish and keeps the text, and a samordnare on a
file has everything.

The controls are found by walking the widgets, not by a list of names: a button added later and
left enabled for a läsare fails here."""
import uuid

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QCalendarWidget, QComboBox, QDialog,
    QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit, QTabBar, QTextEdit, QWidget,
)

from brastod.core.db import open_database
from brastod.core.server import parse
from brastod.core.server_admin import add_user, server_init
from brastod.core.services import meetings
from brastod.core.services import situation_reports as reports
from brastod.gui import main_window
from brastod.gui.app import Application
from brastod.gui.data import Topic
from brastod.gui.roles import READS, Role
from brastod.gui.widgets.form_dialog import FormDialog
from tests.conftest import DEMO_TODAY
from tests.gui.test_server_window import _open_draft

TEXT = (QLineEdit, QTextEdit, QPlainTextEdit)
SWITCHES = (QAbstractButton, QComboBox, QAbstractSpinBox)
# Parts of another control: a combo box's line edit, a tab bar's arrows, a calendar's buttons.
OWNERS = (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget, QAbstractItemView)


def test_what_each_role_may_change():
    assert all(Role.COORDINATOR.may_edit(topic) for topic in Topic)
    assert Role.SECRETARY.may_edit(Topic.MEETINGS)
    assert not any(Role.SECRETARY.may_edit(topic) for topic in Topic if topic != Topic.MEETINGS)
    # A decision made an action changes a plan too: not a sekreterare's.
    assert not Role.SECRETARY.may_edit(Topic.MEETINGS | Topic.PLANS)
    assert not any(Role.READER.may_edit(topic) for topic in Topic)


def test_a_locked_control_stays_off_whatever_its_tab_does_later(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout
    from brastod.gui.roles import lock, reads
    root = QWidget()
    qtbot.addWidget(root)
    button, text, search, combo = QPushButton("Ny"), QPlainTextEdit(), QLineEdit(), QComboBox()
    layout = QVBoxLayout(root)
    for widget in (button, text, search, combo):
        layout.addWidget(widget)
    reads(search)
    lock(Role.READER, root)
    assert not button.isEnabled() and not combo.isEnabled() and text.isReadOnly()
    assert text.isEnabled()                             # its text can still be selected
    assert not search.isReadOnly() and search.isEnabled()
    button.setEnabled(True)                             # a row chosen, say
    text.setReadOnly(False)
    button.setToolTip("Skapa en ny")
    root.setEnabled(False)
    root.setEnabled(True)
    assert not button.isEnabled() and text.isReadOnly()
    assert button.toolTip() == combo.toolTip() == Role.READER.refusal


def _only_reads(widget: QWidget, root: QWidget) -> bool:
    """Marked as only reading (a filter, an export), part of another control, or a button that
    closes a dialog."""
    box = widget.parent()
    if isinstance(box, QDialogButtonBox) and box.buttonRole(widget) in (
            QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.HelpRole):
        return True
    while widget is not None:
        if widget.property(READS):
            return True
        if widget is root:
            return False
        widget = widget.parentWidget()
        if isinstance(widget, OWNERS) and widget is not root:
            return True
    return False


def _controls(root: QWidget) -> list[QWidget]:
    return [widget for widget in [root, *root.findChildren(QWidget)]
            if isinstance(widget, (*TEXT, *SWITCHES, QAbstractItemView))
            and not _only_reads(widget, root)]


def _changeable(root: QWidget) -> list[str]:
    """The controls under ``root`` a user could change something with."""
    def open_(widget) -> bool:
        if not widget.isEnabled():
            return False
        if isinstance(widget, TEXT):
            return not widget.isReadOnly()
        if isinstance(widget, QAbstractItemView):
            return widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        return True
    return [f"{type(widget).__name__} {widget.objectName() or getattr(widget, 'text', str)()}"
            for widget in _controls(root) if open_(widget)]


def _assert_read_only(root: QWidget, role: Role) -> None:
    assert _changeable(root) == [], type(root).__name__
    for widget in _controls(root):
        if isinstance(widget, SWITCHES):        # says why it is off
            assert widget.toolTip() == role.refusal, widget.objectName()


def _log_in(qtbot, tmp_path, pg_server, pg_url, role: str):
    server_init(pg_url, None, demo=True)
    login = f"{role[:3].replace('ä', 'a')}_{uuid.uuid4().hex[:8]}"    # the whole server's
    add_user(pg_url, login, role)
    controller = Application(tmp_path / "brastod.log", DEMO_TODAY)
    controller.tasks.synchronous = True
    assert controller.start(pg_server.url(parse(pg_url).database, user=login))
    qtbot.addWidget(controller.window)
    return controller


def _close(controller) -> None:
    controller.window.close()
    controller.db.close()


def _dialogs(window):
    """Every dialog a role may open to read, built as its menu or button builds it."""
    from brastod.gui.dialogs.categories import CategoriesDialog
    from brastod.gui.dialogs.import_history import ImportHistoryDialog
    from brastod.gui.dialogs.incident import IncidentDialog
    from brastod.gui.dialogs.measurement import MeasurementDialog, NationalReferencesDialog
    from brastod.gui.dialogs.municipality import MunicipalityDialog
    from brastod.gui.dialogs.partners import PartnersDialog
    from brastod.gui.dialogs.police_types import PoliceTypesDialog
    from brastod.gui.dialogs.series import SeriesDialog
    data = window.data
    incident_id = window.reports.model.rows()[0].id
    return [MunicipalityDialog(data, window), PartnersDialog(data, window),
            CategoriesDialog(data, window), PoliceTypesDialog(data, window),
            NationalReferencesDialog(data, window), MeasurementDialog(data, window),
            SeriesDialog(data, window), IncidentDialog(data, incident_id, window),
            ImportHistoryDialog(data, window)]


def _decision_dialog(window, monkeypatch, fill=None):
    """The agenda's decision dialog as Nytt beslut opens it; ``fill(form)`` and Spara, or only
    looked at (returned) and closed."""
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        if fill is None:
            return QDialog.DialogCode.Rejected
        fill(dialog.form)
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(FormDialog, "exec", exec_)
    agenda = window.calendar.agenda
    agenda.ui.items.setCurrentRow(0)
    agenda.edit_decision(None)
    return shown[0]


def test_a_reader_opens_every_tab_and_dialog_and_can_change_nothing(
        qtbot, tmp_path, pg_server, pg_url, monkeypatch):
    from brastod.gui.dialogs.settings import SettingsDialog
    controller = _log_in(qtbot, tmp_path, pg_server, pg_url, "läsare")
    window = controller.window
    reader = Role.READER
    assert window.role_label.text() == "Du är inloggad som läsare: du kan läsa men inte ändra."
    for action in (window.ui.actionImport, window.ui.actionPurge):
        assert not action.isEnabled() and action.toolTip() == reader.refusal
    window.ui.tabs.setCurrentWidget(window.situation_reports)
    _open_draft(window.situation_reports, qtbot)
    for tab in window.tabs:
        window.ui.tabs.setCurrentWidget(tab)
        _assert_read_only(tab, reader)
    calendar = window.calendar
    assert calendar.detail is not None and calendar.ui.parts.isEnabled()    # a meeting shown
    minutes = calendar.agenda.ui.minutes
    assert minutes.isEnabled() and minutes.isReadOnly()         # selectable, not changeable
    # What only reads stays: the exports, the filters, the month, opening an incident.
    window.reports.ui.table.selectRow(0)
    for control in (calendar.ui.documentsButton, calendar.ui.seriesFilter, calendar.ui.filter,
                    window.situation_reports.ui.exportButton, window.actions.ui.exportButton,
                    window.reports.ui.period, window.reports.ui.openButton,
                    window.annual_reports.ui.monthlyButton):
        assert control.isEnabled(), control.objectName()
    # A later "enable" by the tab (another meeting chosen) does not undo the lock.
    calendar.agenda.ui.addDecision.setEnabled(True)
    assert not calendar.agenda.ui.addDecision.isEnabled()
    for dialog in _dialogs(window):
        _assert_read_only(dialog, reader)
        dialog.close()
    _assert_read_only(_decision_dialog(window, monkeypatch), reader)
    settings = SettingsDialog(window.data, window)
    assert not any(spin.isEnabled() for spin in settings.fields.values())
    save = settings.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()                 # the export folder is the user's own
    settings.folder.setText(str(tmp_path))
    with qtbot.waitSignal(settings.saved, timeout=30_000):
        save.click()
    _close(controller)


def test_a_secretary_edits_the_meetings_and_only_reads_the_rest(
        qtbot, tmp_path, pg_server, pg_url, monkeypatch):
    controller = _log_in(qtbot, tmp_path, pg_server, pg_url, "sekreterare")
    window = controller.window
    secretary = Role.SECRETARY
    assert window.role_label.text() == ("Du är inloggad som sekreterare: du kan ändra möten "
                                        "men bara läsa resten.")
    calendar = window.calendar
    window.ui.tabs.setCurrentWidget(calendar)
    agenda = calendar.agenda
    # Everything about the meetings is open, but for making a decision an action in a plan.
    assert {c for c in _controls(calendar) if c.property("brastod_locked")} == {
        agenda.ui.toAction, calendar.walk_editor.points.ui.toAction}
    assert not agenda.ui.toAction.isEnabled() and agenda.ui.toAction.toolTip() == \
        secretary.refusal
    for button in (calendar.ui.seriesButton, agenda.ui.addItem, agenda.ui.addDecision,
                   calendar.attendance.ui.addGuest):
        assert button.isEnabled(), button.objectName()
    meeting_id = calendar.detail.id
    agenda.ui.items.setCurrentRow(0)
    item_id = agenda._item.id
    agenda.ui.minutes.setFocus()
    QTest.keyClicks(agenda.ui.minutes, " Sekreteraren skrev.")
    agenda.flush()

    def fill(form) -> None:
        form.ui.text.setPlainText("Sekreteraren beslutar.")
    dialog = _decision_dialog(window, monkeypatch, fill)
    assert dialog.result() == QDialog.DialogCode.Accepted
    # The rest is read: Lägesbild, Inkomna rapporter, plans, Redovisning, the registers.
    window.ui.tabs.setCurrentWidget(window.situation_reports)
    _open_draft(window.situation_reports, qtbot)
    for tab in (window.reports, window.situation_reports, window.actions,
                window.annual_reports):
        window.ui.tabs.setCurrentWidget(tab)
        _assert_read_only(tab, secretary)
    assert window.situation_reports.sections.editor.isReadOnly()
    assert window.reports.ui.importButton.toolTip() == \
        "Du är inloggad som sekreterare och kan bara ändra möten."
    for dialog in _dialogs(window):
        if type(dialog).__name__ != "SeriesDialog":
            _assert_read_only(dialog, secretary)
        else:
            assert _changeable(dialog)          # the series are the meetings'
        dialog.close()
    _close(controller)
    again = open_database(pg_url)
    try:
        item = next(i for i in meetings.get_meeting(again, meeting_id).agenda
                    if i.id == item_id)
        assert "Sekreteraren skrev." in item.minutes
        assert any(d.text == "Sekreteraren beslutar." for d in item.decisions)
    finally:
        again.close()


def test_a_refused_write_is_told_in_swedish_and_the_text_stays(
        qtbot, tmp_path, pg_server, pg_url, monkeypatch):
    # The window believes it may (as if the role had changed on the server since it asked):
    # the server refuses the sekreterare's typing in a lägesbild.
    monkeypatch.setattr(main_window, "_role", lambda db: "samordnare")
    controller = _log_in(qtbot, tmp_path, pg_server, pg_url, "sekreterare")
    window = controller.window
    tab = window.situation_reports
    window.ui.tabs.setCurrentWidget(tab)
    report_id = _open_draft(tab, qtbot)
    assert not tab.sections.editor.isReadOnly()
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    tab.sections.editor.setFocus()
    QTest.keyClicks(tab.sections.editor, " Får inte sparas.")
    tab.flush()
    assert len(told) == 1 and "har inte behörighet" in told[0], told
    assert "Traceback" not in told[0] and "permission denied" not in told[0]
    assert "Får inte sparas." in tab.sections.editor.toPlainText()     # nothing typed is lost
    _close(controller)
    again = open_database(pg_url)
    try:
        assert not any("Får inte sparas." in s.body
                       for s in reports.get_report(again, report_id).sections)
    finally:
        again.close()


@pytest.mark.usefixtures("message_boxes")
def test_a_coordinator_on_a_file_has_everything(qtbot, window, monkeypatch):
    assert not hasattr(window, "role_label")
    window.ui.tabs.setCurrentWidget(window.situation_reports)
    _open_draft(window.situation_reports, qtbot)
    for tab in window.tabs:
        assert not any(c.property("brastod_locked") for c in _controls(tab))
    assert window.situation_reports.ui.newButton.isEnabled()
    assert not window.situation_reports.sections.editor.isReadOnly()
    assert window.reports.ui.importButton.isEnabled() and window.ui.actionImport.isEnabled()
    assert window.calendar.agenda.ui.toAction.isEnabled()
    assert window.actions.ui.newButton.isEnabled()
    for dialog in [*_dialogs(window), _decision_dialog(window, monkeypatch)]:
        assert not any(c.property("brastod_locked") for c in _controls(dialog))
        assert _changeable(dialog), type(dialog).__name__
        dialog.close()


def test_a_refused_change_of_the_minutes_keeps_them_in_the_editor(
        qtbot, tmp_path, pg_server, pg_url, monkeypatch):
    monkeypatch.setattr(main_window, "_role", lambda db: "samordnare")   # as above
    controller = _log_in(qtbot, tmp_path, pg_server, pg_url, "läsare")
    window = controller.window
    calendar = window.calendar
    window.ui.tabs.setCurrentWidget(calendar)
    agenda = calendar.agenda
    agenda.ui.items.setCurrentRow(0)
    meeting_id, item_id = calendar.detail.id, agenda._item.id
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    agenda.ui.minutes.setFocus()
    QTest.keyClicks(agenda.ui.minutes, " Las inte in detta.")
    calendar.flush()
    assert len(told) == 1 and "har inte behörighet" in told[0], told
    assert "Las inte in detta." in agenda.ui.minutes.toPlainText()
    _close(controller)
    again = open_database(pg_url)
    try:
        item = next(i for i in meetings.get_meeting(again, meeting_id).agenda
                    if i.id == item_id)
        assert "Las inte in detta." not in item.minutes
    finally:
        again.close()
