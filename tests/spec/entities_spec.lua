-- lede.entities: discovery with titles and types (exact spans on sentences
-- written for these tests), the accuracy floor on the annotated fixture,
-- and `lede entities` on the seeds when ../shared is present.
local lede = require "lede"

local function view(es)
  local out = {}
  for _, e in ipairs(es) do
    out[#out + 1] = string.format("%s@%d-%d:%s%s%s", e.text, e.start, e.stop, e.type,
      e.title and ("|" .. e.title) or "", e.id and ("=" .. e.id) or "")
  end
  return out
end

describe("lede.entities discovery", function()
  it("splits a title from the name (check-interface case)", function()
    local s = "General Mira Osei told reporters"
    local es = lede.entities(s)
    assert.same({ "Mira Osei@9-17:person|General" }, view(es))
    assert.equal(1, es[1].title_start)
    assert.equal(7, es[1].title_stop)
  end)

  it("takes capitalised titles, lowercase roles and abbreviations", function()
    local s = "Turkish Foreign Minister Selin Aydemir and Kremlin spokesman Pavel Orlin met Dr. Anna Weber."
    assert.same({ "Selin Aydemir@26-38:person|Turkish Foreign Minister", "Pavel Orlin@62-72:person|Kremlin spokesman",
      "Anna Weber@82-91:person|Dr." }, view(lede.entities(s)))
  end)

  it("keeps 'Secretary of State' and 'President of the European Council' in the title", function()
    local s = "US Secretary of State Daniel Moreau and President of the European Council Luc Fontaine spoke."
    assert.same({ "Daniel Moreau@23-35:person|US Secretary of State",
      "Luc Fontaine@75-86:person|President of the European Council" }, view(lede.entities(s)))
  end)

  it("types organisations, places and groups from cues", function()
    local s = "The Lorvian Defence Ministry said Keldorians fled from Tarvos to the Samar Highlands, the UN said."
    assert.same({ "Lorvian Defence Ministry@5-28:org", "Keldorians@35-44:group", "Tarvos@56-61:place",
      "Samar Highlands@70-84:place", "UN@91-92:org" }, view(lede.entities(s)))
  end)

  it("joins organisation names over 'of', 'for' and 'and'", function()
    local s = "Officials of the Organization for Security and Co-operation in Europe met the Ministry of Defence."
    assert.same({ "Organization for Security and Co-operation in Europe@18-69:org", "Ministry of Defence@79-97:org" },
      view(lede.entities(s)))
  end)

  it("keeps a capitalised 'The' inside a sentence with the name, not at its start", function()
    local s = "They met in The Hague and told The Marsk Herald why. The Kesany talks failed."
    assert.same({ "The Hague@13-21:place", "The Marsk Herald@32-47:org", "Kesany@58-63:place" }, view(lede.entities(s)))
  end)

  it("drops sentence-initial common words and demonym adjectives", function()
    local s = "During the night Keldorian forces shelled Ulmet. Asked why, Vossik said nothing. The army left."
    assert.same({ "Ulmet@43-47:place", "Vossik@61-66:person" }, view(lede.entities(s)))
  end)

  it("ends a name at a possessive and keeps hyphenated place names", function()
    local s = "Aram Vossik’s office said Nagorno-Karabakh and Keldor Today’s reporters agreed."
    assert.same({ "Aram Vossik@1-11:person", "Nagorno-Karabakh@29-44:place", "Keldor Today@50-61:org" },
      view(lede.entities(s)))
  end)

  it("types a surname alone after the full name as a person", function()
    local s = "Jeyran Bakirov arrived in Marsk. Bakirov later left Marsk for Velgrad."
    assert.same({ "Jeyran Bakirov@1-14:person", "Marsk@27-31:place", "Bakirov@34-40:person", "Marsk@53-57:place",
      "Velgrad@63-69:place" }, view(lede.entities(s)))
  end)

  it("resolves against a gazetteer (id, name, type)", function()
    local gz = lede.gazetteer({
      { id = "tarvos", type = "place", name = "Tarvos", aliases = { "Tarvoz" } },
      { id = "olenko", type = "person", name = "Dmitri Olenko" },
      { id = "keldoria", type = "country", name = "Keldoria", demonyms = { "Keldorian" } },
    })
    local s = "Lorvian presidential spokesman Dmitri Olenko visited Tarvoz. Keldorian troops left Keldoria."
    local es = lede.entities(s, gz)
    assert.same({ "Dmitri Olenko@32-44:person|Lorvian presidential spokesman=olenko", "Tarvoz@54-59:place=tarvos",
      "Keldoria@84-91:place=keldoria" }, view(es))
    assert.equal("Tarvos", es[2].name)
  end)

  it("leaves headlines to the gazetteer", function()
    local gz = lede.gazetteer({ { id = "k", type = "country", name = "Keldoria" } })
    local s = "Nearly 100 Troops Killed In New Fighting On The Keldoria Border\nTroops died."
    assert.same({}, view(lede.entities(s)))
    assert.same({ "Keldoria@49-56:place=k" }, view(lede.entities(s, gz)))
  end)

  it("handles empty, binary and huge input", function()
    assert.same({}, lede.entities(""))
    local bin = {}
    for i = 0, 255 do bin[#bin + 1] = string.char(i) end
    local es = lede.entities(table.concat(bin, " "))
    assert.is_true(SPANS_OK(table.concat(bin, " "), es))
    local big = string.rep("Vossik met Bakirov in Tarvos. ", 20000)
    local t0 = os.clock()
    local eb = lede.entities(big)
    assert.equal(60000, #eb)
    assert.is_true(SPANS_OK(big, eb))
    assert.has_error(function() lede.entities(nil) end)
    assert.has_error(function() lede.entities("x", "not a gazetteer") end)
  end)
end)

describe("entity discovery accuracy", function()
  local acc = dofile(SRC .. "/bench/accuracy/entities.lua")
  it("scores F1 >= 0.75 on 300+ annotated names (tests/fixtures/entities)", function()
    local d = acc.discovery(SRC)
    print(string.format("\n  discovery: %d names P=%.3f R=%.3f F1=%.3f; with type P=%.3f R=%.3f F1=%.3f",
      d.names, d.p, d.r, d.f1, d.typed_p, d.typed_r, d.typed_f1))
    assert.is_true(d.names >= 300)
    assert.is_true(d.f1 >= 0.75, "F1 " .. d.f1)
    assert.is_true(d.typed_f1 >= 0.75, "typed F1 " .. d.typed_f1)
  end)
  it("finds every hand-written seed-style variant with fuzzy matching", function()
    local ents = {}
    for i, p in ipairs(acc.seed_pairs) do ents[i] = { id = tostring(i), type = "person", name = p[2] } end
    local gz = lede.gazetteer(ents)
    for i, p in ipairs(acc.seed_pairs) do
      local ms = gz:match("Then " .. p[1] .. " spoke.", { fuzzy = true })
      assert.same({ p[1], tostring(i) }, { ms[1] and ms[1].text, ms[1] and ms[1].id })
    end
  end)
end)

if HAVE_SHARED() then
  describe("lede entities on the seeds (../shared)", function()
    it("links every seed variant to one entity", function()
      local out, err, code = RUN_LEDE(string.format(
        "entities %s/seeds --gazetteer %s/data/gazetteer/countries.tsv --gazetteer %s/tests/fixtures/entities/seeds.tsv --fuzzy --format json",
        SHARED, SRC, SRC))
      assert.equal(0, code, err)
      local ids = {}   -- text -> set of ids
      for line in out:gmatch("[^\n]+") do
        local text = line:match('"text":"(.-)"')
        local id = line:match('"id":"(.-)"')
        if text and id then ids[text] = ids[text] or {}; ids[text][id] = true end
      end
      local function only(text, id)
        assert.is_truthy(ids[text], "no record for " .. text)
        local n = 0
        for k in pairs(ids[text]) do n = n + 1; assert.equal(id, k, text) end
        assert.equal(1, n, text)
      end
      only("Jehon Peramov", "bayramov"); only("Jeyhun Bayramov", "bayramov")
      only("Kelbajar", "kalbajar"); only("Kalbajar", "kalbajar")
      only("Dashkesan", "dashkasan"); only("Dashkasan", "dashkasan")
      only("Anthony Blinken", "blinken"); only("Antony Blinken", "blinken"); only("Blinken", "blinken")
      only("Mevlut Cavusoglu", "cavusoglu")
      only("Pashinyan", "pashinyan"); only("Nikol Pashinyan", "pashinyan")
      only("Armenia", "iso:AM"); only("Armenian", "iso:AM")
      only("Azerbaijan", "iso:AZ")
    end)
  end)
end

describe("lede.entities on a long text", function()
  -- 5,000 copies of one paragraph (about 0.8 MB): every copy gives the same five names with the
  -- same types, so the surname link ("Osei" alone) and the lower-case check hold all the way.
  it("finds exactly five names per paragraph, typed as in a short text", function()
    local p = "\u{201C}We will not retreat,\u{201D} General Mira Osei told reporters on Tuesday. " ..
      "Keldoria said at least 38 of its soldiers were killed near Tarvos. Osei later left for Marsk.\n\n"
    local r = lede.entities(p:rep(5000))
    assert.equal(25000, #r)
    local want = { { "Mira Osei", "person" }, { "Keldoria", "place" }, { "Tarvos", "place" },
                   { "Osei", "person" }, { "Marsk", "place" } }
    for _, k in ipairs { 0, 2500, 4999 } do
      for j, w in ipairs(want) do
        local e = r[k * 5 + j]
        assert.same(w, { e.text, e.type })
      end
    end
  end)
end)
