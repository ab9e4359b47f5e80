#!/usr/bin/env bash
# Smoke-run a built bundle the way a hospital workstation meets it: copied away from the
# source tree, no Python environment, no display (Qt offscreen), a fresh user profile.
#
#     bash packaging/smoke.sh dist/tumorboard
#
# Runs: --version (program, rule set, schema); evaluate on a worked case (and an invalid
# one); demo into a new SQLite file (migrations); the same on PostgreSQL when
# SMOKE_POSTGRES_URL or TUMORBOARD_TEST_POSTGRES_URL names a server (.../postgres);
# report handout per meeting (PDF with the embedded CJK font), minutes, case summary,
# schedule and the iCalendar export; a referral list (GB18030 CSV) imported and a case exported
# and imported as FHIR; gui --demo --screenshot
# (one PNG per view); first run on an X server (xvfb-run): the welcome dialog appears.
# Any failure, any traceback, any missing resource: non-zero exit
# and the step's output printed.
# SMOKE_KEEP=DIR keeps the screenshots, PDFs and outputs there (CI artifacts, a look by eye).
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DIST="${1:?usage: smoke.sh DIST_DIR   (e.g. dist/tumorboard)}"
DIST="$(cd "$DIST" && pwd)" || exit 2
[ -x "$DIST/tumorboard" ] || { echo "smoke: no executable $DIST/tumorboard" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/tumorboard-smoke.XXXXXX")"
keep() {
    if [ -n "${SMOKE_KEEP:-}" ]; then
        mkdir -p "$SMOKE_KEEP" && cp -r "$WORK"/out "$WORK"/*.pdf "$WORK"/screenshots "$SMOKE_KEEP"/ 2>/dev/null
    fi
    rm -rf "$WORK"
}
trap keep EXIT
# A copy, so nothing beside the original dist folder (the checkout) can be found.
cp -a "$DIST" "$WORK/bundle"
cp "$HERE"/smoke/*.json "$HERE"/smoke/*.csv "$HERE/smoke/check_evaluate.py" "$WORK/"
mkdir -p "$WORK/home" "$WORK/out"
cd "$WORK"

# A PostgreSQL server for the server-mode step (CI exports one); read before the clean-up below.
PG_SERVER="${SMOKE_POSTGRES_URL:-${TUMORBOARD_TEST_POSTGRES_URL:-}}"

# A fresh profile and no trace of the development environment.
unset PYTHONPATH PYTHONHOME PYTHONSTARTUP VIRTUAL_ENV TUMORBOARD_DATABASE_URL TUMORBOARD_LOG_DIR \
      XDG_DATA_HOME XDG_CONFIG_HOME XDG_STATE_HOME XDG_CACHE_HOME
export HOME="$WORK/home" PATH="/usr/bin:/bin" QT_QPA_PLATFORM=offscreen TUMORBOARD_NO_CRASH_DIALOG=1
TB="$WORK/bundle/tumorboard"
DB="$WORK/smoke.sqlite"
FAILED=()
PASSED=()

fail() { FAILED+=("$1: $2"); echo "FAIL $1: $2"; }
pass() { PASSED+=("$1"); echo "ok   $1"; }

# run NAME EXPECTED_RC ARGS...: the program's output goes to out/NAME.{out,err}
run() {
    local name="$1" want="$2"; shift 2
    "$TB" "$@" >"out/$name.out" 2>"out/$name.err"
    local rc=$?
    if [ "$rc" != "$want" ]; then
        fail "$name" "exit $rc (want $want): tumorboard $*"
        sed -n '1,40p' "out/$name.out" "out/$name.err" | sed 's/^/    /'
        return 1
    fi
    if grep -q "Traceback" "out/$name.err" "out/$name.out"; then
        fail "$name" "a traceback was printed"
        sed 's/^/    /' "out/$name.err"
        return 1
    fi
    # A healthy run logs no warnings (e.g. "font ... could not be registered": a missing resource).
    if grep -Eq '^[0-9-]+ [0-9:,]+ (WARNING|ERROR|CRITICAL) ' "out/$name.err"; then
        fail "$name" "warnings were logged"
        grep -E '^[0-9-]+ [0-9:,]+ (WARNING|ERROR|CRITICAL) ' "out/$name.err" | head -20 | sed 's/^/    /'
        return 1
    fi
    return 0
}

have_python=false
command -v python3 >/dev/null && have_python=true

# 1. Versions: the rule set and schema lines prove the parameters and migrations loaded.
if run version 0 --version; then
    missing=""
    for word in "tumorboard [0-9]" "rule set" "database schema"; do
        grep -q "$word" out/version.out || missing="$missing '$word'"
    done
    [ -z "$missing" ] && pass version || fail version "--version lacks$missing: $(tr '\n' '|' <out/version.out)"
fi

# 2. The engine on a worked case (parameters, rules, source excerpts) and on an invalid one.
if run evaluate 0 evaluate synchronous_resectable_colorectal.case.json --json; then
    if $have_python; then
        # System python, isolated: it reads JSON, it cannot import the program.
        if python3 -I check_evaluate.py out/evaluate.out synchronous_resectable_colorectal.expect.json \
                "$WORK/bundle/_internal/tumorboard_resources/sources" >out/evaluate.check 2>&1; then pass evaluate; else fail evaluate "$(cat out/evaluate.check)"; fi
    elif grep -q '"hepatectomy"' out/evaluate.out && grep -q '"excerpt"' out/evaluate.out; then
        pass evaluate
    else
        fail evaluate "no hepatectomy option with excerpts in the output"
    fi
fi
run evaluate-text 0 evaluate synchronous_resectable_colorectal.case.json && pass evaluate-text
if run evaluate-invalid 2 evaluate invalid_ecog.case.json; then
    cat out/evaluate-invalid.err out/evaluate-invalid.out | grep -qi "ecog" && pass evaluate-invalid \
        || fail evaluate-invalid "the error does not name the field ecog"
fi

# 3. A new database (Alembic migrations from the bundle) filled with demo data.
if run demo 0 --db "$DB" demo --cases 50; then
    [ -s "$DB" ] && pass demo || fail demo "no database file at $DB"
fi

# 3b. Server mode: the bundled psycopg and libpq against a real PostgreSQL (when one is given).
if [ -n "$PG_SERVER" ]; then
    admin="${PG_SERVER/+psycopg/}"
    dbname="tb_smoke_$$_$RANDOM"
    if ! command -v psql >/dev/null; then
        fail postgres "psql is needed to create the smoke database on $admin"
    elif psql "$admin" -qc "CREATE DATABASE $dbname" >out/postgres-create.txt 2>&1; then
        export TUMORBOARD_DATABASE_URL="${PG_SERVER%/*}/$dbname"
        run postgres 0 demo --cases 20 && run postgres-list 0 cases list --json \
            && { grep -q '"id"' out/postgres-list.out && pass postgres || fail postgres "no cases listed"; }
        unset TUMORBOARD_DATABASE_URL
        psql "$admin" -qc "DROP DATABASE $dbname WITH (FORCE)" >/dev/null 2>&1
    else
        fail postgres "cannot create a database: $(cat out/postgres-create.txt)"
    fi
fi

# 4. Handouts: every meeting's PDF embeds its fonts; the CJK font appears in at least one.
if run meetings 0 --db "$DB" meetings list --json; then
    ids=$(grep -o '"id": *[0-9]*' out/meetings.out | grep -o '[0-9]*$' | head -n 8)
    [ -n "$ids" ] || fail meetings "no meeting ids in: $(head -c 300 out/meetings.out)"
    cjk=0
    for id in $ids; do
        pdf="$WORK/handout-$id.pdf"
        run "handout-$id" 0 --db "$DB" report handout --meeting "$id" -o "$pdf" || continue
        if [ "$(head -c 4 "$pdf")" != "%PDF" ]; then fail "handout-$id" "not a PDF"; continue; fi
        if command -v pdffonts >/dev/null; then
            pdffonts "$pdf" >"out/fonts-$id.txt" 2>&1
            # every font embedded (column 'emb' = yes): a handout must print the same anywhere
            if awk 'NR>2 && $(NF-4)!="yes"' "out/fonts-$id.txt" | grep -q .; then
                fail "handout-$id" "a font is not embedded: $(cat "out/fonts-$id.txt")"; continue
            fi
            grep -q "DroidSansFallback" "out/fonts-$id.txt" && cjk=$((cjk + 1))
        else
            strings "$pdf" | grep -q "FontFile2" || { fail "handout-$id" "no embedded TrueType font"; continue; }
            strings "$pdf" | grep -q "DroidSansFallback" && cjk=$((cjk + 1))
        fi
        pass "handout-$id"
    done
    [ -n "$ids" ] && { [ "$cjk" -gt 0 ] && pass "handout-cjk-font" \
        || fail handout-cjk-font "no handout embeds DroidSansFallbackFull (Chinese names would not print)"; }
fi

# 4b. The other documents and the calendar export for one meeting and one case in follow-up.
if run cases 0 --db "$DB" cases list --status follow_up --json; then
    case_id=$(grep -o '"id": *[0-9]*' out/cases.out | grep -o '[0-9]*$' | head -n 1)
    meeting_id=$(grep -o '"id": *[0-9]*' out/meetings.out 2>/dev/null | grep -o '[0-9]*$' | head -n 1)
    if [ -z "$case_id" ] || [ -z "$meeting_id" ]; then
        fail documents "no case in follow-up or no meeting in the demo database"
    else
        ok=1
        for doc in "minutes --meeting $meeting_id" "case --case $case_id" "schedule --case $case_id"; do
            set -- $doc
            out="$WORK/$1.pdf"
            run "report-$1" 0 --db "$DB" report "$@" -o "$out" || { ok=0; continue; }
            [ "$(head -c 4 "$out")" = "%PDF" ] || { fail "report-$1" "not a PDF"; ok=0; }
        done
        if run export-ics 0 --db "$DB" export ics --case "$case_id" -o "$WORK/followups.ics"; then
            grep -q "BEGIN:VEVENT" "$WORK/followups.ics" || { fail export-ics "no events in the calendar file"; ok=0; }
        else
            ok=0
        fi
        [ "$ok" = 1 ] && pass "minutes, case summary, schedule, ics"
    fi
fi

# 4c. Exchange with the hospital's systems: a referral list (GB18030 CSV) imported, a case exported as
#     FHIR (fhir.resources' R4B models from the bundle) and imported into a new database.
if run import-referrals 0 --db "$DB" import referrals referrals-gb18030.csv; then
    grep -q "2 new" out/import-referrals.out && pass "import referrals" \
        || fail import-referrals "the two rows were not imported"
fi
if [ -n "${case_id:-}" ] && run export-fhir 0 --db "$DB" export fhir --case "$case_id" -o "$WORK/case.json"; then
    if run init-fhir 0 --db "$WORK/fhir.sqlite" init && run import-fhir 0 --db "$WORK/fhir.sqlite" import fhir "$WORK/case.json"; then
        grep -q "1 case(s) imported" out/import-fhir.out && pass "export and import fhir" \
            || fail import-fhir "the exported case was not imported"
    fi
fi

# 5. The window: every main view saved as a PNG.
SHOTS="$WORK/screenshots"
if run gui 0 gui --demo --demo-cases 40 --screenshot "$SHOTS"; then
    count=0
    for png in "$SHOTS"/*.png; do
        [ -e "$png" ] || continue
        if [ "$(head -c 4 "$png" | tail -c 3)" != "PNG" ] || [ "$(stat -c %s "$png")" -lt 2000 ]; then
            fail gui "not a real screenshot: $(basename "$png")"; continue
        fi
        count=$((count + 1))
    done
    views_missing=""
    for view in ${SMOKE_VIEWS:-cases case-editor meeting-agenda review follow-ups settings}; do
        ls "$SHOTS" 2>/dev/null | grep -qi "$view" || views_missing="$views_missing $view"
    done
    if [ "$count" -lt 6 ] || [ -n "$views_missing" ]; then
        fail gui "$count screenshots ($(ls "$SHOTS" 2>/dev/null | tr '\n' ' ')); views missing:$views_missing"
    else
        pass "gui ($count views)"
    fi
fi

# 6. First run on a real X server (the desktop's xcb plugin and its libraries, not offscreen):
#    a fresh profile has no database, so the welcome dialog must appear.
if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
    mkdir -p "$WORK/home-first-run"
    HOME="$WORK/home-first-run" QT_QPA_PLATFORM=xcb TB="$TB" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$TB" gui >"out/first-run.out" 2>&1 & pid=$!
        for _ in $(seq 150); do
            xwininfo -root -tree | grep -q "\"Welcome to Tumorboard\"" && { kill $pid; exit 0; }
            kill -0 $pid 2>/dev/null || exit 3
            sleep 0.2
        done
        kill $pid; exit 4' >/dev/null 2>&1
    case $? in
        0) pass "first-run welcome (xcb)" ;;
        3) fail first-run "the program exited before its welcome dialog: $(tail -c 1500 out/first-run.out)" ;;
        *) fail first-run "no welcome dialog within 30 s: $(tail -c 1500 out/first-run.out)" ;;
    esac
else
    echo "skip first-run: needs xvfb-run and xwininfo (Debian: xvfb x11-utils)"
fi

# 7. The log went to the user's log folder and holds no traceback.
LOG="$(find "$HOME" -name tumorboard.log 2>/dev/null | head -n 1)"
if [ -z "$LOG" ]; then
    fail log "no tumorboard.log under the fresh profile"
elif grep -q "Traceback" "$LOG"; then
    fail log "tracebacks in $LOG"; grep -B2 -A20 "Traceback" "$LOG" | head -60 | sed 's/^/    /'
else
    pass "log (${LOG#"$HOME"/})"
fi

echo
echo "smoke: ${#PASSED[@]} passed, ${#FAILED[@]} failed"
for f in "${FAILED[@]}"; do echo "  FAILED $f"; done
[ "${#FAILED[@]}" -eq 0 ]
