#!/bin/sh
# Installs the Debian packages lede needs when run as root and they are missing.
#   sh .ci/deps.sh        what building and running lede needs
#   sh .ci/deps.sh test   plus what the test suite needs (luarocks, groff, chromium)
PKGS="cmake gcc make pkg-config lua5.4 liblua5.4-dev libpcre2-dev libcjson-dev lua-busted libutf8proc-dev libedit-dev"
[ "${1:-}" = test ] && PKGS="$PKGS luarocks groff-base bsdutils chromium"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "installing:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq $missing >/dev/null || {
    echo "apt-get install failed for:$missing" >&2; exit 1; }
else
  echo "missing Debian packages:$missing (run as root, or: sudo apt-get install$missing)" >&2
  exit 1
fi
