# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_plan_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ActionPlanTab(object):
    def setupUi(self, ActionPlanTab):
        if not ActionPlanTab.objectName():
            ActionPlanTab.setObjectName(u"ActionPlanTab")
        self.layout = QVBoxLayout(ActionPlanTab)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.heading = QLabel(ActionPlanTab)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.toolbar.addWidget(self.heading)

        self.newButton = QPushButton(ActionPlanTab)
        self.newButton.setObjectName(u"newButton")

        self.toolbar.addWidget(self.newButton)

        self.exportButton = QPushButton(ActionPlanTab)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbar.addWidget(self.exportButton)

        self.deleteButton = QPushButton(ActionPlanTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolbar.addWidget(self.deleteButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.filter = QLineEdit(ActionPlanTab)
        self.filter.setObjectName(u"filter")
        self.filter.setMinimumSize(QSize(140, 0))
        self.filter.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.filter)


        self.layout.addLayout(self.toolbar)

        self.splitter = QSplitter(ActionPlanTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self.splitter)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setStyleSheet(u"color: #555; font-size: 11pt;")

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tablePage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.tableLayout.addWidget(self.table)

        self.stack.addWidget(self.tablePage)
        self.splitter.addWidget(self.stack)
        self.editorStack = QStackedWidget(self.splitter)
        self.editorStack.setObjectName(u"editorStack")
        self.noPlanPage = QWidget()
        self.noPlanPage.setObjectName(u"noPlanPage")
        self.noPlanLayout = QVBoxLayout(self.noPlanPage)
        self.noPlanLayout.setObjectName(u"noPlanLayout")
        self.noPlanLabel = QLabel(self.noPlanPage)
        self.noPlanLabel.setObjectName(u"noPlanLabel")
        self.noPlanLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noPlanLabel.setStyleSheet(u"color: #555;")

        self.noPlanLayout.addWidget(self.noPlanLabel)

        self.editorStack.addWidget(self.noPlanPage)
        self.editorPage = QWidget()
        self.editorPage.setObjectName(u"editorPage")
        self.editorLayout = QVBoxLayout(self.editorPage)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.planLine = QLabel(self.editorPage)
        self.planLine.setObjectName(u"planLine")
        self.planLine.setWordWrap(True)

        self.editorLayout.addWidget(self.planLine)

        self.parts = QTabWidget(self.editorPage)
        self.parts.setObjectName(u"parts")

        self.editorLayout.addWidget(self.parts)

        self.editorStack.addWidget(self.editorPage)
        self.splitter.addWidget(self.editorStack)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(ActionPlanTab)

        QMetaObject.connectSlotsByName(ActionPlanTab)
    # setupUi

    def retranslateUi(self, ActionPlanTab):
        self.heading.setText(QCoreApplication.translate("ActionPlanTab", u"Planer", None))
        self.newButton.setText(QCoreApplication.translate("ActionPlanTab", u"&Ny plan\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ActionPlanTab", u"Skapa en \u00e5tg\u00e4rdsplan, ett medborgarl\u00f6fte eller en samverkans\u00f6verenskommelse", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ActionPlanTab", u"&Exportera\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ActionPlanTab", u"Spara planen som PDF och Excel", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ActionPlanTab", u"Ta &bort", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ActionPlanTab", u"Ta bort ett utkast (en beslutad plan kan inte tas bort)", None))
#endif // QT_CONFIG(tooltip)
        self.filter.setPlaceholderText(QCoreApplication.translate("ActionPlanTab", u"S\u00f6k\u2026", None))
        self.noPlanLabel.setText(QCoreApplication.translate("ActionPlanTab", u"V\u00e4lj en plan i listan.", None))
        pass
    # retranslateUi

