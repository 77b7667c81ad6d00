"""A report's text — a lägesbild's or a verksamhetsberättelse's: its sections in order, each
written in a rich-text editor (bold, italic, lists, undo) and saved as Markdown by the one
autosave while it is typed. Which report kind's sections it edits is given (the core's
``Sections`` of that kind, and the change notice to tell).

Each save names the version of the section the editor shows; when someone else saved first the
conflict dialog shows both texts, and the user's stays in the editor until it is answered. A
reload while the text is unsaved keeps the user's text and version, so the conflict comes at
that save."""
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QListView, QPushButton, QSplitter, QTextEdit, QToolBar,
    QVBoxLayout, QWidget,
)

from brastod.core.dates import local_tz
from brastod.core.versions import changed_line
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask
from brastod.gui.dialogs.conflict import Choice
from brastod.gui.models.report_figures import SectionModel
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.report_editor.markdown import markdown_of
from brastod.gui.widgets.autosave import AutoSave
from brastod.gui.widgets.versioned_saves import VersionedSaves

if TYPE_CHECKING:
    from brastod.core.services.sections import Sections


class SectionsPane(QWidget):
    saved = Signal(int)         # section id, after each save of its text

    def __init__(self, data: Data, sections: Callable[[], "Sections"], topic: Topic, parent=None):
        """``sections()`` is the report kind's core ``Sections`` (a function, so that the core
        is imported when it is first needed, not at start); ``topic`` what a change is told
        as."""
        super().__init__(parent)
        self.data = data
        self._sections, self._topic = sections, topic
        self._report_id: int | None = None
        self._section_id: int | None = None
        self._saved_body = ""
        self._loading = False
        self.saves = VersionedSaves(self, data, topic, "body")
        self.saves.saved.connect(self._show_saved)
        self.saves.answered.connect(self._answered)
        self.saves.unanswered.connect(self._unanswered)
        self._keep: int | None = None           # the section whose unsaved text a reload keeps
        self._retry = False                     # a conflict closed unanswered: save at flush
        self.read_only = False
        self.model = SectionModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setMinimumWidth(190)
        self.list.selectionModel().currentChanged.connect(self._section_chosen)
        self.editor = QTextEdit()
        self.editor.setAcceptRichText(False)     # pasted Word text arrives as plain text
        self.editor.setPlaceholderText("Skriv avsnittets text här. Den sparas medan du skriver.")
        self.autosave = AutoSave(self)
        self.autosave.watch(self.editor, self._editable)
        self.autosave.due.connect(self._save_now)
        self.editor.textChanged.connect(self._edited)
        self.editor.document().setDefaultFont(QFont(self.font().family(), 11))
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #555;")
        self.changed_label = QLabel()           # "Senast ändrad av anna.berg …"
        self.changed_label.setStyleSheet("color: #777; font-size: 9pt;")
        self._build()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Lägg till…")
        self.rename_button = QPushButton("Byt namn…")
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.remove_button = QPushButton("Ta bort")
        self.up_button.setToolTip("Flytta avsnittet uppåt")
        self.down_button.setToolTip("Flytta avsnittet nedåt")
        for button, slot in ((self.add_button, self.add_section),
                             (self.rename_button, self.rename_section),
                             (self.up_button, lambda: self.move_section(-1)),
                             (self.down_button, lambda: self.move_section(1)),
                             (self.remove_button, self.remove_section)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        for button in (self.up_button, self.down_button):
            button.setMaximumWidth(32)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._toolbar())
        right_layout.addWidget(self.editor)
        right_layout.addWidget(self.saved_label)
        right_layout.addWidget(self.changed_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        self.bold = self._action(bar, "Fet", QKeySequence.StandardKey.Bold, self._set_bold)
        self.italic = self._action(bar, "Kursiv", QKeySequence.StandardKey.Italic,
                                   self._set_italic)
        bold_font = self.bold.font()
        bold_font.setBold(True)
        self.bold.setFont(bold_font)
        italic_font = self.italic.font()
        italic_font.setItalic(True)
        self.italic.setFont(italic_font)
        bar.addSeparator()
        self.bullets = self._action(bar, "• Punktlista", None,
                                    lambda on: self._set_list(on, QTextListFormat.Style.ListDisc))
        self.numbers = self._action(
            bar, "1. Numrerad lista", None,
            lambda on: self._set_list(on, QTextListFormat.Style.ListDecimal))
        bar.addSeparator()
        self.undo = bar.addAction("Ångra", self.editor.undo)
        self.redo = bar.addAction("Gör om", self.editor.redo)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo, self.redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setEnabled(False)
        self.editor.undoAvailable.connect(self.undo.setEnabled)
        self.editor.redoAvailable.connect(self.redo.setEnabled)
        self.editor.currentCharFormatChanged.connect(self._format_changed)
        self.editor.cursorPositionChanged.connect(self._list_changed)
        return bar

    def _action(self, bar: QToolBar, text: str, key, slot) -> QAction:
        action = bar.addAction(text)
        action.setCheckable(True)
        if key is not None:
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(key).toString(QKeySequence.NativeText)})")
        action.toggled.connect(slot)
        return action

    # ---- formatting ----
    def _set_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)

    def _set_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self.editor.mergeCurrentCharFormat(fmt)

    def _set_list(self, on: bool, style: QTextListFormat.Style) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if on and (current is None or current.format().style() != style):
            cursor.createList(style)
        elif not on and current is not None:
            current.remove(cursor.block())
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)

    def _format_changed(self, fmt: QTextCharFormat) -> None:
        for action, value in ((self.bold, fmt.fontWeight() >= QFont.Weight.Bold),
                              (self.italic, fmt.fontItalic())):
            action.blockSignals(True)
            action.setChecked(value)
            action.blockSignals(False)

    def _list_changed(self) -> None:
        current = self.editor.textCursor().currentList()
        style = current.format().style() if current is not None else None
        for action, wanted in ((self.bullets, QTextListFormat.Style.ListDisc),
                               (self.numbers, QTextListFormat.Style.ListDecimal)):
            action.blockSignals(True)
            action.setChecked(style == wanted)
            action.blockSignals(False)

    # ---- showing a report ----
    def show_sections(self, report_id: int, sections: list, read_only: bool,
                      select_id: int | None = None) -> None:
        """The report's sections; the one with ``select_id`` (else the first) is opened."""
        self.flush()
        self._keep = self._section_id if report_id == self._report_id and self._unsaved() \
            else None
        self._report_id, self.read_only = report_id, read_only
        self._section_id = None
        self.model.set_rows(sections)
        self.editor.setReadOnly(read_only)
        for widget in (self.add_button, self.rename_button, self.up_button, self.down_button,
                       self.remove_button):
            widget.setEnabled(not read_only)
        for action in (self.bold, self.italic, self.bullets, self.numbers):
            action.setEnabled(not read_only)
        self.saved_label.setText("Fastställd: texten kan inte ändras." if read_only else "")
        row = next((i for i, s in enumerate(sections) if s.id == select_id), 0)
        if sections:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            self._open(None)

    def current_section(self):
        index = self.list.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _section_chosen(self, current, _previous) -> None:
        self.flush()
        self._open(current.data(ROW_ROLE) if current.isValid() else None)

    def _open(self, section) -> None:
        if section is not None and section.id == self._keep:
            # Shown again while its text is unsaved: the text and version stay the user's.
            self._section_id, self._keep = section.id, None
            return
        self.autosave.cancel()
        self._loading = True
        self._section_id = section.id if section else None
        self._saved_body = section.body if section else ""
        self.editor.setMarkdown(self._saved_body)
        self.editor.document().clearUndoRedoStacks()
        self.editor.setEnabled(section is not None)
        self._loading = False
        if section is not None:
            self.saves.seen(section.id, section.stamp)
        self.changed_label.setText(changed_line(section.stamp) if section else "")

    def _unsaved(self) -> bool:
        """Typed text waits for its save, is being saved, or waits for the conflict's answer."""
        return self.autosave.pending or self.saves.busy or self._retry

    # ---- saving as the coordinator types ----
    def _editable(self) -> bool:
        return not (self._loading or self.read_only or self._section_id is None)

    def _edited(self) -> None:
        if self._editable():
            self.saved_label.setText("Ändrat …")

    def flush(self) -> None:
        """Save what is typed but not yet saved (before switching, closing or exporting)."""
        if self._retry:
            self._retry = False
            self.autosave.cancel()
            self._save_now()
        else:
            self.autosave.flush()

    def _save_now(self) -> None:
        if not self._editable() or self.saves.conflict is not None:
            return
        body = markdown_of(self.editor.document())
        if body == self._saved_body:
            self.saved_label.setText("")
            return
        self._saved_body = body
        self._send(self._section_id, body)

    def _send(self, section_id: int, body: str) -> None:
        self._remember(section_id, body=body)
        save = self._sections().save
        self.saves.send(section_id, body, lambda db, version: save(
            db, section_id, body=body, version=version))

    def _remember(self, section_id: int, **values) -> None:
        for row, section in enumerate(self.model.rows()):
            if section.id == section_id:
                self.model.replace_row(row, replace(section, **values))

    def _show_saved(self, section_id: int, stamp) -> None:
        self._remember(section_id, stamp=stamp)
        if section_id == self._section_id:
            # Swedish time, as the import history says it, whatever the computer's clock zone.
            self.saved_label.setText(f"Sparat {datetime.now(local_tz()):%H:%M:%S}")
            self.changed_label.setText(changed_line(stamp))
        self.saved.emit(section_id)

    # ---- someone else saved first ----
    def _unanswered(self, section_id: int, theirs: str) -> None:
        """The conflict closed without a choice: the text stays in the editor, unsaved, and is
        saved (meeting the conflict again) at the next key or flush."""
        if section_id == self._section_id:
            self._saved_body = theirs
            self._retry = True
            self.saved_label.setText("Inte sparat: någon annan har ändrat avsnittet.")

    def _answered(self, section_id: int, choice: Choice, text: str, theirs) -> None:
        """The chosen text is saved against the other version: it replaces only what the user
        has now seen. Taking the other version writes nothing."""
        current = section_id == self._section_id
        if choice is Choice.THEIRS:
            self._remember(section_id, body=text, stamp=theirs)
            if current:
                self._show_text(text)
                self.changed_label.setText(changed_line(theirs))
                self.saved_label.setText("")
            return
        if current and choice is Choice.MERGED:
            self._show_text(text)
            text = markdown_of(self.editor.document())
        if current:
            self._saved_body = text
        self._send(section_id, text)

    def _show_text(self, body: str) -> None:
        self.autosave.cancel()
        self._loading = True
        self.editor.setMarkdown(body)
        self._loading = False
        self._saved_body = body

    # ---- the list of sections ----
    def _change(self, work, select_id=None) -> None:
        """Run a change of the section list (``work(db, sections)``), then show the list
        again; refused (someone else got there first), it is shown again as stored."""
        self.flush()
        report_id, sections = self._report_id, self._sections()

        def change(db, ctx):
            chosen = work(db, sections)
            return chosen, sections.list(db, report_id)

        def show(result) -> None:
            if report_id == self._report_id:
                self.show_sections(report_id, result[1], self.read_only, result[0] or select_id)

        def refused(error) -> None:
            self.data.runner.refuse(error)
            self.data.run(lambda db, ctx: (None, sections.list(db, report_id)), on_done=show)
        self.data.run(change, on_done=show, on_error=refused, changes=self._topic, origin=self)

    def add_section(self) -> None:
        title, ok = QInputDialog.getText(self, "Nytt avsnitt", "Rubrik för det nya avsnittet:")
        if not ok:
            return
        current, report_id = self.current_section(), self._report_id
        self._change(lambda db, sections: sections.add(db, report_id, title,
                                                       current.id if current else None))

    def rename_section(self) -> None:
        section = self.current_section()
        if section is None:
            return
        title, ok = QInputDialog.getText(self, "Byt namn på avsnitt", "Ny rubrik:",
                                         text=section.title)
        if ok and title.strip() != section.title:
            def work(db, sections) -> None:    # the section stays chosen
                sections.rename(db, section.id, title, section.title)
            self._change(work, section.id)

    def move_section(self, step: int) -> None:
        section = self.current_section()
        if section is not None:
            self._change(lambda db, sections: sections.move(db, section.id, step), section.id)

    def remove_section(self) -> None:
        section = self.current_section()
        if section is None:
            return
        text = " Texten i avsnittet tas också bort." if section.body.strip() else ""
        if ask(self, f"Ta bort avsnittet ”{section.title}”?{text}"):
            self._change(lambda db, sections: sections.remove(db, section.id,
                                                               section.stamp.version))
