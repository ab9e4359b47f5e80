#!/usr/bin/env bash
# Add Tumorboard to the desktop menu of the current user (no root needed), pointing at
# this unpacked folder. Run it again after moving the folder. Remove with --uninstall.
# The database is not touched either way: it lives in ~/.local/share/Tumorboard.
#
#     ./install-desktop-entry.sh            # or: ./install-desktop-entry.sh --uninstall
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$APPS/tumorboard.desktop"
    [ -d "$ICONS" ] && find "$ICONS" \( -name tumorboard.png -o -name tumorboard.svg \) -delete
    echo "Tumorboard removed from the menu (the program folder and your data are untouched)."
    exit 0
fi

mkdir -p "$APPS" "$ICONS"
sed "s|^Exec=tumorboard|Exec=\"$HERE/tumorboard\"|" "$HERE/share/applications/tumorboard.desktop" \
    >"$APPS/tumorboard.desktop"
cp -r "$HERE/share/icons/hicolor/." "$ICONS/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" || true
echo "Tumorboard added to the menu: $APPS/tumorboard.desktop -> $HERE/tumorboard"
