"""The one style sheet for every PDF Brastöd writes: A4, the embedded DejaVu Sans (å ä ö – ’ €
and names such as Łukasz or Đorđe), the municipality's name and logo in the header, "Sida X av Y"
and the date in the footer, headings that become PDF bookmarks, tables that split across pages
with their header rows repeated, and the section text (Markdown) as paragraphs and lists.
What a document says is described in ``content``; ``flowables`` prints it here.
reportlab is imported with this module, which only exports load."""
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
import re
from xml.sax.saxutils import escape as _escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate, Frame, Image, KeepTogether, ListFlowable, ListItem, PageBreak, PageTemplate, Paragraph,
    Spacer, Table, TableStyle,
)

from brastod.core.exports import content
from brastod.core.exports.content import Furniture, on_color
from brastod.core.exports.files import write_atomically
from brastod.core.paths import resource
from brastod.core.richtext import blocks, inline_markup

_NUMBER_AND_UNIT = re.compile(r"(\d) (%|d|st|kr)(?=\W|$)")


def escape(text: str) -> str:
    """Text for a Paragraph: markup characters escaped, and a number kept on one line with its
    unit ("22 %", "försenad 5 d") in a narrow column."""
    return _NUMBER_AND_UNIT.sub("\\1\u00a0\\2", _escape(text))


FONT = "DejaVuSans"
MARGIN = 18 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#1f2933")
MUTED_HEX = "#5f6b76"
MUTED = colors.HexColor(MUTED_HEX)
ACCENT = colors.HexColor("#1d4f91")       # headings, table headers
RULE = colors.HexColor("#c8d1da")
STRIPE = colors.HexColor("#f3f6f9")
# Series colours for charts: distinct in print and for the common colour blindnesses.


@cache
def register_fonts() -> None:
    folder = resource("fonts")
    for name, file in ((FONT, "DejaVuSans.ttf"), (f"{FONT}-Bold", "DejaVuSans-Bold.ttf"),
                       (f"{FONT}-Oblique", "DejaVuSans-Oblique.ttf"),
                       (f"{FONT}-BoldOblique", "DejaVuSans-BoldOblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold",
                                  italic=f"{FONT}-Oblique", boldItalic=f"{FONT}-BoldOblique")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_right: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK,
                          spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    header = ParagraphStyle("header_cell", parent=cell, fontName=f"{FONT}-Bold",
                            textColor=colors.white)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=f"{FONT}-Bold", fontSize=24,
                             leading=30, textColor=ACCENT, spaceAfter=10),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=13, leading=18,
                                textColor=MUTED, spaceAfter=4),
        h1=ParagraphStyle("h1", parent=body, fontName=f"{FONT}-Bold", fontSize=15, leading=19,
                          textColor=ACCENT, spaceBefore=10, spaceAfter=6, keepWithNext=True),
        h2=ParagraphStyle("h2", parent=body, fontName=f"{FONT}-Bold", fontSize=11.5,
                          leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=True),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        header_cell=header,
        header_cell_right=ParagraphStyle("header_cell_right", parent=header, alignment=TA_RIGHT),
    )


def text(value: str, style: ParagraphStyle | None = None) -> Paragraph:
    """Plain text (escaped) as a paragraph."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style or styles().body)


class Heading(Paragraph):
    """A heading that is also a bookmark in the PDF's outline."""

    def __init__(self, title: str, level: int = 0):
        super().__init__(escape(title), styles().h1 if level == 0 else styles().h2)
        self.bookmark, self.level = title, level


def rich_text(markdown: str) -> list:
    """A section's Markdown as paragraphs and lists."""
    style = styles().body
    story = []
    for block in blocks(markdown):
        if block.kind == "p":
            story.append(Paragraph(inline_markup(block.items[0]), style))
            continue
        items = [ListItem(Paragraph(inline_markup(item), style), leftIndent=14)
                 for item in block.items]
        story.append(ListFlowable(items, bulletType="bullet" if block.kind == "ul" else "1",
                                  start="•" if block.kind == "ul" else None,
                                  bulletFontName=FONT, bulletFontSize=9, leftIndent=14))
    return story


def table(rows: Sequence[Sequence], widths: Sequence[float], header_rows: int = 1,
          numeric: Sequence[int] = (), extra: Sequence[tuple] = ()) -> Table:
    """A striped table whose header rows repeat on every page it runs over. Cells may be text
    or flowables; text in the ``numeric`` columns is right-aligned."""
    s = styles()
    body = []
    for index, row in enumerate(rows):
        cells = []
        for column, value in enumerate(row):
            if isinstance(value, str) or value is None:
                if index < header_rows:
                    style = s.header_cell_right if column in numeric else s.header_cell
                else:
                    style = s.cell_right if column in numeric else s.cell
                value = Paragraph(escape(value or ""), style)
            cells.append(value)
        body.append(cells)
    # splitInRow: a row taller than a page (a long note) continues on the next page.
    result = Table(body, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT",
                   splitInRow=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, max(header_rows - 1, 0)), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT))
    commands += [("BACKGROUND", (0, row), (-1, row), STRIPE)
                 for row in range(header_rows + 1, len(rows), 2)]
    result.setStyle(TableStyle(commands + list(extra)))
    return result


