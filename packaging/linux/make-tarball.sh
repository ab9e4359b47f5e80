#!/usr/bin/env bash
# Turn the built bundle into a versioned tarball for Linux workstations:
#
#     bash packaging/linux/make-tarball.sh [DIST_DIR] [OUT_DIR]
#         -> OUT_DIR/tumorboard-VERSION-linux-x86_64.tar.gz   (defaults: dist/tumorboard, dist)
#
# The version is what the bundled program reports (`tumorboard --version`), so the name
# cannot disagree with the contents. Inside: tumorboard-VERSION/ with the program, the
# desktop entry and icons under share/, and install-desktop-entry.sh for the user's menu.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DIST="$(cd "${1:-$ROOT/dist/tumorboard}" && pwd)"
OUT="${2:-$ROOT/dist}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

VERSION="$(env -u PYTHONPATH QT_QPA_PLATFORM=offscreen "$DIST/tumorboard" --version | sed -n '1s/^tumorboard //p')"
[[ "$VERSION" =~ ^[0-9][0-9A-Za-z.+-]*$ ]] || { echo "make-tarball: cannot read the version from $DIST/tumorboard" >&2; exit 1; }
NAME="tumorboard-$VERSION"
TARBALL="$OUT/$NAME-linux-$(uname -m).tar.gz"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -a "$DIST" "$STAGE/$NAME"
install -Dm644 "$HERE/tumorboard.desktop" "$STAGE/$NAME/share/applications/tumorboard.desktop"
for png in "$HERE"/icons/tumorboard-*.png; do
    size="${png##*-}"; size="${size%.png}"
    install -Dm644 "$png" "$STAGE/$NAME/share/icons/hicolor/${size}x${size}/apps/tumorboard.png"
done
install -Dm644 "$HERE/icons/tumorboard.svg" "$STAGE/$NAME/share/icons/hicolor/scalable/apps/tumorboard.svg"
install -Dm755 "$HERE/install-desktop-entry.sh" "$STAGE/$NAME/install-desktop-entry.sh"

# Reproducible: fixed owner, order and times, no gzip timestamp.
tar --create --directory "$STAGE" --sort=name --owner=0 --group=0 --numeric-owner \
    --mtime="@${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 0)}" "$NAME" \
    | gzip -n -6 >"$TARBALL.part"
mv "$TARBALL.part" "$TARBALL"
echo "make-tarball: $TARBALL ($(du -m "$TARBALL" | cut -f1) MB)"
