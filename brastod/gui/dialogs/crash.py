"""The dialog for an unexpected error: what happened, where the log is, details to copy."""
from PySide6.QtWidgets import QApplication, QDialog

from brastod.gui.forms.ui_crash_dialog import Ui_CrashDialog


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: str, parent=None):
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.ui.message.setText(
            "Ett oväntat fel inträffade. Det du redan har sparat finns kvar i databasen.\n"
            f"Felet har skrivits till loggfilen {log_path}. Kopiera detaljerna nedan och skicka "
            "dem till den som ger dig support.")
        self.ui.details.setPlainText(details)
        self.ui.copyButton.clicked.connect(self.copy)
        self.ui.closeButton.clicked.connect(self.accept)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.ui.details.toPlainText())
