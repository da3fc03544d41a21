#!/usr/bin/env bash
# make test-slow: inputs too big for the default suite, generated at run time.
#  1. a 1 GB single-line .txt file read with lede.read (length and date exact)
#  2. a 1 GB single JSON Lines record read with lede.corpus
#  3. streaming: 400,000 JSON Lines records (~60 MB) read with lede.corpus,
#     maximum resident memory far below the file size
#  4. a tree of 50,000 small files: the walk's memory stays flat
# Needs LEDE_BIN; about 6 GB of free memory and 2 GB of free disk in $TMPDIR.
set -eu   # no pipefail: yes | head ends yes with SIGPIPE
LEDE_BIN=${LEDE_BIN:-build/lede}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # name got want
  if [ "$2" == "$3" ]; then echo "ok $1"; else echo "FAIL $1: got [$2] want [$3]"; fail=1; fi
}

GB=$((1024 * 1024 * 1024))
# 1 GB of "Keldoria " (9 bytes each) on one line, then a date at its end
yes 'Keldoria' | tr '\n' ' ' | head -c "$GB" > "$tmp/big.txt"
printf 'on 11 March 2025.' >> "$tmp/big.txt"
size=$(stat -c %s "$tmp/big.txt")
got=$("$LEDE_BIN" -e 'local d = assert(lede.read(arg[1])); print(#d.text, d.date, d.date_estimated, #d.problems)' "$tmp/big.txt")
check "1 GB line as text" "$got" "$size	2025-03-11	true	0"
rm -f "$tmp/big.txt"

# one JSON Lines record whose text is 1 GB
{ printf '{"id": "huge", "text": "'; yes 'Dravania' | tr '\n' ' ' | head -c "$GB"; printf '"}\n{"id": "after", "text": "small"}\n'; } > "$tmp/big.jsonl"
got=$("$LEDE_BIN" -e 'for d in lede.corpus(arg[1]) do print(d.id, #d.text) end' "$tmp/big.jsonl")
check "1 GB JSON Lines record" "$got" "huge	$GB
after	5"
rm -f "$tmp/big.jsonl"

# streaming: memory does not grow with the number of records
awk 'BEGIN { for (i = 1; i <= 400000; i++) printf "{\"id\": \"r%d\", \"outlet\": \"Valley Wire\", \"text\": \"Record %d: Keldoria and Dravania traded fire near Tarvos on 11 March 2025, officials in Marsk said.\"}\n", i, i }' > "$tmp/many.jsonl"
out=$(/usr/bin/time -f 'maxrss_kb=%M' "$LEDE_BIN" -e 'local n = 0; for d in lede.corpus(arg[1]) do n = n + 1 end; print(n)' "$tmp/many.jsonl" 2>&1)
check "400,000 records" "$(echo "$out" | head -1)" "400000"
rss=$(echo "$out" | sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p')
mb=$(( $(stat -c %s "$tmp/many.jsonl") / 1024 / 1024 ))
echo "# file ${mb} MB, max resident ${rss} kB"
if [ "$rss" -lt 65536 ]; then echo "ok streaming memory under 64 MB"; else echo "FAIL streaming memory ${rss} kB"; fail=1; fi
# a directory tree of 50,000 small files: memory stays flat too
mkdir -p "$tmp/tree"
for i in $(seq -w 0 99); do mkdir -p "$tmp/tree/d$i"; done
awk -v dir="$tmp/tree" 'BEGIN { for (i = 0; i < 50000; i++) { f = sprintf("%s/d%02d/f%05d.txt", dir, i % 100, i); print "Keldoria and Dravania, report " i " of 11 March 2025." > f; close(f) } }'
out=$(/usr/bin/time -f 'maxrss_kb=%M' "$LEDE_BIN" -e 'local n, d0 = 0; for d in lede.corpus(arg[1]) do n = n + 1; d0 = d0 or d.id end; print(n, d0:match("d00/f00000.txt$") ~= nil)' "$tmp/tree" 2>&1)
check "50,000 files in sorted order" "$(echo "$out" | head -1)" "50000	true"
rss=$(echo "$out" | sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p')
echo "# 50,000 files, max resident ${rss} kB"
if [ "$rss" -lt 65536 ]; then echo "ok directory walk memory under 64 MB"; else echo "FAIL directory walk memory ${rss} kB"; fail=1; fi
exit $fail
