import json
import sqlite3
import subprocess
import sys

import pytest

from brastod import __version__
from brastod.cli import main

STATS_KEYS = {"partners", "areas", "categories", "incidents", "import_batches", "meetings",
              "situation_reports", "action_plans", "actions"}


def test_init_then_stats(tmp_path, capsys):
    path = tmp_path / "ny.sqlite3"
    assert main(["--db", str(path), "init", "--municipality", "Kungsör"]) == 0
    assert "Kungsör" in capsys.readouterr().out
    assert main(["--db", str(path), "stats", "--json"]) == 0
    numbers = json.loads(capsys.readouterr().out)
    assert set(numbers) == STATS_KEYS
    assert numbers["incidents"] == 0 and numbers["categories"] > 20


def test_demo_then_stats(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "stats", "--json"]) == 0
    numbers = json.loads(capsys.readouterr().out)
    assert numbers["partners"] == 10 and numbers["incidents"] > 2000
    assert numbers["situation_reports"] == 3 and numbers["actions"] >= 8


def _one_swedish_line(capsys, code: int, expected: int, fragment: str) -> None:
    captured = capsys.readouterr()
    assert code == expected
    assert captured.err.startswith("brastod: ") and captured.err.count("\n") == 1
    assert fragment in captured.err and "Traceback" not in captured.err


def test_stats_on_missing_database(tmp_path, capsys):
    code = main(["--db", str(tmp_path / "saknas.sqlite3"), "stats", "--json"])
    _one_swedish_line(capsys, code, 1, "finns inte")
    assert not (tmp_path / "saknas.sqlite3").exists()


def test_stats_on_newer_database(tmp_path, capsys):
    path = tmp_path / "ny.sqlite3"
    main(["--db", str(path), "init", "--municipality", "Kungsör"])
    capsys.readouterr()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE schema_version SET version = 99")
    _one_swedish_line(capsys, main(["--db", str(path), "stats"]), 1, "nyare version")


def test_stats_on_unreadable_file(tmp_path, capsys):
    path = tmp_path / "bild.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    _one_swedish_line(capsys, main(["--db", str(path), "stats"]), 1, "ingen Brastöd-databas")


def test_init_refuses_existing_database(tmp_path, capsys):
    path = tmp_path / "ny.sqlite3"
    main(["--db", str(path), "init", "--municipality", "Kungsör"])
    capsys.readouterr()
    code = main(["--db", str(path), "init", "--municipality", "Arboga"])
    _one_swedish_line(capsys, code, 1, "finns redan")


def test_init_requires_a_name(tmp_path, capsys):
    code = main(["--db", str(tmp_path / "x.sqlite3"), "init", "--municipality", " "])
    _one_swedish_line(capsys, code, 1, "kommunens namn")


def test_demo_refuses_a_database_in_use(tmp_path, capsys):
    path = tmp_path / "ny.sqlite3"
    main(["--db", str(path), "demo"])
    capsys.readouterr()
    _one_swedish_line(capsys, main(["--db", str(path), "demo"]), 1, "ny, tom databas")


def test_unknown_command_is_explained(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["exportera-allt"])
    assert exit_info.value.code == 2
    assert "fel i kommandoraden" in capsys.readouterr().err


def test_module_entry_point_version_and_clean_error(tmp_path):
    done = subprocess.run([sys.executable, "-m", "brastod", "--version"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"Brastöd {__version__}"
    failed = subprocess.run([sys.executable, "-m", "brastod", "--db",
                             str(tmp_path / "saknas.sqlite3"), "stats"],
                            capture_output=True, text=True, timeout=60)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert failed.stderr.strip().startswith("brastod: Databasen")


def test_default_database_is_in_the_user_data_folder(capsys):
    # conftest points XDG_DATA_HOME at a temporary folder, so this never touches a real user.
    from brastod.core.paths import default_db_path
    assert main(["init", "--municipality", "Kungsör"]) == 0
    assert default_db_path().is_file() and "Brastod" in str(default_db_path())
    assert str(default_db_path()) in capsys.readouterr().out


def test_population_from_scb_then_an_unknown_municipality(tmp_path, capsys):
    from tests.core.test_key_figures import _scb_file
    path = tmp_path / "brastod.sqlite3"
    main(["--db", str(path), "init", "--municipality", "Testby"])
    table = _scb_file(tmp_path / "komtopp.xlsx", [[1, 1, "Testby", 1200, 1100, 9.1]])
    capsys.readouterr()
    assert main(["--db", str(path), "population", str(table)]) == 0
    assert "2019: 1\u00a0100, 2020: 1\u00a0200" in capsys.readouterr().out
    code = main(["--db", str(path), "population", str(table), "--municipality", "Atlantis"])
    _one_swedish_line(capsys, code, 1, "kommunen Atlantis finns inte")


def test_export_and_summary_agree_on_what_they_count(demo_file, tmp_path, capsys):
    """A row may stand for several incidents (Antal): both commands count incidents the same
    way and both say how many rows they stand on."""
    import csv
    period = ["--from", "2026-11-01", "--to", "2026-11-14"]
    target = tmp_path / "händelser.csv"
    assert main(["--db", str(demo_file), "summary", *period, "--json"]) == 0
    summed = json.loads(capsys.readouterr().out)
    assert main(["--db", str(demo_file), "export", "incidents", *period, "--csv",
                 str(target)]) == 0
    said = capsys.readouterr().out
    with target.open(encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert len(rows) == summed["rows"] < summed["total"] == sum(int(r["Antal"]) for r in rows)
    assert said.startswith(f"{len(rows)} rader med sammanlagt {summed['total']} händelser "
                           "(kolumnen Antal) 2026-11-01 – 2026-11-14 sparade i ")
    assert main(["--db", str(demo_file), "summary", *period]) == 0
    assert capsys.readouterr().out.startswith(
        f"{summed['total']} händelser 2026-11-01 – 2026-11-14 ({len(rows)} rader; ")
