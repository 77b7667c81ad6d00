"""Filling combo boxes with (code, label) choices and reading the chosen code back."""
from PySide6.QtWidgets import QComboBox


def fill(combo: QComboBox, choices: list[tuple[object, str]]) -> None:
    combo.blockSignals(True)
    combo.clear()
    for value, text in choices:
        combo.addItem(text, value)
    combo.blockSignals(False)


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def chosen(combo: QComboBox):
    return combo.currentData()
