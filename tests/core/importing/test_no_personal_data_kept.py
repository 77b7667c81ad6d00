"""Personal data planted in every part of a partner file — every column, mapped or not, the
headings, the file name, category and area values, a rejected row — is imported by the command
line in a real process, twice; then no planted item may be anywhere in the raw database file,
its write-ahead log or the backups the imports took, nor in the partner template and the
summary written from the database afterwards."""
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook


def _personnummer(birth: str, serial: str) -> str:
    """``birth`` (YYMMDD) and three digits, with the Luhn check digit."""
    digits = birth + serial
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(digits))
    return digits + str(-total % 10)


PNR = [_personnummer(birth, "123") for birth in ("800101", "850709", "901224", "760315",
                                                  "691130", "550505", "030303")]
FILE_PNR = f"{PNR[0][:6]}-{PNR[0][6:]}"
CATEGORY_PNR = f"{PNR[1][:6]}-{PNR[1][6:]}"
HEADING_PHONE = "070-111 22 33"
AREA_EMAIL = "omrade.chef@exempel.se"
PLACE_PHONE = "0708-22 33 44"
DESCRIPTION_PNR = f"{PNR[2][:6]} {PNR[2][6:]}"              # a space before the last four
ASSESSMENT_PNR = f"19{PNR[3][:6]}.{PNR[3][6:]}"             # century and a dot
REPORTER = "Sven Svensson"                                  # unmapped columns from here
REPORTER_PHONE = "073-555 66 77"
REPORTER_PNR = f"19{PNR[4]}"
REJECTED_PNR = f"{PNR[5][:6]}-{PNR[5][6:]}"                 # in the date column: rejected
UNUSED_PHONE = "0046 70 987 65 43"                          # in the count and yes/no columns
UNMAPPED_HEADING = f"Kontakt {PNR[6][:6]}-{PNR[6][6:]}"

HEADINGS = ["Datum", "Tid", "Område", f"Plats (fråga {HEADING_PHONE})", "Händelsetyp",
            "Beskrivning", "Antal", "Polisanmält", "Bedömning", "Anmälare", "Telefon",
            "Personnummer", UNMAPPED_HEADING]
ROWS = [
    ["2026-03-05", "21:30", AREA_EMAIL, f"Trappan, ring {PLACE_PHONE}",
     f"Hot mot {CATEGORY_PNR}", f"Vittne {DESCRIPTION_PNR} såg det", "2", "Ja",
     f"Enligt {ASSESSMENT_PNR}", REPORTER, REPORTER_PHONE, REPORTER_PNR, "x"],
    ["2026-03-06", REPORTER_PNR, "Centrum", "Garaget", "Klotter", "Taggar", UNUSED_PHONE,
     UNUSED_PHONE, "", REPORTER, REPORTER_PHONE, REPORTER_PNR, REPORTER],
    [REJECTED_PNR, "", "Centrum", REPORTER_PHONE, "Klotter", REPORTER, "", "", "", REPORTER,
     REPORTER_PHONE, REPORTER_PNR, ""],
]
PLANTED = [FILE_PNR, CATEGORY_PNR, HEADING_PHONE, AREA_EMAIL, PLACE_PHONE, DESCRIPTION_PNR,
           ASSESSMENT_PNR, REPORTER, REPORTER_PHONE, REPORTER_PNR, REJECTED_PNR, UNUSED_PHONE,
           UNMAPPED_HEADING, *PNR]


def _brastod(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "brastod", *args], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and not done.stderr, done
    return done


def _found(path: Path) -> list[str]:
    data = path.read_bytes()
    return [item for item in PLANTED if item.encode() in data]


def test_no_planted_item_is_kept_anywhere(tmp_path):
    db = tmp_path / "brastod.sqlite3"
    _brastod("--db", str(db), "init", "--municipality", "Fagersta")
    source = tmp_path / f"rapport {FILE_PNR}.csv"
    source.write_text("\r\n".join(";".join(row) for row in [HEADINGS, *ROWS]) + "\r\n",
                      encoding="utf-8")
    assert all(item.encode() in source.read_bytes()
               for item in PLANTED if item != FILE_PNR and item not in PNR)
    # A connection held open keeps the log after the import process has ended (the last one
    # to close would move it into the database file and delete it).
    holder = sqlite3.connect(db)
    holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
    try:
        first = json.loads(_brastod("--db", str(db), "import", str(source), "--json").stdout)
        again = json.loads(_brastod("--db", str(db), "import", str(source), "--json").stdout)
        wal = db.with_name(db.name + "-wal")
        assert wal.stat().st_size > 0
        # The imports' "före import" copies (the rotation may have kept only the newest).
        backups = sorted((tmp_path / "backups").iterdir())
        assert any("fore-import" in backup.name for backup in backups)
        files = [db, wal, *backups]
        assert {file.name: _found(file) for file in files} == {file.name: [] for file in files}
        stored = holder.execute(
            "SELECT group_concat(description || place_text || reporter_assessment, '|') "
            "FROM incident").fetchone()[0]
        names = holder.execute("SELECT group_concat(name, '|') FROM category").fetchone()[0]
        batch = holder.execute("SELECT file_name, mapping_json FROM import_batch").fetchone()
    finally:
        holder.close()
    assert (first[0]["imported"], len(first[0]["rejected"]), again[0]["duplicates"]) == (2, 1, 2)
    # What was kept is the masked text, so the searches above could have found something.
    assert "Vittne [personnummer borttaget] såg det" in stored
    assert "Hot mot [personnummer borttaget]" in names
    assert batch[0] == "rapport [personnummer borttaget].csv"
    assert "[telefonnummer borttaget]" in batch[1]
    # What is written from the registers afterwards: the template sent to partners, and the
    # summary.
    template = tmp_path / "mall.xlsx"
    _brastod("--db", str(db), "template", str(template))
    cells = [str(cell) for sheet in load_workbook(template) for row in sheet.iter_rows(
        values_only=True) for cell in row if cell is not None]
    assert "Hot mot [personnummer borttaget]" in cells
    assert [item for item in PLANTED if any(item in cell for cell in cells)] == []
    summary = _brastod("--db", str(db), "summary", "--from", "2026-03-01", "--to",
                       "2026-03-31").stdout
    assert "[e-postadress borttagen]" in summary
    assert [item for item in PLANTED if item in summary] == []
