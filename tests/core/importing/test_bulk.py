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
