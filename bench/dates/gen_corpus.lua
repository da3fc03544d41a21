-- gen_corpus.lua OUT MB: a deterministic news-like corpus with the date,
-- time and duration phrasing of wire copy (roughly one expression per 150
-- bytes), built from the invented story's names. Same bytes on every run.
local out, mb = arg[1], tonumber(arg[2] or "20")
local seed = 12345
local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n + 1 end
local function pick(t) return t[rnd(#t)] end
local subj = { "Keldorian forces", "Dravania", "The Lorvian mediator", "Aram Vossik", "Ilgar Mamedli", "Jeyran Bakirov",
  "The defence ministry", "Lusine Arakelian", "Pieter Janssen", "Mathias Roeder", "Karen Whitfield", "Samvel Kirakosov" }
local verb = { "said", "reported", "announced", "confirmed", "denied", "told reporters", "warned", "added" }
local what = { "that shelling hit Tarvos", "that talks would resume", "that 38 soldiers were killed", "a ceasefire",
  "that drones struck Ulmet", "that peacekeepers reached Kesany", "new clashes near Dorn", "that the border was calm" }
local when = { "on Tuesday", "Wednesday morning", "late on Monday night", "on March 11, 2025", "on 12 March 2025",
  "at 10:00 am Ostgrad time", "last week", "three days ago", "earlier this month", "in 2019", "in the 1990s",
  "for decades", "during a six-week war", "yesterday", "today", "on the night of March 10", "at 09:00 GMT+4",
  "between Monday night and Tuesday morning", "in August", "every week", "11/03/2025", "2025-03-12", "next Friday",
  "for more than four hours", "recently", "now", "since November 2020", "early on Tuesday", "this morning" }
local filler = { "in the Samar Highlands", "according to Keldor Today", "the Valley Wire reported", "officials in Marsk said",
  "as the Harbour Post noted", "near the disputed border", "in a statement", "despite calls for calm" }
local f = assert(io.open(out, "wb"))
local target, n = mb * 1000000, 0
while n < target do
  local para = {}
  for _ = 1, rnd(4) + 1 do
    local s
    if rnd(3) == 1 then
      s = string.format("%s %s %s %s, %s.", pick(subj), pick(verb), pick(what), pick(when), pick(filler))
    else
      s = string.format("%s %s %s %s.", pick(subj), pick(verb), pick(what), pick(filler))
    end
    para[#para + 1] = s
  end
  local p = table.concat(para, " ") .. "\n\n"
  f:write(p)
  n = n + #p
end
f:close()
