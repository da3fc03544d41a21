#!/usr/bin/env bash
# luarocks make builds the rockspec from a copy of the source tree into a
# private tree, without network; a stock lua5.4 then loads lede from it.
set -euo pipefail
src="${LEDE_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
command -v luarocks >/dev/null || { echo "FAIL: luarocks is not installed (Debian package luarocks)"; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A copy without build directories: luarocks builds in the tree it runs in.
mkdir "$tmp/src"
(cd "$src" && tar --exclude='./build*' --exclude='./bench' --exclude='./.git' --exclude='node_modules' -cf - .) | (cd "$tmp/src" && tar -xf -)
cd "$tmp/src"
# Two jobs at most (shared machines); nothing is downloaded (unreachable proxy).
if ! CMAKE_BUILD_PARALLEL_LEVEL=2 http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 \
     luarocks --lua-version 5.4 make --tree "$tmp/tree" --deps-mode=none lede-0.1.0-1.rockspec >"$tmp/log" 2>&1; then
  tail -40 "$tmp/log"
  echo "FAIL: luarocks make"
  exit 1
fi
fail=0
check() { if [ -e "$tmp/tree/$1" ]; then echo "ok   $1"; else echo "FAIL missing $1"; fail=1; fi; }
check lib/lua/5.4/lede.so
check share/lua/5.4/lede/cli.lua
check share/lua/5.4/lede/api/tally.lua
check bin/lede
out="$(cd / && LUA_CPATH="$tmp/tree/lib/lua/5.4/?.so" LUA_PATH="$tmp/tree/share/lua/5.4/?.lua" lua5.4 -e '
  local lede = require "lede"
  local t = lede.tally():add("Marsk"):add("Marsk"):add("Velgrad")
  local cli = require "lede.cli"
  print(lede._VERSION, t:top(1)[1].key, cli.json_encode({ n = 2, s = "Tarvos" }))')"
if [ "$out" = '0.1.0	Marsk	{"n":2,"s":"Tarvos"}' ]; then echo "ok   lua5.4 loads lede from the tree"; else echo "FAIL lua5.4: got '$out'"; fail=1; fi
v="$("$tmp/tree/bin/lede" --version 2>&1)"
case "$v" in "lede 0.1.0 "*) echo "ok   the tree's bin/lede runs";; *) echo "FAIL bin/lede --version: $v"; fail=1;; esac
# luarocks knows the rock
if luarocks --lua-version 5.4 --tree "$tmp/tree" list --porcelain 2>/dev/null | grep -q '^lede	0.1.0-1'; then
  echo "ok   luarocks list shows lede 0.1.0-1"
else echo "FAIL luarocks list"; fail=1; fi
exit $fail
