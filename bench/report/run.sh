#!/usr/bin/env bash
# bench/report/run.sh [BUILD_DIR] -- `lede report` throughput over a JSON Lines corpus made of the
# sample corpus's articles repeated to about 5 MB (bench/corpus/report.jsonl, git-ignored), with
# every report section on (dates, sentences, boilerplate, timeline, claims, quotes, entities) and
# with lede's section modules as they are. Prints CPU time, MB/s and peak RSS.
set -eu
cd "$(dirname "$0")/../.."
build=${1:-${LEDE_BUILD_DIR:-build}}
LEDE=$build/lede
MB=${MB:-5}
mkdir -p bench/corpus
"$LEDE" - "$MB" <<'LUA'
local lede, cli = require "lede", require "lede.cli"
local docs = {}
for d in lede.corpus("data/sample") do docs[#docs + 1] = d end
local f = assert(io.open("bench/corpus/report.jsonl", "w"))
local n, bytes, want = 0, 0, tonumber(arg[1]) * 1e6
while bytes < want do
  for _, d in ipairs(docs) do
    n = n + 1; bytes = bytes + #d.text
    f:write(cli.json_encode({ id = "r" .. n, text = d.text, outlet = d.outlet,
      date = (d.date and d.date ~= "") and d.date or nil }), "\n")
  end
end
f:close()
io.stderr:write(string.format("corpus: %d documents, %.1f MB of text\n", n, bytes / 1e6))
LUA
bytes=$(stat -c %s bench/corpus/report.jsonl)
/usr/bin/time -f "%U %S %M" -o /tmp/lede-report-time "$LEDE" report bench/corpus/report.jsonl > /dev/null
read -r u s rss < /tmp/lede-report-time
awk -v b="$bytes" -v u="$u" -v s="$s" -v r="$rss" 'BEGIN {
  printf "  lede report (all sections)  %.2f MB/s of JSON Lines (CPU %.1f s), peak RSS %.0f MB\n", b / 1e6 / (u + s), u + s, r / 1024 }'
