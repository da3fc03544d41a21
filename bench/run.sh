#!/usr/bin/env bash
# Runs every benchmark (bench/*/run.sh) with the build dir given (default: build).
# Each prints lede's throughput beside a peer tool's and the ratio.
set -u
BUILD=${1:-build}
export LEDE_BUILD_DIR=$(cd "$BUILD" && pwd)
export LEDE_BIN=$LEDE_BUILD_DIR/lede
cd "$(dirname "$0")"
status=0
for b in */run.sh; do
  case "$b" in accuracy/*) continue ;; esac
  echo "== bench/$b"
  bash "$b" || { echo "bench/$b failed"; status=1; }
done
exit $status
