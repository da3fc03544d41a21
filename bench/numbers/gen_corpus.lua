-- gen_corpus.lua OUT_FILE [MB]: a deterministic news-like English corpus
-- dense in figures (casualty counts with qualifiers, written numbers, ranges,
-- vague quantities, money, percentages, dates, times, durations, years, and
-- things that are no counts: phone numbers, links, codes). Same bytes on
-- every machine: a fixed linear congruential generator, no os.time.
local out_path, mb = arg[1], tonumber(arg[2] or "60")
assert(out_path, "usage: gen_corpus.lua OUT_FILE [MB]")

local seed = 20250311
local function rnd(n)  -- 1..n
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n + 1
end
local function pick(t) return t[rnd(#t)] end

local sides = { "Keldorian", "Dravanian", "Lorvian" }
local countries = { "Keldoria", "Dravania", "Lorvia" }
local nouns = { "soldiers", "servicemen", "troops", "civilians", "people", "fighters", "police officers",
                "peacekeepers", "members of the border guard", "medics", "villagers", "refugees" }
local towns = { "Tarvos", "Ulmet", "Kesany", "Dorn", "Marsk", "Velgrad", "Ostgrad", "the Samar Highlands" }
local speakers = { "the defence ministry", "Aram Vossik", "Ilgar Mamedli", "Jeyran Bakirov", "a military spokesman",
                   "Lusine Arakelian", "the foreign ministry", "Samvel Kirakosov", "local officials", "the UN" }
local quals = { "at least", "more than", "nearly", "about", "around", "some", "up to", "fewer than",
                "as many as", "an estimated", "almost", "over", "no fewer than", "roughly", "", "", "" }
local words = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen",
                "twenty", "thirty-eight", "forty", "forty-one", "fifty", "sixty", "seventy-two", "ninety",
                "a hundred", "one hundred and five", "two thousand", "a dozen", "dozens of", "hundreds of",
                "several", "a few", "a handful of", "thousands of", "tens of thousands of" }
local events = { "were killed", "were wounded", "have been killed", "died", "were injured", "are missing",
                 "were captured", "were displaced", "were arrested", "were evacuated" }
local months = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December" }
local fillers = {
  "The clashes were the heaviest since the ceasefire, and diplomats urged both sides to show restraint.",
  "Officials did not say how the figures had been compiled, and independent verification was not possible.",
  "The statement was posted on the ministry's website and later shared on social media.",
  "Residents described a night of shelling that left roads blocked and power lines down.",
  "Talks mediated by Lorvia are expected to resume next week in Ostgrad.",
  "Follow us for updates. Share this article. Related Articles. Back to top.",
  "Diplomats in Ostgrad said the envoy would travel to both capitals to press for a lasting settlement of the dispute.",
  "The prime minister told parliament that the country would defend its territory and called on its allies for support.",
  "Humanitarian groups warned that shelling had damaged schools, clinics and water supplies across the border districts.",
  "Analysts said the fighting showed how fragile the truce had become after months of stalled negotiations.",
  "The European Union envoy urged both governments to return to talks and to respect the ceasefire line.",
}

local function figure()
  local r = rnd(10)
  if r <= 4 then
    local n = rnd(r <= 2 and 120 or 9000)
    local s = tostring(n)
    if n >= 1000 then s = string.format("%d,%03d", n // 1000, n % 1000) end
    return s
  elseif r <= 7 then
    return pick(words)
  elseif r == 8 then
    local a = rnd(40)
    return string.format("%d%s%d", a, pick { "-", " to ", " or " }, a + rnd(10))
  elseif r == 9 then
    return string.format("between %d and %d", rnd(50), 50 + rnd(50))
  else
    return string.format("%d.%d million", rnd(9), rnd(9))
  end
end

local function sentence()
  local r = rnd(20)  -- 11..20: prose without figures, as most of a news text is
  if r <= 5 then
    local q = pick(quals)
    local f = figure()
    if f:find("^between") or f:find("of$") or f == "several" or f:find("^a ") then q = "" end
    return string.format("%s said %s%s %s %s %s near %s on %s %d.", pick(speakers):gsub("^%l", string.upper),
      q ~= "" and q .. " " or "", f, pick(sides), pick(nouns), pick(events), pick(towns), pick(months), rnd(28))
  elseif r == 6 then
    return string.format("A %s-week war in %d killed over %d,%03d people, and about %d,%03d peacekeepers were deployed.",
      pick { "six", "four", "two" }, 1990 + rnd(35), rnd(9), rnd(999), rnd(3), rnd(999))
  elseif r == 7 then
    return string.format("The government pledged $%d.%dbn in aid, \226\130\172%d million from the EU, and %d%% of homes lost power.",
      rnd(9), rnd(9), rnd(90), rnd(99))
  elseif r == 8 then
    return string.format("The ceasefire took effect at %02d:00 am Ostgrad time on %d/%d/20%02d after a %d-minute break.",
      rnd(12), rnd(12), rnd(28), rnd(25), rnd(60))
  elseif r == 9 then
    return string.format("Call +%d-%03d-%04d or see pic.twitter.com/Ab%dCd%d and the G7 COVID-19 note %d.%d.%d.%d.",
      rnd(9), rnd(999), rnd(9999), rnd(99), rnd(9), rnd(255), rnd(255), rnd(255), rnd(255))
  elseif r == 10 then
    return string.format("It was the %s day of fighting in the 1990s-style conflict, the %dth such incident this year.",
      pick { "second", "third", "fourth", "twelfth" }, rnd(30) + 3)
  else
    return pick(fillers)
  end
end

local f = assert(io.open(out_path, "wb"))
local target = mb * 1000 * 1000
local size = 0
local buf = {}
while size < target do
  local para = {}
  for i = 1, 3 + rnd(4) do para[i] = sentence() end
  local p = table.concat(para, " ") .. "\n\n"
  buf[#buf + 1] = p
  size = size + #p
  if #buf >= 2000 then f:write(table.concat(buf)); buf = {} end
end
f:write(table.concat(buf))
f:close()
io.stderr:write(string.format("wrote %s (%.1f MB)\n", out_path, size / 1e6))
