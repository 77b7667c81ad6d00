"""Partners as receivers of an e-mail draft: their usable addresses, and for an återkoppling a
check box per partner. A partner without a usable address is shown greyed and cannot be
chosen: the draft would have no one to go to there."""
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from brastod.gui.models.table import Column, RowTableModel

NO_ADDRESS = "ingen e-postadress"
GREY = "#8a8a8a"


@dataclass(frozen=True)
class MailPartner:
    name: str
    addresses: tuple[str, ...]       # "namn@exempel.se", only the ones a mail program takes


def mail_partner(entry) -> MailPartner:
    """A partner of the core's directory (``registers.PartnerEntry``), on the worker."""
    from brastod.core.exports.mail import addresses
    return MailPartner(entry.name, tuple(a.addr_spec for a in addresses(entry)))


class MailPartnerModel(RowTableModel):
    columns = (
        Column("Partner", lambda r: r.name, width=300,
               foreground=lambda r: None if r.addresses else GREY),
        Column("E-post", lambda r: ", ".join(r.addresses) or NO_ADDRESS, stretch=True,
               foreground=lambda r: None if r.addresses else GREY),
    )

    def __init__(self, checkable: bool = False, parent=None):
        super().__init__(parent)
        self.checkable = checkable
        self._chosen: set[str] = set()

    def set_rows(self, rows: list) -> None:
        """Every partner with an address is chosen to begin with."""
        self._chosen = {row.name for row in rows if row.addresses}
        super().set_rows(rows)

    def chosen(self) -> list[str]:
        """The chosen partners' names, in the order shown."""
        return [row.name for row in self._rows if row.name in self._chosen]

    def choose_all(self, chosen: bool) -> None:
        self._chosen = {row.name for row in self._rows if row.addresses} if chosen else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def _checks(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return self.checkable and index.isValid() and index.column() == 0 \
            and 0 <= index.row() < len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return flags
        if not self._rows[index.row()].addresses:
            return flags & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable
        return (flags | Qt.ItemFlag.ItemIsUserCheckable) if self._checks(index) else flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole:
            if not self._checks(index):
                return None
            return Qt.CheckState.Checked if self._rows[index.row()].name in self._chosen \
                else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self._checks(index):
            return False
        row = self._rows[index.row()]
        if not row.addresses:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._chosen.add(row.name)
        else:
            self._chosen.discard(row.name)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
