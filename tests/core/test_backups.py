"""Backups: taken, listed, rotated (days and weeks), checked, restored; one before each import;
and the commands backup, restore and check."""
from datetime import datetime, timedelta

import pytest

from brastod.cli import main
from brastod.core import backups
from brastod.core.errors import BrastodError
from brastod.core.services import registers
from tests.core.on_file import BACKUPS

pytestmark = BACKUPS

NOW = datetime(2026, 11, 22, 9, 0)


def test_rotation_keeps_one_a_day_and_then_one_a_week(db):
    for hours in range(0, 24 * 60, 12):          # two a day for sixty days
        backups.take(db.path, "auto", NOW - timedelta(hours=hours))
    assert len(backups.list_backups(db.path)) == 120
    removed = backups.rotate(db.path, keep_daily=7, keep_weekly=4, now=NOW)
    kept = backups.list_backups(db.path)
    assert len(kept) == 11 and len(removed) == 109
    days = [b.taken.date() for b in kept[:7]]
    assert days == [(NOW - timedelta(days=n)).date() for n in range(7)]
    # The newest of each day: 09:00 today, 21:00 on the days before.
    assert [b.taken.hour for b in kept[:7]] == [9] + [21] * 6
    weeks = [b.taken.isocalendar()[:2] for b in kept[7:]]
    assert len(set(weeks)) == 4 and all(b.taken.date() < days[-1] for b in kept[7:])


KEPT_APART = ("fore-v2", "fore-aterstallning", "skadad", "manuell")


def test_every_kind_of_copy_is_kept_through_the_window_and_removed_after_it(db):
    # 7 days and 4 weeks from Sunday 22 November: the window starts on Monday 19 October.
    for kind in KEPT_APART:
        backups.take(db.path, kind, NOW - timedelta(days=34))              # 19 October
        backups.take(db.path, kind, NOW - timedelta(days=35))              # 18 October
    backups.take(db.path, "auto", NOW)
    backups.take(db.path, "fore-import", NOW - timedelta(days=90))
    removed = backups.rotate(db.path, keep_daily=7, keep_weekly=4, now=NOW)
    kept = backups.list_backups(db.path)
    assert sorted(b.kind for b in kept) == sorted(["auto", *KEPT_APART])
    assert all(b.taken.date().isoformat() == "2026-10-19" for b in kept[1:])
    assert len(removed) == len(KEPT_APART) + 1
    # Copies apart never push the day's automatic backup out, nor count as one.
    backups.take(db.path, "fore-aterstallning", NOW + timedelta(minutes=5))
    backups.rotate(db.path, keep_daily=7, keep_weekly=4, now=NOW + timedelta(minutes=5))
    assert [b.kind for b in backups.list_backups(db.path)][:2] == ["fore-aterstallning", "auto"]


def test_weekly_copies_end_with_the_window_however_few_there_are(db):
    # Four backups months apart (the program unused in between) are not four "weeks" kept.
    for days in (0, 60, 120, 180, 240):
        backups.take(db.path, "auto", NOW - timedelta(days=days))
    backups.rotate(db.path, keep_daily=7, keep_weekly=4, now=NOW)
    assert [b.taken for b in backups.list_backups(db.path)] == [NOW]


def test_command_line_imports_rotate_their_backups(db, tmp_path):
    from brastod.core.settings import BACKUP_DAYS, BACKUP_WEEKS, set_int
    with db.session() as session:
        set_int(session, BACKUP_DAYS, 2)
        set_int(session, BACKUP_WEEKS, 0)
    db.close()
    old = [backups.take(db.path, "fore-import", datetime.now() - timedelta(days=days))
           for days in (3, 4, 5)]
    for n in range(3):
        report = tmp_path / f"rapport{n}.csv"
        report.write_text(f"Datum;Kategori;Beskrivning\n2026-0{n + 1}-05;Klotter;Vägg {n}\n",
                          encoding="utf-8")
        assert main(["--db", str(db.path), "import", str(report)]) == 0
    left = backups.list_backups(db.path)
    assert not any(path.exists() for path in old)
    assert [b.kind for b in left] == ["fore-import"]        # the newest of today only


def test_a_daily_backup_only_when_the_newest_is_a_day_old(db):
    first = backups.daily(db.path, 7, 4, NOW)
    assert first is not None and first.exists()
    assert backups.daily(db.path, 7, 4, NOW + timedelta(hours=20)) is None
    assert backups.daily(db.path, 7, 4, NOW + timedelta(days=1)) is not None
    assert [b.kind for b in backups.list_backups(db.path)] == ["auto", "auto"]


