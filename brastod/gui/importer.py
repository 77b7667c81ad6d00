"""Importing files from the GUI, one after the other: read and preview on the worker, let the
user decide in the import dialog, save on the worker with progress and cancel, report.

A police events file has no layout to correct: a dry run shows what it holds, the user
confirms, and it is saved.
"""
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from brastod import APP_NAME
from brastod.core.errors import BrastodError
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".json")
FILE_FILTER = ("Partnerrapporter (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.json);;"
               "Alla filer (*)")


def importable(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def _read(db, path: Path, today):
    from brastod.core.services import registers
    from brastod.core.services.importing import AREA, CATEGORY, prepare
    prepared = prepare(db, path, today=today)
    prepared.unknown()          # counted here on the worker, where the dialog finds it
    return prepared, {"partners": registers.list_partners(db),
                      CATEGORY: registers.list_categories(db), AREA: registers.list_areas(db)}


# An import adds incidents, and may add categories and areas.
IMPORTED = Topic.INCIDENTS | Topic.REGISTERS


class Importer(QObject):
    imported = Signal(object)      # an ImportResult that saved something

    def __init__(self, window: QWidget, data: Data):
        super().__init__(window)
        self.window, self.data = window, data
        self._queue: deque[Path] = deque()

    @property
    def busy(self) -> bool:
        return bool(self._queue)

    def start(self, paths: list[Path]) -> None:
        """Import ``paths`` in turn (added to the queue when an import is already running)."""
        if self._queue and not self.data.runner.busy:
            # Nothing runs, yet a file waits: the last import ended in a bug (the crash dialog
            # has said so) and never came back for the rest. Start afresh.
            self._queue.clear()
        running = bool(self._queue)
        self._queue.extend(paths)
        if not running and self._queue:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            return
        path = self._queue[0]
        if path.suffix.lower() == ".json":
            self._police(path)
        else:
            self._prepare(path)

    def _done(self) -> None:
        self._queue.popleft()
        self._next()

    def _fail(self, path: Path, error: BrastodError) -> None:
        """A refused file is said, and the next one imported (a bug never reaches here: the
        runner sends it to the crash dialog)."""
        QMessageBox.warning(self.window, APP_NAME, f"{path.name} importerades inte.\n\n{error}")
        self._done()

    # ---- spreadsheets ----
    def _prepare(self, path: Path) -> None:
        self.data.call(_read, path, self.data.today,
                       on_done=lambda result: self._ask(path, *result),
                       on_error=lambda error: self._fail(path, error),
                       label=f"Läser {path.name}…", parent=self.window)

    def _ask(self, path: Path, prepared, lists: dict) -> None:
        from brastod.gui.dialogs.import_preview import ImportDialog
        dialog = ImportDialog(self.data, path, prepared, lists, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._done()
            return
        from brastod.core.services.importing import commit
        prepared, choices, mask = dialog.prepared, dialog.choices(), dialog.mask_personal_data
        self.data.run(lambda db, ctx: commit(db, prepared, choices=choices,
                                             mask_personal_data=mask, progress=ctx),
                      on_done=self._report, on_error=lambda error: self._fail(path, error),
                      changes=IMPORTED, origin=self,
                      label=f"Importerar {path.name}…", parent=self.window)

    def _report(self, result) -> None:
        text = f"{result.file}: {result.message[0].upper()}{result.message[1:]}"
        if result.rejected:
            text += ("\n\nAvvisade rader finns kvar i originalfilen; rätta dem hos avsändaren "
                     "och importera filen igen – det som redan finns läggs inte till två gånger.")
        QMessageBox.information(self.window, APP_NAME, text)
        if result.imported or result.created:
            self.imported.emit(result)
        self._done()

    # ---- police events ----
    def _police(self, path: Path) -> None:
        from brastod.core.services.police_import import import_police
        self.data.run(lambda db, ctx: import_police(db, path, dry_run=True, progress=ctx),
                      on_done=lambda trial: self._confirm_police(path, trial),
                      on_error=lambda error: self._fail(path, error),
                      label=f"Läser {path.name}…", parent=self.window)

    def _confirm_police(self, path: Path, trial) -> None:
        question = (f"{path.name} är Polisens händelser.\n\n{trial.imported} nya händelser i "
                    f"kommunen, {trial.duplicates} fanns redan, {trial.outside_municipality} "
                    "gällde andra kommuner.")
        if trial.created:
            question += ("\n\nNya händelsetyper (hamnar under Övrigt tills du kopplar dem under "
                         "Register → Polisens händelsetyper): " + ", ".join(sorted(trial.created)))
        if not trial.imported:
            QMessageBox.information(self.window, APP_NAME, question + "\n\nInget att importera.")
            self._done()
            return
        if not ask(self.window, question + f"\n\nImportera {trial.imported} händelser?"):
            self._done()
            return
        from brastod.core.services.police_import import import_police
        self.data.run(lambda db, ctx: import_police(db, path, progress=ctx),
                      on_done=self._report, on_error=lambda error: self._fail(path, error),
                      changes=IMPORTED, origin=self,
                      label=f"Importerar {path.name}…", parent=self.window)
