from PySide6.QtWidgets import QMessageBox, QWidget

from brastod import APP_NAME, __version__

TEXT = (f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Stöd för kommunens trygghetssamordnare och lokala BRÅ: inkomna rapporter, "
        "lägesbild, åtgärdsplan och möten – på den egna datorn, även utan nätverk.</p>"
        "<p>Byggt för kraven i lag (2023:196) om kommuners ansvar för brottsförebyggande "
        "arbete. Inga uppgifter om enskilda personer ska föras in.</p>"
        "<p>Exempeldatan bygger på Polisens publicerade händelser för Fagersta "
        "(polisen.se) och SCB:s befolkningsstatistik.</p>")


def show_about(parent: QWidget, db_path: str) -> None:
    QMessageBox.about(parent, f"Om {APP_NAME}", f"{TEXT}<p><small>Databas: {db_path}</small></p>")