def test_the_check_finds_damage(db, tmp_path):
    assert backups.integrity_problems(db.path) == []
    db.close()
    damaged = tmp_path / "skadad.sqlite3"
    data = bytearray(db.path.read_bytes())
    data[100:4096 * 3] = b"\xff" * (4096 * 3 - 100)
    damaged.write_bytes(bytes(data))
    assert backups.integrity_problems(damaged)
    text = tmp_path / "text.sqlite3"
    text.write_text("inte en databas")
    assert "kan inte läsas" in backups.integrity_problems(text)[0]


def test_restore_puts_the_copy_back_and_keeps_what_it_replaced(db):
    from brastod.core.db import open_database
    copy = backups.take(db.path, "manuell", NOW)
    registers.add_partner(db, "Nytt bostadsbolag", "housing")
    with_partner = len(registers.list_partners(db))
    db.close()
    saved = backups.restore(db.path, copy, NOW + timedelta(minutes=5))
    restored = open_database(db.path)
    assert len(registers.list_partners(restored)) == with_partner - 1
    restored.close()
    assert saved.exists() and "fore-aterstallning" in saved.name
    kept = open_database(saved)
    assert len(registers.list_partners(kept)) == with_partner      # what it replaced
    kept.close()


def test_a_file_too_damaged_to_copy_is_kept_as_it_is(db):
    copy = backups.take(db.path, "manuell", NOW)
    db.close()
    db.path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    saved = backups.restore(db.path, copy, NOW)
    assert "skadad" in saved.name and saved.read_bytes().startswith(b"SQLite format 3")
    assert backups.integrity_problems(db.path) == []


def test_a_damaged_copy_is_not_restored_and_nothing_changes(db, tmp_path):
    registers.add_partner(db, "Kvar", "housing")
    before = len(registers.list_partners(db))
    bad = tmp_path / "trasig.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(BrastodError, match="återställs inte: "):
        backups.restore(db.path, bad)
    with pytest.raises(BrastodError, match="finns inte"):
        backups.restore(db.path, tmp_path / "saknas.sqlite3")
    assert len(registers.list_partners(db)) == before
    assert not any(b.kind == "fore-aterstallning" for b in backups.list_backups(db.path))


def test_backup_restore_and_check_commands(tmp_path, capsys):
    path = tmp_path / "brastod.sqlite3"
    assert main(["--db", str(path), "init", "--municipality", "Kungsör"]) == 0
    copy = tmp_path / "kopia.sqlite3"
    assert main(["--db", str(path), "backup", str(copy)]) == 0
    assert main(["--db", str(path), "check"]) == 0
    assert "är hel" in capsys.readouterr().out
    assert main(["--db", str(path), "restore", str(copy)]) == 0
    assert "återställd" in capsys.readouterr().out
    data = bytearray(path.read_bytes())
    data[4096:4096 * 2] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert "har fel" in err and "restore" in err
    assert main(["--db", str(path), "restore", str(copy)]) == 0
    assert main(["--db", str(path), "check"]) == 0


def test_a_backup_rotated_away_takes_the_log_files_beside_it(db):
    # Copies opened before issue 14 got a -wal and -shm beside them; they go with their copy.
    old = backups.take(db.path, "auto", NOW - timedelta(days=90))
    for side in ("-wal", "-shm"):
        old.with_name(old.name + side).write_bytes(b"x")
    backups.take(db.path, "auto", NOW)
    backups.rotate(db.path, keep_daily=7, keep_weekly=4, now=NOW)
    assert sorted(p.name for p in old.parent.iterdir()) == [
        b.path.name for b in backups.list_backups(db.path)]


def test_another_databases_backups_are_never_taken_for_this_ones(tmp_path):
    from brastod.core.services.setup import create_database
    for name in ("demo", "demo-kopia"):
        create_database(tmp_path / f"{name}.sqlite3", "Testkommun").close()
    other = backups.take(tmp_path / "demo-kopia.sqlite3", "fore-import", NOW)
    assert backups.list_backups(tmp_path / "demo.sqlite3") == []
    assert backups.newest_sound(tmp_path / "demo.sqlite3") is None
    assert [b.path for b in backups.list_backups(tmp_path / "demo-kopia.sqlite3")] == [other]
