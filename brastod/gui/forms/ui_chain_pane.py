# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chain_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTreeView, QVBoxLayout,
    QWidget)

class Ui_ChainPane(object):
    def setupUi(self, ChainPane):
        if not ChainPane.objectName():
            ChainPane.setObjectName(u"ChainPane")
        self.layout = QVBoxLayout(ChainPane)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self.addProblem = QPushButton(ChainPane)
        self.addProblem.setObjectName(u"addProblem")

        self.toolbar.addWidget(self.addProblem)

        self.addCause = QPushButton(ChainPane)
        self.addCause.setObjectName(u"addCause")

        self.toolbar.addWidget(self.addCause)

        self.addGoal = QPushButton(ChainPane)
        self.addGoal.setObjectName(u"addGoal")

        self.toolbar.addWidget(self.addGoal)

        self.addAction = QPushButton(ChainPane)
        self.addAction.setObjectName(u"addAction")

        self.toolbar.addWidget(self.addAction)

        self.followUp = QPushButton(ChainPane)
        self.followUp.setObjectName(u"followUp")

        self.toolbar.addWidget(self.followUp)

        self.moveUp = QPushButton(ChainPane)
        self.moveUp.setObjectName(u"moveUp")

        self.toolbar.addWidget(self.moveUp)

        self.moveDown = QPushButton(ChainPane)
        self.moveDown.setObjectName(u"moveDown")

        self.toolbar.addWidget(self.moveDown)

        self.remove = QPushButton(ChainPane)
        self.remove.setObjectName(u"remove")

        self.toolbar.addWidget(self.remove)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)


        self.layout.addLayout(self.toolbar)

        self.splitter = QSplitter(ChainPane)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tree = QTreeView(self.splitter)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.splitter.addWidget(self.tree)
        self.detail = QStackedWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.hintPage = QWidget()
        self.hintPage.setObjectName(u"hintPage")
        self.hintLayout = QVBoxLayout(self.hintPage)
        self.hintLayout.setObjectName(u"hintLayout")
        self.hint = QLabel(self.hintPage)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.hint.setStyleSheet(u"color: #555;")

        self.hintLayout.addWidget(self.hint)

        self.detail.addWidget(self.hintPage)
        self.problemPage = QWidget()
        self.problemPage.setObjectName(u"problemPage")
        self.problemLayout = QVBoxLayout(self.problemPage)
        self.problemLayout.setObjectName(u"problemLayout")
        self.problemForm = QFormLayout()
        self.problemForm.setObjectName(u"problemForm")
        self.problemTitleLabel = QLabel(self.problemPage)
        self.problemTitleLabel.setObjectName(u"problemTitleLabel")

        self.problemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.problemTitleLabel)

        self.problemTitle = QLineEdit(self.problemPage)
        self.problemTitle.setObjectName(u"problemTitle")

        self.problemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.problemTitle)

        self.problemAreaLabel = QLabel(self.problemPage)
        self.problemAreaLabel.setObjectName(u"problemAreaLabel")

        self.problemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.problemAreaLabel)

        self.problemArea = QComboBox(self.problemPage)
        self.problemArea.setObjectName(u"problemArea")

        self.problemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.problemArea)

        self.problemCategoryLabel = QLabel(self.problemPage)
        self.problemCategoryLabel.setObjectName(u"problemCategoryLabel")

        self.problemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.problemCategoryLabel)

        self.problemCategory = QComboBox(self.problemPage)
        self.problemCategory.setObjectName(u"problemCategory")

        self.problemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.problemCategory)

        self.problemDescriptionLabel = QLabel(self.problemPage)
        self.problemDescriptionLabel.setObjectName(u"problemDescriptionLabel")

        self.problemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.problemDescriptionLabel)

        self.problemDescription = QPlainTextEdit(self.problemPage)
        self.problemDescription.setObjectName(u"problemDescription")
        self.problemDescription.setMaximumSize(QSize(16777215, 120))
        self.problemDescription.setTabChangesFocus(True)

        self.problemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.problemDescription)


        self.problemLayout.addLayout(self.problemForm)

        self.problemSource = QLabel(self.problemPage)
        self.problemSource.setObjectName(u"problemSource")
        self.problemSource.setWordWrap(True)
        self.problemSource.setStyleSheet(u"color: #5f6b76;")

        self.problemLayout.addWidget(self.problemSource)

        self.problemError = QLabel(self.problemPage)
        self.problemError.setObjectName(u"problemError")
        self.problemError.setWordWrap(True)
        self.problemError.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.problemLayout.addWidget(self.problemError)

        self.problemSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.problemLayout.addItem(self.problemSpacer)

        self.detail.addWidget(self.problemPage)
        self.causePage = QWidget()
        self.causePage.setObjectName(u"causePage")
        self.causeLayout = QVBoxLayout(self.causePage)
        self.causeLayout.setObjectName(u"causeLayout")
        self.causeForm = QFormLayout()
        self.causeForm.setObjectName(u"causeForm")
        self.causeNumberLabel = QLabel(self.causePage)
        self.causeNumberLabel.setObjectName(u"causeNumberLabel")

        self.causeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.causeNumberLabel)

        self.causeNumber = QLabel(self.causePage)
        self.causeNumber.setObjectName(u"causeNumber")

        self.causeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.causeNumber)

        self.causeDescriptionLabel = QLabel(self.causePage)
        self.causeDescriptionLabel.setObjectName(u"causeDescriptionLabel")

        self.causeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.causeDescriptionLabel)

        self.causeDescription = QPlainTextEdit(self.causePage)
        self.causeDescription.setObjectName(u"causeDescription")
        self.causeDescription.setMaximumSize(QSize(16777215, 120))
        self.causeDescription.setTabChangesFocus(True)

        self.causeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.causeDescription)


        self.causeLayout.addLayout(self.causeForm)

        self.causeSummary = QLabel(self.causePage)
        self.causeSummary.setObjectName(u"causeSummary")
        self.causeSummary.setWordWrap(True)
        self.causeSummary.setStyleSheet(u"color: #5f6b76;")

        self.causeLayout.addWidget(self.causeSummary)

        self.causeError = QLabel(self.causePage)
        self.causeError.setObjectName(u"causeError")
        self.causeError.setWordWrap(True)
        self.causeError.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.causeLayout.addWidget(self.causeError)

        self.causeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.causeLayout.addItem(self.causeSpacer)

        self.detail.addWidget(self.causePage)
        self.goalPage = QWidget()
        self.goalPage.setObjectName(u"goalPage")
        self.goalPageLayout = QVBoxLayout(self.goalPage)
        self.goalPageLayout.setObjectName(u"goalPageLayout")
        self.goalPageLayout.setContentsMargins(0, 0, 0, 0)
        self.detail.addWidget(self.goalPage)
        self.actionPage = QWidget()
        self.actionPage.setObjectName(u"actionPage")
        self.actionPageLayout = QVBoxLayout(self.actionPage)
        self.actionPageLayout.setObjectName(u"actionPageLayout")
        self.actionPageLayout.setContentsMargins(0, 0, 0, 0)
        self.detail.addWidget(self.actionPage)
        self.followUpPage = QWidget()
        self.followUpPage.setObjectName(u"followUpPage")
        self.followUpPageLayout = QVBoxLayout(self.followUpPage)
        self.followUpPageLayout.setObjectName(u"followUpPageLayout")
        self.followUpPageLayout.setContentsMargins(0, 0, 0, 0)
        self.detail.addWidget(self.followUpPage)
        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.problemTitleLabel.setBuddy(self.problemTitle)
        self.problemAreaLabel.setBuddy(self.problemArea)
        self.problemCategoryLabel.setBuddy(self.problemCategory)
        self.problemDescriptionLabel.setBuddy(self.problemDescription)
        self.causeNumberLabel.setBuddy(self.causeNumber)
        self.causeDescriptionLabel.setBuddy(self.causeDescription)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChainPane)

        QMetaObject.connectSlotsByName(ChainPane)
    # setupUi

    def retranslateUi(self, ChainPane):
        self.addProblem.setText(QCoreApplication.translate("ChainPane", u"Nytt &problem\u2026", None))
