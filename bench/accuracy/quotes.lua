-- bench/accuracy/quotes.lua: span and speaker accuracy of lede.quotes on the
-- annotated quotations of tests/fixtures/quotes/annotated.lua and on the five
-- seeds (../shared/seeds, checked against tests/fixtures/quotes/seeds_check.lua).
--   build/lede bench/accuracy/quotes.lua [SHARED_DATA_DIR] [-v]
-- A span is right when a record's text is exactly the expected quoted words
-- (fixtures) or starts with the expected first words (seeds); a speaker is
-- right when the expected name is a substring of the record's speaker ("="
-- in the list: equal). Seeds: records not in the list are counted as extra.
local lede = require "lede"
local src = os.getenv("LEDE_SOURCE_DIR") or "."
local data = arg[1] and arg[1] ~= "-v" and arg[1] or (src .. "/../shared/data")
local verbose = arg[1] == "-v" or arg[2] == "-v"

local function speaker_ok(want, got)
  if want == false then return got == nil end
  if not got then return false end
  if want:sub(1, 1) == "=" then return got == want:sub(2) end
  return got:lower():find(want:lower(), 1, true) ~= nil
end

local function pct(a, b) return b > 0 and 100 * a / b or 0 end

-- fixtures
local items = dofile(src .. "/tests/fixtures/quotes/annotated.lua")
local total, spans, speakers, kinds = 0, 0, 0, 0
for _, item in ipairs(items) do
  local recs = lede.quotes(item.text)
  for _, q in ipairs(item.quotes) do
    total = total + 1
    local got
    for _, r in ipairs(recs) do if r.text == q[1] then got = r break end end
    if got then spans = spans + 1 end
    if got and speaker_ok(q[2], got.speaker) then speakers = speakers + 1
    elseif verbose then print(string.format("  fixture miss %q: want %s, got %s", q[1], tostring(q[2]), got and tostring(got.speaker) or "no span")) end
    if got and got.kind == q[3] then kinds = kinds + 1 end
  end
end
print(string.format("fixtures: %d quotations; spans %d (%.1f%%), speakers %d (%.1f%%), kinds %d (%.1f%%)",
  total, spans, pct(spans, total), speakers, pct(speakers, total), kinds, pct(kinds, total)))

-- seeds
local seeds_dir = data .. "/../seeds"
local p = io.popen("ls " .. seeds_dir .. "/*.txt 2>/dev/null")
local paths = {}
for l in p:lines() do paths[#paths + 1] = l end
p:close()
if #paths == 0 then print("seeds: none at " .. seeds_dir) return end
local check = dofile(src .. "/tests/fixtures/quotes/seeds_check.lua")
local st, ss, sk, extra = 0, 0, 0, 0
for _, path in ipairs(paths) do
  local key = path:match("([^/]+)$"):sub(1, 3)
  local f = assert(io.open(path, "rb")); local s = f:read("a"); f:close()
  local recs = lede.quotes(s)
  local used = {}
  for _, q in ipairs(check[key] or {}) do
    st = st + 1
    local got
    for i, r in ipairs(recs) do
      if not used[i] and r.text:sub(1, #q[1]) == q[1] then got = r; used[i] = true break end
    end
    if got then ss = ss + 1 end
    if got and speaker_ok(q[2], got.speaker) then sk = sk + 1
    elseif verbose then print(string.format("  seed %s miss %q: want %s, got %s", key, q[1], q[2], got and tostring(got.speaker) or "no span")) end
  end
  for i, r in ipairs(recs) do
    if not used[i] then extra = extra + 1; if verbose then print("  seed " .. key .. " extra: " .. r.text) end end
  end
end
print(string.format("seeds: %d quotations checked by hand; spans %d (%.1f%%), speakers %d (%.1f%%), %d extra records",
  st, ss, pct(ss, st), sk, pct(sk, st), extra))
