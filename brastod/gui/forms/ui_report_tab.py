# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_tab.ui'
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

class Ui_ReportTab(object):
    def setupUi(self, ReportTab):
        if not ReportTab.objectName():
            ReportTab.setObjectName(u"ReportTab")
        self.layout = QVBoxLayout(ReportTab)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.heading = QLabel(ReportTab)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.toolbar.addWidget(self.heading)

        self.newButton = QPushButton(ReportTab)
        self.newButton.setObjectName(u"newButton")

        self.toolbar.addWidget(self.newButton)

        self.copyButton = QPushButton(ReportTab)
        self.copyButton.setObjectName(u"copyButton")

        self.toolbar.addWidget(self.copyButton)

        self.adoptButton = QPushButton(ReportTab)
        self.adoptButton.setObjectName(u"adoptButton")

        self.toolbar.addWidget(self.adoptButton)

        self.exportButton = QPushButton(ReportTab)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbar.addWidget(self.exportButton)

        self.deleteButton = QPushButton(ReportTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolbar.addWidget(self.deleteButton)

        self.monthlyButton = QPushButton(ReportTab)
        self.monthlyButton.setObjectName(u"monthlyButton")

        self.toolbar.addWidget(self.monthlyButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.filter = QLineEdit(ReportTab)
        self.filter.setObjectName(u"filter")
        self.filter.setMinimumSize(QSize(140, 0))
        self.filter.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.filter)


        self.layout.addLayout(self.toolbar)

        self.splitter = QSplitter(ReportTab)
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
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.tableLayout.addWidget(self.table)

        self.stack.addWidget(self.tablePage)
        self.splitter.addWidget(self.stack)
        self.editorStack = QStackedWidget(self.splitter)
        self.editorStack.setObjectName(u"editorStack")
        self.noReportPage = QWidget()
        self.noReportPage.setObjectName(u"noReportPage")
        self.noReportLayout = QVBoxLayout(self.noReportPage)
        self.noReportLayout.setObjectName(u"noReportLayout")
        self.noReportLabel = QLabel(self.noReportPage)
        self.noReportLabel.setObjectName(u"noReportLabel")
        self.noReportLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noReportLabel.setStyleSheet(u"color: #555;")

        self.noReportLayout.addWidget(self.noReportLabel)

        self.editorStack.addWidget(self.noReportPage)
        self.editorPage = QWidget()
        self.editorPage.setObjectName(u"editorPage")
        self.editorLayout = QVBoxLayout(self.editorPage)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, -1, 0, 0)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleEdit = QLineEdit(self.editorPage)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setStyleSheet(u"font-size: 12pt; font-weight: 600;")
        self.titleEdit.setMaxLength(200)

        self.titleRow.addWidget(self.titleEdit)

        self.statusLabel = QLabel(self.editorPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)

        self.titleRow.addWidget(self.statusLabel)

        self.feedbackButton = QPushButton(self.editorPage)
        self.feedbackButton.setObjectName(u"feedbackButton")

        self.titleRow.addWidget(self.feedbackButton)


        self.editorLayout.addLayout(self.titleRow)

        self.periodLabel = QLabel(self.editorPage)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setStyleSheet(u"color: #444;")
        self.periodLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.periodLabel)

        self.feedbackLabel = QLabel(self.editorPage)
        self.feedbackLabel.setObjectName(u"feedbackLabel")
        self.feedbackLabel.setStyleSheet(u"color: #444;")
        self.feedbackLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.feedbackLabel)

        self.parts = QTabWidget(self.editorPage)
        self.parts.setObjectName(u"parts")
        self.parts.setDocumentMode(True)

        self.editorLayout.addWidget(self.parts)

        self.editorStack.addWidget(self.editorPage)
        self.splitter.addWidget(self.editorStack)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(ReportTab)

        QMetaObject.connectSlotsByName(ReportTab)
    # setupUi

    def retranslateUi(self, ReportTab):
        self.copyButton.setText(QCoreApplication.translate("ReportTab", u"&Kopiera", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("ReportTab", u"B\u00f6rja ett nytt utkast med samma period, avsnitt och bed\u00f6mningar", None))
#endif // QT_CONFIG(tooltip)
        self.adoptButton.setText(QCoreApplication.translate("ReportTab", u"&Fastst\u00e4ll\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ReportTab", u"&Exportera\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ReportTab", u"Ta &bort", None))
        self.monthlyButton.setText(QCoreApplication.translate("ReportTab", u"M\u00e5nadsra&pport\u2026", None))
#if QT_CONFIG(tooltip)
        self.monthlyButton.setToolTip(QCoreApplication.translate("ReportTab", u"En m\u00e5nads siffror, bed\u00f6mningar, \u00e5tg\u00e4rder och m\u00f6ten f\u00f6r L\u00e4nsstyrelsen och Lokala BR\u00c5, som PDF, Word eller Excel", None))
#endif // QT_CONFIG(tooltip)
        self.filter.setPlaceholderText(QCoreApplication.translate("ReportTab", u"S\u00f6k\u2026", None))
        self.feedbackButton.setText(QCoreApplication.translate("ReportTab", u"&\u00c5terkoppling\u2026", None))
        pass
    # retranslateUi

