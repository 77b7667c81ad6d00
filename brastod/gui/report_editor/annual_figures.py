"""Siffror of a verksamhetsberättelse, read-only: the very blocks the PDF and the Word file
print (core/exports/content, from ``figure_blocks``), written as the HTML a QTextBrowser shows,
so that the window says what the document will say. A draft's figures are computed afresh, which
takes a while on a large database: they are fetched on the worker, and only once the view is
shown."""
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from brastod.core.exports.content import Heading, Run, Table, Text, on_color
from brastod.gui.data import Data

HEADER_FILL = "#e4e4e4"
STRIPE = "#f5f5f5"          # every other row, for reading across a wide table
SMALL = "color:#555; font-size:small"


def html_of(blocks: list) -> str:
    """Headings, paragraphs and tables (what ``figure_blocks`` is made of) as HTML."""
    parts = []
    for block in blocks:
        if isinstance(block, Heading):
            tag = f"h{3 + block.level}"
            parts.append(f"<{tag}>{escape(block.title)}</{tag}>")
        elif isinstance(block, Text):
            style = f" style='{SMALL}'" if block.small else ""
            parts.append(f"<p{style}>{_runs(block.runs)}</p>")
        elif isinstance(block, Table):
            parts.append(_table(block))
        else:
            raise TypeError(f"no HTML for {type(block).__name__}")
    return "\n".join(parts)


def _runs(runs) -> str:
    result = []
    for run in runs:
        if isinstance(run, str):
            run = Run(run)
        piece = escape(run.text).replace("\n", "<br>")
        if run.bold:
            piece = f"<b>{piece}</b>"
        colour = run.color or ("#666666" if run.muted else None)
        result.append(f"<span style='color:{colour}'>{piece}</span>" if colour else piece)
    return "".join(result)


def _cell(cell) -> str:
    if cell is None:
        return ""
    return _runs(cell.runs) if isinstance(cell, Text) else escape(cell)


def _table(table: Table) -> str:
    total = sum(table.widths) or 1
    last = len(table.rows) - 1
    rows = []
    for row_number, row in enumerate(table.rows):
        header = row_number < table.header_rows
        cells = []
        for column, cell in enumerate(row):
            striped = not header and (row_number - table.header_rows) % 2
            fill = table.fills.get((row_number, column)) or (
                HEADER_FILL if header else STRIPE if striped else None)
            attributes = f" width='{100 * table.widths[column] / total:.1f}%'" \
                if row_number == 0 and column < len(table.widths) else ""
            if column in table.numeric:
                attributes += " align='right'"
            if fill:
                attributes += f" bgcolor='{fill}'"
            text = _cell(cell)
            if fill and fill not in (HEADER_FILL, STRIPE):
                text = f"<span style='color:{on_color(fill)}'>{text}</span>"
            if header or (table.total and row_number == last):
                text = f"<b>{text}</b>"
            cells.append(f"<td{attributes}>{text}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return "<table width='100%' cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


def _figures_document(db, report_id: int, today: date, font: QFont,
                      width: int) -> QTextDocument:
    """On the worker: the figures as a document already laid out at the browser's width (on
    the GUI thread, parsing and laying out took some 70 ms; showing this one takes 20)."""
    from brastod.core.exports.annual_report import figure_blocks
    from brastod.core.services.annual_reports import annual_figures
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setHtml(html_of(figure_blocks(annual_figures(db, report_id, today))))
    document.setTextWidth(width)
    document.size()
    document.moveToThread(QCoreApplication.instance().thread())
    return document


class AnnualFiguresPane(QWidget):
    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.data = data
        self._report_id: int | None = None
        self._fetched_id: int | None = None     # the report last fetched (or on its way)
        self._shown_id: int | None = None       # the report whose figures the browser holds
        self._token = 0
        self._document: QTextDocument | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.browser)

    def show_report(self, report_id: int, note: str) -> None:
        """The figures of ``report_id`` (again: a draft's may have changed), fetched now if
        the pane is in view, else when it comes into view."""
        self.note.setText(note)
        self._report_id, self._fetched_id = report_id, None
        self._token += 1
        if report_id != self._shown_id:
            self._shown_id = None
            self.browser.clear()
        if self.isVisible():
            self._fetch()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._report_id is not None and self._fetched_id != self._report_id:
            self._fetch()

    def _fetch(self) -> None:
        self._token += 1
        token, report_id, today = self._token, self._report_id, self.data.today
        self._fetched_id = report_id
        if self._shown_id != report_id:
            self.browser.setHtml(f"<p style='{SMALL}'>Räknar fram siffrorna …</p>")

        def show(document: QTextDocument) -> None:
            if token != self._token:        # the user has moved on meanwhile
                return
            # The same report again (a change elsewhere): where the reader was, not the top.
            scroll = self.browser.verticalScrollBar()
            kept = scroll.value() if self._shown_id == report_id else 0
            # Owned by the browser and the previous one deleted here, on the GUI thread: left to
            # Python's collector, it could be freed on the worker, which runs the collector too.
            document.setParent(self.browser)
            self.browser.setDocument(document)
            if self._document is not None:
                self._document.deleteLater()
            self._document = document
            scroll.setValue(kept)
            self._shown_id = report_id

        def failed(error) -> None:
            if token == self._token:
                self.browser.clear()
                self._fetched_id = self._shown_id = None
            self.data.runner.refuse(error)
        font, width = QFont(self.browser.font()), self.browser.viewport().width()
        self.data.run(lambda db, ctx: _figures_document(db, report_id, today, font, width),
                      on_done=show, on_error=failed)
