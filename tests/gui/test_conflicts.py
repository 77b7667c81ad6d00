"""Two people editing the same text (issue 18): a second writer, a separate Database on the same
file, saves first; the editor's autosave meets the conflict, the dialog shows both texts, and each
way out leads to the right stored text and version. A reload arriving while the user types keeps
the user's text. Who changed the text last is shown."""
import pytest
from PySide6.QtCore import QModelIndex

from brastod.core import versions
from brastod.core.db import open_database
from brastod.core.services import situation_reports as reports
from brastod.gui.data import Topic
from brastod.gui.dialogs.conflict import MERGE_MARK
from brastod.gui.models.table import ROW_ROLE


@pytest.fixture
def tab(window, qtbot):
    tab = window.situation_reports
    window.ui.tabs.setCurrentWidget(tab)
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data(ROW_ROLE).status == "draft":
            tab.ui.table.setCurrentIndex(QModelIndex())
            with qtbot.waitSignal(tab.shown, timeout=30_000):
                tab.ui.table.selectRow(row)
            return tab
    raise AssertionError("ingen lägesbild som utkast")


def _stored(demo_db, tab, section_id):
    return next(s for s in reports.get_report(demo_db, tab.detail.id).sections
                if s.id == section_id)


def _type(editor, text: str) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText(text)


def _meet_the_conflict(tab, anna, demo_db):
    pane = tab.sections
    section = pane.current_section()
    theirs = anna(reports.SECTIONS.save, section.id, body="Annas text om Torget.",
                  version=section.stamp.version)
    _type(pane.editor, " Min rad om parken.")
    pane.flush()
    dialog = pane.saves.conflict
    assert dialog is not None and dialog.isVisible()
    return pane, section, theirs, dialog


def test_the_dialog_shows_both_texts_and_the_editor_keeps_mine(tab, anna, demo_db):
    pane, section, theirs, dialog = _meet_the_conflict(tab, anna, demo_db)
    assert "Min rad om parken." in dialog.ui.mine.toPlainText()
    assert dialog.ui.theirs.toPlainText() == "Annas text om Torget."
    assert dialog.ui.theirsLabel.text() == \
        f"<b>Den andra versionen (ändrad av anna.berg kl. " \
        f"{versions.as_local(theirs.changed_at):%H:%M})</b>"
    assert dialog.ui.message.text().startswith("anna.berg ändrade det här avsnittet kl. ")
    assert "Min rad om parken." in pane.editor.toPlainText()       # nothing typed is lost
    assert _stored(demo_db, tab, section.id).body == "Annas text om Torget."
    _type(pane.editor, " Mer.")     # the dialog is open: nothing more is saved meanwhile
    pane.flush()
    assert _stored(demo_db, tab, section.id).stamp.version == theirs.version
    dialog.reject()


def test_keep_mine_saves_my_text_against_the_other_version(tab, anna, demo_db):
    pane, section, theirs, dialog = _meet_the_conflict(tab, anna, demo_db)
    dialog.ui.keepMine.click()
    stored = _stored(demo_db, tab, section.id)
    assert "Min rad om parken." in stored.body and "Annas text" not in stored.body
    assert stored.stamp.version == theirs.version + 1
    assert pane.saves.conflict is None
    assert pane.changed_label.text().startswith(f"Senast ändrad av {versions.getpass.getuser()}")
    _type(pane.editor, " Sedan.")   # and the next save goes on from there, without a conflict
    pane.flush()
    assert pane.saves.conflict is None
    assert _stored(demo_db, tab, section.id).stamp.version == theirs.version + 2


