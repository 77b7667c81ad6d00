# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survey_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_SurveyDialog(object):
    def setupUi(self, SurveyDialog):
        if not SurveyDialog.objectName():
            SurveyDialog.setObjectName(u"SurveyDialog")
        SurveyDialog.setMinimumSize(QSize(820, 600))
        self.layout = QVBoxLayout(SurveyDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SurveyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.questionLabel = QLabel(SurveyDialog)
        self.questionLabel.setObjectName(u"questionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.question = QComboBox(SurveyDialog)
        self.question.setObjectName(u"question")
        self.question.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question.setMinimumContentsLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.question)

        self.yearLabel = QLabel(SurveyDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(SurveyDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1900)
        self.year.setMaximum(2200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year)

        self.indicatorLabel = QLabel(SurveyDialog)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicator = QLineEdit(SurveyDialog)
        self.indicator.setObjectName(u"indicator")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.indicator)


        self.layout.addLayout(self.form)

        self.rule = QGroupBox(SurveyDialog)
        self.rule.setObjectName(u"rule")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.rule.sizePolicy().hasHeightForWidth())
        self.rule.setSizePolicy(sizePolicy)
        self.ruleLayout = QGridLayout(self.rule)
        self.ruleLayout.setObjectName(u"ruleLayout")
        self.unsafeLabel = QLabel(self.rule)
        self.unsafeLabel.setObjectName(u"unsafeLabel")

        self.ruleLayout.addWidget(self.unsafeLabel, 0, 0, 1, 1)

        self.safeLabel = QLabel(self.rule)
        self.safeLabel.setObjectName(u"safeLabel")

        self.ruleLayout.addWidget(self.safeLabel, 0, 1, 1, 1)

        self.excludedLabel = QLabel(self.rule)
        self.excludedLabel.setObjectName(u"excludedLabel")

        self.ruleLayout.addWidget(self.excludedLabel, 0, 2, 1, 1)

        self.unsafe = QPlainTextEdit(self.rule)
        self.unsafe.setObjectName(u"unsafe")
        self.unsafe.setMaximumSize(QSize(16777215, 70))
        self.unsafe.setTabChangesFocus(True)

        self.ruleLayout.addWidget(self.unsafe, 1, 0, 1, 1)

        self.safe = QPlainTextEdit(self.rule)
        self.safe.setObjectName(u"safe")
        self.safe.setMaximumSize(QSize(16777215, 70))
        self.safe.setTabChangesFocus(True)

        self.ruleLayout.addWidget(self.safe, 1, 1, 1, 1)

        self.excluded = QPlainTextEdit(self.rule)
        self.excluded.setObjectName(u"excluded")
        self.excluded.setMaximumSize(QSize(16777215, 70))
        self.excluded.setTabChangesFocus(True)

        self.ruleLayout.addWidget(self.excluded, 1, 2, 1, 1)


        self.layout.addWidget(self.rule)

        self.summary = QLabel(SurveyDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.preview = QTableView(SurveyDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.preview)

        self.warnings = QLabel(SurveyDialog)
        self.warnings.setObjectName(u"warnings")
        self.warnings.setStyleSheet(u"color: #8a5a00;")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.warnings)

        self.keepFreeText = QCheckBox(SurveyDialog)
        self.keepFreeText.setObjectName(u"keepFreeText")

        self.layout.addWidget(self.keepFreeText)

        self.error = QLabel(SurveyDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b71c1c;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(SurveyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.questionLabel.setBuddy(self.question)
        self.yearLabel.setBuddy(self.year)
        self.indicatorLabel.setBuddy(self.indicator)
        self.unsafeLabel.setBuddy(self.unsafe)
        self.safeLabel.setBuddy(self.safe)
        self.excludedLabel.setBuddy(self.excluded)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveyDialog)

        QMetaObject.connectSlotsByName(SurveyDialog)
    # setupUi

    def retranslateUi(self, SurveyDialog):
        SurveyDialog.setWindowTitle(QCoreApplication.translate("SurveyDialog", u"Importera enk\u00e4t", None))
        self.intro.setText(QCoreApplication.translate("SurveyDialog", u"L\u00e4ser filen \u2026", None))
        self.questionLabel.setText(QCoreApplication.translate("SurveyDialog", u"&Fr\u00e5ga:", None))
        self.yearLabel.setText(QCoreApplication.translate("SurveyDialog", u"&\u00c5r:", None))
        self.indicatorLabel.setText(QCoreApplication.translate("SurveyDialog", u"Spara som &nyckeltal:", None))
        self.rule.setTitle(QCoreApplication.translate("SurveyDialog", u"S\u00e5 r\u00e4knas svaren (ett svar per rad; skiftl\u00e4ge och mellanslag spelar ingen roll)", None))
        self.unsafeLabel.setText(QCoreApplication.translate("SurveyDialog", u"&Otrygga:", None))
        self.safeLabel.setText(QCoreApplication.translate("SurveyDialog", u"&Trygga:", None))
        self.excludedLabel.setText(QCoreApplication.translate("SurveyDialog", u"R\u00e4knas &inte (liksom tomma svar):", None))
        self.keepFreeText.setText(QCoreApplication.translate("SurveyDialog", u"Spara &fritextsvaren som anteckningar per omr\u00e5de", None))
    # retranslateUi

