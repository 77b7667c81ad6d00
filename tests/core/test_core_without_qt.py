"""brastod.core must work where PySide6 cannot even be imported (Anki's pylib rule)."""
import subprocess
import sys
import textwrap


def test_core_imports_and_works_without_pyside6(tmp_path):
    script = textwrap.dedent(f"""
        import importlib, pkgutil, sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith("PySide6."):
                    raise ImportError("PySide6 är avstängt i det här testet")
        sys.meta_path.insert(0, NoQt())
        import brastod.core
        for module in pkgutil.walk_packages(brastod.core.__path__, "brastod.core."):
            importlib.import_module(module.name)
        from brastod.core.demo import load_demo
        from brastod.core.services.stats import counts
        db = load_demo(r"{tmp_path / 'demo.sqlite3'}")
        print(counts(db)["incidents"])
        assert not any(name.startswith("PySide6") for name in sys.modules)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) > 2000
