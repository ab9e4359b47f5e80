# Alembic loads env.py, script.py.mako and versions/*.py from the migrations folder by file path,
# so they ship as files (not only as bytecode in the archive); their imports are hidden imports.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("tumorboard.store.migrations", include_py_files=True)
hiddenimports = collect_submodules("alembic", filter=lambda name: not name.startswith("alembic.testing"))
hiddenimports += ["mako.template", "sqlmodel", "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql.psycopg"]
