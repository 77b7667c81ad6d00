"""Turning a table into a preview: each row's parsed values, its status (ok, warning, rejected)
and, for problems, the sheet, row and column and what is wrong. Pure: no database.

The preview is kept by column: the table's cells and each distinct value's verdict, with the
rows that are rejected, warned or hold personal data worked out from those verdicts. The import
saves from the columns; a PreviewRow is made only for a row someone asks for (the dialog's
painted rows, a rejected row's message)."""
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, filterfalse
from datetime import date, time, timedelta
from typing import Any

from brastod.core.importing import screening
from brastod.core.importing.table import HEADINGS, Table, column_letter
from brastod.core.importing.values import (
    Unusable, is_empty, parse_count, parse_time, parse_when, parse_yes_no,
)

OK, WARNING, REJECTED = "ok", "warning", "rejected"
FREE_TEXT = ("description", "place", "assessment")
# Every text of a row that is stored: category and area names end up in the registers.
SCREENED = ("category", "area") + FREE_TEXT
# PreviewRow's parsed values → the column they are read from.
_SOURCE = {"occurred_on": "date", "ends_time": "end_time", "count": "count",
           "police_reported": "police_reported"}


@dataclass
class Problem:
    column: str | None        # the column letter, None for the row as a whole
    message: str


@dataclass(slots=True)
class PreviewRow:
    sheet: str
    row: int
    occurred_on: date | None = None
    occurred_time: time | None = None
    ends_time: time | None = None
    category: str | None = None
    area: str | None = None
    place: str | None = None
    description: str | None = None
    count: int = 1
    police_reported: bool | None = None
    assessment: str | None = None
    findings: list[screening.Finding] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    rejection: Problem | None = None

    @property
    def status(self) -> str:
        if self.rejection is not None:
            return REJECTED
        return WARNING if self.warnings or self.findings else OK


@dataclass(frozen=True)
class _Judged:
    """A table's cells by field, and the verdict on each distinct cell of each field (see
    build_preview: for a screened text, the text itself is part of it)."""
    written: dict[str, tuple]
    verdicts: dict[str, dict]

    def __call__(self, name: str, position: int) -> tuple:
        return self.verdicts[name][self.written[name][position]]


@dataclass(eq=False)
class Preview:
    """Every data row of a table: what the dialog says first (the counts, and which rows are
    rejected, have a warning or personal data) worked out for all rows; each row itself, as a
    PreviewRow, only when it is asked for; the accepted rows' values by column for saving."""
    file_name: str
    table: Table
    numbers: list[int]               # each row's number in the sheet
    judged: _Judged = field(repr=False)
    rejected: set[int]               # the positions of the rejected rows
    problems: set[int]               # … of the rows rejected or with a warning
    personal: set[int]               # … of the accepted rows with personal data
    _made: dict[int, PreviewRow] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.numbers)

    @property
    def rows(self) -> "PreviewRows":
        return PreviewRows(self, range(len(self)))

    def row(self, position: int) -> PreviewRow:
        """The row at ``position`` (made once, then the same object)."""
        made = self._made.get(position)
        if made is None:
            made = self._made[position] = _row(self.table.sheet, self.numbers[position],
                                               self.judged, position)
        return made

    def status(self, position: int) -> str:
        if position in self.rejected:
            return REJECTED
        return WARNING if position in self.problems else OK

    @cached_property
    def accepted_positions(self) -> Sequence[int]:
        everyone = range(len(self))
        return list(filterfalse(self.rejected.__contains__, everyone)) if self.rejected \
            else everyone

    def accepted(self, name: str) -> Sequence:
        """Field ``name`` of each accepted row as its PreviewRow has it (or "row": its
        number), worked out by column."""
        if name == "row":
            return self._of_accepted(self.numbers)
        if name in SCREENED:
            return self._parsed(name, 0)
        if name == "occurred_time":     # the time column's, else the date cell's own
            starts = self._parsed("time", 0)
            if all(verdict[1] is None for verdict in self.judged.verdicts["date"].values()):
                return starts           # no date cell has a time of its own
            return [clock if start is None else start
                    for start, clock in zip(starts, self._parsed("date", 1))]
        if name == "count":             # a count with a warning counts as one
            return self._parsed("count", 0, 1)
        return self._parsed(_SOURCE[name], 0)

    def _of_accepted(self, values: Sequence) -> Sequence:
        return list(map(values.__getitem__, self.accepted_positions)) if self.rejected \
            else values

    def _parsed(self, name: str, index: int, instead_of_none: Any = None) -> Sequence:
        """Part ``index`` of the verdict on each accepted row's cell of column ``name`` (where
        that part is None: ``instead_of_none``)."""
        part = {value: instead_of_none if verdict[index] is None else verdict[index]
                for value, verdict in self.judged.verdicts[name].items()}
        cells = self._of_accepted(self.judged.written[name])
        if all(type(value) is type(parsed) and value == parsed for value, parsed in part.items()):
            return cells        # the cells are their values already (texts written tidily)
        return list(map(part.__getitem__, cells))

    def counted(self, name: str) -> Counter:
        """How many accepted rows have each text of field ``name`` (category or area), the
        empty left out."""
        index = self.table.columns.get(name)
        counts = self.table.distinct.get(index) if index is not None else None
        if not isinstance(counts, Counter):
            found = Counter(self.accepted(name))
        else:
            verdicts, found = self.judged.verdicts[name], Counter()
            for value, rows in counts.items():
                found[verdicts[value][0]] += rows
            cells = self.table.column(index)
            found.subtract(verdicts[cells[position]][0] for position in self.rejected_positions)
            found = +found              # without the texts only rejected rows have
        found.pop(None, None)
        return found

    @cached_property
    def problem_positions(self) -> list[int]:
        """The rows rejected or with a warning, in order."""
        return sorted(self.problems)

    @cached_property
    def rejected_positions(self) -> list[int]:
        return sorted(self.rejected)

    @property
    def warned(self) -> int:
        """The number of rows with a warning (and not rejected)."""
        return len(self.problems) - len(self.rejected)


