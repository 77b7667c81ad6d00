"""The receipts of the window's writes on a server (core/server.py, schema revision 10): a write
made under a token records it in its own transaction, a read records nothing, a refused or
rolled-back write leaves none, old receipts go after a day, every role that writes may record
one, the revision goes back and forth on a server, and a job that writes and then reads is made once
when the server stops between the two."""
import uuid
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from brastod.cli import main
from brastod.core import server
from brastod.core.db import open_database
from brastod.core.errors import BrastodError
from brastod.core.meeting_rules import SeriesFields
from brastod.core.services import meeting_series, registers


def _tokens(db) -> set:
    with db.engine.connect() as connection:
        return set(connection.execute(text("SELECT token FROM write_receipt")).scalars())


def test_a_write_records_its_token_and_a_read_or_a_rolled_back_write_none(pg_new_url):
    db = open_database(pg_new_url)
    try:
        wrote, read, failed = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        with server.receipt(read):
            registers.list_partners(db)
        with server.receipt(wrote):
            registers.list_partners(db)         # a read first, in its own transaction …
            registers.add_partner(db, "Hamnbolaget")    # … then the write
        with server.receipt(failed), pytest.raises(BrastodError):
            registers.add_partner(db, "Hamnbolaget")    # refused: nothing committed
        with pytest.raises(RuntimeError), server.receipt(failed), db.session() as session:
            session.connection().exec_driver_sql("UPDATE partner SET active = false")
            raise RuntimeError("avbruten")
        assert _tokens(db) == {wrote}
        assert server.received(db.engine, wrote) and not server.received(db.engine, read)
        assert all(p.active for p in registers.list_partners(db))
        registers.add_partner(db, "Utan kvitto")        # not the window's: no token
        assert _tokens(db) == {wrote}
    finally:
        db.close()


def test_receipts_older_than_a_day_are_pruned(pg_new_url, monkeypatch):
    db = open_database(pg_new_url)
    try:
        old, fresh = uuid.uuid4(), uuid.uuid4()
        long_ago = datetime.now(timezone.utc) - server.KEEP_RECEIPTS - timedelta(minutes=1)
        with db.engine.begin() as connection:
            connection.execute(text("INSERT INTO write_receipt (token, at) VALUES (:t, :at)"),
                               {"t": old, "at": long_ago})
        monkeypatch.setattr(server, "_pruned", [-server._PRUNE_EVERY])    # due now
        with server.receipt(fresh):
            registers.add_partner(db, "Hamnbolaget")
        assert _tokens(db) == {fresh}
    finally:
        db.close()


def test_a_secretary_records_receipts_and_a_reader_none(pg_server, pg_url, capsys):
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    for login, role in (("sofia", "sekreterare"), ("lars", "läsare")):
        assert main(["--db", pg_url, "user", "add", login, "--role", role]) == 0
    secretary = open_database(pg_url.replace("brastod_test@", "sofia@"))
    reader = open_database(pg_url.replace("brastod_test@", "lars@"))
    try:
        token, refused = uuid.uuid4(), uuid.uuid4()
        with server.receipt(token):
            meeting_series.save_series(secretary, None, SeriesFields(
                "Lokala BRÅ", "council", None, None, 120, None), [])
        with server.receipt(refused), pytest.raises(BrastodError, match="behörighet"):
            registers.add_partner(reader, "Inte tillåten")
        assert _tokens(secretary) == {token}
    finally:
        secretary.close()
        reader.close()


def test_the_revision_goes_back_and_forth_on_a_server(pg_url):
    from tests.core.schema_steps import rewind_server
    assert main(["--db", pg_url, "server-init", "--municipality", "Kungsör"]) == 0
    db = open_database(pg_url)
    with db.engine.begin() as connection:
        rewind_server(connection, 9)
        assert not connection.exec_driver_sql(
            "SELECT 1 FROM pg_tables WHERE tablename = 'write_receipt'").all()
    db.close()
    db = open_database(pg_url)                  # upgraded again
    try:
        token = uuid.uuid4()
        with server.receipt(token):
            registers.add_partner(db, "Efter uppgraderingen")
        assert _tokens(db) == {token}
    finally:
        db.close()


@pytest.mark.parametrize("stopped", ["before its write", "after its write"])
def test_a_job_that_writes_then_reads_is_made_once_when_the_server_stops_between_its_steps(
        qtbot, own_server, stopped):
    """The window's writes commit one writing transaction each (tests/gui/one_transaction.py);
    many read after it in a transaction of their own (a register's list after its save). The
    server stopped between the two: the write that landed is found by its receipt and not made
    again, and told so (its answer was lost with the connection); one that did not land is made
    once when the server is back."""
    from brastod.core.server_admin import server_init
    from brastod.gui.data import SAVED_BEFORE, Topic
    from tests.gui.test_connection_lost import RETURNS_MS, watched
    url = own_server.url("brastod")
    server_init(url, "Kungsör")
    db = open_database(url)
    stops = []

    def stop() -> None:
        """Shut down, not killed: this server commits without waiting for its disk, and what
        it committed must stay (a kill at COMMIT: test_connection_lost.py)."""
        stops.append(own_server._run(str(own_server.bin / "pg_ctl"), "-D",
                                     str(own_server.data), "-m", "fast", "-w", "stop"))

    def save_and_list(db, ctx):
        if stopped == "before its write" and not stops:
            stop()
        new_id = registers.add_contact(db, partner, "Anna Berg", None, None)
        if stopped == "after its write" and not stops:
            stop()
        return new_id, registers.list_contacts(db, partner)
    try:
        partner = registers.add_partner(db, "Hamnbolaget")
        data, states, refused = watched(db)
        done = []
        data.run(save_and_list, on_done=done.append, changes=Topic.REGISTERS)
        assert data.lost and data.unsaved == 1 and done == []
        own_server.resume()
        qtbot.waitUntil(lambda: states == [False, True], timeout=RETURNS_MS)
        contacts = registers.list_contacts(db, partner)
        assert [c.name for c in contacts] == ["Anna Berg"]      # made once
        if stopped == "after its write":
            assert (done, refused, data.refused_on_replay) == ([], [SAVED_BEFORE], 0)
        else:
            assert refused == [] and done[0][1] == contacts
    finally:
        db.close()


