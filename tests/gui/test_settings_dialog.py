"""Inställningar and Handbok: the settings of the open database shown with what they do and
saved through the worker, a refused value at its field, the export folder remembered, and the
handbook read offline."""
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from brastod.core import settings
from brastod.gui.data import Topic
from brastod.gui.dialogs.handbook import HandbookDialog
from brastod.gui.dialogs.settings import SettingsDialog
from brastod.gui.exports import start_folder


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    """The window's settings file in a folder of the test's own, so that no test sees what
    another remembered (the process keeps one QSettings: it is made anew here)."""
    from PySide6.QtCore import QSettings
    from brastod.gui import state
    scope, native = QSettings.Scope.UserScope, QSettings.Format.NativeFormat
    before = QSettings(native, scope, "Brastod", "Brastod").fileName()
    QSettings.setPath(native, scope, str(tmp_path / "inställningar"))
    monkeypatch.setattr(state, "_shared", None)
    yield
    QSettings.setPath(native, scope, before.removesuffix("/Brastod/Brastod.conf"))


def _save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_settings_are_shown_explained_and_saved(qtbot, data, demo_db, tmp_path):
    dialog = SettingsDialog(data)
    qtbot.addWidget(dialog)
    assert _save_button(dialog).isEnabled()                 # the values have arrived
    assert {key: spin.value() for key, spin in dialog.fields.items()} == {
        spec.key: spec.default for spec in settings.ALL}
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert all(spec.help in texts for spec in settings.ALL)
    assert dialog.database.text() == str(demo_db.path)
    dialog.fields[settings.RETENTION_MONTHS.key].setValue(24)
    dialog.folder.setText(str(tmp_path))
    with qtbot.waitSignal(data.changed) as notice:
        _save_button(dialog).click()
    assert notice.args[0] == Topic.MEETINGS and dialog.result() == dialog.DialogCode.Accepted
    assert dict((spec.key, value) for spec, value in settings.current(demo_db))[
        settings.RETENTION_MONTHS.key] == 24
    assert start_folder() == tmp_path


def test_a_refused_value_is_shown_at_its_field_and_nothing_is_saved(qtbot, data, demo_db,
                                                                     monkeypatch):
    dialog = SettingsDialog(data)
    qtbot.addWidget(dialog)
    spin = dialog.fields[settings.BACKUP_WEEKS.key]
    spin.setRange(-5, 10)               # as if the field had let a wrong value through
    spin.setValue(-1)
    dialog.show()
    _save_button(dialog).click()
    assert "ange ett tal från 0 till 520 (du skrev -1)" in dialog.error.text()
    assert dialog.focusWidget() is spin and dialog.isVisible() and _save_button(dialog).isEnabled()
    assert all(value == spec.default for spec, value in settings.current(demo_db))


def test_the_export_folder_falls_back_when_the_chosen_one_is_gone(tmp_path):
    from brastod.gui import state
    gone = tmp_path / "borttagen"
    state.save_value("exports/folder", str(gone))
    assert start_folder() != gone and start_folder().is_dir()


def test_the_handbook_opens_offline_at_a_chapter(qtbot):
    dialog = HandbookDialog(anchor="sakerhet")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    for chapter in ("Kom igång – i den här ordningen", "Tvåveckorscykeln i EST",
                    "Säkerhetskopior och gallring", "Personuppgifter"):
        assert chapter in text
    assert dialog.browser.verticalScrollBar().value() > 0      # at the chosen chapter


def test_a_setting_someone_else_changed_is_kept_and_the_same_one_asked_about(qtbot, data,
                                                                               demo_db, anna):
    from brastod.gui.dialogs.form_conflict import THEIRS
    dialog = SettingsDialog(data)
    qtbot.addWidget(dialog)
    retention, weeks = settings.RETENTION_MONTHS.key, settings.BACKUP_WEEKS.key
    shown = dict((spec.key, value) for spec, value in settings.current(demo_db))
    anna(settings.change, {**shown, weeks: 8, retention: 36}, shown)
    dialog.fields[weeks].setValue(12)
    _save_button(dialog).click()
    conflict = dialog.conflict
    assert conflict is not None and dialog.result() != dialog.DialogCode.Accepted
    assert [conflict.model.index(0, c).data() for c in range(3)] == \
        [settings.BACKUP_WEEKS.label, "12", "8"]
    conflict.model.choose(0, THEIRS)
    with qtbot.waitSignal(data.changed):
        conflict.ui.save.click()
    now = dict((spec.key, value) for spec, value in settings.current(demo_db))
    assert (now[weeks], now[retention]) == (8, 36)     # hers, and hers kept
    assert dialog.result() == dialog.DialogCode.Accepted


def test_each_test_has_a_settings_file_of_its_own(tmp_path):
    from brastod.gui import state
    assert state.load_text("exports/folder") == ""   # the tests before it saved one
    state.save_value("exports/folder", str(tmp_path))
    state.sync()
    assert (tmp_path / "inställningar" / "Brastod" / "Brastod.conf").is_file()
