"""The chosen trygghetsvandring, edited in two parts that save as they are changed: Uppgifter
(date, time, area, meeting place, route, notes, and the organisations that took part) and
Punkter (the observation points in order; a point made an action in a plan in one step, whose
status and colour then show in the table)."""
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QInputDialog, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from brastod import APP_NAME
from brastod.core.errors import FieldError
from brastod.core.versions import Conflict
from brastod.core.walk_rules import STATUS_LABELS, PointActionFields, PointFields, WalkFields
from brastod.gui import views
from brastod.gui.data import Data, Topic
from brastod.gui.dialogs.confirm import ask
from brastod.gui.dialogs.conflict import Choice, resolve
from brastod.gui.field_errors import at_field_or_window, show_at_field
from brastod.gui.forms.ui_point_action_form import Ui_PointActionForm
from brastod.gui.forms.ui_point_form import Ui_PointForm
from brastod.gui.forms.ui_walk_form import Ui_WalkForm
from brastod.gui.forms.ui_walk_participants_pane import Ui_WalkParticipantsPane
from brastod.gui.forms.ui_walk_points_pane import Ui_WalkPointsPane
from brastod.gui.models.table import ROW_ROLE
from brastod.gui.walk_editor.models import ParticipantModel, PointTableModel
from brastod.gui.widgets import combos
from brastod.gui.widgets.autosave import AutoSaveForm
from brastod.gui.widgets.fields import (
    narrow, optional_date, optional_time, read_date, read_time, write_date, write_time,
)
from brastod.gui.widgets.form_dialog import FormDialog
from brastod.gui.widgets.versioned_form import VersionedForm

NO_AREA = "–"
NO_PLACE = "Ingen plats"
OTHER = "Annan organisation"


@dataclass(frozen=True)
class WalkView:
    """A walk whole, with the lists its forms choose from: (id, name) pairs, and the
    observation kinds with their versions."""
    detail: object              # core.services.walks.WalkDetail
    areas: list[tuple[int, str]]
    partners: list[tuple[int, str]]
    kinds: list                 # core.services.walks.KindRow
    plans: list[tuple[int, str]]
    places: list[tuple[int, str]]       # the register's places a point may name


def fetch_walk(db, walk_id: int) -> WalkView:
    """On the worker: the walk and what its forms offer (active partners, open plans)."""
    from brastod.core.services.action_plans import list_plans
    from brastod.core.services.registers import list_areas, list_partners, list_places
    from brastod.core.services.walks import get_walk, list_kinds
    return WalkView(get_walk(db, walk_id), [(a.id, a.name) for a in list_areas(db)],
                    [(p.id, p.name) for p in list_partners(db) if p.active],
                    list_kinds(db),
                    [(p.id, p.title) for p in list_plans(db) if p.status != "closed"],
                    list_places(db))


class _Part(QWidget):
    """A part of the walk editor: saves on the worker and says when it did."""

    changed = Signal()

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.data, self.view = data, None

    def _save(self, function, *args, on_refused=None, changes=Topic.MEETINGS, **kwargs) -> None:
        """``function(db, *args, **kwargs)`` on the worker; a refusal is shown by
        ``on_refused`` or the window, and then what is stored is shown again."""
        tell = at_field_or_window(self.data, on_refused or self.data.runner.refuse)

        def refused(error) -> None:
            tell(error)
            self.changed.emit()
        self.data.call(function, *args, on_done=lambda _: self.changed.emit(),
                       on_error=refused, changes=changes, origin=self, **kwargs)


