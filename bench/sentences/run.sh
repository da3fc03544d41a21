#!/usr/bin/env bash
# Sentence splitting and boilerplate detection throughput: lede against the
# npm package sbd (sentence boundary detection) on the same text.
# usage: bash bench/sentences/run.sh            (LEDE_BIN=build/lede by default)
# The corpus (bench/corpus/sentences.txt, 16 MB) is the sample corpus's .txt
# files repeated, generated deterministically on first use. All timings are
# CPU time (the machine is shared), best of several runs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
LEDE_BIN=${LEDE_BIN:-$src/build/lede}
corpus=$src/bench/corpus/sentences.txt
mkdir -p "$src/bench/corpus"
if [ ! -s "$corpus" ]; then
  unit=$(for f in "$src"/data/sample/*.txt; do cat "$f"; printf '\n\n'; done; echo .)
  unit=${unit%.}
  tmp=$corpus.tmp.$$
  : > "$tmp"
  for _ in $(seq $((16 * 1024 * 1024 / ${#unit} + 1))); do printf '%s' "$unit"; done >> "$tmp"
  mv "$tmp" "$corpus"   # a killed run leaves no half corpus behind
fi

"$LEDE_BIN" - "$corpus" <<'LUA' > "$here/.lede.out"
local f = assert(io.open(arg[1], "rb")); local s = f:read("a"); f:close()
local mb = #s / 1e6
local function best(fn)
  local b = math.huge
  for _ = 1, 3 do local t = os.clock(); fn(); b = math.min(b, os.clock() - t) end
  return b
end
local n
local t1 = best(function() n = #lede.sentences(s) end)
local t2 = best(function() lede.boilerplate(s) end)
print(string.format("%.2f %.2f %.1f %d", mb / t1, mb / t2, mb, n))
LUA
read -r lede_sent lede_boiler mb nsent < "$here/.lede.out"
rm -f "$here/.lede.out"
echo "corpus: $corpus ($mb MB)"
echo "lede.sentences:   $lede_sent MB/s ($nsent sentences, including the table of records)"
echo "lede.boilerplate: $lede_boiler MB/s"

# The C core alone (no Lua tables), CPU time.
build=$(dirname "$LEDE_BIN")
if [ -f "$build/liblede.a" ] && command -v cc >/dev/null; then
  cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -I"$src/include" "$here/bench_core.c" "$build/liblede.a" \
     $(pkg-config --libs libutf8proc libpcre2-8 libcjson) -lm -o "$build/bench_sentences_core" &&
    "$build/bench_sentences_core" "$corpus" | sed 's/^/C core: /'
fi

if [ ! -d "$here/node_modules/sbd" ] && command -v npm >/dev/null; then
  (cd "$here" && npm install --no-audit --no-fund --prefix . sbd@1.0.19 >/dev/null 2>&1) || true
fi
if [ -d "$here/node_modules/sbd" ] && command -v node >/dev/null; then
  # sbd slows down badly on long inputs: both tools split the same 1 MB
  # slice (cut at a paragraph break), paragraph by paragraph for sbd.
  slice=$src/bench/corpus/sentences-1mb.txt
  head -c 1000000 "$corpus" | sed '$d' > "$slice"
  lede_small=$("$LEDE_BIN" - "$slice" <<'LUA'
local f = assert(io.open(arg[1], "rb")); local s = f:read("a"); f:close()
local b = math.huge
for _ = 1, 5 do local t = os.clock(); lede.sentences(s); b = math.min(b, os.clock() - t) end
print(string.format("%.2f", #s / 1e6 / b))
LUA
)
  peer=$(node -e '
    const sbd = require(process.argv[1] + "/node_modules/sbd");
    const s = require("fs").readFileSync(process.argv[2], "utf8");
    const paras = s.split(/\n\s*\n/);
    let best = Infinity, n = 0;
    for (let i = 0; i < 3; i++) {
      const t = process.cpuUsage(); n = 0;
      for (const p of paras) n += sbd.sentences(p, {newline_boundaries: true}).length;
      const d = process.cpuUsage(t);
      best = Math.min(best, (d.user + d.system) / 1e6);
    }
    console.log((Buffer.byteLength(s) / 1e6 / best).toFixed(2), n);' "$here" "$slice")
  read -r sbd_rate sbd_n <<< "$peer"
  echo "on a 1 MB slice: lede.sentences $lede_small MB/s; sbd 1.0.19 (node, per paragraph, newline_boundaries) $sbd_rate MB/s ($sbd_n sentences)"
  awk -v a="$lede_small" -v b="$sbd_rate" 'BEGIN { printf "ratio lede.sentences / sbd: %.1fx\n", a / b }'
else
  echo "sbd not available (npm install failed): no ratio"
fi
