#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The document archive streamed (issue #17 item 4): the memory `petaksd check` (opening the demo) and
# `petaksd check --documents` (hashing every scan) use with a scan of SCAN_MB (default 15) attached, against the
# demo without it; and the same for a 200 MB scan. Scans stay in the .ksd and are read on demand in 1 MB chunks,
# so neither the opening nor the check should grow by the scan's size. A benchmark, not a test:
# tests/test_archive_streaming.cpp checks the behaviour.
#
#   bash bench/bench_archive.sh [BUILD] [SCAN_MB] [RUNS]
#
# Needs GNU time (/usr/bin/time). Prints the median of RUNS runs (default 5) of the maximum resident set size.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
SCAN_MB="${2:-15}"
RUNS="${3:-5}"
PETAKSD="$BUILD/app/petaksd"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen

median_rss() { # median max RSS in KB of RUNS runs of "$@"; PREPARE (if set) runs before each
    local values=()
    for _ in $(seq "$RUNS"); do
        [ -n "${PREPARE:-}" ] && eval "$PREPARE"
        values+=("$(/usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident/ {print $6}')")
    done
    printf '%s\n' "${values[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

"$PETAKSD" demo "$WORK/plain.ksd" >/dev/null
NUMBER=$(sqlite3 -readonly "$WORK/plain.ksd" "SELECT json_extract(parties, '\$[0].number') FROM agreement WHERE json_extract(parties, '\$[0].number') <> '' LIMIT 1" 2>/dev/null || true)
if [ -z "$NUMBER" ]; then
    NUMBER=$(python3 -c "import sqlite3,json,sys; c=sqlite3.connect(sys.argv[1]); print(next(p['number'] for (j,) in c.execute('SELECT parties FROM agreement') for p in json.loads(j) if p.get('number')))" "$WORK/plain.ksd")
fi
for MB in "$SCAN_MB" 200; do
    head -c $((MB * 1024 * 1024)) /dev/urandom >"$WORK/scan-$MB.pdf"
    cp "$WORK/plain.ksd" "$WORK/scan-$MB.ksd"
    "$PETAKSD" attach "$WORK/scan-$MB.ksd" --agreement "$NUMBER" "$WORK/scan-$MB.pdf" --version final >/dev/null
done

echo "max RSS, median of $RUNS runs (KB):"
printf '  %-40s %s\n' "check demo" "$(median_rss "$PETAKSD" check "$WORK/plain.ksd")"
for MB in "$SCAN_MB" 200; do
    printf '  %-40s %s\n' "check demo + ${MB} MB scan" "$(median_rss "$PETAKSD" check "$WORK/scan-$MB.ksd")"
    printf '  %-40s %s\n' "check --documents demo + ${MB} MB scan" "$(median_rss "$PETAKSD" check "$WORK/scan-$MB.ksd" --documents)"
    printf '  %-40s %s\n' "attach ${MB} MB scan" \
        "$(PREPARE='cp "$WORK/plain.ksd" "$WORK/again.ksd"' median_rss "$PETAKSD" attach "$WORK/again.ksd" --agreement "$NUMBER" "$WORK/scan-$MB.pdf")"
done
