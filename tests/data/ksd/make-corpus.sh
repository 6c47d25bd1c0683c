#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Rebuilds the bad-file corpus from a fresh valid project. Run from anywhere after a build:
#   bash tests/data/ksd/make-corpus.sh build/app/petaksd
# The files are committed; tests only read them. old/v1.ksd and old/v2.ksd come from `test_store "[.regen]"`.
set -euo pipefail
bin=$(realpath "${1:-build/app/petaksd}")
cd "$(dirname "$0")"
rm -rf not-a-database corrupt foreign future hostile current
mkdir -p not-a-database corrupt foreign future hostile current old

entry_row() { # id kind modified
  echo "INSERT INTO entry VALUES('$1','2024-01-01T00:00:00.000Z','$3','Bappeda',0,'$2','63.03','2.11','','Isian','',NULL,'',3,'ya','belum_diketahui','belum_diketahui','','ya','','Bappeda',2024,'');"
}
valid() { # path: a valid current-version project with 300 entries (several pages)
  rm -f "$1"
  "$bin" new "$1" --region 63.03 --title "Korpus uji" --year 2024 >/dev/null
  { echo "BEGIN;"; for i in $(seq 1 120); do entry_row "00000000-0000-4000-8000-$(printf '%012d' "$i")" kebutuhan '2024-01-02T00:00:00.000Z'; done; echo "COMMIT;"; } | sqlite3 "$1"
}

valid current/valid.ksd

printf 'Ini hanya teks biasa, bukan proyek.\n' > not-a-database/text.ksd
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0' > not-a-database/png-image.ksd
: > not-a-database/empty.ksd

size=$(stat -c %s current/valid.ksd)
head -c $((size / 2)) current/valid.ksd > corrupt/truncated.ksd
head -c 100 current/valid.ksd > corrupt/header-only.ksd
cp current/valid.ksd corrupt/garbled-pages.ksd
# Overwrite the middle of the entry table's pages with a fixed pattern.
python3 - corrupt/garbled-pages.ksd <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, 'rb').read())
for off in range(4096 * 2 + 8, min(len(b), 4096 * 6), 7):
    b[off] = (off * 31) & 0xFF
open(p, 'wb').write(bytes(b))
PY

sqlite3 foreign/other-app.ksd "PRAGMA application_id=1196444487; CREATE TABLE gpkg_contents(table_name TEXT); INSERT INTO gpkg_contents VALUES('jalan');"
sqlite3 foreign/plain-sqlite.ksd "CREATE TABLE catatan(teks TEXT); INSERT INTO catatan VALUES('halo');"

cp current/valid.ksd future/v99.ksd
sqlite3 future/v99.ksd "PRAGMA user_version=99;"

cp current/valid.ksd hostile/trigger.ksd
sqlite3 hostile/trigger.ksd "CREATE TRIGGER tulis AFTER UPDATE ON meta BEGIN INSERT INTO setting VALUES(hex(randomblob(8)), 'x'); END;"
cp current/valid.ksd hostile/view-shadowing-table.ksd
sqlite3 hostile/view-shadowing-table.ksd "DROP TABLE setting; CREATE VIEW setting AS SELECT load_extension('/tmp/petaksd-evil') AS key, 'x' AS value;"

cols_sql=$(sqlite3 current/valid.ksd "SELECT sql FROM sqlite_schema WHERE name='entry'")
cp current/valid.ksd hostile/wrong-column-types.ksd
sqlite3 hostile/wrong-column-types.ksd "DROP TABLE entry; ${cols_sql/priority INTEGER/priority TEXT};"
cp current/valid.ksd hostile/not-strict.ksd
sqlite3 hostile/not-strict.ksd "DROP TABLE entry; ${cols_sql% STRICT};"
cp current/valid.ksd hostile/extra-table.ksd
sqlite3 hostile/extra-table.ksd "CREATE TABLE muatan(x BLOB);"
cp current/valid.ksd hostile/missing-table.ksd
sqlite3 hostile/missing-table.ksd "DROP TABLE monev;"
cp current/valid.ksd hostile/bad-enum-value.ksd
entry_row 10000000-0000-4000-8000-000000000001 bukan_jenis '2024-01-02T00:00:00.000Z' | sqlite3 hostile/bad-enum-value.ksd
cp current/valid.ksd hostile/bad-date.ksd
entry_row 10000000-0000-4000-8000-000000000002 potensi 'kemarin sore' | sqlite3 hostile/bad-date.ksd
echo "corpus written to $(pwd)"
