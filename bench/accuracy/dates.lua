-- bench/accuracy/dates.lua: accuracy of lede.dates against public gold data.
--   build/lede bench/accuracy/dates.lua [SHARED_DATA_DIR] [-v]
-- 1. TempEval-3 training data (TimeBank + AQUAINT): each document's creation
--    time is the reference date; gold TIMEX3 spans are 0-based byte offsets,
--    end exclusive. Prints strict and relaxed span P/R/F1, type accuracy and
--    value F1 as TempEval-3 scores them (attributes counted on relaxed-matched
--    spans: P = correct / system, R = correct / gold).
-- 2. Recognizers-Text DateTimeModel.json: share of cases whose spans lede
--    finds exactly (character offsets), and of date values it gets exactly.
-- Not a unit test: it reads ../shared/data and is run by `make eval`.
local lede = require "lede"
local cli = require "lede.cli"

local dir = arg[1] and arg[1] ~= "-v" and arg[1] or ((os.getenv("LEDE_SOURCE_DIR") or ".") .. "/../shared/data")
local verbose = arg[1] == "-v" or arg[2] == "-v" or arg[2] == "-c"
local with_context = arg[2] == "-c" -- -c: -v plus the text around each disagreement

-- The text around record s, on a line of its own.
local function around(text, s)
  return "\n    " .. (text:sub(math.max(1, s.start - 100), s.stop + 60):gsub("%s+", " "))
end

local function lines(path)
  local f = io.open(path, "rb")
  if not f then io.stderr:write("dates.lua: cannot read ", path, "\n"); os.exit(1) end
  return f
end

local function f1(p, r) return (p + r) > 0 and 2 * p * r / (p + r) or 0 end
local function pct(x) return string.format("%.3f", x) end

