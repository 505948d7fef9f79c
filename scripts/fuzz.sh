#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (Debian's clang-14, ASan + UBSan) of
# every request body parser, the JSON and CSV importers and the rules file
# (fuzz/, README "Fuzzing"): about 60 s per target, one target after another.
#
#   scripts/fuzz.sh [--seconds S] [TARGET...]      (default: every target, 60 s)
#
# Builds into build-fuzz/ (only the fuzz targets and what they link). Each run
# starts from the committed seeds (fuzz/corpus/<target>/, read only) and keeps
# what it finds in build-fuzz/corpus/<target>/; a crash, leak, UB report or
# timeout leaves its input in build-fuzz/findings/ and fails the script. To
# keep a finding: fix it, add a regression test, and copy the input (minimised
# with `build-fuzz/fuzz/fuzz_<target> -minimize_crash=1 -runs=10000 FILE`)
# into fuzz/corpus/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all=(search consortium_suggest consortium_validate teams registry_create registry_patch
     registry_put registry_assess plan import_json import_csv rules)
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

command -v clang++-14 >/dev/null || { echo "fuzz.sh: needs clang-14 (scripts/install-deps.sh --fuzz)" >&2; exit 1; }
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCONSORTIA_FUZZ=ON -DCONSORTIA_BUILD_TESTS=OFF -DCONSORTIA_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

mkdir -p build-fuzz/findings
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export OMP_NUM_THREADS=1
failed=()
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t"
  echo "== fuzz_$t: ${seconds} s" >&2
  log="build-fuzz/fuzz_$t.log"
  if build-fuzz/fuzz/fuzz_"$t" "build-fuzz/corpus/$t" "fuzz/corpus/$t" \
      -dict=fuzz/consortia.dict -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="build-fuzz/findings/$t-" >"$log" 2>&1; then
    grep -E "stat::number_of_executed_units|cov: " "$log" | tail -2 | sed "s/^/   /" >&2
  else
    failed+=("$t")
    grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$log" | head -5 | sed "s/^/   /" >&2
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in ${failed[*]} (logs build-fuzz/fuzz_<target>.log, inputs build-fuzz/findings/)" >&2
  exit 1
fi
echo "fuzz.sh: ${#targets[@]} target(s), ${seconds} s each, no findings" >&2
