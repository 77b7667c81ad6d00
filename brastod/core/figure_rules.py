"""What a key figure's value and a year's population must hold: a plausible year, a named
indicator, a real number. Used by the services and by the dialogs that show the message at the
field, like ``plan_rules``."""
import math
from dataclasses import dataclass

from brastod.core.errors import FieldError
from brastod.core.text import clean_name


def plausible_year(year: int) -> None:
    if not 1900 <= year <= 2200:
        raise FieldError("year", f"Året {year} är orimligt. Ange ett år som 2024.")


@dataclass(frozen=True)
class MeasurementFields:
    indicator: str
    year: int
    value: float

    def validate(self) -> None:
        if not clean_name(self.indicator):
            raise FieldError("indicator", "Ange vilket nyckeltal värdet gäller, till exempel "
                                          "Anmälda brott.")
        plausible_year(self.year)
        if not math.isfinite(self.value):
            raise FieldError("value", "Värdet måste vara ett tal.")


@dataclass(frozen=True)
class ReferenceFields:
    """A national figure for a key figure: the same rules as a measurement, and a source."""

    indicator: str
    year: int
    value: float
    source: str
    unit: str = "antal"
    per_100k: bool = False

    def validate(self) -> None:
        MeasurementFields(self.indicator, self.year, self.value).validate()
        if not clean_name(self.source):
            raise FieldError("source", "Ange källan till den nationella siffran, till exempel "
                                       "Brå, NTU 2020.")