#if QT_CONFIG(tooltip)
        self.addProblem.setToolTip(QCoreApplication.translate("ChainPane", u"L\u00e4gg till ett prioriterat problem", None))
#endif // QT_CONFIG(tooltip)
        self.addCause.setText(QCoreApplication.translate("ChainPane", u"Ny &orsak\u2026", None))
#if QT_CONFIG(tooltip)
        self.addCause.setToolTip(QCoreApplication.translate("ChainPane", u"L\u00e4gg till en trolig orsak under det valda problemet", None))
#endif // QT_CONFIG(tooltip)
        self.addGoal.setText(QCoreApplication.translate("ChainPane", u"Nytt &m\u00e5l\u2026", None))
#if QT_CONFIG(tooltip)
        self.addGoal.setToolTip(QCoreApplication.translate("ChainPane", u"L\u00e4gg till ett m\u00e4tbart m\u00e5l f\u00f6r den valda orsaken", None))
#endif // QT_CONFIG(tooltip)
        self.addAction.setText(QCoreApplication.translate("ChainPane", u"Ny \u00e5&tg\u00e4rd\u2026", None))
#if QT_CONFIG(tooltip)
        self.addAction.setToolTip(QCoreApplication.translate("ChainPane", u"L\u00e4gg till en \u00e5tg\u00e4rd under den valda orsaken eller det valda m\u00e5let", None))
