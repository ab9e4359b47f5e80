"""Render packaging/icons/tumorboard.svg into the PNG sizes of the Linux desktop entry and
the Windows .ico (run after editing the SVG; the outputs are committed, so builds need no SVG tools).

    .venv/bin/python packaging/icons/make_icons.py
"""

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
PACKAGING = HERE.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it to paint
    renderer = QSvgRenderer(str(HERE / "tumorboard.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG does not parse", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    linux = PACKAGING / "linux" / "icons"
    linux.mkdir(parents=True, exist_ok=True)
    for size, image in images.items():
        image.save(linux / f"tumorboard-{size}.png")
    (linux / "tumorboard.svg").write_bytes((HERE / "tumorboard.svg").read_bytes())
    images[256].save(PACKAGING / "windows" / "tumorboard.ico", sizes=[(s, s) for s in SIZES])
    print(f"make_icons: {len(SIZES)} PNG sizes in {linux}, tumorboard.ico in {PACKAGING / 'windows'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
