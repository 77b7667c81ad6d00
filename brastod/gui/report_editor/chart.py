"""Each category's incidents per month over the last 12 or 24 months, as a line chart."""
from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from brastod.core.labels import PALETTE
from brastod.gui.widgets import combos

SERIES_SHOWN = 6


class ChartPane(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._figures = None
        self.months = QComboBox()
        combos.fill(self.months, [(12, "Senaste 12 månaderna"), (24, "Senaste 24 månaderna")])
        self.months.currentIndexChanged.connect(self._draw)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.note = QLabel()
        self.note.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(QLabel("Visa:"))
        top.addWidget(self.months)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(self.note)

    def show_figures(self, figures) -> None:
        self._figures = figures
        self._draw()

    def _draw(self) -> None:
        from brastod.core.services.figures import month_label
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if self._figures is None:
            return
        months, series = self._figures.monthly(combos.chosen(self.months))
        shown = series[:SERIES_SHOWN]
        chart.setTitle("Antal händelser per månad och kategori")
        x_axis = QBarCategoryAxis()
        x_axis.append([month_label(m) for m in months])
        x_axis.setLabelsAngle(-45)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        peak = 0
        for number, each in enumerate(shown):
            line = QLineSeries()
            line.setName(each.category)
            for month, count in enumerate(each.counts):
                line.append(month, count)
                peak = max(peak, count)
            line.setPen(QPen(QColor(PALETTE[number % len(PALETTE)]), 2.2))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        # After the series are attached, which rescales the axis to their own range.
        y_axis.setRange(0, max(peak, 4))
        y_axis.applyNiceNumbers()
        hidden = len(series) - len(shown)
        self.note.setText(f"De {SERIES_SHOWN} kategorier med flest händelser visas; {hidden} "
                          "till finns i Excel-filen." if hidden > 0 else "")
