"""The committed forms are what pyside6-uic makes of ui/*.ui (run `make forms` after editing)."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "ui").glob("*.ui"))


def _uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or \
        shutil.which("pyside6-uic")
    if found is None:
        pytest.fail("pyside6-uic saknas: installera PySide6")
    return found


def _without_stamp(text: str) -> list[str]:
    # The uic version line changes with every Qt release; the form itself must not.
    return [line for line in text.splitlines() if "Created by: Qt User Interface Compiler" not in line]


def test_every_form_has_a_source_and_vice_versa():
    generated = {p.stem.removeprefix("ui_") for p in (ROOT / "brastod/gui/forms").glob("ui_*.py")}
    assert generated == {p.stem for p in SOURCES}


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_generated_form_is_current(source, tmp_path):
    target = tmp_path / f"ui_{source.stem}.py"
    subprocess.run([_uic(), "--from-imports", str(source), "-o", str(target)], check=True,
                   timeout=60)
    committed = ROOT / "brastod/gui/forms" / f"ui_{source.stem}.py"
    assert _without_stamp(committed.read_text("utf-8")) == _without_stamp(target.read_text("utf-8")), \
        f"{committed.name} är inaktuell: kör make forms"
