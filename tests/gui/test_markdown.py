"""The lägesbild's text saved as Markdown reads back as it was written: the same words, the
same bold and italic, the same lists — also a word longer than a line (a web address) and bold
far into a long paragraph, which Qt's own writer broke (it wraps at 80 columns)."""
import pytest
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat

from brastod.core.richtext import blocks, plain_text
from brastod.gui.report_editor.markdown import markdown_of

LONG = "Flest rapporterade händelser finns i kommunens centrum och i Kolarbyn, "


def _formats(document: QTextDocument) -> list[tuple[str, bool, bool, str | None]]:
    """Each word with its bold, italic and list style: what the reader sees."""
    seen = []
    block = document.begin()
    while block.isValid():
        listed = block.textList()
        style = None if listed is None else listed.format().style().name
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            for word in fragment.text().split():
                seen.append((word, fmt.fontWeight() > QFont.Weight.Normal, fmt.fontItalic(),
                             style))
            fragments += 1
        block = block.next()
    return seen


def _read_back(document: QTextDocument) -> QTextDocument:
    again = QTextDocument()
    again.setMarkdown(markdown_of(document))
    return again


def _written(*parts: tuple[str, str]) -> QTextDocument:
    """A document typed in parts: (text, "", "b", "i" or "bi")."""
    document = QTextDocument()
    cursor = QTextCursor(document)
    for text, style in parts:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if "b" in style else QFont.Weight.Normal)
        fmt.setFontItalic("i" in style)
        cursor.insertText(text, fmt)
    return document


@pytest.mark.parametrize("markdown", [
    "Läget är **lugnt** och *stabilt*.",
    LONG * 3 + "**Centrum** och **Kolarbyn** är *oroligast*.",
    "Se https://example.org/" + "a" * 120 + " för underlag.",
    "Inledning.\n\n- första punkten\n- andra med **fet** text\n\n1. ett\n2. två\n\nSlut.",
    "Tecken som betyder något i Markdown: 5 \\* 3, a\\_b, \\[not\\], \\# rubrik, 1\\. inte lista",
    "***fet och kursiv*** och **fet *båda* fet**",
], ids=["kort", "fetstil långt in", "lång adress", "listor", "specialtecken", "nästlat"])
def test_markdown_reads_back_as_written(qtbot, markdown):
    document = QTextDocument()
    document.setMarkdown(markdown)
    assert _formats(_read_back(document)) == _formats(document)
    assert document.toPlainText() == _read_back(document).toPlainText()


def test_a_word_longer_than_a_line_keeps_every_character(qtbot):
    address = "https://example.org/" + "abcdefghij" * 12
    document = _written((LONG + address, ""))
    assert address in markdown_of(document)
    assert address in _read_back(document).toPlainText()


def test_spaces_at_the_edges_of_bold_and_italic_stay_outside_the_marks(qtbot):
    document = _written(("Det är", ""), (" fet ", "b"), ("och", ""), (" kursiv", "i"), (".", ""))
    text = markdown_of(document)
    assert text == "Det är **fet** och *kursiv*.\n"
    assert _formats(_read_back(document)) == _formats(document)


def test_the_core_reads_what_the_editor_writes(qtbot):
    document = QTextDocument()
    document.setMarkdown("Inledning med **fet** text, " + LONG * 2 + "\n\n- en\n- två\n\n"
                         "1. ett\n2. två")
    written = markdown_of(document)
    assert [b.kind for b in blocks(written)] == ["p", "ul", "ol"]
    assert plain_text(written).splitlines()[0] == document.begin().text()


def test_lines_that_would_start_a_list_stay_text(qtbot):
    for line in ("- inte en punkt", "+ inte heller", "3. inte numrerad", "12) inte heller",
                 "---"):
        document = _written((line, ""))
        again = _read_back(document)
        assert again.toPlainText() == line
        assert again.begin().textList() is None


def test_list_styles_are_kept(qtbot):
    document = QTextDocument()
    cursor = QTextCursor(document)
    cursor.insertText("före")
    cursor.insertBlock()
    cursor.createList(QTextListFormat.Style.ListDecimal)
    cursor.insertText("ett")
    cursor.insertBlock()
    cursor.insertText("två")
    assert markdown_of(document) == "före\n\n1. ett\n2. två\n"
    assert _formats(_read_back(document)) == _formats(document)
