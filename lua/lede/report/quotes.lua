-- report section: the direct quotations of each document with their speakers
-- (lede.quotes); the summary gives the same quotation across outlets
-- (lede.harvest, groups with two or more sources).
local lede = require "lede"
local kit = require "lede.reportkit"
local clip = kit.clip
local cli = require "lede.cli"

local QUOTE_MAX = 100            -- characters of a quotation shown in text
-- The summary needs the texts of the documents with quotations; beyond this
-- many bytes they are no longer kept (memory stays bounded on huge corpora)
-- and the summary says the grouping covers only the documents kept.
local KEEP_MAX = 64 * 1024 * 1024


-- Direct quotations of the document (partial ones, quoted fragments inside
-- reported speech, are left to lede quotes); nil when lede.quotes is missing.
local function quotes_of(doc, ctx)
  if type(lede.quotes) ~= "function" then return nil end
  return ctx:get("quotes", function()
    local out = {}
    for _, q in ipairs(lede.quotes(doc.text or "")) do
      if q.kind == "direct" then out[#out + 1] = q end
    end
    return out
  end)
end

-- A document's name in the summary: its outlet, else its file name.
local function source_name(outlet, id)
  if outlet then return outlet end
  id = tostring(id)
  return id:match("([^/]+)$") or id
end

local function count(doc, ctx)
  local list = quotes_of(doc, ctx)
  if not list then return end
  local st = ctx.stats
  st.total = (st.total or 0) + #list
  if #list == 0 then return end
  st.docs = (st.docs or 0) + 1
  st.kept = st.kept or {}
  st.bytes = st.bytes or 0
  local text = doc.text or ""
  if st.bytes + #text <= KEEP_MAX then
    st.bytes = st.bytes + #text
    st.kept[#st.kept + 1] = { id = doc.id, outlet = doc.outlet, text = text }
  else
    st.dropped = (st.dropped or 0) + 1
  end
end

local function doc_lines(doc, ctx)
  local list = quotes_of(doc, ctx)
  if not list then return { "quotes:      (lede.quotes is not built)" } end
  local lines = { string.format("quotes:      %d", #list) }
  for _, q in ipairs(list) do
    lines[#lines + 1] = string.format("  %s: \u{201C}%s\u{201D}", cli.cell(q.speaker or "(no speaker)"),
      cli.cell(clip(q.text, QUOTE_MAX)))
  end
  return lines
end

local function json_fields(doc, ctx)
  local list = quotes_of(doc, ctx)
  if not list then return nil end
  local out = {}
  for i, q in ipairs(list) do
    out[i] = { text = q.text, start = q.start, stop = q.stop, speaker = q.speaker, speaker_text = q.speaker_text,
               cue = q.cue }
  end
  return { quotes = out }
end

local function summary(stats)
  if not stats.total then return nil end
  local lines = { string.format("quotes: %d direct in %d document%s", stats.total, stats.docs or 0,
    stats.docs == 1 and "" or "s") }
  if not stats.kept or type(lede.harvest) ~= "function" then return lines end
  local groups = lede.harvest(stats.kept, { min_sources = 2 })
  lines[#lines + 1] = string.format("  the same quotation in several documents: %d group%s%s", #groups,
    #groups == 1 and "" or "s",
    stats.dropped and string.format(" (%d documents left out: over %d MB of text)", stats.dropped, KEEP_MAX // 1048576) or "")
  for _, g in ipairs(groups) do
    local outlets, seen = {}, {}
    for _, s in ipairs(g.sources) do
      local o = source_name(s.outlet, s.doc)
      if not seen[o] then seen[o] = true; outlets[#outlets + 1] = o end
    end
    lines[#lines + 1] = string.format("    %d sources: %s: \u{201C}%s\u{201D}", #g.sources,
      cli.cell(g.speaker or "(no speaker)"), cli.cell(clip(g.text, QUOTE_MAX)))
    lines[#lines + 1] = "      " .. cli.cell(table.concat(outlets, ", "))
  end
  return lines
end

return {
  order = 50,
  title = "quotes",
  fields = { "quotes" },
  count = count,
  doc = doc_lines,
  json = json_fields,
  summary = summary,
}
