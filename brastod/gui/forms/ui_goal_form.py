# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_form.ui'
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

class Ui_GoalForm(object):
    def setupUi(self, GoalForm):
        if not GoalForm.objectName():
            GoalForm.setObjectName(u"GoalForm")
        self.layout = QVBoxLayout(GoalForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.descriptionLabel = QLabel(GoalForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(GoalForm)
        self.description.setObjectName(u"description")
        self.description.setMaximumSize(QSize(16777215, 70))
        self.description.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.description)

        self.causeLabel = QLabel(GoalForm)
        self.causeLabel.setObjectName(u"causeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.cause = QComboBox(GoalForm)
        self.cause.setObjectName(u"cause")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cause)

        self.indicatorLabel = QLabel(GoalForm)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicator = QComboBox(GoalForm)
        self.indicator.setObjectName(u"indicator")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.indicator)

        self.baselineLabel = QLabel(GoalForm)
        self.baselineLabel.setObjectName(u"baselineLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.baselineLabel)

        self.baseline = QLineEdit(GoalForm)
        self.baseline.setObjectName(u"baseline")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.baseline)

        self.targetLabel = QLabel(GoalForm)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.target = QLineEdit(GoalForm)
        self.target.setObjectName(u"target")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.target)

        self.deadlineLabel = QLabel(GoalForm)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadline = QDateEdit(GoalForm)
        self.deadline.setObjectName(u"deadline")
        self.deadline.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deadline)


        self.layout.addLayout(self.form)

        self.error = QLabel(GoalForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.description)
        self.causeLabel.setBuddy(self.cause)
        self.indicatorLabel.setBuddy(self.indicator)
        self.baselineLabel.setBuddy(self.baseline)
        self.targetLabel.setBuddy(self.target)
        self.deadlineLabel.setBuddy(self.deadline)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalForm)

        QMetaObject.connectSlotsByName(GoalForm)
    # setupUi

    def retranslateUi(self, GoalForm):
        self.descriptionLabel.setText(QCoreApplication.translate("GoalForm", u"&M\u00e5l:", None))
        self.description.setPlaceholderText(QCoreApplication.translate("GoalForm", u"Vad ska uppn\u00e5s? Till exempel: andelen otrygga minskar fr\u00e5n 28 % till 22 %.", None))
        self.causeLabel.setText(QCoreApplication.translate("GoalForm", u"&Orsak:", None))
        self.indicatorLabel.setText(QCoreApplication.translate("GoalForm", u"&Indikator:", None))
        self.baselineLabel.setText(QCoreApplication.translate("GoalForm", u"&Utg\u00e5ngsl\u00e4ge:", None))
        self.baseline.setPlaceholderText(QCoreApplication.translate("GoalForm", u"v\u00e4rdet i dag, t.ex. 28", None))
        self.targetLabel.setText(QCoreApplication.translate("GoalForm", u"M\u00e5l&v\u00e4rde:", None))
        self.target.setPlaceholderText(QCoreApplication.translate("GoalForm", u"v\u00e4rdet som ska n\u00e5s, t.ex. 22", None))
        self.deadlineLabel.setText(QCoreApplication.translate("GoalForm", u"&Senast:", None))
        self.deadline.setDisplayFormat(QCoreApplication.translate("GoalForm", u"yyyy-MM-dd", None))
        self.error.setText("")
        pass
    # retranslateUi

