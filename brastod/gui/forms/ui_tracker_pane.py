# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tracker_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_TrackerPane(object):
    def setupUi(self, TrackerPane):
        if not TrackerPane.objectName():
            TrackerPane.setObjectName(u"TrackerPane")
        self.layout = QVBoxLayout(TrackerPane)
        self.layout.setObjectName(u"layout")
        self.filters = QVBoxLayout()
        self.filters.setObjectName(u"filters")
        self.filters.setContentsMargins(0, 0, 0, 0)
        self.filterRow1 = QHBoxLayout()
        self.filterRow1.setObjectName(u"filterRow1")
        self.planFilterLabel = QLabel(TrackerPane)
        self.planFilterLabel.setObjectName(u"planFilterLabel")

        self.filterRow1.addWidget(self.planFilterLabel)

        self.planFilter = QComboBox(TrackerPane)
        self.planFilter.setObjectName(u"planFilter")

        self.filterRow1.addWidget(self.planFilter)

        self.partnerFilterLabel = QLabel(TrackerPane)
        self.partnerFilterLabel.setObjectName(u"partnerFilterLabel")

        self.filterRow1.addWidget(self.partnerFilterLabel)

        self.partnerFilter = QComboBox(TrackerPane)
        self.partnerFilter.setObjectName(u"partnerFilter")

        self.filterRow1.addWidget(self.partnerFilter)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow1.addItem(self.filterSpacer)

        self.search = QLineEdit(TrackerPane)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filterRow1.addWidget(self.search)


        self.filters.addLayout(self.filterRow1)

        self.filterRow2 = QHBoxLayout()
        self.filterRow2.setObjectName(u"filterRow2")
        self.statusFilterLabel = QLabel(TrackerPane)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterRow2.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(TrackerPane)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow2.addWidget(self.statusFilter)

        self.ragFilterLabel = QLabel(TrackerPane)
        self.ragFilterLabel.setObjectName(u"ragFilterLabel")

        self.filterRow2.addWidget(self.ragFilterLabel)

        self.ragFilter = QComboBox(TrackerPane)
        self.ragFilter.setObjectName(u"ragFilter")

        self.filterRow2.addWidget(self.ragFilter)

        self.overdueOnly = QCheckBox(TrackerPane)
        self.overdueOnly.setObjectName(u"overdueOnly")

        self.filterRow2.addWidget(self.overdueOnly)

        self.dueSoon = QCheckBox(TrackerPane)
        self.dueSoon.setObjectName(u"dueSoon")

        self.filterRow2.addWidget(self.dueSoon)

        self.filterSpacer2 = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow2.addItem(self.filterSpacer2)


        self.filters.addLayout(self.filterRow2)


        self.layout.addLayout(self.filters)

        self.table = QTableView(TrackerPane)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.table)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.bottom.setContentsMargins(0, 0, 0, 0)
        self.count = QLabel(TrackerPane)
        self.count.setObjectName(u"count")

        self.bottom.addWidget(self.count)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottomSpacer)

        self.showInChain = QPushButton(TrackerPane)
        self.showInChain.setObjectName(u"showInChain")

        self.bottom.addWidget(self.showInChain)

        self.followUp = QPushButton(TrackerPane)
        self.followUp.setObjectName(u"followUp")

        self.bottom.addWidget(self.followUp)


        self.layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.planFilterLabel.setBuddy(self.planFilter)
        self.partnerFilterLabel.setBuddy(self.partnerFilter)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.ragFilterLabel.setBuddy(self.ragFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrackerPane)

        QMetaObject.connectSlotsByName(TrackerPane)
    # setupUi

    def retranslateUi(self, TrackerPane):
        self.planFilterLabel.setText(QCoreApplication.translate("TrackerPane", u"&Plan:", None))
        self.partnerFilterLabel.setText(QCoreApplication.translate("TrackerPane", u"&Ansvarig:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("TrackerPane", u"S\u00f6k\u2026", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("TrackerPane", u"&Status:", None))
        self.ragFilterLabel.setText(QCoreApplication.translate("TrackerPane", u"&Uppf\u00f6ljning:", None))
        self.overdueOnly.setText(QCoreApplication.translate("TrackerPane", u"&F\u00f6rsenade", None))
        self.dueSoon.setText(QCoreApplication.translate("TrackerPane", u"Klart inom &30 dagar", None))
        self.showInChain.setText(QCoreApplication.translate("TrackerPane", u"&Visa i kedjan", None))
#if QT_CONFIG(tooltip)
        self.showInChain.setToolTip(QCoreApplication.translate("TrackerPane", u"\u00d6ppna \u00e5tg\u00e4rden i sin plan", None))
#endif // QT_CONFIG(tooltip)
        self.followUp.setText(QCoreApplication.translate("TrackerPane", u"&F\u00f6lj upp\u2026", None))
#if QT_CONFIG(tooltip)
        self.followUp.setToolTip(QCoreApplication.translate("TrackerPane", u"Notera en uppf\u00f6ljning (dubbelklicka p\u00e5 en \u00e5tg\u00e4rd g\u00f6r samma sak)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

