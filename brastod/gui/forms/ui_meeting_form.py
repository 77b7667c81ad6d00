# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_form.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QTimeEdit, QVBoxLayout, QWidget)

class Ui_MeetingForm(object):
    def setupUi(self, MeetingForm):
        if not MeetingForm.objectName():
            MeetingForm.setObjectName(u"MeetingForm")
        self.layout = QVBoxLayout(MeetingForm)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(18)
        self.columns.setObjectName(u"columns")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.titleLabel = QLabel(MeetingForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(MeetingForm)
        self.title.setObjectName(u"title")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.meetingDateLabel = QLabel(MeetingForm)
        self.meetingDateLabel.setObjectName(u"meetingDateLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingDateLabel)

        self.meetingDate = QDateEdit(MeetingForm)
        self.meetingDate.setObjectName(u"meetingDate")
        self.meetingDate.setCalendarPopup(True)

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetingDate)

        self.startTimeLabel = QLabel(MeetingForm)
        self.startTimeLabel.setObjectName(u"startTimeLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startTimeLabel)

        self.startTime = QTimeEdit(MeetingForm)
        self.startTime.setObjectName(u"startTime")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startTime)

        self.endTimeLabel = QLabel(MeetingForm)
        self.endTimeLabel.setObjectName(u"endTimeLabel")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endTimeLabel)

        self.endTime = QTimeEdit(MeetingForm)
        self.endTime.setObjectName(u"endTime")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endTime)

        self.placeLabel = QLabel(MeetingForm)
        self.placeLabel.setObjectName(u"placeLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(MeetingForm)
        self.place.setObjectName(u"place")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)


        self.columns.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.statusLabel = QLabel(MeetingForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(MeetingForm)
        self.status.setObjectName(u"status")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status)

        self.chairLabel = QLabel(MeetingForm)
        self.chairLabel.setObjectName(u"chairLabel")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chair = QLineEdit(MeetingForm)
        self.chair.setObjectName(u"chair")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chair)

        self.secretaryLabel = QLabel(MeetingForm)
        self.secretaryLabel.setObjectName(u"secretaryLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.secretaryLabel)

        self.secretary = QLineEdit(MeetingForm)
        self.secretary.setObjectName(u"secretary")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.secretary)

        self.approverLabel = QLabel(MeetingForm)
        self.approverLabel.setObjectName(u"approverLabel")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.approverLabel)

        self.approver = QLineEdit(MeetingForm)
        self.approver.setObjectName(u"approver")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.approver)

        self.situationReportLabel = QLabel(MeetingForm)
        self.situationReportLabel.setObjectName(u"situationReportLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.situationReportLabel)

        self.situationReport = QComboBox(MeetingForm)
        self.situationReport.setObjectName(u"situationReport")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.situationReport)


        self.columns.addLayout(self.rightForm)


        self.layout.addLayout(self.columns)

        self.error = QLabel(MeetingForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.layout.addWidget(self.error)

        self.formSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.formSpacer)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.meetingDateLabel.setBuddy(self.meetingDate)
        self.startTimeLabel.setBuddy(self.startTime)
        self.endTimeLabel.setBuddy(self.endTime)
        self.placeLabel.setBuddy(self.place)
        self.statusLabel.setBuddy(self.status)
        self.chairLabel.setBuddy(self.chair)
        self.secretaryLabel.setBuddy(self.secretary)
        self.approverLabel.setBuddy(self.approver)
        self.situationReportLabel.setBuddy(self.situationReport)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingForm)

        QMetaObject.connectSlotsByName(MeetingForm)
    # setupUi

    def retranslateUi(self, MeetingForm):
        self.titleLabel.setText(QCoreApplication.translate("MeetingForm", u"&Rubrik:", None))
        self.meetingDateLabel.setText(QCoreApplication.translate("MeetingForm", u"&Datum:", None))
        self.meetingDate.setDisplayFormat(QCoreApplication.translate("MeetingForm", u"yyyy-MM-dd", None))
        self.startTimeLabel.setText(QCoreApplication.translate("MeetingForm", u"&B\u00f6rjar:", None))
        self.startTime.setDisplayFormat(QCoreApplication.translate("MeetingForm", u"HH:mm", None))
        self.endTimeLabel.setText(QCoreApplication.translate("MeetingForm", u"&Slutar:", None))
        self.endTime.setDisplayFormat(QCoreApplication.translate("MeetingForm", u"HH:mm", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingForm", u"&Plats:", None))
        self.statusLabel.setText(QCoreApplication.translate("MeetingForm", u"S&tatus:", None))
        self.chairLabel.setText(QCoreApplication.translate("MeetingForm", u"&Ordf\u00f6rande:", None))
        self.secretaryLabel.setText(QCoreApplication.translate("MeetingForm", u"S&ekreterare:", None))
        self.approverLabel.setText(QCoreApplication.translate("MeetingForm", u"&Justerare:", None))
        self.approver.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"justeras av", None))
        self.situationReportLabel.setText(QCoreApplication.translate("MeetingForm", u"&L\u00e4gesbild:", None))
        self.error.setText("")
        pass
    # retranslateUi

