# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendance_pane.ui'
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
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_AttendancePane(object):
    def setupUi(self, AttendancePane):
        if not AttendancePane.objectName():
            AttendancePane.setObjectName(u"AttendancePane")
        self.layout = QVBoxLayout(AttendancePane)
        self.layout.setObjectName(u"layout")
        self.table = QTableView(AttendancePane)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.table)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.editRow.setContentsMargins(0, 0, 0, 0)
        self.statusLabel = QLabel(AttendancePane)
        self.statusLabel.setObjectName(u"statusLabel")

        self.editRow.addWidget(self.statusLabel)

        self.status = QComboBox(AttendancePane)
        self.status.setObjectName(u"status")

        self.editRow.addWidget(self.status)

        self.noteLabel = QLabel(AttendancePane)
        self.noteLabel.setObjectName(u"noteLabel")

        self.editRow.addWidget(self.noteLabel)

        self.note = QLineEdit(AttendancePane)
        self.note.setObjectName(u"note")

        self.editRow.addWidget(self.note)

        self.addGuest = QPushButton(AttendancePane)
        self.addGuest.setObjectName(u"addGuest")

        self.editRow.addWidget(self.addGuest)


        self.layout.addLayout(self.editRow)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AttendancePane)

        QMetaObject.connectSlotsByName(AttendancePane)
    # setupUi

    def retranslateUi(self, AttendancePane):
        self.statusLabel.setText(QCoreApplication.translate("AttendancePane", u"&N\u00e4rvaro:", None))
        self.noteLabel.setText(QCoreApplication.translate("AttendancePane", u"&Anteckning:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("AttendancePane", u"t.ex. t.o.m. punkt 4", None))
        self.addGuest.setText(QCoreApplication.translate("AttendancePane", u"L\u00e4gg till &adjungerad\u2026", None))
#if QT_CONFIG(tooltip)
        self.addGuest.setToolTip(QCoreApplication.translate("AttendancePane", u"En person som bara deltar i det h\u00e4r m\u00f6tet", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

