-- report section: the number of sentences lede.sentences finds.
local lede = require "lede"

local function sentences(doc, ctx)
  if type(lede.sentences) ~= "function" then return nil end
  return ctx:get("sentences", function() return lede.sentences(doc.text or "") end)
end

return {
  order = 20,
  title = "sentences",
  fields = { "sentences" },
  count = function(doc, ctx)
    local s = sentences(doc, ctx)
    if s then ctx.stats.total = (ctx.stats.total or 0) + #s end
  end,
  doc = function(doc, ctx)
    local s = sentences(doc, ctx)
    if not s then return { "sentences:   (lede.sentences is not built)" } end
    return { string.format("sentences:   %d", #s) }
  end,
  json = function(doc, ctx)
    local s = sentences(doc, ctx)
    if not s then return nil end
    return { sentences = #s }
  end,
  summary = function(stats)
    if not stats.total then return nil end
    return { string.format("sentences: %d", stats.total) }
  end,
}
