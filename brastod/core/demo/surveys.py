"""Two years of the example municipality's safety survey (two years ago and this year, so that
a change shows), counted and stored as an import would: only the shares per area, Eskilsbo with
too few answers to be shown."""
from datetime import date

from sqlmodel import Session, select

from brastod.core.models import Area
from brastod.core.services.surveys import (
    DEFAULT_INDICATOR, CountingRule, SurveyFile, count_answers, store_survey,
)
from brastod.core.text import normalize

HEADINGS = ["Område", "Hur trygg eller otrygg skulle du känna dig om du var ute ensam sent en "
            "kväll i ditt bostadsområde?"]
# Area → (respondents answering, of them unsafe) two years ago and this year; each area also
# has a "Vet inte" that is left out.
ANSWERS = {
    "Centrum": ((42, 13), (45, 16)),
    "Västanfors": ((30, 8), (28, 7)),
    "Hedkärra": ((18, 4), (21, 4)),
    "Kolarbyn": ((26, 10), (24, 11)),
    "Högbyn": ((12, 2), (14, 2)),
    "Eskilsbo": ((4, 1), (3, 1)),
    "Ängelsberg": ((9, 1), (11, 2)),
    "Landsbygd": ((15, 2), (16, 3)),
}


def add_surveys(session: Session, today: date) -> None:
    areas = {normalize(name): (area_id, name)
             for area_id, name in session.exec(select(Area.id, Area.name)).all()}
    for index, year in enumerate((today.year - 2, today.year)):
        rows = []
        for area, counts in ANSWERS.items():
            answered, unsafe = counts[index]
            rows += [[area, "Ganska otrygg" if n < unsafe else "Ganska trygg"]
                     for n in range(answered)] + [[area, "Vet inte"]]
        survey = SurveyFile(f"trygghetsenkät {year}.xlsx", "Svar", 0, "exempel", HEADINGS,
                            list(enumerate(rows, start=2)))
        store_survey(session, count_answers(survey, 1, CountingRule(), areas), year,
                     DEFAULT_INDICATOR, keep_free_text=False)
