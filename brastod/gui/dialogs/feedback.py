"""Återkoppling of an adopted lägesbild: to which partners (their contacts in Bcc) and as a PDF
with an e-mail draft beside it, or the PDF alone. The files are then written as every export
is (``feedback_export`` through the window's ``Exports``: the save dialog, the personal-data
question, the message afterwards). Nothing is sent: the coordinator opens the draft in the
mail program."""
from datetime import date

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QRadioButton, QTableView,
    QVBoxLayout, QWidget,
)

from brastod.gui import views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs import buttons
from brastod.gui.exports import Export
from brastod.gui.live import while_alive
from brastod.gui.models.mail import MailPartnerModel, mail_partner

NOT_SENT = ("– inget har skickats. Öppna utkastet i Outlook eller Thunderbird och skicka det "
            "därifrån.")
NONE_CHOSEN = "Välj minst en partner att skicka utkastet till, eller Bara PDF."


def _partners(db) -> list:
    from brastod.core.services.registers import partner_directory
    return [mail_partner(entry) for entry in partner_directory(db) if entry.active]


def feedback_export(report_id: int, title: str, partners: list[str] | None,
                    printed: date) -> Export:
    """The PDF, and with ``partners`` the e-mail draft (.eml) beside it; both logged with the
    lägesbild, which the tab shows (the change notice)."""
    def write(db, pdf, allow: bool) -> None:      # imported on the worker: see calendar.py
        from brastod.core.exports.feedback import export_feedback
        export_feedback(db, report_id, pdf_path=pdf,
                        eml=pdf.with_suffix(".eml") if partners else None,
                        partners=partners or None, printed=printed, allow_personal_data=allow)
    return Export("återkopplingen", f"Återkoppling {title}", (".pdf",), write,
                  done=NOT_SENT if partners else "", document=True,
                  beside=(".eml",) if partners else (), changes=Topic.REPORTS)


class FeedbackDialog(QDialog):
    def __init__(self, data: Data, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Återkoppling – {title}")
        self.resize(640, 520)
        intro = QLabel("En sida för partnerna och allmänheten: lägesbildens sammanfattning, "
                       "bedömningen av varje område och vad som görs. Inga händelsetexter, och "
                       "antal under 3 visas som ”färre än 3”.")
        intro.setWordWrap(True)
        self.with_email = QRadioButton("&PDF och e-postutkast (.eml)")
        self.pdf_only = QRadioButton("&Bara PDF")
        self.with_email.setChecked(True)
        self.model = MailPartnerModel(checkable=True, parent=self)
        self.table = QTableView()
        views.attach(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.all_button = QPushButton("&Alla")
        self.none_button = QPushButton("&Ingen")
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)        # Enter saves, it does not choose everyone
        self.status = QLabel("Hämtar partnerna …")
        self.status.setWordWrap(True)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                    | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.wire(self, self.box, "&Spara…")
        self.ok.setEnabled(False)

        formats = QHBoxLayout()
        for widget in (self.with_email, self.pdf_only):
            formats.addWidget(widget)
        formats.addStretch()
        receivers = QHBoxLayout()
        receivers.addWidget(QLabel("Mottagare (hemlig kopia, så att ingen ser de andras "
                                   "adresser):"), 1)
        receivers.addWidget(self.all_button)
        receivers.addWidget(self.none_button)
        note = QLabel("Inget skickas härifrån: du väljer var filerna sparas och öppnar sedan "
                      "utkastet, med PDF:en bifogad, i ditt e-postprogram.")
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(formats)
        layout.addLayout(receivers)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(note)
        layout.addWidget(self.box)

        self.with_email.toggled.connect(self._update)
        self.all_button.clicked.connect(lambda: self.model.choose_all(True))
        self.none_button.clicked.connect(lambda: self.model.choose_all(False))
        self.model.dataChanged.connect(self._update)
        self._loaded = False
        data.call(_partners, on_done=while_alive(self, self._show_partners))

    def _show_partners(self, partners: list) -> None:
        self.model.set_rows(partners)
        self._loaded = True
        self._update()

    @property
    def partners(self) -> list[str] | None:
        """The chosen partners' names; None for the PDF alone."""
        return self.model.chosen() if self.with_email.isChecked() else None

    def _update(self) -> None:
        email = self.with_email.isChecked()
        for widget in (self.table, self.all_button, self.none_button):
            widget.setEnabled(email)
        if not self._loaded:
            self.ok.setEnabled(not email)
            return
        rows = self.model.rows()
        without = [row.name for row in rows if not row.addresses]
        chosen = self.model.chosen()
        if not email:
            text = "Bara PDF:en sparas."
        elif not chosen:
            text = NONE_CHOSEN
        else:
            count = sum(len(row.addresses) for row in rows if row.name in chosen)
            text = (f"{len(chosen)} partner valda, {count} "
                    f"{'adress' if count == 1 else 'adresser'} i hemlig kopia.")
        if email and without:
            text += (f" Utan e-postadress: {', '.join(without)} (lägg till en under Register → "
                     "Partner och kontakter).")
        self.status.setText(text)
        self.ok.setEnabled(not email or bool(chosen))
