-- lede.claims(s [, opts]): casualty and count claims -- who says how many of
-- whom were killed, injured, missing, captured, displaced or arrested.
--
-- Built on lede.numbers (the figure with its bounds and counted noun) and
-- lede.sentences. A figure becomes a claim when an event word is tied to it
-- grammatically: after it across auxiliaries ("12 soldiers were killed",
-- "people dead"), right before it ("killed four troops", "the deaths of 50"),
-- or as its noun ("a dozen wounded"). The claimant is the subject of a
-- speech verb in the same sentence ("X said", ", X said.", "according to X").
local lede = require "lede"

local M = {}

-- Event words (lower case) -> event.
local EVENTS = {
  killed = "killed", kill = "killed", kills = "killed", killing = "killed", killings = "killed",
  dead = "killed", died = "killed", die = "killed", dies = "killed", death = "killed", deaths = "killed",
  slain = "killed", perished = "killed", fatalities = "killed", lost = "killed",
  injured = "injured", injuring = "injured", injuries = "injured", wounded = "injured",
  wounding = "injured", hurt = "injured", hurting = "injured",
  missing = "missing",
  captured = "captured", capturing = "captured", prisoners = "captured", hostages = "captured",
  abducted = "captured", kidnapped = "captured",
  displaced = "displaced", fled = "displaced", evacuated = "displaced", uprooted = "displaced",
  homeless = "displaced", refugees = "displaced",
  arrested = "arrested", detained = "arrested", arrests = "arrested", detentions = "arrested",
}
-- Events that may stand before the figure ("killed four", "the deaths of 50").
local BEFORE = {
  killed = true, killing = true, killings = true, death = true, deaths = true, lost = true, kill = true,
  wounded = true, injured = true, hurt = true, wounding = true, injuring = true, captured = true,
  abducted = true, kidnapped = true, displaced = true, evacuated = true, uprooted = true,
  arrested = true, detained = true,
}
-- Words allowed between the counted phrase and an event word after it.
local AUX = {
  were = true, was = true, have = true, has = true, had = true, been = true, are = true, is = true,
  being = true, reportedly = true, allegedly = true, also = true, all = true, later = true,
  now = true, confirmed = true, who = true, ["got"] = true, left = true, be = true, will = true,
}
-- Words allowed between an event word and the figure after it.
local BETWEEN = { ["of"] = true, the = true, another = true, a = true, an = true, some = true, up = true }
-- Speech verbs that introduce a claimant.
local SPEECH = {
  said = true, says = true, say = true, reported = true, reports = true, claimed = true, claims = true,
  announced = true, announces = true, stated = true, states = true, confirmed = true, confirms = true,
  told = true, added = true, tweeted = true, wrote = true, estimated = true, insisted = true,
  reporting = true, saying = true, claiming = true,
}
local AUXV = { has = true, have = true, had = true, also = true, ["then"] = true, now = true, again = true,
               later = true, earlier = true, previously = true, initially = true, separately = true, first = true }
-- "were reported" is passive: no claimant there.
local PASSIVE = { was = true, were = true, is = true, are = true, be = true, been = true, being = true }
-- Comma-enclosed asides skipped between a claimant and its verb ("Dravania, for its part, said").
local ASIDE = { ["for"] = true, ["in"] = true, on = true, at = true, by = true, meanwhile = true, however = true,
                though = true, also = true, too = true, later = true, earlier = true, ["then"] = true,
                separately = true, instead = true, again = true, now = true, ["while"] = false }
-- Words that end a claimant phrase when reading backwards from the verb.
local CLAUSE = {
  that = true, ["while"] = true, but = true, as = true, when = true, where = true, which = true,
  because = true, after = true, before = true, since = true, although = true, whereas = true,
  ["if"] = true, who = true, whom = true,
}
local PRONOUNS = { it = true, he = true, she = true, they = true }

-- Demonyms and country names -> the party. Extend with M.demonyms[...] = ...
M.demonyms = {
  Armenian = "Armenia", Armenians = "Armenia", Azerbaijani = "Azerbaijan", Azerbaijanis = "Azerbaijan",
  Azeri = "Azerbaijan", Russian = "Russia", Russians = "Russia", Ukrainian = "Ukraine",
  Ukrainians = "Ukraine", Turkish = "Turkey", Georgian = "Georgia", Iranian = "Iran", Israeli = "Israel",
  Israelis = "Israel", Palestinian = "Palestine", Palestinians = "Palestine", Syrian = "Syria",
  Iraqi = "Iraq", Afghan = "Afghanistan", Pakistani = "Pakistan", Indian = "India", Chinese = "China",
  American = "United States", Americans = "United States", British = "United Kingdom", French = "France",
  German = "Germany", Sudanese = "Sudan", Yemeni = "Yemen", Lebanese = "Lebanon", Malian = "Mali",
  Nigerian = "Nigeria", Ethiopian = "Ethiopia", Somali = "Somalia", Libyan = "Libya",
  Keldorian = "Keldoria", Keldorians = "Keldoria", Dravanian = "Dravania", Dravanians = "Dravania",
  Lorvian = "Lorvia", Lorvians = "Lorvia",
}
M.countries = {}
for _, c in pairs(M.demonyms) do M.countries[c] = c end
for _, c in ipairs { "Karabakh", "Nagorno-Karabakh" } do M.countries[c] = c end

