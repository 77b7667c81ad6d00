# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_form.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_DecisionForm(object):
    def setupUi(self, DecisionForm):
        if not DecisionForm.objectName():
            DecisionForm.setObjectName(u"DecisionForm")
        self.layout = QVBoxLayout(DecisionForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.textLabel = QLabel(DecisionForm)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QPlainTextEdit(DecisionForm)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text)

        self.partnerLabel = QLabel(DecisionForm)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partner = QComboBox(DecisionForm)
        self.partner.setObjectName(u"partner")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partner)

        self.dueOnLabel = QLabel(DecisionForm)
        self.dueOnLabel.setObjectName(u"dueOnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueOnLabel)

        self.dueOn = QDateEdit(DecisionForm)
        self.dueOn.setObjectName(u"dueOn")
        self.dueOn.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueOn)

        self.statusLabel = QLabel(DecisionForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(DecisionForm)
        self.status.setObjectName(u"status")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)


        self.layout.addLayout(self.form)

        self.error = QLabel(DecisionForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.text)
        self.partnerLabel.setBuddy(self.partner)
        self.dueOnLabel.setBuddy(self.dueOn)
        self.statusLabel.setBuddy(self.status)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionForm)

        QMetaObject.connectSlotsByName(DecisionForm)
    # setupUi

    def retranslateUi(self, DecisionForm):
        self.textLabel.setText(QCoreApplication.translate("DecisionForm", u"&Beslut:", None))
        self.partnerLabel.setText(QCoreApplication.translate("DecisionForm", u"&Ansvarig:", None))
        self.dueOnLabel.setText(QCoreApplication.translate("DecisionForm", u"&Klart senast:", None))
        self.dueOn.setDisplayFormat(QCoreApplication.translate("DecisionForm", u"yyyy-MM-dd", None))
        self.statusLabel.setText(QCoreApplication.translate("DecisionForm", u"&Status:", None))
        self.error.setText("")
        pass
    # retranslateUi

