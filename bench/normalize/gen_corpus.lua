-- gen_corpus.lua -- writes the normalization benchmark corpora, deterministically.
--   lua5.4 bench/normalize/gen_corpus.lua OUTDIR [MB]
-- OUTDIR/news_en.txt: English news-like text, ASCII with a few curly quotes,
--   dashes and accented names (about 99.5% ASCII bytes).
-- OUTDIR/mixed.txt: text in Latin scripts with diacritics (Turkish,
--   Azerbaijani, French, German, Polish) and Cyrillic, with some English and a
--   few decomposed accents (e + U+0301) of the kind copy-paste produces.
-- Words are generated from syllables written for this script; nothing is
-- copied from any text.
local outdir, mb = arg[1], tonumber(arg[2] or "100")
assert(outdir, "usage: gen_corpus.lua OUTDIR [MB]")
local target = math.floor(mb * 1024 * 1024)

-- a small deterministic generator (LCG), independent of math.random's algorithm
local state = 20250311
local function rnd(n)
  state = (state * 1103515245 + 12345) % 2147483648
  return state % n + 1
end
local function pick(t) return t[rnd(#t)] end

local english = {
  "the", "the", "the", "of", "of", "and", "and", "to", "in", "a", "said", "on", "that", "was",
  "for", "with", "at", "by", "from", "were", "had", "after", "border", "ministry", "defence",
  "soldiers", "troops", "fighting", "ceasefire", "talks", "officials", "government", "statement",
  "killed", "wounded", "villages", "positions", "shelling", "overnight", "region", "president",
  "minister", "foreign", "spokeswoman", "spokesman", "reporters", "told", "according", "morning",
  "night", "week", "capital", "peacekeepers", "envoy", "council", "security", "sides", "accused",
  "attack", "artillery", "drones", "civilians", "residents", "evacuated", "highlands", "disputed",
  "agreement", "mediator", "announced", "tuesday", "wednesday", "least", "more", "than", "about",
  "nearly", "dozens", "hundreds", "people", "war", "years", "since", "conflict", "claims",
}
local names = { "Keldoria", "Dravania", "Marsk", "Velgrad", "Tarvos", "Ulmet", "Kesany", "Dorn",
  "Lorvia", "Ostgrad", "Vossik", "Mamedli", "Bakirov", "Olenko", "Janssen", "Roeder", "Whitfield",
  "Arakelian", "Kirakosov", "Samar" }
local accented_names = { "Çelik", "Şahin", "Öztürk", "Müller", "Łukasz", "Zoë", "José", "Ağdam",
  "Əliyev", "İsmayıl" }

-- syllables per script for the mixed text
local syl = {
  tr = { "ka", "ra", "ğı", "şe", "çi", "lı", "ma", "öz", "tü", "rk", "ya", "ın", "ce", "ğa", "şı", "ço" },
  az = { "mə", "də", "ov", "lı", "ya", "şə", "ğa", "rə", "hü", "cə", "ba", "kı", "nə", "əl" },
  fr = { "é", "le", "tè", "ra", "ça", "ne", "gé", "ou", "rê", "ve", "mé", "ti", "on", "pè", "ré" },
  de = { "ge", "stra", "ße", "mü", "hl", "en", "kä", "se", "ber", "gö", "ri", "ün", "ter", "schä" },
  pl = { "ło", "że", "sz", "cz", "wa", "ść", "ni", "ką", "ró", "dź", "ta", "ęb", "ki", "ży" },
  ru = { "ка", "ро", "ви", "ст", "на", "ль", "ий", "ов", "го", "ре", "мо", "ск", "ве", "ё", "зя",
         "ще", "да", "ны", "пр", "ту", "ша", "ей", "ют", "ья" },
  uk = { "ї", "ці", "сь", "ко", "ві", "на", "ре", "ми", "ть", "єд", "ла", "по", "ні", "ха" },
}
local scripts = { "tr", "az", "fr", "de", "pl", "ru", "ru", "ru", "uk", "en", "en" }

local function cap(w)
  -- capitalize the first letter of ASCII words only (keeps the generator simple)
  return (w:gsub("^%l", string.upper))
end

local function news_sentence()
  local n, words = 8 + rnd(18), {}
  for i = 1, n do
    local r = rnd(100)
    if r <= 7 then words[i] = pick(names)
    elseif r <= 8 then words[i] = pick(accented_names)
    elseif r <= 10 then words[i] = tostring(rnd(2000))
    else words[i] = pick(english) end
  end
  words[1] = cap(words[1])
  local s = table.concat(words, " ")
  local r = rnd(40)
  if r == 1 then s = "\u{201C}" .. s .. ",\u{201D} " .. pick(names) .. " said"
  elseif r == 2 then s = s .. " \u{2014} " .. pick(english) .. " " .. pick(english)
  elseif r == 3 then s = "\"" .. s .. ",\" " .. pick(names) .. " said"
  elseif r == 4 then s = s .. " " .. pick(names) .. "\u{2019}s"
  end
  return s .. "."
end

local function mixed_word(script)
  if script == "en" then return pick(english) end
  local t, n, w = syl[script], 1 + rnd(3), {}
  for i = 1, n do w[i] = t[rnd(#t)] end
  local s = table.concat(w)
  if script == "fr" and rnd(25) == 1 then s = s .. "e\u{301}" end   -- a decomposed accent
  return s
end

local function mixed_sentence()
  local script, n, words = pick(scripts), 6 + rnd(14), {}
  for i = 1, n do
    local r = rnd(100)
    if r <= 4 then words[i] = pick(names)
    elseif r <= 6 then words[i] = tostring(rnd(500))
    else words[i] = mixed_word(script) end
  end
  local s = table.concat(words, " ")
  if rnd(12) == 1 then s = "«" .. s .. "»" end
  return s .. (rnd(8) == 1 and " \u{2014} " or ". ")
end

local function write_corpus(path, sentence)
  local f = assert(io.open(path, "wb"))
  local size, buf = 0, {}
  while size < target do
    -- an article: a headline, then paragraphs of 2-5 sentences
    local art = { (sentence():gsub("%.%s*$", "")) , "" }
    for p = 1, 4 + rnd(8) do
      local para = {}
      for k = 1, 1 + rnd(4) do para[k] = sentence() end
      art[#art + 1] = table.concat(para, " ")
      art[#art + 1] = ""
    end
    local a = table.concat(art, "\n") .. "\n"
    buf[#buf + 1] = a
    size = size + #a
    if #buf >= 256 then f:write(table.concat(buf)); buf = {} end
  end
  f:write(table.concat(buf))
  f:close()
  io.stderr:write(string.format("%s: %.1f MB\n", path, size / 1048576))
end

write_corpus(outdir .. "/news_en.txt", news_sentence)
write_corpus(outdir .. "/mixed.txt", mixed_sentence)
