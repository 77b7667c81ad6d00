"""Turning a table into a preview: each row's parsed values, its status (ok, warning, rejected)
and, for problems, the sheet, row and column and what is wrong. Pure: no database.

The preview is kept by column (each field a list, one value per row) with the problems beside
it by row position: the common row, with nothing to say, never becomes an object of its own.
The import saves from these columns, and the dialog shows them; a PreviewRow is made only for
a row someone asks for."""
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, repeat
from operator import is_, itemgetter
from datetime import date, time, timedelta
from typing import Any

from brastod.core.importing import screening
from brastod.core.importing.table import Table, column_letter
from brastod.core.importing.values import (
    Unusable, is_empty, parse_count, parse_time, parse_when, parse_yes_no,
)

OK, WARNING, REJECTED = "ok", "warning", "rejected"
FREE_TEXT = ("description", "place", "assessment")
# Every text of a row that is stored: category and area names end up in the registers.
SCREENED = ("category", "area") + FREE_TEXT
# The preview's columns, as PreviewRow names them.
FIELDS = ("occurred_on", "occurred_time", "ends_time", "category", "area", "place",
          "description", "count", "police_reported", "assessment")


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


@dataclass(eq=False)
class Preview:
    """Every data row of a table, by column: ``values[name][position]`` for each of FIELDS,
    ``numbers[position]`` the row's number in the sheet; the problems by position."""
    file_name: str
    table: Table
    numbers: list[int]
    values: dict[str, list]
    findings: dict[int, list[screening.Finding]]
    warnings: dict[int, list[Problem]]
    rejections: dict[int, Problem]
    _made: dict[int, PreviewRow] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.numbers)

    @property
    def rows(self) -> "PreviewRows":
        return PreviewRows(self, range(len(self)))

    def row(self, position: int) -> PreviewRow:
        """The row at ``position`` as one object (made once, then the same object)."""
        made = self._made.get(position)
        if made is None:
            values = self.values
            made = self._made[position] = PreviewRow(
                self.table.sheet, self.numbers[position],
                *(values[name][position] for name in FIELDS),
                findings=list(self.findings.get(position, ())),
                warnings=list(self.warnings.get(position, ())),
                rejection=self.rejections.get(position))
        return made

    def status(self, position: int) -> str:
        if position in self.rejections:
            return REJECTED
        return WARNING if position in self.warnings or position in self.findings else OK

    @cached_property
    def accepted_positions(self) -> Sequence[int]:
        if not self.rejections:
            return range(len(self))
        return [p for p in range(len(self)) if p not in self.rejections]

    def accepted(self, name: str) -> list:
        """The values of field ``name`` (or "row", the row numbers) of the accepted rows."""
        values = self.numbers if name == "row" else self.values[name]
        if not self.rejections:
            return values
        return list(map(values.__getitem__, self.accepted_positions))

    @cached_property
    def problem_positions(self) -> list[int]:
        """The rows with a warning or rejected, in order."""
        return sorted(set(self.warnings) | set(self.findings) | set(self.rejections))

    @cached_property
    def rejected_positions(self) -> list[int]:
        return sorted(self.rejections)

    @cached_property
    def warned(self) -> int:
        """The number of rows with a warning (and not rejected)."""
        return len(self.problem_positions) - len(self.rejections)


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


def _distinct(values: list[Any], judge) -> dict:
    """``judge(value)`` for each distinct value of a column: partner files repeat their dates,
    times, counts, categories and texts on thousands of rows."""
    return {value: judge(value) for value in set(values)}


def _part(values: list[Any], verdicts: dict, index: int) -> list:
    """Part ``index`` of each value's verdict, in the rows' order."""
    part = {value: verdict[index] for value, verdict in verdicts.items()}
    return list(map(part.__getitem__, values))


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


_NOTHING = ((), None)       # the verdict on a text without personal data


def _judge_text(letter: str | None):
    """A screened text → (findings, the one remark for its column, or None)."""
    def judge(text: str | None) -> tuple:
        found = screening.find(text)
        if not found:
            return _NOTHING
        # One remark per column: "… ett telefonnummer och ett personnummer."
        kinds = list(dict.fromkeys(
            f"{'en' if finding.kind == screening.EMAIL else 'ett'} {finding.kind}"
            for finding in found))
        listed = kinds[0] if len(kinds) == 1 else f"{', '.join(kinds[:-1])} och {kinds[-1]}"
        return found, Problem(letter, f"Innehåller troligen {listed}.")
    return judge


