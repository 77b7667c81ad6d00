"""The import dialog: every row of a partner file with its status before anything is saved; the
partner; the column mapping, correctable; and what the unknown categories and areas mean.

The dialog decides; the main window saves (off the GUI thread, with progress and cancel).
"""
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from brastod.core.errors import BrastodError
from brastod.core.importing.preview import PreviewRows, cell_text
from brastod.core.importing.table import FIELD_LABELS, column_letter
from brastod.core.services.importing import AREA, CATEGORY, NEW, PreparedImport, prepare
from brastod.gui import views
from brastod.gui.data import Data
from brastod.gui.dialogs import buttons
from brastod.gui.forms.ui_import_dialog import Ui_ImportDialog
from brastod.gui.live import while_alive
from brastod.gui.models.imports import PreviewTableModel
from brastod.gui.widgets import combos

SHOW = [("all", "Alla rader"), ("problems", "Varningar och avvisade"),
        ("rejected", "Bara avvisade")]
UNUSED = "unused"


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


class ImportDialog(QDialog):
    def __init__(self, data: Data, path: Path, prepared: PreparedImport, registers: dict,
                 parent: QWidget | None = None):
        """``registers``: {"partners": [...], CATEGORY: [...], AREA: [...]} as listed by the
        registers service."""
        super().__init__(parent)
        self.ui = ui = Ui_ImportDialog()
        ui.setupUi(self)
        self.data, self.path, self.registers = data, path, registers
        self.prepared = prepared
        self.model = PreviewTableModel(self)
        ui.rows.setModel(self.model)
        views.configure(ui.rows, self.model)
        ui.fileName.setText(path.name)
        combos.fill(ui.show, SHOW)
        combos.fill(ui.partner, [(None, "– okänd partner –")] + [
            (p.id, p.name) for p in registers["partners"]])
        combos.choose(ui.partner, prepared.partner_id)
        self._value_combos: dict[tuple[str, str], QComboBox] = {}
        self._column_combos: list[QComboBox] = []
        ui.show.currentIndexChanged.connect(self._fill_rows)
        ui.partner.currentIndexChanged.connect(self._partner_changed)
        ui.applyColumns.clicked.connect(self._apply_columns)
        buttons.wire(self, ui.buttons)
        self._show_prepared()

    # ---- what the user decided ----
    @property
    def mask_personal_data(self) -> bool:
        return not self.ui.keepPersonalData.isChecked()

    def choices(self) -> dict[tuple[str, str], int | None]:
        return {key: combos.chosen(combo) for key, combo in self._value_combos.items()}

    # ---- showing a preview ----
    def _show_prepared(self) -> None:
        self._fill_rows()
        self._fill_columns()
        self._fill_values()
        self._summarise()

    def _fill_rows(self) -> None:
        preview, show = self.prepared.preview, combos.chosen(self.ui.show)
        positions = {"problems": preview.problem_positions,
                     "rejected": preview.rejected_positions}.get(show, range(len(preview)))
        self.model.set_rows(PreviewRows(preview, positions))

    def _summarise(self) -> None:
        preview = self.prepared.preview
        rejected, warned = len(preview.rejected), preview.warned
        accepted, personal = len(preview) - rejected, len(preview.personal)
        table = self.prepared.table
        parts = [f"Bladet ”{table.sheet}”, rubriker på rad {table.header_row}: "
                 f"<b>{_number(len(preview))} rader</b> – {_number(accepted - warned)} OK, "
                 f"{_number(warned)} med varning, {_number(rejected)} avvisas."]
        if table.skipped_summary_rows:
            parts.append(f"{table.skipped_summary_rows} summeringsrader hoppas över.")
        if personal:
            rows_text = "rad innehåller" if personal == 1 else "rader innehåller"
            parts.append(f"<b>{_number(personal)} {rows_text} troligen personuppgifter</b> "
                         "som maskeras.")
        if self.prepared.remembered:
            parts.append("Kolumnerna läses som förra gången för den här partnern.")
        unknown = sum(len(values) for values in self.prepared.unknown().values())
        if unknown:
            parts.append(f"{unknown} nya kategorier eller områden – se fliken Nya värden.")
        self.ui.summary.setText(" ".join(parts))
        self.ui.keepPersonalData.setVisible(personal > 0)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(f"Importera {_number(accepted)} rader")
        ok.setEnabled(accepted > 0)
        self.ui.pages.setTabText(2, f"Nya värden ({unknown})")

    def _fill_columns(self) -> None:
        grid = self.ui.columnsGrid
        _clear(grid)
        self._column_combos = []
        table = self.prepared.table
        field_of = {index: name for name, index in table.columns.items()}
        for column, text in enumerate(("Kolumn", "Rubrik i filen", "Exempel", "Betyder")):
            grid.addWidget(_bold(text), 0, column)
        for index, heading in enumerate(table.headings):
            examples = [text for text in map(cell_text, table.column(index)[:50]) if text][:3]
            combo = QComboBox()
            combos.fill(combo, [(UNUSED, "– används inte –")] + list(FIELD_LABELS.items()))
            combos.choose(combo, field_of.get(index, UNUSED))
            self._column_combos.append(combo)
            grid.addWidget(QLabel(column_letter(index)), index + 1, 0)
            grid.addWidget(QLabel(heading or "(utan rubrik)"), index + 1, 1)
            grid.addWidget(QLabel(", ".join(examples)[:80]), index + 1, 2)
            grid.addWidget(combo, index + 1, 3)
        grid.setRowStretch(len(table.headings) + 1, 1)

    def chosen_columns(self) -> dict[str, int]:
        """Field → column from the Kolumner page; the first column wins a field."""
        columns: dict[str, int] = {}
        for index, combo in enumerate(self._column_combos):
            name = combos.chosen(combo)
            if name != UNUSED:
                columns.setdefault(name, index)
        return columns

    def _fill_values(self) -> None:
        grid = self.ui.valuesGrid
        _clear(grid)
        previous = self.choices()
        self._value_combos = {}
        line = 0
        for kind, title in ((CATEGORY, "Kategori i filen"), (AREA, "Område i filen")):
            unknown = self.prepared.unknown()[kind]
            if not unknown:
                continue
            grid.addWidget(_bold(title), line, 0)
            grid.addWidget(_bold("Rader"), line, 1)
            grid.addWidget(_bold("Betyder"), line, 2)
            line += 1
            for text, rows in sorted(unknown.items()):
                combo = QComboBox()
                what = "ny kategori" if kind == CATEGORY else "nytt område"
                combos.fill(combo, [(NEW, f"Skapa {what}: ”{text}”")] + [
                    (entry.id, entry.name if entry.parent_id is None else f"   {entry.name}")
                    for entry in self.registers[kind]])
                combos.choose(combo, previous.get((kind, text), NEW))
                self._value_combos[(kind, text)] = combo
                grid.addWidget(QLabel(text), line, 0)
                grid.addWidget(QLabel(_number(rows)), line, 1)
                grid.addWidget(combo, line, 2)
                line += 1
        if line == 0:
            grid.addWidget(QLabel("Alla kategorier och områden i filen finns redan i registren."),
                           0, 0)
        grid.setRowStretch(line + 1, 1)
        grid.setColumnStretch(2, 1)

    # ---- changing the reading ----
    def _replace(self, prepared: PreparedImport) -> None:
        self.prepared = prepared
        self.setEnabled(True)
        self._show_prepared()

    def _failed(self, error: BrastodError) -> None:
        """The reading before stays; the window says why the new one failed."""
        self.setEnabled(True)
        self.data.runner.refuse(error)

    def _apply_columns(self) -> None:
        columns, prepared = self.chosen_columns(), self.prepared
        if "date" not in columns:
            self.ui.summary.setText("<span style='color:#b00020'>Välj vilken kolumn som är "
                                    "Datum – utan datum kan inga rader importeras.</span>")
            return
        self.setEnabled(False)
        self.data.runner.run(lambda ctx: prepared.with_columns(columns),
                             **self._delivery(), label="Läser om filen…", parent=self)
        self.ui.pages.setCurrentIndex(0)

    def _partner_changed(self) -> None:
        self.setEnabled(False)
        # Another partner may have its own remembered mapping for this layout.
        self.data.call(prepare, self.path, partner_id=combos.chosen(self.ui.partner),
                       today=self.prepared.today, **self._delivery(),
                       label="Läser om filen…", parent=self)

    def _delivery(self) -> dict:
        return {"on_done": while_alive(self, self._replace),
                "on_error": while_alive(self, self._failed, self.data.runner.refuse)}


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


def _clear(grid) -> None:
    while grid.count():
        widget = grid.takeAt(0).widget()
        if widget is not None:
            widget.deleteLater()
