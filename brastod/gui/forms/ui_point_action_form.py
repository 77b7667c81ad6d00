# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'point_action_form.ui'
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
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PointActionForm(object):
    def setupUi(self, PointActionForm):
        if not PointActionForm.objectName():
            PointActionForm.setObjectName(u"PointActionForm")
        self.layout = QVBoxLayout(PointActionForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.planLabel = QLabel(PointActionForm)
        self.planLabel.setObjectName(u"planLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.plan = QComboBox(PointActionForm)
        self.plan.setObjectName(u"plan")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.plan)

        self.partnerLabel = QLabel(PointActionForm)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partner = QComboBox(PointActionForm)
        self.partner.setObjectName(u"partner")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partner)

        self.dueOnLabel = QLabel(PointActionForm)
        self.dueOnLabel.setObjectName(u"dueOnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueOnLabel)

        self.dueOn = QDateEdit(PointActionForm)
        self.dueOn.setObjectName(u"dueOn")
        self.dueOn.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueOn)


        self.layout.addLayout(self.form)

        self.error = QLabel(PointActionForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.plan)
        self.partnerLabel.setBuddy(self.partner)
        self.dueOnLabel.setBuddy(self.dueOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PointActionForm)

        QMetaObject.connectSlotsByName(PointActionForm)
    # setupUi

    def retranslateUi(self, PointActionForm):
        self.planLabel.setText(QCoreApplication.translate("PointActionForm", u"&Plan:", None))
        self.partnerLabel.setText(QCoreApplication.translate("PointActionForm", u"&Ansvarig:", None))
        self.dueOnLabel.setText(QCoreApplication.translate("PointActionForm", u"&Klart senast:", None))
        self.dueOn.setDisplayFormat(QCoreApplication.translate("PointActionForm", u"yyyy-MM-dd", None))
        self.error.setText("")
        pass
    # retranslateUi

