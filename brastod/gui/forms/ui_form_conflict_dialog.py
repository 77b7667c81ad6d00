# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'form_conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_FormConflictDialog(object):
    def setupUi(self, FormConflictDialog):
        if not FormConflictDialog.objectName():
            FormConflictDialog.setObjectName(u"FormConflictDialog")
        FormConflictDialog.setMinimumSize(QSize(720, 280))
        self.layout = QVBoxLayout(FormConflictDialog)
        self.layout.setObjectName(u"layout")
        self.message = QLabel(FormConflictDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.hint = QLabel(FormConflictDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.table = QTableView(FormConflictDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.allMine = QPushButton(FormConflictDialog)
        self.allMine.setObjectName(u"allMine")

        self.buttons.addWidget(self.allMine)

        self.allTheirs = QPushButton(FormConflictDialog)
        self.allTheirs.setObjectName(u"allTheirs")

        self.buttons.addWidget(self.allTheirs)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.later = QPushButton(FormConflictDialog)
        self.later.setObjectName(u"later")

        self.buttons.addWidget(self.later)

        self.save = QPushButton(FormConflictDialog)
        self.save.setObjectName(u"save")

        self.buttons.addWidget(self.save)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(FormConflictDialog)

        self.save.setDefault(True)


        QMetaObject.connectSlotsByName(FormConflictDialog)
    # setupUi

    def retranslateUi(self, FormConflictDialog):
        FormConflictDialog.setWindowTitle(QCoreApplication.translate("FormConflictDialog", u"N\u00e5gon annan har \u00e4ndrat samma f\u00e4lt", None))
        self.hint.setText(QCoreApplication.translate("FormConflictDialog", u"Bocka f\u00f6r det v\u00e4rde som ska g\u00e4lla i varje f\u00e4lt. F\u00e4lt som bara den andra \u00e4ndrade har redan f\u00e5tt det andra v\u00e4rdet; f\u00e4lt som bara du \u00e4ndrade beh\u00e5ller ditt. St\u00e4nger du utan att v\u00e4lja finns dina v\u00e4rden kvar i formul\u00e4ret och du f\u00e5r v\u00e4lja n\u00e4sta g\u00e5ng det sparas.", None))
        self.allMine.setText(QCoreApplication.translate("FormConflictDialog", u"Alla &mina", None))
        self.allTheirs.setText(QCoreApplication.translate("FormConflictDialog", u"Alla &andras", None))
        self.later.setText(QCoreApplication.translate("FormConflictDialog", u"&Best\u00e4m senare", None))
        self.save.setText(QCoreApplication.translate("FormConflictDialog", u"&Spara mina val", None))
    # retranslateUi

