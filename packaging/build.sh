#!/usr/bin/env bash
# Build the one-folder bundle from a fresh clone:
#
#     bash packaging/build.sh            -> dist/tumorboard/   (run dist/tumorboard/tumorboard)
#
# Uses the project's virtual environment (.venv); creates it and installs the
# project with its `package` extra (PyInstaller) when it is missing. Override
# the interpreter for a new venv with PYTHON=python3.11. Takes a few minutes.
# Then: bash packaging/smoke.sh dist/tumorboard   (smoke-run the built program)
#       bash packaging/linux/make-tarball.sh      (dist/tumorboard-VERSION-linux-x86_64.tar.gz)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${TUMORBOARD_VENV:-$ROOT/.venv}"

if [ ! -x "$VENV/bin/python" ]; then
    echo "build.sh: creating $VENV"
    "${PYTHON:-python3}" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
fi
if ! "$VENV/bin/python" -c "import PyInstaller, tumorboard" 2>/dev/null; then
    echo "build.sh: installing the project with its package extra"
    "$VENV/bin/python" -m pip install --quiet -e ".[package]"
fi

# The spec strips debug symbols on Linux (20 MB): PyInstaller calls binutils' strip.
if [ "$(uname -s)" = Linux ] && ! command -v strip >/dev/null; then
    echo "build.sh: 'strip' not found (Debian/Ubuntu: apt-get install binutils)" >&2
    exit 1
fi

start=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/tumorboard.spec"
echo "build.sh: built $ROOT/dist/tumorboard in $(( $(date +%s) - start )) s," \
     "$(du -sm "$ROOT/dist/tumorboard" | cut -f1) MB"
