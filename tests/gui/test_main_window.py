import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog

from brastod.gui.models.table import ROW_ROLE
from tests.conftest import DEMO_TODAY

TAB_TITLES = ["Möteskalender", "Inkomna rapporter", "Lägesbild", "Åtgärdsplan", "Redovisning"]


def test_window_title_tabs_and_status(window):
    assert window.windowTitle() == "Brastöd – Fagersta"
    titles = [window.ui.tabs.tabText(i).replace("&", "") for i in range(window.ui.tabs.count())]
    assert titles == TAB_TITLES
    assert "händelser" in window.status_counts.text()
    assert "77 möten" in window.status_counts.text()


def test_every_tab_shows_its_table(window, qtbot, demo_db):
    for index, tab in enumerate(window.tabs):
        window.ui.tabs.setCurrentIndex(index)
        assert tab.ui.stack.currentWidget() is tab.ui.tablePage
        assert tab.ui.table.model().rowCount() > 0
        assert tab.ui.table.isVisible()


def _section_centre(header, section):
    from PySide6.QtCore import QPoint
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_calendar_marks_meetings_and_opens_at_the_next(window):
    calendar = window.calendar
    selected = calendar.ui.table.selectionModel().selectedRows()
    assert selected and selected[0].data(ROW_ROLE).meeting_date >= DEMO_TODAY
    council = next(r for r in calendar.model.rows() if r.body == "council")
    from PySide6.QtCore import QDate
    fmt = calendar.ui.calendar.dateTextFormat(QDate(council.meeting_date))
    assert fmt.toolTip() == council.title
    calendar.ui.calendar.setSelectedDate(QDate(council.meeting_date))
    assert council.title in calendar.ui.dayLabel.text()


def test_calendar_series_filter(window):
    calendar = window.calendar
    total, chosen = calendar.proxy.rowCount(), calendar.detail
    assert chosen.series != "Lokala BRÅ"
    calendar.ui.seriesFilter.setCurrentText("Lokala BRÅ")
    shown = [calendar.proxy.index(r, 0).data(ROW_ROLE) for r in range(calendar.proxy.rowCount())]
    assert shown and all(row.series == "Lokala BRÅ" for row in shown) and len(shown) < total
    assert calendar.detail.id == chosen.id           # the meeting being edited stays
    calendar.ui.seriesFilter.setCurrentText("Alla mötesserier")
    assert calendar.proxy.rowCount() == total
    assert calendar.ui.table.currentIndex().data(ROW_ROLE).id == chosen.id


def test_window_before_the_database_is_open(qtbot, tasks):
    from brastod.gui.data import Data
    from brastod.gui.main_window import MainWindow
    main = MainWindow(Data(tasks, DEMO_TODAY))
    qtbot.addWidget(main)
    assert main.windowTitle() == "Brastöd"
    assert not main.ui.actionPartners.isEnabled() and not main.ui.actionBackup.isEnabled()
    assert all("Öppnar databasen" in tab.ui.emptyLabel.text() for tab in main.tabs)


def test_empty_database_shows_what_to_do(qtbot, db, tasks):
    from brastod.gui.data import Data
    from brastod.gui.main_window import MainWindow
    main = MainWindow(Data(tasks, DEMO_TODAY))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.ready):
        main.attach(db)
    assert main.windowTitle() == "Brastöd – Testkommun"
    for tab in main.tabs:
        assert tab.ui.stack.currentWidget() is tab.ui.emptyPage
        assert "ännu" in tab.ui.emptyLabel.text()
    steps = main.calendar.ui.emptyLabel.text()       # the first tab leads through the set-up
    order = ["Kommun och områden", "Partner och kontakter", "Skapa rapportmall", "Mötesserier",
             "Importera rapport", "Ny lägesbild", "Handbok"]
    assert "Kom igång" in steps and sorted(order, key=steps.index) == order


def test_geometry_and_tab_are_remembered(qtbot, demo_db, tasks):
    from brastod.gui.data import Data
    from brastod.gui.main_window import MainWindow
    first = MainWindow(Data(tasks, DEMO_TODAY))
    qtbot.addWidget(first)
    first.show()
    # The offscreen screen is 800 pixels wide; the window must fit a small screen.
    assert first.minimumSizeHint().width() < 780
    first.resize(780, 560)
    size = first.size()
    first.ui.tabs.setCurrentIndex(2)
    first.close()
    second = MainWindow(Data(tasks, DEMO_TODAY))
    qtbot.addWidget(second)
    assert second.size() == size == QSize(780, 560)
    assert second.ui.tabs.currentIndex() == 2


