# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(IncidentDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(IncidentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.occurredOn = QDateEdit(IncidentDialog)
        self.occurredOn.setObjectName(u"occurredOn")
        self.occurredOn.setCalendarPopup(True)

        self.whenLayout.addWidget(self.occurredOn)

        self.timeLabel = QLabel(IncidentDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.whenLayout.addWidget(self.timeLabel)

        self.occurredTime = QLineEdit(IncidentDialog)
        self.occurredTime.setObjectName(u"occurredTime")
        self.occurredTime.setMaximumSize(QSize(70, 16777215))

        self.whenLayout.addWidget(self.occurredTime)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.categoryLabel = QLabel(IncidentDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(IncidentDialog)
        self.category.setObjectName(u"category")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category)

        self.areaLabel = QLabel(IncidentDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QComboBox(IncidentDialog)
        self.area.setObjectName(u"area")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.area)

        self.placeLabel = QLabel(IncidentDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(IncidentDialog)
        self.place.setObjectName(u"place")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)

        self.descriptionLabel = QLabel(IncidentDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(IncidentDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.description)

        self.countLabel = QLabel(IncidentDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.countLabel)

        self.count = QSpinBox(IncidentDialog)
        self.count.setObjectName(u"count")
        self.count.setMinimum(1)
        self.count.setMaximum(9999)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.count)

        self.partnerLabel = QLabel(IncidentDialog)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partner = QComboBox(IncidentDialog)
        self.partner.setObjectName(u"partner")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.partner)

        self.policeLabel = QLabel(IncidentDialog)
        self.policeLabel.setObjectName(u"policeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.policeLabel)

        self.policeReported = QComboBox(IncidentDialog)
        self.policeReported.setObjectName(u"policeReported")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.policeReported)

        self.sourceCaption = QLabel(IncidentDialog)
        self.sourceCaption.setObjectName(u"sourceCaption")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sourceCaption)

        self.source = QLabel(IncidentDialog)
        self.source.setObjectName(u"source")
        self.source.setStyleSheet(u"color: #555;")
        self.source.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.source)


        self.layout.addLayout(self.form)

        self.message = QLabel(IncidentDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #b00020;")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(IncidentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.occurredOn)
        self.timeLabel.setBuddy(self.occurredTime)
        self.categoryLabel.setBuddy(self.category)
        self.areaLabel.setBuddy(self.area)
        self.placeLabel.setBuddy(self.place)
        self.descriptionLabel.setBuddy(self.description)
        self.countLabel.setBuddy(self.count)
        self.partnerLabel.setBuddy(self.partner)
        self.policeLabel.setBuddy(self.policeReported)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredOn, self.occurredTime)
        QWidget.setTabOrder(self.occurredTime, self.category)
        QWidget.setTabOrder(self.category, self.area)
        QWidget.setTabOrder(self.area, self.place)
        QWidget.setTabOrder(self.place, self.description)
        QWidget.setTabOrder(self.description, self.count)
        QWidget.setTabOrder(self.count, self.partner)
        QWidget.setTabOrder(self.partner, self.policeReported)

        self.retranslateUi(IncidentDialog)

        QMetaObject.connectSlotsByName(IncidentDialog)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"H\u00e4ndelse", None))
        self.dateLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Datum", None))
        self.occurredOn.setDisplayFormat(QCoreApplication.translate("IncidentDialog", u"yyyy-MM-dd", None))
        self.timeLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Klockan", None))
        self.occurredTime.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"tt:mm", None))
#if QT_CONFIG(tooltip)
        self.occurredTime.setToolTip(QCoreApplication.translate("IncidentDialog", u"L\u00e4mna tomt om tiden inte \u00e4r k\u00e4nd. 21:30 eller 21.30.", None))
#endif // QT_CONFIG(tooltip)
        self.categoryLabel.setText(QCoreApplication.translate("IncidentDialog", u"K&ategori", None))
        self.areaLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Omr\u00e5de", None))
        self.placeLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Plats", None))
        self.place.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"t.ex. Tv\u00e4ttstugan, Storgatan 12", None))
        self.descriptionLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Vad h\u00e4nde", None))
        self.description.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Beskriv platsen och situationen \u2013 aldrig namn, personnummer eller annat som pekar ut en person.", None))
        self.countLabel.setText(QCoreApplication.translate("IncidentDialog", u"A&ntal", None))
        self.partnerLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Rapporterad av", None))
        self.policeLabel.setText(QCoreApplication.translate("IncidentDialog", u"Po&lisanm\u00e4ld", None))
        self.sourceCaption.setText(QCoreApplication.translate("IncidentDialog", u"K\u00e4lla", None))
    # retranslateUi

