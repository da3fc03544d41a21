-- lede tally: counts per outlet, date, month or entity across a corpus.
-- Output rows { key, count }, largest first (ties by key); --format json
-- writes {"count":N,"key":K} lines that `lede reduce --tally` merges, so
-- partial tallies of parts of a corpus add up to the tally of the whole.
local cli = require "lede.cli"

local BY = { "outlet", "date", "month", "entity" }

local OPTIONS = {
  { name = "by", arg = table.concat(BY, "|"), values = BY, help = "what to count (default outlet)" },
  { name = "top", arg = "N", pattern = "^%d+$", help = "only the N largest counts" },
}
for _, s in ipairs(cli.COMMON_OPTIONS) do OPTIONS[#OPTIONS + 1] = s end

local M = {
  summary = "counts per outlet, date, month or entity (--by)",
  usage = "lede tally SOURCE... [--by outlet|date|month|entity] [--top N] [--format text|json|csv|html] [--gazetteer FILE] [-o FILE]",
  description = "outlet: documents per outlet (\"(no outlet)\" when unknown); date: documents per\n" ..
    "publication date (\"(no date)\"); month: per YYYY-MM; entity: mentions per entity found by\n" ..
    "lede.entities (its gazetteer id when resolved, else the name as written).",
  options = OPTIONS,
}

-- The keys one document adds to the tally.
local KEYS = {
  outlet = function(doc) return { doc.outlet or "(no outlet)" } end,
  date = function(doc) return { doc.date or "(no date)" } end,
  month = function(doc) return { doc.date and doc.date:sub(1, 7) or "(no date)" } end,
  entity = function(doc, opts)
    local lede = require "lede"
    if type(lede.entities) ~= "function" then error("lede.entities is not built", 0) end
    local keys = {}
    for _, e in ipairs(lede.entities(doc.text or "", opts.gazetteer)) do keys[#keys + 1] = e.id or e.text end
    return keys
  end,
}

function M.run(args)
  local opts, sources = cli.parse_args(args, OPTIONS)
  if opts.help then io.stdout:write(cli.command_help("tally", M, OPTIONS)) return 0 end
  if #sources == 0 then cli.usage_error("tally: no SOURCE given (a file, a directory, or - for standard input)") end
  local by = opts.by or "outlet"
  local format = opts.format or "text"
  opts.gazetteer = cli.load_gazetteer(opts.gazetteer)
  local lede = require "lede"
  local t = lede.tally()
  local stats = cli.each_document(sources, function(doc)
    for _, k in ipairs(KEYS[by](doc, opts)) do t:add(k) end
  end)
  local rows = t:top(opts.top and tonumber(opts.top) or nil)
  local out, close = cli.open_output(opts.o)
  local fields = { "count", "key" }
  if format == "json" then
    for _, r in ipairs(rows) do out:write(cli.json_encode(r), "\n") end
  elseif format == "csv" then
    out:write(cli.csv_row({ "key", "count" }))
    for _, r in ipairs(rows) do out:write(cli.csv_row({ r.key, r.count })) end
  elseif format == "html" then
    cli.html_begin(out, "lede tally --by " .. by)
    cli.html_table_begin(out, { by, "count" })
    for _, r in ipairs(rows) do cli.html_row(out, { r.key, r.count }) end
    cli.html_table_end(out)
    cli.html_end(out)
  else
    fields[2] = by
    local display = {}
    for i, r in ipairs(rows) do display[i] = { count = r.count, [by] = r.key } end
    cli.write_table(out, display, fields)
  end
  close()
  return cli.exit_status(stats)
end

return M
