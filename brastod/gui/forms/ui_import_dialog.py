# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.setMinimumSize(QSize(900, 560))
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.fileName = QLabel(ImportDialog)
        self.fileName.setObjectName(u"fileName")
        self.fileName.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.top.addWidget(self.fileName)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)

        self.partnerLabel = QLabel(ImportDialog)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.top.addWidget(self.partnerLabel)

        self.partner = QComboBox(ImportDialog)
        self.partner.setObjectName(u"partner")
        self.partner.setMinimumSize(QSize(240, 0))

        self.top.addWidget(self.partner)


        self.layout.addLayout(self.top)

        self.summary = QLabel(ImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.pages = QTabWidget(ImportDialog)
        self.pages.setObjectName(u"pages")
        self.rowsPage = QWidget()
        self.rowsPage.setObjectName(u"rowsPage")
        self.rowsLayout = QVBoxLayout(self.rowsPage)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.rowsBar = QHBoxLayout()
        self.rowsBar.setObjectName(u"rowsBar")
        self.showLabel = QLabel(self.rowsPage)
        self.showLabel.setObjectName(u"showLabel")

        self.rowsBar.addWidget(self.showLabel)

        self.show = QComboBox(self.rowsPage)
        self.show.setObjectName(u"show")

        self.rowsBar.addWidget(self.show)

        self.rowsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowsBar.addItem(self.rowsSpacer)


        self.rowsLayout.addLayout(self.rowsBar)

        self.rows = QTableView(self.rowsPage)
        self.rows.setObjectName(u"rows")
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(False)

        self.rowsLayout.addWidget(self.rows)

        self.pages.addTab(self.rowsPage, "")
        self.columnsPage = QWidget()
        self.columnsPage.setObjectName(u"columnsPage")
        self.columnsLayout = QVBoxLayout(self.columnsPage)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsHelp = QLabel(self.columnsPage)
        self.columnsHelp.setObjectName(u"columnsHelp")
        self.columnsHelp.setWordWrap(True)

        self.columnsLayout.addWidget(self.columnsHelp)

        self.columnsScroll = QScrollArea(self.columnsPage)
        self.columnsScroll.setObjectName(u"columnsScroll")
        self.columnsScroll.setWidgetResizable(True)
        self.columnsContent = QWidget()
        self.columnsContent.setObjectName(u"columnsContent")
        self.columnsGrid = QGridLayout(self.columnsContent)
        self.columnsGrid.setObjectName(u"columnsGrid")
        self.columnsScroll.setWidget(self.columnsContent)

        self.columnsLayout.addWidget(self.columnsScroll)

        self.columnsBar = QHBoxLayout()
        self.columnsBar.setObjectName(u"columnsBar")
        self.columnsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.columnsBar.addItem(self.columnsSpacer)

        self.applyColumns = QPushButton(self.columnsPage)
        self.applyColumns.setObjectName(u"applyColumns")

        self.columnsBar.addWidget(self.applyColumns)


        self.columnsLayout.addLayout(self.columnsBar)

        self.pages.addTab(self.columnsPage, "")
        self.valuesPage = QWidget()
        self.valuesPage.setObjectName(u"valuesPage")
        self.valuesLayout = QVBoxLayout(self.valuesPage)
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.valuesHelp = QLabel(self.valuesPage)
        self.valuesHelp.setObjectName(u"valuesHelp")
        self.valuesHelp.setWordWrap(True)

        self.valuesLayout.addWidget(self.valuesHelp)

        self.valuesScroll = QScrollArea(self.valuesPage)
        self.valuesScroll.setObjectName(u"valuesScroll")
        self.valuesScroll.setWidgetResizable(True)
        self.valuesContent = QWidget()
        self.valuesContent.setObjectName(u"valuesContent")
        self.valuesGrid = QGridLayout(self.valuesContent)
        self.valuesGrid.setObjectName(u"valuesGrid")
        self.valuesScroll.setWidget(self.valuesContent)

        self.valuesLayout.addWidget(self.valuesScroll)

        self.pages.addTab(self.valuesPage, "")

        self.layout.addWidget(self.pages)

        self.keepPersonalData = QCheckBox(ImportDialog)
        self.keepPersonalData.setObjectName(u"keepPersonalData")

        self.layout.addWidget(self.keepPersonalData)

        self.buttons = QDialogButtonBox(ImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.partnerLabel.setBuddy(self.partner)
        self.showLabel.setBuddy(self.show)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Importera rapport", None))
        self.partnerLabel.setText(QCoreApplication.translate("ImportDialog", u"&Rapporterad av", None))
        self.showLabel.setText(QCoreApplication.translate("ImportDialog", u"&Visa", None))
        self.pages.setTabText(self.pages.indexOf(self.rowsPage), QCoreApplication.translate("ImportDialog", u"Rader", None))
        self.columnsHelp.setText(QCoreApplication.translate("ImportDialog", u"S\u00e5 h\u00e4r l\u00e4ses filens kolumner. \u00c4ndra det som blivit fel och tryck L\u00e4s om. Valet kommer ih\u00e5g f\u00f6r den h\u00e4r partnerns filer med samma rubriker.", None))
        self.applyColumns.setText(QCoreApplication.translate("ImportDialog", u"&L\u00e4s om med dessa kolumner", None))
        self.pages.setTabText(self.pages.indexOf(self.columnsPage), QCoreApplication.translate("ImportDialog", u"Kolumner", None))
        self.valuesHelp.setText(QCoreApplication.translate("ImportDialog", u"De h\u00e4r kategorierna och omr\u00e5dena finns inte i registren. V\u00e4lj vad de betyder \u2013 valet sparas som ett synonymord, s\u00e5 att n\u00e4sta fil k\u00e4nns igen \u2013 eller skapa dem som nya.", None))
        self.pages.setTabText(self.pages.indexOf(self.valuesPage), QCoreApplication.translate("ImportDialog", u"Nya v\u00e4rden", None))
        self.keepPersonalData.setText(QCoreApplication.translate("ImportDialog", u"Beh\u00e5ll personuppgifter i den h\u00e4r importen (rekommenderas inte)", None))
    # retranslateUi

