# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'police_types_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_PoliceTypesDialog(object):
    def setupUi(self, PoliceTypesDialog):
        if not PoliceTypesDialog.objectName():
            PoliceTypesDialog.setObjectName(u"PoliceTypesDialog")
        PoliceTypesDialog.setMinimumSize(QSize(640, 480))
        self.layout = QVBoxLayout(PoliceTypesDialog)
        self.layout.setObjectName(u"layout")
        self.help = QLabel(PoliceTypesDialog)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)

        self.layout.addWidget(self.help)

        self.typeTable = QTableView(PoliceTypesDialog)
        self.typeTable.setObjectName(u"typeTable")
        self.typeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.typeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.typeTable.setAlternatingRowColors(True)

        self.layout.addWidget(self.typeTable)

        self.form = QHBoxLayout()
        self.form.setObjectName(u"form")
        self.typeName = QLabel(PoliceTypesDialog)
        self.typeName.setObjectName(u"typeName")
        self.typeName.setStyleSheet(u"font-weight: 600;")

        self.form.addWidget(self.typeName)

        self.categoryLabel = QLabel(PoliceTypesDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.addWidget(self.categoryLabel)

        self.typeCategory = QComboBox(PoliceTypesDialog)
        self.typeCategory.setObjectName(u"typeCategory")
        self.typeCategory.setMinimumSize(QSize(240, 0))

        self.form.addWidget(self.typeCategory)

        self.typeSaveButton = QPushButton(PoliceTypesDialog)
        self.typeSaveButton.setObjectName(u"typeSaveButton")

        self.form.addWidget(self.typeSaveButton)

        self.typeNewButton = QPushButton(PoliceTypesDialog)
        self.typeNewButton.setObjectName(u"typeNewButton")
        self.typeNewButton.setVisible(False)

        self.form.addWidget(self.typeNewButton)

        self.typeDeleteButton = QPushButton(PoliceTypesDialog)
        self.typeDeleteButton.setObjectName(u"typeDeleteButton")
        self.typeDeleteButton.setVisible(False)

        self.form.addWidget(self.typeDeleteButton)


        self.layout.addLayout(self.form)

        self.error = QLabel(PoliceTypesDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(PoliceTypesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.typeCategory)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PoliceTypesDialog)

        QMetaObject.connectSlotsByName(PoliceTypesDialog)
    # setupUi

    def retranslateUi(self, PoliceTypesDialog):
        PoliceTypesDialog.setWindowTitle(QCoreApplication.translate("PoliceTypesDialog", u"Polisens h\u00e4ndelsetyper", None))
        self.help.setText(QCoreApplication.translate("PoliceTypesDialog", u"Vilken kategori Polisens h\u00e4ndelsetyper hamnar i n\u00e4r deras h\u00e4ndelser importeras. En ny typ l\u00e4ggs till h\u00e4r av importen; dess h\u00e4ndelser hamnar under \u00d6vrigt och markeras f\u00f6r granskning tills du v\u00e4ljer kategori. Redan importerade h\u00e4ndelser flyttar med.", None))
        self.categoryLabel.setText(QCoreApplication.translate("PoliceTypesDialog", u"\u2192 &kategori", None))
        self.typeSaveButton.setText(QCoreApplication.translate("PoliceTypesDialog", u"&Spara", None))
    # retranslateUi

