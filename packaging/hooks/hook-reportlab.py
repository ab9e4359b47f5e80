# reportlab's own font folder (standard Type-1 metrics fallbacks, Vera) besides the fonts in tumorboard_resources.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("reportlab", subdir="fonts")
