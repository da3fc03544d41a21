-- report section: every line lede.boilerplate judged page furniture, with
-- its line number and the reason; the summary counts them by reason.
local lede = require "lede"
local cli = require "lede.cli"

-- Boilerplate spans with the line number where each starts (spans in order).
local function found(doc, ctx)
  if type(lede.boilerplate) ~= "function" then return nil end
  return ctx:get("boilerplate", function()
    local text = doc.text or ""
    local spans = lede.boilerplate(text)
    local line, pos = 1, 1
    local out = {}
    for _, b in ipairs(spans) do
      if b.start >= pos then
        for _ in text:sub(pos, b.start - 1):gmatch("\n") do line = line + 1 end
        pos = b.start
      end
      out[#out + 1] = { line = line, text = b.text, start = b.start, stop = b.stop, reason = b.reason }
    end
    return out
  end)
end

local function count(doc, ctx)
  local list = found(doc, ctx)
  if not list then return end
  local st = ctx.stats
  st.by_reason = st.by_reason or {}
  st.total = (st.total or 0) + #list
  for _, b in ipairs(list) do
    local r = b.reason or "?"
    st.by_reason[r] = (st.by_reason[r] or 0) + 1
  end
end

return {
  order = 30,
  title = "boilerplate",
  fields = { "boilerplate" },
  count = count,
  doc = function(doc, ctx)
    local list = found(doc, ctx)
    if not list then return { "boilerplate: (lede.boilerplate is not built)" } end
    local lines = { string.format("boilerplate: %d line%s", #list, #list == 1 and "" or "s") }
    for _, b in ipairs(list) do
      lines[#lines + 1] = string.format("  line %d: %s -- %s", b.line, cli.cell(b.text), cli.cell(b.reason))
    end
    return lines
  end,
  json = function(doc, ctx)
    local list = found(doc, ctx)
    if not list then return nil end
    return { boilerplate = list }
  end,
  summary = function(stats)
    if not stats.total then return nil end
    local lines = { string.format("boilerplate: %d line%s", stats.total, stats.total == 1 and "" or "s") }
    local reasons = {}
    for r, n in pairs(stats.by_reason) do reasons[#reasons + 1] = { r = r, n = n } end
    table.sort(reasons, function(a, b) if a.n ~= b.n then return a.n > b.n end return a.r < b.r end)
    for _, x in ipairs(reasons) do lines[#lines + 1] = string.format("  %5d  %s", x.n, x.r) end
    return lines
  end,
}
