"""The plan's chain as a tree: problem → cause → goal → action → follow-up, with the action's
responsible partner, due date, status and colour beside it. The text of a link is edited in
place; the model only asks for the change (``rename_requested``) and is refilled once it is
saved."""
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from brastod.core.enums import ActionStatus, Rag
from brastod.core.labels import RAG_COLORS, label
from brastod.core.plan_rules import Link, is_overdue
from brastod.gui.models.table import contrast_text

if TYPE_CHECKING:  # the outline comes from the core, which loads after the window is shown
    from brastod.core.services.plan_chain import Outline

COLUMNS = ("Kedja", "Ansvarig", "Klart senast", "Status", "Uppföljning")
OVERDUE = "#c62828"
LOOSE = "Utan koppling till orsak"
Index = QModelIndex | QPersistentModelIndex
# Where each link keeps the text that is edited in place: on the node or in its values.
RAW_TEXT = {Link.PROBLEM: ("node", "title"), Link.CAUSE: ("node", "description"),
            Link.GOAL: ("values", "description"), Link.ACTION: ("values", "title"),
            Link.FOLLOW_UP: ("values", "note")}


@dataclass(eq=False)
class Node:
    link: Link | None             # None for the group of loose links
    id: int | None
    item: object                  # the core's ProblemNode, CauseNode …
    parent: "Node | None"
    children: list["Node"] = field(default_factory=list)

    @property
    def key(self) -> tuple[Link | None, int | None]:
        return (self.link, self.id)

    def add(self, link: Link | None, item_id: int | None, item: object) -> "Node":
        child = Node(link, item_id, item, self)
        self.children.append(child)
        return child


def build(outline: "Outline") -> Node:
    root = Node(None, None, None, None)

    def add_actions(parent: Node, actions) -> None:
        for action in actions:
            node = parent.add(Link.ACTION, action.id, action)
            for follow_up in action.follow_ups:
                node.add(Link.FOLLOW_UP, follow_up.id, follow_up)

    def add_goals(parent: Node, goals) -> None:
        for goal in goals:
            add_actions(parent.add(Link.GOAL, goal.id, goal), goal.actions)

    for problem in outline.problems:
        problem_node = root.add(Link.PROBLEM, problem.id, problem)
        for cause in problem.causes:
            cause_node = problem_node.add(Link.CAUSE, cause.id, cause)
            add_goals(cause_node, cause.goals)
            add_actions(cause_node, cause.actions)
    if outline.goals or outline.actions:
        loose = root.add(None, None, LOOSE)
        add_goals(loose, outline.goals)
        add_actions(loose, outline.actions)
    return root


class OutlineModel(QAbstractItemModel):
    rename_requested = Signal(object, int, str)     # Link, id, the new text

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.today = today
        self.root = Node(None, None, None, None)
        self.read_only = False

    def set_outline(self, outline: "Outline") -> None:
        self.beginResetModel()
        self.root = build(outline)
        self.endResetModel()

    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def find(self, key: tuple) -> QModelIndex:
        """The index of the link with ``key`` (link, id), or an invalid index."""
        def search(node: Node) -> Node | None:
            for child in node.children:
                if child.key == key:
                    return child
                found = search(child)
                if found is not None:
                    return found
            return None
        found = search(self.root)
        if found is None or found.link is None:
            return QModelIndex()
        return self.createIndex(found.parent.children.index(found), 0, found)

    # ---- QAbstractItemModel ----
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:   # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.parent.children.index(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.node(index).link is not None and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node, column = self.node(index), index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and self._overdue(node):
            return f"Försenad {(self.today - node.item.values.due_on).days} dagar"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(node, column)
        if role == Qt.ItemDataRole.EditRole and column == 0:
            return _raw_text(node)
        if role == Qt.ItemDataRole.FontRole and column == 0 and node.link in (Link.PROBLEM, None):
            font = QFont()
            font.setBold(node.link == Link.PROBLEM)
            font.setItalic(node.link is None)
            return font
        rag = _rag(node)
        if role == Qt.ItemDataRole.BackgroundRole and column == 4 and rag:
            return QBrush(QColor(RAG_COLORS[rag]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 4 and rag:
                return QBrush(QColor(contrast_text(RAG_COLORS[rag])))
            if column in (0, 2) and self._overdue(node):
                return QBrush(QColor(OVERDUE))
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if (role != Qt.ItemDataRole.EditRole or index.column() != 0 or node.link is None
                or str(value).strip() == _raw_text(node)):
            return False
        self.rename_requested.emit(node.link, node.id, str(value))
        return True

    def _overdue(self, node: Node) -> bool:
        if node.link != Link.ACTION:
            return False
        values = node.item.values
        return is_overdue(values.status, values.due_on, self.today)

    def _text(self, node: Node, column: int) -> str | None:
        link, item = node.link, node.item
        if column == 0:
            if link == Link.CAUSE:
                return f"Orsak {item.number}: {item.description}"
            if link == Link.GOAL:
                return f"Mål: {item.values.description}"
            if link == Link.FOLLOW_UP:
                return f"{item.values.followed_up_on}: {item.values.note or 'Uppföljning'}"
            return _raw_text(node)
        if link == Link.ACTION:
            values = item.values
            if column == 1:
                return item.partner
            if column == 2:
                return str(values.due_on) if values.due_on else None
            if column == 3:
                return label(ActionStatus, values.status)
            return label(Rag, values.rag) if values.rag else None
        if link == Link.GOAL and column == 2:
            return str(item.values.deadline) if item.values.deadline else None
        if link == Link.FOLLOW_UP and column == 4:
            return label(Rag, item.values.rag)
        return None


def _raw_text(node: Node) -> str:
    link, item = node.link, node.item
    if link is None:
        return item
    holder, name = RAW_TEXT[link]
    return getattr(item.values if holder == "values" else item, name)


def _rag(node: Node) -> str | None:
    if node.link in (Link.ACTION, Link.FOLLOW_UP):
        return node.item.values.rag
    return None
