"""Brastöd – lägesbild, åtgärdsplan och möten för kommunens trygghetssamordnare."""
from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Brastöd"

try:
    __version__ = version("brastod")
except PackageNotFoundError:  # running from a PyInstaller bundle or a bare checkout
    __version__ = "0.1.0"