def test_take_theirs_shows_their_text_and_writes_nothing(tab, anna, demo_db):
    pane, section, theirs, dialog = _meet_the_conflict(tab, anna, demo_db)
    dialog.ui.takeTheirs.click()
    stored = _stored(demo_db, tab, section.id)
    assert stored.body == "Annas text om Torget." and stored.stamp.version == theirs.version
    assert pane.editor.toPlainText().strip() == "Annas text om Torget."
    assert pane.changed_label.text().startswith("Senast ändrad av anna.berg ")
    _type(pane.editor, " Tillägg.")
    pane.flush()
    assert _stored(demo_db, tab, section.id).body.strip().endswith("Tillägg.")


def test_merge_prefills_theirs_then_mine_marked_and_saves_what_was_tidied(tab, anna, demo_db):
    pane, section, theirs, dialog = _meet_the_conflict(tab, anna, demo_db)
    dialog.ui.merge.click()
    assert dialog.ui.pages.currentWidget() is dialog.ui.mergePage
    text = dialog.ui.merged.toPlainText()
    assert text.index("Annas text om Torget.") < text.index(MERGE_MARK) \
        < text.index("Min rad om parken.")
    dialog.ui.merged.setPlainText(text.replace(MERGE_MARK, ""))
    dialog.ui.saveMerged.click()
    stored = _stored(demo_db, tab, section.id)
    assert "Annas text om Torget." in stored.body and "Min rad om parken." in stored.body
    assert MERGE_MARK not in stored.body and stored.stamp.version == theirs.version + 1
    assert "Min rad om parken." in pane.editor.toPlainText()


def test_closed_without_a_choice_the_text_stays_and_the_conflict_comes_back(tab, anna, demo_db):
    pane, section, theirs, dialog = _meet_the_conflict(tab, anna, demo_db)
    dialog.reject()
    assert pane.saves.conflict is None and "Min rad om parken." in pane.editor.toPlainText()
    pane.list.setCurrentIndex(pane.model.index(1, 0))       # switching saves: it meets it again
    assert pane.saves.conflict is not None
    assert "Min rad om parken." in pane.saves.conflict.ui.mine.toPlainText()
    pane.saves.conflict.ui.keepMine.click()
    assert "Min rad om parken." in _stored(demo_db, tab, section.id).body


def test_a_reload_without_unsaved_text_shows_the_new_text_and_version(tab, anna, demo_db):
    pane = tab.sections
    section = pane.current_section()
    theirs = anna(reports.SECTIONS.save, section.id, body="Annas nya text.",
                  version=section.stamp.version)
    tab.data.changed.emit(Topic.REPORTS, None)
    assert pane.editor.toPlainText().strip() == "Annas nya text."
    assert pane.changed_label.text().startswith("Senast ändrad av anna.berg ")
    _type(pane.editor, " Och min.")
    pane.flush()
    assert pane.saves.conflict is None
    stored = _stored(demo_db, tab, section.id)
    assert stored.body.strip().endswith("Och min.") and stored.stamp.version == theirs.version + 1


def test_a_reload_while_typing_keeps_my_text_and_the_conflict_comes_at_the_save(tab, anna,
                                                                               demo_db):
    pane = tab.sections
    section = pane.current_section()
    _type(pane.editor, " Skrivs just nu.")
    assert pane.autosave.pending
    anna(reports.SECTIONS.save, section.id, body="Annas text.",
                  version=section.stamp.version)
    tab.data.changed.emit(Topic.REPORTS, None)
    assert "Skrivs just nu." in pane.editor.toPlainText()
    assert pane.saves.conflict is not None
    assert pane.saves.conflict.ui.theirs.toPlainText() == "Annas text."
    pane.saves.conflict.ui.keepMine.click()
    assert "Skrivs just nu." in _stored(demo_db, tab, section.id).body


# ---- the meeting's minutes and decisions ----

@pytest.fixture
def agenda(window, qtbot):
    tab = window.calendar
    window.ui.tabs.setCurrentWidget(tab)
    for row in range(tab.proxy.rowCount()):
        if "Lokala BRÅ 10 december 2026" in tab.proxy.index(row, 0).data(ROW_ROLE).title:
            with qtbot.waitSignal(tab.shown, timeout=30_000):
                tab.ui.table.selectRow(row)
            tab.agenda.ui.items.setCurrentRow(4)
            return tab.agenda
    raise AssertionError("inget möte 10 december")


