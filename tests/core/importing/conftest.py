"""The smallest municipality an import needs: one area and the partner that sends the file."""
import pytest

from brastod.core.services import registers


@pytest.fixture
def municipality(db):
    registers.add_area(db, "Centrum")
    registers.add_partner(db, "Fagerstabostäder", "housing")
    return db