class PreviewRows(Sequence):
    """Some rows of a preview (``positions``), each a PreviewRow when it is looked at."""

    def __init__(self, preview: Preview, positions: Sequence[int]):
        self.preview, self.positions = preview, positions

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self.preview.row(position) for position in self.positions[index]]
        return self.preview.row(self.positions[index])


def cell_text(value: Any) -> str | None:
    """A cell as one line of text (whole numbers without .0), None when empty."""
    if is_empty(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _distinct(table: Table, name: str, judge) -> dict:
    """``judge(value)`` for each distinct value of field ``name``'s column: partner files
    repeat their dates, times, counts, categories and texts on thousands of rows."""
    index = table.columns[name]
    found = table.distinct.get(index)
    return {value: judge(value) for value in (set(table.column(index)) if found is None
                                              else found)}


def _where(values: list[Any], verdicts: dict, bad) -> set[int]:
    """The positions of the values whose verdict is ``bad``."""
    flagged = {value for value, verdict in verdicts.items() if bad(verdict)}
    if not flagged:
        return set()
    return set(compress(range(len(values)), map(flagged.__contains__, values)))


def _reason(error: ValueError) -> str:
    return str(error).capitalize()


def _judge_date(letter: str | None, today: date):
    """A date cell → (date, time, rejection, warning)."""
    future, old = today + timedelta(days=1), today - timedelta(days=3650)

    def judge(value: Any) -> tuple:
        try:
            when = parse_when(value, default_year=today.year)
        except ValueError as error:
            return None, None, Problem(letter, f"{_reason(error)}."), None
        if when is None:
            return None, None, Problem(letter, "Datum saknas."), None
        day, clock = when
        if day > future:
            return day, clock, Problem(letter, f"Datumet {day} ligger i framtiden."), None
        if day < old:
            return day, clock, None, Problem(letter, f"Datumet {day} är mer än tio år gammalt.")
        return day, clock, None, None
    return judge


def _judge(letter: str | None, parse, warning: str = "{}.", unusable: bool = False):
    """A cell → (value, rejection, warning): the value is None after a problem."""
    def judge(value: Any) -> tuple:
        try:
            return parse(value), None, None
        except ValueError as error:
            if unusable and isinstance(error, Unusable):
                return None, Problem(letter, f"{_reason(error)}."), None
            return None, None, Problem(letter, warning.format(_reason(error)))
    return judge


def _judge_text(letter: str | None):
    """A cell of a screened column → (its text, the personal data found in it, the one remark
    for its column or None)."""
    def judge(value: Any) -> tuple:
        text = cell_text(value)
        found = screening.find(text)
        if not found:
            return text, (), None
        # One remark per column: "… ett telefonnummer och ett personnummer."
        kinds = list(dict.fromkeys(
            f"{'en' if finding.kind == screening.EMAIL else 'ett'} {finding.kind}"
            for finding in found))
        listed = kinds[0] if len(kinds) == 1 else f"{', '.join(kinds[:-1])} och {kinds[-1]}"
        return text, found, Problem(letter, f"Innehåller troligen {listed}.")
    return judge


_ONLY_A_DATE = Problem(None, "Raden har bara ett datum – inget om vad som hände eller var.")


def _has_problem(verdict: tuple) -> bool:
    """A verdict of _judge or _judge_date: a rejection or a warning."""
    return verdict[-1] is not None or verdict[-2] is not None


def build_preview(file_name: str, table: Table, today: date) -> Preview:
    """Every data row of ``table`` judged; ``today`` decides what is in the future and which
    year a date without one belongs to. Each distinct value of a column is parsed and screened
    once; which rows are rejected or have a warning follows from those verdicts, without a
    look at each row."""
    letter = {name: column_letter(index) for name, index in table.columns.items()}
    written = _columns(table)
    judges = {"date": _judge_date(letter.get("date"), today),
              "time": _judge(letter.get("time"), parse_time, "{}; tiden utelämnas."),
              "end_time": _judge(letter.get("end_time"), parse_time, "{}; tiden utelämnas."),
              "count": _judge(letter.get("count"), parse_count, "{}; räknas som 1.",
                              unusable=True),
              "police_reported": _judge(letter.get("police_reported"), parse_yes_no)}
    judges.update((name, _judge_text(letter.get(name))) for name in SCREENED)
    verdicts = {name: _distinct(table, name, judge) if name in table.columns
                else {None: judge(None)} for name, judge in judges.items()}

    def where(name: str, bad) -> set[int]:
        return _where(written[name], verdicts[name], bad)

    def empty(verdict: tuple) -> bool:
        return verdict[0] is None

    only_a_date = where("category", empty)
    for name in ("description", "place", "area"):
        if only_a_date:
            only_a_date &= where(name, empty)
    rejected = (where("date", lambda verdict: verdict[2] is not None) | only_a_date
                | where("count", lambda verdict: verdict[1] is not None))
    personal = set().union(*(where(name, lambda verdict: verdict[2] is not None)
                             for name in SCREENED))
    problems = set().union(rejected, personal, *(
        where(name, _has_problem) for name in ("date", "time", "end_time", "count",
                                               "police_reported")))
    return Preview(file_name, table, table.numbers, _Judged(written, verdicts), rejected,
                   problems, personal - rejected)


def _columns(table: Table) -> dict[str, tuple]:
    """Field → the cells of its column, in the rows' order (None where the field has no
    column)."""
    return {name: table.column(table.columns[name]) if name in table.columns
            else (None,) * len(table.numbers) for name in HEADINGS}


def _row(sheet: str, number: int, judged: _Judged, position: int) -> PreviewRow:
    """One row of the preview, from its cells' verdicts."""
    day, clock, rejection, old = judged("date", position)
    text = {name: judged(name, position)[0] for name in SCREENED}
    row = PreviewRow(sheet, number, day, clock, None, text["category"], text["area"],
                     text["place"], text["description"], 1, None, text["assessment"])
    if rejection is None and not (text["category"] or text["description"] or text["place"]
                                  or text["area"]):
        rejection = _ONLY_A_DATE
    if rejection is not None:
        row.rejection = rejection
        return row
    value, _, problem = judged("time", position)
    if value is not None:
        row.occurred_time = value
    row.ends_time, _, end_problem = judged("end_time", position)
    number_of, rejection, count_problem = judged("count", position)
    reported_value, _, reported_problem = judged("police_reported", position)
    warnings = row.warnings
    warnings.extend(p for p in (old, problem, end_problem) if p is not None)
    if rejection is not None:
        row.rejection = rejection
        return row
    if count_problem is not None:
        warnings.append(count_problem)
    else:
        row.count = number_of
    row.police_reported = reported_value
    if reported_problem is not None:
        warnings.append(reported_problem)
    for name in SCREENED:
        _, hits, remark = judged(name, position)
        if remark is not None:
            row.findings.extend(hits)
            warnings.append(remark)
    return row