@pytest.fixture
def secretary(demo_db, monkeypatch):
    """The secretary's program on the same file, as eva.sekr."""
    from brastod.core.services import meetings
    other = open_database(demo_db.path)

    def save(function, *args, **kwargs):
        with monkeypatch.context() as patch:     # undo() would drop the autouse guards too
            patch.setattr(versions.getpass, "getuser", lambda: "eva.sekr")
            return getattr(meetings, function)(other, *args, **kwargs)
    yield save
    other.close()


def _item(demo_db, agenda):
    from brastod.core.services import meetings
    return next(i for i in meetings.get_meeting(demo_db, agenda.detail.id).agenda
                if i.id == agenda._item.id)


@pytest.mark.parametrize("choice", ["keepMine", "takeTheirs", "merge"])
def test_the_minutes_meet_the_secretarys_newer_save(agenda, secretary, demo_db, choice):
    item = agenda._item
    theirs = secretary("save_item", item.id, minutes="Evas protokoll.",
                       version=item.stamp.version)
    agenda.ui.minutes.setPlainText("Mitt protokoll.")
    agenda.flush()
    dialog = agenda.saves.conflict
    assert dialog is not None
    assert (dialog.ui.mine.toPlainText(), dialog.ui.theirs.toPlainText()) == \
        ("Mitt protokoll.", "Evas protokoll.")
    assert "ändrad av eva.sekr" in dialog.ui.theirsLabel.text()
    assert agenda.ui.minutes.toPlainText() == "Mitt protokoll."
    assert _item(demo_db, agenda).minutes == "Evas protokoll."
    getattr(dialog.ui, choice).click()
    if choice == "merge":
        dialog.ui.saveMerged.click()
    stored = _item(demo_db, agenda)
    expected = {"keepMine": ("Mitt protokoll.", theirs.version + 1),
                "takeTheirs": ("Evas protokoll.", theirs.version),
                "merge": (f"Evas protokoll.\n\n{MERGE_MARK}\n\nMitt protokoll.\n",
                          theirs.version + 1)}[choice]
    assert (stored.minutes, stored.stamp.version) == expected
    assert agenda.ui.minutes.toPlainText() == expected[0]
    who = "eva.sekr" if choice == "takeTheirs" else versions.getpass.getuser()
    assert agenda.changed_label.text().startswith(f"Senast ändrad av {who} ")


def test_the_minutes_reload_when_untouched_and_keep_what_is_typed(agenda, secretary, demo_db):
    item = agenda._item
    secretary("save_item", item.id, minutes="Evas första.", version=item.stamp.version)
    agenda.data.changed.emit(Topic.MEETINGS, None)
    assert agenda.ui.minutes.toPlainText() == "Evas första."
    assert agenda.changed_label.text().startswith("Senast ändrad av eva.sekr ")
    agenda.ui.minutes.setPlainText("Evas första. Och mitt.")      # autosave pending
    assert agenda.autosave.pending
    secretary("save_item", item.id, minutes="Evas andra.", version=_item(demo_db, agenda)
              .stamp.version)
    agenda.data.changed.emit(Topic.MEETINGS, None)
    assert agenda.ui.minutes.toPlainText() == "Evas första. Och mitt."
    dialog = agenda.saves.conflict
    assert dialog is not None and dialog.ui.theirs.toPlainText() == "Evas andra."
    dialog.ui.keepMine.click()
    assert _item(demo_db, agenda).minutes == "Evas första. Och mitt."


