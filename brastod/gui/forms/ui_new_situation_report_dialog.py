# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_situation_report_dialog.ui'
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
    QLineEdit, QListView, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NewSituationReportDialog(object):
    def setupUi(self, NewSituationReportDialog):
        if not NewSituationReportDialog.objectName():
            NewSituationReportDialog.setObjectName(u"NewSituationReportDialog")
        NewSituationReportDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(NewSituationReportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(NewSituationReportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(NewSituationReportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(NewSituationReportDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.periodTypeLabel = QLabel(NewSituationReportDialog)
        self.periodTypeLabel.setObjectName(u"periodTypeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodTypeLabel)

        self.periodType = QComboBox(NewSituationReportDialog)
        self.periodType.setObjectName(u"periodType")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodType)

        self.dayLabel = QLabel(NewSituationReportDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = QDateEdit(NewSituationReportDialog)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.day)

        self.startLabel = QLabel(NewSituationReportDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateEdit(NewSituationReportDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(NewSituationReportDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = QDateEdit(NewSituationReportDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end)

        self.periodTextLabel = QLabel(NewSituationReportDialog)
        self.periodTextLabel.setObjectName(u"periodTextLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.periodTextLabel)

        self.periodText = QLabel(NewSituationReportDialog)
        self.periodText.setObjectName(u"periodText")
        self.periodText.setStyleSheet(u"color: #1d4f91; font-weight: 600;")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.periodText)

        self.wholeMunicipalityLabel = QLabel(NewSituationReportDialog)
        self.wholeMunicipalityLabel.setObjectName(u"wholeMunicipalityLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.wholeMunicipalityLabel)

        self.wholeMunicipality = QRadioButton(NewSituationReportDialog)
        self.wholeMunicipality.setObjectName(u"wholeMunicipality")
        self.wholeMunicipality.setChecked(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.wholeMunicipality)

        self.chosenAreasLabel = QLabel(NewSituationReportDialog)
        self.chosenAreasLabel.setObjectName(u"chosenAreasLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.chosenAreasLabel)

        self.chosenAreas = QRadioButton(NewSituationReportDialog)
        self.chosenAreas.setObjectName(u"chosenAreas")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.chosenAreas)

        self.areaListLabel = QLabel(NewSituationReportDialog)
        self.areaListLabel.setObjectName(u"areaListLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.areaListLabel)

        self.areaList = QListView(NewSituationReportDialog)
        self.areaList.setObjectName(u"areaList")
        self.areaList.setEnabled(False)
        self.areaList.setMaximumSize(QSize(16777215, 150))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.areaList)

        self.titleLabel = QLabel(NewSituationReportDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(NewSituationReportDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.title)


        self.layout.addLayout(self.form)

        self.error = QLabel(NewSituationReportDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b71c1c;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(NewSituationReportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.periodTypeLabel.setBuddy(self.periodType)
        self.dayLabel.setBuddy(self.day)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.periodTextLabel.setBuddy(self.periodText)
        self.wholeMunicipalityLabel.setBuddy(self.wholeMunicipality)
        self.chosenAreasLabel.setBuddy(self.chosenAreas)
        self.areaListLabel.setBuddy(self.areaList)
        self.titleLabel.setBuddy(self.title)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewSituationReportDialog)

        QMetaObject.connectSlotsByName(NewSituationReportDialog)
    # setupUi

    def retranslateUi(self, NewSituationReportDialog):
        NewSituationReportDialog.setWindowTitle(QCoreApplication.translate("NewSituationReportDialog", u"Ny l\u00e4gesbild", None))
        self.intro.setText(QCoreApplication.translate("NewSituationReportDialog", u"V\u00e4lj typ, period och omr\u00e5de. L\u00e4gesbilden f\u00e5r standardavsnitten, som du kan byta namn p\u00e5, flytta och ta bort.", None))
        self.kindLabel.setText(QCoreApplication.translate("NewSituationReportDialog", u"&Typ:", None))
        self.periodTypeLabel.setText(QCoreApplication.translate("NewSituationReportDialog", u"&Period:", None))
        self.dayLabel.setText(QCoreApplication.translate("NewSituationReportDialog", u"&Dag i perioden:", None))
        self.day.setDisplayFormat(QCoreApplication.translate("NewSituationReportDialog", u"yyyy-MM-dd", None))
        self.startLabel.setText(QCoreApplication.translate("NewSituationReportDialog", u"&Fr\u00e5n:", None))
        self.start.setDisplayFormat(QCoreApplication.translate("NewSituationReportDialog", u"yyyy-MM-dd", None))
        self.endLabel.setText(QCoreApplication.translate("NewSituationReportDialog", u"T&ill:", None))
        self.end.setDisplayFormat(QCoreApplication.translate("NewSituationReportDialog", u"yyyy-MM-dd", None))
        self.periodTextLabel.setText("")
        self.wholeMunicipalityLabel.setText(QCoreApplication.translate("NewSituationReportDialog", u"&Omfattning:", None))
        self.wholeMunicipality.setText(QCoreApplication.translate("NewSituationReportDialog", u"Hela kommunen", None))
        self.chosenAreasLabel.setText("")
        self.chosenAreas.setText(QCoreApplication.translate("NewSituationReportDialog", u"Valda omr\u00e5den (med sina delomr\u00e5den):", None))
        self.areaListLabel.setText("")
        self.titleLabel.setText(QCoreApplication.translate("NewSituationReportDialog", u"Tit&el:", None))
    # retranslateUi

