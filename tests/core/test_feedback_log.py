"""The log of återkopplingar as the lägesbild shows it: newest first, in Swedish time, the
partners named in full or, on the line under the lägesbild, the first three and how many more."""
from datetime import UTC, datetime

from brastod.core.services.feedback_log import FeedbackRow, feedback_log, log_feedback

PARTNERS = ["Polisen", "Fagerstabostäder", "Socialtjänsten", "Räddningstjänsten", "Skolan"]


def test_the_log_is_newest_first_in_swedish_time(demo_db):
    log_feedback(demo_db, 2, ["Polisen"], 1, True,
                 made_at=datetime(2026, 11, 20, 13, 5, tzinfo=UTC))
    log_feedback(demo_db, 2, [], 0, False, made_at=datetime(2026, 11, 21, 8, 0, tzinfo=UTC))
    log_feedback(demo_db, 1, ["Skolan"], 1, True)
    newest, older, *earlier = feedback_log(demo_db, 2)      # and the example's own
    assert all(row.made_at < older.made_at for row in earlier)
    assert newest.text == "2026-11-21 09:00 · PDF"
    assert older.text == "2026-11-20 14:05 · e-postutkast till 1 adress hos Polisen"


def test_the_brief_line_names_three_partners_and_counts_the_rest():
    row = FeedbackRow("2026-11-20 14:05", True, PARTNERS, 7)
    assert row.text == ("2026-11-20 14:05 · e-postutkast till 7 adresser hos Polisen, "
                        "Fagerstabostäder, Socialtjänsten, Räddningstjänsten, Skolan")
    assert row.brief == ("2026-11-20 14:05 · e-postutkast till 7 adresser hos Polisen, "
                         "Fagerstabostäder, Socialtjänsten och 2 till")
    three = FeedbackRow("2026-11-20 14:05", True, PARTNERS[:3], 3)
    assert three.brief == three.text
    assert FeedbackRow("2026-11-20 14:05", False, [], 0).brief == "2026-11-20 14:05 · PDF"
