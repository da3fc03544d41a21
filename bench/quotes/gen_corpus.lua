-- gen_corpus.lua OUT MB -- writes a deterministic news-like corpus with
-- quotations in every form lede.quotes reads (invented story; LCG, no os.time).
local out, mb = arg[1], tonumber(arg[2] or "100")
local seed = 12345
local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n + 1 end
local function pick(t) return t[rnd(#t)] end
local people = { "Keldorian Prime Minister Aram Vossik", "Dravanian President Ilgar Mamedli",
  "Dravanian Foreign Minister Jeyran Bakirov", "Lorvian presidential spokesman Dmitri Olenko",
  "UN spokesman Pieter Janssen", "EU envoy Mathias Roeder", "State Department spokeswoman Karen Whitfield",
  "defence ministry spokeswoman Lusine Arakelian", "Tarvos governor Samvel Kirakosov" }
local short = { "Vossik", "Mamedli", "Bakirov", "Olenko", "Janssen", "Roeder", "Whitfield", "Arakelian", "Kirakosov" }
local orgs = { "the Keldorian defence ministry", "the Dravanian foreign ministry", "the Lorvian government" }
local places = { "Tarvos", "Ulmet", "Kesany", "Dorn", "Marsk", "Velgrad", "the Samar Highlands" }
local says = { "We will not retreat from %s", "The shelling near %s stopped at dawn",
  "Our troops only answered the fire at %s", "Nobody wants a new war over %s",
  "The ceasefire must hold in %s", "People are returning to their homes in %s",
  "We count 41 servicemen dead near %s", "Lorvia is ready to send monitors to %s" }
local plain = { "Fighting began shortly after midnight near %s and went on until the morning.",
  "About 1,500 Lorvian peacekeepers are deployed around %s, officials said on Tuesday.",
  "Keldoria says at least 38 of its soldiers were killed near %s; Dravania says 41.",
  "The road from Marsk to %s was closed for most of the day, residents told reporters.",
  "Aid convoys reached %s on Thursday after a pause of several hours." }
local function sentence()
  local r = rnd(9)
  local q = string.format(pick(says), pick(places))
  if r == 1 then return string.format("\u{201C}%s,\u{201D} %s told reporters.", q, pick(people))
  elseif r == 2 then return string.format("%s said: \u{201C}%s.\u{201D}", pick(short), q)
  elseif r == 3 then return string.format("\u{201C}%s,\u{201D} she added.", q)
  elseif r == 4 then return string.format("%s said the situation was \u{201C}%s.\u{201D}", pick(short), q:lower())
  elseif r == 5 then return string.format("\"%s,\" said %s.", q, pick(short))
  elseif r == 6 then return string.format("%s,\u{201D} %s said in a statement.", q, pick(orgs))
  elseif r == 7 then return string.format("According to %s, the army\u{2019}s units held %s.", pick(orgs), pick(places))
  else return string.format(pick(plain), pick(places)) end
end
local f = assert(io.open(out, "wb"))
local total, target = 0, mb * 1000000
while total < target do
  local para = {}
  for i = 1, rnd(4) + 1 do para[i] = sentence() end
  local p = table.concat(para, " ") .. "\n\n"
  f:write(p)
  total = total + #p
end
f:close()
