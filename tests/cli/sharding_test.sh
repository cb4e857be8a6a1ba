#!/usr/bin/env bash
# Sharding property (docs/scaling.md): the corpus, plus error lines, cut into
# shards by GNU parallel --pipe, each shard analysed by its own `vane
# analyze` process and the outputs joined with --keep-order, is
# byte-identical to one run over the whole input; and the same with 1 or 2
# parallel jobs. Usage: sharding_test.sh VANE_BIN SOURCE_DIR
set -euo pipefail

vane=$1
source_dir=$2
if ! command -v parallel > /dev/null; then
  echo "sharding_test: GNU parallel is not installed (apt-get install parallel); skipped" >&2
  exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vane-sharding.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Error lines at the start, in the middle and at the end: malformed JSON,
# invalid UTF-8, missing and non-string text, a blank line, a line without id
# (its id is positional), too large for --max-bytes.
bad_lines() {
  printf '{not json at all\n'
  printf '{"id": "bad-utf8-%s", "text": "caf\xc3\x28 marketing"}\n' "$1"
  printf '{"id": "no-text-%s"}\n' "$1"
  printf '{"id": "number-text-%s", "text": 42}\n' "$1"
  printf '\n'
  printf '{"text": "An anonymous post about SEO and content marketing."}\n'
  printf '{"id": "too-large-%s", "text": "%s"}\n' "$1" "$(head -c 70000 /dev/zero | tr '\0' x)"
}
{
  bad_lines start
  cat "$source_dir"/corpora/*/dev/gold.jsonl
  bad_lines middle
  cat "$source_dir"/corpora/*/test/gold.jsonl
  bad_lines end
} > "$tmp/all.jsonl"
lines=$(wc -l < "$tmp/all.jsonl")

analyze=("$vane" analyze --quiet --max-bytes 65536)

# One run over the whole input, read from stdin as the shards are (messages
# name their source: "line 12 of stdin").
status=0
"${analyze[@]}" -j 2 < "$tmp/all.jsonl" > "$tmp/whole.jsonl" || status=$?
[[ $status == 1 ]] || { echo "whole run: exit $status, expected 1 (some records are errors)" >&2; exit 1; }
[[ $(wc -l < "$tmp/whole.jsonl") == "$lines" ]] || { echo "whole run: not one record per line" >&2; exit 1; }

# Shards of 40 lines (-N 40), so shard {#} starts after line ({#}-1)*40 and
# --line-offset makes its error messages and positional ids name the line
# of the whole input.
per_shard=40
for jobs in 1 2; do
  status=0
  parallel --will-cite --pipe --keep-order -N $per_shard -j $jobs \
    "${analyze[*]} -j 1 --line-offset \$(( ({#} - 1) * $per_shard ))" \
    < "$tmp/all.jsonl" > "$tmp/sharded.$jobs.jsonl" || status=$?
  # parallel exits with the number of failed jobs: shards with error records exit 1.
  [[ $status -ge 1 && $status -le 101 ]] || { echo "parallel -j $jobs: exit $status" >&2; exit 1; }
  if ! cmp "$tmp/whole.jsonl" "$tmp/sharded.$jobs.jsonl"; then
    echo "sharded output (-j $jobs, $per_shard lines per shard) differs from the whole run:" >&2
    diff <(cut -c1-200 "$tmp/whole.jsonl") <(cut -c1-200 "$tmp/sharded.$jobs.jsonl") | head -20 >&2
    exit 1
  fi
done
shards=$(( (lines + per_shard - 1) / per_shard ))
echo "sharding_test: $lines lines, $shards shards: sharded output is byte-identical to the whole run (parallel -j 1 and -j 2)"
