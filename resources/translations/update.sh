#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates petaksd_id.ts and petaksd_en.ts from the sources, then fills them (fill-id.py: Indonesian sources
# as their own translation; --apply-en: English from en.tsv). Runs lupdate on the project file CMake writes, with
# the include paths narrowed to the project's own folders: the CMake target update_translations lets lupdate
# parse every system header (all of Boost) and takes a quarter of an hour; this takes a second.
#   bash resources/translations/update.sh [BUILD_DIR]     (default: build)
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
qtcmake=$(grep -m1 '^Qt6LinguistTools_DIR' "$build/CMakeCache.txt" | cut -d= -f2)
lupdate=/usr/lib/qt6/bin/lupdate
project=$(mktemp --suffix=.json)
trap 'rm -f "$project"' EXIT
(cd "$build/app" && cmake -DIN_FILE=.lupdate/petaksd_project.cmake -DOUT_FILE=.lupdate/petaksd_project.json \
  -P "$qtcmake/GenerateLUpdateProject.cmake" >/dev/null)
python3 - "$src" "$build/app/.lupdate/petaksd_project.json" "$project" <<'PY'
import json, sys
src, inp, out = sys.argv[1:]
def narrow(node):
    if isinstance(node, dict):
        if 'includePaths' in node:
            node['includePaths'] = [p for p in node['includePaths'] if p.startswith(src + '/')]
        for v in node.values():
            narrow(v)
    elif isinstance(node, list):
        for v in node:
            narrow(v)
data = json.load(open(inp))
narrow(data)
json.dump(data, open(out, 'w'))
PY
"$lupdate" -project "$project" -no-obsolete -locations none | tail -3
python3 "$src/resources/translations/fill-id.py"
python3 "$src/resources/translations/fill-id.py" --apply-en
