#!/usr/bin/env bash
# The unit and HTTP tests under sanitizers (README "Sanitizers"):
#
#   scripts/sanitize.sh asan [CTEST ARGS...]   ASan + UBSan, in build-asan/
#   scripts/sanitize.sh tsan [CTEST ARGS...]   TSan, in build-tsan/
#
# Builds the project (RelWithDebInfo, no benches) with CONSORTIA_SANITIZE and
# runs every ctest but the web journeys and the notebooks: the GoogleTest
# suites, the HTTP tests (the real server in-process and as a child process,
# itself sanitized), the crash test and the fuzz smoke runs. Every process
# writes its sanitizer reports to build-<mode>/sanitizer/<tool>.<pid>; any
# report fails the script, even from a child whose exit code nobody checked.
# FAISS, OpenMP (libgomp) and SQLite are Debian's uninstrumented builds: ASan
# sees their memory through malloc only, TSan does not see inside them, and the
# tests run OpenMP with one thread (OMP_NUM_THREADS=1, see scripts/tsan.supp).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
  asan) dir=build-asan; sanitize=address; tool=asan ;;
  tsan) dir=build-tsan; sanitize=thread; tool=tsan ;;
  *) echo "usage: scripts/sanitize.sh asan|tsan [ctest args...]" >&2; exit 2 ;;
esac

start=$(date +%s)
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONSORTIA_SANITIZE="$sanitize" \
  -DCONSORTIA_BUILD_BENCH=OFF >/dev/null
cmake --build "$dir" -j"$(nproc)"
built=$(date +%s)

reports="$root/$dir/sanitizer"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="log_path=$reports/asan:detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0:strict_string_checks=1"
export UBSAN_OPTIONS="log_path=$reports/ubsan:print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="log_path=$reports/tsan:halt_on_error=0:second_deadlock_stack=1:suppressions=$root/scripts/tsan.supp"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp"
export OMP_NUM_THREADS=1
status=0
(cd "$dir" && ctest -j"$(nproc)" -E 'web|notebooks' --timeout 1800 --output-on-failure "$@") || status=$?
done=$(date +%s)

found=$(find "$reports" -type f | wc -l)
if [ "$found" -gt 0 ]; then
  echo "sanitize.sh: $found report file(s) in $reports:" >&2
  for f in "$reports"/*; do
    echo "== $f" >&2
    head -60 "$f" >&2
  done
  status=1
fi
echo "sanitize.sh $mode: build $((built - start)) s, tests $((done - built)) s, exit $status" >&2
exit $status
