"""Arkiv → Anslut till server…: the dialog builds an address core.server reads, refuses what is
missing at its field, never asks for a password, and the window opens what it chose."""
from PySide6.QtWidgets import QDialog

from brastod.core import server
from brastod.gui import state
from brastod.gui.dialogs.connect_server import ConnectServerDialog, pgpass_file
from brastod.gui.main_window import SERVER_KEY


def _dialog(qtbot, last: str = "") -> ConnectServerDialog:
    dialog = ConnectServerDialog(last)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog, host: str, database: str, user: str = "anna", port: int = 5432,
          ssl: str = "prefer") -> None:
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.ssl.setCurrentIndex(dialog.ssl.findData(ssl))


def _ok(dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_socket_folder_gives_an_address_with_host_and_port(qtbot):
    dialog = _dialog(qtbot)
    _fill(dialog, "/var/run/postgresql", "brastod", port=5433)
    assert not dialog.ssl.isEnabled()               # no TLS on a local socket
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    url = server.parse(dialog.chosen)
    assert (url.username, url.host, url.database) == ("anna", None, "brastod")
    assert dict(url.query) == {"host": "/var/run/postgresql", "port": "5433"}
    assert server.shown(url) == "brastod på /var/run/postgresql:5433"


def test_a_host_gives_an_address_with_port_and_sslmode(qtbot):
    dialog = _dialog(qtbot)
    _fill(dialog, " db.kommun.se ", " brastod ", port=6543, ssl="require")
    assert dialog.ssl.isEnabled()
    _ok(dialog)
    assert dialog.chosen == "postgresql://anna@db.kommun.se:6543/brastod?sslmode=require"
    url = server.parse(dialog.chosen)
    assert (url.host, url.port, url.query["sslmode"]) == ("db.kommun.se", 6543, "require")


def test_an_empty_database_name_or_server_is_refused_at_its_field(qtbot):
    dialog = _dialog(qtbot)
    _fill(dialog, "db.kommun.se", "   ")
    _ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.chosen == ""
    assert dialog.error.text() == "Skriv databasens namn på servern."
    assert dialog.focusWidget() is dialog.database
    _fill(dialog, "", "brastod")
    _ok(dialog)
    assert dialog.error.text() == "Skriv serverns namn eller mappen för dess socket."
    assert dialog.focusWidget() is dialog.host and dialog.chosen == ""


def test_no_password_is_asked_for_and_the_pgpass_file_is_named(qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel, QLineEdit
    monkeypatch.setenv("PGPASSFILE", "/hem/anna/.pgpass-brastod")
    dialog = _dialog(qtbot)
    assert pgpass_file().as_posix() == "/hem/anna/.pgpass-brastod"
    assert all(edit.echoMode() == QLineEdit.EchoMode.Normal
               for edit in dialog.findChildren(QLineEdit))
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "pgpass-filen" in said and str(pgpass_file()) in said


def test_the_last_address_fills_the_fields_and_a_broken_one_is_left_out(qtbot):
    dialog = _dialog(qtbot, "postgresql://anna@db.kommun.se:6543/brastod?sslmode=require")
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text(),
            dialog.ssl.currentData()) == ("db.kommun.se", 6543, "brastod", "anna", "require")
    socket = _dialog(qtbot, "postgresql://lisa@/brastod?host=/var/run/postgresql&port=5433")
    assert (socket.host.text(), socket.port.value(), socket.user.text()) == \
        ("/var/run/postgresql", 5433, "lisa")
    broken = _dialog(qtbot, "postgresql://anna:hemligt@db/brastod")
    assert (broken.host.text(), broken.database.text(), broken.port.value()) == ("", "", 5432)


def test_the_window_opens_the_chosen_address_and_remembers_it(qtbot, window, monkeypatch):
    chosen = "postgresql://anna@db.kommun.se:5432/brastod?sslmode=prefer"

    def connect(dialog):
        _fill(dialog, "db.kommun.se", "brastod")
        _ok(dialog)
        return dialog.result()
    monkeypatch.setattr(ConnectServerDialog, "exec", connect)
    assert window.actionConnectServer in window.ui.menuFile.actions()
    with qtbot.waitSignal(window.open_requested) as asked:
        window.actionConnectServer.trigger()
    assert asked.args == [chosen, False]
    assert state.load_text(SERVER_KEY) == chosen
    monkeypatch.setattr(ConnectServerDialog, "exec", lambda dialog: (dialog.reject(),
                                                                     dialog.result())[1])
    with qtbot.assertNotEmitted(window.open_requested):
        window.actionConnectServer.trigger()


def test_names_with_odd_characters_survive_the_address(qtbot):
    dialog = _dialog(qtbot)
    _fill(dialog, "/tmp/mapp med mellanslag", "brå stöd", user="anna.b")
    _ok(dialog)
    url = server.parse(dialog.chosen)
    assert (url.username, url.database, url.query["host"]) == \
        ("anna.b", "brå stöd", "/tmp/mapp med mellanslag")
