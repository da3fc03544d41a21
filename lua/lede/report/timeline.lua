-- report section: the date expressions of each document resolved against its
-- date (lede.dates, --ref overrides); the summary is the timeline of the
-- corpus (the events of lede.timeline) by day, with how many documents
-- report each day and the first sentence met for it.
local lede = require "lede"
local kit = require "lede.reportkit"
local clip, boilerplate = kit.clip, kit.boilerplate
local cli = require "lede.cli"

local SENTENCE_MAX = 100
local DAYS_MAX = 40          -- days listed in the summary (the rest are counted)


-- The reference date: --ref, else the document's date when it is a calendar
-- day lede.dates accepts, else none (relative expressions stay unresolved).
local function ref_of(doc, ctx)
  local ref = ctx.opts.ref or doc.date
  if type(ref) ~= "string" or not pcall(lede.dates, "", { ref = ref }) then return nil end
  return ref
end

local function dates_of(doc, ctx)
  if type(lede.dates) ~= "function" then return nil end
  return ctx:get("dates", function()
    local ref = ref_of(doc, ctx)
    -- a date estimated from the text is a lower bound of the article's date
    local estimated = ref ~= nil and ref == doc.date and not ctx.opts.ref and doc.date_estimated == true
    return lede.dates(doc.text or "", { ref = ref, ref_estimated = estimated })
  end)
end


-- Whether pos lies in one of the spans (in text order), by binary search.
local function in_boilerplate(spans, pos)
  local lo, hi = 1, #spans
  while lo <= hi do
    local mid = (lo + hi) // 2
    local b = spans[mid]
    if pos < b.start then hi = mid - 1
    elseif pos > b.stop then lo = mid + 1
    else return true end
  end
  return false
end

-- The day (or coarser unit: "2019", "2025-03") an event belongs to.
local function day_of(v) return v:match("^(%d%d%d%d%-%d%d%-%d%d)") or v end

local function count(doc, ctx)
  local dates = dates_of(doc, ctx)
  if not dates then return end
  local st = ctx.stats
  st.expressions = (st.expressions or 0) + #dates
  local ok, tl = pcall(require, "lede.api.timeline")
  if not ok or type(tl.events_of) ~= "function" then return end
  st.days = st.days or {}        -- day -> { day, key, docs = {id -> true}, ndocs, events, first }
  st.events = st.events or 0
  local ref = ref_of(doc, ctx)
  -- without ref, doc.date is nil or not a calendar day: events_of ignores it
  local d = setmetatable({ date = ref }, { __index = doc })
  local id = tostring(doc.id)
  local furniture = boilerplate(doc, ctx)
  for _, e in ipairs(tl.events_of(d, {})) do
    if in_boilerplate(furniture, e.date_start) then goto next end
    local day = day_of(e.value)
    local x = st.days[day]
    if not x then
      x = { day = day, key = tl.sort_key(day), docs = {}, ndocs = 0, events = 0 }
      st.days[day] = x
    end
    x.events = x.events + 1
    st.events = st.events + 1
    if not x.docs[id] then
      x.docs[id] = true
      x.ndocs = x.ndocs + 1
      -- the first sentence, by document id, stands for the day
      if not x.first or id < x.first_doc then x.first, x.first_doc = e.text, id end
    end
    ::next::
  end
end

local function doc_lines(doc, ctx)
  local dates = dates_of(doc, ctx)
  if not dates then return { "dates:       (lede.dates is not built)" } end
  local ref = ref_of(doc, ctx)
  local lines = { string.format("dates:       %d%s", #dates,
    ref and (" (resolved against " .. ref .. ")") or " (no reference date: relative dates unresolved)") }
  for _, d in ipairs(dates) do
    lines[#lines + 1] = string.format("  %-22s %s %s%s", d.value or "?", d.type or "?", cli.cell(clip(d.text, 60)),
      d.tz and (" [" .. cli.cell(d.tz) .. "]") or "")
  end
  return lines
end

local function json_fields(doc, ctx)
  local dates = dates_of(doc, ctx)
  if not dates then return nil end
  local out = {}
  for i, d in ipairs(dates) do
    out[i] = { text = d.text, start = d.start, stop = d.stop, type = d.type, value = d.value, tz = d.tz }
  end
  return { dates = out, dates_ref = ref_of(doc, ctx) }
end

local function summary(stats)
  if not stats.expressions then return nil end
  local lines = { string.format("timeline: %d date expressions, %d dated events", stats.expressions, stats.events or 0) }
  local days = {}
  for _, x in pairs(stats.days or {}) do days[#days + 1] = x end
  table.sort(days, function(a, b) if a.key ~= b.key then return a.key < b.key end return a.day < b.day end)
  lines[1] = lines[1] .. string.format(" on %d day%s%s", #days, #days == 1 and "" or "s",
    #days > 0 and " (documents reporting each):" or "")
  for i, x in ipairs(days) do
    if i > DAYS_MAX then
      lines[#lines + 1] = string.format("  ... %d more days", #days - DAYS_MAX)
      break
    end
    lines[#lines + 1] = string.format("  %-16s %3d doc%s %3d event%s  %s", x.day, x.ndocs, x.ndocs == 1 and " " or "s",
      x.events, x.events == 1 and " " or "s", cli.cell(clip(x.first, SENTENCE_MAX)))
  end
  return lines
end

return {
  order = 35,
  title = "dates and timeline",
  fields = { "dates", "dates_ref" },
  count = count,
  doc = doc_lines,
  json = json_fields,
  summary = summary,
}
