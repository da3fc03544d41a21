#!/usr/bin/env bash
# The analysis scripts in scripts/ run on the sample corpus and give the lines an analyst expects.
set -u
LEDE=${LEDE_BIN:-build/lede}
cd "${LEDE_SOURCE_DIR:-.}"
fail=0
expect() {  # expect NAME OUTPUT FIXED-STRING
  if ! grep -qF -- "$3" <<<"$2"; then echo "FAIL $1: no line with: $3"; fail=1; else echo "ok   $1: $3"; fi
}
out=$("$LEDE" scripts/casualties.lua data/sample 2>&1) || { echo "FAIL casualties.lua exited $?"; fail=1; }
expect casualties "$out" ">= 72 (Prime Minister Aram Vossik)"
expect casualties "$out" "killed / Dravania"
expect casualties "$out" '"dozens" (min 24)'
out=$("$LEDE" scripts/who-said-what.lua data/sample 2>&1) || { echo "FAIL who-said-what.lua exited $?"; fail=1; }
expect who-said-what "$out" "Dmitri Olenko (2 sources):"
out=$("$LEDE" scripts/timeline.lua data/sample 2025-03 2>&1) || { echo "FAIL timeline.lua exited $?"; fail=1; }
first=$(head -1 <<<"$out")
expect timeline "$first" "2025-03-10TNI"
if "$LEDE" scripts/casualties.lua >/dev/null 2>&1; then echo "FAIL casualties.lua without SOURCE should exit non-zero"; fail=1; fi
exit $fail
