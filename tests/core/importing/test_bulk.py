"""The cyclic collector is held off only while a file is worked on, whatever happens there."""
import gc

import pytest

from brastod.core.importing.bulk import collector_paused


def test_the_collector_runs_again_after_the_work_and_after_a_failure():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("ett fel mitt i")
    assert gc.isenabled()


def test_a_collector_turned_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_previews_columns_are_out_of_the_collectors_sight_until_an_import_is_saved(db,
                                                                                      tmp_path):
    """The collector's first look after a preview would walk every previewed cell (10–15 ms,
    just as the dialog is shown): the preview's columns are frozen, and saved, they are not."""
    from openpyxl import Workbook

    from brastod.core.services.importing import commit, prepare
    path = tmp_path / "rapport.xlsx"
    book = Workbook()
    book.active.append(["Datum", "Händelse", "Område"])
    for day in range(1, 29):
        book.active.append([f"2026-02-{day:02d}", "Klotter", "Centrum"])
    book.save(path)
    gc.unfreeze()
    prepared = prepare(db, path, today=None)
    column = prepared.table.cells[0]
    assert gc.isenabled() and gc.get_freeze_count() > 0
    assert not any(tracked is column for tracked in gc.get_objects())
    assert commit(db, prepared).imported == 28
    assert gc.get_freeze_count() == 0
    assert any(tracked is column for tracked in gc.get_objects())
