#!/usr/bin/env bash
# The lede program from the shell: pipes, exit statuses, report/tally on a
# small corpus written here, and a map/reduce pipeline.
set -uo pipefail
LEDE="${LEDE_BIN:-build/lede}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0
pass() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
expect() { # name expected actual
  if [ "$2" = "$3" ]; then pass "$1"; else bad "$1: expected [$2] got [$3]"; fi
}

# --- the REPL through a pipe, scripts, exit statuses
expect "printf '1+1' | lede" "2" "$(printf '1+1\n' | "$LEDE")"
expect "REPL multi-line" "$(printf '1\n2\n3')" "$(printf 'for i = 1, 3 do\nprint(i)\nend\n' | "$LEDE")"
printf 'error("x")\n' | "$LEDE" >/dev/null 2>&1; expect "REPL error exit status" 1 $?
"$LEDE" -e 'os.exit(0)'; expect "-e exit 0" 0 $?
"$LEDE" nosuchcommand >/dev/null 2>&1; expect "unknown command exit 2" 2 $?
"$LEDE" report --nosuchoption x >/dev/null 2>&1; expect "unknown option exit 2" 2 $?
printf 'local t = nil\nprint(t.x)\n' >"$tmp/bad.lua"
err="$("$LEDE" "$tmp/bad.lua" 2>&1 >/dev/null)"; st=$?
expect "script error exit 1" 1 $st
case "$err" in "lede: $tmp/bad.lua:2: attempt to index a nil value (local 't')"*) pass "script error names file:line";;
  *) bad "script error message: $err";; esac
expect "script args" "a b|2" "$(printf 'print(arg[1] .. " " .. arg[2] .. "|" .. #arg)\n' | "$LEDE" - a b)"

# --- the REPL on a terminal (script(1) gives it one): prompt, result, history in $HOME
mkdir -p "$tmp/home"
tty_out="$(printf 'x = 40\nx + 2\n:quit\n' | HOME="$tmp/home" script -qec "$LEDE" /dev/null 2>&1 | tr -d '\r')"
case "$tty_out" in *"lede> x + 2"*"42"*) pass "REPL on a terminal prints results";; *) bad "REPL on a terminal: $tty_out";; esac
# (libedit writes a space as \040)
if sed 's/\\040/ /g' "$tmp/home/.lede_history" 2>/dev/null | grep -qx 'x + 2'; then pass "REPL history in \$HOME/.lede_history"
else bad "REPL history: $(cat "$tmp/home/.lede_history" 2>&1)"; fi

# Tab completes names: "lede.sente<TAB>" is run (and kept in history) as "lede.sentences".
printf 'lede.sente\t\n:quit\n' | HOME="$tmp/home" script -qec "$LEDE" /dev/null >/dev/null 2>&1
if sed 's/\\040/ /g' "$tmp/home/.lede_history" 2>/dev/null | grep -qx 'lede.sentences'; then pass "REPL completes lede.sente to lede.sentences"
else bad "REPL completion: $(cat "$tmp/home/.lede_history" 2>&1)"; fi

# --- a small corpus (invented story), plain text with metadata headers
mkdir -p "$tmp/corpus/sub"
cat >"$tmp/corpus/keldor.txt" <<'TXT'
Title: Border clashes leave dozens dead
Date: 2025-03-12
Source: Keldor Today

MARSK, March 12 - Keldoria says at least 38 of its soldiers were killed in fighting near Tarvos.
Prime Minister Aram Vossik called it "an attack on our sovereignty."

Share this article
TXT
cat >"$tmp/corpus/sub/valley.txt" <<'TXT'
Title: Ceasefire announced after two days of fighting
Date: 13 March 2025
Source: Valley Wire

Dravania says 41 servicemen died. A ceasefire was announced at 10:00 am Ostgrad time.
TXT
cat >"$tmp/corpus/sub/harbour.txt" <<'TXT'
Title: Highlands quiet, for now
Source: Valley Wire

Residents of Ulmet returned to their homes on Friday.
TXT

out="$("$LEDE" report "$tmp/corpus" 2>"$tmp/err")"; st=$?
expect "report exit 0" 0 $st
for id in keldor.txt valley.txt harbour.txt; do
  case "$out" in *"$id =="*) pass "report lists $id";; *) bad "report does not list $id";; esac
