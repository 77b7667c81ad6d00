# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partners_dialog.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_PartnersDialog(object):
    def setupUi(self, PartnersDialog):
        if not PartnersDialog.objectName():
            PartnersDialog.setObjectName(u"PartnersDialog")
        PartnersDialog.resize(860, 620)
        self.layout = QVBoxLayout(PartnersDialog)
        self.layout.setObjectName(u"layout")
        self.partnerBox = QGroupBox(PartnersDialog)
        self.partnerBox.setObjectName(u"partnerBox")
        self.partnerBoxLayout = QVBoxLayout(self.partnerBox)
        self.partnerBoxLayout.setObjectName(u"partnerBoxLayout")
        self.partnerTable = QTableView(self.partnerBox)
        self.partnerTable.setObjectName(u"partnerTable")
        self.partnerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partnerTable.setAlternatingRowColors(True)
        self.partnerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partnerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partnerTable.setSortingEnabled(True)

        self.partnerBoxLayout.addWidget(self.partnerTable)

        self.partnerForm = QFormLayout()
        self.partnerForm.setObjectName(u"partnerForm")
        self.partnerNameLabel = QLabel(self.partnerBox)
        self.partnerNameLabel.setObjectName(u"partnerNameLabel")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partnerNameLabel)

        self.partnerName = QLineEdit(self.partnerBox)
        self.partnerName.setObjectName(u"partnerName")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partnerName)

        self.partnerKindLabel = QLabel(self.partnerBox)
        self.partnerKindLabel.setObjectName(u"partnerKindLabel")

        self.partnerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partnerKindLabel)

        self.partnerKind = QComboBox(self.partnerBox)
        self.partnerKind.setObjectName(u"partnerKind")

        self.partnerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partnerKind)

        self.partnerActiveLabel = QLabel(self.partnerBox)
        self.partnerActiveLabel.setObjectName(u"partnerActiveLabel")

        self.partnerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.partnerActiveLabel)

        self.partnerActive = QCheckBox(self.partnerBox)
        self.partnerActive.setObjectName(u"partnerActive")
        self.partnerActive.setChecked(True)

        self.partnerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.partnerActive)


        self.partnerBoxLayout.addLayout(self.partnerForm)

        self.partnerButtons = QHBoxLayout()
        self.partnerButtons.setObjectName(u"partnerButtons")
        self.partnerNewButton = QPushButton(self.partnerBox)
        self.partnerNewButton.setObjectName(u"partnerNewButton")

        self.partnerButtons.addWidget(self.partnerNewButton)

        self.partnerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partnerButtons.addItem(self.partnerSpacer)

        self.partnerDeleteButton = QPushButton(self.partnerBox)
        self.partnerDeleteButton.setObjectName(u"partnerDeleteButton")

        self.partnerButtons.addWidget(self.partnerDeleteButton)

        self.partnerSaveButton = QPushButton(self.partnerBox)
        self.partnerSaveButton.setObjectName(u"partnerSaveButton")

        self.partnerButtons.addWidget(self.partnerSaveButton)


        self.partnerBoxLayout.addLayout(self.partnerButtons)


        self.layout.addWidget(self.partnerBox)

        self.contactBox = QGroupBox(PartnersDialog)
        self.contactBox.setObjectName(u"contactBox")
        self.contactBoxLayout = QVBoxLayout(self.contactBox)
        self.contactBoxLayout.setObjectName(u"contactBoxLayout")
        self.contactTable = QTableView(self.contactBox)
        self.contactTable.setObjectName(u"contactTable")
        self.contactTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactTable.setAlternatingRowColors(True)
        self.contactTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactTable.setSortingEnabled(True)

        self.contactBoxLayout.addWidget(self.contactTable)

        self.contactForm = QFormLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.contactNameLabel = QLabel(self.contactBox)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactName = QLineEdit(self.contactBox)
        self.contactName.setObjectName(u"contactName")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactName)

        self.contactRoleLabel = QLabel(self.contactBox)
        self.contactRoleLabel.setObjectName(u"contactRoleLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactRoleLabel)

        self.contactRole = QLineEdit(self.contactBox)
        self.contactRole.setObjectName(u"contactRole")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactRole)

        self.contactEmailLabel = QLabel(self.contactBox)
        self.contactEmailLabel.setObjectName(u"contactEmailLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactEmailLabel)

        self.contactEmail = QLineEdit(self.contactBox)
        self.contactEmail.setObjectName(u"contactEmail")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactEmail)

        self.contactPhoneLabel = QLabel(self.contactBox)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhone = QLineEdit(self.contactBox)
        self.contactPhone.setObjectName(u"contactPhone")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactPhone)


        self.contactBoxLayout.addLayout(self.contactForm)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.contactNewButton = QPushButton(self.contactBox)
        self.contactNewButton.setObjectName(u"contactNewButton")

        self.contactButtons.addWidget(self.contactNewButton)

        self.contactSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)

        self.contactDeleteButton = QPushButton(self.contactBox)
        self.contactDeleteButton.setObjectName(u"contactDeleteButton")

        self.contactButtons.addWidget(self.contactDeleteButton)

        self.contactSaveButton = QPushButton(self.contactBox)
        self.contactSaveButton.setObjectName(u"contactSaveButton")

        self.contactButtons.addWidget(self.contactSaveButton)


        self.contactBoxLayout.addLayout(self.contactButtons)


        self.layout.addWidget(self.contactBox)

        self.error = QLabel(PartnersDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b71c1c; font-weight: 600;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(PartnersDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(0, 3)
        self.layout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.partnerNameLabel.setBuddy(self.partnerName)
        self.partnerKindLabel.setBuddy(self.partnerKind)
        self.partnerActiveLabel.setBuddy(self.partnerActive)
        self.contactNameLabel.setBuddy(self.contactName)
        self.contactRoleLabel.setBuddy(self.contactRole)
        self.contactEmailLabel.setBuddy(self.contactEmail)
        self.contactPhoneLabel.setBuddy(self.contactPhone)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartnersDialog)

        QMetaObject.connectSlotsByName(PartnersDialog)
    # setupUi

    def retranslateUi(self, PartnersDialog):
        PartnersDialog.setWindowTitle(QCoreApplication.translate("PartnersDialog", u"Partner och kontakter", None))
        self.partnerBox.setTitle(QCoreApplication.translate("PartnersDialog", u"Partner (samverkansakt\u00f6rer)", None))
        self.partnerNameLabel.setText(QCoreApplication.translate("PartnersDialog", u"&Namn:", None))
        self.partnerKindLabel.setText(QCoreApplication.translate("PartnersDialog", u"&Typ:", None))
        self.partnerActiveLabel.setText("")
        self.partnerActive.setText(QCoreApplication.translate("PartnersDialog", u"&Aktiv", None))
        self.partnerNewButton.setText(QCoreApplication.translate("PartnersDialog", u"&Ny partner", None))
        self.partnerDeleteButton.setText(QCoreApplication.translate("PartnersDialog", u"Ta &bort", None))
        self.partnerSaveButton.setText(QCoreApplication.translate("PartnersDialog", u"&Spara", None))
        self.contactBox.setTitle(QCoreApplication.translate("PartnersDialog", u"Kontaktpersoner (arbetskontakter)", None))
        self.contactNameLabel.setText(QCoreApplication.translate("PartnersDialog", u"N&amn:", None))
        self.contactRoleLabel.setText(QCoreApplication.translate("PartnersDialog", u"&Roll:", None))
        self.contactRole.setPlaceholderText(QCoreApplication.translate("PartnersDialog", u"t.ex. Kommunpolis", None))
        self.contactEmailLabel.setText(QCoreApplication.translate("PartnersDialog", u"&E-post:", None))
        self.contactEmail.setPlaceholderText(QCoreApplication.translate("PartnersDialog", u"namn@organisation.se", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("PartnersDialog", u"&Telefon:", None))
        self.contactPhone.setPlaceholderText(QCoreApplication.translate("PartnersDialog", u"arbetstelefon", None))
        self.contactNewButton.setText(QCoreApplication.translate("PartnersDialog", u"N&y kontakt", None))
        self.contactDeleteButton.setText(QCoreApplication.translate("PartnersDialog", u"Ta &bort", None))
        self.contactSaveButton.setText(QCoreApplication.translate("PartnersDialog", u"&Spara", None))
    # retranslateUi

