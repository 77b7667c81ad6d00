"""brastod import-survey: the shares as JSON or a Swedish summary; errors in one Swedish line."""
import json
from pathlib import Path

import pytest

from brastod.cli import main
from brastod.core.services.key_figures import list_indicators
from brastod.core.services.surveys import DEFAULT_INDICATOR

EXAMPLE = Path(__file__).parents[1] / "data" / "surveys" / "trygghetsenkat_2026.xlsx"


@pytest.fixture
def demo_copy(demo_file, tmp_path) -> Path:
    import shutil
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    return path


def test_the_example_survey_as_json(demo_copy, capsys):
    assert main(["--db", str(demo_copy), "import-survey", str(EXAMPLE), "--year", "2026",
                 "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert list(result) == ["respondents", "counted", "share", "per_area", "suppressed"]
    assert (result["respondents"], result["counted"], result["share"]) == (185, 171, 0.2632)
    # "centrum " is Centrum; Eskilsbo has four answers and is not shown.
    assert result["per_area"]["Centrum"] == {"n": 49, "share": 0.2245}
    assert result["suppressed"] == ["Eskilsbo"] and "Eskilsbo" not in result["per_area"]
    assert all(round(a["share"], 4) == a["share"] for a in result["per_area"].values())
    assert captured.err == ""


def test_the_summary_in_swedish_and_a_second_import_of_the_year_replaces_the_first(
        demo_copy, capsys):
    for _ in range(2):
        assert main(["--db", str(demo_copy), "import-survey", str(EXAMPLE), "--year",
                     "2026"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == out[1] and out[0].startswith(
        "Enkäten 2026 ur trygghetsenkat_2026.xlsx: 185 svarande, 171 räknade svar på frågan "
        "”Hur trygg eller otrygg skulle du känna dig om du var ute ensam sent en kväll i ditt "
        "bostadsområde?”. Andel otrygga i hela kommunen: 26 %.")
    assert out[0].endswith("Visas inte (för få svar): Eskilsbo.")
    from brastod.core.db import open_database
    from brastod.core.services.figures import key_figures
    db = open_database(demo_copy)
    try:
        with db.session() as session:
            rows = [(k.year, k.value) for k in key_figures(session, until=2026)
                    if k.indicator == DEFAULT_INDICATOR]
    finally:
        db.close()
    assert rows == [(2024, pytest.approx(26.28)), (2026, 26.32)]


def test_unknown_answers_and_areas_are_told_on_stderr_with_row_and_column(tmp_path, capsys):
    path = tmp_path / "db.sqlite3"
    main(["--db", str(path), "init", "--municipality", "Kungsör"])
    survey = tmp_path / "enkät.csv"
    survey.write_text("Område;Är du otrygg ute ensam en kväll?\n" + "Centrum;Mycket trygg\n" * 5
                      + "Centrum;Kanske\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(path), "import-survey", str(survey), "--year", "2026",
                 "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"respondents": 6, "counted": 5, "share": 0.0,
                                        "per_area": {}, "suppressed": []}
    assert captured.err.splitlines() == [
        "brastod: enkät.csv, blad enkät, rad 7, kolumn B: svaret ”Kanske” (1 st.) står inte i "
        "någon lista och har inte räknats.",
        "brastod: enkät.csv, blad enkät, rad 2, kolumn A: området ”Centrum” (6 st.) finns inte "
        "i registret; svaren räknas bara för hela kommunen."]


@pytest.mark.parametrize("arguments, fragment", [
    (["--question", "belysning"], "ingen kolumn med frågan med ”belysning” i rubriken hittades. "
                                  "Rubrikerna är: ”Svars-ID”, ”Inskickat”"),
    (["--question", "område"], "flera kolumner passar frågan"),
    (["--year", "20"], "Året 20 är orimligt"),
])
def test_errors_are_one_swedish_line_and_nothing_is_stored(demo_copy, capsys, arguments,
                                                           fragment):
    # A second --year overrides the first, as argparse reads them.
    code = main(["--db", str(demo_copy), "import-survey", str(EXAMPLE), "--year", "2027",
                 *arguments])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert captured.err.startswith("brastod: ") and captured.err.count("\n") == 1
    assert fragment in captured.err and "Traceback" not in captured.err
    from brastod.core.db import open_database
    db = open_database(demo_copy)
    try:
        assert [i.name for i in list_indicators(db)].count(DEFAULT_INDICATOR) == 1
        from brastod.core.services.key_figures import measurements
        indicator = next(i.id for i in list_indicators(db) if i.name == DEFAULT_INDICATOR)
        assert [year for year, _ in measurements(db, indicator)] == [2024, 2026]
    finally:
        db.close()


def test_a_missing_file_and_a_missing_year(tmp_path, capsys):
    path = tmp_path / "db.sqlite3"
    main(["--db", str(path), "init", "--municipality", "Kungsör"])
    capsys.readouterr()
    assert main(["--db", str(path), "import-survey", str(tmp_path / "saknas.xlsx"),
                 "--year", "2026"]) == 1
    assert "Filen saknas.xlsx finns inte" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(path), "import-survey", str(EXAMPLE)])
    assert exit_.value.code == 2 and "--year" in capsys.readouterr().err
