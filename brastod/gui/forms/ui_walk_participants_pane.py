# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'walk_participants_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_WalkParticipantsPane(object):
    def setupUi(self, WalkParticipantsPane):
        if not WalkParticipantsPane.objectName():
            WalkParticipantsPane.setObjectName(u"WalkParticipantsPane")
        self.layout = QVBoxLayout(WalkParticipantsPane)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(WalkParticipantsPane)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.layout.addWidget(self.hint)

        self.table = QTableView(WalkParticipantsPane)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.table)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.partner = QComboBox(WalkParticipantsPane)
        self.partner.setObjectName(u"partner")

        self.addRow.addWidget(self.partner)

        self.organisation = QLineEdit(WalkParticipantsPane)
        self.organisation.setObjectName(u"organisation")

        self.addRow.addWidget(self.organisation)

        self.headcount = QSpinBox(WalkParticipantsPane)
        self.headcount.setObjectName(u"headcount")
        self.headcount.setMinimum(1)
        self.headcount.setMaximum(999)

        self.addRow.addWidget(self.headcount)

        self.addParticipant = QPushButton(WalkParticipantsPane)
        self.addParticipant.setObjectName(u"addParticipant")

        self.addRow.addWidget(self.addParticipant)

        self.removeParticipant = QPushButton(WalkParticipantsPane)
        self.removeParticipant.setObjectName(u"removeParticipant")

        self.addRow.addWidget(self.removeParticipant)


        self.layout.addLayout(self.addRow)

        self.error = QLabel(WalkParticipantsPane)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #c62828; font-weight: 600;")

        self.layout.addWidget(self.error)


        self.retranslateUi(WalkParticipantsPane)

        QMetaObject.connectSlotsByName(WalkParticipantsPane)
    # setupUi

    def retranslateUi(self, WalkParticipantsPane):
        self.hint.setText(QCoreApplication.translate("WalkParticipantsPane", u"Deltagare anges per organisation med antal, inte med namn.", None))
#if QT_CONFIG(tooltip)
        self.partner.setToolTip(QCoreApplication.translate("WalkParticipantsPane", u"En partner ur registret, eller Annan organisation", None))
#endif // QT_CONFIG(tooltip)
        self.organisation.setPlaceholderText(QCoreApplication.translate("WalkParticipantsPane", u"Annan: t.ex. Boende", None))
        self.headcount.setSuffix(QCoreApplication.translate("WalkParticipantsPane", u" st.", None))
        self.addParticipant.setText(QCoreApplication.translate("WalkParticipantsPane", u"&L\u00e4gg till", None))
        self.removeParticipant.setText(QCoreApplication.translate("WalkParticipantsPane", u"Ta &bort", None))
        self.error.setText("")
        pass
    # retranslateUi

