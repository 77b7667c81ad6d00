"""Register → Partner och kontakter: partner organisations and their work contacts."""
from functools import partial

from brastod.core.enums import PartnerKind
from brastod.core.labels import options
from brastod.core.services import registers
from brastod.gui.data import Data
from brastod.gui.dialogs.register_dialog import RegisterDialog
from brastod.gui.forms.ui_partners_dialog import Ui_PartnersDialog
from brastod.gui.models.registers import ContactTableModel, PartnerTableModel
from brastod.gui.widgets import combos


class PartnersDialog(RegisterDialog):
    state_key = "partners_dialog"

    def __init__(self, data: Data, parent=None):
        super().__init__(data, Ui_PartnersDialog(), parent)
        combos.fill(self.ui.partnerKind, options(PartnerKind))
        self.partners = self.panel(
            table=self.ui.partnerTable, model=PartnerTableModel(self),
            new_button=self.ui.partnerNewButton, save_button=self.ui.partnerSaveButton,
            delete_button=self.ui.partnerDeleteButton,
            load=lambda: registers.list_partners, fill=self._fill_partner,
            save=self._save_partner,
            delete=lambda row: partial(registers.delete_partner, partner_id=row.id,
                                       version=row.stamp.version),
            describe=lambda row: f"partnern {row.name}",
            fields={"name": self.ui.partnerName, "kind": self.ui.partnerKind,
                    "active": self.ui.partnerActive})
        self.contacts = self.panel(
            table=self.ui.contactTable, model=ContactTableModel(self),
            new_button=self.ui.contactNewButton, save_button=self.ui.contactSaveButton,
            delete_button=self.ui.contactDeleteButton,
            load=self._load_contacts, fill=self._fill_contact, save=self._save_contact,
            delete=lambda row: partial(registers.delete_contact, contact_id=row.id,
                                       version=row.stamp.version),
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

    def _save_partner(self, row):
        name, kind = self.ui.partnerName.text(), combos.chosen(self.ui.partnerKind)
        if row is None:
            return partial(registers.add_partner, name=name, kind=kind)
        return partial(registers.update_partner, partner_id=row.id, name=name, kind=kind,
                       active=self.ui.partnerActive.isChecked(), version=row.stamp.version,
                       base={"name": row.name, "kind": row.kind, "active": row.active})

    def _load_contacts(self):
        partner = self.partners.current()
        return partial(registers.list_contacts, partner_id=partner.id) if partner else None

    def _fill_contact(self, row) -> None:
        self.ui.contactName.setText(row.name if row else "")
        self.ui.contactRole.setText(row.role or "" if row else "")
        self.ui.contactEmail.setText(row.email or "" if row else "")
        self.ui.contactPhone.setText(row.phone or "" if row else "")

    def _save_contact(self, row):
        partner = self.partners.current()
        fields = dict(name=self.ui.contactName.text(), role=self.ui.contactRole.text(),
                      email=self.ui.contactEmail.text(), phone=self.ui.contactPhone.text())
        if row is None:
            return partial(registers.add_contact, partner_id=partner.id if partner else None,
                           **fields)
        return partial(registers.update_contact, contact_id=row.id, **fields,
                       version=row.stamp.version,
                       base={name: getattr(row, name) for name in fields})
