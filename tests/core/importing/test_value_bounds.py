"""Values at and beyond the bounds, through a whole import: a CSV field of any length, a count
the database cannot hold, dates before 1900, and a CSV whose lines mix encodings."""
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlmodel import delete, select

from brastod.core.errors import ImportFailure
from brastod.core.importing.values import parse_count, parse_when
from brastod.core.models import Incident
from brastod.core.services.importing import import_file
from tests.core.on_file import COMMAND_LINE

TODAY = date(2026, 3, 31)


def _import(db, path):
    return import_file(db, path, partner_name="Fagerstabostäder", today=TODAY)


def _incidents(db):
    with db.session() as session:
        return session.exec(select(Incident).order_by(Incident.id)).all()


def _csv(path, lines, encoding="utf-8"):
    path.write_bytes(b"".join(line.encode(encoding) if isinstance(line, str) else line
                              for line in lines))
    return path


def test_a_csv_field_far_beyond_128_kb_imports_whole(municipality, tmp_path):
    # csv's own limit is 131 072 characters; one run without spaces, as a pasted log would be.
    long = "å" + "x" * 400_000 + "ö"
    path = _csv(tmp_path / "lång.csv", ["Datum;Område;Beskrivning\r\n",
                                        f'2026-03-05;Centrum;"{long}"\r\n',
                                        "2026-03-06;Centrum;kort\r\n"])
    result = _import(municipality, path)
    assert (result.imported, result.rejected) == (2, [])
    assert [i.description for i in _incidents(municipality)] == [long, "kort"]


def test_a_count_too_large_to_store_rejects_its_row_not_the_file(municipality, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Mars"
    sheet.append(["Datum", "Område", "Händelsetyp", "Antal"])
    sheet.append([date(2026, 3, 5), "Centrum", "Klotter", 10**20])      # SQLite: 64 bits
    sheet.append([date(2026, 3, 6), "Centrum", "Klotter", 2])
    sheet.append([date(2026, 3, 7), "Centrum", "Klotter", "100000000000000000000 st"])
    sheet.append([date(2026, 3, 8), "Centrum", "Klotter", 1_000_001])
    path = tmp_path / "antal.xlsx"
    book.save(path)
    result = _import(municipality, path)
    assert result.imported == 1 and [i.count for i in _incidents(municipality)] == [2]
    assert [(r["sheet"], r["row"], r["column"]) for r in result.rejected] == [
        ("Mars", 2, "D"), ("Mars", 4, "D"), ("Mars", 5, "D")]
    assert all("för stort för att sparas" in r["reason"] for r in result.rejected)
    assert parse_count(1_000_000) == 1_000_000


@pytest.mark.parametrize("written", ["0001-01-01", "1899-12-31", "0024-03-05", "5/3 0024",
                                     "5 mars 1066", "18991231"])
def test_a_date_before_1900_is_rejected_never_moved_to_another_century(municipality, tmp_path,
                                                                     written):
    path = _csv(tmp_path / "gammal.csv", ["Datum;Område;Beskrivning\r\n",
                                          f"{written};Centrum;gammal\r\n",
                                          "2026-03-05;Centrum;ny\r\n"])
    result = _import(municipality, path)
    assert [i.occurred_on for i in _incidents(municipality)] == [date(2026, 3, 5)]
    [rejected] = result.rejected
    assert (rejected["sheet"], rejected["row"], rejected["column"]) == ("gammal", 2, "A")
    assert "1900" in rejected["reason"] or "inget datum" in rejected["reason"]


def test_date_cells_before_1900_are_refused_too():
    with pytest.raises(ValueError, match="före år 1900"):
        parse_when(date(1850, 1, 1))
    assert parse_when("1900-01-01") == (date(1900, 1, 1), None)
    assert parse_when("5/3-24") == (date(2024, 3, 5), None)       # a two-digit year is ours


def test_lines_in_utf8_and_windows_1252_are_each_read_in_their_own(municipality, tmp_path):
    path = _csv(tmp_path / "blandad.csv", [
        "Datum;Område;Beskrivning\r\n".encode("cp1252"),
        "2026-03-05;Centrum;Åsa såg ärlig öl\r\n".encode("utf-8"),
        "2026-03-06;Centrum;Åsa såg ärlig öl\r\n".encode("cp1252"),
        "2026-03-07;Centrum;€ – ”citat”\r\n".encode("cp1252"),
        "2026-03-08;Centrum;€ – ”citat”\r\n".encode("utf-8")])
    result = _import(municipality, path)
    assert result.imported == 4
    assert [i.description for i in _incidents(municipality)] == [
        "Åsa såg ärlig öl", "Åsa såg ärlig öl", "€ – ”citat”", "€ – ”citat”"]


def test_lines_in_neither_encoding_are_named_and_nothing_is_stored(municipality, tmp_path):
    # 0x81 and 0x9d are undefined in Windows-1252 and invalid alone in UTF-8.
    path = _csv(tmp_path / "trasig.csv", ["Datum;Område;Beskrivning\r\n",
                                          "2026-03-05;Centrum;Åsa\r\n",
                                          b"2026-03-06;Centrum;\x81\r\n",
                                          "2026-03-07;Centrum;Ärlig\r\n".encode("cp1252"),
                                          b"2026-03-08;Centrum;\x9d\r\n"])
    with pytest.raises(ImportFailure, match=r"trasig\.csv .*\(rad 3, 5\)"):
        _import(municipality, path)
    assert _incidents(municipality) == []


def test_a_file_beyond_the_bound_is_refused_before_it_is_read(municipality, tmp_path):
    from brastod.core.importing.sheets import MAX_UNPACKED_BYTES
    path = tmp_path / "enorm.csv"
    with path.open("wb") as handle:          # sparse: no disk used, nothing to read
        handle.write(b"Datum;Beskrivning\r\n")
        handle.truncate(MAX_UNPACKED_BYTES + 1)
    with pytest.raises(ImportFailure, match=r"enorm\.csv är 400 MB, mer än Brastöd läser"):
        _import(municipality, path)


# No digits (a phone number would be masked) and no comma (another separator).
SWEDISH = st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                       " .!?åäöÅÄÖéÉüÜ")), min_size=1, max_size=40)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.tuples(SWEDISH, st.sampled_from(["utf-8", "cp1252"])), min_size=1,
                      max_size=12))
