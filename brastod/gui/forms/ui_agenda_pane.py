# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_AgendaPane(object):
    def setupUi(self, AgendaPane):
        if not AgendaPane.objectName():
            AgendaPane.setObjectName(u"AgendaPane")
        self.layout = QVBoxLayout(AgendaPane)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(AgendaPane)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.itemsSide = QWidget(self.splitter)
        self.itemsSide.setObjectName(u"itemsSide")
        self.itemsLayout = QVBoxLayout(self.itemsSide)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsLayout.setContentsMargins(0, 0, 0, 0)
        self.items = QListWidget(self.itemsSide)
        self.items.setObjectName(u"items")
        self.items.setAlternatingRowColors(True)

        self.itemsLayout.addWidget(self.items)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.itemButtons.setContentsMargins(0, 0, 0, 0)
        self.addItem = QPushButton(self.itemsSide)
        self.addItem.setObjectName(u"addItem")

        self.itemButtons.addWidget(self.addItem)

        self.renameItem = QPushButton(self.itemsSide)
        self.renameItem.setObjectName(u"renameItem")

        self.itemButtons.addWidget(self.renameItem)

        self.itemUp = QPushButton(self.itemsSide)
        self.itemUp.setObjectName(u"itemUp")

        self.itemButtons.addWidget(self.itemUp)

        self.itemDown = QPushButton(self.itemsSide)
        self.itemDown.setObjectName(u"itemDown")

        self.itemButtons.addWidget(self.itemDown)

        self.removeItem = QPushButton(self.itemsSide)
        self.removeItem.setObjectName(u"removeItem")

        self.itemButtons.addWidget(self.removeItem)


        self.itemsLayout.addLayout(self.itemButtons)

        self.splitter.addWidget(self.itemsSide)
        self.minutesSide = QWidget(self.splitter)
        self.minutesSide.setObjectName(u"minutesSide")
        self.minutesLayout = QVBoxLayout(self.minutesSide)
        self.minutesLayout.setObjectName(u"minutesLayout")
        self.minutesLayout.setContentsMargins(0, 0, 0, 0)
        self.itemHeading = QLabel(self.minutesSide)
        self.itemHeading.setObjectName(u"itemHeading")
        self.itemHeading.setStyleSheet(u"font-weight: 600;")

        self.minutesLayout.addWidget(self.itemHeading)

        self.minutes = QPlainTextEdit(self.minutesSide)
        self.minutes.setObjectName(u"minutes")
        self.minutes.setMinimumSize(QSize(0, 70))

        self.minutesLayout.addWidget(self.minutes)

        self.carriedLabel = QLabel(self.minutesSide)
        self.carriedLabel.setObjectName(u"carriedLabel")
        self.carriedLabel.setStyleSheet(u"font-weight: 600;")

        self.minutesLayout.addWidget(self.carriedLabel)

        self.carried = QListWidget(self.minutesSide)
        self.carried.setObjectName(u"carried")
        self.carried.setMinimumSize(QSize(0, 80))
        self.carried.setMaximumSize(QSize(16777215, 110))

        self.minutesLayout.addWidget(self.carried)

        self.decisionsLabel = QLabel(self.minutesSide)
        self.decisionsLabel.setObjectName(u"decisionsLabel")
        self.decisionsLabel.setStyleSheet(u"font-weight: 600;")

        self.minutesLayout.addWidget(self.decisionsLabel)

        self.decisions = QTableView(self.minutesSide)
        self.decisions.setObjectName(u"decisions")
        self.decisions.setAlternatingRowColors(True)
        self.decisions.setMinimumSize(QSize(0, 110))
        self.decisions.setMaximumSize(QSize(16777215, 130))
        self.decisions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.minutesLayout.addWidget(self.decisions)

        self.decisionButtons = QHBoxLayout()
        self.decisionButtons.setObjectName(u"decisionButtons")
        self.decisionButtons.setContentsMargins(0, 0, 0, 0)
        self.markDone = QPushButton(self.minutesSide)
        self.markDone.setObjectName(u"markDone")

        self.decisionButtons.addWidget(self.markDone)

        self.decisionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionButtons.addItem(self.decisionSpacer)

        self.addDecision = QPushButton(self.minutesSide)
        self.addDecision.setObjectName(u"addDecision")

        self.decisionButtons.addWidget(self.addDecision)

        self.editDecision = QPushButton(self.minutesSide)
        self.editDecision.setObjectName(u"editDecision")

        self.decisionButtons.addWidget(self.editDecision)

        self.toAction = QPushButton(self.minutesSide)
        self.toAction.setObjectName(u"toAction")

        self.decisionButtons.addWidget(self.toAction)

        self.removeDecision = QPushButton(self.minutesSide)
        self.removeDecision.setObjectName(u"removeDecision")

        self.decisionButtons.addWidget(self.removeDecision)


        self.minutesLayout.addLayout(self.decisionButtons)

        self.splitter.addWidget(self.minutesSide)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(AgendaPane)

        QMetaObject.connectSlotsByName(AgendaPane)
    # setupUi

    def retranslateUi(self, AgendaPane):
        self.addItem.setText(QCoreApplication.translate("AgendaPane", u"&L\u00e4gg till\u2026", None))
        self.renameItem.setText(QCoreApplication.translate("AgendaPane", u"&Byt namn\u2026", None))
        self.itemUp.setText(QCoreApplication.translate("AgendaPane", u"\u2191", None))
