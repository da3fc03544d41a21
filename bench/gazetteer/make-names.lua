-- Gazetteers for the benchmark: the N most populous GeoNames cities whose
-- names are plain ASCII (so that every tool folds case the same way), one
-- name per line (names-N.txt) and as lede TSV (names-N.tsv). Without
-- ../shared/data/gazetteer/cities.tsv, deterministic invented names.
--   lua5.4 make-names.lua CITIES_TSV OUTDIR N...
local cities, outdir = arg[1], arg[2]
local sizes = {}
for i = 3, #arg do sizes[#sizes + 1] = tonumber(arg[i]) end
local max = 0
for _, n in ipairs(sizes) do if n > max then max = n end end
local names, seen = {}, {}
local f = cities and io.open(cities, "r")
if f then
  local rows = {}
  f:read("l")
  for line in f:lines() do
    local id, name, _, pop = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)")
    if name and #name >= 4 and name:match("^%a[%a %-]*%a$") and not name:find("  ") then
      rows[#rows + 1] = { name = name, pop = tonumber(pop) or 0, id = tonumber(id) or 0 }
    end
  end
  f:close()
  table.sort(rows, function(a, b) if a.pop ~= b.pop then return a.pop > b.pop end return a.id < b.id end)
  for _, r in ipairs(rows) do
    local k = r.name:lower()
    if not seen[k] then seen[k] = true; names[#names + 1] = r.name end
    if #names >= max then break end
  end
end
local syl = { "ka", "lo", "vi", "dra", "mar", "sen", "tor", "bel", "gra", "un", "os", "pel", "rin", "zan", "dor", "mir" }
local x = 12345
local function rnd(n) x = (x * 1103515245 + 12345) % 2147483648; return (x >> 16) % n + 1 end
while #names < max do  -- invented names when the GeoNames table is missing or short
  local s = {}
  for _ = 1, 2 + rnd(3) do s[#s + 1] = syl[rnd(#syl)] end
  local n = table.concat(s)
  n = n:sub(1, 1):upper() .. n:sub(2)
  if not seen[n:lower()] then seen[n:lower()] = true; names[#names + 1] = n end
end
for _, n in ipairs(sizes) do
  local txt = assert(io.open(string.format("%s/names-%d.txt", outdir, n), "w"))
  local tsv = assert(io.open(string.format("%s/names-%d.tsv", outdir, n), "w"))
  for i = 1, n do
    txt:write(names[i], "\n")
    tsv:write(i, "\tplace\t", names[i], "\n")
  end
  txt:close()
  tsv:close()
end
