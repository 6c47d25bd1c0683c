#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmark of `petaksd report` (issue 6): the demo (one province) against 1 s and the national synthetic project
# (552 regions) against 5 s. A benchmark, not a timed test: the figures depend on the machine and its load.
#
#   bench/bench_report.sh [--runs N] [--entries N] [--seed S] [--build DIR] [--lang id|en]
#
# --build DIR uses an existing build tree (its app/petaksd); without it a Release tree is built in build-bench/.
# Each project is written once (petaksd demo / petaksd synth), then reported N times; the script prints the median,
# minimum and maximum wall time (hyperfine when installed, otherwise its own loop), the user CPU time of one run,
# the page count and the target.
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

# median / min / max of the numbers on stdin (seconds)
stats() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                             printf "%.3f %.3f %.3f", m, v[1], v[NR] }'; }

ROWS=()
bench() { # name project target_seconds
  local name="$1" project="$2" target="$3" out="$WORK/$1.pdf"
  local cmd=("$PETAKSD" report "$project" -o "$out" --lang "$LANG_ARG" --today 2024-06-13 --quiet)
  echo "== $name: petaksd report $(basename "$project") ($RUNS runs)"
  local times
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$WORK/$name.json" \
      "$(printf '%q ' "${cmd[@]}")" >/dev/null 2>&1
    times="$(python3 -c 'import json,sys; print("\n".join(str(t) for t in json.load(open(sys.argv[1]))["results"][0]["times"]))' "$WORK/$name.json")"
  else
    "${cmd[@]}" 2>/dev/null # warm-up
    times="$(for _ in $(seq "$RUNS"); do
      s=$(date +%s.%N); "${cmd[@]}" 2>/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l
    done)"
  fi
  local user
  user="$( { /usr/bin/time -f '%U' "${cmd[@]}" 2>&1 >/dev/null; } | tail -1)"
  local pages
  pages="$(pdfinfo "$out" 2>/dev/null | awk '/^Pages:/ { print $2 }')"
  read -r med min max <<<"$(echo "$times" | stats)"
  ROWS+=("$(printf '%-10s %7s %8s %8s %8s %9s %8s  %s' "$name" "${pages:-?}" "$med" "$min" "$max" "$user" "$target" \
           "$(awk -v m="$med" -v t="$target" 'BEGIN { print (m <= t) ? "ok" : "OVER" }')")")
}

bench demo "$WORK/demo.ksd" 1
bench national "$WORK/national.ksd" 5

echo
echo "petaksd report, --lang $LANG_ARG, $RUNS runs, $(nproc) CPU(s), load $(cut -d' ' -f1 /proc/loadavg)"
printf '%-10s %7s %8s %8s %8s %9s %8s\n' project pages "median s" "min s" "max s" "user s" "target"
for r in "${ROWS[@]}"; do echo "$r"; done
echo "(wall time; user s = CPU time of one run. National: $ENTRIES entries, seed $SEED.)"
