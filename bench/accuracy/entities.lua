-- Accuracy of lede's entity discovery and fuzzy name matching.
--   build/lede bench/accuracy/entities.lua [DATA_DIR]
-- DATA_DIR is ../shared/data as for the other scripts of make eval (default:
-- next to the source tree); the source tree is LEDE_SOURCE_DIR or the
-- directory two levels above this script.
-- 1. discovery: lede.entities on tests/fixtures/entities/annotated.txt
--    (315 names marked [Name](type) in sentences written for lede):
--    precision, recall and F1 on exact spans, and on spans + type.
-- 2. fuzzy: a gazetteer of large GeoNames cities (main names only) against
--    their real Latin-script alternate names (../shared/data/gazetteer/cities.tsv)
--    and against names of small towns that are not in it (false positives).
-- Used as a module by tests/spec/entities_spec.lua.
local lede = require "lede"
local M = {}

-- Reads the annotated fixture: one document per block (blocks start with a
-- "#" line), lines joined by newlines; returns their plain text and gold names.
function M.load_annotated(path)
  local docs = {}
  local text, gold, len = {}, {}, 0
  local function flush()
    if #text > 0 then docs[#docs + 1] = { text = table.concat(text), gold = gold } end
    text, gold, len = {}, {}, 0
  end
  for line in io.lines(path) do
    if line:match("^#") then flush()
    elseif line ~= "" then
      if len > 0 then text[#text + 1] = "\n"; len = len + 1 end
      local pos = 1
      while true do
        local a, b, name, typ = line:find("%[(.-)%]%((%a+)%)", pos)
        if not a then break end
        local before = line:sub(pos, a - 1)
        text[#text + 1] = before
        len = len + #before
        gold[#gold + 1] = { start = len + 1, stop = len + #name, text = name, type = typ }
        text[#text + 1] = name
        len = len + #name
        pos = b + 1
      end
      text[#text + 1] = line:sub(pos)
      len = len + #line - pos + 1
    end
  end
  flush()
  return docs
end

local function prf(tp, fp, fn)
  local p = tp + fp > 0 and tp / (tp + fp) or 0
  local r = tp + fn > 0 and tp / (tp + fn) or 0
  local f = p + r > 0 and 2 * p * r / (p + r) or 0
  return p, r, f
end

-- Scores lede.entities against the fixture. Returns a table of figures and the errors.
function M.discovery(src, gz)
  local docs = M.load_annotated(src .. "/tests/fixtures/entities/annotated.txt")
  local tp, fp, fn, ttp, tfp, tfn, n = 0, 0, 0, 0, 0, 0, 0
  local errors = {}
  for _, d in ipairs(docs) do
    local got = lede.entities(d.text, gz)
    local gold = {}
    for _, g in ipairs(d.gold) do gold[g.start .. ":" .. g.stop] = g; n = n + 1 end
    local seen = {}
    for _, e in ipairs(got) do
      local k = e.start .. ":" .. e.stop
      local g = gold[k]
      if g then
        tp = tp + 1
        seen[k] = true
        if g.type == e.type then ttp = ttp + 1 else
          tfp = tfp + 1; tfn = tfn + 1
          errors[#errors + 1] = string.format("type  %s: %s, want %s", e.text, e.type, g.type)
        end
      else
        fp = fp + 1; tfp = tfp + 1
        errors[#errors + 1] = string.format("extra %s (%s)", e.text, e.type)
      end
    end
    for k, g in pairs(gold) do
      if not seen[k] then
        fn = fn + 1; tfn = tfn + 1
        errors[#errors + 1] = string.format("miss  %s (%s) in: %s", g.text, g.type, d.text:sub(1, 60))
      end
    end
  end
  local p, r, f = prf(tp, fp, fn)
  local tp_, tr, tf = prf(ttp, tfp, tfn)
  return { names = n, p = p, r = r, f1 = f, typed_p = tp_, typed_r = tr, typed_f1 = tf }, errors
end


-- Variant list from GeoNames: returns gazetteer entries, positives, negatives.
function M.variants(cities_tsv, max_cities)
  local big, small = {}, {}
  local f = io.open(cities_tsv, "r")
  if not f then return nil end
  f:read("l")
  for line in f:lines() do
    local id, name, _, pop, _, _, alt, ascii = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)")
    pop = tonumber(pop) or 0
    if id and pop >= 300000 and #big < max_cities and ascii == name and #name >= 5 then
      big[#big + 1] = { id = id, name = name, alt = alt }
    elseif id and pop > 0 and pop < 3000 and #small < 3000 and ascii == name and #name >= 5 and name:match("^[%a ]+$") then
      small[#small + 1] = name
    end
  end
  f:close()
  local entries, pos, names = {}, {}, {}
  for _, c in ipairs(big) do
    entries[#entries + 1] = { id = c.id, type = "place", name = c.name }
    names[c.name:lower()] = true
  end
  for _, c in ipairs(big) do
    local k = 0
    for v in (c.alt .. ","):gmatch("([^,]*),") do
      -- Latin-script variants of one or two words that differ from the name
      if k < 3 and v:match("^%u[%a%-' ]+$") and v:lower() ~= c.name:lower() and not names[v:lower()]
         and #v >= 5 and not v:find("  ") and select(2, v:gsub(" ", "")) <= 1 then
        pos[#pos + 1] = { text = v, id = c.id, name = c.name }
        k = k + 1
      end
    end
  end
  local neg = {}
  for _, s in ipairs(small) do if not names[s:lower()] then neg[#neg + 1] = s end end
  return entries, pos, neg
end

-- Plain Levenshtein similarity (1 - distance / longer length) of two
-- lower-cased strings: used only to pick the spelling variants subset.
local function similarity(a, b)
  a, b = a:lower(), b:lower()
  local prev = {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    local row = { [0] = i }
    for j = 1, #b do
      local cost = a:byte(i) == b:byte(j) and 0 or 1
      row[j] = math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
    end
    prev = row
  end
  return 1 - prev[#b] / math.max(#a, #b)
end

-- Precision and recall of fuzzy matching on the variant list. A variant is
-- found when a match with the city's id overlaps it; a false positive is a
-- fuzzy match (score < 1) to another entry, or any fuzzy match in a sentence
-- naming a town that is not in the gazetteer. "spelling" restricts the
-- variants to those within plain Levenshtein similarity 0.6 of the name
-- (re-spellings rather than other names such as Bombay for Mumbai).
function M.fuzzy(data, max_cities)
  local entries, pos, neg = M.variants(data .. "/gazetteer/cities.tsv", max_cities or 2000)
  if not entries then return nil end
  local gz = assert(lede.gazetteer(entries))
  local res = {}
  for _, subset in ipairs({ "all", "spelling" }) do
    local tp, fp, fn, npos = 0, 0, 0, 0
    local misses, fps = {}, {}
    for _, v in ipairs(pos) do
      if subset == "all" or similarity(v.text, v.name) >= 0.6 then
        npos = npos + 1
        local s = "Officials in " .. v.text .. " said the road was closed."
        local a, b = 14, 13 + #v.text
        local ok = false
        for _, m in ipairs(gz:match(s, { fuzzy = true })) do
          if m.start <= b and m.stop >= a and m.id == v.id then ok = true
          elseif m.score < 1 then fp = fp + 1; fps[#fps + 1] = m.text .. " -> " .. m.name end
        end
        if ok then tp = tp + 1 else fn = fn + 1; misses[#misses + 1] = v.text .. " -> " .. v.name end
      end
    end
    for _, n in ipairs(neg) do
      local s = "Officials in " .. n .. " said the road was closed."
      for _, m in ipairs(gz:match(s, { fuzzy = true })) do
        if m.score < 1 then fp = fp + 1; fps[#fps + 1] = m.text .. " -> " .. m.name .. " (not in gazetteer)" end
      end
    end
    local p, r, f = prf(tp, fp, fn)
    res[subset] = { entries = #entries, positives = npos, negatives = #neg, tp = tp, fp = fp, fn = fn,
                    p = p, r = r, f1 = f, misses = misses, fps = fps }
  end
  return res
end

-- The seed-style variants named in issue 4 (hand-written list).
M.seed_pairs = {
  { "Jehon Peramov", "Jeyhun Bayramov" }, { "Kelbajar", "Kalbajar" }, { "Dashkesan", "Dashkasan" },
  { "Anthony Blinken", "Antony Blinken" }, { "Jeran Pakirov", "Jeyran Bakirov" },
  { "Matthias Roeder", "Mathias Roeder" }, { "Tarvoz", "Tarvos" }, { "Kesani", "Kesany" },
  { "Dmitriy Peskov", "Dmitry Peskov" }, { "Sergei Lavrov", "Sergey Lavrov" },
  { "Ilham Aliev", "Ilham Aliyev" }, { "Nikol Pashinian", "Nikol Pashinyan" },
  { "Volodymyr Zelenskiy", "Volodymyr Zelensky" }, { "Mevlut Cavusoglou", "Mevlut Cavusoglu" },
}

if arg and arg[0] and arg[0]:match("entities%.lua$") then
  local src = os.getenv("LEDE_SOURCE_DIR") or ((arg[0]:match("^(.*)/[^/]*$") or ".") .. "/../..")
  local data = arg[1] or (src .. "/../shared/data")
  local d, errs = M.discovery(src)
  print(string.format("discovery (no gazetteer): %d names  P=%.3f R=%.3f F1=%.3f | with type: P=%.3f R=%.3f F1=%.3f",
    d.names, d.p, d.r, d.f1, d.typed_p, d.typed_r, d.typed_f1))
  local gz = lede.gazetteer({ src .. "/data/gazetteer/countries.tsv", src .. "/data/gazetteer/story.tsv" })
  local d2 = M.discovery(src, gz)
  print(string.format("discovery (countries+story gazetteer): P=%.3f R=%.3f F1=%.3f | with type: P=%.3f R=%.3f F1=%.3f",
    d2.p, d2.r, d2.f1, d2.typed_p, d2.typed_r, d2.typed_f1))
  if os.getenv("VERBOSE") then for _, e in ipairs(errs) do print("  " .. e) end end
  local ents = {}
  for i, p in ipairs(M.seed_pairs) do ents[i] = { id = tostring(i), type = "person", name = p[2] } end
  local sg = lede.gazetteer(ents)
  local ok = 0
  for i, p in ipairs(M.seed_pairs) do
    local ms = sg:match("Then " .. p[1] .. " spoke.", { fuzzy = true })
    if ms[1] and ms[1].id == tostring(i) and ms[1].text == p[1] then ok = ok + 1
    elseif os.getenv("VERBOSE") then print("  seed variant missed: " .. p[1]) end
  end
  print(string.format("fuzzy, hand-written seed-style variants: %d/%d found", ok, #M.seed_pairs))
  local fz = M.fuzzy(data)
  if fz then
    for _, k in ipairs({ "all", "spelling" }) do
      local z = fz[k]
      print(string.format("fuzzy, GeoNames variants (%s): %d cities, %d variants, %d non-gazetteer towns: TP=%d FP=%d FN=%d  P=%.3f R=%.3f F1=%.3f",
        k, z.entries, z.positives, z.negatives, z.tp, z.fp, z.fn, z.p, z.r, z.f1))
      if os.getenv("VERBOSE") then
        for i = 1, math.min(25, #z.fps) do print("  fp: " .. z.fps[i]) end
        for i = 1, math.min(25, #z.misses) do print("  miss: " .. z.misses[i]) end
      end
    end
  else
    print("fuzzy, GeoNames variants: skipped (" .. data .. "/gazetteer/cities.tsv not present)")
  end
end
return M
