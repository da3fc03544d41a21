-- bench_lua.lua CORPUS BYTES -- lede.quotes (records with speakers) on the
-- first BYTES of the corpus, cut into documents at paragraph breaks (about 4 KB).
-- Prints "MB/s records".
local lede = require "lede"
local f = assert(io.open(arg[1], "rb"))
local s = f:read(tonumber(arg[2]))
f:close()
local docs, i = {}, 1
while i <= #s do
  local j = s:find("\n\n", i + 4000, true) or #s
  docs[#docs + 1] = s:sub(i, j + 1)
  i = j + 2
end
local t0 = os.clock()
local n = 0
for _, d in ipairs(docs) do n = n + #lede.quotes(d) end
local t = os.clock() - t0
print(string.format("%.2f %d", #s / 1e6 / t, n))
