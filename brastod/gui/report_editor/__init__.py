"""The parts of the Lägesbild tab's editor: text, figures, places and times, the chart, area
assessments, pinned incidents and key figures."""
