# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'series_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_SeriesDialog(object):
    def setupUi(self, SeriesDialog):
        if not SeriesDialog.objectName():
            SeriesDialog.setObjectName(u"SeriesDialog")
        self.layout = QVBoxLayout(SeriesDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.listSide = QWidget(SeriesDialog)
        self.listSide.setObjectName(u"listSide")
        self.listLayout = QVBoxLayout(self.listSide)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.seriesList = QListWidget(self.listSide)
        self.seriesList.setObjectName(u"seriesList")

        self.listLayout.addWidget(self.seriesList)

        self.newSeries = QPushButton(self.listSide)
        self.newSeries.setObjectName(u"newSeries")

        self.listLayout.addWidget(self.newSeries)


        self.columns.addWidget(self.listSide)

        self.formSide = QWidget(SeriesDialog)
        self.formSide.setObjectName(u"formSide")
        self.formLayout = QVBoxLayout(self.formSide)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(self.formSide)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.formSide)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.bodyLabel = QLabel(self.formSide)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QComboBox(self.formSide)
        self.body.setObjectName(u"body")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body)

        self.placeLabel = QLabel(self.formSide)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.formSide)
        self.place.setObjectName(u"place")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.startLabel = QLabel(self.formSide)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QTimeEdit(self.formSide)
        self.start.setObjectName(u"start")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start)

        self.durationLabel = QLabel(self.formSide)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.duration = QSpinBox(self.formSide)
        self.duration.setObjectName(u"duration")
        self.duration.setMinimum(15)
        self.duration.setMaximum(600)
        self.duration.setSingleStep(15)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.duration)

        self.recurrenceBoxLabel = QLabel(self.formSide)
        self.recurrenceBoxLabel.setObjectName(u"recurrenceBoxLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.recurrenceBoxLabel)

        self.recurrenceBox = QWidget(self.formSide)
        self.recurrenceBox.setObjectName(u"recurrenceBox")
        self.recurrenceRow = QHBoxLayout(self.recurrenceBox)
        self.recurrenceRow.setObjectName(u"recurrenceRow")
        self.recurrenceRow.setContentsMargins(0, 0, 0, 0)
        self.pattern = QComboBox(self.recurrenceBox)
        self.pattern.setObjectName(u"pattern")

        self.recurrenceRow.addWidget(self.pattern)

        self.weekday = QComboBox(self.recurrenceBox)
        self.weekday.setObjectName(u"weekday")

        self.recurrenceRow.addWidget(self.weekday)


        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recurrenceBox)

        self.ruleLabel = QLabel(self.formSide)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.rule = QLineEdit(self.formSide)
        self.rule.setObjectName(u"rule")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rule)

        self.preview = QLabel(self.formSide)
        self.preview.setObjectName(u"preview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet(u"color: #5f6b76;")

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.preview)

        self.membersLabel = QLabel(self.formSide)
        self.membersLabel.setObjectName(u"membersLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.members = QListWidget(self.formSide)
        self.members.setObjectName(u"members")
        self.members.setMinimumSize(QSize(0, 140))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.members)

        self.error = QLabel(self.formSide)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.error)


        self.formLayout.addLayout(self.form)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveRow.setContentsMargins(0, 0, 0, 0)
        self.saveSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.save = QPushButton(self.formSide)
        self.save.setObjectName(u"save")

        self.saveRow.addWidget(self.save)


        self.formLayout.addLayout(self.saveRow)


        self.columns.addWidget(self.formSide)

        self.daysGroup = QGroupBox(SeriesDialog)
        self.daysGroup.setObjectName(u"daysGroup")
        self.daysLayout = QVBoxLayout(self.daysGroup)
        self.daysLayout.setObjectName(u"daysLayout")
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearRow.setContentsMargins(0, 0, 0, 0)
        self.yearLabel = QLabel(self.daysGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.year = QSpinBox(self.daysGroup)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.yearRow.addWidget(self.year)

        self.showDays = QPushButton(self.daysGroup)
        self.showDays.setObjectName(u"showDays")

        self.yearRow.addWidget(self.showDays)

        self.yearSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.daysLayout.addLayout(self.yearRow)

        self.days = QListWidget(self.daysGroup)
        self.days.setObjectName(u"days")

        self.daysLayout.addWidget(self.days)

        self.daysNote = QLabel(self.daysGroup)
        self.daysNote.setObjectName(u"daysNote")
        self.daysNote.setWordWrap(True)
        self.daysNote.setStyleSheet(u"color: #5f6b76;")

        self.daysLayout.addWidget(self.daysNote)

        self.createMeetings = QPushButton(self.daysGroup)
        self.createMeetings.setObjectName(u"createMeetings")

        self.daysLayout.addWidget(self.createMeetings)


        self.columns.addWidget(self.daysGroup)


        self.layout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(SeriesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.bodyLabel.setBuddy(self.body)
        self.placeLabel.setBuddy(self.place)
        self.startLabel.setBuddy(self.start)
        self.durationLabel.setBuddy(self.duration)
        self.recurrenceBoxLabel.setBuddy(self.recurrenceBox)
        self.ruleLabel.setBuddy(self.rule)
        self.membersLabel.setBuddy(self.members)
        self.yearLabel.setBuddy(self.year)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SeriesDialog)

        QMetaObject.connectSlotsByName(SeriesDialog)
    # setupUi

    def retranslateUi(self, SeriesDialog):
        SeriesDialog.setWindowTitle(QCoreApplication.translate("SeriesDialog", u"M\u00f6tesserier", None))
        self.newSeries.setText(QCoreApplication.translate("SeriesDialog", u"&Ny serie", None))
        self.nameLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Namn:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("SeriesDialog", u"t.ex. Lokala BR\u00c5", None))
        self.bodyLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Organ:", None))
        self.placeLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Plats:", None))
        self.place.setPlaceholderText(QCoreApplication.translate("SeriesDialog", u"standardplats f\u00f6r m\u00f6tena", None))
        self.startLabel.setText(QCoreApplication.translate("SeriesDialog", u"&B\u00f6rjar:", None))
        self.start.setDisplayFormat(QCoreApplication.translate("SeriesDialog", u"HH:mm", None))
        self.durationLabel.setText(QCoreApplication.translate("SeriesDialog", u"&L\u00e4ngd:", None))
        self.duration.setSuffix(QCoreApplication.translate("SeriesDialog", u" min", None))
        self.recurrenceBoxLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Upprepning:", None))
        self.ruleLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Regel:", None))
        self.rule.setPlaceholderText(QCoreApplication.translate("SeriesDialog", u"RFC 5545, t.ex. FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", None))
        self.membersLabel.setText(QCoreApplication.translate("SeriesDialog", u"&Medlemmar:", None))
        self.error.setText("")
        self.save.setText(QCoreApplication.translate("SeriesDialog", u"S&para serien", None))
        self.daysGroup.setTitle(QCoreApplication.translate("SeriesDialog", u"\u00c5rets m\u00f6ten", None))
        self.yearLabel.setText(QCoreApplication.translate("SeriesDialog", u"\u00c5&r:", None))
        self.showDays.setText(QCoreApplication.translate("SeriesDialog", u"&Visa m\u00f6tesdagar", None))
#if QT_CONFIG(tooltip)
        self.showDays.setToolTip(QCoreApplication.translate("SeriesDialog", u"R\u00e4kna fram \u00e5rets dagar ur upprepningen", None))
#endif // QT_CONFIG(tooltip)
        self.createMeetings.setText(QCoreApplication.translate("SeriesDialog", u"&Skapa markerade m\u00f6ten", None))
    # retranslateUi

