-- lede timeline: dated events across a corpus in time order, with the
-- number of documents reporting each day; text, JSON Lines, CSV, or an HTML
-- page with an inline SVG timeline (no scripts, no external resources).
local cli = require "lede.cli"
local tl = require "lede.api.timeline"

local OPTIONS = {
  { name = "from", arg = "DATE", pattern = "^%d%d%d%d[-%dW]*$", help = "only events from DATE on (YYYY, YYYY-MM or YYYY-MM-DD)" },
  { name = "to", arg = "DATE", pattern = "^%d%d%d%d[-%dW]*$", help = "only events up to DATE (inclusive prefix)" },
  { name = "all", help = "also events whose date stays underspecified (no reference date)" },
}
for _, s in ipairs(cli.COMMON_OPTIONS) do OPTIONS[#OPTIONS + 1] = s end

local FIELDS = { "value", "count", "doc", "outlet", "date_text", "start", "stop", "text" }

local M = {
  summary = "events across a corpus in time order (the sentence, its date, document, outlet, documents per day)",
  usage = "lede timeline SOURCE... [--from DATE] [--to DATE] [--all] [--format text|json|csv|html] [--ref DATE] [-o FILE]",
  description = "Each sentence that names a resolved date or time is an event; relative dates resolve against\n" ..
    "--ref or else the document's date. count = documents with an event on the same day.",
  options = OPTIONS,
}

local function write_text(out, events)
  local last
  for _, e in ipairs(events) do
    if e.value ~= last then
      out:write(string.format("%s  (%d document%s)\n", e.value, e.count, e.count == 1 and "" or "s"))
      last = e.value
    end
    out:write(string.format("  %s%s [%s]: %s\n", tostring(e.doc), e.outlet and (" (" .. cli.cell(e.outlet) .. ")") or "",
      cli.cell(e.date_text), cli.cell(e.text)))
  end
end

-- Days since 1970 of a value's start, for placing it on the axis (nil when
-- the value has no year).
local function day_number(v)
  local key = tl.sort_key(v)
  local y, m, d = key:match("^(%d%d%d%d)%-?(%d?%d?)%-?(%d?%d?)")
  if not y then
    local dec = key:match("^(%d%d%d)0X") -- decades
    if not dec then return nil end
    y = dec .. "0"
  end
  m = tonumber(m) or 1; d = tonumber(d) or 1
  if m < 1 then m = 1 end
  if d < 1 then d = 1 end
  return os.time { year = tonumber(y), month = m, day = d, hour = 12 } // 86400
end

