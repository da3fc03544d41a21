-- who-said-what.lua: direct quotes grouped by speaker across a corpus, the same quote from
-- several outlets merged.
-- usage: lede scripts/who-said-what.lua SOURCE
local lede = require "lede"
local source = arg[1] or error("usage: lede scripts/who-said-what.lua SOURCE", 0)

local docs = {}
for doc in lede.corpus(source) do docs[#docs + 1] = doc end
local groups = lede.harvest(docs)
table.sort(groups, function(a, b)
  if #a.sources ~= #b.sources then return #a.sources > #b.sources end
  return (a.speaker or "") < (b.speaker or "")
end)
for _, g in ipairs(groups) do
  print(string.format("%s (%d source%s):", g.speaker or "(unattributed)", #g.sources, #g.sources == 1 and "" or "s"))
  print("  \u{201C}" .. g.text .. "\u{201D}")
  for _, s in ipairs(g.sources) do
    print(string.format("    %s [%d-%d]", s.outlet or s.doc, s.start, s.stop))
  end
end
