-- lede report: per document what lede found (metadata, publication date and
-- its evidence, sentences, boilerplate, problems), then a corpus summary.
-- The report is made of sections, modules lede.report.<name>:
--   return {
--     order = 10, title = "dates",
--     fields = { "date", "date_evidence" },        -- JSON fields it adds (CSV columns)
--     count = function(doc, ctx) end,                -- adds the document to ctx.stats
--     doc = function(doc, ctx) return lines_or_nil end,  -- text lines for one document
--     json = function(doc, ctx) return { field = value, ... } end, -- merged into the JSON object
--     summary = function(stats) return lines_or_nil end, -- corpus summary (text)
--   }
-- ctx.opts holds the options (format, ref, gazetteer); ctx.stats is the
-- section's own table, kept across documents for its summary; ctx.cache is
-- shared by the sections for one document (ctx:get(key, fn) computes once).
-- count runs once per document whatever the format, before doc or json.
-- A new section is a new file: report.lua finds them in package.preload.
local cli = require "lede.cli"

local OPTIONS = {
  { name = "format", arg = "text|json|csv|html", values = cli.FORMATS,
    help = "text (default), json (JSON Lines, one object per document), csv (one row per document), html" },
  { name = "ref", arg = "DATE", pattern = "^%d%d%d%d%-%d%d%-%d%d$", help = "reference date YYYY-MM-DD (default: each document's date)" },
  { name = "gazetteer", arg = "FILE", help = "gazetteer for sections that resolve names" },
  { name = "o", arg = "FILE", help = "write the report to FILE" },
  { name = "help", short = "h", help = "show this help" },
}

local M = {
  summary = "per document: metadata, publication date and evidence, sentences, boilerplate, problems",
  usage = "lede report SOURCE... [--format text|json|csv|html] [--ref DATE] [--gazetteer FILE] [-o FILE]",
  options = OPTIONS,
}

-- The sections, sorted by order then name.
function M.sections()
  local list = {}
  for key in pairs(package.preload) do
    local name = key:match("^lede%.report%.([%w_]+)$")
    if name then
      local s = require(key)
      list[#list + 1] = { name = name, mod = s, order = s.order or 50 }
    end
  end
  table.sort(list, function(a, b)
    if a.order ~= b.order then return a.order < b.order end
    return a.name < b.name
  end)
  return list
end

local function new_ctx(opts, stats)
  local ctx = { opts = opts, cache = {}, stats = nil }
  function ctx:get(key, fn)
    local v = self.cache[key]
    if v == nil then v = fn(); self.cache[key] = v end
    return v
  end
  ctx.all_stats = stats
  return ctx
end

local function csv_cell(v)
  if type(v) == "table" then return #v end
  return v
end

function M.run(args)
  local opts, sources = cli.parse_args(args, OPTIONS)
  if opts.help then io.stdout:write(cli.command_help("report", M, OPTIONS)) return 0 end
  if #sources == 0 then cli.usage_error("report: no SOURCE given (a file, a directory, or - for standard input)") end
  local format = opts.format or "text"
  opts.gazetteer = cli.load_gazetteer(opts.gazetteer)
  local sections = M.sections()
  local stats = {}
  for _, s in ipairs(sections) do stats[s.name] = {} end
  local out, close = cli.open_output(opts.o)

  local columns = {}
  for _, s in ipairs(sections) do
    for _, f in ipairs(s.mod.fields or {}) do columns[#columns + 1] = f end
  end
  if format == "csv" then out:write(cli.csv_row(columns)) end
  if format == "html" then cli.html_begin(out, "lede report") end

  local result = cli.each_document(sources, function(doc)
    local ctx = new_ctx(opts, stats)
    -- Every section runs for every document (their stats feed the summary).
    local lines, object = {}, {}
    for _, s in ipairs(sections) do
      ctx.stats = stats[s.name]
      if s.mod.count then s.mod.count(doc, ctx) end
      if format == "text" or format == "html" then
        local l = s.mod.doc and s.mod.doc(doc, ctx)
        if l then for _, x in ipairs(l) do lines[#lines + 1] = x end end
      else
        local fields = s.mod.json and s.mod.json(doc, ctx)
        if fields then for k, v in pairs(fields) do object[k] = v end end
      end
    end
    if format == "text" then
      out:write("== ", cli.cell(doc.id or "?"), " ==\n")
      for _, l in ipairs(lines) do out:write(l, "\n") end
      out:write("\n")
    elseif format == "html" then
      out:write("<h2>", cli.html_escape(doc.id or "?"), "</h2>\n<pre>")
      for _, l in ipairs(lines) do out:write(cli.html_escape(l), "\n") end
      out:write("</pre>\n")
    elseif format == "json" then
      object.doc = object.doc or doc.id
      out:write(cli.json_encode(object), "\n")
    else
      local row = {}
      for i, c in ipairs(columns) do row[i] = csv_cell(object[c]) end
      out:write(cli.csv_row(row, #columns))
    end
  end)

  if format == "text" or format == "html" then
    local lines = { string.format("documents: %d read, %d skipped", result.read, result.skipped) }
    for _, s in ipairs(sections) do
      local l = s.mod.summary and s.mod.summary(stats[s.name])
      if l then for _, x in ipairs(l) do lines[#lines + 1] = x end end
    end
    if format == "text" then
      out:write("== corpus ==\n")
      for _, l in ipairs(lines) do out:write(l, "\n") end
    else
      out:write("<h2>corpus</h2>\n<pre>")
      for _, l in ipairs(lines) do out:write(cli.html_escape(l), "\n") end
      out:write("</pre>\n")
      cli.html_end(out)
    end
  end
  close()
  return cli.exit_status(result)
end

return M