done
case "$out" in *"2025-03-12"*) pass "report shows the date";; *) bad "report date: $out";; esac
case "$out" in *"documents: 3 read, 0 skipped"*) pass "report summary";; *) bad "report summary: $out";; esac

"$LEDE" report "$tmp/corpus" --format json >"$tmp/report.jsonl"; st=$?
expect "report json exit 0" 0 $st
expect "report json: one line per document" 3 "$(wc -l <"$tmp/report.jsonl" | tr -d ' ')"
# every line is JSON with the promised fields (checked with lede's own decoder)
checked="$("$LEDE" -e '
  local json = require "lede.json"
  local n = 0
  for line in io.lines(arg[1]) do
    local r = assert(json.decode(line))
    for _, f in ipairs({ "doc", "sentences", "boilerplate", "problems" }) do assert(r[f] ~= nil, f) end
    n = n + 1
  end
  print(n)' "$tmp/report.jsonl")"
expect "report json fields" 3 "$checked"

# --- tally and the map/reduce pipeline agree
expect "tally --by outlet (json)" '{"count":2,"key":"Valley Wire"}
{"count":1,"key":"Keldor Today"}' "$("$LEDE" tally "$tmp/corpus" --by outlet --format json)"
printf 'function map(r) return { key = r.outlet or "(none)", count = 1 } end\n' >"$tmp/by_outlet.lua"
expect "report | map | reduce --tally" '{"count":2,"key":"Valley Wire"}
{"count":1,"key":"Keldor Today"}' "$("$LEDE" report "$tmp/corpus" --format json | "$LEDE" map "$tmp/by_outlet.lua" | "$LEDE" reduce --tally)"
# split in two halves, reduced separately, then merged: same result
head -n 1 "$tmp/report.jsonl" | "$LEDE" map "$tmp/by_outlet.lua" | "$LEDE" reduce --tally >"$tmp/part1"
tail -n +2 "$tmp/report.jsonl" | "$LEDE" map "$tmp/by_outlet.lua" | "$LEDE" reduce --tally >"$tmp/part2"
expect "partial tallies merge" '{"count":2,"key":"Valley Wire"}
{"count":1,"key":"Keldor Today"}' "$(cat "$tmp/part1" "$tmp/part2" | "$LEDE" reduce --tally)"

# --- -o, csv, html
"$LEDE" tally "$tmp/corpus" --by outlet --format csv -o "$tmp/t.csv"
expect "tally csv via -o" "$(printf 'key,count\r\nValley Wire,2\r\nKeldor Today,1\r')" "$(cat "$tmp/t.csv")"
"$LEDE" report "$tmp/corpus" --format html -o "$tmp/r.html"
if grep -q '<!DOCTYPE html>' "$tmp/r.html" && ! grep -qi '<script' "$tmp/r.html"; then pass "report html"; else bad "report html"; fi

# --- problems: a missing source is reported, the rest is read, exit 1
"$LEDE" report "$tmp/corpus/keldor.txt" "$tmp/nonexistent" >"$tmp/out" 2>"$tmp/err"; st=$?
expect "missing source exit 1" 1 $st
if grep -q "nonexistent" "$tmp/err"; then pass "missing source named on stderr"; else bad "missing source message: $(cat "$tmp/err")"; fi
if grep -q "keldor.txt" "$tmp/out"; then pass "other source still read"; else bad "other source not read"; fi
# a bad JSON Lines record: reported with file:line, the rest read, exit 1
printf '{"id":"a","text":"Tarvos was shelled."}\n{"id": broken\n{"id":"c","text":"Ulmet was quiet."}\n' >"$tmp/feed.jsonl"
"$LEDE" report "$tmp/feed.jsonl" --format json >"$tmp/out" 2>"$tmp/err"; st=$?
expect "bad JSONL record exit 1" 1 $st
expect "bad JSONL: other records read" 2 "$(wc -l <"$tmp/out" | tr -d ' ')"
if grep -q "feed.jsonl:2" "$tmp/err"; then pass "bad JSONL record named with file:line"; else bad "bad JSONL message: $(cat "$tmp/err")"; fi
exit $fail
