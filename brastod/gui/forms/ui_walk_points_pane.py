# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'walk_points_pane.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_WalkPointsPane(object):
    def setupUi(self, WalkPointsPane):
        if not WalkPointsPane.objectName():
            WalkPointsPane.setObjectName(u"WalkPointsPane")
        self.layout = QVBoxLayout(WalkPointsPane)
        self.layout.setObjectName(u"layout")
        self.table = QTableView(WalkPointsPane)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addPoint = QPushButton(WalkPointsPane)
        self.addPoint.setObjectName(u"addPoint")

        self.buttons.addWidget(self.addPoint)

        self.editPoint = QPushButton(WalkPointsPane)
        self.editPoint.setObjectName(u"editPoint")

        self.buttons.addWidget(self.editPoint)

        self.removePoint = QPushButton(WalkPointsPane)
        self.removePoint.setObjectName(u"removePoint")

        self.buttons.addWidget(self.removePoint)

        self.pointUp = QToolButton(WalkPointsPane)
        self.pointUp.setObjectName(u"pointUp")

        self.buttons.addWidget(self.pointUp)

        self.pointDown = QToolButton(WalkPointsPane)
        self.pointDown.setObjectName(u"pointDown")

        self.buttons.addWidget(self.pointDown)

        self.toAction = QPushButton(WalkPointsPane)
        self.toAction.setObjectName(u"toAction")

        self.buttons.addWidget(self.toAction)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.kinds = QPushButton(WalkPointsPane)
        self.kinds.setObjectName(u"kinds")

        self.buttons.addWidget(self.kinds)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(WalkPointsPane)

        QMetaObject.connectSlotsByName(WalkPointsPane)
    # setupUi

    def retranslateUi(self, WalkPointsPane):
        self.addPoint.setText(QCoreApplication.translate("WalkPointsPane", u"&Ny punkt\u2026", None))
        self.editPoint.setText(QCoreApplication.translate("WalkPointsPane", u"\u00c4&ndra\u2026", None))
        self.removePoint.setText(QCoreApplication.translate("WalkPointsPane", u"Ta bort", None))
        self.pointUp.setText(QCoreApplication.translate("WalkPointsPane", u"\u2191", None))
#if QT_CONFIG(tooltip)
        self.pointUp.setToolTip(QCoreApplication.translate("WalkPointsPane", u"Flytta punkten upp\u00e5t", None))
#endif // QT_CONFIG(tooltip)
        self.pointDown.setText(QCoreApplication.translate("WalkPointsPane", u"\u2193", None))
#if QT_CONFIG(tooltip)
        self.pointDown.setToolTip(QCoreApplication.translate("WalkPointsPane", u"Flytta punkten ned\u00e5t", None))
#endif // QT_CONFIG(tooltip)
        self.toAction.setText(QCoreApplication.translate("WalkPointsPane", u"&G\u00f6r till \u00e5tg\u00e4rd\u2026", None))
#if QT_CONFIG(tooltip)
        self.toAction.setToolTip(QCoreApplication.translate("WalkPointsPane", u"Punkten blir en \u00e5tg\u00e4rd i en plan, med ansvarig partner och datum", None))
#endif // QT_CONFIG(tooltip)
        self.kinds.setText(QCoreApplication.translate("WalkPointsPane", u"&Iakttagelser\u2026", None))
#if QT_CONFIG(tooltip)
        self.kinds.setToolTip(QCoreApplication.translate("WalkPointsPane", u"Listan \u00f6ver vad en vandring kan iaktta: l\u00e4gg till eller byt namn", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

