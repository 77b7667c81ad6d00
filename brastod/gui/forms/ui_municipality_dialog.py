# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'municipality_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_MunicipalityDialog(object):
    def setupUi(self, MunicipalityDialog):
        if not MunicipalityDialog.objectName():
            MunicipalityDialog.setObjectName(u"MunicipalityDialog")
        MunicipalityDialog.resize(760, 640)
        self.layout = QVBoxLayout(MunicipalityDialog)
        self.layout.setObjectName(u"layout")
        self.pages = QTabWidget(MunicipalityDialog)
        self.pages.setObjectName(u"pages")
        self.municipalityPage = QWidget()
        self.municipalityPage.setObjectName(u"municipalityPage")
        self.municipalityPageLayout = QVBoxLayout(self.municipalityPage)
        self.municipalityPageLayout.setObjectName(u"municipalityPageLayout")
        self.municipalityForm = QFormLayout()
        self.municipalityForm.setObjectName(u"municipalityForm")
        self.nameLabel = QLabel(self.municipalityPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.municipalityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.municipalityName = QLineEdit(self.municipalityPage)
        self.municipalityName.setObjectName(u"municipalityName")

        self.municipalityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.municipalityName)

        self.codeLabel = QLabel(self.municipalityPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.municipalityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.municipalityCode = QLineEdit(self.municipalityPage)
        self.municipalityCode.setObjectName(u"municipalityCode")

        self.municipalityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipalityCode)

        self.countyLabel = QLabel(self.municipalityPage)
        self.countyLabel.setObjectName(u"countyLabel")

        self.municipalityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countyLabel)

        self.county = QLineEdit(self.municipalityPage)
        self.county.setObjectName(u"county")

        self.municipalityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.county)


        self.municipalityPageLayout.addLayout(self.municipalityForm)

        self.municipalityButtons = QHBoxLayout()
        self.municipalityButtons.setObjectName(u"municipalityButtons")
        self.logoPreview = QLabel(self.municipalityPage)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(72, 72))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.municipalityButtons.addWidget(self.logoPreview)

        self.logoButton = QPushButton(self.municipalityPage)
        self.logoButton.setObjectName(u"logoButton")

        self.municipalityButtons.addWidget(self.logoButton)

        self.removeLogoButton = QPushButton(self.municipalityPage)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.municipalityButtons.addWidget(self.removeLogoButton)

        self.muniSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.municipalityButtons.addItem(self.muniSpacer)

        self.saveMunicipalityButton = QPushButton(self.municipalityPage)
        self.saveMunicipalityButton.setObjectName(u"saveMunicipalityButton")

        self.municipalityButtons.addWidget(self.saveMunicipalityButton)


        self.municipalityPageLayout.addLayout(self.municipalityButtons)

        self.populationBox = QGroupBox(self.municipalityPage)
        self.populationBox.setObjectName(u"populationBox")
        self.populationBoxLayout = QVBoxLayout(self.populationBox)
        self.populationBoxLayout.setObjectName(u"populationBoxLayout")
        self.populationTable = QTableView(self.populationBox)
        self.populationTable.setObjectName(u"populationTable")
        self.populationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.populationTable.setAlternatingRowColors(True)
        self.populationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.populationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.populationTable.setSortingEnabled(True)

        self.populationBoxLayout.addWidget(self.populationTable)

        self.populationRow = QHBoxLayout()
        self.populationRow.setObjectName(u"populationRow")
        self.yearLabel = QLabel(self.populationBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.populationRow.addWidget(self.yearLabel)

        self.populationYear = QSpinBox(self.populationBox)
        self.populationYear.setObjectName(u"populationYear")
        self.populationYear.setMinimum(1900)
        self.populationYear.setMaximum(2200)
        self.populationYear.setValue(2025)

        self.populationRow.addWidget(self.populationYear)

        self.populationLabel = QLabel(self.populationBox)
        self.populationLabel.setObjectName(u"populationLabel")

        self.populationRow.addWidget(self.populationLabel)

        self.populationValue = QSpinBox(self.populationBox)
        self.populationValue.setObjectName(u"populationValue")
        self.populationValue.setMaximum(2000000)
        self.populationValue.setGroupSeparatorShown(True)

        self.populationRow.addWidget(self.populationValue)

        self.sourceLabel = QLabel(self.populationBox)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.populationRow.addWidget(self.sourceLabel)

        self.populationSource = QLineEdit(self.populationBox)
        self.populationSource.setObjectName(u"populationSource")

        self.populationRow.addWidget(self.populationSource)

        self.savePopulationButton = QPushButton(self.populationBox)
        self.savePopulationButton.setObjectName(u"savePopulationButton")

        self.populationRow.addWidget(self.savePopulationButton)


        self.populationBoxLayout.addLayout(self.populationRow)


        self.municipalityPageLayout.addWidget(self.populationBox)

        self.pages.addTab(self.municipalityPage, "")
        self.areasPage = QWidget()
        self.areasPage.setObjectName(u"areasPage")
        self.areasPageLayout = QVBoxLayout(self.areasPage)
        self.areasPageLayout.setObjectName(u"areasPageLayout")
        self.areaTable = QTableView(self.areasPage)
        self.areaTable.setObjectName(u"areaTable")
        self.areaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.areaTable.setAlternatingRowColors(True)
        self.areaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.areaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.areaTable.setSortingEnabled(True)

        self.areasPageLayout.addWidget(self.areaTable)

        self.areaBox = QGroupBox(self.areasPage)
        self.areaBox.setObjectName(u"areaBox")
        self.areaBoxLayout = QVBoxLayout(self.areaBox)
        self.areaBoxLayout.setObjectName(u"areaBoxLayout")
        self.areaForm = QFormLayout()
        self.areaForm.setObjectName(u"areaForm")
        self.areaNameLabel = QLabel(self.areaBox)
        self.areaNameLabel.setObjectName(u"areaNameLabel")

        self.areaForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaNameLabel)

        self.areaName = QLineEdit(self.areaBox)
        self.areaName.setObjectName(u"areaName")

        self.areaForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.areaName)

        self.areaParentLabel = QLabel(self.areaBox)
        self.areaParentLabel.setObjectName(u"areaParentLabel")

        self.areaForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaParentLabel)

        self.areaParent = QComboBox(self.areaBox)
        self.areaParent.setObjectName(u"areaParent")

        self.areaForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.areaParent)

        self.areaKindLabel = QLabel(self.areaBox)
        self.areaKindLabel.setObjectName(u"areaKindLabel")

        self.areaForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaKindLabel)

        self.areaKind = QComboBox(self.areaBox)
        self.areaKind.setObjectName(u"areaKind")

        self.areaForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.areaKind)

        self.areaDesoLabel = QLabel(self.areaBox)
        self.areaDesoLabel.setObjectName(u"areaDesoLabel")

        self.areaForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.areaDesoLabel)

        self.areaDeso = QLineEdit(self.areaBox)
        self.areaDeso.setObjectName(u"areaDeso")

        self.areaForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.areaDeso)


        self.areaBoxLayout.addLayout(self.areaForm)

        self.areaButtons = QHBoxLayout()
        self.areaButtons.setObjectName(u"areaButtons")
        self.areaNewButton = QPushButton(self.areaBox)
        self.areaNewButton.setObjectName(u"areaNewButton")

        self.areaButtons.addWidget(self.areaNewButton)

        self.areaSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.areaButtons.addItem(self.areaSpacer)

        self.areaDeleteButton = QPushButton(self.areaBox)
        self.areaDeleteButton.setObjectName(u"areaDeleteButton")

        self.areaButtons.addWidget(self.areaDeleteButton)

        self.areaSaveButton = QPushButton(self.areaBox)
        self.areaSaveButton.setObjectName(u"areaSaveButton")

        self.areaButtons.addWidget(self.areaSaveButton)


        self.areaBoxLayout.addLayout(self.areaButtons)


        self.areasPageLayout.addWidget(self.areaBox)

        self.pages.addTab(self.areasPage, "")

        self.layout.addWidget(self.pages)

        self.error = QLabel(MunicipalityDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b71c1c; font-weight: 600;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(MunicipalityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.municipalityName)
        self.codeLabel.setBuddy(self.municipalityCode)
        self.countyLabel.setBuddy(self.county)
        self.yearLabel.setBuddy(self.populationYear)
        self.populationLabel.setBuddy(self.populationValue)
        self.sourceLabel.setBuddy(self.populationSource)
        self.areaNameLabel.setBuddy(self.areaName)
        self.areaParentLabel.setBuddy(self.areaParent)
        self.areaKindLabel.setBuddy(self.areaKind)
        self.areaDesoLabel.setBuddy(self.areaDeso)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MunicipalityDialog)

        QMetaObject.connectSlotsByName(MunicipalityDialog)
    # setupUi

    def retranslateUi(self, MunicipalityDialog):
        MunicipalityDialog.setWindowTitle(QCoreApplication.translate("MunicipalityDialog", u"Kommun och omr\u00e5den", None))
        self.nameLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"&Namn:", None))
        self.codeLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"Kommun&kod:", None))
        self.municipalityCode.setPlaceholderText(QCoreApplication.translate("MunicipalityDialog", u"fyra siffror, t.ex. 1982", None))
        self.countyLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"&L\u00e4n:", None))
        self.county.setPlaceholderText(QCoreApplication.translate("MunicipalityDialog", u"t.ex. V\u00e4stmanlands l\u00e4n", None))
        self.logoButton.setText(QCoreApplication.translate("MunicipalityDialog", u"V\u00e4lj &logotyp\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("MunicipalityDialog", u"Ta bort logotyp", None))
        self.saveMunicipalityButton.setText(QCoreApplication.translate("MunicipalityDialog", u"&Spara kommun", None))
        self.populationBox.setTitle(QCoreApplication.translate("MunicipalityDialog", u"Folkm\u00e4ngd per \u00e5r (SCB, 31 december)", None))
        self.yearLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"\u00c5r:", None))
        self.populationLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"Folkm\u00e4ngd:", None))
        self.sourceLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"K\u00e4lla:", None))
        self.populationSource.setPlaceholderText(QCoreApplication.translate("MunicipalityDialog", u"SCB", None))
        self.savePopulationButton.setText(QCoreApplication.translate("MunicipalityDialog", u"Spara &folkm\u00e4ngd", None))
        self.pages.setTabText(self.pages.indexOf(self.municipalityPage), QCoreApplication.translate("MunicipalityDialog", u"Kommun", None))
        self.areaBox.setTitle(QCoreApplication.translate("MunicipalityDialog", u"Omr\u00e5de", None))
        self.areaNameLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"&Namn:", None))
        self.areaParentLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"&Ligger inom:", None))
        self.areaKindLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"&Typ:", None))
        self.areaDesoLabel.setText(QCoreApplication.translate("MunicipalityDialog", u"&DeSO/RegSO-kod:", None))
        self.areaDeso.setPlaceholderText(QCoreApplication.translate("MunicipalityDialog", u"valfritt", None))
        self.areaNewButton.setText(QCoreApplication.translate("MunicipalityDialog", u"&Nytt omr\u00e5de", None))
        self.areaDeleteButton.setText(QCoreApplication.translate("MunicipalityDialog", u"Ta &bort", None))
        self.areaSaveButton.setText(QCoreApplication.translate("MunicipalityDialog", u"&Spara", None))
        self.pages.setTabText(self.pages.indexOf(self.areasPage), QCoreApplication.translate("MunicipalityDialog", u"Omr\u00e5den", None))
    # retranslateUi

