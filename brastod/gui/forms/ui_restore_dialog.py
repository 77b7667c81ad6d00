# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        self.layout = QVBoxLayout(RestoreDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RestoreDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.table = QTableView(RestoreDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumSize(QSize(560, 260))

        self.layout.addWidget(self.table)

        self.folder = QLabel(RestoreDialog)
        self.folder.setObjectName(u"folder")
        self.folder.setWordWrap(True)
        self.folder.setStyleSheet(u"color: #5f6b76;")

        self.layout.addWidget(self.folder)

        self.buttons = QDialogButtonBox(RestoreDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"\u00c5terst\u00e4ll fr\u00e5n s\u00e4kerhetskopia", None))
        self.intro.setText(QCoreApplication.translate("RestoreDialog", u"V\u00e4lj vilken s\u00e4kerhetskopia databasen ska \u00e5terst\u00e4llas fr\u00e5n. Databasen som den ers\u00e4tter sparas f\u00f6rst bland s\u00e4kerhetskopiorna, s\u00e5 att inget g\u00e5r f\u00f6rlorat.", None))
    # retranslateUi

