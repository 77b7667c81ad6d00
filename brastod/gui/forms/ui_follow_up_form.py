# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_form.ui'
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

class Ui_FollowUpForm(object):
    def setupUi(self, FollowUpForm):
        if not FollowUpForm.objectName():
            FollowUpForm.setObjectName(u"FollowUpForm")
        self.layout = QVBoxLayout(FollowUpForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.followedUpOnLabel = QLabel(FollowUpForm)
        self.followedUpOnLabel.setObjectName(u"followedUpOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.followedUpOnLabel)

        self.followedUpOn = QDateEdit(FollowUpForm)
        self.followedUpOn.setObjectName(u"followedUpOn")
        self.followedUpOn.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.followedUpOn)

        self.ragLabel = QLabel(FollowUpForm)
        self.ragLabel.setObjectName(u"ragLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ragLabel)

        self.rag = QComboBox(FollowUpForm)
        self.rag.setObjectName(u"rag")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rag)

        self.noteLabel = QLabel(FollowUpForm)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(FollowUpForm)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.error = QLabel(FollowUpForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.followedUpOnLabel.setBuddy(self.followedUpOn)
        self.ragLabel.setBuddy(self.rag)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpForm)

        QMetaObject.connectSlotsByName(FollowUpForm)
    # setupUi

    def retranslateUi(self, FollowUpForm):
        self.followedUpOnLabel.setText(QCoreApplication.translate("FollowUpForm", u"&Datum:", None))
        self.followedUpOn.setDisplayFormat(QCoreApplication.translate("FollowUpForm", u"yyyy-MM-dd", None))
        self.ragLabel.setText(QCoreApplication.translate("FollowUpForm", u"&Status:", None))
        self.noteLabel.setText(QCoreApplication.translate("FollowUpForm", u"&Anteckning:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("FollowUpForm", u"Vad har gjorts, vad \u00e5terst\u00e5r?", None))
        self.error.setText("")
        pass
    # retranslateUi

