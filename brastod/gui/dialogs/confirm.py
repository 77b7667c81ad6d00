from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, question: str) -> bool:
    """A Ja/Nej question whose default answer is Nej."""
    answer = QMessageBox.question(parent, "Brastöd", question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose(parent: QWidget, question: str, choices: tuple[str, ...]) -> int | None:
    """A question with a button for each of ``choices`` and Avbryt, the default answer: the
    index of the choice made, None for Avbryt."""
    box = QMessageBox(QMessageBox.Icon.Question, "Brastöd", question,
                      QMessageBox.StandardButton.NoButton, parent)
    made = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
    box.setDefaultButton(box.addButton("Avbryt", QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return made.index(box.clickedButton()) if box.clickedButton() in made else None
