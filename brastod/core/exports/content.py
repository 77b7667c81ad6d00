"""What a document says, apart from how it is printed: headings, paragraphs of runs, the
coordinator's Markdown, tables, signature lines. ``pdf.flowables`` turns it into a PDF story and
``word.build`` into a Word document, so a kallelse or a månadsrapport is written once and comes
out the same in both. Neither reportlab nor python-docx is imported here."""
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Furniture:
    """What every page shows: whose document it is, what it is, and when it was printed."""

    municipality: str
    title: str
    printed: date
    logo: bytes | None = None
    cover: bool = True          # the first page is a cover, which carries name and logo large


@dataclass(frozen=True)
class Run:
    """A piece of a paragraph; ``color`` is "#rrggbb"."""

    text: str
    bold: bool = False
    muted: bool = False
    color: str | None = None


@dataclass(frozen=True)
class Text:
    """A paragraph of runs (plain strings are ordinary runs); a "\\n" in a run breaks the line."""

    runs: tuple[Run | str, ...]
    small: bool = False

    @property
    def plain(self) -> str:
        return "".join(run if isinstance(run, str) else run.text for run in self.runs)


def on_color(background: str) -> str:
    """Black or white, whichever reads better on ``background`` ("#2e7d32")."""
    red, green, blue = (int(background.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 150 else "#ffffff"


def text(*runs: Run | str, small: bool = False) -> Text:
    return Text(tuple(runs), small)


@dataclass(frozen=True)
class Heading:
    """A heading (level 0 or 1); with ``bookmark`` it is also an entry in the PDF's outline."""

    title: str
    level: int = 0
    bookmark: bool = True


@dataclass(frozen=True)
class Markdown:
    """The coordinator's own text (see core.richtext)."""

    body: str


Cell = str | Text | None


@dataclass(frozen=True)
class Table:
    """Rows of cells under ``header_rows`` header rows; ``widths`` in millimetres; ``numeric``
    columns right-aligned; ``fills`` colour single cells ((row, column) → "#rrggbb", the text
    made readable on it); ``total`` rules off the last row."""

    rows: Sequence[Sequence[Cell]]
    widths: Sequence[float]
    header_rows: int = 1
    numeric: Sequence[int] = ()
    fills: dict[tuple[int, int], str] = field(default_factory=dict)
    total: bool = False


@dataclass(frozen=True)
class Signatures:
    """Lines to sign above each (role, name)."""

    people: Sequence[tuple[str, str | None]]


@dataclass(frozen=True)
class Keep:
    """Blocks kept on one page."""

    blocks: Sequence


@dataclass(frozen=True)
class Space:
    mm: float


@dataclass(frozen=True)
class PageBreak:
    pass


def facts(rows: Sequence[tuple[str, str | None]]) -> Table:
    """A two-column table of names (bold) and values, "–" where there is none."""
    return Table([[text(Run(name, bold=True)), value or "–"] for name, value in rows],
                 [32, 142], header_rows=0)

