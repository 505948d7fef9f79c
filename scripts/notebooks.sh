#!/usr/bin/env bash
# Executes the analysis notebooks (notebooks/*.ipynb) top to bottom, one
# `jupyter nbconvert --execute` per notebook, on Debian's /usr/bin/python3 and
# its packages (python3-pandas, python3-matplotlib, python3-scipy,
# jupyter-nbconvert, python3-nbformat, python3-ipykernel; scripts/install-deps.sh).
#
#   scripts/notebooks.sh [--quick] [NAME ...]
#
#   (default)  the full run, executed in place: the notebooks in notebooks/ get
#              the new outputs and plots (what is committed).
#   --quick    NOTEBOOKS_QUICK=1: smaller sweeps and fewer bench instances, the
#              same code; written to $NOTEBOOKS_OUT (default build/notebooks-quick),
#              the committed notebooks are left alone. The ctest `notebooks`.
#   NAME       01_data_overview, notebooks/02_match_quality.ipynb, ...; default all.
#
#   CONSORTIA_BINARY     the service (default build/consortia)
#   CONSORTIA_BENCH_DIR  consortium_bench, team_bench, index_bench (default build/bench)
#   NOTEBOOKS_CACHE      the prepared demo database and its index (default build/notebooks-cache)
#   NOTEBOOKS_TIMEOUT    seconds per cell (default 900)
#
# Servers the notebooks start listen on ports 18100-18199. Any cell error fails
# the notebook; the script runs the others, then exits 1 naming the failures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

quick=0
names=()
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "notebooks: unknown option $a" >&2; exit 2 ;;
    *) n=$(basename "$a" .ipynb); names+=("notebooks/$n.ipynb") ;;
  esac
done
[ "${NOTEBOOKS_QUICK:-}" = "1" ] && quick=1
if [ ${#names[@]} -eq 0 ]; then
  for f in notebooks/[0-9]*.ipynb; do names+=("$f"); done
fi
for f in "${names[@]}"; do
  [ -f "$f" ] || { echo "notebooks: no notebook $f" >&2; exit 2; }
done

py=/usr/bin/python3
if ! "$py" -c 'import nbconvert, nbformat, ipykernel, pandas, matplotlib, scipy, numpy' 2>/dev/null; then
  echo "notebooks: $py lacks the Debian packages; run scripts/install-deps.sh or" >&2
  echo "  apt-get install -y python3-pandas python3-matplotlib python3-scipy jupyter-nbconvert python3-nbformat python3-ipykernel" >&2
  exit 1
fi

export CONSORTIA_BINARY=${CONSORTIA_BINARY:-$root/build/consortia}
export CONSORTIA_BENCH_DIR=${CONSORTIA_BENCH_DIR:-$root/build/bench}
[ -x "$CONSORTIA_BINARY" ] || { echo "notebooks: no consortia binary at $CONSORTIA_BINARY (build first, or set CONSORTIA_BINARY)" >&2; exit 1; }
[ -d "$CONSORTIA_BENCH_DIR" ] || { echo "notebooks: no benches in $CONSORTIA_BENCH_DIR (set CONSORTIA_BENCH_DIR)" >&2; exit 1; }
timeout=${NOTEBOOKS_TIMEOUT:-900}

# A private kernelspec named python3 that runs /usr/bin/python3, ahead of any
# other on JUPYTER_PATH (a pyenv or user kernel of the same name is not used),
# and a clean IPython profile.
tmp=$(mktemp -d /tmp/consortia-notebooks.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/jupyter/kernels/python3" "$tmp/ipython"
cat >"$tmp/jupyter/kernels/python3/kernel.json" <<EOF
{"argv": ["$py", "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
 "display_name": "Python 3 (Debian /usr/bin/python3)", "language": "python"}
EOF
export JUPYTER_PATH="$tmp/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
export IPYTHONDIR="$tmp/ipython"
export PYDEVD_DISABLE_FILE_VALIDATION=1

if [ "$quick" = 1 ]; then
  export NOTEBOOKS_QUICK=1
  out=${NOTEBOOKS_OUT:-$root/build/notebooks-quick}
  mkdir -p "$out"
  where=(--output-dir "$out")
  echo "notebooks: quick run into $out" >&2
else
  unset NOTEBOOKS_QUICK
  where=(--inplace)
  echo "notebooks: full run, in place" >&2
fi

since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

failed=()
t_all=$(date +%s.%N)
for nb in "${names[@]}"; do
  t0=$(date +%s.%N)
  log="$tmp/$(basename "$nb" .ipynb).log"
  if "$py" -m nbconvert --to notebook --execute "${where[@]}" \
      --ExecutePreprocessor.timeout="$timeout" --ExecutePreprocessor.kernel_name=python3 \
      --ExecutePreprocessor.record_timing=False "$nb" >"$log" 2>&1; then
    printf 'notebooks: %-40s ok   %6s s\n' "$nb" "$(since "$t0")" >&2
  else
    printf 'notebooks: %-40s FAILED after %s s\n' "$nb" "$(since "$t0")" >&2
    grep -v -e '^0.00s - ' -e 'Debugger warning' "$log" | sed 's/\x1b\[[0-9;]*m//g' | tail -40 >&2
    failed+=("$nb")
  fi
done
printf 'notebooks: %d notebook(s) in %s s\n' "${#names[@]}" "$(since "$t_all")" >&2
if [ ${#failed[@]} -gt 0 ]; then
  echo "notebooks: FAILED: ${failed[*]}" >&2
  exit 1
fi
