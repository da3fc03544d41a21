#!/usr/bin/env bash
# bench/numbers/run.sh [BUILD_DIR] -- lede_numbers (C core, and through the Lua
# binding) on a generated news-like corpus of MB megabytes, against
# compromise's .numbers() and Recognizers-Text's number model (npm, installed
# here into node_modules) on the first SAMPLE bytes of the same corpus.
#   MB=60 corpus size; SAMPLE=100000 bytes for the slow peers; REPEAT=3 (C, best of)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-${LEDE_BUILD_DIR:-build}}
case $build in /*) ;; *) build=$root/$build ;; esac
mb=${MB:-60}
sample=${SAMPLE:-100000}
corpus=$root/bench/corpus/numbers_news.txt
out=$root/bench/out/numbers
mkdir -p "$root/bench/corpus" "$out"

lib=$build/liblede.a
[ -f "$lib" ] || { echo "run.sh: $lib not found; build first (make build)" >&2; exit 2; }
if [ ! -f "$corpus" ] || [ "$(stat -c %s "$corpus")" -lt $((mb * 1000000)) ]; then
  echo "generating a $mb MB corpus at $corpus ..."
  lua5.4 "$here/gen_corpus.lua" "$corpus" "$mb" 2>&1
fi
bytes=$(stat -c %s "$corpus")

cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -I"$root/include" "$here/bench_numbers.c" "$lib" \
   $(pkg-config --cflags --libs libutf8proc libpcre2-8 libcjson 2>/dev/null) -lm -o "$out/bench_numbers"

read -r c_whole c_mbs c_recs _ < <("$out/bench_numbers" "$corpus" "${REPEAT:-3}")
read -r l_whole l_mbs l_recs < <("$build/lede" "$here/bench_lua.lua" "$corpus")
printf "corpus: %s (%.1f MB, %d figures), peers on the first %d bytes\n" "$corpus" \
  "$(echo "$bytes / 1000000" | bc -l)" "$c_recs" "$sample"
printf "  %-34s %10.1f MB/s per document, %6.1f MB/s in one call\n" "lede_numbers (C core)" "$c_mbs" "$c_whole"
printf "  %-34s %10.1f MB/s per document, %6.1f MB/s in one call\n" "lede.numbers (Lua records)" "$l_mbs" "$l_whole"

if ! command -v node >/dev/null; then echo "  (node not installed: peers skipped)"; exit 0; fi
if [ ! -d "$here/node_modules/compromise" ] || [ ! -d "$here/node_modules/@microsoft/recognizers-text-suite" ]; then
  (cd "$here" && npm install --no-audit --no-fund compromise @microsoft/recognizers-text-suite >/dev/null 2>&1) ||
    { echo "  (npm install failed: peers skipped)"; exit 0; }
fi
(cd "$here" && node peers.js "$corpus" "$sample") | while IFS=$'\t' read -r name mbs items; do
  printf "  %-34s %10.3f MB/s (%d items)   lede is %.0fx faster (C core), %.0fx (Lua)\n" "$name" "$mbs" "$items" \
    "$(echo "$c_mbs / $mbs" | bc -l)" "$(echo "$l_mbs / $mbs" | bc -l)"
done