#if QT_CONFIG(tooltip)
        self.itemUp.setToolTip(QCoreApplication.translate("AgendaPane", u"Flytta upp", None))
#endif // QT_CONFIG(tooltip)
        self.itemDown.setText(QCoreApplication.translate("AgendaPane", u"\u2193", None))
#if QT_CONFIG(tooltip)
        self.itemDown.setToolTip(QCoreApplication.translate("AgendaPane", u"Flytta ned", None))
#endif // QT_CONFIG(tooltip)
        self.removeItem.setText(QCoreApplication.translate("AgendaPane", u"Ta &bort", None))
        self.minutes.setPlaceholderText(QCoreApplication.translate("AgendaPane", u"Protokollstext f\u00f6r punkten: vad som sades och redovisades.", None))
        self.carriedLabel.setText(QCoreApplication.translate("AgendaPane", u"\u00d6ppna beslut fr\u00e5n tidigare m\u00f6ten:", None))
        self.decisionsLabel.setText(QCoreApplication.translate("AgendaPane", u"Beslut under punkten:", None))
        self.markDone.setText(QCoreApplication.translate("AgendaPane", u"Markera &genomf\u00f6rt", None))
#if QT_CONFIG(tooltip)
        self.markDone.setToolTip(QCoreApplication.translate("AgendaPane", u"Det valda \u00f6ppna beslutet \u00e4r genomf\u00f6rt", None))
#endif // QT_CONFIG(tooltip)
        self.addDecision.setText(QCoreApplication.translate("AgendaPane", u"Nytt &beslut\u2026", None))
        self.editDecision.setText(QCoreApplication.translate("AgendaPane", u"\u00c4n&dra\u2026", None))
        self.toAction.setText(QCoreApplication.translate("AgendaPane", u"G\u00f6r till \u00e5&tg\u00e4rd\u2026", None))
#if QT_CONFIG(tooltip)
        self.toAction.setToolTip(QCoreApplication.translate("AgendaPane", u"Beslutet blir en \u00e5tg\u00e4rd i en plan, s\u00e5 att det f\u00f6ljs upp d\u00e4r", None))
#endif // QT_CONFIG(tooltip)
        self.removeDecision.setText(QCoreApplication.translate("AgendaPane", u"Ta bort beslut", None))
        pass
    # retranslateUi

