"""A goal's indicator over the years against its target: the measurements as a line, the
baseline and the target as flat lines up to the deadline year."""
from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen

from brastod.core.labels import PALETTE, RAG_COLORS


class GoalChart(QChartView):
    def __init__(self, parent=None):
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def show_goal(self, goal, points: list[tuple[int, float]]) -> None:
        """``goal`` is a GoalNode; ``points`` its indicator's (year, value), oldest first."""
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        values = goal.values
        if goal.indicator is None:
            chart.setTitle("Koppla målet till en indikator för att följa det över tid.")
            return
        chart.setTitle(f"{goal.indicator} ({goal.unit}) mot målet")
        measured = QLineSeries(name="Uppmätt")
        measured.setPointsVisible(True)
        measured.setPen(QPen(QColor(PALETTE[0]), 2.5))
        for year, value in points:
            measured.append(year, value)
        years = [year for year, _ in points]
        last = max(years + ([values.deadline.year] if values.deadline else []), default=0)
        first = min(years, default=last - 1)
        series = [measured]
        for name, level, colour, style in (
                (f"Mål {values.deadline.year if values.deadline else ''}".strip(),
                 values.target, RAG_COLORS["green"], Qt.PenStyle.DashLine),
                ("Utgångsläge", values.baseline, "#5f6b76", Qt.PenStyle.DotLine)):
            if level is None:
                continue
            line = QLineSeries(name=name)
            pen = QPen(QColor(colour), 2)
            pen.setStyle(style)
            line.setPen(pen)
            line.append(first, level)
            line.append(last, level)
            series.append(line)
        x_axis, y_axis = QValueAxis(), QValueAxis()
        x_axis.setLabelFormat("%d")
        for item in series:
            chart.addSeries(item)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for item in series:
            item.attachAxis(x_axis)
            item.attachAxis(y_axis)
        top = max([v for _, v in points] + [v for v in (values.target, values.baseline)
                                             if v is not None], default=1)
        # Ranges after attaching, which rescales the axes; one tick per year.
        if last == first:
            first, last = first - 1, last + 1
        x_axis.setRange(first, last)
        x_axis.setTickCount(last - first + 1 if last - first <= 10 else 6)
        y_axis.setRange(0, top * 1.15 or 1)
        y_axis.setLabelFormat("%.0f")
