"""Responsiveness: a scripted session of the real window on the example data plus 100 000
incidents, with the task runner on its worker thread as in the app. A heartbeat timer on the GUI
thread (every 5 ms) records how long the thread was away; the longest gap overall and per step
names the stalls. Goal: none over 50 ms. Garbage collections over 25 ms are named beside the
step they fell in: whichever thread runs one holds the GIL, so the GUI thread waits for it too.
Prints, asserts nothing.

The session runs in a child process with its own settings and log folders (the user's are not
touched). It is driven through what a user reaches — tab bars, table rows and headings, buttons
and text fields found by their objectName in ui/*.ui — and waits for work by the runner's
``idle`` signal, then lets the heartbeat watch a quiet moment so that timers (search debounce,
autosave) have fired and their work has finished too.
"""
import cProfile
import gc
import os
import pstats
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

HEARTBEAT_MS = 5
QUIET_S = 0.7        # longer than the search debounce (250 ms) and the autosave pause (500 ms)
KEY_S = 0.08         # between two keys typed (a brisk typist)
GOAL_MS = 50
IMPORT_ROWS = 1_000
MOST_ROWS = 8        # rows chosen per list (each opens its editor)
MOST_LINKS = 30      # links chosen in a plan's chain


def main(profile: bool = False) -> None:
    """``profile`` (``responsiveness.py --profile``): the GUI thread's Python work in each step
    over the goal is shown too, under cProfile (which slows it: the figures grow)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from imports import write_csv
    from reports import INCIDENTS, _database
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = _database(folder)
        db.close()
        csv = write_csv(folder / "skolan.csv", IMPORT_ROWS)
        env = dict(os.environ)
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                         "XDG_CACHE_HOME"):
            env[variable] = str(folder / variable.lower())
        print(f"Responsiveness, a scripted session with {INCIDENTS:,} incidents "
              f"(heartbeat every {HEARTBEAT_MS} ms on the GUI thread; goal: no gap over "
              f"{GOAL_MS} ms):", flush=True)
        subprocess.run([sys.executable, __file__, str(folder / "stor.sqlite3"), str(csv),
                        str(folder), *(["--profile"] if profile else [])], env=env,
                       check=False)


# ---- the child process: the session ----

def heading(model, column: int) -> str:
    from PySide6.QtCore import Qt
    return model.headerData(column, Qt.Orientation.Horizontal)


class Session:
    def __init__(self, db_path: Path, csv: Path, folder: Path, profile: bool = False):
        from PySide6.QtCore import Qt, QTimer
        from brastod.core.logs import log_file, setup_logging
        from brastod.gui.app import Application, make_qapplication
        self.app = make_qapplication([sys.argv[0]])
        setup_logging()
        self.db_path, self.csv, self.folder = db_path, csv, folder
        self.gaps: dict[str, list[float]] = {}
        self.collections: dict[str, list[str]] = {}
        self.order: list[str] = []
        self.problems: list[str] = []
        self.links_opened = 0
        self.profiles: dict[str, "cProfile.Profile"] | None = {} if profile else None
        self.step("start: window shown until every tab is filled")
        self._last = time.perf_counter()
        self.heartbeat = QTimer(interval=HEARTBEAT_MS)
        self.heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self.heartbeat.timeout.connect(self._beat)
        self.heartbeat.start()
        self._collecting: dict[int, float] = {}
        gc.callbacks.append(self._collection)
        self.controller = Application(log_file())
        self.tasks = self.controller.tasks

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps[self._step].append((now - self._last) * 1000)
        self._last = now

    def _collection(self, phase: str, info: dict) -> None:
        """Notes each long garbage collection (on any thread: it holds the GIL throughout)."""
        thread = threading.get_ident()
        if phase == "start":
            self._collecting[thread] = time.perf_counter()
            return
        took = (time.perf_counter() - self._collecting.pop(thread, time.perf_counter())) * 1000
        if took > GOAL_MS / 2:
            where = "GUI thread" if thread == threading.main_thread().ident else "worker"
            self.collections[self._step].append(f"{took:.0f} ms on the {where}")

    def step(self, name: str) -> None:
        if name in self.gaps:
            name = f"{name} ({sum(n.startswith(name) for n in self.gaps) + 1})"
        self._step = name
        self.gaps[name] = []
        self.collections[name] = []
        self.order.append(name)
        if self.profiles is not None:          # cProfile follows the GUI thread only
            if self.order[:-1]:
                self.profiles[self.order[-2]].disable()
            self.profiles[name] = cProfile.Profile()
            self.profiles[name].enable()

    # ---- waiting ----
    def spin(self, seconds: float) -> None:
        """Runs the event loop for ``seconds`` (the heartbeat watches)."""
        from PySide6.QtCore import QEventLoop, QTimer
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def wait_for(self, signal, timeout: float = 120) -> bool:
        from PySide6.QtCore import QEventLoop, QTimer
        loop = QEventLoop()
        signal.connect(loop.quit)
        timer = QTimer(singleShot=True, interval=int(timeout * 1000))
        timer.timeout.connect(loop.quit)
        timer.start()
        loop.exec()
        signal.disconnect(loop.quit)
        if not timer.isActive():
            self.problems.append(f"{self._step}: waited {timeout:.0f} s in vain")
            return False
        timer.stop()
        return True

    def settle(self) -> None:
        """Until the runner has nothing to do and a quiet moment started no more work."""
        began = time.perf_counter()
        while time.perf_counter() - began < 300:
            if self.tasks.busy and not self.wait_for(self.tasks.idle):
                return
            self.spin(QUIET_S)
            if not self.tasks.busy:
                return

    # ---- what a user does ----
    def click(self, widget, pos=None, double: bool = False) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        if double:
            QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def choose_tab(self, tabs, index: int) -> None:
        bar = tabs.tabBar()
        self.click(bar, bar.tabRect(index).center())

    def choose_row(self, view, index) -> None:
        view.scrollTo(index)
        self.click(view.viewport(), view.visualRect(index).center())

    def click_heading(self, view, column: int) -> None:
        from PySide6.QtCore import QPoint
        view.scrollTo(view.model().index(view.rowAt(0) if view.rowAt(0) >= 0 else 0, column))
        header = view.horizontalHeader()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        resorted = getattr(view.model(), "resorted", None)    # a model that sorts itself
        done = []

        def mark() -> None:
            done.append(True)
        if resorted is not None:
            resorted.connect(mark)
        self.click(header.viewport(), QPoint(x, header.height() // 2))
        if resorted is not None:
            if not done:                  # a long list is sorted in slices: wait for it
                self.wait_for(resorted)
            resorted.disconnect(mark)

    def type_text(self, widget, text: str) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        for character in text:   # QTest.keyClicks knows no å, ä, ö
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         character))
            self.spin(KEY_S)

    def answer_dialogs(self, answer):
        """While on, a modal dialog (not the runner's progress dialog) gets ``answer(dialog)``
        once it has been shown for a moment."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog
        seen = set()

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog) and not isinstance(dialog, QProgressDialog) \
                    and dialog.isVisible() and id(dialog) not in seen:
                seen.add(id(dialog))
                QTimer.singleShot(int(QUIET_S * 1000), lambda: answer(dialog))
        poll = QTimer(interval=50)
        poll.timeout.connect(look)
        poll.start()
        return poll

    # ---- the script ----
    def run(self) -> None:
        from PySide6.QtWidgets import QTabWidget
        if not self.controller.start(self.db_path):
            self.problems.append("the database is open in another Brastöd")
            return
        self.window = window = self.controller.window
        self.wait_for(window.ready)
        self.settle()
        self.tabs = window.findChild(QTabWidget, "tabs")
        for index in range(self.tabs.count()):
            self.visit(index)
        self.reports()
        self.import_file()
        self.export_pack()
        self.step("closing the window")
        window.close()
        self.spin(QUIET_S)

    def title(self, tabs, index: int) -> str:
        return tabs.tabText(index).replace("&", "")

    def visit(self, index: int) -> None:
        """A main tab: shown, its sub-tabs, each row of its list, the sorting, the search."""
        name = self.title(self.tabs, index)
        self.step(f"{name}: tab shown")
        self.choose_tab(self.tabs, index)
        self.settle()
        page = self.tabs.widget(index)
        self.visit_parts(page, name)
        table = self.master_table(page)
        if table is None or name == "Inkomna rapporter":
            return
        model = table.model()
        rows = list(range(min(MOST_ROWS, model.rowCount())))
        if model.rowCount() > MOST_ROWS:
            rows.append(model.rowCount() - 1)
        for row in rows:
            what = model.index(row, 0).data()
            self.step(f"{name}: row {row + 1} ({what}) opened")
            self.choose_row(table, model.index(row, 0))
            self.settle()
            self.visit_chain(page, name)
        if rows:                         # the first is the newest: a draft, editable
            self.step(f"{name}: row 1 opened again")
            self.choose_row(table, model.index(0, 0))
            self.settle()
        self.visit_parts(page, name)
        self.type_into(page, name)
        for column in range(model.columnCount()):
            self.step(f"{name}: sorted on {heading(model, column)}")
            self.click_heading(table, column)
            self.settle()
        self.search(page, name, "a")

    def visit_parts(self, page, name: str) -> None:
        from PySide6.QtWidgets import QTabWidget
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                self.step(f"{name} › {self.title(tabs, index)}: sub-tab shown")
                self.choose_tab(tabs, index)
                self.settle()

    def master_table(self, page):
        """The list of the tab: a visible table not inside one of the tab's sub-tabs."""
        from PySide6.QtWidgets import QTabWidget, QTableView
        for table in page.findChildren(QTableView):
            parent = table.parentWidget()
            while parent is not None and parent is not page and not isinstance(parent,
                                                                                 QTabWidget):
                parent = parent.parentWidget()
            if parent is page and table.isVisible():
                return table
        return None

    def visit_chain(self, page, name: str) -> None:
        """A plan's chain (a tree): each link chosen in turn opens its form."""
        from PySide6.QtWidgets import QTreeView
        tree = page.findChild(QTreeView, "tree")
        wanted = MOST_LINKS - self.links_opened     # over all plans: their forms are the same
        if tree is None or wanted <= 0:
            return
        self.reveal(tree, name)
        tree.expandAll()
        model, found, pending = tree.model(), [], [tree.rootIndex()]
        while pending and len(found) < wanted:
            parent = pending.pop(0)
            for row in range(model.rowCount(parent)):
                found.append(model.index(row, 0, parent))
                pending.append(found[-1])
        self.links_opened += len(found[:wanted])
        for index in found[:wanted]:
            self.step(f"{name} › Kedja: link ”{str(index.data())[:30]}” opened")
            self.choose_row(tree, index)
            self.settle()
        self.type_into(page, f"{name} › Kedja")

    def reveal(self, widget, name: str) -> None:
        """Shows the sub-tab that holds ``widget``."""
        from PySide6.QtWidgets import QTabWidget
        child, parent = widget, widget.parentWidget()
        while parent is not None and not widget.isVisible():
            if isinstance(parent, QTabWidget) and parent.indexOf(child) >= 0:
                index = parent.indexOf(child)
                self.step(f"{name} › {self.title(parent, index)}: sub-tab shown")
                self.choose_tab(parent, index)
                self.settle()
            child, parent = parent, parent.parentWidget()

    def type_into(self, page, name: str) -> None:
        """The first visible text field that is not the search field gets a sentence; when the
        sub-tab shown has none, the first sub-tab that has one is chosen."""
        from PySide6.QtWidgets import QTabWidget
        field = self.text_field(page)
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                if field is not None or not tabs.isVisible():
                    break
                self.step(f"{name} › {self.title(tabs, index)}: sub-tab shown")
                self.choose_tab(tabs, index)
                self.settle()
                field = self.text_field(page)
        if field is None:
            self.problems.append(f"{name}: no text field to type into")
            return
        self.step(f"{name}: typing into {field.objectName() or type(field).__name__}")
        self.type_text(field, " Trygghetsvandring i centrum med fastighetsägarna.")
        self.settle()

    def text_field(self, page):
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit
        texts = [w for kind in (QPlainTextEdit, QTextEdit) for w in page.findChildren(kind)
                 if w.isVisible() and w.isEnabled() and not w.isReadOnly()]
        lines = [w for w in page.findChildren(QLineEdit) if w.isVisible() and w.isEnabled()
                 and not w.isReadOnly() and w.objectName() not in ("filter", "search")
                 and not w.objectName().startswith("qt_")]
        return next(iter(texts + lines), None)

    def search(self, page, name: str, text: str) -> None:
        from PySide6.QtWidgets import QLineEdit
        field = page.findChild(QLineEdit, "filter")
        if field is None or not field.isVisible():
            return
        self.step(f"{name}: search ”{text}” typed")
        self.type_text(field, text)
        self.settle()
        self.step(f"{name}: search cleared")
        field.clear()
        self.settle()

    def reports(self) -> None:
        """Inkomna rapporter: every heading clicked (Område twice), a search, a row opened."""
        from PySide6.QtWidgets import QPushButton
        index = next(i for i in range(self.tabs.count())
                     if self.title(self.tabs, i) == "Inkomna rapporter")
        self.choose_tab(self.tabs, index)
        self.settle()
        page = self.tabs.widget(index)
        table = self.master_table(page)
        model = table.model()
        headings = [heading(model, c) for c in range(model.columnCount())]
        area = headings.index("Område")
        for column in [area, area] + [c for c in range(len(headings)) if c != area]:
            self.step(f"Inkomna rapporter: sorted on {headings[column]}")
            self.click_heading(table, column)
            self.settle()
        self.search(page, "Inkomna rapporter", "nummer 9")
        self.step("Inkomna rapporter: a row chosen")
        self.choose_row(table, model.index(0, 0))
        self.settle()
        self.step("Inkomna rapporter: Öppna… (the incident dialog, then Avbryt)")
        poll = self.answer_dialogs(lambda dialog: dialog.reject())
        page.findChild(QPushButton, "openButton").click()
        self.settle()
        poll.stop()

    def import_file(self) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton
        self.step(f"import of {IMPORT_ROWS:,} rows (preview, Importera, reload)")
        QFileDialog.getOpenFileNames = lambda *args, **kwargs: ([str(self.csv)], "")

        def accept(dialog) -> None:
            box = dialog.findChild(QDialogButtonBox)
            ok = box.button(QDialogButtonBox.StandardButton.Ok) if box is not None else None
            if ok is None or not ok.isEnabled():
                self.problems.append("import: the preview's OK button is not there or off")
                dialog.reject()
            else:
                ok.click()
        poll = self.answer_dialogs(accept)
        button = self.window.findChild(QPushButton, "importButton")
        button.click()
        self.settle()
        poll.stop()

    def export_pack(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QToolButton
        pdf = self.folder / "möteshandlingar.pdf"
        QFileDialog.getSaveFileName = lambda *args, **kwargs: (str(pdf), "PDF (*.pdf)")
        index = next(i for i in range(self.tabs.count())
                     if self.title(self.tabs, i) == "Möteskalender")
        self.step("Möteskalender: tab shown again")
        self.choose_tab(self.tabs, index)
        self.settle()
        button = self.tabs.widget(index).findChild(QToolButton, "documentsButton")
        action = next((a for a in button.menu().actions()
                       if "Möteshandlingar" in a.text().replace("&", "")), None)
        if action is None or not button.isEnabled():
            self.problems.append("export: no Möteshandlingar in the Handlingar menu")
            return
        self.step("Möteskalender: Handlingar › Möteshandlingar exported")
        action.trigger()
        self.settle()
        if not pdf.is_file():
            self.problems.append("export: the meeting pack was not written")

    # ---- the report ----
    def report(self) -> None:
        every = [gap for gaps in self.gaps.values() for gap in gaps]
        worst = sorted(((max(gaps), name) for name, gaps in self.gaps.items() if gaps),
                       reverse=True)
        over = sum(gap > GOAL_MS for gap in every)
        print(f"  {len(self.order)} steps, {len(every):,} beats; longest gap "
              f"{worst[0][0]:.0f} ms ({worst[0][1]}); {over} gaps over {GOAL_MS} ms")
        print("  longest gap per step, worst first:")
        for gap, name in worst:
            count = sum(g > GOAL_MS for g in self.gaps[name])
            collections = self.collections[name]
            print(f"  {gap:7.0f} ms  {name}" + (f"   ({count} gaps over {GOAL_MS} ms)"
                                                 if count > 1 else "")
                  + (f"   [garbage collection: {', '.join(collections)}]" if collections
                     else ""))
            if self.profiles is not None and gap > GOAL_MS:
                self.print_profile(self.profiles[name])
        for problem in self.problems:
            print(f"  NOTE: {problem}")

    def print_profile(self, profile) -> None:
        """The application's functions that took longest in the step, calls included."""
        profile.disable()
        functions = pstats.Stats(profile).stats
        ours = sorted(((timing[3], where) for where, timing in functions.items()
                       if "/brastod/" in where[0]), reverse=True)
        for seconds, (path, line, function) in ours[:6]:
            print(f"               {seconds * 1000:6.0f} ms in {function} "
                  f"({path.split('/brastod/')[-1]}:{line})")


def session(db_path: Path, csv: Path, folder: Path, profile: bool) -> None:
    from PySide6.QtCore import QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QMessageBox

    def quiet(kind, context, text: str) -> None:     # the offscreen platform's one complaint
        if "propagateSizeHints" not in text:
            print(text, file=sys.stderr)
    qInstallMessageHandler(quiet)
    bench = Session(db_path, csv, folder, profile)
    QMessageBox.information = QMessageBox.warning = QMessageBox.critical = (
        lambda parent, title, text, *rest: bench.problems.append(
            f"{bench._step}: message ”{' '.join(str(text).split())[:150]}”")
        or QMessageBox.StandardButton.Ok)
    QMessageBox.question = lambda *args, **kwargs: QMessageBox.StandardButton.Yes

    def failed(kind, value, tb) -> None:
        bench.problems.append(f"{bench._step}: {kind.__name__}: {value}")
        traceback.print_exception(kind, value, tb)
    sys.excepthook = failed

    def script() -> None:
        try:
            bench.run()
        except Exception as error:       # the report still shows what was measured
            traceback.print_exc()
            bench.problems.append(f"{bench._step}: the script stopped: {error!r}")
        bench.heartbeat.stop()
        bench.step("(after the script)")
        bench.app.quit()
    QTimer.singleShot(0, script)
    bench.app.exec()
    bench.report()
    if bench.controller.db is not None:
        bench.controller.db.close()


if __name__ == "__main__":
    wants_profile = "--profile" in sys.argv
    arguments = [arg for arg in sys.argv[1:] if arg != "--profile"]
    if len(arguments) == 3:
        session(*(Path(arg) for arg in arguments), wants_profile)
    else:
        main(wants_profile)
