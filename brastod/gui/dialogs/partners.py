"""Register → Partner och kontakter: partner organisations and their work contacts."""

from brastod.core.db import Database
from brastod.core.labels import options
from brastod.core.enums import PartnerKind
from brastod.core.services import registers
from brastod.gui.widgets import combos
from brastod.gui.dialogs.register_dialog import RegisterDialog
from brastod.gui.forms.ui_partners_dialog import Ui_PartnersDialog
from brastod.gui.models.registers import ContactTableModel, PartnerTableModel


class PartnersDialog(RegisterDialog):
    state_key = "partners_dialog"

    def __init__(self, db: Database, parent=None):
        super().__init__(db, Ui_PartnersDialog(), parent)
        db = self.db  # contract shim (tabs branch)
        combos.fill(self.ui.partnerKind, options(PartnerKind))
        self.partners = self.panel(
            table=self.ui.partnerTable, model=PartnerTableModel(self),
            new_button=self.ui.partnerNewButton, save_button=self.ui.partnerSaveButton,
            delete_button=self.ui.partnerDeleteButton,
            load=lambda: registers.list_partners(db), fill=self._fill_partner,
            save=self._save_partner, delete=lambda row: registers.delete_partner(db, row.id),
            describe=lambda row: f"partnern {row.name}",
            fields={"name": self.ui.partnerName, "kind": self.ui.partnerKind})
        self.contacts = self.panel(
            table=self.ui.contactTable, model=ContactTableModel(self),
            new_button=self.ui.contactNewButton, save_button=self.ui.contactSaveButton,
            delete_button=self.ui.contactDeleteButton,
            load=self._load_contacts, fill=self._fill_contact, save=self._save_contact,
            delete=lambda row: registers.delete_contact(db, row.id),
            describe=lambda row: f"kontakten {row.name}",
            fields={"name": self.ui.contactName, "role": self.ui.contactRole,
                    "email": self.ui.contactEmail, "phone": self.ui.contactPhone})
        self.partners.reload()

    def _fill_partner(self, row) -> None:
        self.ui.partnerName.setText(row.name if row else "")
        combos.choose(self.ui.partnerKind, row.kind if row else PartnerKind.OTHER.value)
        self.ui.partnerActive.setChecked(row.active if row else True)
        self.ui.partnerBox.setTitle(f"Partner: {row.name}" if row else "Ny partner")
        self.ui.contactBox.setEnabled(row is not None)
        self.ui.contactBox.setTitle(f"Kontaktpersoner hos {row.name} (arbetskontakter)" if row
                                    else "Kontaktpersoner – välj först en partner")
        self.contacts.reload()

    def _save_partner(self, row) -> int | None:
        name, kind = self.ui.partnerName.text(), combos.chosen(self.ui.partnerKind)
        if row is None:
            return registers.add_partner(self.db, name, kind)
        registers.update_partner(self.db, row.id, name=name, kind=kind,
                                 active=self.ui.partnerActive.isChecked())
        return None

    def _load_contacts(self) -> list:
        partner = self.partners.current()
        return registers.list_contacts(self.db, partner.id) if partner else []

    def _fill_contact(self, row) -> None:
        self.ui.contactName.setText(row.name if row else "")
        self.ui.contactRole.setText(row.role or "" if row else "")
        self.ui.contactEmail.setText(row.email or "" if row else "")
        self.ui.contactPhone.setText(row.phone or "" if row else "")

    def _save_contact(self, row) -> int | None:
        partner = self.partners.current()
        fields = dict(name=self.ui.contactName.text(), role=self.ui.contactRole.text(),
                      email=self.ui.contactEmail.text(), phone=self.ui.contactPhone.text())
        if row is None:
            return registers.add_contact(self.db, partner.id if partner else None, **fields)
        registers.update_contact(self.db, row.id, **fields)
        return None
