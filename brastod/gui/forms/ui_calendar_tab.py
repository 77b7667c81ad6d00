# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCalendarWidget, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_CalendarTab(object):
    def setupUi(self, CalendarTab):
        if not CalendarTab.objectName():
            CalendarTab.setObjectName(u"CalendarTab")
        self.layout = QHBoxLayout(CalendarTab)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(CalendarTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.calendar = QCalendarWidget(self.leftPane)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)

        self.leftLayout.addWidget(self.calendar)

        self.legend = QLabel(self.leftPane)
        self.legend.setObjectName(u"legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.leftLayout.addWidget(self.legend)

        self.dayLabel = QLabel(self.leftPane)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setWordWrap(True)
        self.dayLabel.setTextFormat(Qt.TextFormat.RichText)

        self.leftLayout.addWidget(self.dayLabel)

        self.leftSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)

        self.splitter.addWidget(self.leftPane)
        self.rightPane = QWidget(self.splitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.heading = QLabel(self.rightPane)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.toolbar.addWidget(self.heading)

        self.seriesButton = QPushButton(self.rightPane)
        self.seriesButton.setObjectName(u"seriesButton")

        self.toolbar.addWidget(self.seriesButton)

        self.newWalkButton = QPushButton(self.rightPane)
        self.newWalkButton.setObjectName(u"newWalkButton")

        self.toolbar.addWidget(self.newWalkButton)

        self.documentsButton = QToolButton(self.rightPane)
        self.documentsButton.setObjectName(u"documentsButton")
        self.documentsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.documentsButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolbar.addWidget(self.documentsButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.seriesFilter = QComboBox(self.rightPane)
        self.seriesFilter.setObjectName(u"seriesFilter")

        self.toolbar.addWidget(self.seriesFilter)

        self.filter = QLineEdit(self.rightPane)
        self.filter.setObjectName(u"filter")
        self.filter.setMinimumSize(QSize(200, 0))
        self.filter.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.filter)


        self.rightLayout.addLayout(self.toolbar)

        self.listSplitter = QSplitter(self.rightPane)
        self.listSplitter.setObjectName(u"listSplitter")
        self.listSplitter.setOrientation(Qt.Orientation.Vertical)
        self.listSplitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self.listSplitter)
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
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.tableLayout.addWidget(self.table)

        self.stack.addWidget(self.tablePage)
        self.listSplitter.addWidget(self.stack)
        self.editors = QStackedWidget(self.listSplitter)
        self.editors.setObjectName(u"editors")
        self.parts = QTabWidget()
        self.parts.setObjectName(u"parts")
        self.editors.addWidget(self.parts)
        self.listSplitter.addWidget(self.editors)

        self.rightLayout.addWidget(self.listSplitter)

        self.splitter.addWidget(self.rightPane)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(CalendarTab)

        QMetaObject.connectSlotsByName(CalendarTab)
    # setupUi

    def retranslateUi(self, CalendarTab):
        self.heading.setText(QCoreApplication.translate("CalendarTab", u"M\u00f6ten", None))
        self.seriesButton.setText(QCoreApplication.translate("CalendarTab", u"M\u00f6tes&serier\u2026", None))
#if QT_CONFIG(tooltip)
        self.seriesButton.setToolTip(QCoreApplication.translate("CalendarTab", u"Serier med medlemmar, plats, tid och upprepning; skapa \u00e5rets m\u00f6ten", None))
#endif // QT_CONFIG(tooltip)
        self.newWalkButton.setText(QCoreApplication.translate("CalendarTab", u"Ny &trygghetsvandring\u2026", None))
#if QT_CONFIG(tooltip)
        self.newWalkButton.setToolTip(QCoreApplication.translate("CalendarTab", u"En trygghetsvandring den dag som \u00e4r vald i kalendern", None))
#endif // QT_CONFIG(tooltip)
        self.documentsButton.setText(QCoreApplication.translate("CalendarTab", u"&Handlingar", None))
#if QT_CONFIG(tooltip)
        self.documentsButton.setToolTip(QCoreApplication.translate("CalendarTab", u"Kallelse, protokoll, m\u00f6teshandlingar och kalenderfil f\u00f6r det valda m\u00f6tet; protokollet fr\u00e5n den valda trygghetsvandringen", None))
#endif // QT_CONFIG(tooltip)
        self.filter.setPlaceholderText(QCoreApplication.translate("CalendarTab", u"S\u00f6k m\u00f6te eller vandring\u2026", None))
        pass
    # retranslateUi