-- An HTML page: a horizontal axis with one mark per dated group (radius by
-- document count), and below it the events grouped by value.
local function write_html(out, events, title)
  local esc = cli.html_escape
  local groups, by_value = {}, {}
  for _, e in ipairs(events) do
    local g = by_value[e.value]
    if not g then g = { value = e.value, count = e.count, events = {} }; by_value[e.value] = g; groups[#groups + 1] = g end
    g.events[#g.events + 1] = e
  end
  out:write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>", esc(title), "</title>\n<style>\n",
    "body{font-family:sans-serif;margin:1em;background:#fff;color:#222}h2{font-size:1em;margin:1em 0 .2em}",
    "ul{margin:.2em 0 .8em 1.2em;padding:0}li{margin:.15em 0}.doc{color:#555;font-size:.9em}",
    "mark{background:#fde68a}\n</style>\n</head>\n<body>\n<h1>", esc(title), "</h1>\n")
  local W, H, L, R = 1100, 220, 60, 40
  local nums = {}
  local lo, hi
  for i, g in ipairs(groups) do
    nums[i] = day_number(g.value)
    if nums[i] then lo = lo and math.min(lo, nums[i]) or nums[i]; hi = hi and math.max(hi, nums[i]) or nums[i] end
  end
  out:write(string.format('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="timeline">\n', W, H, W, H))
  out:write(string.format('<rect x="0" y="0" width="%d" height="%d" fill="#f8fafc"/>\n', W, H))
  out:write(string.format('<line x1="%d" y1="120" x2="%d" y2="120" stroke="#334155" stroke-width="2"/>\n', L, W - R))
  if lo then
    local span = math.max(hi - lo, 1)
    local placed, last_x = 0, { -1e9, -1e9 }
    for i, g in ipairs(groups) do
      local n = nums[i]
      if n then
        local x = L + (n - lo) / span * (W - L - R)
        local r = 5 + math.min(g.count, 10) * 2
        out:write(string.format('<circle cx="%.1f" cy="120" r="%d" fill="#2563eb" fill-opacity="0.55" stroke="#1e3a8a"><title>%s: %d document(s)</title></circle>\n',
          x, r, esc(g.value), g.count))
        -- labels alternate above and below the axis; one that would overlap
        -- its neighbour is left to the circle's tooltip and the list below
        local row = placed % 2 + 1
        if x - last_x[row] >= 90 then
          placed = placed + 1
          last_x[row] = x
          local ty = row == 2 and 165 or 80
          out:write(string.format('<text x="%.1f" y="%d" font-size="11" text-anchor="middle" fill="#0f172a">%s</text>\n', x, ty, esc(g.value)))
        end
      end
    end
    out:write(string.format('<text x="%d" y="205" font-size="12" fill="#475569">%s</text>\n', L, esc(tl.sort_key(groups[1].value):sub(1, 10))))
    out:write(string.format('<text x="%d" y="205" font-size="12" text-anchor="end" fill="#475569">%s</text>\n', W - R,
      esc(tl.sort_key(groups[#groups].value):sub(1, 10))))
  else
    out:write('<text x="60" y="100" font-size="14" fill="#475569">no dated events</text>\n')
  end
  out:write("</svg>\n")
  for _, g in ipairs(groups) do
    out:write("<h2>", esc(g.value), " <span class=\"doc\">(", g.count, " document", g.count == 1 and "" or "s", ")</span></h2>\n<ul>\n")
    for _, e in ipairs(g.events) do
      local a, b = e.date_start - e.start + 1, e.date_stop - e.start + 1
      local t = e.text
      local body = (a >= 1 and b <= #t) and (esc(t:sub(1, a - 1)) .. "<mark>" .. esc(t:sub(a, b)) .. "</mark>" .. esc(t:sub(b + 1))) or esc(t)
      out:write("<li>", body, " <span class=\"doc\">— ", esc(tostring(e.doc)), e.outlet and (", " .. esc(e.outlet)) or "", "</span></li>\n")
    end
    out:write("</ul>\n")
  end
  out:write("</body>\n</html>\n")
end

function M.run(args)
  local opts, sources = cli.parse_args(args, OPTIONS)
  if opts.help then io.stdout:write(cli.command_help("timeline", M, OPTIONS)) return 0 end
  if #sources == 0 then cli.usage_error("timeline: no SOURCE given (a file, a directory, or - for standard input)") end
  local format = opts.format or "text"
  local topts = { from = opts.from, to = opts.to, all = opts.all or nil }
  local events = {}
  local stats = cli.each_document(sources, function(doc)
    local d = doc
    if opts.ref then d = setmetatable({ date = opts.ref, date_estimated = false }, { __index = doc }) end
    for _, e in ipairs(tl.events_of(d, topts)) do events[#events + 1] = e end
  end)
  tl.finish(events)
  local out, close = cli.open_output(opts.o)
  if format == "json" then
    for _, e in ipairs(events) do out:write(cli.json_encode(e), "\n") end
  elseif format == "csv" then
    out:write(cli.csv_row(FIELDS))
    for _, e in ipairs(events) do
      local row = {}
      for i, f in ipairs(FIELDS) do row[i] = e[f] end
      out:write(cli.csv_row(row, #FIELDS))
    end
  elseif format == "html" then
    write_html(out, events, "lede timeline")
  else
    write_text(out, events)
    out:write(string.format("%d events (%d read, %d skipped)\n", #events, stats.read, stats.skipped))
  end
  close()
  return cli.exit_status(stats)
end

return M
