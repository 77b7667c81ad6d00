"""Someone else saved first: the user's text and the other version side by side, and three ways
out – keep mine, take theirs, or merge them in a field to tidy. Every editor that saves text as
it is typed opens this one dialog on a ``versions.Conflict``; the editor keeps the user's text
until it is answered, and saves the chosen text against the other version's number, so it wins
only once the user has seen what it replaces."""
from collections.abc import Callable
from enum import Enum

from PySide6.QtWidgets import QDialog, QWidget

from brastod.core.dates import as_local
from brastod.core.versions import Conflict
from brastod.gui.forms.ui_conflict_dialog import Ui_ConflictDialog

MERGE_MARK = "––– Din text nedan (ta bort den här raden när du har städat) –––"


class Choice(Enum):
    MINE = "mine"
    THEIRS = "theirs"
    MERGED = "merged"


def merged(theirs: str, mine: str) -> str:
    """The merge field's first text: the other version, the mark, then the user's text."""
    return f"{theirs.rstrip()}\n\n{MERGE_MARK}\n\n{mine.strip()}\n"


class ConflictDialog(QDialog):
    """``choice`` and ``text`` once accepted; closed without a choice, the editor keeps the
    user's text and the conflict comes back at its next save."""

    def __init__(self, conflict: Conflict, mine: str, theirs: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ConflictDialog()
        ui.setupUi(self)
        self.conflict, self.choice, self.text = conflict, None, None
        self._mine, self._theirs = mine, theirs
        ui.message.setText(str(conflict))
        ui.theirsLabel.setText(f"<b>{other_version(conflict)}</b>")
        ui.mine.setPlainText(mine)
        ui.theirs.setPlainText(theirs)
        ui.keepMine.clicked.connect(lambda: self._chosen(Choice.MINE, mine))
        ui.takeTheirs.clicked.connect(lambda: self._chosen(Choice.THEIRS, theirs))
        ui.merge.clicked.connect(self._merge)
        ui.back.clicked.connect(lambda: self._show_page(merging=False))
        ui.saveMerged.clicked.connect(
            lambda: self._chosen(Choice.MERGED, ui.merged.toPlainText()))
        self._show_page(merging=False)

    def _merge(self) -> None:
        if not self.ui.merged.toPlainText():
            self.ui.merged.setPlainText(merged(self._theirs, self._mine))
        self._show_page(merging=True)
        self.ui.merged.setFocus()

    def _show_page(self, merging: bool) -> None:
        ui = self.ui
        ui.pages.setCurrentWidget(ui.mergePage if merging else ui.choosePage)
        for button in (ui.keepMine, ui.takeTheirs, ui.merge):
            button.setVisible(not merging)
        for button in (ui.back, ui.saveMerged):
            button.setVisible(merging)
        (ui.saveMerged if merging else ui.keepMine).setDefault(True)

    def _chosen(self, choice: Choice, text: str) -> None:
        self.choice, self.text = choice, text
        self.accept()


def other_version(conflict: Conflict) -> str:
    """"Den andra versionen (ändrad av anna.berg kl. 10:15)"."""
    stamp, said = conflict.stamp, []
    if stamp.changed_by:
        said.append(f"ändrad av {stamp.changed_by}")
    if stamp.changed_at is not None:
        said.append(f"kl. {as_local(stamp.changed_at):%H:%M}")
    return "Den andra versionen" + (f" ({' '.join(said)})" if said else "")


def resolve(parent: QWidget, conflict: Conflict, mine: str, theirs: str,
            on_chosen: Callable[[Choice, str], None]) -> ConflictDialog:
    """Opens the dialog without blocking (the editor and its timers go on); ``on_chosen`` gets
    the answer. Returns the dialog, which the editor keeps while it is open."""
    dialog = ConflictDialog(conflict, mine, theirs, parent)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            on_chosen(dialog.choice, dialog.text)
        dialog.deleteLater()
    dialog.finished.connect(finished)
    dialog.open()
    return dialog
