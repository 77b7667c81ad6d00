"""Where and when: the places with most incidents, and weekday × time of day as a heat map."""
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from brastod.gui import views
from brastod.gui.models.report_figures import HotspotModel, WeekdayTimeModel


class PlacesPane(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hotspots = HotspotModel(self)
        self.hotspot_table = QTableView()
        views.attach(self.hotspot_table, self.hotspots)
        self.times = WeekdayTimeModel(self)
        self.time_table = QTableView()
        self.time_table.setModel(self.times)
        self.time_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.time_table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        layout = QHBoxLayout(self)
        for title, table, note in (
                ("Platser med flest händelser", self.hotspot_table,
                 "Stavningar av samma plats räknas ihop."),
                ("När händelserna inträffar", self.time_table,
                 "Ju mörkare ruta, desto fler händelser. Okänd tid: rapporten saknade klockslag.")):
            column = QVBoxLayout()
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            column.addWidget(heading)
            column.addWidget(table)
            column.addWidget(hint)
            layout.addLayout(column, 1)

    def show_figures(self, figures) -> None:
        from brastod.core.services.figures import TIME_BANDS
        self.hotspots.set_rows(figures.hotspots)
        self.times.set_grid(figures.weekday_time, TIME_BANDS)
