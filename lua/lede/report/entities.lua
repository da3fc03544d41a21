-- report section: the top entities of each document (lede.entities), resolved
-- against a gazetteer: --gazetteer FILE when given, else the bundled
-- data/gazetteer/countries.tsv and story.tsv when found (under
-- $LEDE_SOURCE_DIR, the current directory, or beside the corpus: DIR/../gazetteer
-- for a document in DIR), else discovery only. The summary counts each entity
-- across the corpus with the variants met.
local lede = require "lede"
local kit = require "lede.reportkit"
local fold = kit.fold
local cli = require "lede.cli"

local TOP_DOC = 8       -- entities listed per document in text
local TOP_CORPUS = 25   -- entities listed in the summary
local BUNDLED = { "countries.tsv", "story.tsv" }

local function readable(path)
  local f = io.open(path, "rb")
  if f then f:close() return true end
  return false
end

-- Directories that may hold the bundled gazetteers, most specific first.
local function candidates(doc)
  local dirs = {}
  local src = os.getenv("LEDE_SOURCE_DIR")
  if src and src ~= "" then dirs[#dirs + 1] = src .. "/data/gazetteer" end
  dirs[#dirs + 1] = "data/gazetteer"
  local dir = type(doc.path) == "string" and doc.path:match("^(.*)/[^/]*$")
  if dir then dirs[#dirs + 1] = dir .. "/../gazetteer" end
  return dirs
end

-- The gazetteer for the run, compiled on the first document and kept in the
-- section's stats (ctx.stats lives for the whole run): false when none.
local function gazetteer(doc, ctx)
  local st = ctx.stats
  if st.gz ~= nil then return st.gz end
  st.gz, st.gz_from = false, "none found: names discovered only"
  if ctx.opts.gazetteer then
    st.gz, st.gz_from = ctx.opts.gazetteer, "--gazetteer"
    return st.gz
  end
  if type(lede.gazetteer) ~= "function" then return st.gz end
  for _, dir in ipairs(candidates(doc)) do
    local paths = {}
    for i, name in ipairs(BUNDLED) do paths[i] = dir .. "/" .. name end
    if readable(paths[1]) and readable(paths[2]) then
      local ok, gz = pcall(lede.gazetteer, paths)
      if ok and gz then
        st.gz, st.gz_from = gz, table.concat(paths, ", ")
        return gz
      end
    end
  end
  return st.gz
end


-- The entities of one document grouped: one record per entity (gazetteer id,
-- else type and folded name) with its count and variants, largest first.
local function entities_of(doc, ctx)
  if type(lede.entities) ~= "function" then return nil end
  return ctx:get("entities", function()
    local gz = gazetteer(doc, ctx) or nil
    local by, list = {}, {}
    for _, e in ipairs(lede.entities(doc.text or "", gz)) do
      local key = e.id or (e.type .. ":" .. fold(e.text))
      local x = by[key]
      if not x then
        x = { key = key, id = e.id, name = e.name or e.text, type = e.type, count = 0, variants = {}, vorder = {} }
        by[key] = x
        list[#list + 1] = x
      end
      x.count = x.count + 1
      if not x.variants[e.text] then x.vorder[#x.vorder + 1] = e.text end
      x.variants[e.text] = (x.variants[e.text] or 0) + 1
    end
    table.sort(list, function(a, b)
      if a.count ~= b.count then return a.count > b.count end
      return a.key < b.key
    end)
    return list
  end)
end

local function variant_text(x)
  local vs = {}
  for _, v in ipairs(x.vorder) do
    if v ~= x.name then vs[#vs + 1] = v end
  end
  return #vs > 0 and (" -- also " .. table.concat(vs, ", ")) or ""
end

local function count(doc, ctx)
  local list = entities_of(doc, ctx)
  if not list then return end
  local st = ctx.stats
  st.all = st.all or {}
  st.mentions = st.mentions or 0
  for _, x in ipairs(list) do
    local a = st.all[x.key]
    if not a then
      a = { key = x.key, id = x.id, name = x.name, type = x.type, count = 0, docs = 0, variants = {}, vorder = {} }
      st.all[x.key] = a
    end
    a.count = a.count + x.count
    a.docs = a.docs + 1
    st.mentions = st.mentions + x.count
    for _, v in ipairs(x.vorder) do
      if not a.variants[v] then a.vorder[#a.vorder + 1] = v end
      a.variants[v] = (a.variants[v] or 0) + x.variants[v]
    end
  end
end

local function label(x)
  return string.format("%s (%s%s)", cli.cell(x.name), x.type or "?", x.id and (", " .. cli.cell(x.id)) or "")
end

local function doc_lines(doc, ctx)
  local list = entities_of(doc, ctx)
  if not list then return { "entities:    (lede.entities is not built)" } end
  local n = 0
  for _, x in ipairs(list) do n = n + x.count end
  local lines = { string.format("entities:    %d mentions of %d entities%s", n, #list,
    #list > TOP_DOC and string.format(", top %d:", TOP_DOC) or "") }
  for i, x in ipairs(list) do
    if i > TOP_DOC then break end
    lines[#lines + 1] = string.format("  %3d  %s%s", x.count, label(x), cli.cell(variant_text(x)))
  end
  return lines
end

local function json_fields(doc, ctx)
  local list = entities_of(doc, ctx)
  if not list then return nil end
  local out = {}
  for i, x in ipairs(list) do
    out[i] = { name = x.name, id = x.id, type = x.type, count = x.count, variants = x.vorder }
  end
  return { entities = out }
end

local function summary(stats)
  if not stats.all then return nil end
  local list = {}
  for _, a in pairs(stats.all) do list[#list + 1] = a end
  table.sort(list, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    return a.key < b.key
  end)
  local lines = { string.format("entities: %d mentions of %d entities (gazetteer: %s)%s", stats.mentions, #list,
    stats.gz_from or "none", #list > TOP_CORPUS and string.format(", top %d:", TOP_CORPUS) or "") }
  for i, a in ipairs(list) do
    if i > TOP_CORPUS then break end
    lines[#lines + 1] = string.format("  %4d in %2d doc%s  %s%s", a.count, a.docs, a.docs == 1 and " " or "s",
      label(a), cli.cell(variant_text(a)))
  end
  return lines
end

return {
  order = 60,
  title = "entities",
  fields = { "entities" },
  count = count,
  doc = doc_lines,
  json = json_fields,
  summary = summary,
}
