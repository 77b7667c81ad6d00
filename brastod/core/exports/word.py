"""The Word counterpart of ``pdf``: a document's content (``content``'s blocks) as a .docx that
Word and LibreOffice open without repair, for the municipality's own templates and diarium.
A4 with the PDF's margins; the municipality's logo and name and the title in the page header,
the printed date and "Sida X av Y" (fields Word fills in) in the footer; headings in Word's
heading styles (so they reach the navigation pane and a table of contents), tables as Word
tables with the header row repeated on every page. python-docx is imported with this module,
which only exports load."""
import io
import re
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.image.exceptions import UnrecognizedImageError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from xml.sax.saxutils import unescape

from brastod.core.exports import content
from brastod.core.exports.content import Furniture, on_color
from brastod.core.exports.files import write_atomically
from brastod.core.richtext import blocks as markdown_blocks, inline_markup

ACCENT, INK, MUTED = "1D4F91", "1F2933", "5F6B76"
STRIPE, RULE = "F3F6F9", "C8D1DA"
MARGIN, PAGE_WIDTH, PAGE_HEIGHT = Mm(18), Mm(210), Mm(297)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
# XML 1.0 cannot hold these control characters (text from a partner's file may).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_INLINE = re.compile(r"(</?[bi]>)")


def _rgb(color: str) -> RGBColor:
    return RGBColor.from_string(color.lstrip("#").upper())


def _add_text(paragraph, value: str, *, bold=False, italic=False, color: str | None = None,
              size: float | None = None) -> None:
    """A run for ``value`` (python-docx makes "\\n" a line break and "\\t" a tab)."""
    run = paragraph.add_run(_ILLEGAL.sub("", value))
    run.bold, run.italic = bold or None, italic or None
    if color:
        run.font.color.rgb = _rgb(color)
    if size:
        run.font.size = Pt(size)


def _add_runs(paragraph, runs, size: float | None = None, color: str | None = None) -> None:
    for run in runs:
        if isinstance(run, str):
            run = content.Run(run)
        _add_text(paragraph, run.text, bold=run.bold, size=size,
                  color=run.color or (MUTED if run.muted else color))


def _add_markup(paragraph, markdown: str) -> None:
    """One Markdown item (bold, italic) as runs."""
    bold = italic = False
    for part in _INLINE.split(inline_markup(markdown)):
        if part in ("<b>", "</b>"):
            bold = part == "<b>"
        elif part in ("<i>", "</i>"):
            italic = part == "<i>"
        elif part:
            _add_text(paragraph, unescape(part), bold=bold, italic=italic)


def _shade(cell, color: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), color.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row) -> None:
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _table(document, block: content.Table) -> None:
    columns = len(block.widths)
    table = document.add_table(rows=len(block.rows), cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    scale = TEXT_WIDTH / Mm(sum(block.widths))     # the PDF's widths, to the page's width
    for column, width in zip(table.columns, block.widths, strict=True):
        column.width = int(Mm(width) * scale)      # the grid LibreOffice lays out by
    for index, (row, values) in enumerate(zip(table.rows, block.rows, strict=True)):
        header = index < block.header_rows
        if header:
            _repeat_header(row)
        for column, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            cell.width = int(Mm(block.widths[column]) * scale)
            fill = block.fills.get((index, column)) or (
                ACCENT if header else STRIPE if (index - block.header_rows) % 2 else None)
            if fill:
                _shade(cell, fill)
            paragraph = cell.paragraphs[0]
            if column in block.numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            color = on_color(fill) if fill and fill != STRIPE else None
            runs = value.runs if isinstance(value, content.Text) else (value or "",)
            _add_runs(paragraph, runs, size=8.5, color=color)
            if header:
                for run in paragraph.runs:
                    run.bold = True
        if block.total and index == len(block.rows) - 1:
            for run in (r for c in row.cells for p in c.paragraphs for r in p.runs):
                run.bold = True
    document.add_paragraph()


def _signatures(document, block: content.Signatures) -> None:
    table = document.add_table(rows=1, cols=len(block.people))
    for cell, (role, name) in zip(table.rows[0].cells, block.people, strict=True):
        _add_text(cell.paragraphs[0], f"{role}\n\n\n________________________\n{name or ''}")


def _add(document, blocks) -> None:
    for block in blocks:
        if isinstance(block, content.Heading):
            document.add_heading(_ILLEGAL.sub("", block.title), block.level + 1)
        elif isinstance(block, content.Text):
            paragraph = document.add_paragraph()
            _add_runs(paragraph, block.runs, size=8 if block.small else None,
                      color=MUTED if block.small else None)
        elif isinstance(block, content.Markdown):
            for item in markdown_blocks(block.body):
                style = {"ul": "List Bullet", "ol": "List Number"}.get(item.kind)
                for line in item.items:
                    _add_markup(document.add_paragraph(style=style), line)
        elif isinstance(block, content.Table):
            _table(document, block)
        elif isinstance(block, content.Signatures):
            _signatures(document, block)
        elif isinstance(block, content.Keep):
            _add(document, block.blocks)
        elif isinstance(block, content.Space):
            document.add_paragraph().paragraph_format.space_after = Mm(block.mm)
        elif isinstance(block, content.PageBreak):
            document.add_page_break()
        else:
            raise TypeError(f"no Word form for {block!r}")


def _field(paragraph, instruction: str) -> None:
    """A field Word computes when it lays the pages out (PAGE, NUMPAGES)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    shown = OxmlElement("w:t")
    shown.text = "1"
    run.append(shown)
    field.append(run)
    paragraph._p.append(field)


def _furniture(document, furniture: Furniture) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    if furniture.logo:
        try:
            header.add_run().add_picture(io.BytesIO(furniture.logo), height=Mm(8))
            header.add_run("  ")
        except UnrecognizedImageError:      # a format Word cannot show: the name stands alone
            header.runs[-1].text = ""
    _add_text(header, f"{furniture.municipality}\t{furniture.title[:90]}", size=8, color=MUTED)
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    _add_text(footer, f"Utskriven {furniture.printed:%Y-%m-%d}\tSida ", size=8, color=MUTED)
    _field(footer, "PAGE")
    _add_text(footer, " av ", size=8, color=MUTED)
    _field(footer, "NUMPAGES")


def _styles(document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    normal.font.color.rgb = _rgb(INK)
    for name, size in (("Heading 1", 15), ("Heading 2", 11.5)):
        style = document.styles[name]
        style.font.size = Pt(size)
        style.font.color.rgb = _rgb(ACCENT if name == "Heading 1" else INK)
    for name in ("Header", "Footer"):     # the template's stops are for US Letter
        document.styles[name].paragraph_format.tab_stops.clear_all()


def build(path: Path, furniture: Furniture, blocks) -> None:
    """Write ``blocks`` as a Word document at ``path`` (whole or not at all)."""
    document = Document()
    _styles(document)
    _furniture(document, furniture)
    _add(document, blocks)
    properties = document.core_properties
    properties.title = _ILLEGAL.sub("", furniture.title)
    properties.author = properties.last_modified_by = _ILLEGAL.sub("", furniture.municipality)
    properties.comments = "Skapad med Brastöd"
    write_atomically(Path(path), lambda target: document.save(str(target)))
