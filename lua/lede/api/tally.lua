-- lede.tally(): a mergeable counter. Partial tallies merge in any order to
-- the same result, so map/reduce runs give what one pass gives.
local lede = require "lede"

local Tally = {}
Tally.__index = Tally

local function check_key(key)
  local t = type(key)
  if t ~= "string" and t ~= "number" and t ~= "boolean" then
    error("tally key must be a string, number or boolean, got " .. t, 3)
  end
  if key ~= key then error("tally key must not be NaN", 3) end
end

function Tally:add(key, n)
  check_key(key)
  n = n == nil and 1 or n
  if type(n) ~= "number" or n ~= n then error("tally count must be a number (not NaN)", 2) end
  self.counts[key] = (self.counts[key] or 0) + n
  return self
end

function Tally:merge(other)
  if getmetatable(other) ~= Tally then error("tally:merge expects a tally", 2) end
  for k, v in pairs(other.counts) do self.counts[k] = (self.counts[k] or 0) + v end
  return self
end

-- Largest first; ties by key (as text) so that the order is stable.
function Tally:top(n)
  local out = {}
  for k, v in pairs(self.counts) do out[#out + 1] = { key = k, count = v } end
  table.sort(out, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    return tostring(a.key) < tostring(b.key)
  end)
  if n then
    if type(n) ~= "number" or n < 0 then error("tally:top expects a count", 2) end
    for i = #out, math.floor(n) + 1, -1 do out[i] = nil end
  end
  return out
end

function Tally:totable()
  local t = {}
  for k, v in pairs(self.counts) do t[k] = v end
  return t
end

function Tally:__len()
  local n = 0
  for _ in pairs(self.counts) do n = n + 1 end
  return n
end

function Tally:__tostring() return string.format("tally(%d keys)", #self) end

function lede.tally(init)
  local t = setmetatable({ counts = {} }, Tally)
  if init ~= nil then
    if type(init) ~= "table" then error("lede.tally expects a table of counts or nothing", 2) end
    for k, v in pairs(init) do t:add(k, v) end
  end
  return t
end
