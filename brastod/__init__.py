"""Brastöd – lägesbild, åtgärdsplan och möten för kommunens trygghetssamordnare."""

APP_NAME = "Brastöd"
# The one place for the version: pyproject.toml reads it from here (and so does build.spec).
__version__ = "0.1.0"
