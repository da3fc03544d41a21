#!/bin/sh
# Regenerates data/gazetteer/countries.tsv from Debian's iso-codes package
# (ISO 3166-1 names; apt-get install -y iso-codes) and the hand-written
# data/gazetteer/country-extras.tsv (short names, variants, demonyms).
# Columns: id (iso:XX), type, name, aliases (|), demonyms (|).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
iso=${ISO_JSON:-/usr/share/iso-codes/json/iso_3166-1.json}
[ -r "$iso" ] || { echo "make-countries: $iso missing (apt-get install -y iso-codes)" >&2; exit 1; }
python3 - "$iso" "$here/data/gazetteer/country-extras.tsv" > "$here/data/gazetteer/countries.tsv" <<'PY'
import json, sys
iso = json.load(open(sys.argv[1], encoding="utf-8"))["3166-1"]
extras = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    code, aliases, demonyms = (line.rstrip("\n").split("\t") + ["", ""])[:3]
    extras[code] = (aliases, demonyms)
print("id\ttype\tname\taliases\tdemonyms")
for c in sorted(iso, key=lambda c: c["alpha_2"]):
    code = c["alpha_2"]
    ex_al, ex_dem = extras.get(code, ("", ""))
    aliases = [a for a in ex_al.split("|") if a]
    name = c.get("common_name") or (aliases[0] if aliases else c["name"])
    for a in (c["name"], c.get("official_name"), c.get("common_name")):
        if a and a != name and a not in aliases:
            aliases.append(a)
    aliases = [a for a in aliases if a != name]
    print("\t".join(["iso:" + code, "country", name, "|".join(aliases), ex_dem]))
# Kosovo has no ISO 3166-1 code; it is in the extras as XK.
if "XK" in extras and not any(c["alpha_2"] == "XK" for c in iso):
    al = extras["XK"][0].split("|")
    print("\t".join(["iso:XK", "country", al[0], "|".join(al[1:]), extras["XK"][1]]))
PY
echo "wrote $here/data/gazetteer/countries.tsv" >&2
