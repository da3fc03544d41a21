#!/usr/bin/env bash
# Runs every benchmark (bench/*/run.sh) from the repository root with the build dir given
# (default: build). Each prints lede's throughput beside a peer tool's and the ratio.
set -u
cd "$(dirname "$0")/.."
BUILD=${1:-build}
export LEDE_BUILD_DIR=$(cd "$BUILD" && pwd)
export LEDE_BIN=$LEDE_BUILD_DIR/lede
status=0
for b in bench/*/run.sh; do
  case "$b" in bench/accuracy/*) continue ;; esac
  echo "== $b"
  bash "$b" || { echo "$b failed"; status=1; }
done
exit $status