-- Sentences: lede.sentences when built; otherwise a split on ". " and line breaks.
local function sentences(s)
  if type(lede.sentences) == "function" then return lede.sentences(s) end
  local out, i = {}, 1
  while i <= #s do
    local a = s:find("%S", i)
    if not a then break end
    local e = s:find("[%.!?][\"”’]?%s", a) or s:find("\n", a) or #s
    local stop = s:sub(e, e):match("%s") and e - 1 or e
    local x = s:find("%s+$", a) and math.min(stop, s:find("%s*$", a) - 1) or stop
    out[#out + 1] = { text = s:sub(a, x), start = a, stop = x }
    i = e + 1
  end
  return out
end
M.sentences = sentences

-- The end of the word s[ws..we] cut before a dash or curly quote glued to it,
-- except a curly apostrophe between letters ("Keldoria’s", "don’t"). Reads
-- the word only (an unbounded find ran to the text's end per word: quadratic).
local function glued_end(s, ws, we)
  local w = s:sub(ws, we + 3)
  local p = 1
  while true do
    p = w:find("\226[\128\129]", p)
    if not p or p > we - ws + 1 then return we end
    if not (w:sub(p, p + 2) == "’" and w:find("^%a", p + 3) and p > 1) then return ws + p - 2 end
    p = p + 3
  end
end

-- Words of s[a..b] as { {w=, lw=, s=, e=} } with absolute offsets; punctuation as w = the character.
local function words(s, a, b)
  local out = {}
  local i = a
  while i <= b do
    -- general punctuation (U+2000-U+206F: dashes, curly quotes) and Latin-1 signs are no letters
    local pl = (s:find("^\226[\128\129]", i) and 3) or (s:find("^\194[\128-\191]", i) and 2)
    if pl then
      out[#out + 1] = { w = s:sub(i, i + pl - 1), lw = s:sub(i, i + pl - 1), s = i, e = i + pl - 1, punct = true }
      i = i + pl
      goto continue
    end
    local ws, we = s:find("^[%a\195-\255][%w\128-\255'’%-%.]*", i)
    if ws and we > b then we = b end
    if ws then  -- a word ends before a dash or curly quote glued to it
      we = glued_end(s, ws, we)
    end
    while ws and we > ws and s:sub(we, we):match("[%.%-'’]") do we = we - 1 end  -- "U.S." keeps its inner dots
    while ws and we > ws and s:sub(we - 2, we) == "’" do we = we - 3 end
    if ws then
      local w = s:sub(ws, we)
      -- trailing possessive or hyphen stays with the word; strip a final hyphen/apostrophe
      out[#out + 1] = { w = w, lw = w:lower(), s = ws, e = we }
      i = we + 1
    else
      local c = s:sub(i, i)
      if c:match("%d") then
        local ds, de = s:find("^[%d][%d,%.]*", i)
        if de > b then de = b end
        out[#out + 1] = { w = s:sub(ds, de), lw = "#", s = ds, e = de }
        i = de + 1
      elseif c:match("%s") then
        i = i + 1
      else
        out[#out + 1] = { w = c, lw = c, s = i, e = i, punct = true }
        i = i + 1
      end
    end
    ::continue::
  end
  return out
end

-- Index of the first word starting at or after pos, and of the last ending
-- before pos. Words are in text order, so both are binary searches.
local function first_at(ws, pos)
  local lo, hi = 1, #ws + 1        -- answer in [lo, hi]
  while lo < hi do
    local mid = (lo + hi) // 2
    if ws[mid].s >= pos then hi = mid else lo = mid + 1 end
  end
  return lo
end
local function last_before(ws, pos)
  local lo, hi = 0, #ws            -- answer in [lo, hi]
  while lo < hi do
    local mid = (lo + hi + 1) // 2
    if ws[mid].e < pos then lo = mid else hi = mid - 1 end
  end
  return lo
end

-- The claimant phrase ending right before word index v (a speech verb): words
-- back to a clause boundary; returns text, start, stop or nil.
local function subject_before(s, ws, v)
  local j = v - 1
  while j >= 1 and AUXV[ws[j].lw] do j = j - 1 end
  if j >= 1 and PASSIVE[ws[j].lw] then return nil end
  if j >= 1 and ws[j].w == "," then j = j - 1 end  -- "The governor, Karen Sarkisyan, said"
  local last, first, n
  for _ = 1, 3 do
    last, first, n = j, nil, 0
    while j >= 1 and n < 8 do
      local w = ws[j]
      if w.punct or w.lw == "#" or CLAUSE[w.lw] then break end
      first = j
      n = n + 1
      j = j - 1
    end
    if not first then break end
    local fw = ws[first]
    if ASIDE[fw.lw] and fw.w:match("^%l") and j >= 2 and ws[j].w == "," then
      j = j - 1   -- ", for its part," : the claimant is before the aside
    elseif j >= 2 and (ws[j].lw == "who" or ws[j].lw == "which") and ws[j - 1].w == "," then
      j = j - 2   -- "Dr X, who runs the hospital, said": the claimant is before the relative clause
    else
      break
    end
  end
  if first and ws[first].lw == "and" then first = first + 1 end  -- ", and the Karabakh army reported"
  if not first or first > last then return nil end
  -- drop a leading time word ("Tuesday") cut from "On Tuesday"
  local a, b = ws[first].s, ws[last].e
  return s:sub(a, b), a, b
end

-- "according to X": words after it to the next punctuation.
local function according_to(s, ws, lo, hi)
  for i = lo, hi - 1 do
    if ws[i].lw == "according" and ws[i + 1] and ws[i + 1].lw == "to" then
      local a, b
      local j = i + 2
      while j <= #ws and not ws[j].punct and ws[j].lw ~= "#" and not CLAUSE[ws[j].lw] and (j - i) < 10 do
        a = a or ws[j].s
        b = ws[j].e
        j = j + 1
      end
      if a then return s:sub(a, b), a, b end
    end
  end
end

-- How many words around a figure are searched for its claimant: the
-- sentence, but no more than this (a text without sentence ends would
-- otherwise cost the whole text per figure).
local CLAIMANT_WINDOW = 150

-- The claimant of the figure at [p, q] in sentence words ws.
local function find_claimant(s, ws, p, q)
  local ip = first_at(ws, p)
  -- 1. "X said ... <figure>": the nearest speech verb before the figure
  for v = ip - 1, math.max(1, ip - CLAIMANT_WINDOW), -1 do
    if SPEECH[ws[v].lw] then
      local t, a, b = subject_before(s, ws, v)
      if t then return t, a, b end
    end
  end
  -- 2. "<figure> ..., X said."
  local iq = last_before(ws, q + 1) + 1
  for v = iq, math.min(#ws, iq + CLAIMANT_WINDOW) do
    if SPEECH[ws[v].lw] then
      local t, a, b = subject_before(s, ws, v)
      if t and a > q then return t, a, b end
    end
  end
  -- 3. "according to X"
  return according_to(s, ws, math.max(1, ip - CLAIMANT_WINDOW), math.min(#ws, iq + CLAIMANT_WINDOW))
end

-- The party a phrase names: a demonym ("Keldorian soldiers") or a country ("the Dravanian Army").
local function party_of(text)
  if not text then return nil end
  for w in text:gmatch("[%a\128-\255][%w\128-\255%-]*") do
    local base = w:gsub("'s$", ""):gsub("’s$", "")  -- two gsubs: ’ is 3 bytes, no class member
    if M.demonyms[base] then return M.demonyms[base] end
    if M.countries[base] then return M.countries[base] end
  end
end

-- The last country or demonym named in s before pos (within 600 bytes).
local function last_party_before(s, pos)
  local found
  for w in s:sub(math.max(1, pos - 600), pos - 1):gmatch("%u[%w\128-\255%-]*") do
    local p = party_of(w)
    if p then found = p end
  end
  return found
end

-- A bare title as claimant ("Governor says ..." in a headline) takes the name
-- that follows the same title later in the text, within a fixed window
-- ("Tarvos governor Samvel Kirakosov said" -> "Governor Samvel Kirakosov").
local TITLES = {
  governor = true, mayor = true, minister = true, president = true, spokesman = true, spokeswoman = true,
  spokesperson = true, commander = true, ambassador = true, envoy = true, ombudsman = true,
  general = true, chief = true,
}
local TITLE_WINDOW = 2000
local function named_title(s, claimant, from)
  if not TITLES[claimant:lower()] then return nil end
  local low = s:sub(from, from + TITLE_WINDOW - 1):lower()
  local init = 1
  while true do
    local _, te = low:find("%f[%w%-]" .. claimant:lower() .. "%f[^%w%-]", init)
    if not te then return nil end
    local parts, i = {}, from + te
    while #parts < 3 do  -- up to three capitalised words right after the title
      local a, b = s:find("^%s+%u[%a\128-\255%-]*", i)
      if not a or b >= from + TITLE_WINDOW then break end
      parts[#parts + 1] = s:sub(a, b):match("%S+"):gsub("’s$", ""):gsub("'s$", "")
      i = b + 1
    end
    if #parts >= 2 then return claimant .. " " .. table.concat(parts, " ") end
    init = te + 1
  end
end

local function possessive(text)
  if not text then return false end
  local first = text:match("^(%a+)")
  first = first and first:lower()
  return first == "its" or first == "their" or first == "our"
end

local function event_of(lw)
  return EVENTS[lw]
end

-- The first occurrence of plain text t in s starting in [init, maxstart]:
-- start, stop or nil. Bounded, unlike s:find(t, init, true), which runs to
-- the text's end when t is not near.
local function find_near(s, t, init, maxstart)
  local a, b = s:sub(init, maxstart + #t - 1):find(t, 1, true)
  if a then return a + init - 1, b + init - 1 end
end

-- Where the counted phrase of record n ends (its noun phrase or of-phrase), or n.stop.
local function phrase_end(s, n)
  local last = n.stop
  for _, k in ipairs { "np", "of" } do
    local t = n[k]
    if t then
      local a, b = find_near(s, t, n.stop + 1, n.stop + 40)
      if a and b > last then last = b end
    end
  end
  if n.noun and not n.np then
    local a, b = find_near(s, n.noun, n.stop + 1, n.stop + 3)
    if a then last = math.max(last, b) end
  end
  return last
end

-- The event tied to the figure n: returns event, start, stop of the whole claim span.
local function find_event(s, ws, n)
  if n.noun and event_of(n.noun) then
    local pe = phrase_end(s, n)
    return event_of(n.noun), n.start, pe
  end
  -- "more than 100 wounded soldiers", "12 dead civilians"
  local adj = n.np and n.np:lower():match("^(%a+) ") or nil
  if adj and EVENTS[adj] and (adj == "wounded" or adj == "injured" or adj == "dead" or adj == "missing"
      or adj == "displaced" or adj == "detained" or adj == "captured") then
    return EVENTS[adj], n.start, phrase_end(s, n)
  end
  local ip = first_at(ws, n.start)
  -- before: "killed four", "the deaths of 50", "hurt another 43"
  local j = ip - 1
  local gap = 0
  while j >= 1 and BETWEEN[ws[j].lw] and gap < 2 do j = j - 1; gap = gap + 1 end
  local before = j >= 1 and BEFORE[ws[j].lw] and event_of(ws[j].lw) and ws[j]
  if before and before.lw == "lost" and gap > 0 then before = nil end
  -- after: "12 soldiers were killed", "people dead"
  local pe = phrase_end(s, n)
  local k = last_before(ws, pe + 1) + 1
  local steps = 0
  local after
  while k <= #ws and steps < 4 do
    local w = ws[k]
    if event_of(w.lw) and w.lw ~= "lost" then after = w break end
    if not AUX[w.lw] then break end
    k = k + 1
    steps = steps + 1
  end
  if before and (not after or gap <= steps) then
    return event_of(before.lw), before.s, pe, before.lw == "lost"
  end
  if after then return event_of(after.lw), n.start, after.e end
end

local COUNTABLE = { cardinal = true, vague = true }

local function both_sides(s, a, b)
  local seg = s:sub(a, math.min(#s, b + 40)):lower()
  return seg:find("both sides", 1, true) or seg:find("from sides", 1, true) or seg:find("each side", 1, true)
    or seg:find("in total", 1, true)
end

-- The period of a figure: a year stated in its sentence (not "since 2020"),
-- other than the story's own year (opts.ref). years: the sentence's year
-- records in text order (sentence_years), collected once per sentence.
-- sinces: the start offsets of the word "since" in the sentence, in order
-- (since_words): whether one lies between the year and the figure is a binary
-- search, not a copy of the text between them.
local function since_between(sinces, lo, hi)
  local a, b = 1, #sinces + 1
  while a < b do
    local mid = (a + b) // 2
    if sinces[mid] >= lo then b = mid else a = mid + 1 end
  end
  return sinces[a] ~= nil and sinces[a] + 4 <= hi
end

local function since_words(s, sent)
  local low, out, i = s:sub(sent.start, sent.stop):lower(), {}, 1
  while true do
    local a, b = low:find("%f[%a]since%f[%A]", i)
    if not a then return out end
    out[#out + 1] = sent.start + a - 1
    i = b + 1
  end
end

local function period_of(s, sent, years, sinces, n, ref_year)
  for _, y in ipairs(years) do
    do
      local lo, hi = math.min(y.start, n.start), math.max(y.start, n.start)
      local before = s:sub(math.max(sent.start, y.start - 40), y.start - 1):lower()
      local since = since_between(sinces, lo, hi) or before:find("%f[%a]since%f[%A][^,;]*$")
      if not since then
        local v
        if y.op == "range" and y.max - y.min == 9 then v = tostring(y.min):sub(1, 3)
        elseif y.op == "range" then v = tostring(y.min)
        else v = tostring(y.value) end
        if not (ref_year and v == ref_year) then return v end
      end
    end
  end
end

-- The year records inside sentence sent; nums[first] is the sentence's first
-- number (nums are in text order).
local function sentence_years(sent, nums, first)
  local years = {}
  for i = first, #nums do
    local y = nums[i]
    if y.start > sent.stop then break end
    if y.kind == "year" and y.start >= sent.start and y.stop <= sent.stop then years[#years + 1] = y end
  end
  return years
end

local KNOWN_OPTS = { ref = true, gazetteer = true }

function lede.claims(s, opts)
  if type(s) ~= "string" then error("bad argument #1 to 'claims' (string expected, got " .. type(s) .. ")", 2) end
  if opts ~= nil then
    if type(opts) ~= "table" then error("bad argument #2 to 'claims' (table expected, got " .. type(opts) .. ")", 2) end
    for k in pairs(opts) do
      if not KNOWN_OPTS[k] then error("unknown option '" .. tostring(k) .. "'", 2) end
    end
  end
  local ref_year = opts and type(opts.ref) == "string" and opts.ref:match("^(%d%d%d%d)") or nil
  local nums = lede.numbers(s)
  local out = {}
  local last_speaker
  local ni = 1
  for _, sent in ipairs(sentences(s)) do
    local ws = words(s, sent.start, sent.stop)
    local prev_claim
    while ni <= #nums and nums[ni].start < sent.start do ni = ni + 1 end
    local j = ni
    local years = sentence_years(sent, nums, ni)
    local sinces = #years > 0 and since_words(s, sent) or {}
    while j <= #nums and nums[j].stop <= sent.stop do
      local n = nums[j]
      if COUNTABLE[n.kind] then
        local event, a, b, own = find_event(s, ws, n)
        if event then
          local claimant, ca, cb = find_claimant(s, ws, n.start, n.stop)
          if claimant and PRONOUNS[claimant:lower()] and last_speaker then
            claimant, ca, cb = last_speaker, nil, nil
          end
          local named = claimant and cb and named_title(s, claimant, cb + 1)
          if named then claimant, ca, cb = named, nil, nil end
          local subject = n.of and n.np == n.of and n.of or n.np or n.noun
          local side = party_of(subject)
          -- "its soldiers" and "X said it lost 50" belong to the claimant's side
          if not side and (own or possessive(subject)) then
            side = party_of(claimant)
            -- "Its defence ministry said 41 of its servicemen ...": the country named before
            if not side and possessive(claimant) and ca then side = last_party_before(s, ca) end
          end
          local subject_text = subject
          if side and possessive(subject) then  -- "its soldiers" -> "Keldoria's soldiers"
            subject = side .. "'s " .. subject:gsub("^%a+%s+", "")
          end
          if not subject and prev_claim and prev_claim.subject then
            subject, subject_text, side = prev_claim.subject, prev_claim.subject_text, prev_claim.side  -- "... and hurt another 43"
          end
          if both_sides(s, a, b) then side = nil end
          local c = {
            text = s:sub(a, b), start = a, stop = b, count = n, event = event,
            claimant = claimant, claimant_start = ca, claimant_stop = cb,
            subject = subject, subject_text = subject_text, side = side,
            period = period_of(s, sent, years, sinces, n, ref_year),
          }
          out[#out + 1] = c
          prev_claim = c
        end
      end
      j = j + 1
    end
    -- remember the last named speaker for "it said" in later sentences
    for v = #ws, 1, -1 do
      if SPEECH[ws[v].lw] then
        local t = subject_before(s, ws, v)
        if t and not PRONOUNS[t:lower()] then last_speaker = t break end
      end
    end
  end
  table.sort(out, function(x, y) return x.start < y.start end)
  return out
end

return M
