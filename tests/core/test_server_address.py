"""--db (and BRASTOD_DB) take a file or a PostgreSQL address: any other scheme:// is refused
rather than taken for a file name, and an address with a password is refused without ever
repeating it."""
import pytest

from brastod.cli import main
from brastod.core.errors import BrastodError
from brastod.core.server import refuse_other_address


def _run(args, capsys) -> tuple[int, str]:
    try:
        code = main(args)
    except SystemExit as exit:          # refused by the command line's parser
        code = exit.code
    return code, capsys.readouterr().err


@pytest.mark.parametrize("address", ["mysql://kim@db.kommun.se/brastod",
                                     "MSSQL+pyodbc://db.kommun.se/brastod",
                                     "sqlite:///tmp/brastod.sqlite3", "oracle://x"])
def test_another_kind_of_database_is_refused_naming_what_is_supported(address, tmp_path,
                                                                      monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code, said = _run(["--db", address, "stats"], capsys)
    assert code == 2
    assert "stöds inte" in said and "postgresql://" in said and "SQLite" in said, said
    assert "Traceback" not in said
    monkeypatch.setenv("BRASTOD_DB", address)
    code, said = _run(["stats"], capsys)
    assert code == 1 and "Miljövariabeln BRASTOD_DB: Brastöd kan inte" in said, said
    assert list(tmp_path.iterdir()) == []           # no file of that name was made


@pytest.mark.parametrize("address", [
    "postgresql://kim:secret@db.kommun.se:5432/brastod",
    "postgres://kim:secret@db.kommun.se",                       # no database either
    "postgresql://kim:secret@/brastod?host=/run/pg&bogus=1",    # an unknown option too
    "postgresql://kim:secret@[::1/brastod",                     # not even readable
    "postgresql://kim@db.kommun.se/brastod?password=secret",
    "mysql://kim:secret@db.kommun.se/brastod"])
def test_an_address_with_a_password_is_refused_without_repeating_it(address, monkeypatch,
                                                                     tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    for args in (["--db", address, "stats"], ["stats"]):
        monkeypatch.setenv("BRASTOD_DB", address)
        code, said = _run(args, capsys)
        assert code in (1, 2) and said, said
        assert "secret" not in said and "Traceback" not in said
        if not address.startswith("mysql"):
            assert "pgpass" in said, said
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_is_still_a_file_name():
    for name in ("brastod.sqlite3", "C://Users/kim/brastod.sqlite3", "data/mysql-kopia.db"):
        refuse_other_address(name)
    with pytest.raises(BrastodError):
        refuse_other_address("ftp://server/brastod.sqlite3")
