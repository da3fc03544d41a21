-- casualties.lua: casualty figures per claimant across a corpus, with the sentence each came from,
-- then where the claimants disagree.
-- usage: lede scripts/casualties.lua SOURCE
local lede = require "lede"
local source = arg[1] or error("usage: lede scripts/casualties.lua SOURCE", 0)

local by_event = {}  -- event .. side -> { {claimant, op, value, outlet}, ... }

-- The figure as stated: the value, or for vague quantities ("dozens") the words and their floor.
local function figure(n)
  if n.value then return tostring(n.value) end
  return string.format("%q (min %s)", n.text, tostring(n.min))
end
for doc in lede.corpus(source) do
  for _, c in ipairs(lede.claims(doc.text, { ref = doc.date })) do
    local n = c.count
    print(string.format("%-18s %-24s %-9s %-3s %-8s %s", doc.outlet or doc.id, c.claimant or "(outlet)",
      c.event, n.op, figure(n), c.side or "both sides"))
    print("   " .. doc.text:sub(c.start, c.stop))
    local key = c.event .. " / " .. (c.side or "both sides")
    local list = by_event[key] or {}
    by_event[key] = list
    list[#list + 1] = { claimant = c.claimant or (doc.outlet or doc.id), op = n.op, value = figure(n) }
  end
end

print("\nfigures by event and side:")
local keys = {}
for k in pairs(by_event) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do
  local seen, parts = {}, {}
  for _, f in ipairs(by_event[k]) do
    local s = string.format("%s %s (%s)", f.op, f.value, f.claimant)
    if not seen[s] then seen[s] = true; parts[#parts + 1] = s end
  end
  print(string.format("  %-28s %s", k, table.concat(parts, "; ")))
end
