-- A deterministic news-like corpus: sentences in the style of wire copy, with
-- place names from NAMES (about one name per 150 bytes), titles, numbers,
-- quotes and possessives.   lua5.4 make-corpus.lua NAMES OUT MEGABYTES
local names_file, out_path, mb = arg[1], arg[2], tonumber(arg[3] or "100")
local names = {}
for l in io.lines(names_file) do names[#names + 1] = l end
local x = 42
local function rnd(n) x = (x * 1103515245 + 12345) % 2147483648; return (x >> 8) % n + 1 end
local function name() return names[rnd(#names)] end
local words = { "officials", "said", "on", "Tuesday", "that", "the", "fighting", "near", "had", "eased", "after",
  "talks", "between", "the", "two", "sides", "in", "a", "statement", "ministry", "reported", "shelling", "of",
  "villages", "and", "roads", "while", "residents", "fled", "toward", "border", "crossing", "aid", "convoy",
  "reached", "hospital", "governor", "told", "reporters", "ceasefire", "would", "hold", "for", "now", "troops",
  "withdrew", "from", "positions", "around", "capital", "weeks", "of", "negotiations" }
local function filler()
  local w = {}
  for i = 1, 12 + rnd(10) do w[i] = words[rnd(#words)] end
  return (table.concat(w, " "):gsub("^%l", string.upper)) .. "."
end
local templates = {
  filler, filler, filler, filler,
  function() return string.format("Officials in %s said %d people were killed when shells hit %s on Tuesday.", name(), rnd(90), name()) end,
  function() return string.format("The governor of %s told reporters that roads to %s remained closed.", name(), name()) end,
  function() return string.format("“We will not give up %s,” the minister said in %s, adding that talks would resume.", name(), name()) end,
  function() return string.format("%s's mayor said about %d families had fled toward %s overnight.", name(), rnd(5000), name()) end,
  function()
    local w = {}
    for i = 1, 12 + rnd(10) do w[i] = words[rnd(#words)] end
    return (table.concat(w, " "):gsub("^%l", string.upper)) .. "."
  end,
  function() return string.format("Aid convoys left %s for %s, the U.S. embassy said, citing reports from %s-based monitors.", name(), name(), name()) end,
}
local out = assert(io.open(out_path, "w"))
local target, size, para = mb * 1024 * 1024, 0, {}
while size < target do
  local s = templates[rnd(#templates)]()
  para[#para + 1] = s
  if #para >= 4 + rnd(4) then
    local p = table.concat(para, " ") .. "\n"
    out:write(p)
    size = size + #p
    para = {}
  end
end
out:close()