def test_any_mix_of_encodings_is_stored_as_written(municipality, tmp_path_factory, lines):
    # Swedish letters in Windows-1252 never make a UTF-8 sequence (no continuation bytes), so
    # each line has exactly one reading.
    texts = [text.strip() or "x" for text, _ in lines]
    path = _csv(tmp_path_factory.mktemp("mix") / "mix.csv", [
        "Datum;Område;Beskrivning\r\n",
        *(f"2026-03-05;Centrum;{text}\r\n".encode(encoding)
          for text, (_, encoding) in zip(texts, lines))])
    with municipality.session() as session:
        session.exec(delete(Incident))
    result = import_file(municipality, path, partner_name="Fagerstabostäder", today=TODAY)
    assert result.imported + result.duplicates == len(texts)
    stored = {i.description for i in _incidents(municipality)}
    assert stored == set(" ".join(text.split()) for text in texts)


@COMMAND_LINE
def test_the_command_line_lists_the_row_with_a_count_too_large_and_imports_the_rest(
        municipality, tmp_path, capsys):
    from brastod.cli import main
    path = _csv(tmp_path / "antal.csv", ["Datum;Område;Händelsetyp;Antal\r\n",
                                         "2026-03-05;Centrum;Klotter;100000000000000000000\r\n",
                                         "2026-03-06;Centrum;Klotter;3\r\n"])
    municipality.close()
    assert main(["--db", str(municipality.path), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 importerade" in out and "1 avvisade" in out
    assert "antal" in out and "rad 2" in out and "kolumn D" in out and "för stort" in out
