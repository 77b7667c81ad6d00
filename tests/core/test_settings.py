"""The settings a coordinator can change (gallring, backup rotation, the lägesbild interval):
shown and changed from the command line, checked in one place, and used where they apply."""
from datetime import date, datetime, timedelta

import pytest

from brastod.cli import main
from brastod.core import settings
from brastod.core.errors import FieldError
from brastod.core.services.retention import cutoff_for
from tests.core.on_file import BACKUPS


def test_the_command_line_lists_and_changes_a_setting(demo_file, tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    assert main(["--db", str(path), "settings"]) == 0
    listed = capsys.readouterr().out
    for spec in settings.ALL:
        assert f"{spec.name:<20} {spec.default:>5}  {spec.label}" in listed
    assert main(["--db", str(path), "settings", "set", "gallring", "24"]) == 0
    assert capsys.readouterr().out == "Gallring av råa händelser efter (månader): 24.\n"
    assert main(["--db", str(path), "settings"]) == 0
    assert "gallring                24 (standard 36)" in capsys.readouterr().out
    assert main(["--db", str(path), "settings", "set", "gallring", "12"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "purge"]) == 0        # the default of purge follows it
    cutoff = cutoff_for(12, date.today())
    assert f"händelser före {cutoff} skulle tas bort" in capsys.readouterr().out


@pytest.mark.parametrize("argv, fragment", [
    (["set", "gallring", "0"], "ange ett tal från 1 till 1200 (du skrev 0)"),
    (["set", "kopior-dagar", "400"], "ange ett tal från 1 till 365 (du skrev 400)"),
    (["set", "hemlig", "3"], "Det finns ingen inställning ”hemlig”. Inställningarna är "
                             "lagesbild-intervall, gallring, kopior-dagar, kopior-veckor."),
])
def test_a_refused_value_is_one_swedish_line_and_changes_nothing(demo_file, tmp_path, capsys,
                                                                 argv, fragment):
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    assert main(["--db", str(path), "settings", *argv]) == 1
    error = capsys.readouterr().err
    assert error.startswith("brastod: ") and error.count("\n") == 1 and fragment in error
    assert main(["--db", str(path), "settings"]) == 0
    assert "(standard" not in capsys.readouterr().out


def test_changes_are_all_or_none(demo_db):
    with pytest.raises(FieldError) as refused:
        settings.change(demo_db, {settings.BACKUP_DAYS.key: 3,
                                  settings.BACKUP_WEEKS.key: -1})
    assert refused.value.field == settings.BACKUP_WEEKS.key
    assert dict((spec.key, value) for spec, value in settings.current(demo_db)) == {
        spec.key: spec.default for spec in settings.ALL}


@BACKUPS
def test_the_rotation_keeps_as_many_days_as_set(demo_db):
    from brastod.core.backups import list_backups, rotate_as_set
    from brastod.core.db import backup_copy
    settings.change(demo_db, {settings.BACKUP_DAYS.key: 2, settings.BACKUP_WEEKS.key: 0})
    now = datetime(2026, 11, 29, 12, 0)
    for days_ago in range(5):
        backup_copy(demo_db.path, "auto", now - timedelta(days=days_ago))
    rotate_as_set(demo_db, now)
    assert len([b for b in list_backups(demo_db.path) if b.kind == "auto"]) == 2


def test_only_what_the_user_changed_is_saved_and_the_same_setting_changed_twice_is_asked(db):
    """The dialog names the values it showed: a setting someone else changed meanwhile keeps
    their value, and one both changed to different values writes nothing."""
    from brastod.core.versions import Conflict
    shown = dict((spec.key, value) for spec, value in settings.current(db))
    retention, weeks = settings.RETENTION_MONTHS.key, settings.BACKUP_WEEKS.key
    settings.change(db, {**shown, weeks: 8}, shown)                    # someone else
    settings.change(db, {**shown, retention: 24}, shown)               # the user
    now = dict((spec.key, value) for spec, value in settings.current(db))
    assert (now[retention], now[weeks]) == (24, 8)
    with pytest.raises(Conflict) as raised:
        settings.change(db, {**shown, weeks: 12}, shown)
    assert raised.value.clashes == (weeks,) and raised.value.values[weeks] == 8
    assert raised.value.merged[retention] == 24                        # theirs, taken
    assert dict((spec.key, value) for spec, value in settings.current(db)) == now
