# Fonts, source texts, rule catalogue and parameters, icons, translations:
# everything under resources/ (the package `tumorboard_resources`), found at run time via importlib.resources.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("tumorboard_resources")
