#!/usr/bin/env bash
# The index's figures (docs/index.md, issue 16), all in one run on one machine:
#   1. `check` of the corpus (the reference),
#   2. `index` of it into a new SQLite file (target: within 2x of 1),
#   3. `index` again with no file changed (target: under 10 % of 2),
#   4. `status --db` of it (target: under 200 ms), and `status DIR` beside it,
#   5. with CLAUSECHECK_PG_URL set, 2 to 4 into that PostgreSQL database too.
# Each step ROUNDS times (default 3), alternating; printed: wall seconds,
# user + system CPU seconds, the median of each. The database goes to a
# temporary folder, every output to /dev/null.
#
#   bench/index_bench.sh LAWS_DIR [CLAUSECHECK] [ROUNDS]
set -euo pipefail
laws="${1:?usage: index_bench.sh LAWS_DIR [CLAUSECHECK] [ROUNDS]}"
bin="${2:-build/release/src/cli/clausecheck}"
rounds="${3:-3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
TIMEFORMAT='%R %U %S'

# Runs "$@" once; appends "wall cpu" to the file named by the first argument.
measure() {
  local into="$1"
  shift
  local t
  t="$( { time "$@" >/dev/null 2>&1; } 2>&1 )" || true
  awk -v into="$tmp/$into" '{ printf "%.3f %.3f\n", $1, $2 + $3 >> into }' <<<"$t"
}

median() {  # column $2 of file $1
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}

report() {
  printf '%-34s wall %7ss (runs: %s)  cpu %7ss\n' "$1" "$(median "$tmp/$2" 1)" \
    "$(awk '{ printf "%s ", $1 }' "$tmp/$2")" "$(median "$tmp/$2" 2)"
}

for ((i = 0; i < rounds; i++)); do
  measure check "$bin" check "$laws" --as-of 2026-11-28 --no-config-discovery --format json
  rm -f "$tmp/index.db" "$tmp/index.db-wal" "$tmp/index.db-shm"
  measure index_new "$bin" index "$laws" --db "$tmp/index.db" --as-of 2026-11-28 --no-config-discovery
  measure index_again "$bin" index "$laws" --db "$tmp/index.db" --as-of 2026-11-28 --no-config-discovery
  measure status_db "$bin" status --db "$tmp/index.db" --as-of 2026-11-28 --no-config-discovery
  measure status_dir "$bin" status "$laws" --as-of 2026-11-28 --no-config-discovery
done
echo "$(find "$laws" -name '*.md' -o -name '*.txt' | wc -l) files, $(du -sh "$laws" | cut -f1); index $(du -ch "$tmp"/index.db* | tail -1 | cut -f1); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
report "check" check
report "index (new SQLite file)" index_new
report "index again (no file changed)" index_again
report "status --db (SQLite)" status_db
report "status DIR" status_dir
echo "index/check (wall): $(awk -v a="$(median "$tmp/index_new" 1)" -v b="$(median "$tmp/check" 1)" 'BEGIN { printf "%.2f", a / b }')," \
  "again/new (wall): $(awk -v a="$(median "$tmp/index_again" 1)" -v b="$(median "$tmp/index_new" 1)" 'BEGIN { printf "%.1f %%", 100 * a / b }')"

if [ -n "${CLAUSECHECK_PG_URL:-}" ]; then
  psql="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -n 1)"
  for ((i = 0; i < rounds; i++)); do
    # Our tables dropped: each round starts from an empty database.
    "$psql" -q "$CLAUSECHECK_PG_URL" -c "DROP TABLE IF EXISTS findings, citations, lineage, facts, clauses, summaries, documents, files, clausecheck_schema" >/dev/null 2>&1
    measure pg_new "$bin" index "$laws" --db "$CLAUSECHECK_PG_URL" --as-of 2026-11-28 --no-config-discovery
    measure pg_again "$bin" index "$laws" --db "$CLAUSECHECK_PG_URL" --as-of 2026-11-28 --no-config-discovery
    measure pg_status "$bin" status --db "$CLAUSECHECK_PG_URL" --as-of 2026-11-28 --no-config-discovery
  done
  report "index (PostgreSQL, empty database)" pg_new
  report "index again (PostgreSQL)" pg_again
  report "status --db (PostgreSQL)" pg_status
fi
