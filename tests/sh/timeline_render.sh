#!/bin/bash
# timeline_render.sh: `lede timeline --format html` renders in headless
# Chromium to a PNG that is not blank and shows the SVG's blue event marks.
# Needs chromium (Debian: apt-get install -y chromium) and python3; fails
# (never passes) when they are missing.
set -u
LEDE_BIN=${LEDE_BIN:-build/lede}
fail() { echo "timeline_render: FAIL: $*" >&2; exit 1; }

CHROME=""
for c in chromium chromium-browser google-chrome; do
  if command -v "$c" >/dev/null 2>&1; then CHROME=$(command -v "$c"); break; fi
done
[ -n "$CHROME" ] || fail "chromium is not installed (apt-get install -y chromium); this test cannot run without it"
command -v python3 >/dev/null 2>&1 || fail "python3 is not installed"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/docs.jsonl" <<'JSONL'
{"id":"kt-1","outlet":"Keldor Today","date":"2025-03-12","text":"Dravanian shelling hit Tarvos on Tuesday. Vossik spoke to parliament this morning. The six-week war of 2019 killed over 5,200 people."}
{"id":"vw-1","outlet":"Valley Wire","date":"2025-03-13","text":"A ceasefire was announced at 10:00 am Ostgrad time on Tuesday. Fighting began on the night of March 10."}
{"id":"hp-1","outlet":"Harbour Post","date":"2025-03-14","text":"Talks are planned for next month. Kesany was calm on Wednesday."}
JSONL
"$LEDE_BIN" timeline "$work/docs.jsonl" --format html -o "$work/timeline.html" || fail "lede timeline exited $?"
grep -q "<svg" "$work/timeline.html" || fail "no <svg> in the page"

timeout 120 "$CHROME" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --screenshot="$work/out.png" --window-size=1200,800 \
  "file://$work/timeline.html" >"$work/chrome.log" 2>&1
[ -s "$work/out.png" ] || { cat "$work/chrome.log" >&2; fail "chromium wrote no screenshot"; }

# Decode the PNG (8-bit RGB/RGBA, non-interlaced) and count colours and
# blue-dominant pixels (the event circles are #2563eb at 55% opacity).
python3 - "$work/out.png" <<'PY' || fail "the screenshot does not show the timeline"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, w = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
        assert depth == 8 and ctype in (2, 6) and interlace == 0, "unexpected PNG format"
        bpp = 3 if ctype == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
stride = w * bpp
prev = bytearray(stride)
colours, blue = set(), 0
for y in range(h):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp * 2):
        r, g, bl = line[x], line[x + 1], line[x + 2]
        colours.add((r, g, bl))
        if bl > r + 60 and bl > g + 30: blue += 1
    prev = line
print("timeline_render: %dx%d, %d colours, %d blue pixels" % (w, h, len(colours), blue))
assert len(colours) > 10, "blank page"
assert blue > 50, "no event marks"
PY
echo "timeline_render: ok"
