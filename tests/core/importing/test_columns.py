"""The preview by column: what it works out for all rows at once (counts, rejected and warned
rows, personal data, the accepted rows' values) is what each row, made on its own, says; the
keys of a whole column are each row's key; the data rows found in one pass are those found
row by row."""
import dataclasses
from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from brastod.core.importing import keys
from brastod.core.importing.preview import OK, REJECTED, WARNING, build_preview
from brastod.core.importing.sheets import Sheet, Workbook
from brastod.core.importing import table
from brastod.core.importing.table import _data_rows, _each_data_row, find_table
from tests.core.importing.test_columns_save import HEADINGS, ROWS, TODAY

FIELDS = ("occurred_on", "occurred_time", "ends_time", "category", "area", "place",
          "description", "count", "police_reported", "assessment", "row")


def _preview(rows, headings=HEADINGS):
    width = len(headings)
    sheet = Sheet("Rapport", [headings] + [row + [None] * (width - len(row)) for row in rows])
    return build_preview("fil.xlsx", find_table(Workbook("fil.xlsx", 1, "0", [sheet])), TODAY)


@pytest.mark.parametrize("rows", [ROWS, ROWS[:2] + ROWS[3:5] + ROWS[9:11], ROWS[3:5]],
                         ids=["every kind", "nothing rejected", "nothing to say"])
def test_what_the_preview_works_out_by_column_is_what_each_row_says(rows):
    preview = _preview(rows)
    made = [preview.row(position) for position in range(len(preview))]
    assert [preview.status(p) for p in range(len(preview))] == [row.status for row in made]
    assert preview.rejected_positions == [p for p, row in enumerate(made)
                                          if row.status == REJECTED]
    assert preview.problem_positions == [p for p, row in enumerate(made) if row.status != OK]
    assert preview.warned == sum(row.status == WARNING for row in made)
    assert preview.personal == {p for p, row in enumerate(made) if row.findings}
    accepted = [row for row in made if row.rejection is None]
    for name in FIELDS:
        assert list(preview.accepted(name)) == [getattr(row, name) for row in accepted], name
    for name in ("category", "area"):       # counted as the columns were made
        assert isinstance(preview.table.distinct[preview.table.columns[name]], Counter)
        assert preview.counted(name) == _texts(accepted, name), name
    assert preview.row(0) is preview.rows[0] is preview.rows[:1][0]     # made once


def _texts(rows, name: str) -> Counter:
    return Counter(getattr(row, name) for row in rows if getattr(row, name) is not None)


def test_a_column_the_user_chose_is_counted_from_its_accepted_rows():
    """The place column read as the area: it was not counted as the table was made."""
    preview = _preview(ROWS)
    table = dataclasses.replace(preview.table, columns={
        **preview.table.columns, "area": preview.table.columns["place"]})
    preview = build_preview("fil.xlsx", table, TODAY)
    accepted = [row for row in preview.rows if row.rejection is None]
    assert preview.counted("area") == _texts(accepted, "area") != {}
    assert preview.counted("area")["Torget"] == 1         # the other Torget row is rejected


def test_the_rows_of_a_preview_are_made_only_when_asked_for():
    preview = _preview(ROWS)
    assert len(preview.rows) == len(ROWS) - 3          # two blank rows, one summary
    assert preview.warned and not preview._made
    assert preview.rows[-1].row == len(ROWS) + 1 and len(preview._made) == 1


def test_a_columns_keys_are_each_rows_key_and_a_repeated_row_is_the_next_incident():
    texts = ["1|2026-03-05|21:30:00|klotter", "1|2026-03-06||glaskross",
             "1|2026-03-05|21:30:00|klotter", "", "1|2026-03-05|21:30:00|klotter"]
    nth = [1, 1, 2, 1, 3]
    expected = [keys.key(keys.digest(text), n) for text, n in zip(texts, nth)]
    assert keys.of_texts(texts) == expected
    assert keys.of_texts(texts[:2]) == expected[:2]
    assert len(set(expected)) == 5 and keys.of_texts([]) == []


# Category, date: a blank row, one of spaces, two summaries, a category that starts like a
# summary but has a date, a row whose first filled cell is not its first.
BODY = [["Klotter", datetime(2026, 3, 5)], [None, None], ["  ", ""], ["Totalt", 12],
        ["Summa mars", "2026-03-05"], [None, "2026-03-06"], [46090.0, "Bråk"],
        ["totalt", None]]


@pytest.mark.parametrize("body", [BODY, BODY[:1], BODY[1:4], []], ids=[
    "every kind", "one data row", "no data rows", "empty"])
def test_the_data_rows_found_in_one_pass_are_those_found_row_by_row(body):
    columns = {"category": 0, "date": 1}
    numbers, rows, summaries = _each_data_row(range(2, 2 + len(body)), body, 2, columns)
    assert _data_rows(body, 2, 2, columns) == (numbers, *_by_column(rows, {0}), summaries)
    if body is BODY:
        assert numbers == [2, 6, 7, 8] and summaries == 2


def _by_column(rows: list[list], counted: set[int]) -> tuple[list[list], dict]:
    """The cells of ``rows`` by column, and each column's distinct cells (counted in the
    ``counted`` columns)."""
    cells = [list(column) for column in zip(*rows)]
    return cells, {index: Counter(column) if index in counted else set(column)
                   for index, column in enumerate(cells)}


def test_a_short_row_is_filled_out_row_by_row():
    body = [[date(2026, 3, 5), "Klotter"], [date(2026, 3, 6)], []]
    rows = [[date(2026, 3, 5), "Klotter"], [date(2026, 3, 6), None]]
    assert _data_rows(body, 2, 2, {"date": 0, "category": 1}) == (
        [2, 3], *_by_column(rows, {1}), 0)


def test_rows_become_columns_in_parts_each_recognised_column_with_its_distinct_cells():
    """More rows than one part, and a summary row in the third part; an unrecognised column
    has no distinct cells of its own."""
    body = [[date(2026, 1, 1) + timedelta(days=n % 40), f"Plats {n % 7}", "Klotter", n]
            for n in range(2 * table._PART + 100)]
    body[2 * table._PART + 50] = ["Totalt", None, None, 99]
    numbers, cells, distinct, summaries = _data_rows(body, 2, 4, {"date": 0, "area": 1,
                                                                  "category": 2})
    kept = body[:2 * table._PART + 50] + body[2 * table._PART + 51:]
    assert numbers == [n for n in range(2, len(body) + 2) if n != 2 * table._PART + 52]
    assert summaries == 1
    expected_cells, expected_distinct = _by_column(kept, {1, 2})
    assert cells == expected_cells
    assert distinct == {index: expected_distinct[index] for index in (0, 1, 2)}
    assert isinstance(distinct[1], Counter) and sum(distinct[1].values()) == len(kept)


def test_a_columns_keys_are_the_signed_first_64_bits_of_each_digest():
    texts = [f"1|2026-03-05|{number}|klotter" for number in range(1000)]
    expected = [keys.key(keys.digest(text)) for text in texts]
    assert keys.of_texts(texts) == expected
    assert min(expected) < 0 < max(expected)
