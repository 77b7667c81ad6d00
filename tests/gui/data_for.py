"""A ``Data`` over a test's database, for the tests that build a pane or a dialog by itself."""
from datetime import date

from brastod.gui.data import Data
from tests.conftest import DEMO_TODAY


def data_for(tasks, db, today: date = DEMO_TODAY) -> Data:
    data = Data(tasks, today)
    data.attach(db)
    return data


def announcing(tasks, db) -> Data:
    """``data_for``, whose ``announced`` lists the topics it said were changed."""
    data = data_for(tasks, db)
    data.announced = []
    data.changed.connect(lambda topic, origin: data.announced.append(topic))
    return data
