# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(FirstStartDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(FirstStartDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.layout.addWidget(self.heading)

        self.intro = QLabel(FirstStartDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.demoChoice = QRadioButton(FirstStartDialog)
        self.demoChoice.setObjectName(u"demoChoice")
        self.demoChoice.setChecked(True)

        self.layout.addWidget(self.demoChoice)

        self.emptyChoice = QRadioButton(FirstStartDialog)
        self.emptyChoice.setObjectName(u"emptyChoice")

        self.layout.addWidget(self.emptyChoice)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(FirstStartDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.municipalityName = QLineEdit(FirstStartDialog)
        self.municipalityName.setObjectName(u"municipalityName")
        self.municipalityName.setEnabled(False)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.municipalityName)


        self.layout.addLayout(self.form)

        self.error = QLabel(FirstStartDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b71c1c;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(FirstStartDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.municipalityName)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstStartDialog)

        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"V\u00e4lkommen till Brast\u00f6d", None))
        self.heading.setText(QCoreApplication.translate("FirstStartDialog", u"V\u00e4lkommen till Brast\u00f6d", None))
        self.intro.setText(QCoreApplication.translate("FirstStartDialog", u"Databasen \u00e4r ny. B\u00f6rja med exempeldata f\u00f6r att se hur Brast\u00f6d fungerar, eller skapa en tom databas f\u00f6r din kommun.", None))
        self.demoChoice.setText(QCoreApplication.translate("FirstStartDialog", u"B\u00f6rja med &exempeldata (Fagersta kommun, tv\u00e5 \u00e5r av h\u00e4ndelser, m\u00f6ten och en \u00e5tg\u00e4rdsplan)", None))
        self.emptyChoice.setText(QCoreApplication.translate("FirstStartDialog", u"B\u00f6rja med en &tom databas f\u00f6r min kommun", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstStartDialog", u"&Kommunens namn:", None))
        self.municipalityName.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"t.ex. Kungs\u00f6r", None))
    # retranslateUi