def _numbered_canvas(furniture: Furniture):
    logo = ImageReader(io.BytesIO(furniture.logo)) if furniture.logo else None

    class NumberedCanvas(canvas.Canvas):
        """Keeps every page until the end, so each can say how many there are."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furniture(number, total)
                super().showPage()
            super().save()

        def _furniture(self, number: int, total: int):
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            top = PAGE_HEIGHT - 12 * mm
            if number > 1 or not furniture.cover:
                x = MARGIN
                if logo is not None:
                    width, height = logo.getSize()
                    scale = 8 * mm / height
                    self.drawImage(logo, x, top - 2 * mm, width * scale, 8 * mm, mask="auto")
                    x += width * scale + 3 * mm
                self.drawString(x, top, furniture.municipality)
                self.drawRightString(PAGE_WIDTH - MARGIN, top, furniture.title[:90])
                self.setStrokeColor(RULE)
                self.line(MARGIN, top - 3 * mm, PAGE_WIDTH - MARGIN, top - 3 * mm)
            self.drawString(MARGIN, 10 * mm, f"Utskriven {furniture.printed:%Y-%m-%d}")
            self.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, f"Sida {number} av {total}")
            self.restoreState()

    return NumberedCanvas


class _Document(BaseDocTemplate):
    def afterFlowable(self, flowable):
        if isinstance(flowable, Heading):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.bookmark, key, level=flowable.level)


def build(path: Path, furniture: Furniture, story: list) -> None:
    """Write ``story`` as an A4 PDF at ``path`` (whole or not at all)."""
    register_fonts()

    def write(target: Path) -> None:
        document = _Document(str(target), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                             topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN,
                             title=furniture.title, author=furniture.municipality,
                             creator="Brastöd")
        frame = Frame(MARGIN, MARGIN, TEXT_WIDTH, PAGE_HEIGHT - 2 * MARGIN - 6 * mm,
                      id="text", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        document.addPageTemplates([PageTemplate("page", frames=[frame])])
        document.build(story, canvasmaker=_numbered_canvas(furniture))
    write_atomically(path, write)


def cover(furniture: Furniture, title: str, lines: Sequence[str], status: str | None = None,
          status_color: str | None = None) -> list:
    """The first page: the logo and the municipality, the title, and what it covers."""
    s = styles()
    story: list = [Spacer(1, 30 * mm)]
    if furniture.logo:
        reader = ImageReader(io.BytesIO(furniture.logo))
        width, height = reader.getSize()
        story += [Image(io.BytesIO(furniture.logo), 30 * mm * width / height, 30 * mm,
                        hAlign="LEFT"), Spacer(1, 8 * mm)]
    story += [text(furniture.municipality, s.subtitle), Spacer(1, 4 * mm), text(title, s.title)]
    story += [text(line, s.subtitle) for line in lines]
    if status:
        badge = ParagraphStyle("status", parent=s.subtitle, fontName=f"{FONT}-Bold",
                               textColor=colors.HexColor(status_color or "#1f2933"))
        story += [Spacer(1, 6 * mm), text(status, badge)]
    story.append(PageBreak())
    return story


def _runs(runs) -> str:
    parts = []
    for run in runs:
        if isinstance(run, str):
            run = content.Run(run)
        markup = escape(run.text).replace("\n", "<br/>")
        if run.bold:
            markup = f"<b>{markup}</b>"
        if run.muted or run.color:
            markup = f"<font color='{run.color or MUTED_HEX}'>{markup}</font>"
        parts.append(markup)
    return "".join(parts)


def _paragraph(block: content.Text, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(_runs(block.runs), style or (styles().small if block.small
                                                  else styles().body))


def _cell(value: content.Cell, header: bool, right: bool, fill: str | None):
    s = styles()
    style = ((s.header_cell_right if right else s.header_cell) if header
             else (s.cell_right if right else s.cell))
    if fill:
        style = ParagraphStyle("filled", parent=style, textColor=colors.HexColor(on_color(fill)))
    if isinstance(value, content.Text):
        return Paragraph(_runs(value.runs), style)
    return Paragraph(escape(value or "").replace("\n", "<br/>"), style)


def _table(block: content.Table) -> Table:
    rows = [[_cell(value, index < block.header_rows, column in block.numeric,
                   block.fills.get((index, column)))
             for column, value in enumerate(row)] for index, row in enumerate(block.rows)]
    extra = [("BACKGROUND", (column, row), (column, row), colors.HexColor(color))
             for (row, column), color in block.fills.items()]
    if block.total:
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    return table(rows, [width * mm for width in block.widths], block.header_rows,
                 block.numeric, extra)


def _signatures(block: content.Signatures):
    width = TEXT_WIDTH / len(block.people)
    cells = [[Paragraph(f"{escape(role)}<br/><br/><br/>________________________<br/>"
                        f"{escape(name or '')}", styles().cell) for role, name in block.people]]
    return KeepTogether([table(cells, [width] * len(block.people), header_rows=0)])


def flowables(blocks) -> list:
    """A document's content (``content``'s blocks) as a story for ``build``."""
    story: list = []
    for block in blocks:
        if isinstance(block, content.Heading):
            story.append(Heading(block.title, block.level) if block.bookmark else
                         Paragraph(f"<b>{escape(block.title)}</b>",
                                   styles().h1 if block.level == 0 else styles().h2))
        elif isinstance(block, content.Text):
            story.append(_paragraph(block))
        elif isinstance(block, content.Markdown):
            story += rich_text(block.body)
        elif isinstance(block, content.Table):
            story.append(_table(block))
        elif isinstance(block, content.Signatures):
            story.append(_signatures(block))
        elif isinstance(block, content.Keep):
            story.append(KeepTogether(flowables(block.blocks)))
        elif isinstance(block, content.Space):
            story.append(Spacer(1, block.mm * mm))
        elif isinstance(block, content.PageBreak):
            story.append(PageBreak())
        else:
            raise TypeError(f"no PDF form for {block!r}")
    return story