def test_a_register_save_whose_commit_landed_as_the_connection_broke_is_told_saved(
        qtbot, own_server):
    """The partners dialog's save (the save, then the list read again) met the loss after its
    COMMIT landed: not made again, and the window says it was saved; the dialog has its buttons
    back and no crash for the answer that never came."""
    from brastod.core.server_admin import server_init
    from brastod.gui.data import SAVED_BEFORE
    from brastod.gui.dialogs.partners import PartnersDialog
    from tests.gui.test_connection_lost import RETURNS_MS, _killed_at_commit, _one, watched
    url = own_server.url("brastod")
    server_init(url, "Kungsör")
    # A standby that never answers: a COMMIT that asks for it waits, committed locally.
    own_server.admin("ALTER SYSTEM SET synchronous_standby_names = 'ingen'")
    own_server.admin("SELECT pg_reload_conf()")
    db = open_database(url)
    try:
        registers.add_partner(db, "Hamnbolaget")
        data, states, told = watched(db)                # told: what the window shows
        dialog = PartnersDialog(data)
        qtbot.addWidget(dialog)
        dialog.partners.select(dialog.partners.model.rows()[0].id)
        _killed_at_commit(db, url, landed=True)
        dialog.ui.partnerName.setText("Hamnbolaget AB")
        dialog.ui.partnerSaveButton.click()
        qtbot.waitUntil(lambda: states == [False, True], timeout=RETURNS_MS)
        assert told == [SAVED_BEFORE] and data.refused_on_replay == 0
        assert dialog.ui.partnerSaveButton.isEnabled()
        assert _one(url, "SELECT name, version FROM partner")[0] == "Hamnbolaget AB"
    finally:
        db.close()


@pytest.mark.parametrize("meanwhile", [None, "anna"], ids=["nobody since", "anna since"])
@pytest.mark.parametrize("editor", ["minutes", "particulars"])
def test_an_autosave_whose_commit_landed_as_the_connection_broke_goes_on_from_it(
        qtbot, own_server, editor, meanwhile):
    """The minutes (one text) or the meeting's particulars (a form) are saved as they are typed;
    a save's COMMIT landed as the connection broke, so it ends as SavedBefore, its answer (the
    new version) lost. The next save goes on from the user's own change, not refused as a
    conflict with it; a change someone else made after it still meets the user's save."""
    from brastod.core.server_admin import server_init
    from brastod.core.services import meetings
    from brastod.gui.data import SAVED_BEFORE
    from tests.gui.panes import meeting_panes
    from tests.gui.test_connection_lost import RETURNS_MS, _killed_at_commit, watched
    url = own_server.url("brastod")
    server_init(url, None, demo=True)
    # A standby that never answers: a COMMIT that asks for it waits, committed locally.
    own_server.admin("ALTER SYSTEM SET synchronous_standby_names = 'ingen'")
    own_server.admin("SELECT pg_reload_conf()")
    db, other = open_database(url), open_database(url)
    try:
        data, states, told = watched(db)
        detail, particulars, _attendance, agenda = meeting_panes(qtbot, data, db)
        item_id = detail.agenda[0].id
        if editor == "minutes":
            field, saves, flush = agenda.ui.minutes, agenda.saves, agenda.flush

            def stored():
                return (meetings.get_meeting(other, detail.id).agenda[0].minutes or "").strip()

            def anna():
                meetings.save_item(other, item_id, minutes="Annas protokoll.")
        else:
            field, saves = particulars.form.ui.place, particulars.saving.saves
            flush = particulars.flush

            def stored():
                return meetings.get_meeting(other, detail.id).place or ""

            def anna():
                meetings.update_meeting(other, detail.id, replace(
                    meetings.get_meeting(other, detail.id), place="Annas lokal"))
        before = stored()
        _killed_at_commit(db, url, landed=True)
        _type_at_end(field, " Nummer ett")
        flush()                                     # its COMMIT lands, its answer is lost
        assert data.lost
        qtbot.waitUntil(lambda: states == [False, True], timeout=RETURNS_MS)
        assert told == [SAVED_BEFORE] and stored() == (before + " Nummer ett").strip()
        if meanwhile:
            anna()
        _type_at_end(field, " och sedan")
        flush()
        if meanwhile:                               # theirs is met, not overwritten unseen
            assert saves.conflict is not None and "Anna" in stored()
            saves.conflict.reject()
        else:
            assert saves.conflict is None and told == [SAVED_BEFORE]
            assert stored() == (before + " Nummer ett och sedan").strip()
    finally:
        db.close()
        other.close()


def _type_at_end(field, text: str) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    field.setFocus()
    if hasattr(field, "moveCursor"):
        field.moveCursor(QTextCursor.MoveOperation.End)
    else:
        field.end(False)
    QTest.keyClicks(field, text)
