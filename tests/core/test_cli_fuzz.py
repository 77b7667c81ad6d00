"""The command line under random arguments and hostile files: every subcommand, on a copy of the
example database, ends with exit code 0, 1 or 2 and at most a few Swedish lines on stderr —
never a traceback or Python's English. Most of it runs in-process through main(argv); the
real pipe, the closed streams and the unwritable log folder run as real processes."""
import contextlib
import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from brastod.cli import COMMANDS, _printable, main
from brastod.core.paths import resource

# The same examples on every run (tests/conftest.py: derandomize, no deadline), about 10 s.
FUZZ = settings(max_examples=250, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                         HealthCheck.too_slow])
# What Python, SQLite or argparse would say in English when something escapes.
ENGLISH = re.compile(r"Traceback|Error\b|Exception|Errno|Warning|sqlite3\.[A-Za-z]|sqlalchemy|"
                     r"File \"|line \d+|[Nn]o such file|[Pp]ermission denied|usage:|error:|"
                     r"invalid|required|expected|unrecognized|choose from|not a database")

HEADINGS = ["Datum", "Tid", "Område", "Plats", "Händelsetyp", "Beskrivning", "Antal"]
ROW = ["2026-03-05", "21:30", "Centrum", "Torget", "Klotter", "Taggar", "1"]
SUFFIXES = [".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".json", ".sqlite3", ".pdf",
            ".ics", ""]
# Text as a user might type it, and worse (no NUL: the operating system cannot pass one).
TEXT = st.one_of(st.sampled_from(["Centrum", "Fagersta", "Lokala BRÅ", "Fagerstabostäder",
                                  "", " ", "-", "--", "=cmd|' /C calc'!A0", "ÅÄÖ" * 100]),
                 st.text(st.characters(blacklist_characters="\0",
                                       blacklist_categories=("Cs",)), max_size=30))
DATES = st.one_of(st.dates().map(str), st.sampled_from(["2025-01-01", "2026-11-30", "2026-13-01",
                                                        "0001-01-01", "9999-12-31", "idag"]))
MONTHS = st.one_of(st.dates().map(lambda day: f"{day:%Y-%m}"),
                   st.sampled_from(["2026-10", "2026-13", "0001-01", "9999-12", "26-10", "mars"]))
NUMBERS = st.one_of(st.integers(-3, 40).map(str),
                    st.sampled_from(["30000", str(10**20), "1e3", "٣", "", "x", "-0"]))


def _seeds(folder: Path) -> dict[str, bytes]:
    """Sound files of every kind the commands read, to be truncated or used whole."""
    book = Workbook()
    book.active.append(HEADINGS)
    for day in range(1, 6):
        book.active.append([datetime(2026, 3, day), "21:30", "Centrum", "Torget", "Klotter",
                            "Taggar på väggen", day])
    book.save(folder / "rapport.xlsx")
    from tests.core.test_key_figures import _scb_file
    _scb_file(folder / "scb.xlsx", [[1, 1, "Fagersta", 13_000, 12_900, 0.8]])
    police = json.loads(resource("demo", "police_events_fagersta.json").read_text("utf-8"))
    csv = "\n".join(";".join(row) for row in [HEADINGS, ROW])
    return {"xlsx": (folder / "rapport.xlsx").read_bytes(),
            "scb": (folder / "scb.xlsx").read_bytes(), "ods": _ods(),
            "csv": csv.encode("utf-8"), "csv-cp1252": csv.encode("cp1252"),
            "json": json.dumps(police[:5], ensure_ascii=False).encode("utf-8")}


def _ods() -> bytes:
    """A minimal OpenDocument spreadsheet, written by hand."""
    rows = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{text}</text:p>'
        "</table:table-cell>" for text in row) + "</table:table-row>" for row in (HEADINGS, ROW))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Rapport">'
               f"{rows}</table:table>"
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


class Seeds(dict):
    def __repr__(self) -> str:    # hypothesis prints the fixtures of a failing example
        return f"Seeds({', '.join(self)})"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, demo_file) -> Seeds:
    found = Seeds(_seeds(tmp_path_factory.mktemp("seeds")))
    found["sqlite"] = demo_file.read_bytes()
    return found


