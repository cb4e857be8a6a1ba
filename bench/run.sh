#!/usr/bin/env bash
# The benchmark, in one command (see bench/README.md):
#
#   bench/run.sh [MB [BIG_MB]]   # default 50 MB of generated corpus, no big run
#
# Builds nothing: it expects a Release build in ./build, or in $VANE_BUILD_DIR
#   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DVANE_BUILD_TESTS=OFF
#   cmake --build build --target vane vane_bench
# Generates the fixed corpus once into a temporary file, runs `vane_bench
# --mode raw` and `--mode full` 3 times each in separate processes (median
# run by time; peak RSS the largest of the three), then times the whole CLI,
# `vane analyze -j 1` and `-j 2`, with hyperfine if installed (else
# /usr/bin/time) and measures its peak RSS with GNU time if installed.
# With BIG_MB (e.g. 2000), it then generates a BIG_MB corpus into the same
# temporary directory, streams it once through `vane analyze -j 2` under GNU
# time (speed and peak RSS: the memory must not grow with the input) and
# deletes it. Prints the ratios -j 2 / -j 1 and CLI / raw chain.
set -euo pipefail

MB=${1:-50}
BIG_MB=${2:-0}
RUNS=3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
build=${VANE_BUILD_DIR:-./build}
bin=$build/bin

die() { echo "bench/run.sh: $*" >&2; exit 3; }
for exe in vane vane_bench vane_corpus_gen; do
  [[ -x $bin/$exe ]] || die "no $bin/$exe; build first (Release): cmake --build $build --target vane vane_bench"
done
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
[[ $build_type == Release ]] ||
  echo "bench/run.sh: warning: $build is a '${build_type:-unknown}' build; figures are meant for Release" >&2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vane-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
corpus=$tmp/corpus.jsonl

# field FILE KEY: a number from vane_bench's one-line JSON.
field() { sed -n "s/.*\"$2\":\([-0-9.eE+]*\).*/\1/p" "$1"; }

echo "generating $MB MB of corpus..." >&2
"$bin/vane_corpus_gen" --mb "$MB" --corpora "$repo/corpora" -o "$corpus"

declare -A med
for mode in raw full; do
  for i in $(seq 1 $RUNS); do
    echo "vane_bench --mode $mode, run $i/$RUNS..." >&2
    "$bin/vane_bench" --mode "$mode" "$corpus" > "$tmp/$mode.$i.json"
  done
  # The median run by seconds gives the speed; peak RSS is the largest seen.
  median_run=$(for i in $(seq 1 $RUNS); do echo "$(field "$tmp/$mode.$i.json" seconds) $i"; done |
               sort -g | sed -n "$(( (RUNS + 1) / 2 ))p" | cut -d' ' -f2)
  file=$tmp/$mode.$median_run.json
  med[$mode.mbs]=$(field "$file" mb_per_s)
  med[$mode.dps]=$(field "$file" docs_per_s)
  med[$mode.sec]=$(field "$file" seconds)
  med[$mode.rss]=$(for i in $(seq 1 $RUNS); do field "$tmp/$mode.$i.json" peak_rss_mb; done | sort -g | tail -1)
  med[$mode.load]=$(field "$file" load_rss_mb)
done
docs=$(field "$tmp/full.1.json" documents)
bytes=$(field "$tmp/full.1.json" bytes)
file_bytes=$(stat -c %s "$corpus")