def test_a_register_change_refreshes_the_title_and_the_lists(window, qtbot):
    """What a register dialog saves it tells (Topic.REGISTERS): the title and the lists of
    Inkomna rapporter follow, whichever part made the change."""
    from brastod.core.services import registers
    from brastod.gui.data import Topic
    window.ui.tabs.setCurrentWidget(window.reports)
    partners = window.reports.ui.partner
    window.data.call(registers.update_municipality, "Fagersta kommun", changes=Topic.REGISTERS)
    window.data.call(registers.add_partner, "Nya bostadsbolaget", changes=Topic.REGISTERS)
    assert window.windowTitle() == "Brastöd – Fagersta kommun"
    assert "Nya bostadsbolaget" in [partners.itemText(i) for i in range(partners.count())]


def test_backup_from_the_menu(window, tmp_path, monkeypatch, demo_db):
    from PySide6.QtWidgets import QFileDialog
    from brastod.core.db import open_database
    from brastod.core.services.stats import counts
    target = tmp_path / "kopia.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ui.actionBackup.trigger()
    assert "Säkerhetskopian sparades" in window.ui.statusbar.currentMessage()
    copy = open_database(target)
    assert counts(copy) == counts(demo_db)
    copy.close()


def test_backup_onto_the_database_itself_is_refused(window, monkeypatch, message_boxes, demo_db):
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(demo_db.path), ""))
    window.ui.actionBackup.trigger()
    [(kind, text)] = message_boxes
    assert kind == "warning" and "över själva databasen" in text


def _select_situation_report(window, title_part: str) -> int:
    tab = window.situation_reports
    window.ui.tabs.setCurrentWidget(tab)
    for row in range(tab.proxy.rowCount()):
        index = tab.proxy.index(row, 0)
        if title_part in index.data():
            tab.ui.table.selectRow(row)
            return row
    raise AssertionError(f"ingen lägesbild med {title_part}")


def test_export_of_a_situation_report_writes_pdf_and_excel(window, tmp_path, monkeypatch,
                                                           message_boxes):
    from PySide6.QtWidgets import QFileDialog
    from pypdf import PdfReader
    target = tmp_path / "lagesbild.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _select_situation_report(window, "Strategisk")
    window.ui.actionExportSituationReport.trigger()
    assert "Lägesbilden sparades" in window.ui.statusbar.currentMessage()
    assert "Strategisk lägesbild" in PdfReader(target).pages[0].extract_text()
    assert target.with_suffix(".xlsx").stat().st_size > 5_000
    assert message_boxes == [("information", "Lägesbilden sparades: lagesbild.pdf och "
                                             f"lagesbild.xlsx\n\nMappen: {tmp_path}")]


def test_personal_data_in_a_situation_report_is_asked_about(window, tmp_path, monkeypatch,
                                                            demo_db, message_boxes):
    from PySide6.QtWidgets import QFileDialog, QMessageBox
    from brastod.core.services import situation_reports as reports
    draft = next(r for r in reports.list_situation_reports(demo_db) if r.status == "draft")
    section = reports.get_report(demo_db, draft.id).sections[0]
    reports.save_section(demo_db, section.id, body="Ring 070-123 45 67.")
    target = tmp_path / "utkast.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    questions, answers = [], [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: (
        questions.append(text), answers.pop(0))[1])
    _select_situation_report(window, "inför nästa möte")
    window.ui.actionExportSituationReport.trigger()          # answered Nej: nothing written
    assert "070-123 45 67" in questions[0] and not target.exists()
    window.ui.actionExportSituationReport.trigger()          # answered Ja: written
    assert target.exists() and len(questions) == 2


def test_export_without_a_chosen_report_or_plan_says_so(qtbot, db, tasks, message_boxes,
                                                         monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    from brastod.gui.data import Data
    from brastod.gui.main_window import MainWindow
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("frågade"))
    main = MainWindow(Data(tasks, DEMO_TODAY))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.ready):
        main.attach(db)
    main.ui.actionExportSituationReport.trigger()
    main.ui.actionExportActionPlan.trigger()
    assert message_boxes == [("information", "Välj en lägesbild i fliken Lägesbild först."),
                             ("information", "Välj en plan i fliken Åtgärdsplan först.")]


