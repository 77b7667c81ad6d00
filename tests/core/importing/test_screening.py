import pytest

from brastod.core.importing.screening import EMAIL, PERSONNUMMER, PHONE, find, mask


@pytest.mark.parametrize("text, kind", [
    ("Anmälare 850709-9805 ringde", PERSONNUMMER),
    ("pnr 19850709-9805", PERSONNUMMER),
    ("pnr 198507099805", PERSONNUMMER),
    ("född 8507099805", PERSONNUMMER),          # ten digits with a valid check digit
    ("äldre än 100: 150709+9808", PERSONNUMMER),
    ("samordningsnummer 850769-9801", PERSONNUMMER),
    ("ring 070-123 45 67", PHONE), ("ring 0701234567", PHONE), ("+46 70 123 45 67", PHONE),
    ("tel 0223-450 10", PHONE), ("mejla anna.berg@exempel.se", EMAIL),
])
def test_personal_data_is_found(text, kind):
    assert [f.kind for f in find(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Klotter 2024-03-05 kl 21.30 vid Stationen", "Ärende 2024/1234", "Antal: 12",
    "Fastighet 1234-5678", "Skadegörelse för ca 15000 kr", "", None,
    "pnr 851309-9805",                            # month 13: not a date, not a personnummer
])
def test_ordinary_text_is_left_alone(text):
    assert find(text) == []


def test_mask_replaces_everything_and_keeps_the_rest():
    masked, findings = mask("Vittne 850709-9805, tel 070-123 45 67, a.b@c.se. Klotter.")
    assert masked == ("Vittne [personnummer borttaget], tel [telefonnummer borttaget], "
                      "[e-postadress borttagen]. Klotter.")
    assert [f.kind for f in findings] == [PERSONNUMMER, PHONE, EMAIL]
    assert mask("Inget att se här") == ("Inget att se här", [])
