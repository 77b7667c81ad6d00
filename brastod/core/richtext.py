"""The lägesbild's section text: the Markdown subset Qt's text editor reads and writes
(paragraphs, **bold**, *italic*, bulleted and numbered lists), as blocks for the PDF and as plain
text for the personal data check and Excel. No Qt here: the core reads what the GUI saved."""
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_PLACEHOLDER = "\x00{}\x00"


@dataclass(frozen=True)
class Block:
    kind: str               # "p", "ul" or "ol"
    items: tuple[str, ...]  # one text for a paragraph, one per list item; still Markdown inline


def blocks(markdown: str) -> list[Block]:
    """Paragraphs and lists; lines of one paragraph (Qt wraps at 80 columns) are joined."""
    result: list[Block] = []
    kind, items = None, []

    def flush():
        nonlocal kind, items
        if kind is not None:
            result.append(Block(kind, tuple(items)))
        kind, items = None, []

    for line in (markdown or "").splitlines():
        if not line.strip():
            flush()
            continue
        for pattern, list_kind in ((_BULLET, "ul"), (_NUMBERED, "ol")):
            match = pattern.match(line)
            if match:
                if kind != list_kind:
                    flush()
                    kind = list_kind
                items.append(match[1].strip())
                break
        else:
            if kind in ("ul", "ol") and line.startswith((" ", "\t")):   # an item's next line
                items[-1] += " " + line.strip()
            elif kind == "p":
                items[0] += " " + line.strip()
            else:
                flush()
                kind, items = "p", [line.strip()]
    flush()
    return result


def _split_escapes(text: str) -> tuple[str, list[str]]:
    kept: list[str] = []

    def hold(match):
        kept.append(match[1])
        return _PLACEHOLDER.format(len(kept) - 1)
    return _ESCAPED.sub(hold, text), kept


def _restore(text: str, kept: list[str], convert=lambda s: s) -> str:
    for index, char in enumerate(kept):
        text = text.replace(_PLACEHOLDER.format(index), convert(char))
    return text


def inline_markup(text: str) -> str:
    """One item's Markdown as reportlab paragraph markup (<b>, <i>, the rest escaped)."""
    text, kept = _split_escapes(text)
    text = escape(text)
    text = _BOLD.sub(r"<b>\2</b>", text)
    text = _ITALIC.sub(r"<i>\2</i>", text)
    return _restore(text, kept, escape)


def inline_plain(text: str) -> str:
    text, kept = _split_escapes(text)
    text = _BOLD.sub(r"\2", text)
    text = _ITALIC.sub(r"\2", text)
    return _restore(text, kept)


def plain_text(markdown: str) -> str:
    """The text as a reader sees it: one line per paragraph or list item."""
    lines = []
    for block in blocks(markdown):
        for number, item in enumerate(block.items, start=1):
            prefix = {"ul": "• ", "ol": f"{number}. "}.get(block.kind, "")
            lines.append(prefix + inline_plain(item))
    return "\n".join(lines)
