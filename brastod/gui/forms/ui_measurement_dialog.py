# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measurement_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_MeasurementDialog(object):
    def setupUi(self, MeasurementDialog):
        if not MeasurementDialog.objectName():
            MeasurementDialog.setObjectName(u"MeasurementDialog")
        MeasurementDialog.setMinimumSize(QSize(440, 0))
        self.layout = QVBoxLayout(MeasurementDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(MeasurementDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.indicatorLabel = QLabel(MeasurementDialog)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicator = QComboBox(MeasurementDialog)
        self.indicator.setObjectName(u"indicator")
        self.indicator.setEditable(True)
        self.indicator.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.indicator)

        self.yearLabel = QLabel(MeasurementDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(MeasurementDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1900)
        self.year.setMaximum(2200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year)

        self.valueLabel = QLabel(MeasurementDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.value = QDoubleSpinBox(MeasurementDialog)
        self.value.setObjectName(u"value")
        self.value.setDecimals(1)
        self.value.setMaximum(1000000000.000000000000000)
        self.value.setGroupSeparatorShown(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.value)

        self.unitLabel = QLabel(MeasurementDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QLineEdit(MeasurementDialog)
        self.unit.setObjectName(u"unit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit)

        self.perHundredThousandLabel = QLabel(MeasurementDialog)
        self.perHundredThousandLabel.setObjectName(u"perHundredThousandLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.perHundredThousandLabel)

        self.perHundredThousand = QCheckBox(MeasurementDialog)
        self.perHundredThousand.setObjectName(u"perHundredThousand")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.perHundredThousand)

        self.sourceLabel = QLabel(MeasurementDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.source = QLineEdit(MeasurementDialog)
        self.source.setObjectName(u"source")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.source)


        self.layout.addLayout(self.form)

        self.error = QLabel(MeasurementDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b71c1c;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(MeasurementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.indicatorLabel.setBuddy(self.indicator)
        self.yearLabel.setBuddy(self.year)
        self.valueLabel.setBuddy(self.value)
        self.unitLabel.setBuddy(self.unit)
        self.perHundredThousandLabel.setBuddy(self.perHundredThousand)
        self.sourceLabel.setBuddy(self.source)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeasurementDialog)

        QMetaObject.connectSlotsByName(MeasurementDialog)
    # setupUi

    def retranslateUi(self, MeasurementDialog):
        MeasurementDialog.setWindowTitle(QCoreApplication.translate("MeasurementDialog", u"Nyckeltal", None))
        self.intro.setText(QCoreApplication.translate("MeasurementDialog", u"Ett v\u00e4rde per \u00e5r. Ett nytt namn skapar ett nytt nyckeltal; ett \u00e5r som redan har ett v\u00e4rde f\u00e5r det nya.", None))
        self.indicatorLabel.setText(QCoreApplication.translate("MeasurementDialog", u"&Nyckeltal:", None))
        self.yearLabel.setText(QCoreApplication.translate("MeasurementDialog", u"&\u00c5r:", None))
        self.valueLabel.setText(QCoreApplication.translate("MeasurementDialog", u"&V\u00e4rde:", None))
        self.unitLabel.setText(QCoreApplication.translate("MeasurementDialog", u"&Enhet:", None))
        self.unit.setPlaceholderText(QCoreApplication.translate("MeasurementDialog", u"antal, procent \u2026", None))
        self.perHundredThousandLabel.setText("")
        self.perHundredThousand.setText(QCoreApplication.translate("MeasurementDialog", u"Visa \u00e4ven per 100 000 inv\u00e5nare (r\u00e4knas ur folkm\u00e4ngden)", None))
        self.sourceLabel.setText(QCoreApplication.translate("MeasurementDialog", u"&K\u00e4lla:", None))
        self.source.setPlaceholderText(QCoreApplication.translate("MeasurementDialog", u"t.ex. Br\u00e5, kriminalstatistik", None))
    # retranslateUi