class WalkForm(AutoSaveForm):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_WalkForm()
        ui.setupUi(self)
        combos.fill(ui.status, list(STATUS_LABELS.items()))
        self.fields = {"walk_date": ui.walkDate, "start_time": ui.startTime,
                       "end_time": ui.endTime, "status": ui.status, "area_id": ui.area,
                       "meeting_place": ui.meetingPlace, "route": ui.route, "note": ui.note}
        optional_date(ui.walkDate)
        for edit in (ui.startTime, ui.endTime):
            optional_time(edit)
        self.watch()

    def set_areas(self, areas: list[tuple[int, str]]) -> None:
        with self.loading():
            combos.fill(self.ui.area, [(None, NO_AREA)] + areas)

    def set_values(self, detail) -> None:
        ui = self.ui
        with self.loading():
            for edit, value in ((ui.meetingPlace, detail.meeting_place), (ui.route, detail.route)):
                if edit.text() != (value or ""):
                    edit.setText(value or "")
            if ui.note.toPlainText() != detail.note:
                ui.note.setPlainText(detail.note)
            write_date(ui.walkDate, detail.walk_date)
            write_time(ui.startTime, detail.start_time)
            write_time(ui.endTime, detail.end_time)
            combos.choose(ui.status, detail.status)
            combos.choose(ui.area, detail.area_id)

    def values(self) -> WalkFields:
        ui = self.ui
        return WalkFields(read_date(ui.walkDate), read_time(ui.startTime),
                          read_time(ui.endTime), combos.chosen(ui.area), ui.route.text(),
                          ui.meetingPlace.text(), ui.note.toPlainText(), combos.chosen(ui.status))


class ParticipantsPane(_Part):
    """The organisations that took part, each with how many came (never people's names)."""

    def __init__(self, data: Data, parent=None):
        super().__init__(data, parent)
        self.ui = ui = Ui_WalkParticipantsPane()
        ui.setupUi(self)
        self.model = ParticipantModel(self)
        views.attach(ui.table, self.model)
        narrow(ui.partner)
        self.fields = {"partner_id": ui.partner, "organisation": ui.organisation,
                       "headcount": ui.headcount}
        ui.partner.currentIndexChanged.connect(
            lambda: ui.organisation.setEnabled(combos.chosen(ui.partner) is None))
        ui.addParticipant.clicked.connect(self.add)
        ui.organisation.returnPressed.connect(self.add)
        ui.removeParticipant.clicked.connect(self.remove)

    def show_walk(self, view: WalkView) -> None:
        if self.view is None or [p for p, _ in self.view.partners] != \
                [p for p, _ in view.partners]:
            combos.fill(self.ui.partner, [(None, OTHER)] + view.partners)
            self.ui.organisation.setEnabled(True)
        self.view = view
        self.model.set_rows(view.detail.participants)
        self.ui.removeParticipant.setEnabled(bool(view.detail.participants))

    def add(self) -> None:
        from brastod.core.services.walks import add_participant
        ui = self.ui
        if self.view is None:
            return
        partner = combos.chosen(ui.partner)
        organisation = None if partner is not None else ui.organisation.text()
        ui.error.setText("")

        def refused(error) -> None:
            show_at_field(ui.error, self.fields, error)
        self.data.call(add_participant, self.view.detail.id, partner_id=partner,
                       organisation=organisation, headcount=ui.headcount.value(),
                       on_done=lambda _: self._added(), on_error=at_field_or_window(
                           self.data, refused), changes=Topic.MEETINGS, origin=self)

    def _added(self) -> None:
        self.ui.organisation.clear()
        self.ui.headcount.setValue(1)
        self.changed.emit()

    def remove(self) -> None:
        from brastod.core.services.walks import remove_participant
        indexes = self.ui.table.selectionModel().selectedRows()
        if indexes:
            row = indexes[0].data(ROW_ROLE)
            self._save(remove_participant, row.id, row.stamp.version if row.stamp else None)


class ParticularsPart(_Part):
    """Uppgifter: the walk's fields, which save as they are edited, and its participants."""

    def __init__(self, data: Data, parent=None):
        super().__init__(data, parent)
        self.form = WalkForm()
        self.participants = ParticipantsPane(data)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.participants, 1)
        self.saving = VersionedForm(self.form, data, Topic.MEETINGS, _write_walk)
        self.saving.saved.connect(self.changed)
        self.participants.changed.connect(self.changed)

    def show_walk(self, view: WalkView) -> None:
        self.view = view

        def fill() -> None:
            self.form.set_areas(view.areas)
            self.form.set_values(view.detail)
        self.saving.show(view.detail.id, view.detail, view.detail.stamp, fill)
        self.participants.show_walk(view)

    def flush(self) -> None:
        self.saving.flush()


def _write_walk(db, walk_id: int, values, version: int | None, base):
    from brastod.core.services.walks import update_walk
    return update_walk(db, walk_id, values, version=version, base=base)


