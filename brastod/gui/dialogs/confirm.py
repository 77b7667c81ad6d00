from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, question: str) -> bool:
    """A Ja/Nej question whose default answer is Nej."""
    answer = QMessageBox.question(parent, "Brastöd", question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
