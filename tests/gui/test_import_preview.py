"""The import dialog on a long file: it shows every row and says every problem before the user
confirms, while only the rows it paints become row objects."""
from datetime import timedelta

import pytest

from brastod.core.services import registers
from brastod.core.services.importing import AREA, CATEGORY, prepare
from brastod.gui.dialogs.import_preview import ImportDialog
from brastod.gui.widgets import combos

ROWS = 3000


@pytest.fixture
def long_file(tmp_path, data):
    lines = ["Datum;Tid;Område;Händelsetyp;Beskrivning;Antal"]
    start = data.today - timedelta(days=400)
    for number in range(ROWS):
        day = start + timedelta(days=number % 365)
        text = "Ring 070-123 45 67" if number % 10 == 3 else f"Klotter nr {number % 50}"
        when = "2026-02-30" if number % 100 == 7 else day.isoformat()     # rejected
        count = "många" if number % 100 == 9 else "1"                     # a warning
        lines.append(f"{when};21:30;Centrum;Klotter;{text};{count}")
    path = tmp_path / "lang.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_dialog_shows_every_row_and_every_problem_and_makes_only_what_it_paints(
        qtbot, qtmodeltester, data, demo_db, long_file):
    prepared = prepare(demo_db, long_file, today=data.today)
    lists = {"partners": registers.list_partners(demo_db),
             CATEGORY: registers.list_categories(demo_db), AREA: registers.list_areas(demo_db)}
    dialog = ImportDialog(data, long_file, prepared, lists)
    qtbot.addWidget(dialog)
    dialog.show()
    preview, model = prepared.preview, dialog.model
    qtbot.waitUntil(lambda: bool(preview._made), timeout=10_000)    # the first rows painted
    assert model.rowCount() == len(preview) == ROWS
    assert len(preview._made) < 200                 # those rows, not all 3 000
    rejected, warned, personal = ROWS // 100, ROWS // 100 + ROWS // 10, ROWS // 10
    summary = dialog.ui.summary.text()
    assert (f"<b>3\u00a0000 rader</b> – 2\u00a0640 OK, {warned} med varning, {rejected} "
            "avvisas.") in summary and ROWS - rejected - warned == 2640
    assert f"<b>{personal} rader innehåller troligen personuppgifter</b>" in summary
    assert dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).text() == \
        f"Importera {ROWS - rejected:,} rader".replace(",", "\u00a0")

    combos.choose(dialog.ui.show, "problems")
    assert model.rowCount() == rejected + warned
    assert {model.row_at(r).status for r in range(model.rowCount())} == {"warning", "rejected"}
    combos.choose(dialog.ui.show, "rejected")
    assert model.rowCount() == rejected
    assert all(model.row_at(r).rejection.message == "”2026-02-30” är ett omöjligt datum."
               for r in range(model.rowCount()))
    assert model.index(0, 10).data() == "Kolumn A: ”2026-02-30” är ett omöjligt datum."
    qtmodeltester.check(model)
