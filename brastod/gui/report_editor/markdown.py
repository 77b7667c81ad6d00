"""The section editor's text as Markdown: paragraphs, **bold**, *italic*, bulleted and numbered
lists (the subset core/richtext.py reads), one line per paragraph or item.

Written here rather than by QTextDocument.toMarkdown, which wraps lines at 80 columns and in
doing so drops the character where it breaks a word longer than the line (a long web address),
and can break right after an opening "**", which loses the bold when the text is read back."""
import re

from PySide6.QtGui import QFont, QTextBlock, QTextDocument, QTextListFormat

BOLD, ITALIC = "**", "*"
_SPECIAL = re.compile(r"([\\`*_\[\]<>~|#])")
# What would start a list or a rule at the start of a line: "-", "+", "1." or "1)".
_LINE_START = re.compile(r"^([-+]|\d+(?=[.)](?:\s|$)))")
_LINE_SEPARATOR = "\u2028"     # Shift+Enter inside a paragraph


def markdown_of(document: QTextDocument) -> str:
    lines: list[str] = []
    in_list = False
    block = document.begin()
    while block.isValid():
        text = _inline(block)
        listed = block.textList()
        if listed is not None:
            style = listed.format().style()
            marker = (f"{listed.itemNumber(block) + 1}." if style in _NUMBERED else "-")
            indent = "   " * max(listed.format().indent() - 1, 0)
            if lines and not in_list:
                lines.append("")
            lines.append(f"{indent}{marker} {text}")
        else:
            if lines:
                lines.append("")
            lines.append(text)
        in_list = listed is not None
        block = block.next()
    return "\n".join(lines) + "\n" if any(lines) else ""


_NUMBERED = (QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
             QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
             QTextListFormat.Style.ListUpperRoman)


def _runs(block: QTextBlock) -> list[tuple[str, frozenset]]:
    """The block's text in runs of one format; a run of spaces takes only the formats of
    both its neighbours, so that no span starts or ends with a space (Markdown would not
    read "** fet**" as bold)."""
    runs: list[tuple[str, frozenset]] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        fmt, text = fragment.charFormat(), fragment.text().replace(_LINE_SEPARATOR, " ")
        marks = frozenset(mark for mark, on in ((BOLD, fmt.fontWeight() > QFont.Weight.Normal),
                                                (ITALIC, fmt.fontItalic())) if on)
        for part in re.split(r"(\s+)", text):
            if part:
                runs.append((part, marks))
        fragments += 1
    for index, (text, marks) in enumerate(runs):
        if text.isspace():
            before = runs[index - 1][1] if index > 0 else frozenset()
            after = next((m for t, m in runs[index + 1:] if not t.isspace()), frozenset())
            runs[index] = (text, marks & before & after)
    return runs


def _inline(block: QTextBlock) -> str:
    out: list[str] = []
    opened: list[str] = []          # the span markers open now, innermost last
    for text, marks in _runs(block):
        while any(mark not in marks for mark in opened):
            out.append(opened.pop())
        for mark in (BOLD, ITALIC):
            if mark in marks and mark not in opened:
                out.append(mark)
                opened.append(mark)
        out.append(_SPECIAL.sub(r"\\\1", text))
    out.extend(reversed(opened))
    return _LINE_START.sub(_escape_start, "".join(out).strip())


def _escape_start(match: re.Match) -> str:
    start = match[1]
    return f"\\{start}" if start in "-+" else f"{start}\\"
