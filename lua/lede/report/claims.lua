-- report section: the casualty and count claims of each document (lede.claims)
-- with the sentence each came from; the summary says who claims what: the
-- figures per event and side across claimants and outlets, and where they
-- disagree.
local lede = require "lede"
local kit = require "lede.reportkit"
local clip, boilerplate, fold = kit.clip, kit.boilerplate, kit.fold
local cli = require "lede.cli"

local SENTENCE_MAX = 160   -- characters of the source sentence shown in text
local ROWS_MAX = 12        -- claimant/figure rows shown per group in the summary



-- The claims of a document with the sentence holding each and whether it
-- lies in page furniture (c.boilerplate: a headline repeated in a "Related"
-- or comment line): computed once per document (ctx.cache); nil when
-- lede.claims is not built.
local function claims_of(doc, ctx)
  if type(lede.claims) ~= "function" then return nil end
  return ctx:get("claims", function()
    local text = doc.text or ""
    local list = lede.claims(text, { ref = ctx.opts.ref or doc.date })
    local sents = ctx:get("sentences", function() return lede.sentences(text) end)
    local spans = boilerplate(doc, ctx)
    local k, j = 1, 1   -- claims, sentences and spans all come in text order
    for _, c in ipairs(list) do
      while sents[k] and sents[k].stop < c.start do k = k + 1 end
      local s = sents[k]
      if s and s.start <= c.start then c.sentence = s.text else c.sentence = c.text end
      while spans[j] and spans[j].stop < c.start do j = j + 1 end
      if spans[j] and spans[j].start <= c.start then c.boilerplate = true end
    end
    return list
  end)
end

-- "=41", ">=38", "~41", "10-12": the figure as a short bound.
local function figure(n)
  if n.op == "range" then return string.format("%s-%s", tostring(n.min), tostring(n.max)) end
  local v = n.value
  if v == nil then return (n.op or "") .. tostring(n.min or n.max or "?") .. " (" .. tostring(n.text) .. ")" end
  if math.type(v) == "float" and v == math.floor(v) then v = math.tointeger(v) end
  return (n.op or "=") .. tostring(v)
end

local function claimant_of(c) return c.claimant or "(outlet)" end

local function side_of(c) return c.side or "no side" end

-- A document's name in the summary: its outlet, else its file name.
local function source_name(doc)
  if doc.outlet then return doc.outlet end
  local id = tostring(doc.id)
  return id:match("([^/]+)$") or id
end


