#!/usr/bin/env bash
# bench/dates/run.sh [BUILD_DIR] -- lede_dates (C core, and through the Lua
# binding) on a generated news-like corpus of MB megabytes, against
# chrono-node (npm, installed here into node_modules) and python3-dateparser's
# search_dates (Debian package) on the first SAMPLE bytes of the same corpus.
# All timings are CPU time of the process (the machine is shared), best of 3.
#   MB=20 corpus size; SAMPLE=200000 bytes for chrono-node; PYSAMPLE=20000 for
#   dateparser (it is slow); REPEAT=3 (C, best of)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-${LEDE_BUILD_DIR:-build}}
case $build in /*) ;; *) build=$root/$build ;; esac
mb=${MB:-20}
sample=${SAMPLE:-200000}
pysample=${PYSAMPLE:-20000}
corpus=$root/bench/corpus/dates_news.txt
out=$root/bench/out/dates
mkdir -p "$root/bench/corpus" "$out"

lib=$build/liblede.a
[ -f "$lib" ] || { echo "run.sh: $lib not found; build first (make build)" >&2; exit 2; }
if [ ! -f "$corpus" ] || [ "$(stat -c %s "$corpus")" -lt $((mb * 1000000)) ]; then
  echo "generating a $mb MB corpus at $corpus ..."
  lua5.4 "$here/gen_corpus.lua" "$corpus" "$mb"
fi
bytes=$(stat -c %s "$corpus")

cc -std=c11 -O2 -I"$root/include" "$here/bench_dates.c" "$lib" \
   $(pkg-config --cflags --libs libutf8proc libpcre2-8 libcjson 2>/dev/null) -lm -o "$out/bench_dates"

read -r c_mbs c_recs < <("$out/bench_dates" "$corpus" "${REPEAT:-3}")
read -r l_mbs l_recs < <("$build/lede" "$here/bench_lua.lua" "$corpus")
printf "corpus: %s (%.1f MB); chrono-node on the first %d bytes, dateparser on the first %d\n" \
  "$corpus" "$(echo "$bytes / 1000000" | bc -l)" "$sample" "$pysample"
printf "  %-28s %10.1f MB/s  %8d records\n" "lede_dates (C core)" "$c_mbs" "$c_recs"
printf "  %-28s %10.1f MB/s  %8d records\n" "lede.dates (Lua records)" "$l_mbs" "$l_recs"

peer() { # name mbs items
  printf "  %-28s %10.2f MB/s  %8d results   lede C / peer = %.0fx\n" "$1" "$2" "$3" "$(echo "$c_mbs / $2" | bc -l)"
}
if command -v node >/dev/null; then
  if [ ! -d "$here/node_modules/chrono-node" ]; then
    (cd "$here" && npm install --no-audit --no-fund chrono-node >/dev/null 2>&1) || echo "  (npm install chrono-node failed: skipped)"
  fi
  if [ -d "$here/node_modules/chrono-node" ]; then
    IFS=$'\t' read -r name mbs items < <(cd "$here" && node peers.js "$corpus" "$sample")
    peer "$name" "$mbs" "$items"
  fi
else
  echo "  (node not installed: chrono-node skipped)"
fi
# the Debian package lives in the system python (a pyenv python3 on PATH lacks it)
py=${PYTHON:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3 )}
if "$py" -c "import dateparser" 2>/dev/null; then
  IFS=$'\t' read -r name mbs items < <("$py" "$here/peer_dateparser.py" "$corpus" "$pysample")
  peer "$name" "$mbs" "$items"
else
  echo "  (python3-dateparser not installed: apt-get install -y python3-dateparser; skipped)"
fi
