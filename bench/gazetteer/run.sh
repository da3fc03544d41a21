#!/bin/sh
# bench/gazetteer: lede's gazetteer matcher against Hyperscan, pyahocorasick
# and grep -Fwi on the same name lists and a generated news-like corpus.
#   bench/gazetteer/run.sh [MB]     (MB of corpus for lede and Hyperscan; default 100)
# Environment: LEDE_BIN (default build/lede), HS_100K=1 to also compile 100k
# names with Hyperscan (takes minutes), SMALL_MB (default 10) for pyahocorasick,
# All figures are CPU seconds (the machine is shared); grep is timed by the wall clock.
# GREP_KB (default 256) for grep -Fwi (it runs at well under 1 MB/s).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
LEDE_BIN=${LEDE_BIN:-$root/build/lede}
MB=${1:-100}
SMALL_MB=${SMALL_MB:-10}
GREP_KB=${GREP_KB:-256}
out=$root/bench/corpus/gazetteer
mkdir -p "$out"
cities=$root/../shared/data/gazetteer/cities.tsv
[ -r "$cities" ] || { echo "note: $cities missing: invented names" >&2; cities=/nonexistent; }
LUA=$(command -v lua5.4 || echo "$LEDE_BIN")
[ -f "$out/names-100000.tsv" ] || $LUA "$here/make-names.lua" "$cities" "$out" 10000 100000
[ -f "$out/corpus-$MB.txt" ] || $LUA "$here/make-corpus.lua" "$out/names-100000.txt" "$out/corpus-$MB.txt" "$MB"
head -c $((SMALL_MB * 1048576)) "$out/corpus-$MB.txt" | sed '$d' > "$out/small.txt"
head -c $((GREP_KB * 1024)) "$out/corpus-$MB.txt" | sed '$d' > "$out/tiny.txt"
[ -x "$out/hs_bench" ] || cc -O2 -o "$out/hs_bench" "$here/hs_bench.c" -lhs
# lede's core without Lua tables (the library of the build next to LEDE_BIN)
cc -O2 -I"$root/include" -o "$out/core_bench" "$here/core_bench.c" "$(dirname "$LEDE_BIN")/liblede.a" -lutf8proc -lcjson -lpcre2-8 -lm
PY=/usr/bin/python3

rss() { # command... -> prints the tool's line plus peak RSS
  /usr/bin/time -v "$@" 2>"$out/time.txt" | tr '\n' ' '
  echo "peak_RSS_MB=$(awk '/Maximum resident/ {printf "%.0f", $NF/1024}' "$out/time.txt")"
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "== corpus: $(du -m "$out/corpus-$MB.txt" | cut -f1) MB news-like text; names from $(basename "$cities")"
for n in 10000 100000; do
  echo "-- $n names"
  L=$(rss "$out/core_bench" "$out/names-$n.tsv" "$out/corpus-$MB.txt"); echo "$L"
  C=$(rss "$out/core_bench" "$out/names-$n.tsv" "$out/small.txt" fuzzy); echo "$C   (fuzzy, $SMALL_MB MB)"
  W=$(rss "$LEDE_BIN" "$here/lede_bench.lua" "$out/names-$n.tsv" "$out/small.txt" exact); echo "$W   (gz:match from Lua, result tables included, $SMALL_MB MB)"
  if [ "$n" = 10000 ] || [ "${HS_100K:-0}" = 1 ]; then
    H=$(rss "$out/hs_bench" "$out/names-$n.txt" "$out/corpus-$MB.txt"); echo "$H"
    echo "ratio lede/hyperscan MB/s: $(echo "$L $H" | awk '{for(i=1;i<=NF;i++) if($i ~ /^MB_per_s=/){split($i,a,"="); v[++k]=a[2]} print v[1]/v[2]}')"
  else
    echo "hyperscan: 100k names not compiled (minutes; HS_100K=1 to run)"
  fi
  A=$(rss $PY "$here/aho_bench.py" "$out/names-$n.txt" "$out/small.txt" "$out/aho-spans.txt"); echo "$A   ($SMALL_MB MB)"
  "$LEDE_BIN" "$here/lede_bench.lua" "$out/names-$n.tsv" "$out/small.txt" exact "$out/lede-spans.txt" >/dev/null
  same=$(sort "$out/aho-spans.txt" "$out/lede-spans.txt" | uniq -d | wc -l)
  echo "same matches lede vs pyahocorasick on $SMALL_MB MB: $same common, lede $(wc -l < "$out/lede-spans.txt"), pyahocorasick $(wc -l < "$out/aho-spans.txt")"
  echo "ratio lede/pyahocorasick MB/s: $(echo "$L $A" | awk '{for(i=1;i<=NF;i++) if($i ~ /^MB_per_s=/){split($i,a,"="); v[++k]=a[2]} print v[1]/v[2]}')"
  t0=$(date +%s.%N)
  g=$(LC_ALL=C grep -Fwio -f "$out/names-$n.txt" "$out/tiny.txt" | wc -l)
  t1=$(date +%s.%N)
  echo "grep -Fwio: $GREP_KB KB in $(echo "$t0 $t1" | awk '{printf "%.2f", $2-$1}') s = $(echo "$t0 $t1 $GREP_KB" | awk '{printf "%.3f", $3/1024/($2-$1)}') MB/s, matches=$g"
done
