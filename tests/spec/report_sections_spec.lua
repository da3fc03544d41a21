-- lede report: the sections added on top of documents/sentences/boilerplate/
-- problems -- dates and timeline, claims, quotes, entities -- on a small
-- invented corpus (three articles of the sample story), text and JSON Lines,
-- and the whole bundled sample corpus.
local json = require "lede.json"

local function write(path, content)
  local f = assert(io.open(path, "wb"))
  f:write(content)
  f:close()
end

local function sh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- Plain (not pattern) replacement of every occurrence of a in s by b.
local function replace(s, a, b)
  local out, i = {}, 1
  while true do
    local j, k = s:find(a, i, true)
    if not j then break end
    out[#out + 1] = s:sub(i, j - 1) .. b
    i = k + 1
  end
  out[#out + 1] = s:sub(i)
  return table.concat(out)
end

-- Three short articles: conflicting figures for Keldoria, the same quotation
-- in two outlets, weekday references resolved against each article's date.
local DIR = os.tmpname() .. ".d"
local function make_corpus()
  os.execute("mkdir -p " .. sh_quote(DIR))
  write(DIR .. "/a.txt", table.concat({
    "Title: Ulmet counts its dead",
    "Date: 2025-03-12",
    "Source: Keldor Today",
    "",
    "ULMET \u{2013} Keldoria said on Tuesday that at least 12 of its soldiers were killed near Ulmet.",
    "\"We will not give up a single village of the Samar Highlands,\" Aram Vossik told reporters.",
    "" }, "\n"))
  write(DIR .. "/b.txt", table.concat({
    "Title: Dravania counts its losses",
    "Date: 2025-03-13",
    "Source: Valley Wire",
    "",
    "Dravania said 9 of its servicemen died on Tuesday. Keldoria said 15 of its soldiers were killed.",
    "\"We will not give up a single village of the Samar Highlands,\" Aram Vossik said in Marsk.",
    "" }, "\n"))
  write(DIR .. "/c.txt", table.concat({
    "Title: Quiet night in Tarvos",
    "Date: 2025-03-14",
    "",
    "The shelling of Tarvos stopped on Thursday, Samvel Kirakosov said.",
    "" }, "\n"))
end

local function remove_corpus()
  os.execute("rm -rf " .. sh_quote(DIR))
end

-- Runs lede report in directory cwd with LEDE_SOURCE_DIR set to src ("" to unset).
local function report_in(cwd, src, args)
  local out, err = os.tmpname(), os.tmpname()
  local cmd = string.format("cd %s && LEDE_SOURCE_DIR=%s %s report %s >%s 2>%s", sh_quote(cwd), sh_quote(src),
    sh_quote(LEDE_BIN), args, out, err)
  local ok, _, code = os.execute(cmd)
  local function slurp(p) local f = io.open(p, "rb"); local s = f:read("a"); f:close(); os.remove(p); return s end
  return slurp(out), slurp(err), code or (ok and 0 or 1)
end

local function section(out, header)
  local a = out:find(header, 1, true)
  assert(a, "no section " .. header)
  local b = out:find("\n\n", a, true)
  return out:sub(a, b or #out)
end

describe("lede report sections on a small corpus", function()
  setup(make_corpus)
  teardown(remove_corpus)

  it("lists dates, claims, quotes and entities per document (text)", function()
    local out, err, code = RUN_LEDE("report " .. sh_quote(DIR))
    assert.are.equal(0, code)
    assert.are.equal("", err)
    out = replace(out, DIR, "DIR")
    assert.are.equal(table.concat({
      "== DIR/a.txt ==",
      "outlet:      Keldor Today",
      "title:       Ulmet counts its dead",
      "date:        2025-03-12 (metadata field Date: '2025-03-12')",
      "sentences:   2",
      "boilerplate: 0 lines",
      "dates:       1 (resolved against 2025-03-12)",
      "  2025-03-11             DATE Tuesday",
      "claims:      1",
      "  Keldoria: killed >=12 (side Keldoria, subject Keldoria's soldiers)",
      "      ULMET \u{2013} Keldoria said on Tuesday that at least 12 of its soldiers were killed near Ulmet.",
      "quotes:      1",
      "  Aram Vossik: \u{201C}We will not give up a single village of the Samar Highlands\u{201D}",
      "entities:    5 mentions of 4 entities",
      "    2  Ulmet (place, ulmet) -- also ULMET",
      "    1  Aram Vossik (person, aram-vossik)",
      "    1  Keldoria (place, keldoria)",
      "    1  Samar Highlands (place, samar-highlands)",
      "problems:    none",
      "" }, "\n"), section(out, "== DIR/a.txt =="))
    assert.are.equal(table.concat({
      "== DIR/b.txt ==",
      "outlet:      Valley Wire",
      "title:       Dravania counts its losses",
      "date:        2025-03-13 (metadata field Date: '2025-03-13')",
      "sentences:   3",
      "boilerplate: 0 lines",
      "dates:       1 (resolved against 2025-03-13)",
      "  2025-03-11             DATE Tuesday",
      "claims:      2",
      "  Dravania: killed =9 (side Dravania, subject Dravania's servicemen)",
      "      Dravania said 9 of its servicemen died on Tuesday.",
      "  Keldoria: killed =15 (side Keldoria, subject Keldoria's soldiers)",
      "      Keldoria said 15 of its soldiers were killed.",
      "quotes:      1",
      "  Aram Vossik: \u{201C}We will not give up a single village of the Samar Highlands\u{201D}",
      "entities:    5 mentions of 5 entities",
      "    1  Aram Vossik (person, aram-vossik)",
      "    1  Dravania (place, dravania)",
      "    1  Keldoria (place, keldoria)",
      "    1  Marsk (place, marsk)",
      "    1  Samar Highlands (place, samar-highlands)",
      "problems:    none",
      "" }, "\n"), section(out, "== DIR/b.txt =="))
    assert.matches("dates:       1 %(resolved against 2025%-03%-14%)\n  2025%-03%-13             DATE Thursday\n" ..
      "claims:      0\nquotes:      0\n", section(out, "== DIR/c.txt =="))
  end)

  it("sums up the corpus: timeline by day, who claims what, the same quotation, entities", function()
    local out, _, code = RUN_LEDE("report " .. sh_quote(DIR))
    assert.are.equal(0, code)
    local corpus = out:sub((assert(out:find("== corpus ==\n", 1, true))))
    corpus = replace(corpus, SRC .. "/data/gazetteer/", "GAZ/")
    assert.are.equal(table.concat({
      "== corpus ==",
      "documents: 3 read, 0 skipped",
      "dates: 3 found, 0 estimated, 0 missing",
      "sentences: 6",
      "boilerplate: 0 lines",
      "timeline: 3 date expressions, 3 dated events on 2 days (documents reporting each):",
      "  2025-03-11         2 docs   2 events  ULMET \u{2013} Keldoria said on Tuesday that at least 12 of its soldiers were killed near Ulmet.",
      "  2025-03-13         1 doc    1 event   The shelling of Tarvos stopped on Thursday, Samvel Kirakosov said.",
      "claims: 3 in 2 documents; who claims what, per event and side:",
      "  killed, Keldoria -- DISAGREE: 2 figures (>=12, =15)",
      "    >=12  Keldoria  1 doc in Keldor Today",
      "    =15   Keldoria  1 doc in Valley Wire",
      "  killed, Dravania -- agree",
      "    =9  Dravania  1 doc in Valley Wire",
      "quotes: 2 direct in 2 documents",
      "  the same quotation in several documents: 1 group",
      "    2 sources: Aram Vossik: \u{201C}We will not give up a single village of the Samar Highlands\u{201D}",
      "      Keldor Today, Valley Wire",
      "entities: 12 mentions of 8 entities (gazetteer: GAZ/countries.tsv, GAZ/story.tsv)",
      "     2 in  2 docs  Aram Vossik (person, aram-vossik)",
      "     2 in  2 docs  Keldoria (place, keldoria)",
      "     2 in  2 docs  Samar Highlands (place, samar-highlands)",
      "     2 in  1 doc   Ulmet (place, ulmet) -- also ULMET",
      "     1 in  1 doc   Dravania (place, dravania)",
      "     1 in  1 doc   Marsk (place, marsk)",
      "     1 in  1 doc   Samvel Kirakosov (person, samvel-kirakosov)",
      "     1 in  1 doc   Tarvos (place, tarvos)",
      "problems: 0 in 0 documents",
      "" }, "\n"), corpus)
  end)

  it("writes the sections as JSON Lines fields with exact spans", function()
    local out, err, code = RUN_LEDE("report --format json " .. sh_quote(DIR))
    assert.are.equal(0, code)
    assert.are.equal("", err)
    local recs = {}
    for line in out:gmatch("[^\n]+") do recs[#recs + 1] = assert(json.decode(line)) end
    assert.are.equal(3, #recs)
    local a, b, c = recs[1], recs[2], recs[3]
    assert.are.equal(DIR .. "/a.txt", a.doc)
    assert.are.equal("2025-03-12", a.dates_ref)
    assert.are.same({ { text = "Tuesday", start = 28, stop = 34, type = "DATE", value = "2025-03-11" } }, a.dates)
    assert.are.same({ {
      text = "at least 12 of its soldiers were killed", start = 41, stop = 79, event = "killed",
      claimant = "Keldoria", figure = "at least 12", op = ">=", value = 12, min = 12,
      subject = "Keldoria's soldiers", side = "Keldoria",
      sentence = "ULMET \u{2013} Keldoria said on Tuesday that at least 12 of its soldiers were killed near Ulmet.",
    } }, a.claims)
    assert.are.same({ {
      text = "We will not give up a single village of the Samar Highlands", start = 94, stop = 152,
      speaker = "Aram Vossik", speaker_text = "Aram Vossik", cue = "told",
    } }, a.quotes)
    assert.are.same({ name = "Ulmet", id = "ulmet", type = "place", count = 2, variants = { "ULMET", "Ulmet" } },
      a.entities[1])
    assert.are.equal(4, #a.entities)
    assert.are.same({ 9, 15 }, { b.claims[1].value, b.claims[2].value })
    assert.are.same({ "Dravania", "Keldoria" }, { b.claims[1].side, b.claims[2].side })
    assert.are.same({}, c.claims)
    assert.are.same({}, c.quotes)
    assert.are.same({ { text = "Thursday", start = 35, stop = 42, type = "DATE", value = "2025-03-13" } }, c.dates)
    -- the spans point into the document's text (the body after the header)
    local f = assert(io.open(DIR .. "/a.txt", "rb")); local raw = f:read("a"); f:close()
    local body = raw:sub(raw:find("\n\n", 1, true) + 2)
    assert.are.equal("Tuesday", body:sub(28, 34))
    assert.are.equal(a.claims[1].text, body:sub(41, 79))
    assert.are.equal(a.quotes[1].text, body:sub(94, 152))
  end)

  it("--ref overrides the documents' dates for the dates section", function()
    local out, _, code = RUN_LEDE("report --format json --ref 2025-03-20 " .. sh_quote(DIR))
    assert.are.equal(0, code)
    local first = assert(json.decode(out:match("^[^\n]+")))
    assert.are.equal("2025-03-20", first.dates_ref)
    assert.are.equal("2025-03-18", first.dates[1].value)
  end)

  it("without the bundled gazetteers the entities are discovered only", function()
    local out, _, code = report_in(DIR, "", sh_quote(DIR))
    assert.are.equal(0, code)
    -- the all-capital dateline ULMET is taken for an organisation without a gazetteer
    assert.matches(table.concat({
      "entities: 12 mentions of 9 entities (gazetteer: none found: names discovered only)",
      "     2 in  2 docs  Aram Vossik (person)",
      "     2 in  2 docs  Keldoria (place)",
      "     2 in  2 docs  Samar Highlands (place)",
      "     1 in  1 doc   ULMET (org)",
      "     1 in  1 doc   Samvel Kirakosov (person)",
      "     1 in  1 doc   Dravania (place)",
      "     1 in  1 doc   Marsk (place)",
      "     1 in  1 doc   Tarvos (place)",
      "     1 in  1 doc   Ulmet (place)",
      "" }, "\n"), out, 1, true)
    -- an explicit --gazetteer is used as given
    out, _, code = report_in(DIR, "", "--gazetteer " .. sh_quote(SRC .. "/data/gazetteer/story.tsv") .. " " .. sh_quote(DIR))
    assert.are.equal(0, code)
    assert.matches("(gazetteer: --gazetteer)", out, 1, true)
    assert.matches("Aram Vossik (person, aram-vossik)", out, 1, true)
  end)
end)

describe("lede report sections on an empty document", function()
  it("print empty summaries and valid JSON", function()
    local out, err, code = RUN_LEDE("report -", "")
    assert.are.equal(0, code)
    assert.are.equal("lede: stdin: empty document\n", err)
    assert.matches(table.concat({
      "dates:       0 (no reference date: relative dates unresolved)",
      "claims:      0",
      "quotes:      0",
      "entities:    0 mentions of 0 entities",
      "" }, "\n"), out, 1, true)
    assert.matches(table.concat({
      "timeline: 0 date expressions, 0 dated events on 0 days",
      "claims: 0 in 0 documents",
      "quotes: 0 direct in 0 documents",
      "entities: 0 mentions of 0 entities (gazetteer: ",
      }, "\n"), out, 1, true)
    out, err, code = RUN_LEDE("report --format json -", "")
    assert.are.equal(0, code)
    local r = assert(json.decode(out))
    assert.are.same({ {}, {}, {}, {} }, { r.dates, r.claims, r.quotes, r.entities })
  end)
end)

describe("lede report on the bundled sample corpus", function()
  it("finishes with exit 0 and shows every section", function()
    local out, err, code = RUN_LEDE("report " .. sh_quote(SRC .. "/data/sample"))
    assert.are.equal(0, code)
    assert.are.equal("", err)
    local corpus = out:sub((assert(out:find("== corpus ==\n", 1, true))))
    assert.matches("\ntimeline: %d+ date expressions, %d+ dated events on %d+ days", corpus)
    assert.matches("\n  2025%-03%-11 +%d+ docs", corpus)
    -- Keldoria's toll: 38 from Keldoria itself, 72 later from Vossik
    assert.matches("\n  killed, Keldoria %-%- DISAGREE: %d figures %(=4, >=38, >=72%)\n", corpus)
    assert.matches("\n    >=38 +Keldoria +4 docs in ", corpus)
    assert.matches("\n    >=72 +Prime Minister Aram Vossik +1 doc in Keldor Today\n", corpus)
    -- Olenko's ceasefire words in two outlets
    assert.matches("Dmitri Olenko: \u{201C}Both sides have agreed", corpus, 1, true)
    assert.matches("\n +%d+ in +%d+ docs  Tarvos %(place, tarvos%) %-%- also Tarvoz\n", corpus)
    assert.matches("Jeyran Bakirov (person, jeyran-bakirov) -- also Jeran Pakirov", corpus, 1, true)
  end)

  it("--format json is valid JSON Lines, one object per document", function()
    local out, err, code = RUN_LEDE("report --format json " .. sh_quote(SRC .. "/data/sample"))
    assert.are.equal(0, code)
    assert.are.equal("", err)
    local n = 0
    for line in out:gmatch("[^\n]+") do
      local r = assert(json.decode(line))
      n = n + 1
      for _, k in ipairs({ "dates", "claims", "quotes", "entities" }) do
        assert.are.equal("table", type(r[k]), k .. " of " .. tostring(r.doc))
      end
    end
    assert.are.equal(14, n)
  end)
end)
