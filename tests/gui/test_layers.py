"""The GUI cannot reach the database except through the task runner: no module under
brastod/gui imports SQLAlchemy, SQLModel or the database layer (widgets hold ``Data``, which
runs service functions on the worker)."""
import ast
from pathlib import Path

import brastod.gui

FORBIDDEN = ("sqlalchemy", "sqlmodel", "brastod.core.db")


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def reaches_the_database(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def test_no_gui_module_imports_the_database_layer():
    folder = Path(brastod.gui.__file__).parent
    offenders = sorted(f"{path.relative_to(folder)}: {module}"
                       for path in folder.rglob("*.py")
                       for module in imported_modules(path) if reaches_the_database(module))
    assert offenders == []


def test_the_check_finds_each_kind_of_import(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("import sqlalchemy.orm\nfrom sqlmodel import select\n"
                      "from brastod.core import db\nfrom brastod.core.dbx import y\n",
                      encoding="utf-8")
    found = {m for m in imported_modules(source) if reaches_the_database(m)}
    assert {"sqlalchemy.orm", "sqlmodel", "brastod.core.db"} <= found
    assert not any(m.startswith("brastod.core.dbx") for m in found)


def test_no_gui_module_opens_a_session_itself():
    """Even in a function run on the worker, a session is the services' business: GUI code
    calls a service, which opens it."""
    folder = Path(brastod.gui.__file__).parent
    offenders = sorted(
        f"{path.relative_to(folder)}:{node.lineno}"
        for path in folder.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        and node.func.attr == "session")
    assert offenders == []
