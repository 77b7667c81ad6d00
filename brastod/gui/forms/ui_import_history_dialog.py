# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_history_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ImportHistoryDialog(object):
    def setupUi(self, ImportHistoryDialog):
        if not ImportHistoryDialog.objectName():
            ImportHistoryDialog.setObjectName(u"ImportHistoryDialog")
        ImportHistoryDialog.setMinimumSize(QSize(1240, 480))
        self.layout = QVBoxLayout(ImportHistoryDialog)
        self.layout.setObjectName(u"layout")
        self.help = QLabel(ImportHistoryDialog)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)

        self.layout.addWidget(self.help)

        self.table = QTableView(ImportHistoryDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.showButton = QPushButton(ImportHistoryDialog)
        self.showButton.setObjectName(u"showButton")

        self.buttonsLayout.addWidget(self.showButton)

        self.undoButton = QPushButton(ImportHistoryDialog)
        self.undoButton.setObjectName(u"undoButton")

        self.buttonsLayout.addWidget(self.undoButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttons = QDialogButtonBox(ImportHistoryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttons)


        self.layout.addLayout(self.buttonsLayout)


        self.retranslateUi(ImportHistoryDialog)

        QMetaObject.connectSlotsByName(ImportHistoryDialog)
    # setupUi

    def retranslateUi(self, ImportHistoryDialog):
        ImportHistoryDialog.setWindowTitle(QCoreApplication.translate("ImportHistoryDialog", u"Importhistorik", None))
        self.help.setText(QCoreApplication.translate("ImportHistoryDialog", u"Varje import med sin fil, partner och sina siffror. Av filen sparas bara namnet, storleken och en kontrollsumma, inte sj\u00e4lva filen (den kan inneh\u00e5lla personuppgifter i kolumner som inte importeras). En \u00e5ngrad import tar bort sina h\u00e4ndelser men st\u00e5r kvar h\u00e4r.", None))
        self.showButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"&Visa h\u00e4ndelserna", None))
        self.undoButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"\u00c5&ngra importen\u2026", None))
    # retranslateUi

