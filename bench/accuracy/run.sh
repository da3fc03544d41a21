#!/usr/bin/env bash
# Accuracy against the public evaluation data in ../shared/data (make eval; not run by CI).
set -u
BUILD=${1:-build}
LEDE=$(cd "$BUILD" && pwd)/lede
cd "$(dirname "$0")/../.."
DATA=${LEDE_SHARED_DATA:-../shared/data}
if [ ! -d "$DATA" ]; then echo "no evaluation data at $DATA (set LEDE_SHARED_DATA)"; exit 1; fi
status=0
for s in bench/accuracy/*.lua; do
  echo "== $s"
  "$LEDE" "$s" "$DATA" || status=1
done
exit $status
