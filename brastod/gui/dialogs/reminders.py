"""Påminn partner: for a period (the previous month to begin with), the active partners that
sent no report in it, fetched on the worker as the period changes, and which of them have no
e-mail address; then one e-mail draft (.eml) per partner, with the report template attached,
in a folder the user chooses. Nothing is sent."""
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from brastod import APP_NAME
from brastod.gui import views
from brastod.gui.data import Data
from brastod.gui.dialogs import buttons
from brastod.gui.exports import file_name, start_folder
from brastod.gui.live import while_alive
from brastod.gui.models.mail import MailPartnerModel, mail_partner
from brastod.gui.widgets.fields import typed_dates

FETCHING = "Hämtar partnerna …"


def previous_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def _silent(db, start: date, end: date) -> list:
    from brastod.core.services.reporting import silent_partners
    return [mail_partner(entry) for entry in silent_partners(db, start, end)]


def _write(db, start: date, end: date, folder: Path):
    from brastod.core.exports.reminders import export_reminders
    return export_reminders(db, start, end, folder)


class RemindersDialog(QDialog):
    loaded = Signal()              # the silent partners of the period shown have come

    def __init__(self, data: Data, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Påminn partner")
        self.resize(720, 540)
        self.data = data
        self._token = 0
        self._chosen_folder: Path | None = None
        intro = QLabel("Ett e-postutkast (.eml) med rapportmallen bifogad till varje partner "
                       "som inte har rapporterat under perioden. Inget skickas: du öppnar "
                       "utkasten i Outlook eller Thunderbird och skickar dem därifrån.")
        intro.setWordWrap(True)
        first, last = previous_month(data.today)
        self.start, self.end = QDateEdit(QDate(first)), QDateEdit(QDate(last))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            typed_dates(edit)
        self.end.setMinimumDate(self.start.date())     # a period never runs backwards
        self.model = MailPartnerModel(parent=self)
        self.table = QTableView()
        views.attach(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.status = QLabel(FETCHING)
        self.status.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        choose = QPushButton("&Välj mapp…")
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose_folder)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.wire(self, box, "&Skriv utkast", on_accept=self.write)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("Stäng")
        self.ok.setEnabled(False)

        period = QHBoxLayout()
        for widget in (QLabel("&Från:"), self.start, QLabel("&till:"), self.end):
            period.addWidget(widget)
        period.itemAt(0).widget().setBuddy(self.start)
        period.itemAt(2).widget().setBuddy(self.end)
        period.addStretch()
        where = QHBoxLayout()
        where.addWidget(QLabel("Mapp:"))
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(QLabel("Partner som inte har skickat någon rapport under perioden:"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(where)
        layout.addWidget(box)

        self.start.dateChanged.connect(self._start_changed)
        self.end.dateChanged.connect(self.reload)
        self.reload()

    @property
    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def target(self) -> Path:
        """The folder chosen, else one named for the period in the usual export folder."""
        if self._chosen_folder is not None:
            return self._chosen_folder
        start, end = self.period
        return start_folder() / file_name(f"Påminnelser {start} – {end}")

    def _start_changed(self) -> None:
        self.end.setMinimumDate(self.start.date())     # may move the end, which reloads
        self.reload()

    def reload(self) -> None:
        """The silent partners of the period now shown (an older answer is dropped)."""
        self._token += 1
        token = self._token
        self.ok.setEnabled(False)
        self.status.setText(FETCHING)
        self.folder.setText(str(self.target()))
        self.data.call(_silent, *self.period, on_done=while_alive(
            self, lambda rows: token == self._token and self._show(rows)))

    def _show(self, rows: list) -> None:
        self.model.set_rows(rows)
        without = [row.name for row in rows if not row.addresses]
        if not rows:
            text = "Alla aktiva partner har skickat minst en rapport under perioden."
        else:
            drafts = len(rows) - len(without)
            text = (f"{len(rows)} partner har inte skickat någon rapport; {drafts} utkast "
                    "skrivs.")
            if without:
                text += (f" Utan e-postadress, och därför utan utkast: {', '.join(without)} "
                         "(lägg till en under Register → Partner och kontakter).")
        self.status.setText(text)
        self.ok.setEnabled(len(rows) > len(without))
        self.loaded.emit()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Mapp för påminnelserna",
                                                  str(start_folder()))
        if chosen:
            self._chosen_folder = Path(chosen)
            self.folder.setText(chosen)

    def write(self) -> None:
        start, end = self.period
        folder = self.target()
        self.ok.setEnabled(False)
        self.data.call(_write, start, end, folder,
                       on_done=while_alive(self, lambda result: self._written(result, folder)),
                       on_error=while_alive(self, self._refused, self.data.runner.refuse),
                       label="Skriver påminnelserna…", parent=self)

    def _refused(self, error) -> None:
        self.ok.setEnabled(True)
        self.data.runner.refuse(error)

    def _written(self, result, folder: Path) -> None:
        count = len(result.written)
        text = (f"{count} e-postutkast med rapportmallen bifogad är sparade. Inget har "
                "skickats: öppna utkasten i Outlook eller Thunderbird och skicka dem därifrån.")
        if result.without_email:
            text += f"\n\nUtan e-postadress, så inget utkast: {', '.join(result.without_email)}."
        text += f"\n\nMappen: {folder}"
        QMessageBox.information(self, APP_NAME, text)
        self.accept()
