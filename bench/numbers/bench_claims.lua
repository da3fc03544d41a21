-- Throughput of lede.claims (CPU time, os.clock) on 1 MB and 4 MB of news-like
-- text built in memory by repeating a few invented sentences (no files written).
-- Run: build/lede bench/numbers/bench_claims.lua [MB...]
local PARA = {
  "On Tuesday, the Keldorian defence ministry said at least 38 of its soldiers were killed near Tarvos. ",
  "Dravania said 41 servicemen were killed and hurt another 43, according to the Dravanian Defence Ministry. ",
  "A six-week war in 2019 killed over 5,200 people, the UN spokesman Pieter Janssen told reporters. ",
  "Keldoria's government said it lost around 50 troops, while about 1,500 Lorvian peacekeepers stayed in Dorn. ",
  "Governor Samvel Kirakosov said 12 civilians were wounded in Ulmet on 11 March 2025 - \"a tragedy\".\n\n",
}

local function text_of(bytes)
  local t, len, i = {}, 0, 0
  while len < bytes do
    i = i + 1
    local p = PARA[(i - 1) % #PARA + 1]
    t[i] = p
    len = len + #p
  end
  return table.concat(t)
end

local sizes = {}
for i, a in ipairs(arg or {}) do sizes[i] = tonumber(a) end
if #sizes == 0 then sizes = { 1, 4 } end
for _, mb in ipairs(sizes) do
  local s = text_of(mb * 1000000)
  collectgarbage()
  local t0 = os.clock()
  local r = lede.claims(s, { ref = "2025-03-12" })
  local dt = os.clock() - t0
  print(string.format("claims %g MB: %d bytes, %d claims, %.2f s CPU, %.2f MB/s", mb, #s, #r, dt, #s / 1e6 / dt))
end