#endif // QT_CONFIG(tooltip)
        self.followUp.setText(QCoreApplication.translate("ChainPane", u"&F\u00f6lj upp\u2026", None))
#if QT_CONFIG(tooltip)
        self.followUp.setToolTip(QCoreApplication.translate("ChainPane", u"Notera en uppf\u00f6ljning av den valda \u00e5tg\u00e4rden (gr\u00f6n, gul, r\u00f6d)", None))
#endif // QT_CONFIG(tooltip)
        self.moveUp.setText(QCoreApplication.translate("ChainPane", u"\u2191", None))
#if QT_CONFIG(tooltip)
        self.moveUp.setToolTip(QCoreApplication.translate("ChainPane", u"Flytta upp", None))
#endif // QT_CONFIG(tooltip)
        self.moveDown.setText(QCoreApplication.translate("ChainPane", u"\u2193", None))
#if QT_CONFIG(tooltip)
        self.moveDown.setToolTip(QCoreApplication.translate("ChainPane", u"Flytta ned", None))
#endif // QT_CONFIG(tooltip)
        self.remove.setText(QCoreApplication.translate("ChainPane", u"Ta &bort", None))
#if QT_CONFIG(tooltip)
        self.remove.setToolTip(QCoreApplication.translate("ChainPane", u"Ta bort det valda", None))
#endif // QT_CONFIG(tooltip)
        self.problemTitleLabel.setText(QCoreApplication.translate("ChainPane", u"&Problem:", None))
        self.problemAreaLabel.setText(QCoreApplication.translate("ChainPane", u"&Omr\u00e5de:", None))
        self.problemCategoryLabel.setText(QCoreApplication.translate("ChainPane", u"&Kategori:", None))
        self.problemDescriptionLabel.setText(QCoreApplication.translate("ChainPane", u"&Beskrivning:", None))
        self.problemError.setText("")
        self.causeNumberLabel.setText(QCoreApplication.translate("ChainPane", u"Orsak:", None))
        self.causeDescriptionLabel.setText(QCoreApplication.translate("ChainPane", u"&Beskrivning:", None))
        self.causeError.setText("")
        pass
    # retranslateUi

