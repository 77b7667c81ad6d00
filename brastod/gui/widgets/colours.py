"""Colour swatches: the small squares beside a level, a status or a traffic-light colour."""
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox

from brastod.core.enums import Rag
from brastod.core.labels import RAG_COLORS, options
from brastod.gui.widgets import combos


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def fill_rag(combo: QComboBox, empty: str | None) -> None:
    """Grön, gul, röd with their colours; ``empty`` is the text for no colour (or none)."""
    combos.fill(combo, ([(None, empty)] if empty else []) + options(Rag))
    for index in range(combo.count()):
        code = combo.itemData(index)
        if code:
            combo.setItemIcon(index, swatch(RAG_COLORS[code]))