def test_a_decision_changed_meanwhile_meets_the_conflict(agenda, secretary, demo_db,
                                                         monkeypatch):
    from brastod.core.meeting_rules import DecisionFields
    from brastod.gui.widgets.form_dialog import FormDialog
    from brastod.core.services import meetings
    values = DecisionFields("Ordna belysning.", None, None, "open")
    decision_id = meetings.save_decision(demo_db, None, meeting_id=agenda.detail.id,
                                         item_id=agenda._item.id, values=values)
    agenda.data.changed.emit(Topic.MEETINGS, None)
    row = agenda.decisions.row_at(0)
    assert row.id == decision_id
    secretary("save_decision", decision_id, meeting_id=agenda.detail.id,
              item_id=agenda._item.id, values=DecisionFields("Evas beslut.", None, None, "open"),
              version=row.stamp.version)

    def exec_(dialog):
        dialog.form.ui.text.setPlainText("Mitt beslut.")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(FormDialog, "exec", exec_)
    agenda.edit_decision(row)
    dialog = agenda.decision_saves.conflict
    assert (dialog.ui.mine.toPlainText(), dialog.ui.theirs.toPlainText()) == \
        ("Mitt beslut.", "Evas beslut.")
    dialog.ui.keepMine.click()
    [stored] = [d for d in meetings.get_meeting(demo_db, agenda.detail.id).agenda[4].decisions]
    assert stored.text == "Mitt beslut." and stored.stamp.version == row.stamp.version + 2


# ---- the plan chain ----

@pytest.fixture
def chain(window, qtbot):
    tab = window.actions
    window.ui.tabs.setCurrentWidget(tab)
    for row in range(tab.proxy.rowCount()):
        plan = tab.proxy.index(row, 0).data(ROW_ROLE)
        if plan.kind == "action_plan":
            if tab.detail is None or tab.detail.id != plan.id:
                with qtbot.waitSignal(tab.shown, timeout=30_000):
                    tab.ui.table.selectRow(row)
            break
    pane = tab.chain
    index = next(i for i in _outline(pane.model) if "Skymd sikt" in i.data())
    pane.ui.tree.setCurrentIndex(index)
    return pane


def _outline(model, parent=QModelIndex()) -> list:
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.node(index).link == "cause":
            found.append(index)
        found += _outline(model, index)
    return found


@pytest.fixture
def kommunpolis(demo_db, monkeypatch):
    """The kommunpolis's program on the same file, as kp.lund."""
    from brastod.core.services import plan_chain
    other = open_database(demo_db.path)

    def save(cause_id: int, text: str, version: int):
        with monkeypatch.context() as patch:     # undo() would drop the autouse guards too
            patch.setattr(versions.getpass, "getuser", lambda: "kp.lund")
            return plan_chain.update_cause(other, cause_id, text, version=version)
    yield save
    other.close()


def _cause(demo_db, chain, cause_id):
    from brastod.core.services import plan_chain
    return next(c for c in plan_chain.get_outline(demo_db, chain._plan_id).causes()
                if c.id == cause_id)


@pytest.mark.parametrize("choice", ["keepMine", "takeTheirs", "merge"])
def test_a_cause_meets_a_newer_save_on_its_page(chain, kommunpolis, demo_db, choice):
    node = chain.current_node()
    page = chain.pages[node.link]
    theirs = kommunpolis(node.id, "Polisens orsak.", node.item.stamp.version)
    page.text_widget().setPlainText("Min orsak.")
    chain.flush()
    dialog = page.saves.conflict
    assert dialog is not None
    assert (dialog.ui.mine.toPlainText(), dialog.ui.theirs.toPlainText()) == \
        ("Min orsak.", "Polisens orsak.")
    assert page.text_widget().toPlainText() == "Min orsak."
    getattr(dialog.ui, choice).click()
    if choice == "merge":
        dialog.ui.saveMerged.click()
    stored = _cause(demo_db, chain, node.id)
    expected = {"keepMine": ("Min orsak.", theirs.version + 1),
                "takeTheirs": ("Polisens orsak.", theirs.version),
                "merge": (f"Polisens orsak.\n\n{MERGE_MARK}\n\nMin orsak.",
                          theirs.version + 1)}[choice]
    assert (stored.description, stored.stamp.version) == expected
    assert page.text_widget().toPlainText().strip() == expected[0]
    who = "kp.lund" if choice == "takeTheirs" else versions.getpass.getuser()
    assert page.changed_label.text().startswith(f"Senast ändrad av {who} ")


