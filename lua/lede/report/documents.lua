-- report section: what the document is (id, outlet, title) and its
-- publication date with the evidence for it.
local cli = require "lede.cli"

local NO_DATE = "nothing in the metadata or the text supports one"

local function add(stats, key) stats[key] = (stats[key] or 0) + 1 end

local function date_line(doc)
  if not doc.date then
    return "no date: " .. (doc.date_evidence or NO_DATE)
  end
  local evidence = doc.date_evidence or "no evidence given"
  if doc.date_estimated then return string.format("%s, estimated (%s)", doc.date, evidence) end
  return string.format("%s (%s)", doc.date, evidence)
end

return {
  order = 10,
  title = "document and date",
  fields = { "doc", "outlet", "title", "path", "date", "date_estimated", "date_evidence" },  -- CSV columns
  count = function(doc, ctx)
    if not doc.date then add(ctx.stats, "missing")
    elseif doc.date_estimated then add(ctx.stats, "estimated")
    else add(ctx.stats, "found") end
  end,
  doc = function(doc, ctx)
    local lines = {}
    if doc.outlet then lines[#lines + 1] = "outlet:      " .. cli.cell(doc.outlet) end
    if doc.title then lines[#lines + 1] = "title:       " .. cli.cell(doc.title) end
    if doc.author then lines[#lines + 1] = "author:      " .. cli.cell(doc.author) end
    if doc.url then lines[#lines + 1] = "url:         " .. cli.cell(doc.url) end
    if doc.path and doc.path ~= doc.id then lines[#lines + 1] = "path:        " .. cli.cell(doc.path) end
    lines[#lines + 1] = "date:        " .. cli.cell(date_line(doc))
    return lines
  end,
  json = function(doc, ctx)
    local estimated  -- true/false when there is a date, absent when there is none
    if doc.date then estimated = doc.date_estimated == true end
    return {
      doc = doc.id, outlet = doc.outlet, title = doc.title, author = doc.author, path = doc.path, url = doc.url,
      date = doc.date, date_estimated = estimated,
      date_evidence = doc.date_evidence or (not doc.date and NO_DATE or nil),
    }
  end,
  summary = function(stats)
    return { string.format("dates: %d found, %d estimated, %d missing",
      stats.found or 0, stats.estimated or 0, stats.missing or 0) }
  end,
}
