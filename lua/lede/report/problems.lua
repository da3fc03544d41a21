-- report section: the data problems of each document (invalid UTF-8
-- repaired, malformed metadata, ...), with file and line or byte offset.
local cli = require "lede.cli"

local function list(doc)
  return type(doc.problems) == "table" and doc.problems or {}
end

local function count(doc, ctx)
  local st = ctx.stats
  local n = #list(doc)
  st.total = (st.total or 0) + n
  if n > 0 then st.docs = (st.docs or 0) + 1 end
end

return {
  order = 90,
  title = "problems",
  fields = { "problems" },
  count = count,
  doc = function(doc, ctx)
    local p = list(doc)
    if #p == 0 then return { "problems:    none" } end
    local lines = { string.format("problems:    %d", #p) }
    for _, x in ipairs(p) do lines[#lines + 1] = "  " .. cli.cell(cli.problem_text(x, doc.path or doc.id)) end
    return lines
  end,
  json = function(doc, ctx)
    local out = {}
    for i, x in ipairs(list(doc)) do
      out[i] = { file = x.file, line = x.line, offset = x.offset, message = x.message }
    end
    return { problems = out }
  end,
  summary = function(stats)
    return { string.format("problems: %d in %d documents", stats.total or 0, stats.docs or 0) }
  end,
}
