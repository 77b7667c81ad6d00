# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'adopt_report_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AdoptReportDialog(object):
    def setupUi(self, AdoptReportDialog):
        if not AdoptReportDialog.objectName():
            AdoptReportDialog.setObjectName(u"AdoptReportDialog")
        AdoptReportDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(AdoptReportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AdoptReportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.adoptedOnLabel = QLabel(AdoptReportDialog)
        self.adoptedOnLabel.setObjectName(u"adoptedOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adoptedOnLabel)

        self.adoptedOn = QDateEdit(AdoptReportDialog)
        self.adoptedOn.setObjectName(u"adoptedOn")
        self.adoptedOn.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adoptedOn)

        self.adoptedByLabel = QLabel(AdoptReportDialog)
        self.adoptedByLabel.setObjectName(u"adoptedByLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adoptedByLabel)

        self.adoptedBy = QComboBox(AdoptReportDialog)
        self.adoptedBy.setObjectName(u"adoptedBy")
        self.adoptedBy.setEditable(True)
        self.adoptedBy.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adoptedBy)


        self.layout.addLayout(self.form)

        self.warning = QLabel(AdoptReportDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)

        self.layout.addWidget(self.warning)

        self.error = QLabel(AdoptReportDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b71c1c;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(AdoptReportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.adoptedOnLabel.setBuddy(self.adoptedOn)
        self.adoptedByLabel.setBuddy(self.adoptedBy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdoptReportDialog)

        QMetaObject.connectSlotsByName(AdoptReportDialog)
    # setupUi

    def retranslateUi(self, AdoptReportDialog):
        AdoptReportDialog.setWindowTitle(QCoreApplication.translate("AdoptReportDialog", u"Fastst\u00e4ll l\u00e4gesbild", None))
        self.intro.setText("")
        self.adoptedOnLabel.setText(QCoreApplication.translate("AdoptReportDialog", u"&Datum:", None))
        self.adoptedOn.setDisplayFormat(QCoreApplication.translate("AdoptReportDialog", u"yyyy-MM-dd", None))
        self.adoptedByLabel.setText(QCoreApplication.translate("AdoptReportDialog", u"Fastst\u00e4lld &av:", None))
        self.warning.setText(QCoreApplication.translate("AdoptReportDialog", u"N\u00e4r l\u00e4gesbilden \u00e4r fastst\u00e4lld l\u00e5ses text, bed\u00f6mningar och siffror. Siffrorna \u00e4r sedan de som g\u00e4llde i dag, \u00e4ven om h\u00e4ndelser l\u00e4ggs till eller tas bort. Vill du arbeta vidare kopierar du den till ett nytt utkast.", None))
    # retranslateUi

