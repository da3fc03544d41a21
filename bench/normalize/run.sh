#!/usr/bin/env bash
# bench/normalize/run.sh [BUILD_DIR] -- lede_normalize against utf8proc_map and
# iconv -t ascii//TRANSLIT on two generated corpora of 100 MB each.
#   BUILD_DIR   a CMake build tree with liblede.a (default: $LEDE_BUILD_DIR, then build)
#   MB=100      corpus size; REPEAT=3 best-of runs for lede (CPU time)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-${LEDE_BUILD_DIR:-build}}
case $build in /*) ;; *) build=$root/$build ;; esac
mb=${MB:-100}
corpus=$root/bench/corpus
out=$root/bench/out/normalize
mkdir -p "$corpus" "$out"

lib=$build/liblede.a
[ -f "$lib" ] || { echo "run.sh: $lib not found; build first (make build)" >&2; exit 2; }

# the corpora: generated once, deterministically (same bytes on every machine)
stamp=$corpus/.normalize-size
if [ "$(cat "$stamp" 2>/dev/null)" != "$mb" ] || [ ! -f "$corpus/news_en.txt" ] || [ ! -f "$corpus/mixed.txt" ]; then
  echo "generating $mb MB corpora in $corpus ..."
  lua5.4 "$here/gen_corpus.lua" "$corpus" "$mb"
  echo "$mb" > "$stamp"
fi

cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -I"$root/include" "$here/bench_normalize.c" "$lib" \
   $(pkg-config --cflags --libs libutf8proc libpcre2-8 libcjson) -lm -o "$out/bench_normalize"

status=0
for f in news_en mixed; do
  echo
  "$out/bench_normalize" "$corpus/$f.txt" || status=1
  # iconv: transliteration to ASCII (a different job: it also drops what it cannot
  # spell); timed as a peer, its output is not compared
  TIMEFORMAT='%3U %3S'
  cpu=$( { time iconv -f utf-8 -t ascii//TRANSLIT -c "$corpus/$f.txt" > "$out/$f.iconv" 2>/dev/null; } 2>&1 ) || true
  bytes=$(stat -c %s "$corpus/$f.txt")
  echo "$cpu" | awk -v b="$bytes" \
    '{ printf "  %-12s iconv -t ascii//TRANSLIT %8.0f MB/s (CPU time, one run)\n", "iconv", b / 1e6 / ($1 + $2) }'
  # the whole lede report (reading, repair, dates, sentences, boilerplate) on the same file
  if [ -x "$build/lede" ]; then
    cpu=$( { time "$build/lede" report "$corpus/$f.txt" > /dev/null 2>&1; } 2>&1 ) || true
    echo "$cpu" | awk -v b="$bytes" \
      '{ printf "  %-12s lede report (one document) %8.0f MB/s (CPU time, one run)\n", "report", b / 1e6 / ($1 + $2) }'
  fi
done
rm -f "$out"/*.iconv
exit $status
