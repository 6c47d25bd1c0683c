#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A merge log of ROWS rows (default 1,000,000): how long opening, saving and merging such a project take, and how
# much memory they use (issue 14; it was 47 s and 536 MB to open before the log's older rows stayed on disk).
# A benchmark, not a test: tests/test_hostile.cpp checks the behaviour (newest rows in memory, the rest on demand).
#
#   bash bench/bench_mergelog.sh [BUILD] [ROWS]
#
# Needs python3 (its sqlite3 module writes the rows) and GNU time (/usr/bin/time).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
ROWS="${2:-1000000}"
PETAKSD="$BUILD/app/petaksd"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen

"$PETAKSD" demo "$WORK/log.ksd" >/dev/null
"$PETAKSD" send "$WORK/log.ksd" --to "Dinas Uji" -o "$WORK/salinan.ksd" >/dev/null
python3 - "$WORK/log.ksd" "$ROWS" <<'EOF'
import sqlite3, sys, uuid, random
path, rows = sys.argv[1], int(sys.argv[2])
rng = random.Random(1)
c = sqlite3.connect(path)
detail = ('"Isian %d" — diubah; kolom: Judul; nilai: Judul: di proyek ini "Isian lama nomor %d", '
          'di salinan "Isian baru nomor %d" [versi: 2024-03-01T08:%02d:%02d.%03dZ]')
c.execute("BEGIN")
batch = []
for i in range(rows):
    batch.append((i + 1, "2024-03-02T09:00:00.000Z", "Dinas %d" % (i % 30), "salinan-%d.ksd" % (i % 30), "entry",
                  str(uuid.UUID(int=rng.getrandbits(128))), "changed",
                  detail % (i, i, i, i // 60000 % 60, i // 1000 % 60, i % 1000)))
    if len(batch) == 50000:
        c.executemany("INSERT INTO merge_log VALUES (?,?,?,?,?,?,?,?)", batch)
        batch = []
c.executemany("INSERT INTO merge_log VALUES (?,?,?,?,?,?,?,?)", batch)
c.commit()
EOF
echo "merge_log of $ROWS rows, file $(du -h "$WORK/log.ksd" | cut -f1)"
measure() {
  local label="$1"
  shift
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err"; exit 1; }
  read -r wall rss user sys <"$WORK/time"
  printf '  %-44s %7.2f s wall  %6.2f s CPU  %6d MB max RSS\n' "$label" "$wall" "$(awk "BEGIN{print $user + $sys}")" $((rss / 1024))
}
measure "open (petaksd check)" "$PETAKSD" check "$WORK/log.ksd"
"$PETAKSD" export "$WORK/log.ksd" --entries -o "$WORK/isian.csv" >/dev/null
head -3 "$WORK/isian.csv" >"$WORK/dua.csv"
measure "open, import 2 rows, save (petaksd import)" "$PETAKSD" import "$WORK/log.ksd" --entries "$WORK/dua.csv"
measure "open, merge a copy, save (petaksd merge)" "$PETAKSD" merge "$WORK/log.ksd" "$WORK/salinan.ksd" --prefer theirs
measure "open again (petaksd check)" "$PETAKSD" check "$WORK/log.ksd"
