# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'categories_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CategoriesDialog(object):
    def setupUi(self, CategoriesDialog):
        if not CategoriesDialog.objectName():
            CategoriesDialog.setObjectName(u"CategoriesDialog")
        CategoriesDialog.resize(820, 620)
        self.layout = QVBoxLayout(CategoriesDialog)
        self.layout.setObjectName(u"layout")
        self.categoryTable = QTableView(CategoriesDialog)
        self.categoryTable.setObjectName(u"categoryTable")
        self.categoryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categoryTable.setAlternatingRowColors(True)
        self.categoryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categoryTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categoryTable.setSortingEnabled(True)

        self.layout.addWidget(self.categoryTable)

        self.categoryBox = QGroupBox(CategoriesDialog)
        self.categoryBox.setObjectName(u"categoryBox")
        self.categoryBoxLayout = QVBoxLayout(self.categoryBox)
        self.categoryBoxLayout.setObjectName(u"categoryBoxLayout")
        self.categoryForm = QFormLayout()
        self.categoryForm.setObjectName(u"categoryForm")
        self.categoryNameLabel = QLabel(self.categoryBox)
        self.categoryNameLabel.setObjectName(u"categoryNameLabel")

        self.categoryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryNameLabel)

        self.categoryName = QLineEdit(self.categoryBox)
        self.categoryName.setObjectName(u"categoryName")

        self.categoryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryName)

        self.categoryParentLabel = QLabel(self.categoryBox)
        self.categoryParentLabel.setObjectName(u"categoryParentLabel")

        self.categoryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryParentLabel)

        self.categoryParent = QComboBox(self.categoryBox)
        self.categoryParent.setObjectName(u"categoryParent")

        self.categoryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryParent)

        self.categoryKindLabel = QLabel(self.categoryBox)
        self.categoryKindLabel.setObjectName(u"categoryKindLabel")

        self.categoryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryKindLabel)

        self.categoryKind = QComboBox(self.categoryBox)
        self.categoryKind.setObjectName(u"categoryKind")

        self.categoryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryKind)

        self.categorySynonymsLabel = QLabel(self.categoryBox)
        self.categorySynonymsLabel.setObjectName(u"categorySynonymsLabel")

        self.categoryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categorySynonymsLabel)

        self.categorySynonyms = QPlainTextEdit(self.categoryBox)
        self.categorySynonyms.setObjectName(u"categorySynonyms")
        self.categorySynonyms.setMaximumSize(QSize(16777215, 90))

        self.categoryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categorySynonyms)


        self.categoryBoxLayout.addLayout(self.categoryForm)

        self.categoryButtons = QHBoxLayout()
        self.categoryButtons.setObjectName(u"categoryButtons")
        self.categoryNewButton = QPushButton(self.categoryBox)
        self.categoryNewButton.setObjectName(u"categoryNewButton")

        self.categoryButtons.addWidget(self.categoryNewButton)

        self.categorySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categoryButtons.addItem(self.categorySpacer)

        self.categoryDeleteButton = QPushButton(self.categoryBox)
        self.categoryDeleteButton.setObjectName(u"categoryDeleteButton")

        self.categoryButtons.addWidget(self.categoryDeleteButton)

        self.categorySaveButton = QPushButton(self.categoryBox)
        self.categorySaveButton.setObjectName(u"categorySaveButton")

        self.categoryButtons.addWidget(self.categorySaveButton)


        self.categoryBoxLayout.addLayout(self.categoryButtons)


        self.layout.addWidget(self.categoryBox)

        self.error = QLabel(CategoriesDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b71c1c; font-weight: 600;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(CategoriesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.categoryNameLabel.setBuddy(self.categoryName)
        self.categoryParentLabel.setBuddy(self.categoryParent)
        self.categoryKindLabel.setBuddy(self.categoryKind)
        self.categorySynonymsLabel.setBuddy(self.categorySynonyms)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CategoriesDialog)

        QMetaObject.connectSlotsByName(CategoriesDialog)
    # setupUi

    def retranslateUi(self, CategoriesDialog):
        CategoriesDialog.setWindowTitle(QCoreApplication.translate("CategoriesDialog", u"Kategorier", None))
        self.categoryBox.setTitle(QCoreApplication.translate("CategoriesDialog", u"Kategori", None))
        self.categoryNameLabel.setText(QCoreApplication.translate("CategoriesDialog", u"&Namn:", None))
        self.categoryParentLabel.setText(QCoreApplication.translate("CategoriesDialog", u"&Huvudkategori:", None))
        self.categoryKindLabel.setText(QCoreApplication.translate("CategoriesDialog", u"&Typ:", None))
        self.categorySynonymsLabel.setText(QCoreApplication.translate("CategoriesDialog", u"&Synonymer:", None))
        self.categorySynonyms.setPlaceholderText(QCoreApplication.translate("CategoriesDialog", u"Ett ord per rad, t.ex. klottring, graffiti", None))
        self.categoryNewButton.setText(QCoreApplication.translate("CategoriesDialog", u"&Ny kategori", None))
        self.categoryDeleteButton.setText(QCoreApplication.translate("CategoriesDialog", u"Ta &bort", None))
        self.categorySaveButton.setText(QCoreApplication.translate("CategoriesDialog", u"&Spara", None))
    # retranslateUi

