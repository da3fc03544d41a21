-- tools/gen-dates-words.lua [core/dates_words.c]: regenerates the two lookup
-- tables of core/dates_words.c (first2 and slots) from its words[] table, in
-- place. Run it after adding or removing a word:
--   lua5.4 tools/gen-dates-words.lua core/dates_words.c
local path = arg[1] or "core/dates_words.c"
local f = assert(io.open(path, "rb"))
local src = f:read("a")
f:close()

local body = assert(src:match("static const lede_dword words%[%] = {\n(.-)\n};"), "words[] table not found")
local words = {}
for w, len in body:gmatch('{"([^"]+)", (%d+),') do
  assert(#w == tonumber(len), "length of " .. w .. " is " .. #w .. ", table says " .. len)
  words[#words + 1] = w
end

-- first2: bit b of first2[a] set when a word starts with letters a, b (26: one letter)
local first2 = {}
for i = 0, 25 do first2[i] = 0 end
for _, w in ipairs(words) do
  local a = w:byte(1) - 97
  local b = #w == 1 and 26 or w:byte(2) - 97
  if a >= 0 and a < 26 and b >= 0 and b <= 26 then first2[a] = first2[a] | (1 << b) end
end

-- slots: open addressing by FNV-1a (32 bits) of the word, 1024 slots
local slots = {}
for i = 0, 1023 do slots[i] = -1 end
for idx, w in ipairs(words) do
  local h = 2166136261
  for i = 1, #w do h = ((h ~ w:byte(i)) * 16777619) & 0xffffffff end
  local k = h & 1023
  while slots[k] ~= -1 do k = (k + 1) & 1023 end
  slots[k] = idx - 1
end
assert(#words < 700, "slots[] is too full for " .. #words .. " words: make it larger")

local function rows(n, per, fmt, get)
  local out = {}
  for i = 0, n - 1, per do
    local row = {}
    for k = i, math.min(i + per, n) - 1 do row[#row + 1] = string.format(fmt, get(k)) end
    out[#out + 1] = "  " .. table.concat(row, ", ")
  end
  return table.concat(out, ",\n")
end
local f2 = "static const unsigned int first2[26] = {\n" .. rows(26, 6, "0x%08x", function(k) return first2[k] end) .. "\n};"
local sl = "static const short slots[1024] = {\n" .. rows(1024, 16, "%d", function(k) return slots[k] end) .. "\n};"
local n1, n2
src, n1 = src:gsub("static const unsigned int first2%[26%] = {.-};", function() return f2 end)
src, n2 = src:gsub("static const short slots%[1024%] = {.-};", function() return sl end)
assert(n1 == 1 and n2 == 1, "first2/slots tables not found")
f = assert(io.open(path, "wb"))
f:write(src)
f:close()
print(string.format("%s: %d words", path, #words))
