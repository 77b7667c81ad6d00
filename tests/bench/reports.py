"""Inkomna rapporter with 100 000 incidents: how long a filter change takes from the query to
rows in the view (worker part and GUI part), and clicks on a heading: the first ranks the column,
the next sorts by the kept ranks, both in slices on the GUI thread. Prints, asserts nothing."""
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

INCIDENTS = 100_000


def _database(folder: Path):
    """The example data and incidents up to ``INCIDENTS``, with the lägesbild's year tallies
    counted again, as a user's database has them (the tallies follow every import)."""
    from brastod.core.demo import load_demo
    from brastod.core.services import tallies
    from brastod.core.services.import_batches import sql_date, sql_time
    db = load_demo(folder / "stor.sqlite3")
    with db.engine.begin() as connection:
        areas = [r[0] for r in connection.exec_driver_sql("SELECT id FROM area")]
        categories = [r[0] for r in connection.exec_driver_sql("SELECT id FROM category")]
        start = date(2024, 1, 1)
        rows = [(sql_date(start + timedelta(days=i % 1000)),
                 sql_time(None) if i % 3 else "21:30:00.000000", areas[i % len(areas)],
                 categories[i % len(categories)], f"Händelse nummer {i}", 1)
                for i in range(INCIDENTS - 3291)]
        connection.exec_driver_sql(
            "INSERT INTO incident (occurred_on, occurred_time, area_id, category_id, description,"
            " count, personal_data_flag, needs_review) VALUES (?, ?, ?, ?, ?, ?, 0, 0)", rows)
        tallies.rebuild(connection)
    return db


def clicks(app, rows) -> None:
    """Clicks on a heading: the model sorts in slices between other events; a heartbeat timer
    (2 ms) measures the longest the GUI thread was away. The first click on a column ranks it;
    the next uses the ranks."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from brastod.gui.models.incidents import IncidentTableModel
    model = IncidentTableModel()
    model.set_rows(rows)
    beats = [0.0, 0.0]                       # the last beat, the longest gap

    def beat() -> None:
        now = time.perf_counter()
        beats[1] = max(beats[1], now - beats[0])
        beats[0] = now
    heartbeat = QTimer(interval=2)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    for column in (3, 6):            # Område (9 names), Beskrivning (one per incident)
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            loop = QEventLoop()
            model.resorted.connect(loop.quit)
            began = beats[0] = time.perf_counter()
            beats[1] = 0.0
            model.sort(column, order)
            loop.exec()
            model.resorted.disconnect(loop.quit)
            which = "första" if order == Qt.SortOrder.AscendingOrder else "nästa "
            print(f"  klick på rubriken {model.columns[column].title:<11} {which}: sorterat "
                  f"efter {(time.perf_counter() - began) * 1000:4.0f} ms, GUI-tråden borta "
                  f"högst {beats[1] * 1000:3.0f} ms ({len(rows):,} rader)")
    heartbeat.stop()


def main() -> None:
    from PySide6.QtWidgets import QApplication
    from brastod.core.services.incidents import IncidentFilter, list_incidents
    from brastod.gui.models.incidents import IncidentTableModel
    from brastod.gui.models.table import row_sort_key
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = _database(Path(folder))
        model = IncidentTableModel()
        value = model.columns[0].value
        for label, where in (("alla", IncidentFilter()),
                             ("fritext ”nummer 9”", IncidentFilter(text="nummer 9")),
                             ("ett år", IncidentFilter(start=date(2025, 1, 1),
                                                       end=date(2025, 12, 31)))):
            worker, gui = [], []
            for _ in range(3):
                began = time.perf_counter()
                rows = list_incidents(db, where)
                rows.sort(key=lambda row: row_sort_key(value(row)), reverse=True)
                middle = time.perf_counter()
                model.set_rows(rows)
                app.processEvents()
                worker.append(middle - began)
                gui.append(time.perf_counter() - middle)
            print(f"  {label:<22} {len(rows):7,} rader: arbetstråd {statistics.median(worker):5.2f} s,"
                  f" GUI-tråd {statistics.median(gui) * 1000:5.1f} ms")
        clicks(app, list_incidents(db))
        db.close()


if __name__ == "__main__":
    main()
