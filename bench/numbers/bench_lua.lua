-- bench_lua.lua FILE: lede.numbers through the Lua binding, records built as
-- Lua tables, CPU time, one run each: one call over the whole file, and one
-- call per document (pieces of >= 4 KB cut at blank lines).
-- Prints: whole-file MB/s, per-document MB/s, records.
local lede = require "lede"
local f = assert(io.open(arg[1], "rb"))
local s = f:read("a"); f:close()
local t0 = os.clock()
local r = #lede.numbers(s)
local t = os.clock() - t0
collectgarbage()
local docs, pos = {}, 1
while pos <= #s do
  local e = s:find("\n\n", pos + 4096, true)
  e = e and e + 1 or #s
  docs[#docs + 1] = s:sub(pos, e)
  pos = e + 1
end
t0 = os.clock()
local n = 0
for _, d in ipairs(docs) do n = n + #lede.numbers(d) end
local t2 = os.clock() - t0
print(string.format("%.1f\t%.1f\t%d", #s / 1e6 / t, #s / 1e6 / t2, r))
