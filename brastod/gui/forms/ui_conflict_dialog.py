# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)
class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.setMinimumSize(QSize(760, 420))
        self.layout = QVBoxLayout(ConflictDialog)
        self.layout.setObjectName(u"layout")
        self.message = QLabel(ConflictDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.pages = QStackedWidget(ConflictDialog)
        self.pages.setObjectName(u"pages")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QHBoxLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLayout.setContentsMargins(0, -1, 0, -1)
        self.mineLayout = QVBoxLayout()
        self.mineLayout.setObjectName(u"mineLayout")
        self.mineLabel = QLabel(self.choosePage)
        self.mineLabel.setObjectName(u"mineLabel")

        self.mineLayout.addWidget(self.mineLabel)

        self.mine = QPlainTextEdit(self.choosePage)
        self.mine.setObjectName(u"mine")
        self.mine.setReadOnly(True)

        self.mineLayout.addWidget(self.mine)


        self.chooseLayout.addLayout(self.mineLayout)

        self.theirsLayout = QVBoxLayout()
        self.theirsLayout.setObjectName(u"theirsLayout")
        self.theirsLabel = QLabel(self.choosePage)
        self.theirsLabel.setObjectName(u"theirsLabel")
        self.theirsLabel.setWordWrap(True)

        self.theirsLayout.addWidget(self.theirsLabel)

        self.theirs = QPlainTextEdit(self.choosePage)
        self.theirs.setObjectName(u"theirs")
        self.theirs.setReadOnly(True)

        self.theirsLayout.addWidget(self.theirs)


        self.chooseLayout.addLayout(self.theirsLayout)

        self.pages.addWidget(self.choosePage)
        self.mergePage = QWidget()
        self.mergePage.setObjectName(u"mergePage")
        self.mergeLayout = QVBoxLayout(self.mergePage)
        self.mergeLayout.setObjectName(u"mergeLayout")
        self.mergeLayout.setContentsMargins(0, -1, 0, -1)
        self.mergeLabel = QLabel(self.mergePage)
        self.mergeLabel.setObjectName(u"mergeLabel")
        self.mergeLabel.setWordWrap(True)

        self.mergeLayout.addWidget(self.mergeLabel)

        self.merged = QPlainTextEdit(self.mergePage)
        self.merged.setObjectName(u"merged")

        self.mergeLayout.addWidget(self.merged)

        self.pages.addWidget(self.mergePage)

        self.layout.addWidget(self.pages)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.keepMine = QPushButton(ConflictDialog)
        self.keepMine.setObjectName(u"keepMine")

        self.buttons.addWidget(self.keepMine)

        self.takeTheirs = QPushButton(ConflictDialog)
        self.takeTheirs.setObjectName(u"takeTheirs")

        self.buttons.addWidget(self.takeTheirs)

        self.merge = QPushButton(ConflictDialog)
        self.merge.setObjectName(u"merge")

        self.buttons.addWidget(self.merge)

        self.back = QPushButton(ConflictDialog)
        self.back.setObjectName(u"back")

        self.buttons.addWidget(self.back)

        self.saveMerged = QPushButton(ConflictDialog)
        self.saveMerged.setObjectName(u"saveMerged")

        self.buttons.addWidget(self.saveMerged)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ConflictDialog)

        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"N\u00e5gon annan har \u00e4ndrat texten", None))
        self.mineLabel.setText(QCoreApplication.translate("ConflictDialog", u"<b>Din text</b>", None))
        self.mergeLabel.setText(QCoreApplication.translate("ConflictDialog", u"<b>Ihopslagen text</b> \u2013 den andra versionen f\u00f6rst, sedan din text efter markeringen. St\u00e4da texten och ta bort markeringen innan du sparar.", None))
        self.keepMine.setText(QCoreApplication.translate("ConflictDialog", u"&Beh\u00e5ll min", None))
        self.takeTheirs.setText(QCoreApplication.translate("ConflictDialog", u"&Ta den andra", None))
        self.merge.setText(QCoreApplication.translate("ConflictDialog", u"&Sl\u00e5 ihop", None))
        self.back.setText(QCoreApplication.translate("ConflictDialog", u"&Tillbaka", None))
        self.saveMerged.setText(QCoreApplication.translate("ConflictDialog", u"S&para ihopslagen text", None))
    # retranslateUi

