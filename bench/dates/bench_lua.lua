-- bench_lua.lua CORPUS: lede.dates through the Lua binding (records built as
-- Lua tables), best of 3; prints "MB/s records".
local f = assert(io.open(arg[1], "rb"))
local s = f:read("a")
f:close()
local lede = require "lede"
local best, n = math.huge, 0
for _ = 1, 3 do
  local t0 = os.clock()
  local r = lede.dates(s, { ref = "2025-03-12" })
  local t = os.clock() - t0
  if t < best then best = t end
  n = #r
end
print(string.format("%.1f %d", #s / 1e6 / best, n))