# The whole CLI: reading, parsing, the pipeline's threads, writing.
cli_rss() {  # peak RSS in MiB of one run, or "n/a" without GNU time
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f %M -o "$tmp/time.out" "$bin/vane" analyze -j "$1" -q "$corpus" -o /dev/null || true
    awk '{ printf "%.1f", $1 / 1024 }' "$tmp/time.out"
  else
    echo n/a
  fi
}
declare -A cli
for jobs in 1 2; do
  echo "vane analyze -j $jobs, $RUNS runs..." >&2
  cli[$jobs.rss]=$(cli_rss "$jobs")
  if command -v hyperfine > /dev/null; then
    # -i: exit status 1 (some records are errors) is still a complete run.
    hyperfine -i --runs $RUNS --export-json "$tmp/cli.$jobs.json" --style none \
      "'$bin/vane' analyze -j $jobs -q '$corpus' -o /dev/null" > /dev/null
    cli[$jobs.sec]=$(grep -m1 '"median"' "$tmp/cli.$jobs.json" | sed 's/.*: *\([0-9.eE+-]*\).*/\1/')
  elif [[ -x /usr/bin/time ]]; then
    for i in $(seq 1 $RUNS); do
      /usr/bin/time -f %e -o "$tmp/time.$i" "$bin/vane" analyze -j "$jobs" -q "$corpus" -o /dev/null || true
    done
    cli[$jobs.sec]=$(cat "$tmp"/time.[0-9]* | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
    rm -f "$tmp"/time.[0-9]*
  else
    die "neither hyperfine nor /usr/bin/time (apt-get install hyperfine time)"
  fi
done

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo
echo "vane benchmark: $docs documents, $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB of text" \
     "($(awk -v b="$file_bytes" 'BEGIN{printf "%.1f", b/1e6}') MB of JSONL); $(nproc) cores, $cpu"
echo "single-threaded, median of $RUNS runs; MB = 10^6 bytes of text; RSS in MiB (peak / after loading)"
echo
awk -v rm="${med[raw.mbs]}" -v rd="${med[raw.dps]}" -v rr="${med[raw.rss]}" -v rl="${med[raw.load]}" \
    -v fm="${med[full.mbs]}" -v fd="${med[full.dps]}" -v fr="${med[full.rss]}" -v fl="${med[full.load]}" \
    -v bytes="$bytes" -v docs="$docs" \
    -v c1="${cli[1.sec]}" -v c2="${cli[2.sec]}" -v r1="${cli[1.rss]}" -v r2="${cli[2.rss]}" 'BEGIN {
  fmt = "%-34s %10s %10s %16s\n"
  printf fmt, "", "MB/s", "docs/s", "peak RSS MiB"
  printf fmt, "raw chain (ICU + CLD2 + Snowball)", sprintf("%.2f", rm), sprintf("%.0f", rd), sprintf("%.1f / %.1f", rr, rl)
  printf fmt, "engine (vane_bench --mode full)", sprintf("%.2f", fm), sprintf("%.0f", fd), sprintf("%.1f / %.1f", fr, fl)
  printf fmt, "vane analyze -j 1 (whole CLI)", sprintf("%.2f", bytes / 1e6 / c1), sprintf("%.0f", docs / c1), r1
  printf fmt, "vane analyze -j 2 (whole CLI)", sprintf("%.2f", bytes / 1e6 / c2), sprintf("%.0f", docs / c2), r2
  printf "\nratio full/raw (speed): %.3f  -- the engine costs %.2fx the raw chain\n", fm / rm, rm / fm
  printf "ratio CLI -j 1 / raw:   %.3f\n", bytes / 1e6 / c1 / rm
  printf "ratio CLI -j 2 / raw:   %.3f  -- the whole pipeline on 2 threads against the raw chain on 1\n", bytes / 1e6 / c2 / rm
  printf "ratio -j 2 / -j 1:      %.3f  (goal >= 1.8 on 2 idle cores)\n", c1 / c2
}'

if ((BIG_MB > 0)); then
  [[ -x /usr/bin/time ]] || die "the big run needs GNU time (apt-get install time)"
  echo >&2
  echo "generating $BIG_MB MB of corpus for the streaming run..." >&2
  big=$tmp/big.jsonl
  "$bin/vane_corpus_gen" --mb "$BIG_MB" --corpora "$repo/corpora" -o "$big" 2> /dev/null
  big_bytes=$(stat -c %s "$big")
  echo "vane analyze -j 2 on it, once..." >&2
  # Not --quiet: the summary line gives the document count and text MB/s.
  /usr/bin/time -f '%e %M' -o "$tmp/big.time" "$bin/vane" analyze -j 2 "$big" -o /dev/null 2> "$tmp/big.err" || true
  rm -f "$big"
  read -r big_sec big_kib < "$tmp/big.time"
  summary=$(grep '^vane: ' "$tmp/big.err" | tail -1)
  big_docs=$(sed -n 's/^vane: \([0-9]*\) documents.*/\1/p' <<< "$summary")
  big_mbs=$(sed -n 's/.* docs\/s, \([0-9.]*\) MB\/s).*/\1/p' <<< "$summary")
  echo
  awk -v docs="$big_docs" -v fb="$big_bytes" -v sec="$big_sec" -v kib="$big_kib" -v mbs="$big_mbs" \
      -v small="${cli[2.rss]}" -v mb="$MB" 'BEGIN {
    printf "streaming run: vane analyze -j 2 on %.0f MB of JSONL (%d documents): %.1f s, %.2f MB/s of text, %.0f docs/s\n", fb / 1e6, docs, sec, mbs, docs / sec
    printf "peak RSS -j 2: %.1f MiB on %.0f MB, %s MiB on %d MB (goal: the same, and under 150 MiB)\n", kib / 1024, fb / 1e6, small, mb
  }'
fi
