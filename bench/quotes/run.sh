#!/usr/bin/env bash
# bench/quotes/run.sh [BUILD_DIR] -- lede_quotes_find (spans and cues, C core)
# on a generated corpus of MB megabytes (default 100), lede.quotes (with
# speakers, through Lua) and compromise's .quotations() (npm, installed here)
# on the first SAMPLE bytes (default 300000) of the same corpus; prints MB/s
# and the ratio lede / compromise.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-${LEDE_BUILD_DIR:-build}}
case $build in /*) ;; *) build=$root/$build ;; esac
mb=${MB:-100}
sample=${SAMPLE:-300000}
corpus=$root/bench/corpus/quotes_news.txt
out=$root/bench/out/quotes
mkdir -p "$root/bench/corpus" "$out"
lib=$build/liblede.a
[ -f "$lib" ] || { echo "run.sh: $lib not found; build first" >&2; exit 2; }
if [ ! -f "$corpus" ] || [ "$(stat -c %s "$corpus")" -lt $((mb * 1000000)) ]; then
  echo "generating a $mb MB corpus at $corpus ..."
  lua5.4 "$here/gen_corpus.lua" "$corpus" "$mb"
fi
bytes=$(stat -c %s "$corpus")
cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -I"$root/include" "$here/bench_quotes.c" "$lib" \
   $(pkg-config --cflags --libs libutf8proc libpcre2-8 libcjson 2>/dev/null) -lm -o "$out/bench_quotes"
read -r c_mbs c_recs c_wall < <("$out/bench_quotes" "$corpus" "${REPEAT:-3}")
read -r l_mbs l_recs < <("$build/lede" "$here/bench_lua.lua" "$corpus" "$sample")
printf "corpus: %s (%.1f MB); lede.quotes and the peer on the first %d bytes\n" "$corpus" "$(echo "$bytes / 1000000" | bc -l)" "$sample"
printf "  %-34s %10.1f MB/s  %8d records  (CPU time; %.1f MB/s wall clock)\n" "lede_quotes_find (C: spans, cues)" "$c_mbs" "$c_recs" "$c_wall"
printf "  %-34s %10.2f MB/s  %8d records\n" "lede.quotes (Lua: with speakers)" "$l_mbs" "$l_recs"
if ! command -v node >/dev/null; then echo "  (node not installed: peer skipped)"; exit 0; fi
if [ ! -d "$here/node_modules/compromise" ]; then
  (cd "$here" && npm install --no-audit --no-fund >/dev/null 2>&1) || { echo "  (npm install failed: peer skipped)"; exit 0; }
fi
IFS=$'\t' read -r name p_mbs p_recs < <(cd "$here" && node peers.js "$corpus" "$sample")
printf "  %-34s %10.3f MB/s  %8d records\n" "$name" "$p_mbs" "$p_recs"
printf "  ratio lede.quotes / compromise: %.1fx   lede_quotes_find / compromise: %.0fx\n" \
  "$(echo "$l_mbs / $p_mbs" | bc -l)" "$(echo "$c_mbs / $p_mbs" | bc -l)"
