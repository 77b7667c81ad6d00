"""A ``Data`` over a test's database, for the tests that build a pane or a dialog by itself."""
from datetime import date

from brastod.gui.data import Data
from tests.conftest import DEMO_TODAY


def data_for(tasks, db, today: date = DEMO_TODAY) -> Data:
    data = Data(tasks, today)
    data.attach(db)
    return data