def test_purging_old_incidents_from_the_menu(window, monkeypatch, demo_db):
    from PySide6.QtWidgets import QInputDialog, QMessageBox
    from brastod.core.services.retention import retention_months
    from brastod.core.services.stats import counts
    before = counts(demo_db)["incidents"]
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (12, True))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: (
        asked.append(text) or QMessageBox.StandardButton.Yes))
    window.ui.actionPurge.trigger()
    assert "Fastställda lägesbilder behåller sina siffror" in asked[0]
    assert "säkerhetskopiorna i högst 35 dagar" in asked[0]
    assert "är gallrade" in window.ui.statusbar.currentMessage()
    assert 0 < counts(demo_db)["incidents"] < before
    assert retention_months(demo_db) == 12


def _open_decision_with_partner(db):
    from brastod.core.services import meetings
    for meeting in meetings.list_meetings(db):
        for item in meetings.get_meeting(db, meeting.id).agenda:
            for decision in item.decisions:
                if decision.partner_id and decision.action_id is None:
                    return decision
    raise AssertionError("inget beslut att göra till åtgärd")


def _texts(model, parent=None) -> list[str]:
    from PySide6.QtCore import QModelIndex
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found += [str(index.data()), *_texts(model, index)]
    return found


def test_a_decision_made_an_action_shows_in_every_tab_and_the_counts(window, qtbot, demo_db):
    """Möteskalender → a decision → Gör till åtgärd…, told as the meeting editor tells it (from
    its pane, PLANS | MEETINGS): the counts follow at once, the hidden Åtgärdsplan when shown."""
    from brastod.core.services.meeting_series import decision_to_action
    from brastod.core.services.stats import counts
    from brastod.gui.data import Topic
    window.ui.tabs.setCurrentWidget(window.calendar)
    actions = window.actions
    plan_id, tracked = actions.detail.id, actions.tracker.model.rowCount()
    decision = _open_decision_with_partner(demo_db)
    window.data.call(decision_to_action, decision.id, plan_id,
                     changes=Topic.PLANS | Topic.MEETINGS, origin=window.calendar.agenda)
    assert f"{counts(demo_db)['actions']} åtgärder" in window.status_counts.text()
    assert actions.tracker.model.rowCount() == tracked     # hidden: not fetched yet …
    with qtbot.waitSignal(actions.loaded):
        window.ui.tabs.setCurrentWidget(actions)           # … but as soon as it is shown
    assert actions.tracker.model.rowCount() == tracked + 1
    assert decision.text in [row.title for row in actions.tracker.model.rows()]
    assert actions.detail.id == plan_id
    assert any(decision.text in text for text in _texts(actions.chain.model))


def test_an_import_refreshes_the_lagesbild_figures(window, qtbot, monkeypatch, tmp_path,
                                                   message_boxes, demo_db):
    from brastod.core.services import situation_reports as reports
    from brastod.gui.dialogs.import_preview import ImportDialog
    from tests.gui.test_reports import _partner_file
    lagesbild = window.situation_reports
    window.ui.tabs.setCurrentWidget(lagesbild)
    draft = lagesbild.detail
    assert draft.period.start <= DEMO_TODAY.replace(day=5) <= draft.period.end
    before = reports.report_figures(demo_db, draft.id)
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.import_files([_partner_file(tmp_path / "skolan.xlsx")])
    after = reports.report_figures(demo_db, draft.id)
    assert after != before
    with qtbot.waitSignal(lagesbild.shown):
        window.ui.tabs.setCurrentWidget(lagesbild)
    assert lagesbild.detail.id == draft.id
    assert lagesbild.matrix.model.rowCount() == len(after.matrix.areas) + 1
    assert lagesbild.matrix.model.columnCount() == len(after.matrix.categories) + 1


