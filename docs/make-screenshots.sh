#!/usr/bin/env bash
# Regenerate the README's pictures in docs/screenshots/ from demo data (invented patients):
#   bash docs/make-screenshots.sh
# 1. the main views of the program:    tumorboard gui --demo --screenshot DIR (three are kept)
# 2. page 2 of a meeting handout:      tumorboard report handout ... | pdftoppm
# Needs the README's set-up (xvfb and poppler-utils are in packaging/debian-packages.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
tb=.venv/bin/tumorboard
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# every view is saved; the README shows three of them (kept small in the repository)
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  xvfb-run -a -s '-screen 0 1440x900x24' "$tb" gui --demo --screenshot "$tmp/views"
else
  "$tb" gui --demo --screenshot "$tmp/views"
fi
cp "$tmp/views/case-editor.png" "$tmp/views/review.png" "$tmp/views/cases.png" "$out/"
"$tb" --db "$tmp/demo.sqlite" demo --cases 300 --seed 7 >/dev/null 2>&1
# the upcoming meeting with the longest agenda, as the program's own screenshots pick it
meeting=$("$tb" --db "$tmp/demo.sqlite" meetings list --json | .venv/bin/python -c '
import json, sys
rows = [m for m in json.load(sys.stdin) if m["status"] != "finalised" and m["item_count"]]
print(max(rows, key=lambda m: (m["item_count"], m["meeting_date"]))["id"])')
"$tb" --db "$tmp/demo.sqlite" report handout --meeting "$meeting" -o "$tmp/handout.pdf" >/dev/null
pdftoppm -png -r 80 -f 2 -l 2 -singlefile "$tmp/handout.pdf" "$out/handout-page"
ls -l "$out"
