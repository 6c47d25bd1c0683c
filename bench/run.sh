#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmarks of PetaKSD on the national synthetic project (552 regions, 50,000 entries), side by side with
# networkx and Graphviz. Benchmarks, not timed tests: the figures depend on the machine and its load.
#
#   bench/run.sh [--runs N] [--peer-runs N] [--entries N] [--seed S] [--build DIR] [--kills N] [--no-install] [--realtime]
#
# --realtime runs the timed programs under `chrt -f 50` (root only): on a machine shared with other work, wall
# time then reflects the program rather than the queue. Without it, compare the CPU-time columns.
#
# Steps: installs the peers (bash packaging/install-deps.sh --bench: python3-networkx, graphviz), builds a
# Release tree outside the source tree (default ~/.cache/petaksd/bench-build; nothing is written into the source
# tree or build/), synthesises the national project with `petaksd synth`, then
#   0. store: ksd_bench_store times open (quick_check, integrity_check), a full save, a save in place of one
#      changed entry and the cancel latency of a load, next to `petaksd check` of the same file (the whole process: start, open, print, exit; medians with
#      min and max over --runs);
#   1. engine: ksd_bench_engine times the full suggestion run and the allocation, and exports the allocation's
#      transport problems; bench/peers_engine.py solves the same problems with networkx (and checks that flow
#      and cost agree);
#   2. every other bench/peers_<name>.py is run with --bench BUILD/bench/ksd_bench_<name> (the layout benchmark:
#      force layout vs networkx spring_layout and Graphviz sfdp on the same graph) and prints its own table;
#   3. map: ksd_bench_map times the Peta scene build and a full-scene render at 1920x1080 (targets only);
#   4. report: bench/bench_report.sh times `petaksd report` on the demo (target 1 s) and the national project (5 s);
#   5. crash: bench/bench_kill.py kills saves, imports and merges --kills times in all (default 210; 0 skips it),
#      then 200 saves in place.
#
# Row protocol (step 1): a bench executable or peer prints lines (medians over the runs)
#   ROW <TAB> label <TAB> implementation <TAB> wall_ms <TAB> cpu_ms <TAB> runs <TAB> check
# Rows with the same label are compared with the first one of that label (PetaKSD's): ratio = peer / first, for
# wall time and for CPU time (the machine is shared: other work inflates wall time, not CPU time).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${XDG_CACHE_HOME:-$HOME/.cache}/petaksd/bench-build"
KILLS=210
RUNS=15
PEER_RUNS=3
ENTRIES=50000
SEED=1
INSTALL=1
RT=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --peer-runs) PEER_RUNS="$2"; shift 2 ;;
    --entries) ENTRIES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --build) BUILD="$2"; shift 2 ;;
    --kills) KILLS="$2"; shift 2 ;;
    --no-install) INSTALL=0; shift ;;
    --realtime) RT=(chrt -f 50); shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

# The system interpreter sees Debian's python3-networkx even when a pyenv/venv python3 comes first on PATH.
PY=python3
if [ -x /usr/bin/python3 ]; then PY=/usr/bin/python3; fi

if [ "$INSTALL" = 1 ]; then
  bash "$ROOT/packaging/install-deps.sh" --bench
fi

