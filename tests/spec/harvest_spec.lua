-- lede.harvest: grouping the same quotation across documents, and the
-- precision of its similarity rule on paraphrase pairs written for lede.
local lede = require "lede"

-- one-quote documents: "<speaker> said: “<words>”", or "<speaker> said that “<words>”"
-- (a partial quotation) when the words start lower case
local function doc(id, outlet, speaker, words)
  local lead = words:match("^%l") and " said that \u{201C}" or " said: \u{201C}"
  return { id = id, outlet = outlet, text = speaker .. lead .. words .. "\u{201D}" }
end

describe("lede.harvest", function()
  it("groups near-identical wording from different outlets and keeps every source span", function()
    local docs = {
      { id = "a", outlet = "Keldor Today", text = "Olenko said Lorvia might \u{201C}stir pot\u{201D} in the highlands \u{201C}to distract from the north.\u{201D}" },
      { id = "b", outlet = "Valley Wire", text = "Dmitri Olenko said Lorvia might \u{201C}stir the pot\u{201D} in the highlands \u{201C}to distract from the north.\u{201D}" },
      { id = "c", outlet = "Harbour Post", text = "\u{201C}We will not retreat,\u{201D} Vossik said." },
    }
    local g = lede.harvest(docs)
    assert.equal(2, #g)
    assert.equal("Dmitri Olenko", g[1].speaker)
    assert.equal("stir the pot \u{2026} to distract from the north.", g[1].text)
    assert.equal(2, #g[1].sources)
    local s1, s2 = g[1].sources[1], g[1].sources[2]
    assert.same({ "a", "Keldor Today", 29, 87 }, { s1.doc, s1.outlet, s1.start, s1.stop })
    assert.same({ "b", "Valley Wire", 36, 98 }, { s2.doc, s2.outlet, s2.start, s2.stop })
    assert.equal(docs[1].text:sub(s1.start, s1.stop), s1.text)
    assert.equal(docs[2].text:sub(s2.start, s2.stop), s2.text)
    assert.equal("Vossik", g[2].speaker)
    assert.equal(1, #g[2].sources)
  end)

  it("a partial quotation joins the full one from the same speaker", function()
    local g = lede.harvest({
      "Whitfield said the US was \u{201C}actively engaged\u{201D} in the talks.",
      "\u{201C}We are actively engaged with both governments to end this,\u{201D} Karen Whitfield told reporters.",
    })
    assert.equal(1, #g)
    assert.equal(2, #g[1].sources)
  end)

  it("does not join the same words from different speakers", function()
    local g = lede.harvest({ doc("1", nil, "Vossik", "We will never give up the highlands"),
                             doc("2", nil, "Mamedli", "We will never give up the highlands") })
    assert.equal(2, #g)
  end)

  it("takes strings, arrays of documents and iterators, and rejects bad arguments", function()
    local list = { "\u{201C}Stay home,\u{201D} Kirakosov said." }
    local i = 0
    local function iter() i = i + 1; if i == 1 then return { id = "x", text = list[1] } end end
    assert.equal(1, #lede.harvest(list))
    assert.equal("x", lede.harvest(iter)[1].sources[1].doc)
    assert.has_error(function() lede.harvest(42) end)
    assert.has_error(function() lede.harvest({ { id = "no text" } }) end)
    assert.has_error(function() lede.harvest({}, { treshold = 1 }) end)
    assert.same({}, lede.harvest({}))
  end)
end)

-- Paraphrase pairs: the same quotation as two outlets print it (same = true),
-- or two different quotations that share words (same = false).
local PAIRS = {
  { true, "Olenko", "Lorvia may try to stir pot", "Olenko", "Lorvia may try to stir the pot" },
  { true, "Vossik", "We will not give up a metre of our land", "Aram Vossik", "We will not give up one metre of our land" },
  { true, "Whitfield", "We are actively engaged with both governments to end this violence", "Karen Whitfield", "We\u{2019}re actively engaged with both governments to end the violence" },
  { true, "Janssen", "The secretary-general is deeply concerned", "Pieter Janssen", "The Secretary-General is deeply concerned." },
  { true, "Mamedli", "Dravania has always respected the ceasefire", "Ilgar Mamedli", "Dravania has always respected the cease-fire" },
  { true, "Roeder", "There is no alternative to diplomacy", "Mathias Roeder", "there is no alternative to diplomacy and peace" },
  { true, "Arakelian", "The situation near Ulmet remains tense", "Lusine Arakelian", "The situation near Ulmet is still tense" },
  { true, "Kirakosov", "People are returning to their homes in Tarvos", "Kirakosov", "people are returning to their houses in Tarvoz" },
  { true, "Olenko", "Ostgrad will do everything to calm the border", "Dmitri Olenko", "Ostgrad will do everything it can to calm the border" },
  { true, "Bakirov", "Our troops only answered the fire", "Jeyran Bakirov", "Our troops only returned the fire" },
  { true, "Vossik", "Keldoria\u{2019}s soldiers did their duty", "Vossik", "Keldoria's soldiers did their duty" },
  { true, "Janssen", "Both sides must exercise maximum restraint", "Janssen", "both sides must exercise restraint" },
  { true, "Whitfield", "deeply concerned", "Karen Whitfield", "We are deeply concerned by the fighting" },
  { true, "Mamedli", "We count 41 servicemen dead", nil, "We count 41 servicemen dead" },
  { true, "Roeder", "The next days are decisive for the region", "Roeder", "The next few days are decisive for the region" },
  { false, "Vossik", "We will defend every village", "Vossik", "We will rebuild every village" },
  { false, "Olenko", "The ceasefire holds", "Olenko", "The ceasefire does not hold in the south" },
  { false, "Whitfield", "We are watching Tarvos closely", "Whitfield", "We are watching Dorn and Kesany closely too" },
  { false, "Vossik", "We will never give up the highlands", "Mamedli", "We will never give up the highlands" },
  { false, "Janssen", "The UN is ready to send observers", "Janssen", "The UN is not ready to send peacekeepers yet" },
  { false, "Arakelian", "Three houses were destroyed in Kesany", "Arakelian", "Three soldiers were killed near Ulmet" },
  { false, "Bakirov", "Keldoria must stop its provocations", "Bakirov", "Keldoria must withdraw its troops" },
  { false, "Kirakosov", "The road to Ulmet is open again", "Kirakosov", "The road to Dorn is closed" },
  { false, "Roeder", "We are making progress", "Roeder", "We are making no progress at all on prisoners" },
  { false, "Mamedli", "Dravania will never accept occupation", "Vossik", "Keldoria will never accept occupation" },
  { false, "Olenko", "Lorvia has 1,500 peacekeepers there", "Olenko", "Lorvia will send 500 more peacekeepers" },
  { false, "Whitfield", "stop the shooting", "Whitfield", "stop the shelling of civilian areas now" },
  { false, "Janssen", "restraint from all sides", "Janssen", "a full investigation from all sides" },
  { false, "Vossik", "This is a black week for our nation", "Vossik", "This is a proud week for our army" },
  { false, "Arakelian", "These were homes", "Arakelian", "These were military targets" },
}

describe("lede.harvest similarity on paraphrase pairs", function()
  it("measures precision and recall of joining", function()
    local tp, fp, fn, tn = 0, 0, 0, 0
    local wrong = {}
    for i, p in ipairs(PAIRS) do
      local a = doc("a" .. i, "A", p[2] or "Someone", p[3])
      local b = doc("b" .. i, "B", p[4] or "", p[5])
      if not p[4] then b.text = "\u{201C}" .. p[5] .. "\u{201D}" end
      local joined = #lede.harvest({ a, b }) == 1
      if joined and p[1] then tp = tp + 1 elseif joined then fp = fp + 1; wrong[#wrong + 1] = "joined: " .. p[3]
      elseif p[1] then fn = fn + 1; wrong[#wrong + 1] = "missed: " .. p[3] else tn = tn + 1 end
    end
    local precision = tp / math.max(1, tp + fp)
    local recall = tp / math.max(1, tp + fn)
    print(string.format("\nharvest pairs: %d pairs, precision %.2f (%d/%d), recall %.2f (%d/%d)",
      #PAIRS, precision, tp, tp + fp, recall, tp, tp + fn))
    for _, w in ipairs(wrong) do print("  " .. w) end
    assert.is_true(precision >= 0.9)
    assert.is_true(recall >= 0.7)
  end)
end)

if HAVE_SHARED() then
  describe("lede.harvest on the seeds", function()
    it("joins the Blinken and the Kirby quotations that several seeds repeat", function()
      local docs = {}
      local p = io.popen("ls " .. SHARED .. "/seeds/*.txt")
      for path in p:lines() do
        local f = assert(io.open(path, "rb"))
        docs[#docs + 1] = { id = path:match("([^/]+)$"), text = f:read("a") }
        f:close()
      end
      p:close()
      local groups = lede.harvest(docs)
      local function find(pat)
        for _, g in ipairs(groups) do if g.text:find(pat) then return g end end
      end
      local blinken = find("stir")
      assert.is_truthy(blinken)
      assert.is_truthy(blinken.speaker:find("Blinken"))
      local bdocs = {}
      for _, s in ipairs(blinken.sources) do bdocs[s.doc:sub(1, 3)] = true end
      assert.same({ ["001"] = true, ["002"] = true }, bdocs)
      local kirby = find("end this violence")
      assert.is_truthy(kirby)
      assert.equal("John Kirby", kirby.speaker)
      local kdocs = {}
      for _, s in ipairs(kirby.sources) do kdocs[s.doc:sub(1, 3)] = true end
      assert.same({ ["001"] = true, ["002"] = true }, kdocs)
    end)
  end)
end
