-- timeline.lua: what happened when, across a corpus, with how many documents report each day.
-- usage: lede scripts/timeline.lua SOURCE [YYYY-MM]   (the optional month filters the events)
local lede = require "lede"
local source = arg[1] or error("usage: lede scripts/timeline.lua SOURCE [YYYY-MM]", 0)
local month = arg[2]

local docs = {}
for doc in lede.corpus(source) do docs[#docs + 1] = doc end
for _, e in ipairs(lede.timeline(docs)) do
  if not month or e.value:sub(1, #month) == month then
    print(string.format("%-16s %-18s %s", e.value, e.outlet or e.doc, e.text))
  end
end
