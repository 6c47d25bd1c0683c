#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmark of `petaksd report` (issues 6 and 16): the demo (one province) against 1 s and the national synthetic
# project (552 regions, 50,000 entries) against 5 s and 250 MB peak memory, each measured in the same run against
# `petaksd check` of the same file (opening and checking it: the floor any command pays), with the ratio. A
# benchmark, not a timed test: the figures depend on the machine and its load.
#
#   bench/bench_report.sh [--runs N] [--entries N] [--seed S] [--build DIR] [--lang id|en]
#
# --build DIR uses an existing build tree (its app/petaksd); without it a Release tree is built in build-bench/.
# Each project is written once (petaksd demo / petaksd synth), then reported and checked N times (N >= 5,
# alternating, so that a change of load hits both); the script prints the medians, minimum and maximum of the
# wall time, the user CPU time and peak resident memory (median, from /usr/bin/time), the page count, the ratio
# report / check and the targets.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD=""
RUNS=7
ENTRIES=50000
SEED=1
LANG_ARG=id
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --entries) ENTRIES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --build) BUILD="$2"; shift 2 ;;
    --lang) LANG_ARG="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "bench_report.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if [ -z "$BUILD" ]; then
  BUILD="$ROOT/build-bench"
  echo "== build ($BUILD, Release)"
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$BUILD" -j2 --target petaksd >/dev/null
fi
PETAKSD="$BUILD/app/petaksd"
[ -x "$PETAKSD" ] || { echo "bench_report.sh: $PETAKSD not found" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen

WORK="$(mktemp -d "${TMPDIR:-/tmp}/ksd-bench-report.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
"$PETAKSD" demo "$WORK/demo.ksd" >/dev/null
"$PETAKSD" synth "$WORK/national.ksd" --entries "$ENTRIES" --seed "$SEED" >/dev/null

[ "$RUNS" -ge 5 ] || { echo "bench_report.sh: --runs must be at least 5 (medians)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null 2>&1 || [ -x /usr/bin/time ] \
  || { echo "bench_report.sh: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

# median / min / max of the numbers on stdin
stats() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                             printf "%.3f %.3f %.3f", m, v[1], v[NR] }'; }

# One run of a command: "wall_s user_s peak_kb" (GNU time's elapsed, user and maximum resident set size).
measure() { { /usr/bin/time -f '%e %U %M' "$@" 2>&1 >/dev/null; } | tail -1; }

ROWS=()
bench() { # name project target_seconds target_mb
  local name="$1" project="$2" target="$3" target_mb="$4" out="$WORK/$1.pdf"
  local report=("$PETAKSD" report "$project" -o "$out" --lang "$LANG_ARG" --today 2024-06-13 --quiet)
  local check=("$PETAKSD" check "$project")
  echo "== $name: petaksd report and petaksd check $(basename "$project") ($RUNS runs each, alternating)"
  "${report[@]}" >/dev/null 2>&1 # warm-up (page cache, fonts)
  "${check[@]}" >/dev/null 2>&1
  : >"$WORK/$name.report"; : >"$WORK/$name.check"
  for _ in $(seq "$RUNS"); do
    measure "${report[@]}" >>"$WORK/$name.report"
    measure "${check[@]}" >>"$WORK/$name.check"
  done
  local pages
  pages="$(pdfinfo "$out" 2>/dev/null | awk '/^Pages:/ { print $2 }')"
  read -r med min max <<<"$(cut -d' ' -f1 "$WORK/$name.report" | stats)"
  read -r user _ _ <<<"$(cut -d' ' -f2 "$WORK/$name.report" | stats)"
  read -r peak _ _ <<<"$(cut -d' ' -f3 "$WORK/$name.report" | stats)"
  read -r cmed _ _ <<<"$(cut -d' ' -f1 "$WORK/$name.check" | stats)"
  read -r cpeak _ _ <<<"$(cut -d' ' -f3 "$WORK/$name.check" | stats)"
  local mb cmb ratio verdict
  mb="$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')"
  cmb="$(awk -v k="$cpeak" 'BEGIN { printf "%.0f", k / 1024 }')"
  ratio="$(awk -v r="$med" -v c="$cmed" 'BEGIN { printf "%.1f", (c > 0) ? r / c : 0 }')"
  verdict="$(awk -v m="$med" -v t="$target" -v mb="$mb" -v tm="$target_mb" \
               'BEGIN { print (m <= t && mb <= tm) ? "ok" : "OVER" }')"
  ROWS+=("$(printf '%-9s %5s %8s %6s %6s %7s %7s %8s %7s %6s %8s  %s' "$name" "${pages:-?}" "$med" "$min" "$max" \
           "$user" "$mb" "$cmed" "$cmb" "$ratio" "${target}s/${target_mb}MB" "$verdict")")
}

bench demo "$WORK/demo.ksd" 1 250
bench national "$WORK/national.ksd" 5 250

echo
echo "petaksd report vs petaksd check, --lang $LANG_ARG, $RUNS runs each, $(nproc) CPU(s), load $(cut -d' ' -f1 /proc/loadavg)"
printf '%-9s %5s %8s %6s %6s %7s %7s %8s %7s %6s %8s\n' project pages "report s" "min" "max" "user s" "peak MB" \
  "check s" "chk MB" ratio target
for r in "${ROWS[@]}"; do echo "$r"; done
echo "(medians of wall time, user CPU time and peak RSS; ratio = report / check wall time. National: $ENTRIES entries, seed $SEED.)"
