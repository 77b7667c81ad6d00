from datetime import date, datetime, time, timedelta

import pytest

from brastod.core.importing.values import (
    parse_count, parse_time, parse_when, parse_yes_no,
)


@pytest.mark.parametrize("value, expected", [
    (date(2024, 3, 5), (date(2024, 3, 5), None)),
    (datetime(2024, 3, 5, 21, 30), (date(2024, 3, 5), time(21, 30))),
    (datetime(2024, 3, 5), (date(2024, 3, 5), None)),
    ("2024-03-05", (date(2024, 3, 5), None)),
    ("2024-3-5", (date(2024, 3, 5), None)),
    ("2024-03-05 kl 21.30", (date(2024, 3, 5), time(21, 30))),
    ("2024-03-05 21:30:15", (date(2024, 3, 5), time(21, 30))),
    ("2024-03-05T21:30", (date(2024, 3, 5), time(21, 30))),
    ("20240305", (date(2024, 3, 5), None)),
    ("5/3 2024", (date(2024, 3, 5), None)),
    ("5/3-24", (date(2024, 3, 5), None)),
    ("05.03.2024", (date(2024, 3, 5), None)),
    ("5 mars 2024", (date(2024, 3, 5), None)),
    ("5 Mars 2024 kl. 21.30", (date(2024, 3, 5), time(21, 30))),
    ("tisdag 5 mar 2024", (date(2024, 3, 5), None)),
    ("29 februari 2024", (date(2024, 2, 29), None)),
    (45356, (date(2024, 3, 5), None)),                 # a date typed as an Excel serial
    (45356.75, (date(2024, 3, 5), time(18, 0))),
    ("", None), ("  ", None), (None, None),
])
def test_dates(value, expected):
    assert parse_when(value) == expected


def test_date_without_year_takes_the_given_year():
    assert parse_when("5/3", default_year=2025) == (date(2025, 3, 5), None)
    with pytest.raises(ValueError, match="saknar år"):
        parse_when("5/3")


@pytest.mark.parametrize("value, reason", [
    ("2024-02-30", "omöjligt datum"), ("31/4 2024", "omöjligt datum"),
    ("5 smarch 2024", "inget datum"), ("igår", "inget datum"), (12.5, "inget rimligt"),
    ("2024-03-05 kl 25.10", "ingen möjlig tid"), (True, "inget datum"),
])
def test_unusable_dates_say_why(value, reason):
    with pytest.raises(ValueError, match=reason):
        parse_when(value)


@pytest.mark.parametrize("value, expected", [
    (time(21, 30, 12), time(21, 30)), (datetime(2024, 3, 5, 7, 5), time(7, 5)),
    (timedelta(hours=21, minutes=30), time(21, 30)), (0.5, time(12, 0)), (0.9375, time(22, 30)),
    ("21:30", time(21, 30)), ("21.30", time(21, 30)), ("kl 21", time(21, 0)),
    ("21-23", time(21, 0)), ("21.30–23.00", time(21, 30)), (21, time(21, 0)),
    ("24:00", time(0, 0)), ("", None), (None, None),
])
def test_times(value, expected):
    assert parse_time(value) == expected


@pytest.mark.parametrize("value", ["25:00", "21:75", "kväll", timedelta(days=2), 30])
def test_unusable_times(value):
    with pytest.raises(ValueError):
        parse_time(value)


def test_counts_and_yes_no():
    assert [parse_count(v) for v in (None, "", 3, 3.0, "2 st", "4")] == [1, 1, 3, 3, 2, 4]
    # Thousands grouped the Swedish way, with a space or a no-break space.
    assert [parse_count(v) for v in ("1 000", "2\u00a0500", "12 345 st")] == [1000, 2500, 12345]
    for bad in (0, -1, 2.5, "många", True, "1 00", "1  000"):
        with pytest.raises(ValueError):
            parse_count(bad)
    assert [parse_yes_no(v) for v in ("Ja", "x", "nej", "", 1, None)] == [
        True, True, False, None, True, None]
    with pytest.raises(ValueError, match="varken ja eller nej"):
        parse_yes_no("kanske")