_ONLY_A_DATE = Problem(None, "Raden har bara ett datum – inget om vad som hände eller var.")


def _has_problem(verdict: tuple) -> bool:
    """A verdict of _judge or _judge_date: a rejection or a warning."""
    return verdict[-1] is not None or verdict[-2] is not None


def build_preview(file_name: str, table: Table, today: date) -> Preview:
    """Every data row of ``table`` parsed and judged; ``today`` decides what is in the future
    and which year a date without one belongs to. Each distinct value of a column is parsed
    and screened once; the columns are put together from those verdicts, and only the rows
    with something to say are looked at one by one."""
    letter = {name: column_letter(index) for name, index in table.columns.items()}
    every_row = [cells for _, cells in table.rows]
    size = len(every_row)

    def column(name: str) -> list[Any]:
        index = table.columns.get(name)
        if index is None:
            return [None] * size
        try:
            return list(map(itemgetter(index), every_row))
        except IndexError:      # a mapping beyond a short row's last cell
            return [cells[index] if index < len(cells) else None for cells in every_row]

    texts = {}
    for name in SCREENED:
        written = column(name)
        texts[name] = list(map(_distinct(written, cell_text).__getitem__, written))
    screened = {name: _distinct(texts[name], _judge_text(letter.get(name))) for name in SCREENED}
    dates = column("date")
    when = _distinct(dates, _judge_date(letter.get("date"), today))
    starts, ends = column("time"), column("end_time")
    start = _distinct(starts, _judge(letter.get("time"), parse_time, "{}; tiden utelämnas."))
    end = _distinct(ends, _judge(letter.get("end_time"), parse_time, "{}; tiden utelämnas."))
    counts = column("count")
    count = _distinct(counts, _judge(letter.get("count"), parse_count, "{}; räknas som 1.",
                                     unusable=True))
    reports = column("police_reported")
    reported = _distinct(reports, _judge(letter.get("police_reported"), parse_yes_no))

    # The common row: the parsed values as they are.
    clocks, start_times = _part(dates, when, 1), _part(starts, start, 0)
    values = {"occurred_on": _part(dates, when, 0),
              "occurred_time": [clock if value is None else value
                                for value, clock in zip(start_times, clocks)],
              "ends_time": _part(ends, end, 0), **texts,
              "count": _part(counts, count, 0), "police_reported": _part(reports, reported, 0)}
    # The rows with something to say.
    only_a_date = set(compress(range(size), map(is_, texts["category"], repeat(None))))
    for name in ("description", "place", "area"):
        only_a_date = {p for p in only_a_date if texts[name][p] is None}
    special = (_where(dates, when, _has_problem) | only_a_date
               | _where(starts, start, _has_problem) | _where(ends, end, _has_problem)
               | _where(counts, count, _has_problem) | _where(reports, reported, _has_problem))
    for name in SCREENED:
        special |= _where(texts[name], screened[name], lambda verdict: verdict is not _NOTHING)

    findings, warnings, rejections = {}, {}, {}
    for position in sorted(special):
        day, clock, rejection, old = when[dates[position]]
        if rejection is None and position in only_a_date:
            rejection = _ONLY_A_DATE
        if rejection is not None:
            rejections[position] = rejection
            values["occurred_time"][position], values["ends_time"][position] = clock, None
            values["count"][position], values["police_reported"][position] = 1, None
            continue
        _, _, problem = start[starts[position]]
        _, _, end_problem = end[ends[position]]
        number_of, rejection, count_problem = count[counts[position]]
        reported_value, _, reported_problem = reported[reports[position]]
        remarks = [p for p in (old, problem, end_problem) if p is not None]
        values["count"][position] = 1
        if rejection is not None:
            rejections[position] = rejection
            values["police_reported"][position] = None
        else:
            if count_problem is not None:
                remarks.append(count_problem)
            else:
                values["count"][position] = number_of
            if reported_problem is not None:
                remarks.append(reported_problem)
            found = []
            for name in SCREENED:
                hits, remark = screened[name][texts[name][position]]
                if remark is not None:
                    found.extend(hits)
                    remarks.append(remark)
            if found:
                findings[position] = found
        if remarks:
            warnings[position] = remarks
    return Preview(file_name, table, list(map(itemgetter(0), table.rows)), values, findings,
                   warnings, rejections)
