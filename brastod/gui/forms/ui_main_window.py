# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionNewDatabase = QAction(MainWindow)
        self.actionNewDatabase.setObjectName(u"actionNewDatabase")
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionImportHistory = QAction(MainWindow)
        self.actionImportHistory.setObjectName(u"actionImportHistory")
        self.actionExportIncidents = QAction(MainWindow)
        self.actionExportIncidents.setObjectName(u"actionExportIncidents")
        self.actionExportSituationReport = QAction(MainWindow)
        self.actionExportSituationReport.setObjectName(u"actionExportSituationReport")
        self.actionExportActionPlan = QAction(MainWindow)
        self.actionExportActionPlan.setObjectName(u"actionExportActionPlan")
        self.actionTemplate = QAction(MainWindow)
        self.actionTemplate.setObjectName(u"actionTemplate")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionPurge = QAction(MainWindow)
        self.actionPurge.setObjectName(u"actionPurge")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionMunicipality = QAction(MainWindow)
        self.actionMunicipality.setObjectName(u"actionMunicipality")
        self.actionPartners = QAction(MainWindow)
        self.actionPartners.setObjectName(u"actionPartners")
        self.actionCategories = QAction(MainWindow)
        self.actionCategories.setObjectName(u"actionCategories")
        self.actionPoliceTypes = QAction(MainWindow)
        self.actionPoliceTypes.setObjectName(u"actionPoliceTypes")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.tabs = QTabWidget(self.central)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.centralLayout.addWidget(self.tabs)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRegisters = QMenu(self.menubar)
        self.menuRegisters.setObjectName(u"menuRegisters")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuRegisters.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewDatabase)
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionImportHistory)
        self.menuFile.addAction(self.actionExportIncidents)
        self.menuFile.addAction(self.actionExportSituationReport)
        self.menuFile.addAction(self.actionExportActionPlan)
        self.menuFile.addAction(self.actionTemplate)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addAction(self.actionPurge)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuRegisters.addAction(self.actionMunicipality)
        self.menuRegisters.addAction(self.actionPartners)
        self.menuRegisters.addAction(self.actionCategories)
        self.menuRegisters.addAction(self.actionPoliceTypes)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Brast\u00f6d", None))
        self.actionNewDatabase.setText(QCoreApplication.translate("MainWindow", u"&Ny databas\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNewDatabase.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"\u00d6&ppna databas\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Importera rapport\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionImportHistory.setText(QCoreApplication.translate("MainWindow", u"Import&historik\u2026", None))
        self.actionExportIncidents.setText(QCoreApplication.translate("MainWindow", u"&Exportera h\u00e4ndelser\u2026", None))
        self.actionExportSituationReport.setText(QCoreApplication.translate("MainWindow", u"Exportera &l\u00e4gesbild (PDF och Excel)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExportSituationReport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportActionPlan.setText(QCoreApplication.translate("MainWindow", u"Exportera \u00e5&tg\u00e4rdsplan (PDF och Excel)\u2026", None))
        self.actionTemplate.setText(QCoreApplication.translate("MainWindow", u"Skapa &rapportmall\u2026", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&S\u00e4kerhetskopiera\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionBackup.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"\u00c5te&rst\u00e4ll fr\u00e5n s\u00e4kerhetskopia\u2026", None))
        self.actionPurge.setText(QCoreApplication.translate("MainWindow", u"&Gallra gamla h\u00e4ndelser\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Avsluta", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionMunicipality.setText(QCoreApplication.translate("MainWindow", u"&Kommun och omr\u00e5den\u2026", None))
        self.actionPartners.setText(QCoreApplication.translate("MainWindow", u"&Partner och kontakter\u2026", None))
        self.actionCategories.setText(QCoreApplication.translate("MainWindow", u"K&ategorier\u2026", None))
        self.actionPoliceTypes.setText(QCoreApplication.translate("MainWindow", u"&Polisens h\u00e4ndelsetyper\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Om Brast\u00f6d", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Arkiv", None))
        self.menuRegisters.setTitle(QCoreApplication.translate("MainWindow", u"&Register", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Hj\u00e4lp", None))
    # retranslateUi