def test_deleting_incidents_updates_the_counts(window, qtbot, monkeypatch, demo_db):
    from brastod.core.services.stats import counts
    tab = window.reports
    window.ui.tabs.setCurrentWidget(tab)
    tab.ui.table.selectRow(0)
    monkeypatch.setattr("brastod.gui.tabs.reports.ask", lambda parent, question: True)
    before = counts(demo_db)["incidents"]
    tab.delete_selected()
    assert counts(demo_db)["incidents"] == before - 1
    assert f"{before - 1:,} händelser".replace(",", "\u00a0") in window.status_counts.text()


def test_save_dialogs_open_in_documents_then_in_the_last_folder(window, monkeypatch, tmp_path,
                                                                demo_db):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog
    from brastod.gui import exports, state
    state.save_value(exports.FOLDER_KEY, "")
    chosen, suggested = tmp_path / "utskick", []
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, path, filters: (
        suggested.append(Path(path)), (str(chosen / "mall"), ""))[1])
    window.ui.actionTemplate.trigger()
    window.ui.actionTemplate.trigger()
    assert suggested[0].parent in (Path.home() / "Documents", Path.home())
    assert suggested[0].parent != demo_db.path.parent and suggested[0].name == "rapportmall.xlsx"
    assert suggested[1].parent == chosen
    assert (chosen / "mall.xlsx").stat().st_size > 0
    assert window.ui.statusbar.currentMessage() == \
        "Rapportmallen sparades: mall.xlsx – skicka den till partnerna"


def test_the_first_window_fits_the_screen(qtbot, tasks):
    """Issue 16: at 1366 × 768 the status bar was off-screen on first start."""
    from brastod.gui import state
    from brastod.gui.data import Data
    from brastod.gui.main_window import TITLE_BAR, MainWindow
    state.save_value("main_window/geometry", b"")
    main = MainWindow(Data(tasks, DEMO_TODAY))
    qtbot.addWidget(main)
    free = main.screen().availableGeometry()
    assert main.height() <= free.height() - TITLE_BAR and main.width() <= free.width()
    assert main.width() == min(1280, free.width())


def test_the_window_speaks_to_its_tabs_only_through_the_tab_interface(window):
    import ast
    import inspect

    from brastod.gui import main_window
    from brastod.gui.tabs import Tab
    assert all(isinstance(tab, Tab) for tab in window.tabs)
    declared = {name for name in dir(Tab) if not name.startswith("_")} | set(
        Tab.__annotations__)
    # Inkomna rapporter is also where imports start and one import's incidents are shown.
    declared |= {"import_requested", "history_requested", "show_batch"}
    reached = {node.attr for node in ast.walk(ast.parse(inspect.getsource(main_window)))
               if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute)
               and node.value.attr in ("calendar", "reports", "situation_reports", "actions",
                                             "annual_reports")}
    assert reached and reached <= declared, reached - declared


def test_a_suggested_file_name_is_one_every_system_accepts(window, monkeypatch, message_boxes):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog
    suggested = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, path, filters: (
        suggested.append(Path(path).name), ("", ""))[1])
    window.ui.tabs.setCurrentWidget(window.actions)
    for row in range(window.actions.proxy.rowCount()):
        window.actions.ui.table.selectRow(row)
        window.ui.actionExportActionPlan.trigger()
    assert "Medborgarlöfte 2026 Tryggt centrum kvällstid.pdf" in suggested
    assert not any(set(name) & set('<>:"/\\|?*') for name in suggested)


def test_settings_and_handbook_from_the_menus(window, qtbot, monkeypatch, demo_db):
    """Arkiv → Inställningar… changes a setting of the open database; Hjälp → Handbok opens
    the handbook beside the window, once."""
    from brastod.core import settings
    from brastod.gui.dialogs.settings import SettingsDialog

    def change(dialog):
        dialog.fields[settings.BACKUP_DAYS.key].setValue(10)
        dialog._save()
        return dialog.result()
    monkeypatch.setattr(SettingsDialog, "exec", change)
    window.ui.actionSettings.trigger()
    assert dict((s.key, v) for s, v in settings.current(demo_db))[settings.BACKUP_DAYS.key] == 10
    assert window.ui.statusbar.currentMessage() == "Inställningarna är sparade."
    window.ui.actionHandbook.trigger()
    handbook = window._handbook
    assert handbook.isVisible() and "Kom igång" in handbook.browser.toPlainText()
    window.ui.actionHandbook.trigger()
    assert window._handbook is handbook