class PointForm(QWidget):
    def __init__(self, view: WalkView, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_PointForm()
        ui.setupUi(self)
        combos.fill(ui.area, [(None, NO_AREA)] + view.areas)
        combos.fill(ui.placeId, [(None, NO_PLACE)] + view.places)
        combos.fill(ui.kind, [(None, "Välj …")] + [(k.id, k.name) for k in view.kinds])
        for combo in (ui.area, ui.placeId, ui.kind):
            narrow(combo)
        self.fields = {"place": ui.place, "area_id": ui.area, "place_id": ui.placeId,
                       "kind_id": ui.kind, "note": ui.note}

    def set_values(self, values: PointFields | None, area_id: int | None) -> None:
        """A point's values, or a new point's in the walk's area."""
        ui = self.ui
        ui.place.setText(values.place if values else "")
        combos.choose(ui.area, values.area_id if values else area_id)
        combos.choose(ui.placeId, values.place_id if values else None)
        combos.choose(ui.kind, values.kind_id if values else None)
        ui.note.setPlainText(values.note if values else "")

    def values(self) -> PointFields:
        ui = self.ui
        return PointFields(ui.place.text(), combos.chosen(ui.kind), ui.note.toPlainText(),
                           combos.chosen(ui.area), combos.chosen(ui.placeId))

    def show_error(self, error: FieldError) -> None:
        show_at_field(self.ui.error, self.fields, error)


class PointActionForm(QWidget):
    """Gör till åtgärd: the plan, the responsible partner and the due date."""

    def __init__(self, view: WalkView, parent=None):
        super().__init__(parent)
        self.ui = ui = Ui_PointActionForm()
        ui.setupUi(self)
        combos.fill(ui.plan, view.plans)
        combos.fill(ui.partner, [(None, "Välj …")] + view.partners)
        for combo in (ui.plan, ui.partner):
            narrow(combo)
        optional_date(ui.dueOn)
        self.fields = {"plan_id": ui.plan, "responsible_partner_id": ui.partner,
                       "due_on": ui.dueOn}

    def values(self) -> PointActionFields:
        ui = self.ui
        return PointActionFields(combos.chosen(ui.plan), combos.chosen(ui.partner),
                                 read_date(ui.dueOn))

    def show_error(self, error: FieldError) -> None:
        show_at_field(self.ui.error, self.fields, error)


class PointsPart(_Part):
    """Punkter: the observation points in the walk's order."""

    def __init__(self, data: Data, parent=None):
        super().__init__(data, parent)
        self.ui = ui = Ui_WalkPointsPane()
        ui.setupUi(self)
        self.model = PointTableModel(data.today, self)
        views.attach(ui.table, self.model)
        ui.addPoint.clicked.connect(lambda: self.edit_point(None))
        ui.editPoint.clicked.connect(lambda: self.edit_point(self.chosen()))
        ui.table.doubleClicked.connect(lambda _index: self.edit_point(self.chosen()))
        ui.removePoint.clicked.connect(self.remove_point)
        ui.pointUp.clicked.connect(lambda: self.move_point(-1))
        ui.pointDown.clicked.connect(lambda: self.move_point(1))
        ui.toAction.clicked.connect(self.to_action)
        ui.kinds.clicked.connect(self.edit_kinds)
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.conflict = None            # a conflict dialog while it is open
        for arrow in (ui.pointUp, ui.pointDown):
            arrow.setFixedWidth(36)

    def show_walk(self, view: WalkView) -> None:
        chosen = self.chosen()
        self.view = view
        self.model.set_rows(view.detail.points)
        views.choose_row(self.ui.table, self.ui.table.model(),
                         chosen.id if chosen is not None else None)
        self._enable()

    def chosen(self):
        indexes = self.ui.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _enable(self) -> None:
        row = self.chosen()
        ui = self.ui
        for button in (ui.editPoint, ui.removePoint, ui.pointUp, ui.pointDown):
            button.setEnabled(row is not None)
        ui.toAction.setEnabled(row is not None and row.action_id is None)

    def edit_point(self, row, typed: PointFields | None = None, version: int | None = None,
                   base: PointFields | None = None, error: FieldError | None = None) -> None:
        """A new point (``row`` None) or a changed one, saved naming the version and the values
        the dialog showed (``base``): someone else's change to another field is taken, the same
        field is asked about. ``typed``: what the user had typed, shown again (with the
        ``error`` the core found in it) after a conflict they chose to decide later or a value
        refused, saved on the same version (so a conflict is asked again)."""
        from brastod.core.services.walks import add_point
        if self.view is None:
            return
        detail = self.view.detail
        form = PointForm(self.view)
        form.set_values(typed or (row.values if row else None), detail.area_id)
        if error is not None:
            form.show_error(error)
        dialog = FormDialog(f"Punkt {row.number}" if row else "Ny punkt", detail.title(), form,
                            lambda values: values.validate(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if row is None:
            self._save(add_point, detail.id, dialog.result_values)
            return
        if version is None and row.stamp is not None:
            version, base = row.stamp.version, row.values
        self._update_point(row, form, dialog.result_values, version, base)

    def _update_point(self, row, form: "PointForm", values: PointFields, version: int | None,
                      base: PointFields | None) -> None:
        from brastod.core.services.walks import update_point
        from brastod.gui.dialogs.form_conflict import resolve_fields

        def refused(error) -> None:
            if isinstance(error, FieldError):       # a list entry removed meanwhile …
                self.edit_point(row, values, version, base, error)
                return
            if not (isinstance(error, Conflict) and error.clashes):
                at_field_or_window(self.data, self.data.runner.refuse)(error)
                self.changed.emit()
                return
            theirs = PointFields(**error.values)

            def chosen(picked: dict) -> None:
                self._update_point(row, form, PointFields(**{**error.merged, **picked}),
                                   error.stamp.version, theirs)
            self._asking(resolve_fields(self, error, form, form.fields, chosen))
            self.conflict.rejected.connect(lambda: self.edit_point(
                row, PointFields(**error.merged), version, base))
        self.data.call(update_point, row.id, values, version=version, base=base,
                       on_done=lambda _: self.changed.emit(), on_error=refused,
                       changes=Topic.MEETINGS, origin=self)

    def remove_point(self) -> None:
        from brastod.core.services.walks import remove_point
        row = self.chosen()
        if row is None:
            return
        kept = " Åtgärden som gjordes av den blir kvar i planen." if row.action_id else ""
        if ask(self, f"Ta bort punkt {row.number} ”{row.place}”?{kept}"):
            self._save(remove_point, row.id, row.stamp.version if row.stamp else None)

    def move_point(self, step: int) -> None:
        """No version: a move is no conflict (core.services.ordering)."""
        from brastod.core.services.walks import move_point
        row = self.chosen()
        if row is not None:
            self._save(move_point, row.id, step)

    def to_action(self) -> None:
        """The plan, the responsible partner and the due date in one dialog; the point then
        shows the action's status and colour."""
        from brastod.core.services.walks import make_action
        row = self.chosen()
        if row is None or self.view is None or row.action_id is not None:
            return
        if not self.view.plans:
            QMessageBox.information(self, APP_NAME, "Det finns ingen öppen plan att lägga "
                                                    "åtgärden i. Skapa en under Åtgärdsplan "
                                                    "först.")
            return
        walk_date = self.view.detail.walk_date
        form = PointActionForm(self.view)
        dialog = FormDialog("Gör till åtgärd", f"Punkt {row.number}: {row.place} – {row.kind}"
                            f"{': ' + row.note if row.note else ''}", form,
                            lambda values: values.validate(walk_date), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.result_values
        # A new action in a plan: Åtgärdsplan and Alla åtgärder show it too.
        self._save(make_action, row.id, values.plan_id, values.responsible_partner_id,
                   values.due_on, changes=Topic.PLANS | Topic.MEETINGS)

    def edit_kinds(self) -> None:
        """Add a kind of observation, or rename one (every point that names it follows)."""
        from brastod.core.services.walks import add_kind
        if self.view is None:
            return
        new = "Lägg till en ny …"
        names = [kind.name for kind in self.view.kinds]
        chosen, ok = QInputDialog.getItem(self, "Iakttagelser", "Välj den som ska byta namn, "
                                          "eller lägg till en ny:", [new] + names, 0, False)
        if not ok:
            return
        if chosen != new:
            kind = self.view.kinds[names.index(chosen)]
            self._ask_kind_name(kind.id, chosen, chosen, kind.version)
            return
        name, ok = QInputDialog.getText(self, "Iakttagelse", "Namn:", text="")
        if ok and name.strip():
            self._save(add_kind, name, on_refused=self._refused)

    def _ask_kind_name(self, kind_id: int, typed: str, shown: str, version: int | None) -> None:
        name, ok = QInputDialog.getText(self, "Iakttagelse", "Namn:", text=typed)
        if ok and name.strip() != shown:
            self._rename_kind(kind_id, name, shown, version)

    def _rename_kind(self, kind_id: int, name: str, shown: str, version: int | None) -> None:
        """Renamed naming the version shown: a name someone else gave it meanwhile opens the
        text conflict dialog; closed without a choice, the name typed is asked for again."""
        from brastod.core.services.walks import rename_kind

        def refused(error) -> None:
            if not isinstance(error, Conflict):
                at_field_or_window(self.data, self._refused)(error)
                self.changed.emit()
                return
            theirs = error.values["name"]

            def chosen(choice: Choice, text: str) -> None:
                if choice is Choice.THEIRS:
                    self.changed.emit()
                else:
                    self._rename_kind(kind_id, text, theirs, error.stamp.version)
            self._asking(resolve(self, error, name, theirs, chosen))
            self.conflict.rejected.connect(
                lambda: self._ask_kind_name(kind_id, name, shown, version))
        self.data.call(rename_kind, kind_id, name, version,
                       on_done=lambda _: self.changed.emit(), on_error=refused,
                       changes=Topic.MEETINGS, origin=self)

    def _asking(self, dialog: QDialog) -> None:
        """``conflict`` is the conflict dialog while it is open."""
        self.conflict = dialog
        dialog.finished.connect(lambda _result: self.conflict is dialog
                                and setattr(self, "conflict", None))

    def _refused(self, error) -> None:
        QMessageBox.warning(self, APP_NAME, str(error))


class WalkEditor(QTabWidget):
    """Uppgifter and Punkter of the chosen walk; ``changed`` after each save."""

    changed = Signal()
    delete_requested = Signal(int)       # the walk's id, once the user has said yes

    def __init__(self, data: Data, parent=None):
        super().__init__(parent)
        self.data, self.view = data, None
        self.particulars = ParticularsPart(data)
        self.points = PointsPart(data)
        self.addTab(self.particulars, "&Uppgifter")
        self.addTab(self.points, "P&unkter")
        for part in (self.particulars, self.points):
            part.changed.connect(self.changed)
        self.delete_button = QPushButton("Ta bort vandringen…")
        self.delete_button.clicked.connect(self._delete)
        self.setCornerWidget(self.delete_button)

    def show_walk(self, view: WalkView) -> None:
        self.view = view
        self.particulars.show_walk(view)
        self.points.show_walk(view)
        self.setTabText(1, f"P&unkter ({len(view.detail.points)})")

    def flush(self) -> None:
        self.particulars.flush()

    def _delete(self) -> None:
        if self.view is None:
            return
        detail = self.view.detail
        actions = sum(p.action_id is not None for p in detail.points)
        kept = f" De {actions} åtgärder som gjorts av punkterna blir kvar i planen." \
            if actions else ""
        if ask(self, f"Ta bort {detail.title()} med {len(detail.points)} punkter?{kept}"):
            self.flush()
            self.delete_requested.emit(detail.id)

    def version(self, walk_id: int) -> int | None:
        """The walk's version as shown or last saved by its form, as the worker's next task
        sees it (a removal, queued behind the form's saves, names it)."""
        return self.particulars.saving.saves.version(walk_id)

    def seen(self) -> dict[str, dict[int, int]]:
        """The versions of the points and participants shown, by id (what a removal of the
        walk names)."""
        detail = self.view.detail
        return {name: {row.id: row.stamp.version for row in rows if row.stamp}
                for name, rows in (("points", detail.points),
                                   ("participants", detail.participants))}