echo "== build ($BUILD, Release)"
case "$(cd "$(dirname "$BUILD")" 2>/dev/null && pwd)/" in
  "$ROOT"/*) echo "run.sh: the build folder must be outside the source tree ($BUILD)" >&2; exit 2 ;;
esac
mkdir -p "$BUILD"
# Tests on only for ksd_save_child (the crash benchmark's child); no test is built or run here.
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
cmake --build "$BUILD" -j2 --target ksd_bench_engine
HAVE_PETAKSD=1
cmake --build "$BUILD" -j2 --target petaksd >/dev/null 2>&1 || HAVE_PETAKSD=0

WORK="$(mktemp -d "${TMPDIR:-/tmp}/ksd-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
PROJECT_ARGS=(--entries "$ENTRIES" --seed "$SEED")
if [ "$HAVE_PETAKSD" = 1 ]; then
  echo "== petaksd synth national.ksd --entries $ENTRIES --seed $SEED"
  "$BUILD/app/petaksd" synth "$WORK/national.ksd" --entries "$ENTRIES" --seed "$SEED"
  PROJECT_ARGS=(--project "$WORK/national.ksd")
else
  echo "== petaksd did not build; ksd_bench_engine synthesises the same project in memory (seed $SEED)"
fi

# ---------------------------------------------------------------------------------------------------------------
# Store: open, save and cancel (ksd_bench_store), next to `petaksd check` of the same file.
if [ "$HAVE_PETAKSD" = 1 ] && cmake --build "$BUILD" -j2 --target ksd_bench_store >/dev/null 2>&1; then
  echo "== store: ksd_bench_store and petaksd check ($RUNS runs each), load $(cut -d' ' -f1-3 /proc/loadavg)"
  ${RT[@]+"${RT[@]}"} "$BUILD/bench/ksd_bench_store" --project "$WORK/national.ksd" --runs "$RUNS"
  for full in "" "--full"; do
    for _ in $(seq "$RUNS"); do
      /usr/bin/time -f "%e %U %S %M" ${RT[@]+"${RT[@]}"} "$BUILD/app/petaksd" check "$WORK/national.ksd" $full \
        2>&1 >/dev/null | tail -1
    done | "$PY" -c '
import statistics, sys
rows = [l.split() for l in sys.stdin if l.strip()]
wall = [float(r[0]) * 1000 for r in rows]
cpu = [(float(r[1]) + float(r[2])) * 1000 for r in rows]
rss = [int(r[3]) / 1024 for r in rows]
print("ROW\tpetaksd check %s(whole process)\treference\t%.1f\t%.1f\t%d\tmin %.1f max %.1f; peak %.0f MiB"
      % (sys.argv[1] + " " if sys.argv[1] else "", statistics.median(wall), statistics.median(cpu), len(wall),
         min(wall), max(wall), statistics.median(rss)))' "$full"
  done
  echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)"
else
  echo "== store: ksd_bench_store did not build; skipped"
fi
echo

echo "== engine: ksd_bench_engine ($RUNS runs) and networkx ($PEER_RUNS runs)"
ROWS="$WORK/rows.tsv"
${RT[@]+"${RT[@]}"} "$BUILD/bench/ksd_bench_engine" "${PROJECT_ARGS[@]}" --runs "$RUNS" --export-dir "$WORK" | tee -a "$ROWS"
${RT[@]+"${RT[@]}"} "$PY" "$ROOT/bench/peers_engine.py" --export-dir "$WORK" --runs "$PEER_RUNS" | tee -a "$ROWS" || true

echo
echo "Suggestion engine and allocation, national project ($ENTRIES entries, seed $SEED), $(nproc) CPU(s), load $(cut -d' ' -f1 /proc/loadavg)${RT[@]+, under ${RT[*]}}"
"$PY" - "$ROWS" <<'EOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.startswith("ROW\t")]
first = {}
print("%-46s %-34s %9s %9s %5s %8s %8s" % ("benchmark", "implementation", "wall ms", "cpu ms", "runs",
                                           "x wall", "x cpu"))
for _, label, impl, wall, cpu, runs, check in rows:
    wall, cpu = float(wall), float(cpu)
    bw, bc = first.setdefault(label, (wall, cpu))
    print("%-46s %-34s %9.1f %9.1f %5s %8.2f %8.2f" % (label[:46], impl[:34], wall, cpu, runs,
                                                     wall / bw if bw else 0, cpu / bc if bc else 0))
print("(medians; x = this row / the first row of the same benchmark)")
print()
for _, label, impl, wall, cpu, runs, check in rows:
    print("  %s / %s: %s" % (label, impl, check))
EOF

# ---------------------------------------------------------------------------------------------------------------
# Other benchmarks: bench/peers_<name>.py with BUILD/bench/ksd_bench_<name>. The layout rows (force layout vs
# networkx spring_layout and Graphviz sfdp, owned by the core/layout contributor) are appended here.
for peer in "$ROOT"/bench/peers_*.py; do
  name="$(basename "$peer" .py)"
  name="${name#peers_}"
  [ "$name" = engine ] && continue
  echo
  echo "== $name: ksd_bench_$name and $(basename "$peer")"
  if ! cmake --build "$BUILD" -j2 --target "ksd_bench_$name" >/dev/null 2>&1; then
    echo "   (ksd_bench_$name did not build; skipped)"
    continue
  fi
  ${RT[@]+"${RT[@]}"} "$PY" "$peer" --bench "$BUILD/bench/ksd_bench_$name" --runs "$PEER_RUNS" || echo "   ($(basename "$peer") failed)"
done

# ---------------------------------------------------------------------------------------------------------------
# Map: ksd_bench_map builds the Peta scene from the national project and renders it to 1920x1080 (targets: scene
# build <= 300 ms, full-scene render <= 8 ms). No peer: the issue names targets only.
echo
echo "== map: ksd_bench_map (national project)"
if cmake --build "$BUILD" -j2 --target ksd_bench_map >/dev/null 2>&1; then
  QT_QPA_PLATFORM=offscreen ${RT[@]+"${RT[@]}"} "$BUILD/bench/ksd_bench_map" --entries "$ENTRIES" --runs "$RUNS" \
    || echo "   (ksd_bench_map failed)"
else
  echo "   (ksd_bench_map did not build; skipped)"
fi

# ---------------------------------------------------------------------------------------------------------------
# Report: petaksd report on the demo (target 1 s) and on the national project (target 5 s), see bench_report.sh.
echo
if [ "$HAVE_PETAKSD" = 1 ]; then
  ${RT[@]+"${RT[@]}"} bash "$ROOT/bench/bench_report.sh" --build "$BUILD" --runs "$RUNS" --entries "$ENTRIES" \
    --seed "$SEED" || echo "   (bench_report.sh failed)"
else
  echo "== report: petaksd did not build; skipped"
fi

# ---------------------------------------------------------------------------------------------------------------
# Crash: SIGKILL during save, import and merge (bench_kill.py), --kills times in all.
echo
if [ "$KILLS" -gt 0 ] && [ "$HAVE_PETAKSD" = 1 ] && cmake --build "$BUILD" -j2 --target ksd_save_child >/dev/null 2>&1; then
  echo "== crash: bench_kill.py --kills $KILLS"
  "$PY" "$ROOT/bench/bench_kill.py" --build "$BUILD" --kills "$KILLS" || echo "   (bench_kill.py found a violation)"
else
  echo "== crash: skipped (--kills 0, or petaksd / ksd_save_child did not build)"
fi
