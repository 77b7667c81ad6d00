"""Can Qt start on this machine? Run by the Makefile so a fresh machine gets a clear answer.

``python -m brastod.gui.qtcheck`` checks that the Qt libraries load; ``--display`` also checks
that there is a screen to show the window on.
"""
import os
import sys

_DEBIAN_LIBS = ("libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 "
                "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0")


def main(argv: list[str]) -> int:
    try:
        from PySide6 import QtWidgets  # noqa: F401  (the import is the check)
    except ImportError as error:
        print(f"Qt kan inte starta: {error}\n"
              f"På Debian/Ubuntu installeras det som saknas med:\n"
              f"  sudo apt-get install -y {_DEBIAN_LIBS}", file=sys.stderr)
        return 1
    needs_display = "--display" in argv and sys.platform.startswith("linux")
    if needs_display and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                              or os.environ.get("QT_QPA_PLATFORM")):
        print("Ingen skärm hittades (DISPLAY saknas). Starta Brastöd från skrivbordet, eller på "
              "en server utan skärm:\n  sudo apt-get install -y xvfb && xvfb-run -a make run",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
