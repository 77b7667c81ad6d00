# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_form.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ActionForm(object):
    def setupUi(self, ActionForm):
        if not ActionForm.objectName():
            ActionForm.setObjectName(u"ActionForm")
        self.layout = QVBoxLayout(ActionForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(ActionForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ActionForm)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.descriptionLabel = QLabel(ActionForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(ActionForm)
        self.description.setObjectName(u"description")
        self.description.setMaximumSize(QSize(16777215, 60))
        self.description.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description)

        self.causeLabel = QLabel(ActionForm)
        self.causeLabel.setObjectName(u"causeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.cause = QComboBox(ActionForm)
        self.cause.setObjectName(u"cause")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cause)

        self.goalLabel = QLabel(ActionForm)
        self.goalLabel.setObjectName(u"goalLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goal = QComboBox(ActionForm)
        self.goal.setObjectName(u"goal")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.goal)

        self.partnerLabel = QLabel(ActionForm)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partner = QComboBox(ActionForm)
        self.partner.setObjectName(u"partner")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.partner)

        self.contactLabel = QLabel(ActionForm)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contact = QComboBox(ActionForm)
        self.contact.setObjectName(u"contact")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contact)

        self.startOnLabel = QLabel(ActionForm)
        self.startOnLabel.setObjectName(u"startOnLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startOnLabel)

        self.startOn = QDateEdit(ActionForm)
        self.startOn.setObjectName(u"startOn")
        self.startOn.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startOn)

        self.dueOnLabel = QLabel(ActionForm)
        self.dueOnLabel.setObjectName(u"dueOnLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dueOnLabel)

        self.dueOn = QDateEdit(ActionForm)
        self.dueOn.setObjectName(u"dueOn")
        self.dueOn.setCalendarPopup(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dueOn)

        self.statusLabel = QLabel(ActionForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(ActionForm)
        self.status.setObjectName(u"status")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.status)

        self.ragLabel = QLabel(ActionForm)
        self.ragLabel.setObjectName(u"ragLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ragLabel)

        self.rag = QComboBox(ActionForm)
        self.rag.setObjectName(u"rag")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.rag)

        self.measureTypeLabel = QLabel(ActionForm)
        self.measureTypeLabel.setObjectName(u"measureTypeLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.measureTypeLabel)

        self.measureType = QComboBox(ActionForm)
        self.measureType.setObjectName(u"measureType")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.measureType)

        self.effortTypeLabel = QLabel(ActionForm)
        self.effortTypeLabel.setObjectName(u"effortTypeLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.effortTypeLabel)

        self.effortType = QComboBox(ActionForm)
        self.effortType.setObjectName(u"effortType")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.effortType)

        self.termLabel = QLabel(ActionForm)
        self.termLabel.setObjectName(u"termLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.term = QComboBox(ActionForm)
        self.term.setObjectName(u"term")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.term)


        self.layout.addLayout(self.form)

        self.error = QLabel(ActionForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.descriptionLabel.setBuddy(self.description)
        self.causeLabel.setBuddy(self.cause)
        self.goalLabel.setBuddy(self.goal)
        self.partnerLabel.setBuddy(self.partner)
        self.contactLabel.setBuddy(self.contact)
        self.startOnLabel.setBuddy(self.startOn)
        self.dueOnLabel.setBuddy(self.dueOn)
        self.statusLabel.setBuddy(self.status)
        self.ragLabel.setBuddy(self.rag)
        self.measureTypeLabel.setBuddy(self.measureType)
        self.effortTypeLabel.setBuddy(self.effortType)
        self.termLabel.setBuddy(self.term)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionForm)

        QMetaObject.connectSlotsByName(ActionForm)
    # setupUi

    def retranslateUi(self, ActionForm):
        self.titleLabel.setText(QCoreApplication.translate("ActionForm", u"&\u00c5tg\u00e4rd:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("ActionForm", u"Vad ska g\u00f6ras?", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ActionForm", u"&Beskrivning:", None))
        self.causeLabel.setText(QCoreApplication.translate("ActionForm", u"&Orsak:", None))
        self.goalLabel.setText(QCoreApplication.translate("ActionForm", u"&M\u00e5l:", None))
        self.partnerLabel.setText(QCoreApplication.translate("ActionForm", u"&Ansvarig:", None))
        self.contactLabel.setText(QCoreApplication.translate("ActionForm", u"&Kontakt:", None))
        self.startOnLabel.setText(QCoreApplication.translate("ActionForm", u"S&tart:", None))
        self.startOn.setDisplayFormat(QCoreApplication.translate("ActionForm", u"yyyy-MM-dd", None))
        self.dueOnLabel.setText(QCoreApplication.translate("ActionForm", u"&Klart senast:", None))
        self.dueOn.setDisplayFormat(QCoreApplication.translate("ActionForm", u"yyyy-MM-dd", None))
        self.statusLabel.setText(QCoreApplication.translate("ActionForm", u"&Status:", None))
        self.ragLabel.setText(QCoreApplication.translate("ActionForm", u"&Uppf\u00f6ljning:", None))
        self.measureTypeLabel.setText(QCoreApplication.translate("ActionForm", u"&Typ:", None))
        self.effortTypeLabel.setText(QCoreApplication.translate("ActionForm", u"&Insats:", None))
        self.termLabel.setText(QCoreApplication.translate("ActionForm", u"S&ikt:", None))
        self.error.setText("")
        pass
    # retranslateUi