def test_a_cause_reloads_when_untouched_and_keeps_what_is_typed(chain, kommunpolis, demo_db):
    node = chain.current_node()
    page = chain.pages[node.link]
    theirs = kommunpolis(node.id, "Polisens första.", node.item.stamp.version)
    chain.data.changed.emit(Topic.PLANS, None)
    assert page.text_widget().toPlainText() == "Polisens första."
    assert page.changed_label.text().startswith("Senast ändrad av kp.lund ")
    page.text_widget().setPlainText("Min text.")
    assert page.autosave.pending
    kommunpolis(node.id, "Polisens andra.", theirs.version)
    chain.data.changed.emit(Topic.PLANS, None)
    assert page.text_widget().toPlainText() == "Min text."
    dialog = page.saves.conflict
    assert dialog is not None and dialog.ui.theirs.toPlainText() == "Polisens andra."
    dialog.ui.keepMine.click()
    assert _cause(demo_db, chain, node.id).description == "Min text."


def test_on_a_server_the_sections_editor_meets_another_clients_save(qtbot, tasks, pg_url):
    """The same with two clients of one PostgreSQL database: the other saves as its login."""
    from datetime import date

    from brastod.core.periods import MONTH, period_of
    from brastod.core.services.setup import create_database
    from brastod.gui.report_editor.sections import SectionsPane
    from tests.gui.data_for import data_for
    db, other = create_database(pg_url, "Testkommun"), open_database(pg_url)
    try:
        report_id = reports.create_report(db, "operational", period_of(MONTH, date(2026, 10, 1)))
        [section, *rest] = reports.get_report(db, report_id).sections
        pane = SectionsPane(data_for(tasks, db), lambda: reports.SECTIONS, Topic.REPORTS)
        qtbot.addWidget(pane)
        pane.show_sections(report_id, [section, *rest], read_only=False)
        theirs = reports.SECTIONS.save(other, section.id, body="Serverns text.",
                                       version=section.stamp.version)
        _type(pane.editor, " Min rad.")
        pane.flush()
        dialog = pane.saves.conflict
        assert dialog.ui.theirs.toPlainText() == "Serverns text."
        assert f"ändrad av {other.engine.url.username} kl." in dialog.ui.theirsLabel.text()
        dialog.ui.keepMine.click()
        stored = reports.get_report(db, report_id).sections[0]
        assert "Min rad." in stored.body and stored.stamp.version == theirs.version + 1
    finally:
        other.close()
        db.close()


def test_a_cause_edited_in_the_outline_meets_a_newer_save(chain, kommunpolis, demo_db):
    node = chain.current_node()
    theirs = kommunpolis(node.id, "Polisens orsak.", node.item.stamp.version)
    assert chain.model.setData(chain.ui.tree.currentIndex(), "Min orsak i kedjan.")
    dialog = chain._renames(node.link).conflict
    assert (dialog.ui.mine.toPlainText(), dialog.ui.theirs.toPlainText()) == \
        ("Min orsak i kedjan.", "Polisens orsak.")
    assert _cause(demo_db, chain, node.id).description == "Polisens orsak."
    dialog.ui.keepMine.click()
    stored = _cause(demo_db, chain, node.id)
    assert (stored.description, stored.stamp.version) == ("Min orsak i kedjan.",
                                                          theirs.version + 1)
    assert chain.ui.tree.currentIndex().data().endswith("Min orsak i kedjan.")
