"""The import dialog on a long file: it shows every row and says every problem before the user
confirms, while only the rows it paints become row objects."""
from collections import Counter
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


@pytest.fixture
def long_workbook(tmp_path, data):
    """3 000 rows, more than one part of rows made into columns at once; Ödeby is a new area,
    Gammelby a new one on rejected rows only."""
    from openpyxl import Workbook
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Rapport")
    sheet.append(["Datum", "Tid", "Område", "Händelsetyp", "Beskrivning", "Antal"])
    start = data.today - timedelta(days=400)
    for number in range(ROWS):
        rejected = number % 100 == 7
        area = ("Gammelby" if rejected and number % 200 == 7
                else "Ödeby" if number % 3 == 1 else "Centrum")
        sheet.append(["2026-02-30" if rejected else start + timedelta(days=number % 365),
                      "21:30", area, "Klotter",
                      "Ring 070-123 45 67" if number % 10 == 3 else f"Klotter nr {number % 50}",
                      "många" if number % 100 == 9 else 1])
    book.save(tmp_path / "lang.xlsx")
    return tmp_path / "lang.xlsx"


def test_when_the_dialog_opens_its_counts_problems_and_new_values_are_every_rows(
        qtbot, data, long_workbook, monkeypatch):
    """Read as the window reads a file: at the moment the dialog opens, when Importera can be
    pressed, what it says is what every row says when made on its own."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

    from brastod.gui.importer import Importer
    seen = {}

    def opened(dialog):
        ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.update(summary=dialog.ui.summary.text(), enabled=ok.isEnabled(), button=ok.text(),
                    tab=dialog.ui.pages.tabText(2), values=sorted(dialog._value_combos),
                    unknown=dialog.prepared.unknown(), preview=dialog.prepared.preview)
        combos.choose(dialog.ui.show, "problems")
        seen["problems"] = [dialog.model.row_at(r).row for r in range(dialog.model.rowCount())]
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(ImportDialog, "exec", opened)
    parent = QWidget()
    qtbot.addWidget(parent)
    importer = Importer(parent, data)
    importer.start([long_workbook])
    qtbot.waitUntil(lambda: "problems" in seen and not importer.busy, timeout=30_000)

    preview = seen["preview"]
    made = [preview.row(position) for position in range(len(preview))]
    statuses = Counter(row.status for row in made)
    assert statuses == {"ok": 2640, "warning": ROWS // 100 + ROWS // 10, "rejected": ROWS // 100}
    ok = f"{statuses['ok']:,}".replace(",", "\u00a0")
    assert (f"<b>3\u00a0000 rader</b> – {ok} OK, {statuses['warning']} med varning, "
            f"{statuses['rejected']} avvisas.") in seen["summary"]
    personal = sum(bool(row.findings) for row in made if row.rejection is None)
    assert f"<b>{personal} rader innehåller troligen personuppgifter</b>" in seen["summary"]
    assert seen["problems"] == [row.row for row in made if row.status != "ok"]
    accepted = len(preview) - statuses["rejected"]
    assert (seen["enabled"], seen["button"]) == (
        True, f"Importera {accepted:,} rader".replace(",", "\u00a0"))
    odeby = sum(row.area == "Ödeby" for row in made if row.rejection is None)
    assert seen["unknown"] == {"category": {}, "area": {"Ödeby": odeby}} and odeby > 900
    assert seen["values"] == [("area", "Ödeby")] and seen["tab"] == "Nya värden (1)"
    assert "1 nya kategorier eller områden" in seen["summary"]
