# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'situation_report_tab.ui'
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

class Ui_SituationReportTab(object):
    def setupUi(self, SituationReportTab):
        if not SituationReportTab.objectName():
            SituationReportTab.setObjectName(u"SituationReportTab")
        self.layout = QVBoxLayout(SituationReportTab)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.heading = QLabel(SituationReportTab)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.toolbar.addWidget(self.heading)

        self.newButton = QPushButton(SituationReportTab)
        self.newButton.setObjectName(u"newButton")

        self.toolbar.addWidget(self.newButton)

        self.copyButton = QPushButton(SituationReportTab)
        self.copyButton.setObjectName(u"copyButton")

        self.toolbar.addWidget(self.copyButton)

        self.adoptButton = QPushButton(SituationReportTab)
        self.adoptButton.setObjectName(u"adoptButton")

        self.toolbar.addWidget(self.adoptButton)

        self.exportButton = QPushButton(SituationReportTab)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbar.addWidget(self.exportButton)

        self.deleteButton = QPushButton(SituationReportTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolbar.addWidget(self.deleteButton)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.filter = QLineEdit(SituationReportTab)
        self.filter.setObjectName(u"filter")
        self.filter.setMinimumSize(QSize(140, 0))
        self.filter.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.filter)


        self.layout.addLayout(self.toolbar)

        self.splitter = QSplitter(SituationReportTab)
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


        self.retranslateUi(SituationReportTab)

        QMetaObject.connectSlotsByName(SituationReportTab)
    # setupUi

    def retranslateUi(self, SituationReportTab):
        self.heading.setText(QCoreApplication.translate("SituationReportTab", u"L\u00e4gesbilder", None))
        self.newButton.setText(QCoreApplication.translate("SituationReportTab", u"&Ny l\u00e4gesbild\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("SituationReportTab", u"Skapa en ny l\u00e4gesbild med standardavsnitten", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("SituationReportTab", u"&Kopiera", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("SituationReportTab", u"B\u00f6rja ett nytt utkast med samma period, avsnitt och bed\u00f6mningar", None))
#endif // QT_CONFIG(tooltip)
        self.adoptButton.setText(QCoreApplication.translate("SituationReportTab", u"&Fastst\u00e4ll\u2026", None))
#if QT_CONFIG(tooltip)
        self.adoptButton.setToolTip(QCoreApplication.translate("SituationReportTab", u"Ange datum och m\u00f6te; d\u00e4refter l\u00e5ses l\u00e4gesbilden och dess siffror", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("SituationReportTab", u"&Exportera\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SituationReportTab", u"Spara l\u00e4gesbilden som PDF och Excel (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("SituationReportTab", u"Ta &bort", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("SituationReportTab", u"Ta bort ett utkast (en fastst\u00e4lld l\u00e4gesbild kan inte tas bort)", None))
#endif // QT_CONFIG(tooltip)
        self.filter.setPlaceholderText(QCoreApplication.translate("SituationReportTab", u"S\u00f6k\u2026", None))
        self.noReportLabel.setText(QCoreApplication.translate("SituationReportTab", u"V\u00e4lj en l\u00e4gesbild i listan f\u00f6r att l\u00e4sa och redigera den.", None))
#if QT_CONFIG(tooltip)
        self.titleEdit.setToolTip(QCoreApplication.translate("SituationReportTab", u"L\u00e4gesbildens titel; \u00e4ndringen sparas direkt", None))
#endif // QT_CONFIG(tooltip)
        self.feedbackButton.setText(QCoreApplication.translate("SituationReportTab", u"&\u00c5terkoppling\u2026", None))
        pass
    # retranslateUi

