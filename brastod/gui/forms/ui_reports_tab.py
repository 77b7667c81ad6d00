# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ReportsTab(object):
    def setupUi(self, ReportsTab):
        if not ReportsTab.objectName():
            ReportsTab.setObjectName(u"ReportsTab")
        self.layout = QVBoxLayout(ReportsTab)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.heading = QLabel(ReportsTab)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.toolbar.addWidget(self.heading)

        self.filter = QLineEdit(ReportsTab)
        self.filter.setObjectName(u"filter")
        self.filter.setMinimumSize(QSize(100, 0))
        self.filter.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.filter)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.importButton = QPushButton(ReportsTab)
        self.importButton.setObjectName(u"importButton")

        self.toolbar.addWidget(self.importButton)

        self.historyButton = QPushButton(ReportsTab)
        self.historyButton.setObjectName(u"historyButton")

        self.toolbar.addWidget(self.historyButton)

        self.newButton = QPushButton(ReportsTab)
        self.newButton.setObjectName(u"newButton")

        self.toolbar.addWidget(self.newButton)

        self.openButton = QPushButton(ReportsTab)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)

        self.toolbar.addWidget(self.openButton)

        self.deleteButton = QPushButton(ReportsTab)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setEnabled(False)

        self.toolbar.addWidget(self.deleteButton)


        self.layout.addLayout(self.toolbar)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.period = QComboBox(ReportsTab)
        self.period.setObjectName(u"period")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.period.sizePolicy().hasHeightForWidth())
        self.period.setSizePolicy(sizePolicy)
        self.period.setMaximumSize(QSize(200, 16777215))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period.setMinimumContentsLength(8)

        self.filters.addWidget(self.period)

        self.start = QDateEdit(ReportsTab)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.filters.addWidget(self.start)

        self.end = QDateEdit(ReportsTab)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.filters.addWidget(self.end)

        self.partner = QComboBox(ReportsTab)
        self.partner.setObjectName(u"partner")
        sizePolicy.setHeightForWidth(self.partner.sizePolicy().hasHeightForWidth())
        self.partner.setSizePolicy(sizePolicy)
        self.partner.setMaximumSize(QSize(280, 16777215))
        self.partner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partner.setMinimumContentsLength(5)

        self.filters.addWidget(self.partner)

        self.area = QComboBox(ReportsTab)
        self.area.setObjectName(u"area")
        sizePolicy.setHeightForWidth(self.area.sizePolicy().hasHeightForWidth())
        self.area.setSizePolicy(sizePolicy)
        self.area.setMaximumSize(QSize(280, 16777215))
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area.setMinimumContentsLength(5)

        self.filters.addWidget(self.area)

        self.category = QComboBox(ReportsTab)
        self.category.setObjectName(u"category")
        sizePolicy.setHeightForWidth(self.category.sizePolicy().hasHeightForWidth())
        self.category.setSizePolicy(sizePolicy)
        self.category.setMaximumSize(QSize(280, 16777215))
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(5)

        self.filters.addWidget(self.category)

        self.reviewOnly = QCheckBox(ReportsTab)
        self.reviewOnly.setObjectName(u"reviewOnly")

        self.filters.addWidget(self.reviewOnly)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filtersSpacer)


        self.layout.addLayout(self.filters)

        self.stack = QStackedWidget(ReportsTab)
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

        self.layout.addWidget(self.stack)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.countLabel = QLabel(ReportsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #444;")

        self.footer.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)

        self.remindButton = QPushButton(ReportsTab)
        self.remindButton.setObjectName(u"remindButton")

        self.footer.addWidget(self.remindButton)


        self.layout.addLayout(self.footer)

        QWidget.setTabOrder(self.filter, self.importButton)
        QWidget.setTabOrder(self.importButton, self.historyButton)
        QWidget.setTabOrder(self.historyButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.period)
        QWidget.setTabOrder(self.period, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.partner)
        QWidget.setTabOrder(self.partner, self.area)
        QWidget.setTabOrder(self.area, self.category)
        QWidget.setTabOrder(self.category, self.reviewOnly)
        QWidget.setTabOrder(self.reviewOnly, self.table)
        QWidget.setTabOrder(self.table, self.remindButton)

        self.retranslateUi(ReportsTab)

        QMetaObject.connectSlotsByName(ReportsTab)
    # setupUi

    def retranslateUi(self, ReportsTab):
        self.heading.setText(QCoreApplication.translate("ReportsTab", u"Inkomna rapporter", None))
        self.filter.setPlaceholderText(QCoreApplication.translate("ReportsTab", u"S\u00f6k i text\u2026", None))
        self.importButton.setText(QCoreApplication.translate("ReportsTab", u"&Importera\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ReportsTab", u"L\u00e4s in en partners rapport (Excel, LibreOffice, CSV eller Polisens h\u00e4ndelser). Du kan ocks\u00e5 dra filen till f\u00f6nstret.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("ReportsTab", u"Importhistorik: alla importer, deras filer och siffror, och \u00e5ngra", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("ReportsTab", u"&Historik\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ReportsTab", u"L\u00e4gg till en h\u00e4ndelse f\u00f6r hand", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("ReportsTab", u"&Ny\u2026", None))
        self.openButton.setText(QCoreApplication.translate("ReportsTab", u"\u00d6&ppna\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ReportsTab", u"Ta &bort", None))
#if QT_CONFIG(tooltip)
        self.period.setToolTip(QCoreApplication.translate("ReportsTab", u"Period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.start.setToolTip(QCoreApplication.translate("ReportsTab", u"Fr\u00e5n och med", None))
#endif // QT_CONFIG(tooltip)
        self.start.setDisplayFormat(QCoreApplication.translate("ReportsTab", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.end.setToolTip(QCoreApplication.translate("ReportsTab", u"Till och med", None))
#endif // QT_CONFIG(tooltip)
        self.end.setDisplayFormat(QCoreApplication.translate("ReportsTab", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.partner.setToolTip(QCoreApplication.translate("ReportsTab", u"Rapporterad av", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.area.setToolTip(QCoreApplication.translate("ReportsTab", u"Omr\u00e5de (med omr\u00e5den som ligger inom det)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.category.setToolTip(QCoreApplication.translate("ReportsTab", u"Kategori (en huvudkategori tar med sina underkategorier)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.reviewOnly.setToolTip(QCoreApplication.translate("ReportsTab", u"Visa bara h\u00e4ndelser vars kategori eller omr\u00e5de kom nytt med en import", None))
#endif // QT_CONFIG(tooltip)
        self.reviewOnly.setText(QCoreApplication.translate("ReportsTab", u"Att &granska", None))
#if QT_CONFIG(tooltip)
        self.remindButton.setToolTip(QCoreApplication.translate("ReportsTab", u"E-postutkast till de partner som inte har skickat n\u00e5gon rapport under en period, med rapportmallen", None))
#endif // QT_CONFIG(tooltip)
        self.remindButton.setText(QCoreApplication.translate("ReportsTab", u"P\u00e5minn partn&er som inte rapporterat\u2026", None))
        pass
    # retranslateUi

