"""Where things live: the bundled resources and the user's data and log folders."""
import sys
from pathlib import Path

_APP = "Brastod"


def resource_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def user_data_dir() -> Path:
    import platformdirs     # 5 ms, not on the way to the window's first paint
    return Path(platformdirs.user_data_dir(_APP, appauthor=False))


def user_log_dir() -> Path:
    import platformdirs
    return Path(platformdirs.user_log_dir(_APP, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "brastod.sqlite3"
