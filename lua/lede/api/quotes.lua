-- lede.quotes: quotations with their speakers.
-- The C core (lede.quote_spans) finds the quoted words, their kind and their
-- cue; this file reads the words around the cue for the speaker, strips
-- titles and appositions, and resolves pronouns and nominals ("she", "the
-- ministry") to the nearest fitting named speaker before them. Rules: doc/quotes.md.
local lede = require "lede"

local M = {}

local function set(list)
  local t = {}
  for w in list:gmatch("%S+") do t[w] = true end
  return t
end

-- words that are part of a title or an organisation, never of a person's name
local TITLE = set [[president prime minister secretary spokesman spokeswoman spokesperson general gen gen.
  chairman chairwoman chair coordinator governor ambassador envoy chief head director commander leader senator
  sen sen. gov gov. representative official officials mayor king queen colonel col col. lieutenant lt lt. captain
  capt admiral deputy vice foreign defence defense interior state mr mr. mrs mrs. ms ms. dr dr. prof prof.
  professor adviser advisor aide analyst correspondent reporter executive ceo member mp press secretary-general
  un us u.s. eu nsc national security strategic communications affairs justice finance economy health
  emergency emergencies home external internal public relations international federation russian
  officer diplomat source sources witness soldier resident activist lawmaker
  commissioner counterpart premier chancellor pope sheikh prince minister-president gen.-in-chief]]
local ORG = set [[ministry government office council army kremlin parliament secretariat service services
  agency committee organization organisation union department commission embassy military forces police
  authorities administration presidency cabinet party court assembly house command headquarters staff
  statement spokesperson's coalition alliance bank fund institute group media news white pentagon
  nato un eu osce csto un's nations states republic federation kingdom emirates ministers]]
-- nominals that stand for a speaker named before: "the ministry", "the spokesman"
local GENERIC = set [[ministry government office council army agency committee department service military
  spokesman spokeswoman spokesperson minister official president governor secretary premier chancellor
  statement commander presidency administration authorities envoy ambassador coordinator chief leader]]
local MONTH = set [[january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec]]
local PRONOUN = { he = "m", she = "f", it = "n", they = "p" }
local FEMALE = set [[spokeswoman chairwoman mrs mrs. ms ms. madam congresswoman businesswoman queen princess
  she her lady]]
local MALE = set [[spokesman chairman mr mr. he his king prince sir]]
local CONNECT = set [[of for the de del der van von al el bin la le y and]]
local ADVERB = set [[also later earlier again then further separately previously repeatedly reportedly
  officially publicly recently once already still has had have was is would will could has long meanwhile
  however too herself himself itself themselves subsequently]]
local STOP = set [[of for to in on at by with from and or but the a an that which who whom whose as after
  before between near during since against into over under about its his her their our your my this these
  those than if while when where because although though not nor so such per via amid among across toward
  towards upon within without whether is are was were be been being]]
local WEEKDAY = set [[monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  morning evening night afternoon]]
local VERB = set [[said says told tells has had have is was were are will would can could may might must
  should did does do took made met spoke sent led left gave came went became began kept held saw found thought
  felt got put ran brought agreed wrote tweeted added warned claimed stated insisted noted declared announced
  urged accused called confirmed emphasized emphasised stressed explained argued asked denied reported vowed
  pledged promised threatened blamed rejected welcomed condemned demanded expressed voiced released
  commented responded replied sought chose won lost fought struck hit fell rose knew meant]]
local ARTICLE = set [[the a an one another]]
local INTRO = set [[following in on at after before during despite as while when although though with
  amid since by from for according earlier later asked meanwhile]]

-- ---- tokens ----

local byte, sub = string.byte, string.sub

-- Is the UTF-8 character at s[i] an upper-case letter? (ASCII, Latin-1, Latin Extended-A, Cyrillic, Greek)
local function upper_at(s, i)
  local c = byte(s, i)
  if not c then return false end
  if c >= 65 and c <= 90 then return true end
  if c < 0xC3 then return false end
  local ok, cp = pcall(utf8.codepoint, s, i)
  if not ok then return false end
  if cp >= 0xC0 and cp <= 0xDE then return cp ~= 0xD7 end
  if cp >= 0x100 and cp <= 0x17F then return cp % 2 == 0 end
  if cp >= 0x410 and cp <= 0x42F then return true end
  if cp >= 0x391 and cp <= 0x3A9 then return true end
  return false
end

local WORDBYTE = {}
for c = 48, 57 do WORDBYTE[c] = true end
for c = 65, 90 do WORDBYTE[c] = true; WORDBYTE[c + 32] = true end

-- Length of a punctuation character at s[i] that breaks words, or nil.
local function punct_len(s, i)
  local c = byte(s, i)
  if c == 0xE2 then
    local c2, c3 = byte(s, i + 1), byte(s, i + 2)
    if c2 == 0x80 and c3 and ((c3 >= 0x93 and c3 <= 0x9F) or c3 == 0xA6 or c3 == 0xB9 or c3 == 0xBA) then return 3 end
    return nil
  end
  if c == 0xC2 then
    local c2 = byte(s, i + 1)
    if c2 == 0xAB or c2 == 0xBB then return 2 end
    return nil
  end
  if c and c < 128 and not WORDBYTE[c] then return 1 end
  return nil
end

local function is_space(s, i)
  local c = byte(s, i)
  return c == 32 or c == 9 or c == 10 or c == 13 or c == 0 or (c == 0xC2 and byte(s, i + 1) == 0xA0)
end

-- Tokens of s[a..b] for one chunk without white space (the careful path).
local function tokens_slow(s, a, b, out)
  local i = a
  while i <= b do
    if is_space(s, i) then
      i = i + ((byte(s, i) == 0xC2) and 2 or 1)
    else
      local pl = punct_len(s, i)
      local c = byte(s, i)
      if pl and not (c == 39 or (c == 0xE2 and byte(s, i + 2) == 0x99)) or (pl and i == a) then
        local pw = sub(s, i, i + pl - 1)
        out[#out + 1] = { s = i, e = i + pl - 1, w = pw, low = pw, punct = true }
        i = i + pl
      else
        local j = i
        while j <= b do
          if is_space(s, j) then break end
          local p = punct_len(s, j)
          if p then
            local cj = byte(s, j)
            local inner = (cj == 46 or cj == 45 or cj == 39 or (cj == 0xE2 and byte(s, j + 2) == 0x99))
            local nxt = j + p
            if inner and nxt <= b and not is_space(s, nxt) and not punct_len(s, nxt) then
              j = nxt
            elseif cj == 46 and j > i and (j - i <= 2 or sub(s, i, j - 1):find(".", 1, true)) then
              -- initials, short abbreviations and initialisms: J. Dr. U.S. U.N.
              j = nxt
              break
            else
              break
            end
          else
            j = j + 1
          end
        end
        if j == i then j = i + 1 end
        local w = sub(s, i, j - 1)
        out[#out + 1] = { s = i, e = j - 1, w = w, low = w:lower(), cap = upper_at(s, i) }
        i = j
      end
    end
  end
end

-- Tokens of s[a..b]: { {s=, e=, w=, low=, cap=, punct=} }. A word keeps inner
-- . - ’ ' (U.S., Tarvos-Ulmet, Keldoria’s); a final . stays only on initials
-- and two-letter abbreviations. Plain ASCII words take a fast path.
local function tokens(s, a, b)
  local out = {}
  local text = sub(s, a, b)
  for ps, chunk in text:gmatch("()(%S+)") do
    local p = a + ps - 1
    local c1 = byte(chunk)
    if chunk:find("^%w+$") then
      out[#out + 1] = { s = p, e = p + #chunk - 1, w = chunk, low = chunk:lower(), cap = c1 >= 65 and c1 <= 90 }
    else
      local w, pch = chunk:match("^(%w+)([,;:])$")
      if not w then
        w = chunk:match("^(%w%w%w+)%.$")
        if w then pch = "." end
      end
      if w then
        out[#out + 1] = { s = p, e = p + #w - 1, w = w, low = w:lower(), cap = c1 >= 65 and c1 <= 90 }
        out[#out + 1] = { s = p + #w, e = p + #w, w = pch, low = pch, punct = true }
      else
        tokens_slow(s, p, p + #chunk - 1, out)
      end
    end
  end
  return out
end

local function poss_strip(low)  -- "armenia’s" -> "armenia"
  return (low:gsub("’s$", ""):gsub("'s$", ""))
end

-- ---- noun phrases ----

local function np_word(t)
  if t.punct then return false end
  if WEEKDAY[t.low] or MONTH[t.low] then return false end
  if t.cap then return true end
  local l = t.low
  return ORG[l] or TITLE[l] or CONNECT[l] or false
end

-- Trims connectors and articles at both ends of tokens[i..j].
local function trim(tk, i, j)
  while i <= j and (tk[i].punct or CONNECT[tk[i].low] or ADVERB[tk[i].low] or
                    (tk[i].cap and (INTRO[tk[i].low] or STOP[tk[i].low]))) do i = i + 1 end
  while j >= i and (tk[j].punct or CONNECT[tk[j].low] or ADVERB[tk[j].low]) do j = j - 1 end
  return i, j
end

-- The noun phrase that ends at token j (walking back): returns i, j or nil.
local function np_ending_at(tk, j)
  while j >= 1 and not tk[j].punct and ADVERB[tk[j].low] do j = j - 1 end
  -- "on Tuesday (morning)" before the cue
  if j >= 2 and WEEKDAY[tk[j].low] then
    local k = j
    while k >= 1 and WEEKDAY[tk[k].low] do k = k - 1 end
    if k >= 1 and (tk[k].low == "on" or tk[k].low == "in" or tk[k].low == "this" or tk[k].low == "late" or tk[k].low == "early") then
      j = k - 1
    end
  end
  if j < 1 or tk[j].punct then return nil end
  if PRONOUN[tk[j].low] then return j, j end
  local i = j
  while i >= 1 and not tk[i].punct do
    local t = tk[i]
    if WEEKDAY[t.low] or MONTH[t.low] then
      break
    elseif t.cap or ORG[t.low] or TITLE[t.low] or CONNECT[t.low] then
      i = i - 1
    elseif t.low:match("’s$") or t.low:match("'s$") then
      i = i - 1  -- the country’s defense ministry
    else
      break
    end
  end
  i = i + 1
  if i > j and j >= 2 and not tk[j - 1].punct and ARTICLE[tk[j - 1].low] then i = j - 1 end  -- "one resident"
  i, j = trim(tk, i, j)
  if i > j then return nil end
  -- keep "the" before a lower-case nominal: "the ministry"
  return i, j
end

-- The noun phrase that starts at token i (walking forward, stopping at
-- punctuation or a lower-case word that is not a title or org word).
local function np_starting_at(tk, i, stop_at_comma)
  local j = i
  while j <= #tk do
    local t = tk[j]
    if t.punct or WEEKDAY[t.low] or MONTH[t.low] then break end
    if not (t.cap or ORG[t.low] or TITLE[t.low] or CONNECT[t.low] or PRONOUN[t.low] or
            t.low:match("’s$") or t.low:match("'s$")) then break end
    if PRONOUN[t.low] then j = j + 1 break end
    j = j + 1
  end
  local a, b = trim(tk, i, j - 1)
  if a > b then return nil end
  return a, b
end

-- Is the noun phrase tk[i..j] a subject: followed by a verb?
local function followed_by_verb(tk, j)
  local k = j + 1
  while k <= #tk and not tk[k].punct and ADVERB[tk[k].low] do k = k + 1 end
  if k <= #tk and tk[k].low == "on" and tk[k + 1] and WEEKDAY[tk[k + 1].low] then
    k = k + 2
    while k <= #tk and not tk[k].punct and WEEKDAY[tk[k].low] do k = k + 1 end
  end
  local t = tk[k]
  if not t or t.punct or t.cap then return false end
  local l = t.low
  if STOP[l] or CONNECT[l] then return false end
  return VERB[l] or (l:match("ed$") ~= nil and #l > 3)
end

-- Describes the noun phrase tk[i..j]: {name, s, e, type, gender, title}.
-- type: "person", "org", "pronoun", "nominal", "name" (one word, unknown).
local function describe(s, tk, i, j)
  local first = tk[i]
  if i == j and PRONOUN[first.low] then
    return { name = first.w, s = first.s, e = first.e, type = "pronoun", pronoun = first.low, gender = PRONOUN[first.low] }
  end
  -- a statement from X -> X
  for k = i, j - 1 do
    if tk[k].low == "from" and k > i then
      local a, b = trim(tk, k + 1, j)
      if a <= b then return describe(s, tk, a, b) end
    end
  end
  if i > 1 and tk[i - 1] and not tk[i - 1].punct and (tk[i - 1].low == "the" or tk[i - 1].low == "a") then
    local all = true
    for k = i, j do if not (GENERIC[tk[k].low] or TITLE[tk[k].low]) or (tk[k].cap and i < j) then all = false end end
    if all then i = i - 1; first = tk[i] end  -- keep the article of "the ministry"
  end
  local article = first.low == "the" or first.low == "a" or first.low == "an" or first.low == "one" or
                  first.low == "another"
  local a = i
  while a <= j and (tk[a].low == "the" or tk[a].low == "a" or tk[a].low == "an" or tk[a].low == "one" or
                    tk[a].low == "another") do a = a + 1 end
  if a > j then return nil end
  local anycap = false
  for k = a, j do if tk[k].cap then anycap = true end end
  local gender
  for k = i, j do
    if FEMALE[tk[k].low] then gender = "f" elseif MALE[tk[k].low] then gender = "m" end
  end
  if not anycap then
    local poss = false
    for k = a, j do if tk[k].low:match("’s$") or tk[k].low:match("'s$") then poss = true end end
    local head = tk[j].low
    local pv = i > 1 and tk[i - 1] or nil
    local indefinite = first.low == "a" or first.low == "an" or first.low == "one" or first.low == "another" or
      (pv and not pv.punct and (pv.low == "a" or pv.low == "an" or pv.low == "one" or pv.low == "another"))
    return { name = sub(s, tk[a].s, tk[j].e), s = tk[article and i or a].s, e = tk[j].e,
             type = poss and "org" or "nominal", head = head, gender = gender, possessive = poss,
             indefinite = indefinite }
  end
  -- only title and org words after the article: a nominal ("the Ministry")
  local generic = true
  for k = a, j do if not (GENERIC[tk[k].low] or TITLE[tk[k].low]) or (tk[k].cap and a < j) then generic = false end end
  if generic and article and GENERIC[tk[j].low] then
    return { name = sub(s, tk[i].s, tk[j].e), s = tk[i].s, e = tk[j].e, type = "nominal", head = tk[j].low, gender = gender }
  end
  -- a person: up to three capitalised words at the end that are not title or
  -- org words, after a title or org word ("Lorvian presidential spokesman Dmitri Olenko"),
  -- or two or three such words alone ("Karen Whitfield")
  local k = j
  while k >= a and tk[k].cap and not TITLE[tk[k].low] and not ORG[tk[k].low] and not CONNECT[tk[k].low]
        and not tk[k].low:match("’s$") and not tk[k].low:match("'s$") and j - k < 3 do
    k = k - 1
  end
  local nstart = k + 1
  local nlen = j - nstart + 1
  local orgish = false
  for x = a, j do if ORG[tk[x].low] then orgish = true end end
  if nlen >= 1 then
    local before = nstart > a and tk[nstart - 1] or nil
    local titled = before and (TITLE[before.low] or ORG[before.low]) and not CONNECT[before.low]
    if titled or (nlen >= 2 and nstart == a and not orgish) then
      local title = titled and sub(s, tk[a].s, tk[nstart - 1].e) or nil
      return { name = sub(s, tk[nstart].s, tk[j].e), s = tk[nstart].s, e = tk[j].e, type = "person",
               gender = gender, title = title }
    end
    if nlen == 1 and a == j then
      return { name = tk[j].w, s = tk[j].s, e = tk[j].e, type = "name", gender = gender }
    end
  end
  return { name = sub(s, tk[a].s, tk[j].e), s = tk[a].s, e = tk[j].e, type = "org" }
end

-- ---- finding the speaker phrase of one record ----

-- First subject noun phrase of tokens tk (a clause): {i, j} or nil.
local function clause_subject(tk, from, to)
  local first_np
  local i = from
  while i <= to do
    local t = tk[i]
    if not t.punct and (t.cap or PRONOUN[t.low] or ORG[t.low] or TITLE[t.low]) and
       not (i == from and INTRO[t.low]) and not WEEKDAY[t.low] and not MONTH[t.low] then
      local a, b = np_starting_at(tk, i)
      if a and b <= to then
        if not first_np then first_np = { a, b } end
        if followed_by_verb(tk, b) then return a, b end
        i = b + 1
      else
        i = i + 1
      end
    else
      i = i + 1
    end
  end
  if first_np then return first_np[1], first_np[2] end
  return nil
end

-- Start of the clause holding position p: after the last ; or "while"/"but"/"whereas".
local function clause_from(tk, last)
  local from = 1
  for k = 1, last do
    local t = tk[k]
    if t.w == ";" or (not t.punct and (t.low == "while" or t.low == "whereas" or t.low == "but")) then from = k + 1 end
  end
  return from
end

local function index_before(tk, pos)  -- last token that ends before pos
  local k = 0
  for i = 1, #tk do if tk[i].e < pos then k = i else break end end
  return k
end

-- The speaker noun phrase of raw record r in s (1-based spans), or nil.
local function speaker_phrase(s, r, prev)
  if not r.cue_start then return nil end
  local cue = r.cue:lower()
  if r.cue_side == "after" and cue == "according to" then
    local right = tokens(s, r.cue_stop + 1, r.sentence_stop)
    local j = #right
    for k = 1, #right do if right[k].w == "," or right[k].w == "." then j = k - 1 break end end
    local a, b = trim(right, 1, j)
    if a <= b then return describe(s, right, a, b) end
    return nil
  end
  if r.cue_side == "after" then
    local left = tokens(s, r.mark_stop + 1, r.cue_start - 1)
    local i = 1
    while left[i] and left[i].punct do i = i + 1 end
    local f = left[i]
    if f and not f.cap and not (PRONOUN[f.low] or ARTICLE[f.low] or GENERIC[f.low] or TITLE[f.low] or ORG[f.low]) then
      -- “...” in the case of the bombing, police spokesman X said: after the last comma
      local a, b = np_ending_at(left, #left)
      if a then return describe(s, left, a, b) end
    elseif f then
      -- "X, the ... coordinator, said": the words before the first comma
      local j = #left
      for k = i, #left do if left[k].w == "," or left[k].punct and left[k].w ~= "." and left[k].w ~= "’" then j = k - 1 break end end
      local a, b = np_ending_at(left, j)
      if a then return describe(s, left, a, b) end
    end
    local right = tokens(s, r.cue_stop + 1, r.sentence_stop)
    if right[1] and not right[1].punct then
      local a, b = np_starting_at(right, 1)
      if a then return describe(s, right, a, b) end
    end
    return nil
  end
  -- the cue is before the quotation
  local from = r.sentence_start
  if prev and prev.mark_stop < r.cue_start and prev.mark_stop >= from then from = prev.mark_stop + 1 end
  if cue == "according to" then
    local right = tokens(s, r.cue_stop + 1, r.mark_start > r.cue_stop and r.mark_start - 1 or r.sentence_stop)
    local j = #right
    for k = 1, #right do if right[k].w == "," then j = k - 1 break end end
    if j >= 1 then
      local a, b = trim(right, 1, j)
      -- "the foreign ministry in Moscow": keep the place
      if a <= b then
        local d = describe(s, right, a, b)
        if d then return d end
      end
    end
    return nil
  end
  local tk = tokens(s, from, r.cue_start - 1)
  local last = #tk
  while last >= 1 and not tk[last].punct and ADVERB[tk[last].low] do last = last - 1 end
  -- "quoted Arakelian as saying"
  if cue == "saying" and last > 1 and tk[last].low == "as" then
    local a, b = np_ending_at(tk, last - 1)
    if a then return describe(s, tk, a, b) end
  end
  local elided = last < 1 or tk[last].low == "and" or tk[last].low == "to" or tk[last].low == "or"
  local ing = cue:match("ing$") ~= nil
  if not elided and tk[last].w == "," then
    -- apposition: "Karen Whitfield, the State Department spokeswoman, said"
    local pc
    for k = last - 1, 1, -1 do if tk[k].w == "," then pc = k break end end
    if not ing and pc and tk[pc + 1] and (tk[pc + 1].low == "the" or tk[pc + 1].low == "a" or tk[pc + 1].low == "an") then
      local a, b = np_ending_at(tk, pc - 1)
      if a then return describe(s, tk, a, b) end
    end
    -- "The UN spokesman, Pieter Janssen, told"
    if pc and pc < last - 1 then
      local allcap = true
      for k = pc + 1, last - 1 do if tk[k].punct or not (tk[k].cap or CONNECT[tk[k].low]) then allcap = false end end
      if allcap then
        local a, b = trim(tk, pc + 1, last - 1)
        if a <= b then return describe(s, tk, a, b) end
      end
    end
    -- inverted: "..., said EU envoy Mathias Roeder"
    local right = tokens(s, r.cue_stop + 1, r.mark_start - 1)
    if not ing and right[1] and right[1].cap and not PRONOUN[right[1].low] then
      local a, b = np_starting_at(right, 1)
      if a then return describe(s, right, a, b) end
    end
    elided = true
  end
  if not elided then
    local a, b = np_ending_at(tk, last)
    if a then return describe(s, tk, a, b) end
    elided = true
  end
  -- elided subject: the subject of the clause
  local from_k = clause_from(tk, last)
  local a, b = clause_subject(tk, from_k, last)
  if a then return describe(s, tk, a, b) end
  return nil
end

-- ---- resolution ----

local function fits(c, want)
  if want == "m" or want == "f" then
    return (c.type == "person" or c.type == "name") and (c.gender == nil or c.gender == want)
  elseif want == "n" or want == "p" then
    return c.type == "org" or c.type == "name" and not c.person
  end
  return true
end

-- Named mentions in s[a..b] that can be resolved to: subjects and titled persons.
local function mentions(s, a, b)
  local out = {}
  local tk = tokens(s, a, b)
  local i = 1
  while i <= #tk do
    local t = tk[i]
    if not t.punct and (t.cap or ORG[t.low]) and not (INTRO[t.low] and (i == 1 or tk[i - 1].w == "." ))
       and not WEEKDAY[t.low] and not MONTH[t.low] then
      local x, y = np_starting_at(tk, i)
      if x and not PRONOUN[tk[x].low] then
        local d = describe(s, tk, x, y)
        local subj = followed_by_verb(tk, y)
        if d and d.type ~= "nominal" and (subj or d.type == "person" or d.type == "org") then
          d.subject = subj
          out[#out + 1] = d
        end
        i = (y or i) + 1
      else
        i = i + 1
      end
    else
      i = i + 1
    end
  end
  return out
end

local WINDOW = 4000

local Resolver = {}
Resolver.__index = Resolver

local function new_resolver(s)
  return setmetatable({ s = s, speakers = {}, persons = {} }, Resolver)
end

function Resolver:learn(d, pos)
  if d.type == "person" then
    local last = d.name:match("(%S+)$")
    self.persons[last] = self.persons[last] or d
    if d.gender then self.persons[last].gender = d.gender end
  end
  self.speakers[#self.speakers + 1] = { d = d, pos = pos }
end

-- Named mentions of the whole text, computed once, in text order.
function Resolver:all_mentions()
  if not self.mentions then self.mentions = mentions(self.s, 1, #self.s) end
  return self.mentions
end

-- Index of the last mention that starts before pos (binary search).
function Resolver:mention_before(pos)
  local m = self:all_mentions()
  local lo, hi = 1, #m
  while lo <= hi do
    local mid = (lo + hi) // 2
    if m[mid].s < pos then lo = mid + 1 else hi = mid - 1 end
  end
  return hi
end

-- The full name of a one-word name, from persons met before.
function Resolver:full_name(d, pos)
  local key = poss_strip(d.name)
  local p = self.persons[key]
  if p then return p end
  local m = self:all_mentions()
  for k = self:mention_before(pos), 1, -1 do
    local c = m[k]
    if c.s < pos - 20000 then break end
    if c.type == "person" and c.name:match("(%S+)$") == key then self.persons[key] = c return c end
  end
  return nil
end

-- Resolves a pronoun or nominal d found at pos.
function Resolver:resolve(d, pos)
  local want
  if d.type == "pronoun" then want = d.gender
  elseif d.type == "nominal" then
    local h = d.head
    if ORG[h] and h ~= "statement" then want = "org:" .. h
    elseif h == "statement" then want = "any"
    else want = "title:" .. h end
  end
  -- candidates, nearest first: earlier speakers and named mentions within WINDOW bytes
  local cands = {}
  local sp = self.speakers
  local m = self:all_mentions()
  local si, mi = #sp, self:mention_before(pos)
  while si >= 1 and sp[si].pos >= pos do si = si - 1 end
  local lo = pos - WINDOW
  while true do
    local a = si >= 1 and sp[si].pos >= lo and sp[si] or nil
    local b = mi >= 1 and m[mi].s >= lo and m[mi] or nil
    if not a and not b then break end
    if a and (not b or a.pos >= b.s) then
      cands[#cands + 1] = { d = a.d, pos = a.pos, speaker = true }
      si = si - 1
    else
      cands[#cands + 1] = { d = b, pos = b.s }
      mi = mi - 1
    end
  end
  local function pick(pred)
    for _, c in ipairs(cands) do if pred(c) then return c.d end end
  end
  local function is_person(c) return c.d.type == "person" or (c.d.type == "name" and self.persons[poss_strip(c.d.name)]) end
  local got
  if want == "m" or want == "f" then
    got = pick(function(c) return is_person(c) and (c.speaker or c.d.subject) and (c.d.gender == nil or c.d.gender == want) end)
    or pick(function(c) return c.speaker end)
    or pick(function(c) return is_person(c) end)
    or pick(function(c) return c.d.type == "name" and c.d.subject end)
  elseif want == "n" or want == "p" then
    got = pick(function(c) return not is_person(c) and (c.speaker or c.d.subject) end)
  elseif want and want:match("^org:") then
    local h = want:sub(5)
    got = pick(function(c) return c.d.name:lower():find(h, 1, true) ~= nil end)
      or pick(function(c) return c.d.type == "org" and (c.speaker or c.d.subject) end)
  elseif want and want:match("^title:") then
    local h = want:sub(7)
    got = pick(function(c) return is_person(c) and c.d.title and c.d.title:lower():find(h, 1, true) end)
      or pick(function(c) return is_person(c) and (c.speaker or c.d.subject) end)
  else
    got = pick(function(c) return c.speaker end)
  end
  if not got and si >= 1 and want ~= "n" and want ~= "p" then
    -- nothing within the window: the nearest earlier speaker (up to 50 back)
    for k = si, math.max(1, si - 50), -1 do
      local c = sp[k].d
      if want == "m" or want == "f" then
        if c.type == "person" and (c.gender == nil or c.gender == want) then got = c break end
      else
        got = c break
      end
    end
  end
  if got and got.type == "name" then got = self:full_name(got, pos) or got end
  if got and d.type == "pronoun" and (d.gender == "m" or d.gender == "f") and got.type == "person" then
    got.gender = got.gender or d.gender
  end
  return got
end

-- ---- the public function ----

local KNOWN = { indirect = true, scare = true, cues = true }

function lede.quotes(s, opts)
  if type(s) ~= "string" then error("bad argument #1 to 'quotes' (string expected, got " .. type(s) .. ")", 2) end
  if opts ~= nil then
    if type(opts) ~= "table" then error("bad argument #2 to 'quotes' (table expected, got " .. type(opts) .. ")", 2) end
    for k in pairs(opts) do if not KNOWN[k] then error("unknown option '" .. tostring(k) .. "'", 2) end end
  end
  opts = opts or {}
  local raw = lede.quote_spans(s, { indirect = true, scare = opts.scare, cues = opts.cues })
  local res = new_resolver(s)
  local out = {}
  local prev, prev_rec
  for _, r in ipairs(raw) do
    local rec = { text = r.text, start = r.start, stop = r.stop, kind = r.kind, cue = r.cue }
    local d
    if r.continues then
      -- the speaker of a quotation over paragraphs is found at its last part (below)
    elseif r.shared_cue and prev_rec and prev_rec.cue_start == r.cue_start then
      rec.speaker, rec.speaker_start, rec.speaker_stop, rec.speaker_text, rec.speaker_title =
        prev_rec.speaker, prev_rec.speaker_start, prev_rec.speaker_stop, prev_rec.speaker_text, prev_rec.speaker_title
    else
      d = speaker_phrase(s, r, prev)
      if d then
        rec.speaker_start, rec.speaker_stop = d.s, d.e
        rec.speaker_text = sub(s, d.s, d.e)
        rec.speaker_title = d.title
        local named = d
        if d.type == "pronoun" or (d.type == "nominal" and not d.possessive and not d.indefinite) then
          named = res:resolve(d, d.s)
        elseif d.type == "name" then
          named = res:full_name(d, d.s) or d
        end
        rec.speaker = named and named.name or nil
        if rec.speaker then rec.speaker = rec.speaker:gsub("’s$", ""):gsub("'s$", "") end
        if named and named ~= d and (d.type == "pronoun" or d.type == "nominal") and d.gender and named.type == "person" then
          named.gender = named.gender or d.gender
        end
        if named then res:learn(named, d.s) end
      elseif r.kind == "direct" and prev_rec and prev_rec.kind ~= "indirect" and prev_rec.speaker and
             r.start - prev_rec.stop < 400 then
        -- a quotation with no cue right after another: the same speaker
        rec.speaker, rec.speaker_start, rec.speaker_stop, rec.speaker_text =
          prev_rec.speaker, prev_rec.speaker_start, prev_rec.speaker_stop, prev_rec.speaker_text
      elseif r.kind ~= "indirect" then
        local got = res:resolve({ type = "nominal", head = "statement" }, r.start)
        if got then rec.speaker = got.name end
      end
    end
    rec.cue_start, rec.cue_stop = r.cue_start, r.cue_stop
    if r.no_open then rec.no_open = true end
    if r.no_close then rec.no_close = true end
    if r.continues then rec.continues = true end
    if r.continued then rec.continued = true end
    if r.kind ~= "indirect" then prev = r end
    prev_rec = rec
    if r.kind ~= "indirect" or (opts.indirect and rec.speaker_text) then out[#out + 1] = rec end
  end
  for k = #out - 1, 1, -1 do
    local q, nx = out[k], out[k + 1]
    if q.continues and nx.continued then
      q.speaker, q.speaker_start, q.speaker_stop, q.speaker_text, q.speaker_title =
        nx.speaker, nx.speaker_start, nx.speaker_stop, nx.speaker_text, nx.speaker_title
    end
  end
  return out
end

-- exposed for the specs and for lede.harvest
M.tokens = tokens
M.describe = describe
return M
