"""Register → Kategorier: two levels, kind (brott/otrygghet/övrigt) and synonyms."""
from functools import partial

from brastod.core.labels import options
from brastod.core.enums import CategoryKind
from brastod.core.services import registers
from brastod.gui.data import Data
from brastod.gui.widgets import combos
from brastod.gui.dialogs.register_dialog import RegisterDialog
from brastod.gui.forms.ui_categories_dialog import Ui_CategoriesDialog
from brastod.gui.models.registers import CategoryTableModel


class CategoriesDialog(RegisterDialog):
    state_key = "categories_dialog"

    def __init__(self, data: Data, parent=None):
        super().__init__(data, Ui_CategoriesDialog(), parent)
        combos.fill(self.ui.categoryKind, options(CategoryKind))
        self.ui.categoryParent.currentIndexChanged.connect(self._parent_changed)
        self.categories = self.panel(
            table=self.ui.categoryTable, model=CategoryTableModel(self),
            new_button=self.ui.categoryNewButton, save_button=self.ui.categorySaveButton,
            delete_button=self.ui.categoryDeleteButton,
            load=lambda: registers.list_categories, fill=self._fill, save=self._save,
            delete=lambda row: partial(registers.delete_category, category_id=row.id,
                                       version=row.stamp.version),
            describe=lambda row: f"kategorin {row.full_name}",
            fields={"name": self.ui.categoryName, "kind": self.ui.categoryKind,
                    "parent_id": self.ui.categoryParent, "synonyms": self.ui.categorySynonyms})
        self.categories.reload()

    def _fill(self, row) -> None:
        tops = [(c.id, c.name) for c in self.categories.model.rows()
                if c.parent_id is None and (row is None or c.id != row.id)]
        combos.fill(self.ui.categoryParent, [(None, "— (detta är en huvudkategori)"), *tops])
        self.ui.categoryName.setText(row.name if row else "")
        combos.choose(self.ui.categoryParent, row.parent_id if row else None)
        # Moving a category between levels is not offered: its incidents' meaning would shift.
        self.ui.categoryParent.setEnabled(row is None)
        combos.choose(self.ui.categoryKind, row.kind if row else CategoryKind.INSECURITY.value)
        self._parent_changed()
        self.ui.categorySynonyms.setPlainText("\n".join(row.synonyms) if row else "")
        self.ui.categoryBox.setTitle(f"Kategori: {row.full_name}" if row else "Ny kategori")

    def _parent_changed(self) -> None:
        # A subcategory has its main category's kind.
        parent_id = combos.chosen(self.ui.categoryParent)
        parent = next((c for c in self.categories.model.rows() if c.id == parent_id), None)
        if parent is not None:
            combos.choose(self.ui.categoryKind, parent.kind)
        self.ui.categoryKind.setEnabled(parent is None)

    def _save(self, row):
        name, kind = self.ui.categoryName.text(), combos.chosen(self.ui.categoryKind)
        synonyms = self.ui.categorySynonyms.toPlainText().splitlines()
        if row is None:
            return partial(registers.save_category, category_id=None, name=name, kind=kind,
                           parent_id=combos.chosen(self.ui.categoryParent), synonyms=synonyms)
        return partial(registers.save_category, category_id=row.id, name=name, kind=kind,
                       synonyms=synonyms, version=row.stamp.version,
                       base={"name": row.name, "kind": row.kind, "synonyms": row.synonyms})