---------------------------------------------------------------- TempEval-3
local function tempeval(path)
  local f = lines(path)
  local ngold, nsys, strict_sys, strict_gold, rel_sys, rel_gold = 0, 0, 0, 0, 0, 0
  local type_ok, value_ok, pairs_n = 0, 0, 0
  local misses = {}
  local t0, bytes = os.clock(), 0
  for line in f:lines() do
    local doc = cli.json_decode(line)
    local text = doc.text
    bytes = bytes + #text
    local sys = lede.dates(text, { ref = doc.dct })
    local gold = doc.timex
    ngold, nsys = ngold + #gold, nsys + #sys
    -- strict: identical spans
    local gold_at = {}
    for _, g in ipairs(gold) do gold_at[g.start .. ":" .. g["end"]] = g end
    for _, s in ipairs(sys) do if gold_at[(s.start - 1) .. ":" .. s.stop] then strict_sys = strict_sys + 1 end end
    strict_gold = strict_sys
    -- relaxed: overlapping spans, paired one to one in text order
    local used = {}
    local gi = 1
    for _, s in ipairs(sys) do
      local a, b = s.start - 1, s.stop
      local match
      for k = gi, #gold do
        local g = gold[k]
        if g.start >= b then break end
        if not used[k] and g["end"] > a then match = k; break end
      end
      if match then
        used[match] = true
        local g = gold[match]
        rel_sys = rel_sys + 1
        pairs_n = pairs_n + 1
        if g.type == s.type then type_ok = type_ok + 1 end
        if g.value == s.value then
          value_ok = value_ok + 1
          if os.getenv("DATES_EVAL_ALL") then
            misses[#misses + 1] = string.format("OK %s | %q gold %s %s | lede %q %s", doc.dct, g.text, g.type, g.value, s.text, s.value)
          end
        elseif verbose then
          local line = string.format("VALUE %s | %q gold %s %s | lede %q %s", doc.dct, g.text, g.type, g.value, s.text, s.value)
          if with_context then
            line = line .. around(doc.text, s)
          end
          misses[#misses + 1] = line
        end
      elseif verbose then
        local line = string.format("EXTRA %s | %q %s %s", doc.dct, s.text, s.type, s.value)
        if with_context then
          line = line .. around(doc.text, s)
        end
        misses[#misses + 1] = line
      end
      while gi <= #gold and gold[gi]["end"] <= a do gi = gi + 1 end
    end
    for k, g in ipairs(gold) do
      if not used[k] then
        if verbose then misses[#misses + 1] = string.format("MISS %s | %q %s %s", doc.dct, g.text, g.type, g.value) end
      else
        rel_gold = rel_gold + 1
      end
    end
  end
  f:close()
  local secs = os.clock() - t0
  local sp, sr = strict_sys / nsys, strict_gold / ngold
  local rp, rr = rel_sys / nsys, rel_gold / ngold
  local vp, vr = value_ok / nsys, value_ok / ngold
  local tp, tr = type_ok / nsys, type_ok / ngold
  print(string.format("TempEval-3 train (%s): %d gold, %d found, %.0f KB in %.2f s", path:match("[^/]+$"), ngold, nsys, bytes / 1024, secs))
  print(string.format("  strict span   P %s  R %s  F1 %s", pct(sp), pct(sr), pct(f1(sp, sr))))
  print(string.format("  relaxed span  P %s  R %s  F1 %s", pct(rp), pct(rr), pct(f1(rp, rr))))
  print(string.format("  type          accuracy %s (on %d relaxed matches)  F1 %s", pct(type_ok / math.max(pairs_n, 1)), pairs_n, pct(f1(tp, tr))))
  print(string.format("  value         accuracy %s (on relaxed matches)  P %s  R %s  F1 %s", pct(value_ok / math.max(pairs_n, 1)), pct(vp), pct(vr), pct(f1(vp, vr))))
  if verbose then for _, m in ipairs(misses) do print(m) end end
end

---------------------------------------------------------------- Recognizers-Text
-- character index (0-based) of byte offset b in s
local function char_index(s, b) return utf8.len(s, 1, b) or b end

local function recognizers(path)
  local f = lines(path)
  local cases = cli.json_decode(f:read("a"))
  f:close()
  local n, exact, nvalues, values_ok = 0, 0, 0, 0
  for _, c in ipairs(cases) do
    if c.supported_any ~= false then
      n = n + 1
      local ref = c.Context and c.Context.ReferenceDateTime and c.Context.ReferenceDateTime:sub(1, 10) or nil
      local ok, recs = pcall(lede.dates, c.Input, { ref = ref })
      if not ok then recs = {} end
      local want, got = {}, {}
      for _, r in ipairs(c.Results or {}) do want[#want + 1] = r.Start .. ":" .. r.End end
      for _, r in ipairs(recs) do got[#got + 1] = (char_index(c.Input, r.start) - 1) .. ":" .. (char_index(c.Input, r.stop) - 1) end
      if table.concat(want, ",") == table.concat(got, ",") then exact = exact + 1 end
      -- values: plain dates, durations and sets whose timex is comparable
      for _, r in ipairs(c.Results or {}) do
        local v = r.Resolution and r.Resolution.values and r.Resolution.values[1]
        local tn = r.TypeName
        if v and v.timex and (tn == "datetimeV2.date" or tn == "datetimeV2.duration" or tn == "datetimeV2.set") then
          nvalues = nvalues + 1
          for _, s in ipairs(recs) do
            if (char_index(c.Input, s.start) - 1) == r.Start and s.value == v.timex then values_ok = values_ok + 1; break end
          end
        end
      end
    end
  end
  print(string.format("Recognizers-Text DateTimeModel: %d cases; exact span sets %d (%s); date/duration/set values exact %d of %d (%s)",
    n, exact, pct(exact / math.max(n, 1)), values_ok, nvalues, pct(values_ok / math.max(nvalues, 1))))
end

tempeval(dir .. "/tempeval3_train.jsonl")
recognizers(dir .. "/recognizers/DateTimeModel.json")
