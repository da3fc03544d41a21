-- lede entities: the names in each document (people, places, organisations,
-- groups), resolved against gazetteers when given, and across the corpus each
-- entity with its count, the variants seen and their spans.
local cli = require "lede.cli"

local KIND = { person = "person", org = "org", organization = "org", organisation = "org", group = "group" }

-- Gazetteer matches (with ids) first; discovered names that no match covers after.
local function extract(doc, opts)
  local lede = require "lede"
  local text, gz = doc.text, opts.gazetteer
  local recs, taken = {}, {}
  if gz then
    for _, m in ipairs(gz:match(text, { fuzzy = opts.fuzzy and true or false })) do
      recs[#recs + 1] = { text = m.text, start = m.start, stop = m.stop, type = KIND[m.type] or "place",
                          id = m.id, name = m.name, how = m.how, score = m.score }
      for i = m.start, m.stop do taken[i] = #recs end
    end
  end
  for _, e in ipairs(lede.entities(text, gz)) do
    local k = taken[e.start] or taken[e.stop]
    if k then
      local r = recs[k]
      if r.start == e.start and r.stop == e.stop then r.title = e.title end
    else
      recs[#recs + 1] = { text = e.text, start = e.start, stop = e.stop, type = e.type, title = e.title,
                          how = "discovered" }
    end
  end
  table.sort(recs, function(a, b) return a.start < b.start end)
  return recs
end

-- Corpus section: one line per entity (gazetteer id, or the name as written
-- when it has none), with its count, documents, variants and first spans.
local function summarize(kept, out)
  local ents, order = {}, {}
  for _, d in ipairs(kept) do
    for _, r in ipairs(d.records) do
      local key = r.id or (r.type .. ":" .. r.text:lower())
      local e = ents[key]
      if not e then
        e = { key = key, name = r.name or r.text, type = r.type, count = 0, docs = {}, ndocs = 0, variants = {}, spans = {} }
        ents[key] = e
        order[#order + 1] = e
      end
      e.count = e.count + 1
      if not e.docs[d.doc.id] then e.docs[d.doc.id] = true; e.ndocs = e.ndocs + 1 end
      e.variants[r.text] = (e.variants[r.text] or 0) + 1
      if #e.spans < 3 then e.spans[#e.spans + 1] = string.format("%s:%d-%d", d.doc.id, r.start, r.stop) end
    end
  end
  table.sort(order, function(a, b)
    if a.count ~= b.count then return a.count > b.count end
    return a.key < b.key
  end)
  local rows = {}
  for _, e in ipairs(order) do
    local vs = {}
    for v, n in pairs(e.variants) do vs[#vs + 1] = { v = v, n = n } end
    table.sort(vs, function(a, b) if a.n ~= b.n then return a.n > b.n end return a.v < b.v end)
    for i, x in ipairs(vs) do vs[i] = x.v .. " (" .. x.n .. ")" end
    rows[#rows + 1] = { entity = e.name, id = e.key:find(":") and e.key:match("^[^:]+:") == e.type .. ":" and "" or e.key,
                        type = e.type, count = e.count, docs = e.ndocs, variants = table.concat(vs, ", "),
                        spans = table.concat(e.spans, " ") }
  end
  out:write("\n== entities across the corpus ==\n")
  cli.write_table(out, rows, { "entity", "id", "type", "count", "docs", "variants", "spans" }, "  ")
end

return cli.record_command {
  name = "entities",
  summary = "people, places, organisations and groups named in each document, and across the corpus",
  usage = "lede entities SOURCE... [--gazetteer FILE]... [--fuzzy] [--format text|json|csv|html] [-o FILE]",
  description = "Names are discovered from capitals and context (titles go in 'title'); with --gazetteer\n" ..
    "(repeatable: .tsv, .json, .jsonl, GeoNames) they are resolved to ids, with demonyms, possessives,\n" ..
    "surnames after a full name, and with --fuzzy misspelled or re-transliterated forms (score < 1).\n" ..
    "Fields: type person|place|org|group, id and name (gazetteer entry), how name|alias|demonym|surname|\n" ..
    "fuzzy|discovered, score, title.",
  options = {
    { name = "gazetteer", arg = "FILE", multi = true, help = "gazetteer to resolve names (repeatable)" },
    { name = "fuzzy", help = "also match misspelled and re-transliterated names" },
  },
  fields = { "text", "start", "stop", "type", "id", "title", "how", "score" },
  extract = extract,
  summarize = summarize,
}
