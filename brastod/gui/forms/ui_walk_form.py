# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'walk_form.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QTimeEdit, QVBoxLayout, QWidget)

class Ui_WalkForm(object):
    def setupUi(self, WalkForm):
        if not WalkForm.objectName():
            WalkForm.setObjectName(u"WalkForm")
        self.layout = QVBoxLayout(WalkForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(18)
        self.columns.setObjectName(u"columns")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.walkDateLabel = QLabel(WalkForm)
        self.walkDateLabel.setObjectName(u"walkDateLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.walkDateLabel)

        self.walkDate = QDateEdit(WalkForm)
        self.walkDate.setObjectName(u"walkDate")
        self.walkDate.setCalendarPopup(True)

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.walkDate)

        self.startTimeLabel = QLabel(WalkForm)
        self.startTimeLabel.setObjectName(u"startTimeLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startTimeLabel)

        self.startTime = QTimeEdit(WalkForm)
        self.startTime.setObjectName(u"startTime")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startTime)

        self.endTimeLabel = QLabel(WalkForm)
        self.endTimeLabel.setObjectName(u"endTimeLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endTimeLabel)

        self.endTime = QTimeEdit(WalkForm)
        self.endTime.setObjectName(u"endTime")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endTime)

        self.statusLabel = QLabel(WalkForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(WalkForm)
        self.status.setObjectName(u"status")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)


        self.columns.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.areaLabel = QLabel(WalkForm)
        self.areaLabel.setObjectName(u"areaLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QComboBox(WalkForm)
        self.area.setObjectName(u"area")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.area)

        self.meetingPlaceLabel = QLabel(WalkForm)
        self.meetingPlaceLabel.setObjectName(u"meetingPlaceLabel")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingPlaceLabel)

        self.meetingPlace = QLineEdit(WalkForm)
        self.meetingPlace.setObjectName(u"meetingPlace")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetingPlace)

        self.routeLabel = QLabel(WalkForm)
        self.routeLabel.setObjectName(u"routeLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.route = QLineEdit(WalkForm)
        self.route.setObjectName(u"route")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.route)

        self.noteLabel = QLabel(WalkForm)
        self.noteLabel.setObjectName(u"noteLabel")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(WalkForm)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 70))

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.columns.addLayout(self.rightForm)


        self.layout.addLayout(self.columns)

        self.error = QLabel(WalkForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.walkDateLabel.setBuddy(self.walkDate)
        self.startTimeLabel.setBuddy(self.startTime)
        self.endTimeLabel.setBuddy(self.endTime)
        self.statusLabel.setBuddy(self.status)
        self.areaLabel.setBuddy(self.area)
        self.meetingPlaceLabel.setBuddy(self.meetingPlace)
        self.routeLabel.setBuddy(self.route)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WalkForm)

        QMetaObject.connectSlotsByName(WalkForm)
    # setupUi

    def retranslateUi(self, WalkForm):
        self.walkDateLabel.setText(QCoreApplication.translate("WalkForm", u"&Datum:", None))
        self.walkDate.setDisplayFormat(QCoreApplication.translate("WalkForm", u"yyyy-MM-dd", None))
        self.startTimeLabel.setText(QCoreApplication.translate("WalkForm", u"&B\u00f6rjar:", None))
        self.startTime.setDisplayFormat(QCoreApplication.translate("WalkForm", u"HH:mm", None))
        self.endTimeLabel.setText(QCoreApplication.translate("WalkForm", u"&Slutar:", None))
        self.endTime.setDisplayFormat(QCoreApplication.translate("WalkForm", u"HH:mm", None))
        self.statusLabel.setText(QCoreApplication.translate("WalkForm", u"S&tatus:", None))
        self.areaLabel.setText(QCoreApplication.translate("WalkForm", u"&Omr\u00e5de:", None))
        self.meetingPlaceLabel.setText(QCoreApplication.translate("WalkForm", u"Sa&mlingsplats:", None))
        self.meetingPlace.setPlaceholderText(QCoreApplication.translate("WalkForm", u"t.ex. Busstorget", None))
        self.routeLabel.setText(QCoreApplication.translate("WalkForm", u"St&r\u00e4cka:", None))
        self.route.setPlaceholderText(QCoreApplication.translate("WalkForm", u"t.ex. Busstorget \u2013 Stationen \u2013 Torget", None))
        self.noteLabel.setText(QCoreApplication.translate("WalkForm", u"&Anteckningar:", None))
        self.error.setText("")
        pass
    # retranslateUi

