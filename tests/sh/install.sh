#!/usr/bin/env bash
# `cmake --install` into a DESTDIR puts every promised file in place, the
# installed lede.pc compiles the C embedding example (shared and static), and
# the installed lede program and Lua module work.
set -euo pipefail
src="${LEDE_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
build="${LEDE_BUILD_DIR:-$src/build}"
prefix=/usr/local
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
dest="$tmp/dest"
DESTDIR="$dest" cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || {
  cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1; }
root="$dest$prefix"
fail=0
check() { if [ -e "$root/$1" ]; then echo "ok   $1"; else echo "FAIL missing $1"; fail=1; fi; }
check bin/lede
check lib/liblede.a
check lib/liblede.so
check include/lede.h
check lib/pkgconfig/lede.pc
check lib/lua/5.4/lede.so
check share/lua/5.4/lede/cli.lua
check share/lua/5.4/lede/api/tally.lua
check share/man/man1/lede.1
[ -x "$root/bin/lede" ] || { echo "FAIL bin/lede is not executable"; fail=1; }
n=$(find "$root/share/lua/5.4/lede" -name '*.lua' | wc -l)
n_src=$(cd "$src/lua" && find lede -name '*.lua' | wc -l)
if [ "$n" = "$n_src" ]; then echo "ok   $n Lua modules installed"; else echo "FAIL $n Lua modules installed, $n_src in lua/lede"; fail=1; fi

# The man page is valid groff -man (no warnings) and names the program.
if ! command -v groff >/dev/null; then
  echo "FAIL groff is not installed (Debian package groff-base): cannot check lede.1"; fail=1
elif man_out="$(groff -man -Tutf8 -ww -z "$root/share/man/man1/lede.1" 2>&1)" && [ -z "$man_out" ]; then
  echo "ok   lede.1 formats without warnings"
else echo "FAIL lede.1: $man_out"; fail=1; fi

# A sanitizer build (make test SANITIZE=1) installs sanitized libraries: programs
# linked with them need the same flags, and a stock lua5.4 needs the runtimes preloaded.
san_cflags=""
preload=""
if grep -q '^LEDE_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  san_cflags="-fsanitize=address,undefined"
  preload="$(cc -print-file-name=libasan.so) $(cc -print-file-name=libubsan.so)"
  export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
fi

# Compile the embedding example against the installed lede.pc.
export PKG_CONFIG_PATH="$root/lib/pkgconfig"
pc="pkg-config --define-variable=prefix=$root"
if $pc --exists lede && [ "$($pc --modversion lede)" = "0.1.0" ]; then echo "ok   pkg-config finds lede 0.1.0"; else echo "FAIL pkg-config lede"; fail=1; fi
cc -std=c11 $san_cflags -o "$tmp/embed_shared" "$src/tests/embed/embed_c.c" $($pc --cflags --libs lede) 2>"$tmp/cc.log" || { cat "$tmp/cc.log"; fail=1; }
if [ -x "$tmp/embed_shared" ] && LD_LIBRARY_PATH="$root/lib" "$tmp/embed_shared" >"$tmp/out" 2>&1; then
  echo "ok   embed_c (shared liblede) runs"
else echo "FAIL embed_c shared"; cat "$tmp/out" 2>/dev/null || true; fail=1; fi
cc -std=c11 $san_cflags -o "$tmp/embed_static" "$src/tests/embed/embed_c.c" $($pc --cflags lede) \
   "$root/lib/liblede.a" $($pc --static --libs lede | sed 's/-llede//') 2>"$tmp/cc.log" || { cat "$tmp/cc.log"; fail=1; }
if [ -x "$tmp/embed_static" ] && "$tmp/embed_static" >"$tmp/out" 2>&1; then
  echo "ok   embed_c (static liblede.a) runs"
else echo "FAIL embed_c static"; cat "$tmp/out" 2>/dev/null || true; fail=1; fi

# The installed program and the installed Lua module.
v="$("$root/bin/lede" --version)"
case "$v" in "lede 0.1.0 "*) echo "ok   installed lede --version";; *) echo "FAIL lede --version: $v"; fail=1;; esac
out="$(cd / && LD_PRELOAD="$preload" LUA_CPATH="$root/lib/lua/5.4/?.so" LUA_PATH="$root/share/lua/5.4/?.lua" lua5.4 -e '
  local lede = require "lede"; print(lede._VERSION, require("lede.pretty")({ 1, k = "v" }))')"
if [ "$out" = '0.1.0	{ 1, k = "v" }' ]; then echo "ok   lua5.4 loads the installed module"; else echo "FAIL lua5.4: $out"; fail=1; fi
exit $fail
