# The one task runner. `make run` and `make test` work on a fresh clone: they create .venv,
# install Brastöd and its test tools into it, check that Qt can start, then run.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
UI     := $(wildcard ui/*.ui)
FORMS  := $(patsubst ui/%.ui,brastod/gui/forms/ui_%.py,$(UI))

.PHONY: run test bench forms build smoke clean
DIST   := dist

run: $(STAMP)
	@$(BIN)/python -m brastod.gui.qtcheck --display
	$(BIN)/brastod $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/run.py

# The one-folder bundle (PyInstaller) in dist/, and its smoke test: --version, the command line
# on a new example database, then the window offscreen opening every tab.
build: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath $(DIST) --workpath build build.spec

smoke: build
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/smoke.py $(DIST)

# Regenerate the Python forms from the Qt Designer sources (tests check they are current).
forms: $(STAMP) $(FORMS)

brastod/gui/forms/ui_%.py: ui/%.ui
	$(BIN)/pyside6-uic --from-imports $< -o $@

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Brastöd behöver Python 3.11 eller senare (hittade: $$($(PYTHON) --version))."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
		{ echo "Kunde inte skapa .venv. På Debian/Ubuntu: sudo apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@$(BIN)/python -m brastod.gui.qtcheck
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info
