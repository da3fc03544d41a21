-- lede.harvest: the same quotation across documents.
-- Quotations (lede.quotes) are read per document; the partial quotations of
-- one sentence that share a cue are taken together as one utterance ("stir
-- the pot" ... "to create a distraction from Ukraine"). Two utterances are the
-- same when their speakers are compatible and their content-word sets are near:
--   Jaccard |A∩B| / |A∪B| >= threshold (default 0.6), or, for the same named
--   speaker, when the shorter is a partial quotation of at least 2 words (a
--   fragment quoted again): containment |A∩B| / min(|A|,|B|) >= 0.9.
-- Grouping is single-link: an utterance joins the group holding its most
-- similar member. Rules and measured precision: doc/quotes.md.
local lede = require "lede"

local M = {}

local STOP = {}
for w in ([[a an the and or but of to in on at by for with from as into about over after before than then
  this that these those it its it's we our us you your he his him she her they their them i me my is are was
  were be been being am do does did done have has had will would shall should can could may might must
  there here what which who whom whose when where why how all both each every some any more most such
  so too very just also only own same s re ll ve d m don doesn didn won isn aren wasn weren haven hasn
  hadn couldn shouldn wouldn can]]):gmatch("%S+") do STOP[w] = true end

-- Content words of a quotation: folded (lower case, no diacritics), function
-- words left out (negations kept: no, not, never, n't), cut to 6 letters as a
-- light stem ("governments" ~ "government", "Keldorian" ~ "Keldoria"). When a
-- quotation has no content word, all its words count.
local MAX_COMPARE = 16

local function words(text)
  local t = (lede.fold and lede.fold(text)) or text:lower()
  t = t:gsub("(%d)[,.](%d)", "%1%2"):gsub("(%w)%-(%w)", "%1%2")
  local set, n, all, na = {}, 0, {}, 0
  for w in t:gmatch("[%w\128-\255]+") do
    if w == "t" then w = "not" end
    local stem = w:sub(1, 6)
    if not all[stem] then all[stem] = true; na = na + 1 end
    if not STOP[w] and not set[stem] then set[stem] = true; n = n + 1 end
  end
  if n == 0 then return all, na end
  return set, n
end

local function overlap(a, na, b, nb)
  local inter = 0
  if na > nb then a, na, b, nb = b, nb, a, na end
  for w in pairs(a) do if b[w] then inter = inter + 1 end end
  return inter, na + nb - inter, math.min(na, nb)
end

-- The key of a speaker: its last word, folded ("Mathias Roeder" ~ "Matthias Roeder" ~ "Roeder").
local function speaker_key(sp)
  if not sp then return nil end
  local f = (lede.fold and lede.fold(sp)) or sp:lower()
  return f:match("([%w\128-\255]+)%s*$") or f
end

local function compatible(x, y)
  return x == nil or y == nil or x == y
end

-- Similarity of two utterances, or 0 when their speakers differ.
function M.similarity(a, b, opts)
  if not compatible(a.key, b.key) then return 0 end
  local inter, union, small = overlap(a.words, a.n, b.words, b.n)
  if union == 0 then return 0 end
  local j = inter / union
  local short = a.n <= b.n and a or b
  if short.kind == "partial" and a.key and a.key == b.key and small >= 2 and
     inter / small >= ((opts and opts.containment) or 0.9) then
    return math.max(j, (opts and opts.threshold) or 0.6)
  end
  return j
end

-- Utterances of one document: quotations sharing a cue in one sentence are joined.
local function utterances(doc, kinds)
  local text = doc.text
  local out = {}
  local recs = lede.quotes(text, { indirect = kinds.indirect or nil })
  local cur
  for _, r in ipairs(recs) do
    if kinds[r.kind] then
      if cur and r.cue_start and cur.cue_start == r.cue_start and r.start - cur.stop < 300 then
        cur.pieces[#cur.pieces + 1] = r.text
        cur.stop = r.stop
      else
        cur = { start = r.start, stop = r.stop, pieces = { r.text }, speaker = r.speaker, cue_start = r.cue_start,
                kind = r.kind }
        out[#out + 1] = cur
      end
    end
  end
  for _, u in ipairs(out) do
    u.quote = table.concat(u.pieces, " \u{2026} ")
    u.words, u.n = words(u.quote)
    u.key = speaker_key(u.speaker)
    u.doc, u.outlet = doc.id, doc.outlet
    u.text = text:sub(u.start, u.stop)
  end
  return out
end

local function as_doc(d, i)
  if type(d) == "string" then return { id = tostring(i), text = d } end
  if type(d) ~= "table" or type(d.text) ~= "string" then
    error("lede.harvest: document " .. i .. " has no text", 3)
  end
  return { id = d.id or tostring(i), outlet = d.outlet, text = d.text }
end

local KNOWN = { threshold = true, containment = true, indirect = true, min_sources = true }

-- lede.harvest(docs [, opts]) -> { {speaker, text, sources = { {doc, outlet, text, start, stop, quote}, ... }}, ... }
-- docs: an array of documents ({id=, outlet=, text=}) or strings, or an iterator
-- of documents (lede.corpus(...)). Groups come largest first, then in the order met.
function lede.harvest(docs, opts)
  if opts ~= nil and type(opts) ~= "table" then error("bad argument #2 to 'harvest' (table expected)", 2) end
  opts = opts or {}
  for k in pairs(opts) do if not KNOWN[k] then error("unknown option '" .. tostring(k) .. "'", 2) end end
  local threshold = opts.threshold or 0.6
  local kinds = { direct = true, partial = true, indirect = opts.indirect or nil }
  local list = {}
  if type(docs) == "function" then
    local i = 0
    for d in docs do i = i + 1; list[#list + 1] = as_doc(d, i) end
  elseif type(docs) == "table" then
    for i, d in ipairs(docs) do list[#list + 1] = as_doc(d, i) end
  else
    error("bad argument #1 to 'harvest' (table or iterator expected, got " .. type(docs) .. ")", 2)
  end

  local groups, index = {}, {}  -- index: word -> groups holding it
  for _, doc in ipairs(list) do
    for _, u in ipairs(utterances(doc, kinds)) do
      local best, best_sim = nil, 0
      local seen = {}
      for w in pairs(u.words) do
        for _, g in ipairs(index[w] or {}) do
          if not seen[g] then
            seen[g] = true
            -- the first MAX_COMPARE members stand for the group, so that a quote
            -- repeated by thousands of outlets costs no more than one repeated by a few
            for k = 1, math.min(#g.members, MAX_COMPARE) do
              local m = g.members[k]
              local sim = M.similarity(u, m, opts)
              if sim > best_sim then best, best_sim = g, sim end
            end
          end
        end
      end
      if not best or best_sim < threshold then
        best = { members = {}, order = #groups + 1 }
        groups[#groups + 1] = best
      end
      best.members[#best.members + 1] = u
      for w in pairs(u.words) do
        local l = index[w]
        if not l then l = {}; index[w] = l end
        if l[#l] ~= best then l[#l + 1] = best end
      end
    end
  end

  local out = {}
  for _, g in ipairs(groups) do
    local speaker, text, counts = nil, nil, {}
    for _, m in ipairs(g.members) do
      if m.speaker then
        counts[m.speaker] = (counts[m.speaker] or 0) + 1
        if not speaker or counts[m.speaker] > counts[speaker] or
           (counts[m.speaker] == counts[speaker] and #m.speaker > #speaker) then speaker = m.speaker end
      end
      if not text or #m.quote > #text then text = m.quote end
    end
    local sources = {}
    for i, m in ipairs(g.members) do
      sources[i] = { doc = m.doc, outlet = m.outlet, text = m.text, start = m.start, stop = m.stop, quote = m.quote }
    end
    if #sources >= (opts.min_sources or 1) then
      out[#out + 1] = { speaker = speaker, text = text, sources = sources, order = g.order }
    end
  end
  table.sort(out, function(a, b)
    if #a.sources ~= #b.sources then return #a.sources > #b.sources end
    return a.order < b.order
  end)
  for _, g in ipairs(out) do g.order = nil end
  return out
end

M.words = words
return M
