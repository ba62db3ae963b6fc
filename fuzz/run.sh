#!/usr/bin/env bash
# Runs every fuzz target of an asan-preset build for SECONDS each, JOBS at a
# time, from the seeds fuzz/make_seeds.py writes (with the laws sample when
# CLAUSECHECK_CORPUS_DIR is set); fails if any target crashed, leaked, timed
# out or ran out of memory. The inputs that did are left in
# BUILD/fuzz-artifacts/<target>/ (copy them to tests/data/fuzz/<target>/ and
# fix the bug), each target's log in BUILD/fuzz-logs/<target>.log.
#   fuzz/run.sh [BUILD [SECONDS [JOBS [TARGET…]]]]   default: build/asan 60 2, every target
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/asan}
seconds=${2:-60}
jobs=${3:-2}
targets=("${@:4}")
[ ${#targets[@]} -gt 0 ] || targets=(parse diff pack config expr baseline)
declare -A dict=([parse]=text [diff]=text [pack]=yaml [config]=yaml [expr]=expr [baseline]=baseline)

rm -rf "$build/fuzz-seeds"
python3 fuzz/make_seeds.py "$build/fuzz-seeds" || exit 2

run_one() {
  local t=$1
  mkdir -p "$build/fuzz-corpus/$t" "$build/fuzz-artifacts/$t" "$build/fuzz-logs"
  # The first folder collects what the run finds; the seeds are only read.
  "$build/fuzz/fuzz_$t" "$build/fuzz-corpus/$t" "$build/fuzz-seeds/$t" \
    -dict="fuzz/${dict[$t]}.dict" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t/" >"$build/fuzz-logs/$t.log" 2>&1
  local rc=$?
  echo "fuzz_$t: exit $rc, $(grep -E '^stat::number_of_executed_units' "$build/fuzz-logs/$t.log" | awk '{print $2}') executions," \
    "$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$build/fuzz-logs/$t.log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+')"
  return $rc
}

failed=0
running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done
if [ "$failed" -ne 0 ]; then
  echo "fuzzing found failures: see $build/fuzz-artifacts/ and $build/fuzz-logs/" >&2
  tail -n 40 "$build"/fuzz-logs/*.log >&2
  exit 1
fi
