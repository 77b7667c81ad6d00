"""`brastod partner add` and `brastod list partners`: a new database can be given its partners
from the command line, so that `import --partner NAME` works on it."""
import csv
import json

from brastod.cli import main


def _new_database(tmp_path, capsys):
    path = tmp_path / "ny.sqlite3"
    assert main(["--db", str(path), "init", "--municipality", "Fagersta"]) == 0
    capsys.readouterr()
    return path


def _exit_code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as done:     # argparse's way with a mistyped command line
        return done.code


def _partners(path, capsys) -> list[dict]:
    assert main(["--db", str(path), "list", "partners", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_partner_with_contacts_is_added_and_receives_an_import(tmp_path, capsys):
    path = _new_database(tmp_path, capsys)
    assert main(["--db", str(path), "partner", "add", "Fagerstabostäder", "--kind",
                 "Bostadsbolag", "--contact", "Anna Berg <anna.berg@fagerstabostader.se>",
                 "--contact", "Nils Ek"]) == 0
    assert capsys.readouterr().out == ("Partnern Fagerstabostäder (bostadsbolag) är tillagd med "
                                       "2 kontaktpersoner.\n")
    report = tmp_path / "rapport.csv"
    with report.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(["Datum", "Tid", "Område", "Händelsetyp", "Antal"])
        writer.writerow(["2026-11-20", "22:15", "Centrum", "Skadegörelse", "1"])
    assert main(["--db", str(path), "import", str(report), "--partner", "fagerstabostäder"]) == 0
    capsys.readouterr()
    [partner] = _partners(path, capsys)
    assert partner["name"] == "Fagerstabostäder" and partner["kind"] == "housing"
    assert partner["incidents"] == 1 and partner["last_import"] is not None
    assert [(c["name"], c["email"]) for c in partner["contacts"]] == [
        ("Anna Berg", "anna.berg@fagerstabostader.se"), ("Nils Ek", None)]
    assert main(["--db", str(path), "list", "partners"]) == 0
    text = capsys.readouterr().out
    assert "Fagerstabostäder  (bostadsbolag)  1 händelser, senaste import: 20" in text
    assert "    Anna Berg <anna.berg@fagerstabostader.se>\n    Nils Ek\n" in text


def test_the_kind_is_taken_by_its_code_too_and_defaults_to_other(tmp_path, capsys):
    path = _new_database(tmp_path, capsys)
    assert main(["--db", str(path), "partner", "add", "Polisen", "--kind", "police"]) == 0
    assert main(["--db", str(path), "partner", "add", "Kvinnojouren"]) == 0
    capsys.readouterr()
    assert {p["name"]: p["kind"] for p in _partners(path, capsys)} == {
        "Polisen": "police", "Kvinnojouren": "other"}


def test_refusals_are_one_swedish_line_and_add_nothing(tmp_path, capsys):
    path = _new_database(tmp_path, capsys)
    cases = [
        (["Fagerstabostäder", "--kind", "hyresvärd"], 2, "okänd partnertyp ”hyresvärd”"),
        (["Fagerstabostäder", "--contact", "<anna@exempel.se>"], 2, "saknar namn"),
        (["Fagerstabostäder", "--contact", "Anna <inte-en-adress>"], 1,
         "E-postadressen ”inte-en-adress” ser inte giltig ut"),
        (["  "], 1, "Partnern"),
    ]
    for arguments, code, fragment in cases:
        assert _exit_code(["--db", str(path), "partner", "add", *arguments]) == code
        error = capsys.readouterr().err
        assert error.startswith("brastod: ") and error.count("\n") == 1
        assert fragment in error and "Traceback" not in error
    assert _partners(path, capsys) == []      # the refused contact took its partner with it


def test_a_partner_is_not_added_twice(tmp_path, capsys):
    path = _new_database(tmp_path, capsys)
    assert main(["--db", str(path), "partner", "add", "Polisen"]) == 0
    assert main(["--db", str(path), "partner", "add", " polisen "]) == 1
    assert "finns redan" in capsys.readouterr().err
    assert len(_partners(path, capsys)) == 1
