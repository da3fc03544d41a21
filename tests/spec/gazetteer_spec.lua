-- lede.gazetteer / gz:match / gz:lookup: exact spans on sentences written for
-- these tests (the invented story of BRIEF.md plus a few real names).
local lede = require "lede"

local function write(content, suffix)
  local p = os.tmpname() .. (suffix or ".tsv")
  local f = assert(io.open(p, "wb"))
  f:write(content)
  f:close()
  return p
end

-- compact view of matches: "text@start-stop=id"
local function view(ms)
  local out = {}
  for _, m in ipairs(ms) do out[#out + 1] = string.format("%s@%d-%d=%s", m.text, m.start, m.stop, m.id) end
  return out
end

local story = {
  { id = "keldoria", type = "country", name = "Keldoria", demonyms = { "Keldorian" } },
  { id = "dravania", type = "country", name = "Dravania", demonyms = { "Dravanian" } },
  { id = "lorvia", type = "country", name = "Lorvia", demonyms = { "Lorvian" } },
  { id = "us", type = "country", name = "United States", aliases = { "US", "U.S." } },
  { id = "samar-hl", type = "place", name = "Samar Highlands" },
  { id = "samar", type = "place", name = "Samar" },
  { id = "upper-dorn", type = "place", name = "Upper Dorn" },
  { id = "dorn-valley", type = "place", name = "Dorn Valley" },
  { id = "tarvos", type = "place", name = "Tarvos", aliases = { "Tarvoz" } },
  { id = "vossik", type = "person", name = "Aram Vossik" },
  { id = "bakirov", type = "person", name = "Jeyran Bakirov" },
  { id = "roeder", type = "person", name = "Mathias Röder", aliases = { "Matthias Roeder" } },
  { id = "bayramov", type = "person", name = "Jeyhun Bayramov" },
  { id = "cavusoglu", type = "person", name = "Mevlüt Çavuşoğlu" },
  { id = "blinken", type = "person", name = "Antony Blinken" },
  { id = "kalbajar", type = "place", name = "Kalbajar" },
  { id = "dashkasan", type = "place", name = "Dashkasan" },
  { id = "romania", type = "country", name = "Romania" },
}

describe("gz:match exact", function()
  local gz = assert(lede.gazetteer(story))

  it("counts entries and prints itself", function()
    assert.equal(18, #gz)
    assert.matches("18 entries", tostring(gz))
  end)

  it("matches whole words, case- and diacritic-insensitively, with exact spans", function()
    -- "Roeder" is not "Röder" (ö folds to o), but "Matthias Roeder" is an alias
    local s = "In MARSK, officials said Mathias Roeder, Matthias ROEDER and mathias röder met; Keldoriaville is not Keldoria."
    local ms = gz:match(s)
    assert.same({ "Matthias ROEDER@42-56=roeder", "mathias röder@62-75=roeder", "Keldoria@103-110=keldoria" }, view(ms))
    assert.is_true(SPANS_OK(s, ms))
    assert.equal("person", ms[1].type)
    assert.equal("Mathias Röder", ms[1].name)
    assert.equal(1, ms[1].score)
    assert.equal("alias", ms[1].how)
    assert.same({ "Mathias Roeder@26-39=roeder" }, view(gz:match("In MARSK, officials said Mathias Roeder", { fuzzy = true })))
    assert.equal("name", ms[2].how)
  end)

  it("is punctuation-tolerant: U.S. and US", function()
    local s = "The U.S. envoy and the US embassy; us and them."
    assert.same({ "U.S.@5-8=us", "US@24-25=us" }, view(gz:match(s)))
  end)

  it("prefers the longest match and resolves overlaps leftmost-longest", function()
    local s = "Shelling hit the Samar Highlands and Samar town, then Upper Dorn Valley."
    assert.same({ "Samar Highlands@18-32=samar-hl", "Samar@38-42=samar", "Upper Dorn@55-64=upper-dorn" },
      view(gz:match(s)))
  end)

  it("accepts possessives and leaves them out of the span", function()
    local s = "Keldoria’s army, Vossik's aides? No: Aram Vossik's aides and Lorvia's envoy; Tarvoz’ mayor."
    assert.same({ "Keldoria@1-8=keldoria", "Vossik@20-25=vossik", "Aram Vossik@40-50=vossik", "Lorvia@64-69=lorvia",
      "Tarvoz@80-85=tarvos" }, view(gz:match(s)))
  end)

  it("links demonyms and their plurals", function()
    local s = "Keldorian forces shelled Dravanian posts; Lorvians watched."
    local ms = gz:match(s)
    assert.same({ "Keldorian@1-9=keldoria", "Dravanian@26-34=dravania", "Lorvians@43-50=lorvia" }, view(ms))
    assert.equal("demonym", ms[1].how)
  end)

  it("splits hyphenated compounds", function()
    local s = "the Keldorian-Dravanian border near Samar-Highlands"
    assert.same({ "Keldorian@5-13=keldoria", "Dravanian@15-23=dravania", "Samar-Highlands@37-51=samar-hl" },
      view(gz:match(s)))
  end)

  it("does not join names across a full stop", function()
    assert.same({ "Samar@15-19=samar" }, view(gz:match("They went to. Samar. Highlands")))
  end)

  it("links a surname alone to the full name before it, or to the next one", function()
    local s = "Bakirov spoke first. Later Jeyran Bakirov said Bakirov's ministry agreed; BAKIROV repeated it."
    local ms = gz:match(s)
    assert.same({ "Bakirov@1-7=bakirov", "Jeyran Bakirov@28-41=bakirov", "Bakirov@48-54=bakirov", "BAKIROV@75-81=bakirov" },
      view(ms))
    assert.equal("surname", ms[1].how)
    assert.equal("name", ms[2].how)
    assert.equal("surname", ms[3].how)
    -- a surname no full name follows stays unlinked
    assert.same({}, view(gz:match("Bakirov spoke first.")))
    assert.same({ "Jeyran Bakirov@28-41=bakirov" }, view(gz:match(s, { backoff = false })))
  end)

  it("finds nothing in empty, blank or binary text", function()
    assert.same({}, gz:match(""))
    assert.same({}, gz:match(" \n\t "))
    local bin = {}
    for i = 0, 255 do bin[#bin + 1] = string.char(i) end
    -- byte 0xFF reads as the letter ÿ (Windows-1252), so a space must follow it
    local b = table.concat(bin) .. " Keldoria\0\xff Tarvos\xffx"
    assert.same({ "Keldoria@258-265=keldoria" }, view(gz:match(b)))
    assert.same({ "Keldoria@2-9=keldoria", "Tarvos@11-16=tarvos" }, view(gz:match("\0Keldoria\0Tarvos\0")))
  end)

  it("looks names up by name, alias or demonym", function()
    local e = gz:lookup("mathias RÖDER")
    assert.equal("roeder", e.id)
    assert.equal("person", e.type)
    assert.same({ "Matthias Roeder" }, e.aliases)
    assert.same({}, e.demonyms)
    assert.equal("tarvos", gz:lookup("Tarvoz").id)
    assert.same({ "Keldorian" }, gz:lookup("Keldoria").demonyms)
    assert.is_nil(gz:lookup("Atlantis"))
  end)

  it("raises on programmer mistakes", function()
    assert.has_error(function() gz:match(nil) end)
    assert.has_error(function() gz:match("x", { fuzzy = true, wobbly = 1 }) end)
    assert.has_error(function() gz:match("x", { min_score = 2 }) end)
    assert.has_error(function() lede.gazetteer(42) end)
    assert.has_error(function() lede.gazetteer({ { name = "A", aliases = { 1, {} } } }) end)
  end)

  it("can be closed; a closed gazetteer raises", function()
    local g2 = lede.gazetteer({ { id = "x", name = "Ulmet" } })
    g2:close()
    assert.has_error(function() g2:match("Ulmet") end)
    do
      local g3 <close> = lede.gazetteer({ { id = "y", name = "Dorn" } })
      assert.equal(1, #g3)
    end
  end)
end)

describe("gz:match fuzzy", function()
  local gz = assert(lede.gazetteer(story))

  it("finds misspelled and re-transliterated names with score < 1", function()
    local s = "Jehon Peramov phoned Anthony Blinken about Kelbajar and Dashkesan."
    local ms = gz:match(s, { fuzzy = true })
    assert.same({ "Jehon Peramov@1-13=bayramov", "Anthony Blinken@22-36=blinken", "Kelbajar@44-51=kalbajar",
      "Dashkesan@57-65=dashkasan" }, view(ms))
    for _, m in ipairs(ms) do
      assert.equal("fuzzy", m.how)
      assert.is_true(m.score < 1 and m.score >= 0.8, m.text .. " " .. m.score)
    end
    assert.same({}, gz:match(s))  -- not without fuzzy
  end)

  it("folds diacritics before fuzzing: Cavusoglu is exact", function()
    local ms = gz:match("Mevlut Cavusoglu called.", { fuzzy = true })
    assert.same({ "Mevlut Cavusoglu@1-16=cavusoglu" }, view(ms))
    assert.equal(1, ms[1].score)
  end)

  it("does not take Armenia for Romania, nor common words for names", function()
    local s = "Armenia and Romanian officials; During talks, Security forces and Ramania? Rumania."
    local ms = gz:match(s, { fuzzy = true })
    -- Romanian is not a demonym here; Ramania (one vowel off) and Rumania are
    assert.same({ "Ramania@67-73=romania", "Rumania@76-82=romania" }, view(ms))
    assert.same({}, gz:match("armenia, kelbajar and jehon peramov in lower case", { fuzzy = true }))
  end)

  it("links a fuzzy-found surname later in the text", function()
    local s = "Jehon Peramov arrived. Peramov and Bayramov spoke."
    assert.same({ "Jehon Peramov@1-13=bayramov", "Peramov@24-30=bayramov", "Bayramov@36-43=bayramov" },
      view(gz:match(s, { fuzzy = true })))
  end)

  it("respects min_score", function()
    assert.same({}, gz:match("Jehon Peramov", { fuzzy = true, min_score = 0.95 }))
  end)

  it("reads j as the glide y, u for w, a doubled letter as one", function()
    local g = assert(lede.gazetteer({ { id = "ya", name = "Yarovel" }, { id = "fu", name = "Sukuyama" },
      { id = "ot", name = "Ostrawa" }, { id = "wi", name = "Winnimoor" }, { id = "jo", name = "Jorvanne" } }))
    local ms = g:match("Jarovel, Sukujama, Ostrava, Uinimoor and Osstrawa reported; Horvanne did not.", { fuzzy = true })
    assert.same({ "Jarovel@1-7=ya", "Sukujama@10-17=fu", "Ostrava@20-26=ot", "Uinimoor@29-36=wi", "Osstrawa@42-49=ot" },
      view(ms))
  end)
end)

describe("lede.gazetteer sources and bad input", function()
  it("loads TSV with a header, reports malformed lines with file:line and skips them", function()
    local p = write("id\ttype\tname\taliases\tdemonyms\n" ..
      "ke\tcountry\tKeldoria\tRepublic of Keldoria\tKeldorian\n" ..
      "just-one-field\n" ..
      "\n# a comment\n" ..
      "dr\tcountry\tDravania\t\tDravanian\n" ..
      "em\tplace\t\n" ..
      "dr\tcountry\tDravanija\n" ..
      "ul\tplace\tUlm\xe9t\n")
    local gz, probs = lede.gazetteer(p)
    assert.equal(3, #gz)
    local lines = {}
    for _, pr in ipairs(probs) do lines[#lines + 1] = pr.line .. ":" .. pr.message end
    assert.equal(4, #probs)
    assert.equal(p, probs[1].file)
    assert.matches("^3:1 tab%-separated field", lines[1])
    assert.matches("^7:.*empty name", lines[2])
    assert.matches("^8:duplicate id \"dr\"", lines[3])
    assert.matches("^9:invalid UTF%-8", lines[4])
    assert.equal("dr", gz:lookup("Dravanija").id)
    local u = gz:lookup("Ulmét")
    assert.equal("Ulmét", u.name)  -- repaired as Windows-1252
    assert.same({ "Republic of Keldoria" }, gz:lookup("keldoria").aliases)
    os.remove(p)
  end)

  it("loads positional TSV without a header, CRLF lines", function()
    local p = write("a\tplace\tTarvos\tTarvoz|Tarvosz\r\nb\tplace\tKesany\tKesani\r\n")
    local gz, probs = lede.gazetteer(p)
    assert.equal(2, #gz)
    assert.same({}, probs)
    assert.same({ "Kesani@1-6=b", "Tarvosz@12-18=a" }, view(gz:match("Kesani and Tarvosz")))
    os.remove(p)
  end)

  it("loads JSON arrays and JSON Lines, reporting bad records", function()
    local j = write('[{"id":"k","type":"country","name":"Keldoria","aliases":["Keldorie"],"demonyms":["Keldorian"]},' ..
      '{"id":7,"name":"Ulmet"}, {"type":"place"}, 5]', ".json")
    local gz, probs = lede.gazetteer(j)
    assert.equal(2, #gz)
    assert.equal(2, #probs)
    assert.matches("item 3", probs[1].message)
    assert.equal("7", gz:lookup("Ulmet").id)
    local l = write('{"id":"a","name":"Dorn","aliases":"Dorne|Dornn"}\n{broken\n{"id":"b","name":"Marsk"}\n', ".jsonl")
    local g2, p2 = lede.gazetteer(l)
    assert.equal(2, #g2)
    assert.equal(1, #p2)
    assert.equal(2, p2[1].line)
    assert.equal("a", g2:lookup("Dornn").id)
    os.remove(j)
    os.remove(l)
  end)

  it("reads the GeoNames dump layout (cities*.txt) and skips code-like alternate names", function()
    local dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir)
    local p = dir .. "/cities500.txt"
    local f = assert(io.open(p, "wb"))
    f:write("101\tVelgrad\tVelgrad\tVELG,Velgrád,Welgrad\t41.1\t45.2\tP\tPPLC\tDV\t\t\t\t\t\t900000\t\t\tAsia/Velgrad\t2024-01-01\n")
    f:write("102\tOstgrad\n")
    f:close()
    local gz, probs = lede.gazetteer(p)
    assert.equal(1, #gz)
    assert.equal(1, #probs)
    assert.equal(2, probs[1].line)
    assert.same({ "Welgrad@1-7=101", "Velgrád@16-23=101" }, view(gz:match("Welgrad, VELG, Velgrád")))
    assert.equal("place", gz:lookup("velgrad").type)
    os.remove(p)
    os.remove(dir)
  end)

  it("combines several sources", function()
    local a = write("a\tplace\tTarvos\n")
    local gz, probs = lede.gazetteer({ a, { id = "b", type = "place", name = "Dorn" }, "/nonexistent/x.tsv" })
    assert.equal(2, #gz)
    assert.equal(1, #probs)
    assert.equal("/nonexistent/x.tsv", probs[1].file)
    os.remove(a)
  end)

  it("returns nil and a message naming the file when nothing could be loaded", function()
    local gz, msg = lede.gazetteer("/nonexistent/gaz.tsv")
    assert.is_nil(gz)
    assert.matches("/nonexistent/gaz.tsv", msg)
    local p = write("only-one-field\n")
    local g2, m2 = lede.gazetteer(p)
    assert.is_nil(g2)
    assert.matches(":1: ", m2)
    os.remove(p)
  end)

  it("takes a 10,000-character one-word name and refuses a name of 5,000 words", function()
    local long = string.rep("q", 10000)
    local words = string.rep("ab ", 5000)
    local gz, probs = lede.gazetteer({ { id = "l", name = long }, { id = "w", name = words }, { id = "k", name = "Dorn" } })
    assert.equal(2, #gz)
    assert.equal(1, #probs)
    assert.matches("more than 64 words", probs[1].message)
    local ms = gz:match("x " .. long .. " y")
    assert.equal(1, #ms)
    assert.equal(3, ms[1].start)
    assert.equal(10002, ms[1].stop)
  end)

  it("compiles 1 million entries", function()
    local p = os.tmpname()
    local f = assert(io.open(p, "wb"))
    local buf = {}
    for i = 1, 1000000 do
      buf[#buf + 1] = string.format("g%d\tplace\tPlace %d\n", i, i)
      if #buf == 10000 then f:write(table.concat(buf)) buf = {} end
    end
    f:write(table.concat(buf))
    f:close()
    local gz, probs = lede.gazetteer(p)
    assert.equal(1000000, #gz)
    assert.same({}, probs)
    assert.same({ "place 999999@7-18=g999999" }, view(gz:match("Go to place 999999 now")))
    os.remove(p)
  end)
end)
