# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'point_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PointForm(object):
    def setupUi(self, PointForm):
        if not PointForm.objectName():
            PointForm.setObjectName(u"PointForm")
        self.layout = QVBoxLayout(PointForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.placeLabel = QLabel(PointForm)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(PointForm)
        self.place.setObjectName(u"place")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.place)

        self.areaLabel = QLabel(PointForm)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QComboBox(PointForm)
        self.area.setObjectName(u"area")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.area)

        self.placeIdLabel = QLabel(PointForm)
        self.placeIdLabel.setObjectName(u"placeIdLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeIdLabel)

        self.placeId = QComboBox(PointForm)
        self.placeId.setObjectName(u"placeId")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeId)

        self.kindLabel = QLabel(PointForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(PointForm)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kind)

        self.noteLabel = QLabel(PointForm)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(PointForm)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.error = QLabel(PointForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.layout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.placeLabel.setBuddy(self.place)
        self.areaLabel.setBuddy(self.area)
        self.placeIdLabel.setBuddy(self.placeId)
        self.kindLabel.setBuddy(self.kind)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PointForm)

        QMetaObject.connectSlotsByName(PointForm)
    # setupUi

    def retranslateUi(self, PointForm):
        self.placeLabel.setText(QCoreApplication.translate("PointForm", u"&Plats:", None))
        self.place.setPlaceholderText(QCoreApplication.translate("PointForm", u"t.ex. G\u00e5ngtunneln vid stationen", None))
        self.areaLabel.setText(QCoreApplication.translate("PointForm", u"&Omr\u00e5de:", None))
        self.placeIdLabel.setText(QCoreApplication.translate("PointForm", u"Plats i &registret:", None))
        self.kindLabel.setText(QCoreApplication.translate("PointForm", u"&Iakttagelse:", None))
        self.noteLabel.setText(QCoreApplication.translate("PointForm", u"&Anteckning:", None))
        self.error.setText("")
        pass
    # retranslateUi

