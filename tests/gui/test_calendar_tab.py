"""Möteskalender: holidays marked in the month, and the chosen meeting's documents."""
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from brastod.gui.tabs.calendar import HOLIDAY


@pytest.fixture
def tab(window):
    window.ui.tabs.setCurrentWidget(window.calendar)
    return window.calendar


def test_holidays_are_marked_and_named(tab):
    calendar = tab.ui.calendar
    calendar.setCurrentPage(2026, 6)
    midsummer = calendar.dateTextFormat(QDate(2026, 6, 19))
    assert midsummer.toolTip() == "Midsommarafton"
    assert midsummer.foreground().color().name() == HOLIDAY
    assert calendar.dateTextFormat(QDate(2026, 6, 18)).toolTip() == ""
    calendar.setCurrentPage(2027, 4)                   # another year, shown when paged to
    assert calendar.dateTextFormat(QDate(2027, 3, 29)).toolTip() == "Annandag påsk"
    calendar.setSelectedDate(QDate(2026, 12, 24))
    assert "Julafton" in tab.ui.dayLabel.text()


def _choose(tab, title_part: str):
    for row in range(tab.proxy.rowCount()):
        meeting = tab.proxy.index(row, 0).data(0x0101)
        if title_part in meeting.title:
            tab.ui.table.selectRow(row)
            return meeting
    raise AssertionError(title_part)


@pytest.mark.parametrize("kind, suffix, expected", [
    ("notice", ".pdf", "Kallelse – Lokala BRÅ 10 december 2026"),
    ("minutes", ".pdf", "Protokoll – Lokala BRÅ 10 december 2026"),
    ("ics", ".ics", "SUMMARY:Lokala BRÅ 10 december 2026"),
])
def test_the_chosen_meetings_documents(tab, window, monkeypatch, tmp_path, kind, suffix,
                                       expected):
    _choose(tab, "Lokala BRÅ 10 december 2026")
    assert tab.ui.documentsButton.isEnabled()
    target = tmp_path / f"dokument{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action = next(a for a in tab.ui.documentsButton.menu().actions()
                  if a.text().replace("&", "").lower().startswith(
                      {"notice": "kallelse", "minutes": "protokoll",
                       "ics": "kalenderfil för mötet"}[kind]))
    action.trigger()
    assert f"Sparad: {target}" in window.ui.statusbar.currentMessage()
    if suffix == ".pdf":
        from pypdf import PdfReader
        text = PdfReader(target).pages[0].extract_text()
    else:
        text = target.read_text(encoding="utf-8")
    assert expected in text


def test_the_meeting_pack_from_the_calendar(tab, window, monkeypatch, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader
    _choose(tab, "Lokala BRÅ 10 december 2026")
    target = tmp_path / "handlingar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pack = next(a for a in tab.ui.documentsButton.menu().actions()
                if a.text().replace("&", "").startswith("Möteshandlingar"))
    pack.trigger()
    assert "Möteshandlingarna sparades" in window.ui.statusbar.currentMessage()
    titles = [item.title for item in PdfReader(target).outline if not isinstance(item, list)]
    assert "Åtgärdsplanens status" in titles
    assert load_workbook(target.with_suffix(".xlsx")).sheetnames[0] == "Dagordning"
    assert date(2026, 12, 10) == tab.selected().meeting_date


def test_due_dates_and_the_years_deadlines_are_reminded(tab):
    calendar = tab.ui.calendar
    calendar.setCurrentPage(2026, 11)
    deadline = calendar.dateTextFormat(QDate(2026, 11, 30))
    assert deadline.fontUnderline()
    assert "Årshjul: Uppföljning av medborgarlöften" in deadline.toolTip()
    calendar.setSelectedDate(QDate(2026, 12, 12))
    assert "Åtgärd klar senast: Rutin för sanering av klotter" in tab.ui.dayLabel.text()
    assert not calendar.dateTextFormat(QDate(2026, 11, 29)).fontUnderline()
