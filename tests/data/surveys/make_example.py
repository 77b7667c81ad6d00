"""Writes trygghetsenkat_2026.xlsx: an invented web-survey export (one row per respondent, no
real people) for the example municipality's areas, with the NTU-style question, a free-text
column and the odd spellings a real export has. Run again to regenerate it."""
import random
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

QUESTION = ("Hur trygg eller otrygg skulle du känna dig om du var ute ensam sent en kväll i "
            "ditt bostadsområde?")
HEADINGS = ["Svars-ID", "Inskickat", "Ålder", "Kön", "Område", QUESTION,
            "Har du under de senaste 12 månaderna avstått från någon aktivitet på grund av "
            "oro för brott?", "Vad skulle göra ditt område tryggare?"]
# Area as respondents write it → (respondents, chance of feeling unsafe).
AREAS = {"Centrum": (48, 0.36), "centrum ": (4, 0.36), "Västanfors": (31, 0.25),
         "Hedkärra": (22, 0.2), "Kolarbyn": (26, 0.45), "Högbyn": (15, 0.15),
         "Eskilsbo": (4, 0.25), "Ängelsberg": (12, 0.15), "Landsbygd": (17, 0.18), "": (6, 0.3)}
UNSAFE = ["Ganska otrygg", "Mycket otrygg", "Går inte ut på grund av otrygghet"]
SAFE = ["Mycket trygg", "Ganska trygg"]
OTHER = ["Vet inte", "Går aldrig ut av andra skäl", ""]
IDEAS = ["Bättre belysning i gångtunneln", "Klipp buskarna vid lekplatsen så man ser",
         "Fler vuxna ute på kvällarna, gärna fältare", "Mer polis vid busstorget på helgerna",
         "Laga gatlamporna längs cykelvägen till skolan", "", "", "", ""]


def main() -> None:
    rng = random.Random(2026)
    rows, start = [], datetime(2026, 3, 2, 8, 0)
    for area, (count, chance) in AREAS.items():
        for _ in range(count):
            roll = rng.random()
            answer = (rng.choice(OTHER) if roll < 0.08 else rng.choice(UNSAFE)
                      if roll < 0.08 + chance * 0.92 else rng.choice(SAFE))
            rows.append([area, answer])
    rng.shuffle(rows)
    book = Workbook()
    sheet = book.active
    sheet.title = "Svar"
    sheet.append(HEADINGS)
    for number, (area, answer) in enumerate(rows, start=1):
        sheet.append([f"R{number:04d}", start + timedelta(minutes=rng.randrange(60 * 24 * 20)),
                      rng.choice(["16–29", "30–49", "50–64", "65–79", "80+"]),
                      rng.choice(["Kvinna", "Man", "Annat/vill ej svara"]), area,
                      answer.upper() if number % 25 == 0 else answer,
                      rng.choice(["Ja", "Nej", "Nej"]), rng.choice(IDEAS)])
    sheet.cell(row=8, column=8).value = "Ring mig gärna på 070-123 45 67 om gångtunneln"
    book.save(Path(__file__).with_name("trygghetsenkat_2026.xlsx"))


if __name__ == "__main__":
    main()
