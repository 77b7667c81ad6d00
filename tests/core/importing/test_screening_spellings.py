"""Personnummer as people write them (a space or a dot before the last four digits, with the
check digit verified), decimals that are no phone numbers, and cells too long for a naive
search."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from brastod.core.importing.screening import PERSONNUMMER, PHONE, find, mask


@pytest.mark.parametrize("text", [
    "anmälare 800101 1231", "anmälare 800101.1231", "pnr 19800101 1231", "pnr 19800101.1231",
    "800101 1231", "(850709.9805)", "samordningsnummer 850769.9802",
])
def test_a_space_or_a_dot_before_the_last_four_digits(text):
    [finding] = find(text)
    assert finding.kind == PERSONNUMMER and finding.text[-4:] == text.rstrip(")")[-4:]


@pytest.mark.parametrize("text", [
    "800101 1232", "800101.1230", "19800101 1234",      # wrong check digit
    "801301 1231",                                       # month 13
    "Summa 123456.7890 kr",                              # an amount, not a valid date and digit
])
def test_a_wrong_check_digit_is_not_a_personnummer(text):
    assert [f for f in find(text) if f.kind == PERSONNUMMER] == []


@pytest.mark.parametrize("text", [
    "12,5", "3.1415926", "1234,56789", "0,123456789", "0.07012345678", "1234,0123456",
    "Kostnad 1 234,0701234567 kr", "pi = 3,14159265358979", "-0,0701234567", "x 3.8001011231",
])
def test_decimals_are_no_phone_numbers(text):
    assert find(text) == []


@given(whole=st.integers(0, 10**12), fraction=st.text("0123456789", min_size=1, max_size=14),
       comma=st.sampled_from(",."))
def test_no_decimal_number_is_taken_for_a_phone_number(whole, fraction, comma):
    assert [f for f in find(f"Värde {whole}{comma}{fraction} st") if f.kind == PHONE] == []


def test_phone_numbers_still_found_beside_decimals():
    masked, findings = mask("Ränta 2,5 %, ring 070-123 45 67 eller 0701234567.")
    assert [f.kind for f in findings] == [PHONE, PHONE]
    assert masked == ("Ränta 2,5 %, ring [telefonnummer borttaget] eller "
                      "[telefonnummer borttaget].")


@pytest.mark.parametrize("unit", ["x", "1", "a.b@", "a@b.", "0 ", "070 123 45 67 800101-1231 "])
def test_a_long_cell_is_screened_whole(unit):
    # Each of these took minutes at 100 000 repeats (every start position tried, or every
    # finding compared with every other); now the work grows with the length.
    text = unit * 100_000
    findings = find(text)
    expected = {"a.b@": 50_000, "a@b.": 50_000, "0 ": 10_000,
                "070 123 45 67 800101-1231 ": 200_000}
    assert len(findings) == expected.get(unit, 0)
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:]))


@pytest.mark.parametrize("text, kind", [
    ("anmälare 800101–1231", PERSONNUMMER),          # Word's and Excel's en dash
    ("anmälare 800101 - 1231", PERSONNUMMER),
    ("ring 46701234567", PHONE), ("ring 46 70 123 45 67", PHONE),  # "+46" without its plus
    ("ring 070.123.45.67", PHONE),
])
def test_spellings_from_office_programs_and_phones(text, kind):
    assert [f.kind for f in find(text)] == [kind]


@pytest.mark.parametrize("text", ["pris 0.12345678 kr", "kl 12.30-13.45", "år 2024–2025",
                                  "4612345 kronor"])
def test_those_spellings_leave_other_numbers_alone(text):
    assert find(text) == []
