import pytest
from openpyxl import Workbook

from brastod.core.errors import FieldError, ImportFailure
from brastod.core.services.figures import key_figures
from brastod.core.services.key_figures import (
    delete_measurement, import_population, list_indicators, read_scb_population,
    save_measurement,
)
from brastod.core.services.registers import list_population
from tests.core.on_file import COMMAND_LINE


def _scb_file(path, rows, years=(2020, 2019)):
    """SCB's layout: a title, a header row with Kommun, the years in the row below."""
    book = Workbook()
    book.active.title = "Topp 50"
    sheet = book.create_sheet("Totalt")
    sheet.append(["Folkmängd per kommun 31 december 2020 jämfört med 2019"])
    sheet.append([])
    sheet.append(["Rang", None, "Kommun", "Folkmängd 31 december", None, "Förändring"])
    sheet.append([*years, None, *years, "%"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_population_per_year_is_read_from_the_folkmangd_columns_not_the_rank(tmp_path):
    path = _scb_file(tmp_path / "scb.xlsx", [[1, 1, "Ale", 31868, 31402, 1.48],
                                             [173, 173, "Fagersta", 13267, 13391, -0.9]])
    assert read_scb_population(path, "fagersta") == {2020: 13267, 2019: 13391}


def test_the_real_scb_table_gives_fagersta(shared_data):
    path = shared_data / "spreadsheets" / "swedish_official" / "komtopp50_2020.xlsx"
    assert read_scb_population(path, "Fagersta") == {2020: 13267, 2019: 13391}
    assert read_scb_population(path, "Stockholm")[2020] == 975551


def test_import_stores_every_year_with_its_source(db, tmp_path):
    path = _scb_file(tmp_path / "komtopp.xlsx", [[1, 1, "Testby", 1200, 1100, 9.1]])
    assert import_population(db, path, "Testby") == {2020: 1200, 2019: 1100}
    rows = {row.year: row for row in list_population(db)}
    assert rows[2020].population == 1200 and rows[2019].population == 1100
    assert rows[2020].source == "SCB (komtopp.xlsx)"


def test_a_municipality_not_in_the_file_is_named_and_nothing_is_stored(db, tmp_path):
    path = _scb_file(tmp_path / "scb.xlsx", [[1, 1, "Ale", 31868, 31402, 1.48]])
    with pytest.raises(ImportFailure, match=r"scb\.xlsx, blad Totalt: kommunen Atlantis finns "
                                            r"inte i kolumn C"):
        import_population(db, path, "Atlantis")
    assert list_population(db) == []


def test_a_bad_population_cell_names_row_and_column_and_nothing_is_stored(db, tmp_path):
    path = _scb_file(tmp_path / "scb.xlsx", [[1, 1, "Ale", 31868, 31402, 1.48],
                                             [2, 2, "Testby", 1200, "uppgift saknas", 0]])
    with pytest.raises(ImportFailure, match=r"blad Totalt, rad 6, kolumn E: folkmängden 2019 för "
                                            r"Testby är inte ett positivt tal"):
        import_population(db, path, "Testby")
    assert list_population(db) == []


def test_a_file_of_another_shape_says_what_is_expected(db, tmp_path):
    book = Workbook()
    book.active.append(["Datum", "Händelse"])
    book.save(tmp_path / "fel.xlsx")
    with pytest.raises(ImportFailure, match="fel.xlsx, blad Sheet: ingen rubrikrad med Kommun"):
        import_population(db, tmp_path / "fel.xlsx", "Testby")


def test_a_measurement_entered_by_hand_creates_the_indicator_and_replaces_its_year(db):
    save_measurement(db, " Anmälda  brott ", 2024, 1000, source="Brå", per_100k=True)
    save_measurement(db, "Anmälda brott", 2024, 1100, source="Brå, rättad")
    save_measurement(db, "Anmälda brott", 2025, 1250, source="Brå")
    [indicator] = list_indicators(db)
    assert indicator.name == "Anmälda brott" and indicator.per_100k
    with db.session() as session:
        figures = {k.year: k for k in key_figures(session)}
    assert figures[2024].value == 1100 and figures[2024].source == "Brå, rättad"
    assert figures[2024].per_100k is None          # no population for 2024 yet
    delete_measurement(db, "Anmälda brott", 2024)
    with db.session() as session:
        assert [k.year for k in key_figures(session)] == [2025]


def test_population_makes_per_100k_of_a_count(db, tmp_path):
    import_population(db, _scb_file(tmp_path / "scb.xlsx", [[1, 1, "Testby", 12500, 10000, 0]]),
                      "Testby")
    save_measurement(db, "Anmälda brott", 2020, 1250, per_100k=True)
    with db.session() as session:
        [figure] = key_figures(session)
    assert figure.per_100k == pytest.approx(10_000.0) and figure.population == 12500


@pytest.mark.parametrize("name, year, value, field, message", [
    (" ", 2024, 1.0, "indicator", "Ange vilket nyckeltal"),
    ("Anmälda brott", 1800, 1.0, "year", "Året 1800 är orimligt"),
    ("Anmälda brott", 2024, float("nan"), "value", "Värdet måste vara ett tal"),
])
def test_measurement_input_is_checked(db, name, year, value, field, message):
    with pytest.raises(FieldError, match=message) as caught:
        save_measurement(db, name, year, value)
    assert caught.value.field == field
    assert list_indicators(db) == []


@COMMAND_LINE
def test_the_command_line_refuses_to_replace_what_someone_else_changed_unless_told(
        db, as_anna, tmp_path, capsys):
    from brastod.cli import main
    from brastod.core.services.registers import set_population
    as_anna(set_population, db, 2020, 1250, "Kommunens egen räkning")
    path = _scb_file(tmp_path / "scb.xlsx", [[1, 1, "Testkommun", 1200, 1100, 0]])
    assert main(["--db", str(db.path), "population", str(path)]) == 1
    error = capsys.readouterr().err
    assert "2020: 1\u00a0250 – Senast ändrad av anna.berg" in error
    assert "Lägg till --replace" in error and "Traceback" not in error
    assert {r.year: r.population for r in list_population(db)} == {2020: 1250}
    assert main(["--db", str(db.path), "population", str(path), "--replace"]) == 0
    assert {r.year: r.population for r in list_population(db)} == {2019: 1100, 2020: 1200}
