"""Every file the window writes for others goes through one controller: the save dialog (in the
folder last used, else the user's Documents folder, never the database's hidden folder), the
question when a document holds what looks like personal data, the writing on the worker, and
what is said afterwards (the status bar, and for a document a message naming its folder, since
a status-bar line is gone after a few seconds).

A tab says what it would write as an ``Export``; the window hands it to ``Exports.save``.
"""
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from brastod import APP_NAME
from brastod.core.errors import BrastodError, PersonalDataFound
from brastod.gui import state
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask

FILTERS = {".pdf": "PDF (*.pdf)", ".docx": "Word-dokument (*.docx)",
           ".xlsx": "Excel-arbetsbok (*.xlsx)",
           ".csv": "CSV med semikolon (*.csv)", ".ics": "Kalenderfil (*.ics)",
           ".sqlite3": "Brastöd-databas (*.sqlite3)"}
FOLDER_KEY = "exports/folder"


@dataclass(frozen=True)
class Export:
    what: str                 # "lägesbilden", "kallelsen" … (in the messages)
    name: str                 # the suggested file name, without its suffix
    suffixes: tuple[str, ...]  # the formats offered, the first suggested
    write: Callable[[Any, Path, bool], Any]   # write(db, target, allow_personal_data), worker
    with_excel: bool = False  # a PDF with its Excel file beside it (a document)
    done: str = ""            # said after the file's name ("– skicka den till partnerna")
    document: bool = False    # a document: say where it went in a message, not only the bar
    beside: tuple[str, ...] = ()   # the suffixes of more files written beside it (".eml")
    changes: Topic | None = None   # what writing it changes (an återkoppling is logged)


def file_name(title: str) -> str:
    """``title`` as a file name that every system accepts (a plan's title may hold a colon,
    which Windows refuses)."""
    return " ".join(re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", title).split()).strip(" .") or "export"


def start_folder() -> Path:
    """The folder a save dialog opens in: the last one used, else Documents, else home."""
    last = state.load_text(FOLDER_KEY)
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class Exports(QObject):
    def __init__(self, data: Data, window: QWidget, statusbar: QStatusBar):
        super().__init__(window)
        self.data, self.window, self.statusbar = data, window, statusbar

    def save(self, export: Export | None, nothing: str = "") -> None:
        """Ask where, then write ``export`` (``nothing`` is said when there is none)."""
        if export is None:
            if nothing:
                QMessageBox.information(self.window, APP_NAME, nothing)
            return
        target = self.ask_target(f"Spara {export.what}", export.name, export.suffixes)
        if target is not None:
            self._write(export, target, False)

    def ask_target(self, title: str, name: str, suffixes: tuple[str, ...]) -> Path | None:
        """The save dialog; the chosen path with a suffix offered (None if cancelled)."""
        filters = ";;".join(FILTERS[suffix] for suffix in suffixes)
        path, chosen = QFileDialog.getSaveFileName(
            self.window, title, str(start_folder() / f"{file_name(name)}{suffixes[0]}"), filters)
        if not path:
            return None
        target = Path(path)
        state.save_value(FOLDER_KEY, str(target.parent))
        if target.suffix.lower() not in suffixes:
            suffix = next((s for s in suffixes if FILTERS[s] == chosen), suffixes[0])
            target = target.with_suffix(suffix)
        return target

    def _write(self, export: Export, target: Path, allow: bool) -> None:
        def failed(error: BrastodError) -> None:
            if isinstance(error, PersonalDataFound):
                self._ask_personal_data(export, target, error)
            else:
                self.data.runner.refuse(error)
        self.data.run(lambda db, ctx: export.write(db, target, allow),
                      on_done=lambda _: self._written(export, target), on_error=failed,
                      changes=export.changes, label=f"Sparar {target.name}…",
                      parent=self.window)

    def _ask_personal_data(self, export: Export, target: Path, error: PersonalDataFound) -> None:
        found = "\n".join(f"• {hit.where}: {hit.kind} ”{hit.text}”" for hit in error.hits)
        what = export.what
        if ask(self.window, f"{what.capitalize()} innehåller text som liknar personuppgifter:"
                            f"\n\n{found}\n\nEST arbetar med platser och situationer, inte "
                            f"personer. Ta helst bort uppgifterna. Ska {what} ändå exporteras "
                            "med dem?"):
            self._write(export, target, True)

    def _written(self, export: Export, target: Path) -> None:
        beside = ((".xlsx",) if export.with_excel else ()) + export.beside
        names = " och ".join([target.name] + [target.with_suffix(s).name for s in beside])
        line = f"{export.what[0].upper()}{export.what[1:]} sparades: {names}" + (
            f" {export.done}" if export.done else "")
        self.statusbar.showMessage(line, 10_000)
        if export.document:
            QMessageBox.information(self.window, APP_NAME,
                                    f"{line}\n\nMappen: {target.parent}")
