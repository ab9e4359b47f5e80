# Replaces PyInstaller's PySide6 run-time hook, which imports PySide6.QtCore at every start:
# 100+ ms of Qt and ICU loading even for `tumorboard --version` or `evaluate`, which never use Qt.
# Same settings, but the embedded qt.conf (Qt's prefix inside the bundle) is registered when
# the program first imports QtCore, right after the import, as the original hook would have.


def _tumorboard_qt_rthook():
    import importlib.abc
    import importlib.machinery
    import os
    import sys

    from _pyi_rth_utils import qt as qt_rth_utils

    windows = sys.platform.startswith("win")
    qt_path = os.path.join(sys._MEIPASS, "PySide6") if windows else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if windows:  # Qt finds DLLs collected at the top of the bundle (OpenSSL and the like)
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")

    class QtConfOnFirstImport(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is None or spec.loader is None:
                return spec
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, QtConfOnFirstImport())


_tumorboard_qt_rthook()
del _tumorboard_qt_rthook
