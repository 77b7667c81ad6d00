# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PlanForm(object):
    def setupUi(self, PlanForm):
        if not PlanForm.objectName():
            PlanForm.setObjectName(u"PlanForm")
        self.layout = QHBoxLayout(PlanForm)
        self.layout.setSpacing(18)
        self.layout.setObjectName(u"layout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(PlanForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(PlanForm)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.kindLabel = QLabel(PlanForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(PlanForm)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.periodStartLabel = QLabel(PlanForm)
        self.periodStartLabel.setObjectName(u"periodStartLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodStartLabel)

        self.periodStart = QDateEdit(PlanForm)
        self.periodStart.setObjectName(u"periodStart")
        self.periodStart.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodStart)

        self.periodEndLabel = QLabel(PlanForm)
        self.periodEndLabel.setObjectName(u"periodEndLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.periodEndLabel)

        self.periodEnd = QDateEdit(PlanForm)
        self.periodEnd.setObjectName(u"periodEnd")
        self.periodEnd.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodEnd)

        self.statusLabel = QLabel(PlanForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(PlanForm)
        self.status.setObjectName(u"status")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.decidedByLabel = QLabel(PlanForm)
        self.decidedByLabel.setObjectName(u"decidedByLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decidedByLabel)

        self.decidedBy = QLineEdit(PlanForm)
        self.decidedBy.setObjectName(u"decidedBy")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decidedBy)

        self.decidedOnLabel = QLabel(PlanForm)
        self.decidedOnLabel.setObjectName(u"decidedOnLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decidedOnLabel)

        self.decidedOn = QDateEdit(PlanForm)
        self.decidedOn.setObjectName(u"decidedOn")
        self.decidedOn.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decidedOn)

        self.registryNumberLabel = QLabel(PlanForm)
        self.registryNumberLabel.setObjectName(u"registryNumberLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.registryNumberLabel)

        self.registryNumber = QLineEdit(PlanForm)
        self.registryNumber.setObjectName(u"registryNumber")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.registryNumber)

        self.situationReportLabel = QLabel(PlanForm)
        self.situationReportLabel.setObjectName(u"situationReportLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.situationReportLabel)

        self.situationReport = QComboBox(PlanForm)
        self.situationReport.setObjectName(u"situationReport")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.situationReport)

        self.error = QLabel(PlanForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.error)


        self.leftColumn.addLayout(self.form)

        self.formSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.formSpacer)


        self.layout.addLayout(self.leftColumn)

        self.promiseGroup = QGroupBox(PlanForm)
        self.promiseGroup.setObjectName(u"promiseGroup")
        self.promiseForm = QFormLayout(self.promiseGroup)
        self.promiseForm.setObjectName(u"promiseForm")
        self.situationTodayLabel = QLabel(self.promiseGroup)
        self.situationTodayLabel.setObjectName(u"situationTodayLabel")

        self.promiseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.situationTodayLabel)

        self.situationToday = QPlainTextEdit(self.promiseGroup)
        self.situationToday.setObjectName(u"situationToday")
        self.situationToday.setTabChangesFocus(True)

        self.promiseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.situationToday)

        self.municipalityCommitmentLabel = QLabel(self.promiseGroup)
        self.municipalityCommitmentLabel.setObjectName(u"municipalityCommitmentLabel")

        self.promiseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.municipalityCommitmentLabel)

        self.municipalityCommitment = QPlainTextEdit(self.promiseGroup)
        self.municipalityCommitment.setObjectName(u"municipalityCommitment")
        self.municipalityCommitment.setTabChangesFocus(True)

        self.promiseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipalityCommitment)

        self.policeCommitmentLabel = QLabel(self.promiseGroup)
        self.policeCommitmentLabel.setObjectName(u"policeCommitmentLabel")

        self.promiseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.policeCommitmentLabel)

        self.policeCommitment = QPlainTextEdit(self.promiseGroup)
        self.policeCommitment.setObjectName(u"policeCommitment")
        self.policeCommitment.setTabChangesFocus(True)

        self.promiseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.policeCommitment)

        self.expectedResultLabel = QLabel(self.promiseGroup)
        self.expectedResultLabel.setObjectName(u"expectedResultLabel")

        self.promiseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.expectedResultLabel)

        self.expectedResult = QPlainTextEdit(self.promiseGroup)
        self.expectedResult.setObjectName(u"expectedResult")
        self.expectedResult.setTabChangesFocus(True)

        self.promiseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.expectedResult)

        self.followUpMethodLabel = QLabel(self.promiseGroup)
        self.followUpMethodLabel.setObjectName(u"followUpMethodLabel")

        self.promiseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.followUpMethodLabel)

        self.followUpMethod = QPlainTextEdit(self.promiseGroup)
        self.followUpMethod.setObjectName(u"followUpMethod")
        self.followUpMethod.setTabChangesFocus(True)

        self.promiseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.followUpMethod)


        self.layout.addWidget(self.promiseGroup)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.kindLabel.setBuddy(self.kind)
        self.periodStartLabel.setBuddy(self.periodStart)
        self.periodEndLabel.setBuddy(self.periodEnd)
        self.statusLabel.setBuddy(self.status)
        self.decidedByLabel.setBuddy(self.decidedBy)
        self.decidedOnLabel.setBuddy(self.decidedOn)
        self.registryNumberLabel.setBuddy(self.registryNumber)
        self.situationReportLabel.setBuddy(self.situationReport)
        self.situationTodayLabel.setBuddy(self.situationToday)
        self.municipalityCommitmentLabel.setBuddy(self.municipalityCommitment)
        self.policeCommitmentLabel.setBuddy(self.policeCommitment)
        self.expectedResultLabel.setBuddy(self.expectedResult)
        self.followUpMethodLabel.setBuddy(self.followUpMethod)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanForm)

        QMetaObject.connectSlotsByName(PlanForm)
    # setupUi

    def retranslateUi(self, PlanForm):
        self.titleLabel.setText(QCoreApplication.translate("PlanForm", u"&Titel:", None))
        self.kindLabel.setText(QCoreApplication.translate("PlanForm", u"T&yp:", None))
        self.periodStartLabel.setText(QCoreApplication.translate("PlanForm", u"&Fr\u00e5n:", None))
        self.periodStart.setDisplayFormat(QCoreApplication.translate("PlanForm", u"yyyy-MM-dd", None))
        self.periodEndLabel.setText(QCoreApplication.translate("PlanForm", u"&Till:", None))
        self.periodEnd.setDisplayFormat(QCoreApplication.translate("PlanForm", u"yyyy-MM-dd", None))
        self.statusLabel.setText(QCoreApplication.translate("PlanForm", u"&Status:", None))
        self.decidedByLabel.setText(QCoreApplication.translate("PlanForm", u"&Beslutad av:", None))
        self.decidedBy.setPlaceholderText(QCoreApplication.translate("PlanForm", u"t.ex. Kommunstyrelsen", None))
        self.decidedOnLabel.setText(QCoreApplication.translate("PlanForm", u"Beslutsd&atum:", None))
        self.decidedOn.setDisplayFormat(QCoreApplication.translate("PlanForm", u"yyyy-MM-dd", None))
        self.registryNumberLabel.setText(QCoreApplication.translate("PlanForm", u"&Diarienummer:", None))
        self.registryNumber.setPlaceholderText(QCoreApplication.translate("PlanForm", u"t.ex. KS 2026/112", None))
        self.situationReportLabel.setText(QCoreApplication.translate("PlanForm", u"&L\u00e4gesbild:", None))
        self.error.setText("")
        self.promiseGroup.setTitle(QCoreApplication.translate("PlanForm", u"Medborgarl\u00f6ftet", None))
        self.situationTodayLabel.setText(QCoreApplication.translate("PlanForm", u"Situationen i dag:", None))
        self.municipalityCommitmentLabel.setText(QCoreApplication.translate("PlanForm", u"Det h\u00e4r g\u00f6r kommunen:", None))
        self.policeCommitmentLabel.setText(QCoreApplication.translate("PlanForm", u"Det h\u00e4r g\u00f6r polisen:", None))
        self.expectedResultLabel.setText(QCoreApplication.translate("PlanForm", u"Det h\u00e4r ska vi \u00e5stadkomma tillsammans:", None))
        self.followUpMethodLabel.setText(QCoreApplication.translate("PlanForm", u"S\u00e5 f\u00f6ljer vi upp:", None))
        pass
    # retranslateUi