local function count(doc, ctx)
  local list = claims_of(doc, ctx)
  if not list then return end
  local st = ctx.stats
  st.total = (st.total or 0) + #list
  if #list > 0 then st.docs = (st.docs or 0) + 1 end
  local id = tostring(doc.id)
  st.groups = st.groups or {}  -- "event|side|period" -> { event, side, period, rows = {key -> row}, order = {} }
  st.order = st.order or {}
  for _, c in ipairs(list) do
    if c.boilerplate then st.furniture = (st.furniture or 0) + 1 goto next end
    local gkey = table.concat({ c.event, side_of(c), c.period or "" }, "|")
    local g = st.groups[gkey]
    if not g then
      g = { event = c.event, side = side_of(c), period = c.period, rows = {}, order = {} }
      st.groups[gkey] = g
      st.order[#st.order + 1] = g
    end
    local fig = figure(c.count)
    local who = claimant_of(c)
    local rkey = fold(who) .. "|" .. fig
    local r = g.rows[rkey]
    if not r then
      r = { claimant = who, figure = fig, value = c.count.value or c.count.min or c.count.max,
            outlets = {}, seen = {}, docs = {}, n = 0 }
      g.rows[rkey] = r
      g.order[#g.order + 1] = r
    end
    -- n counts documents: a figure repeated in one article is one claim
    if not r.docs[id] then r.docs[id] = true; r.n = r.n + 1 end
    local src = source_name(doc)
    if not r.seen[src] then r.seen[src] = true; r.outlets[#r.outlets + 1] = src end
    ::next::
  end
end

local function doc_lines(doc, ctx)
  local list = claims_of(doc, ctx)
  if not list then return { "claims:      (lede.claims is not built)" } end
  local furniture = 0
  for _, c in ipairs(list) do if c.boilerplate then furniture = furniture + 1 end end
  local lines = { string.format("claims:      %d%s", #list - furniture,
    furniture > 0 and string.format(" (and %d in boilerplate lines, left out)", furniture) or "") }
  for _, c in ipairs(list) do if not c.boilerplate then
    local extra = {}
    extra[#extra + 1] = "side " .. (c.side or "-")
    if c.period then extra[#extra + 1] = "period " .. c.period end
    if c.subject then extra[#extra + 1] = "subject " .. cli.cell(c.subject) end
    lines[#lines + 1] = string.format("  %s: %s %s (%s)", cli.cell(claimant_of(c)), c.event, figure(c.count),
      table.concat(extra, ", "))
    lines[#lines + 1] = "      " .. cli.cell(clip(c.sentence, SENTENCE_MAX))
  end end
  return lines
end

local function json_fields(doc, ctx)
  local list = claims_of(doc, ctx)
  if not list then return nil end
  local out = {}
  for i, c in ipairs(list) do
    local n = c.count
    out[i] = {
      text = c.text, start = c.start, stop = c.stop, event = c.event, claimant = c.claimant,
      figure = n.text, op = n.op, value = n.value, min = n.min, max = n.max,
      subject = c.subject, side = c.side, period = c.period, sentence = c.sentence,
      boilerplate = c.boilerplate or nil,
    }
  end
  return { claims = out }
end

-- The distinct figures of a group's rows (rows sorted by value).
local function distinct(rows)
  local figs, seen = {}, {}
  for _, r in ipairs(rows) do
    if not seen[r.figure] then seen[r.figure] = true; figs[#figs + 1] = r.figure end
  end
  return figs
end

-- "agree", or the figures that disagree: all of them up to five, else the
-- lowest and highest.
local function verdict(figs)
  if #figs <= 1 then return "agree" end
  if #figs <= 5 then return string.format("DISAGREE: %d figures (%s)", #figs, table.concat(figs, ", ")) end
  return string.format("DISAGREE: %d figures (%s to %s)", #figs, figs[1], figs[#figs])
end

local function summary(stats)
  if not stats.total then return nil end
  local lines = { string.format("claims: %d in %d document%s%s%s",
    stats.total - (stats.furniture or 0), stats.docs or 0, stats.docs == 1 and "" or "s",
    stats.furniture and string.format(" (%d more in boilerplate lines, left out)", stats.furniture) or "",
    #(stats.order or {}) > 0 and "; who claims what, per event and side:" or "") }
  local groups = {}
  for _, g in ipairs(stats.order or {}) do groups[#groups + 1] = g end
  -- Groups with most claims first; ties by event, side, period.
  table.sort(groups, function(a, b)
    local na, nb = 0, 0
    for _, r in ipairs(a.order) do na = na + r.n end
    for _, r in ipairs(b.order) do nb = nb + r.n end
    if na ~= nb then return na > nb end
    if a.event ~= b.event then return a.event < b.event end
    if a.side ~= b.side then return a.side < b.side end
    return (a.period or "") < (b.period or "")
  end)
  for _, g in ipairs(groups) do
    local rows = {}
    for _, r in ipairs(g.order) do rows[#rows + 1] = r end
    table.sort(rows, function(a, b)
      if a.value ~= b.value then return (a.value or 0) < (b.value or 0) end
      if a.figure ~= b.figure then return a.figure < b.figure end
      return a.claimant < b.claimant
    end)
    lines[#lines + 1] = string.format("  %s, %s%s -- %s", g.event, g.side, g.period and (", period " .. g.period) or "",
      verdict(distinct(rows)))
    local w, fw = 0, 0
    for _, r in ipairs(rows) do
      w = math.max(w, utf8.len(cli.cell(r.claimant)) or #r.claimant)
      fw = math.max(fw, #r.figure)
    end
    w = math.min(w, 36)
    for i, r in ipairs(rows) do
      if i > ROWS_MAX then
        lines[#lines + 1] = string.format("    ... %d more", #rows - ROWS_MAX)
        break
      end
      local who = clip(cli.cell(r.claimant), 36)
      local pad = string.rep(" ", math.max(0, w - (utf8.len(who) or #who)))
      lines[#lines + 1] = string.format("    %-" .. fw .. "s  %s%s  %d doc%s in %s", r.figure, who, pad, r.n, r.n == 1 and "" or "s",
        cli.cell(table.concat(r.outlets, ", ")))
    end
  end
  return lines
end

return {
  order = 40,
  title = "claims",
  fields = { "claims" },
  count = count,
  doc = doc_lines,
  json = json_fields,
  summary = summary,
}
