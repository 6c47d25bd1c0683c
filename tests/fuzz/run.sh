#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the libFuzzer harnesses of tests/fuzz, each for SECONDS (default 60), niced, one after another:
#   bash tests/fuzz/run.sh [SECONDS] [ksd|csv|merge ...]
# Builds them with clang, ASan and UBSan in its own folder outside the source tree (PETAKSD_FUZZ_BUILD, default
# /tmp/petaksd-fuzz-build). Each fuzzer starts from its regression corpus (tests/fuzz/corpus/NAME) and the test
# fixtures (tests/data/ksd, tests/data/csv), read only; new inputs go to PETAKSD_FUZZ_BUILD/corpus/NAME, kept
# between runs. A crash leaves crash-* files in
# PETAKSD_FUZZ_BUILD/findings: copy each into tests/fuzz/corpus/NAME once fixed, so the normal suite replays it.
set -euo pipefail
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(ksd csv merge)
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${PETAKSD_FUZZ_BUILD:-/tmp/petaksd-fuzz-build}
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DKSD_FUZZ=ON -DBUILD_TESTING=OFF -DCMAKE_CXX_FLAGS="$flags" >/dev/null
nice -n 19 cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"
mkdir -p "$build/findings"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for t in "${targets[@]}"; do
  seeds=()
  case $t in
    ksd) seeds=("$src/tests/data/ksd") ;;
    csv) seeds=("$src/tests/data/csv") ;;
  esac
  mkdir -p "$build/corpus/$t"
  echo "== fuzz_$t for ${seconds}s"
  # New inputs go to the build folder's corpus (kept between runs); the tree's corpus and fixtures are only read.
  (cd "$build/findings" && nice -n 19 "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 \
     -max_len=1048576 -timeout=30 -print_final_stats=1 "$build/corpus/$t" "$src/tests/fuzz/corpus/$t" "${seeds[@]}") \
    || echo "fuzz_$t: finding (see $build/findings)"
done