class Place:
    """One example's folder: a fresh copy of the example database and the hostile files."""

    def __init__(self, folder: Path, demo_file: Path, seeds: Seeds):
        self.folder, self.seeds = folder, seeds
        self.db = folder / "demo.sqlite3"
        shutil.copy(demo_file, self.db)
        self._count = 0

    def _name(self, suffix: str) -> Path:
        self._count += 1
        return self.folder / f"fil{self._count}{suffix}"

    def input_file(self, kind: str, seed: str, suffix: str, data: bytes, share: float) -> str:
        sound = self.seeds[seed]
        made = {
            "whole": lambda path: path.write_bytes(sound),
            "truncated": lambda path: path.write_bytes(sound[:int(len(sound) * share)]),
            "random": lambda path: path.write_bytes(data),
            "zip header": lambda path: path.write_bytes(b"PK\x03\x04" + data),
            "empty": lambda path: path.write_bytes(b""),
            "damaged": lambda path: path.write_bytes(_damaged(sound, data, share)),
            "folder": lambda path: path.mkdir(),
            "missing": lambda path: None,
        }
        special = {"/dev/null": "/dev/null", "the database": str(self.db),
                   "missing folder": str(self.folder / "saknas" / f"x{suffix}"),
                   "file as folder": str(self.db / f"x{suffix}"),
                   "non-UTF-8 name": os.fsdecode(bytes(self.folder) + b"/rapport-\xff\xe5"
                                                 + suffix.encode()),
                   "long name": str(self.folder / ("å" * ((255 - len(suffix)) // 2) + suffix)),
                   "too long name": str(self.folder / ("x" * 300 + suffix)),
                   "too long path": str(self.folder) + "/" + "a/" * 2100 + "x" + suffix}
        if kind in special:
            path = Path(special[kind])
            if kind in ("non-UTF-8 name", "long name"):
                path.write_bytes(sound)
            return str(path)
        path = self._name(suffix)
        made[kind](path)
        return str(path)

    def output_file(self, kind: str, suffix: str) -> str:
        if kind == "new":
            return str(self._name(suffix))
        return self.input_file(kind, "xlsx", suffix, b"", 0.5)


def _damaged(sound: bytes, data: bytes, share: float) -> bytes:
    """``data`` written over the sound file at ``share`` of its length (the header at 0)."""
    at = int(len(sound) * share)
    return sound[:at] + data + sound[at + len(data):]


INPUT_KINDS = ["whole", "truncated", "random", "zip header", "empty", "damaged", "folder",
               "missing", "/dev/null", "the database", "missing folder", "file as folder",
               "non-UTF-8 name", "long name", "too long name", "too long path"]
# Never a device where something is written (an output, or --db): run as root, writing a new
# file and renaming it into place replaces the device node itself.
OUTPUT_KINDS = ["new"] * 8 + ["folder", "the database", "missing folder", "file as folder",
                              "non-UTF-8 name", "too long name", "too long path", "whole"]
WRITABLE_KINDS = [kind for kind in INPUT_KINDS if kind != "/dev/null"]


@st.composite
def input_files(draw, place: Place, seed: str | None = None, kinds: list[str] = INPUT_KINDS):
    return place.input_file(draw(st.sampled_from(kinds)),
                            seed or draw(st.sampled_from(sorted(place.seeds))),
                            draw(st.sampled_from(SUFFIXES)), draw(st.binary(max_size=300)),
                            draw(st.floats(0, 1)))


@st.composite
def output_files(draw, place: Place, suffix: str):
    return place.output_file(draw(st.sampled_from(OUTPUT_KINDS)), suffix)


def _maybe(draw, *tokens) -> list[str]:
    return list(tokens) if draw(st.booleans()) else []


@st.composite
def command_lines(draw, place: Place) -> list[str]:
    """A well-formed command line for any subcommand, filled with hostile values; sometimes
    mangled (a token dropped, a random one added) to reach the parser's own errors."""
    ids = st.one_of(st.integers(1, 12).map(str), NUMBERS)
    shapes = {
        "init": lambda: ["--municipality", draw(TEXT)],
        "demo": lambda: [],
        "stats": lambda: _maybe(draw, "--json"),
        "import": lambda: [draw(input_files(place)) for _ in range(draw(st.integers(1, 3)))]
        + _maybe(draw, "--partner", draw(TEXT)) + _maybe(draw, "--dry-run")
        + _maybe(draw, "--json"),
        "export incidents": lambda: ["--from", draw(DATES), "--to", draw(DATES),
                                     *_target(draw, place)],
        "export situation-report": lambda: _document(draw, place, ids),
        "export action-plan": lambda: _document(draw, place, ids),
        "export meeting-pack": lambda: _document(draw, place, ids),
        "export monthly-report": lambda: ["--month", draw(MONTHS)]
        + _files(draw, place, ("--pdf", ".pdf"), ("--docx", ".docx"), ("--xlsx", ".xlsx"))
        + _maybe(draw, "--allow-personal-data"),
        "export feedback": lambda: [draw(ids)]
        + _files(draw, place, ("--pdf", ".pdf"), ("--eml", ".eml"))
        + [token for _ in range(draw(st.integers(0, 2))) for token in ("--partner", draw(TEXT))]
        + _maybe(draw, "--allow-personal-data"),
        "export reminders": lambda: ["--from", draw(DATES), "--to", draw(DATES), "--eml-dir",
                                     draw(output_files(place, ""))],
        "export notice": lambda: [draw(ids)]
        + _files(draw, place, ("--pdf", ".pdf"), ("--docx", ".docx"))
        + _maybe(draw, "--allow-personal-data"),
        "export minutes": lambda: [draw(ids)]
        + _files(draw, place, ("--pdf", ".pdf"), ("--docx", ".docx"))
        + _maybe(draw, "--allow-personal-data"),
        "export calendar": lambda: _maybe(draw, "--series", draw(TEXT))
        + ["--ics", draw(output_files(place, ".ics"))],
        "template": lambda: [draw(output_files(place, ".xlsx"))] + _maybe(draw, "--partner",
                                                                         draw(TEXT)),
        "summary": lambda: ["--from", draw(DATES), "--to", draw(DATES)]
        + _maybe(draw, "--area", draw(TEXT)) + _maybe(draw, "--json"),
        "list situation-reports": lambda: _maybe(draw, "--json"),
        "list action-plans": lambda: _maybe(draw, "--json"),
        "list meetings": lambda: _maybe(draw, "--json"),
        "population": lambda: [draw(input_files(place, "scb"))]
        + _maybe(draw, "--municipality", draw(TEXT)),
        "backup": lambda: [draw(output_files(place, ".sqlite3"))],
        "restore": lambda: [draw(input_files(place, "sqlite"))],
        "check": lambda: [],
        "purge": lambda: _maybe(draw, "--older-than", draw(NUMBERS)) + _maybe(draw, "--yes"),
    }
    command = draw(st.sampled_from(sorted(shapes)))
    database = (str(place.db) if draw(st.integers(0, 9))
                else draw(input_files(place, "sqlite", WRITABLE_KINDS)))
    argv = ["--db", database, *command.split(), *shapes[command]()]
    if draw(st.integers(0, 5)) == 0:
        del argv[draw(st.integers(0, len(argv) - 1))]
    if draw(st.integers(0, 5)) == 0:
        argv.insert(draw(st.integers(0, len(argv))), draw(TEXT))
    return argv


def _target(draw, place: Place) -> list[str]:
    option, suffix = draw(st.sampled_from([("--xlsx", ".xlsx"), ("--csv", ".csv")]))
    return [option, draw(output_files(place, suffix))]


def _files(draw, place: Place, *options: tuple[str, str]) -> list[str]:
    return [token for option, suffix in options
            for token in _maybe(draw, option, draw(output_files(place, suffix)))]


def _document(draw, place: Place, ids) -> list[str]:
    return ([draw(ids)] + _maybe(draw, "--pdf", draw(output_files(place, ".pdf")))
            + _maybe(draw, "--xlsx", draw(output_files(place, ".xlsx")))
            + _maybe(draw, "--allow-personal-data"))


def run_in_process(argv: list[str], folder: Path) -> tuple[int, str, str]:
    """main(argv) run in ``folder`` (a mangled command line may name files relative to it)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(folder), contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as done:    # argparse's way: --help, or a mistyped command line
            code = done.code
    return code, out.getvalue(), err.getvalue()


def assert_swedish_ending(argv: list[str], code: int, stdout: str, stderr: str) -> None:
    assert code in (0, 1, 2), (argv, code, stderr)
    assert "Traceback" not in stdout + stderr, (argv, stderr)
    # What the user typed may be repeated in a message; it is not the program's English.
    said = stderr
    for token in sorted(argv, key=len, reverse=True):
        if len(token) > 1:
            for shown in (repr(token), _printable(token), token):
                said = said.replace(shown, "")
    assert not ENGLISH.search(said), (argv, stderr)
    # The guard's "ett oväntat fel" is the last line of defence; every input fuzzed here has
    # a message of its own.
    assert "oväntat fel" not in stderr, (argv, stderr)
    lines = stderr.split("\n")[:-1]
    assert stderr == "" or stderr.endswith("\n"), (argv, stderr)
    if lines and not lines[0].startswith("brastod: "):    # check lists at most 20 problems
        assert "check" in argv and lines[0].startswith("Databasen"), (argv, stderr)
        assert len(lines) <= 23 and lines[-1].startswith("Återställ"), (argv, stderr)
    else:
        assert len(lines) <= 1, (argv, stderr)


@pytest.fixture(scope="module", autouse=True)
def devices_left_alone():
    yield
    if os.name == "posix":
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null is no longer a device"


@pytest.fixture
def no_window(monkeypatch):
    """A mangled command line without a subcommand would start the window; here it may not."""
    monkeypatch.setattr("brastod.gui.app.run", lambda *args, **kwargs: 0)


@FUZZ
@given(data=st.data())
def test_every_subcommand_ends_in_swedish(tmp_path_factory, demo_file, seeds, no_window, data):
    place = Place(tmp_path_factory.mktemp("cli"), demo_file, seeds)
    argv = data.draw(command_lines(place))
    assert_swedish_ending(argv, *run_in_process(argv, place.folder))


# Every word the parser knows, for command lines made at random.
WORDS = ["init", "demo", "stats", "import", "export", "incidents", "situation-report",
         "action-plan", "meeting-pack", "calendar", "monthly-report", "feedback", "reminders",
         "notice", "minutes", "--month", "--docx", "--eml", "--eml-dir", "template", "summary",
         "list",
         "situation-reports", "action-plans", "meetings", "population", "backup", "restore",
         "check", "purge", "--municipality", "--json", "--partner", "--dry-run", "--from", "--to",
         "--xlsx", "--csv", "--pdf", "--ics", "--series", "--area", "--older-than", "--yes",
         "--allow-personal-data", "--db", "--version", "-h", "--help", "--", "-", "--json=1",
         "--fr", "1", "0", "-1", "2026-01-01"]


@FUZZ
@given(data=st.data())
def test_random_command_lines_end_in_swedish(tmp_path_factory, demo_file, seeds, no_window,
                                             data):
    place = Place(tmp_path_factory.mktemp("cli"), demo_file, seeds)
    tokens = st.one_of(st.sampled_from(WORDS), TEXT, input_files(place, kinds=WRITABLE_KINDS))
    argv = ["--db", str(place.db), *data.draw(st.lists(tokens, max_size=8))]
    assert_swedish_ending(argv, *run_in_process(argv, place.folder))


@pytest.mark.parametrize("argv, swedish", [
    (["init"], "följande argument saknas: --municipality"),
    (["exportera"], "KOMMANDO: ogiltigt val: 'exportera' (välj bland 'init', 'demo', 'stats', "
                    "'import', 'export', 'summary', 'partner', 'list', 'population', "
                    "'import-survey', 'backup', 'restore', "
                    "'check', 'purge', 'settings', 'template', 'server-init', 'user')"),
    (["purge", "--older-than", "tre"], "--older-than: ”tre” är inget heltal"),
    (["export", "action-plan", "0"], "ID: ”0” är inget id (ett positivt heltal)"),
    (["summary", "--from", "2026-02-30", "--to", "2026-03-01"],
     "--from: ”2026-02-30” är inget datum (ÅÅÅÅ-MM-DD)"),
    (["export", "incidents", "--from", "2026-01-01", "--to", "2026-02-01"],
     "ett av argumenten --xlsx --csv måste anges"),
    (["export", "incidents", "--from", "2026-01-01", "--to", "2026-02-01", "--xlsx", "a",
      "--csv", "b"], "--csv: kan inte anges tillsammans med --xlsx"),
    (["stats", "--färg"], "okända argument: --färg"),
    (["stats", "--json=ja"], "--json: flaggan tar inget värde: 'ja'"),
    (["summary", "--from"], "--from: ett värde saknas"),
    (["import"], "följande argument saknas: FIL"),
    (["list"], "följande argument saknas: VAD"),
    (["stats", "--\x1b[2Jhej\n"], "okända argument: --\\x1b[2Jhej\\n"),
])
def test_a_mistyped_command_line_is_told_in_swedish(capsys, argv, swedish):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == (f"brastod: fel i kommandoraden: {swedish}. "
                                       "Se brastod --help.\n")


@pytest.mark.parametrize("command", [[], ["init"], ["import"], ["export"], ["export", "incidents"],
                                     ["export", "meeting-pack"], ["list", "meetings"], ["purge"]])
def test_help_is_swedish(capsys, command):
    import argparse
    english = argparse._
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    text = capsys.readouterr().out
    assert exit_info.value.code == 0 and text.startswith("användning: brastod")
    assert "flaggor:" in text and "visa den här hjälpen och avsluta" in text
    assert not re.search(r"usage|options|show this|positional|arguments", text), text
    assert argparse._ is english      # argparse is left as it was, for other users of it


def test_an_unexpected_error_is_one_line_and_the_details_are_logged(capsys, monkeypatch):
    from brastod.core.logs import log_file
    monkeypatch.setitem(COMMANDS, "stats", lambda args: {}["saknas"])
    assert main(["stats"]) == 1
    err = capsys.readouterr().err
    assert err == (f"brastod: ett oväntat fel inträffade (i kommandot stats). Detaljerna finns "
                   f"i loggfilen {log_file()}.\n")
    assert "KeyError: 'saknas'" in log_file().read_text("utf-8")


# ---- real processes: real pipes, real streams, the log folder of the environment ----

def _brastod(args: list, tmp_path: Path, script: str = "",
             **options) -> subprocess.CompletedProcess:
    """``brastod ARGS`` as a process of its own, its log folder under tmp_path. ``script`` is
    run first in it (to stand in a failing command)."""
    environment = dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state"),
                       **options.pop("env", {}))
    code = f"import sys\n{script}\nfrom brastod.cli import main\nsys.exit(main(sys.argv[1:]))"
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-c", code, *args], env=environment, cwd=tmp_path,
                          timeout=120, **options)


@settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                  HealthCheck.too_slow])
@given(data=st.data())
def test_command_lines_in_a_process_end_in_swedish(tmp_path_factory, demo_file, seeds, data):
    """As above, but what reaches the real stderr: also what Python says at exit."""
    place = Place(tmp_path_factory.mktemp("cli"), demo_file, seeds)
    argv = data.draw(command_lines(place))
    done = _brastod([os.fsencode(arg) for arg in argv], place.folder,
                    "import brastod.cli\nbrastod.cli._gui = lambda args: 0")
    assert_swedish_ending(argv, done.returncode, done.stdout.decode(errors="replace"),
                          done.stderr.decode(errors="surrogateescape"))


def _log(tmp_path: Path) -> Path:
    return tmp_path / "state" / "Brastod" / "log" / "brastod.log"


@pytest.fixture
def demo_copy(demo_file, tmp_path) -> str:
    shutil.copy(demo_file, tmp_path / "demo.sqlite3")
    return str(tmp_path / "demo.sqlite3")


@pytest.mark.parametrize("args", [["list", "meetings"], ["list", "meetings", "--json"],
                                  ["stats"], ["--help"], ["--version"], ["list", "--help"]])
def test_a_closed_pipe_ends_quietly(demo_copy, tmp_path, args):
    """As `brastod list meetings | head -1` once head has gone: the pipe has no reader left."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = _brastod(["--db", demo_copy, *args], tmp_path, stdout=writer)
    finally:
        os.close(writer)
    assert done.stderr == b"" and done.returncode in (0, 1)


def test_head_reads_one_line(demo_copy, tmp_path):
    with subprocess.Popen([sys.executable, "-m", "brastod", "--db", demo_copy, "list",
                           "meetings", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state")),
                          cwd=tmp_path) as child:
        assert child.stdout.readline() == b"[\n"
        child.stdout.close()
        assert child.wait(timeout=120) in (0, 1)
        assert child.stderr.read() == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full saknas")
def test_output_to_a_full_device(demo_copy, tmp_path):
    with open("/dev/full", "w") as full:
        done = _brastod(["--db", demo_copy, "list", "meetings"], tmp_path, stdout=full)
    assert done.returncode == 1
    assert done.stderr.decode() == ("brastod: resultatet kunde inte skrivas ut: utdata går inte "
                                    "att skriva till.\n")


def test_a_damaged_header_gives_only_the_swedish_line(demo_copy, tmp_path):
    with open(demo_copy, "r+b") as database:
        database.seek(16)            # the page size
        database.write(b"\xff\xff\xff\xff")
    done = _brastod(["--db", demo_copy, "stats"], tmp_path)
    stderr = done.stderr.decode()
    assert done.returncode == 1 and stderr.count("\n") == 1, stderr
    assert stderr.startswith(f"brastod: Databasen {demo_copy} är skadad och kan inte öppnas")
    assert "Traceback" in _log(tmp_path).read_text("utf-8")    # the details are kept


FAILING = "from brastod import cli\ncli.COMMANDS['stats'] = lambda args: 1 / 0"


def test_an_unexpected_error_in_a_process(demo_copy, tmp_path):
    done = _brastod(["--db", demo_copy, "stats"], tmp_path, FAILING)
    assert done.returncode == 1
    assert done.stderr.decode() == (
        f"brastod: ett oväntat fel inträffade (i kommandot stats). Detaljerna finns i "
        f"loggfilen {_log(tmp_path)}.\n")
    assert "ZeroDivisionError: division by zero" in _log(tmp_path).read_text("utf-8")


def test_a_log_folder_that_cannot_be_written(demo_copy, tmp_path):
    (tmp_path / "state").write_text("en fil där loggmappen skulle vara")   # even root fails
    done = _brastod(["--db", demo_copy, "stats", "--json"], tmp_path)
    assert done.returncode == 0 and done.stderr == b""
    assert json.loads(done.stdout)["incidents"] > 2000
    failed = _brastod(["--db", demo_copy, "stats"], tmp_path, FAILING)
    assert failed.returncode == 1
    assert failed.stderr.decode() == (
        "brastod: ett oväntat fel inträffade (i kommandot stats). Detaljerna kunde inte sparas: "
        f"det går inte att skriva i loggmappen {tmp_path / 'state' / 'Brastod' / 'log'}.\n")


def test_python_warnings_go_to_the_log(demo_copy, tmp_path):
    warning = ("import warnings\nfrom brastod import cli\n"
               "cli.COMMANDS['check'] = lambda args: warnings.warn('an English warning') or 0")
    done = _brastod(["--db", demo_copy, "check"], tmp_path, warning)
    assert done.returncode == 0 and done.stderr == b""
    assert "an English warning" in _log(tmp_path).read_text("utf-8")


def test_names_that_are_not_utf8_and_a_latin1_terminal(demo_copy, tmp_path):
    name = os.fsencode(tmp_path) + b"/mall-\xff\xe5.xlsx"
    done = _brastod([b"--db", demo_copy.encode(), b"template", name], tmp_path)
    assert done.returncode == 0 and done.stderr == b"" and os.path.exists(name)
    assert b"mall-\\udcff\\udce5.xlsx" in done.stdout
    # "–" and "…" have no place in Latin-1; they are written escaped, not as a crash.
    done = _brastod(["--db", demo_copy, "summary", "--from", "2026-01-01", "--to", "2026-03-31"],
                    tmp_path, env={"PYTHONIOENCODING": "latin-1"})
    assert done.returncode == 0 and done.stderr == b""
    assert b"h\xe4ndelser 2026-01-01 \\u2013 2026-03-31" in done.stdout
