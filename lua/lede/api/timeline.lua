-- lede.timeline(docs [, opts]): the dated events of a set of documents in
-- time order. Each event is a sentence that names a resolved date or time:
--   { value, text, doc, outlet, start, stop, date_text, date_start, date_stop,
--     type, count }
-- value is the TIMEX3 value (resolved against doc.date or opts.ref); text the
-- sentence, trimmed; start/stop its span in doc.text; date_text the words that
-- gave the date; count how many documents report an event on the same day
-- (the same value cut to the day: "2022-09-13TMO" counts with "2022-09-13").
-- docs: an array of documents { id, outlet, date, text } or an iterator of
-- them (lede.corpus). opts: ref (a date for documents without one), from/to
-- (inclusive bounds compared with the value's start, e.g. from = "2022-09"),
-- all (also underspecified values such as "XXXX-09-12"; default false).
local lede = require "lede"

local M = {}

local KNOWN = { ref = true, from = true, to = true, all = true }

local function check_opts(opts)
  if opts == nil then return {} end
  if type(opts) ~= "table" then error("lede.timeline: opts must be a table", 3) end
  for k in pairs(opts) do
    if not KNOWN[k] then error("lede.timeline: unknown option '" .. tostring(k) .. "'", 3) end
  end
  return opts
end

-- A key that sorts values in time: weeks by their Monday, quarters, halves
-- and seasons by their first month, decades by their first year.
function M.sort_key(v)
  local y, w = v:match("^(%d%d%d%d)%-W(%d%d)")
  if y then
    -- Monday of ISO week w: the week holding 4 January is week 1
    local jan4 = os.time { year = tonumber(y), month = 1, day = 4, hour = 12 }
    local wd = tonumber(os.date("!%w", jan4)); if wd == 0 then wd = 7 end
    local monday = jan4 + ((tonumber(w) - 1) * 7 - (wd - 1)) * 86400
    return os.date("!%Y-%m-%d", monday) .. "W" .. v:sub(9)
  end
  local qy, q = v:match("^(%d%d%d%d)%-Q(%d)")
  if qy then return string.format("%s-%02d", qy, (tonumber(q) - 1) * 3 + 1) .. "Q" end
  local hy, h = v:match("^(%d%d%d%d)%-H(%d)")
  if hy then return string.format("%s-%02d", hy, (tonumber(h) - 1) * 6 + 1) .. "H" end
  local sy, s = v:match("^(%d%d%d%d)%-(%u%u)$")
  if sy then
    local first = { SP = "03", SU = "06", FA = "09", WI = "12" }
    return sy .. "-" .. (first[s] or "00") .. s
  end
  local dec = v:match("^(%d%d%d)X?$") -- "199" (TIMEX3), "199X" (older annotations)
  if dec then return dec .. "0X" end
  return v
end

-- The day (or coarser unit) an event belongs to, for counting documents.
local function day_of(v)
  local d = v:match("^(%d%d%d%d%-%d%d%-%d%d)")
  return d or v
end

local function resolved(v) return v and v:match("^%d%d%d%d") ~= nil end

local function trim_span(text, a, b)
  while a <= b and text:sub(a, a):match("%s") do a = a + 1 end
  while b >= a and text:sub(b, b):match("%s") do b = b - 1 end
  return a, b
end

-- The events of one document (not yet counted or sorted).
function M.events_of(doc, opts)
  opts = opts or {}
  local text = doc.text
  if type(text) ~= "string" then error("lede.timeline: a document without text (id " .. tostring(doc.id) .. ")", 0) end
  local ref = doc.date or opts.ref
  if ref ~= nil and not (type(ref) == "string" and pcall(lede.dates, "", { ref = ref })) then
    ref = opts.ref -- a document date that is not a calendar day anchors nothing
  end
  -- a date estimated from the text is a lower bound of the article's date
  local estimated = ref ~= nil and ref == doc.date and doc.date_estimated == true
  local dates = lede.dates(text, { ref = ref, ref_estimated = estimated })
  local sents = lede.sentences(text)
  local events, k, seen = {}, 1, {}
  for _, d in ipairs(dates) do
    if (d.type == "DATE" or d.type == "TIME") and (opts.all or resolved(d.value)) then
      while sents[k] and sents[k].stop < d.start do k = k + 1 end
      local s = sents[k]
      local a, b
      if s and s.start <= d.start then a, b = s.start, s.stop else a, b = d.start, d.stop end
      if b < d.stop then b = d.stop end
      a, b = trim_span(text, a, b)
      local key = a .. ":" .. d.value
      local from_ok = not opts.from or M.sort_key(d.value) >= opts.from
      local to_ok = not opts.to or M.sort_key(d.value):sub(1, #opts.to) <= opts.to
      if not seen[key] and from_ok and to_ok then
        seen[key] = true
        events[#events + 1] = {
          value = d.value, type = d.type, text = text:sub(a, b), start = a, stop = b,
          doc = doc.id, outlet = doc.outlet, date_text = d.text, date_start = d.start, date_stop = d.stop,
        }
      end
    end
  end
  return events
end

-- Counts documents per day and sorts: by time, then by document and position.
function M.finish(events)
  local docs_per_day = {}
  for _, e in ipairs(events) do
    local day = day_of(e.value)
    local set = docs_per_day[day]
    if not set then set = { n = 0 }; docs_per_day[day] = set end
    local id = tostring(e.doc)
    if not set[id] then set[id] = true; set.n = set.n + 1 end
  end
  for _, e in ipairs(events) do
    e.count = docs_per_day[day_of(e.value)].n
    e._key = M.sort_key(e.value)
  end
  table.sort(events, function(x, y)
    if x._key ~= y._key then return x._key < y._key end
    local dx, dy = tostring(x.doc), tostring(y.doc)
    if dx ~= dy then return dx < dy end
    return x.start < y.start
  end)
  for _, e in ipairs(events) do e._key = nil end
  return events
end

function lede.timeline(docs, opts)
  opts = check_opts(opts)
  if opts.ref ~= nil and type(opts.ref) ~= "string" then error("lede.timeline: opts.ref must be a string", 2) end
  local events = {}
  local function add(doc, i)
    if type(doc) ~= "table" then error("lede.timeline: document " .. i .. " is not a table", 3) end
    if doc.id == nil then doc = setmetatable({ id = i }, { __index = doc }) end
    for _, e in ipairs(M.events_of(doc, opts)) do events[#events + 1] = e end
  end
  if type(docs) == "table" then
    for i, doc in ipairs(docs) do add(doc, i) end
  elseif type(docs) == "function" then
    local i = 0
    for doc in docs do i = i + 1; add(doc, i) end
  else
    error("lede.timeline: docs must be an array of documents or an iterator", 2)
  end
  return M.finish(events)
end

return M
