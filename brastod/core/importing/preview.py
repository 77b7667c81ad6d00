"""Turning a table into previewed rows: each with its parsed values, its status (ok, warning,
rejected) and, for problems, the sheet, row and column and what is wrong. Pure: no database."""
from dataclasses import dataclass, field
from operator import itemgetter
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


@dataclass
class Preview:
    file_name: str
    table: Table
    rows: list[PreviewRow]

    @property
    def accepted(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.rejection is None]


def cell_text(value: Any) -> str | None:
    """A cell as one line of text (whole numbers without .0), None when empty."""
    if is_empty(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _verdicts(values: list[Any], judge) -> list:
    """``judge(value)`` for each cell of a column, worked out once per distinct value: partner
    files repeat their dates, times, counts, categories and texts on thousands of rows."""
    results = {value: judge(value) for value in set(values)}
    return [results[value] for value in values]


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


def build_preview(file_name: str, table: Table, today: date) -> Preview:
    """Every data row of ``table`` parsed and judged; ``today`` decides what is in the future
    and which year a date without one belongs to. Each distinct value of a column is parsed
    and screened once; the rows are then put together from those verdicts."""
    letter = {name: column_letter(index) for name, index in table.columns.items()}

    every_row = [cells for _, cells in table.rows]

    def column(name: str) -> list[Any]:
        index = table.columns.get(name)
        if index is None:
            return [None] * len(every_row)
        try:
            return list(map(itemgetter(index), every_row))
        except IndexError:      # a mapping beyond a short row's last cell
            return [cells[index] if index < len(cells) else None for cells in every_row]

    texts = {name: _verdicts(column(name), cell_text) for name in SCREENED}
    screened = [_verdicts(texts[name], _judge_text(letter.get(name))) for name in SCREENED]
    whens = _verdicts(column("date"), _judge_date(letter.get("date"), today))
    times = [_verdicts(column(name), _judge(letter.get(name), parse_time,
                                            "{}; tiden utelämnas."))
             for name in ("time", "end_time")]
    counts = _verdicts(column("count"), _judge(letter.get("count"), parse_count,
                                               "{}; räknas som 1.", unusable=True))
    yes_no = _verdicts(column("police_reported"), _judge(letter.get("police_reported"),
                                                         parse_yes_no))
    rows = []
    sheet = table.sheet
    for (number, _), category, area, place, description, assessment, when, start, end, \
            count, reported, *found in zip(
                table.rows, texts["category"], texts["area"], texts["place"],
                texts["description"], texts["assessment"], whens, *times, counts, yes_no,
                *screened):
        day, clock, rejection, old = when
        row = PreviewRow(sheet, number, day, clock, None, category, area, place, description,
                         1, None, assessment)
        rows.append(row)
        if rejection is not None:
            row.rejection = rejection
            continue
        if not (category or description or place or area):
            row.rejection = _ONLY_A_DATE
            continue
        value, _, problem = start
        if value is not None:
            row.occurred_time = value
        row.ends_time, _, end_problem = end
        number_of, rejection, count_problem = count
        reported_value, _, reported_problem = reported
        first, second, third, fourth, fifth = found
        if (old is problem is end_problem is rejection is count_problem is reported_problem
                is None and first is second is third is fourth is fifth is _NOTHING):
            row.count, row.police_reported = number_of, reported_value
            continue            # the common row: nothing to say
        warnings = row.warnings
        warnings.extend(p for p in (old, problem, end_problem) if p is not None)
        if rejection is not None:
            row.rejection = rejection
            continue
        if count_problem is not None:
            warnings.append(count_problem)
        else:
            row.count = number_of
        row.police_reported = reported_value
        if reported_problem is not None:
            warnings.append(reported_problem)
        for hits, remark in found:
            if remark is not None:
                row.findings.extend(hits)
                warnings.append(remark)
    return Preview(file_name, table, rows)
