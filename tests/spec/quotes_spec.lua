-- lede.quotes and lede.quote_spans: exact records on sentences written for
-- lede, accuracy on the annotated set (tests/fixtures/quotes), bad input, and
-- (when ../shared exists) every direct and partial quotation of the five seeds.
local lede = require "lede"

local FIELDS = { "text", "start", "stop", "kind", "speaker", "speaker_text", "speaker_start", "speaker_stop", "cue" }

-- the listed fields of each record (absent fields stay absent)
local function pick(recs)
  local out = {}
  for i, r in ipairs(recs) do
    local t = {}
    for _, k in ipairs(FIELDS) do t[k] = r[k] end
    out[i] = t
  end
  return out
end

local function check(s, want, opts)
  local got = lede.quotes(s, opts)
  assert(SPANS_OK(s, got))
  for _, r in ipairs(got) do
    if r.speaker_start then assert.equal(r.speaker_text, s:sub(r.speaker_start, r.speaker_stop)) end
  end
  assert.same(want, pick(got))
end

describe("lede.quotes forms", function()
  it("quote, comma, title + name, cue after", function()
    check("\u{201C}We will not retreat,\u{201D} General Mira Osei told reporters.", {
      { text = "We will not retreat", start = 4, stop = 22, kind = "direct", speaker = "Mira Osei", speaker_text = "Mira Osei", speaker_start = 36, speaker_stop = 44, cue = "told" } })
  end)

  it("a pronoun after the quote resolves to the person named before", function()
    check("Karen Whitfield spoke in Washington. \u{201C}We are watching Tarvos closely,\u{201D} she added.", {
      { text = "We are watching Tarvos closely", start = 41, stop = 70, kind = "direct", speaker = "Karen Whitfield", speaker_text = "she", speaker_start = 76, speaker_stop = 78, cue = "added" } })
  end)

  it("a role before the name is left out of the speaker", function()
    check("\u{201C}The ceasefire holds,\u{201D} Lorvian presidential spokesman Dmitri Olenko told reporters in Ostgrad.", {
      { text = "The ceasefire holds", start = 4, stop = 22, kind = "direct", speaker = "Dmitri Olenko", speaker_text = "Dmitri Olenko", speaker_start = 59, speaker_stop = 71, cue = "told" } })
  end)

  it("colon form: X said: “...”", function()
    check("Asked about the border, Vossik said: \u{201C}We will defend every village.\u{201D}", {
      { text = "We will defend every village.", start = 41, stop = 69, kind = "direct", speaker = "Vossik", speaker_text = "Vossik", speaker_start = 25, speaker_stop = 30, cue = "said" } })
  end)

  it("X said that “...” is a partial quotation", function()
    check("Mamedli said that \u{201C}no Dravanian soldier crossed the line.\u{201D}", {
      { text = "no Dravanian soldier crossed the line.", start = 22, stop = 59, kind = "partial", speaker = "Mamedli", speaker_text = "Mamedli", speaker_start = 1, speaker_stop = 7, cue = "said" } })
  end)

  it("inverted order: “...,” said X", function()
    check("\u{201C}Both sides must stop,\u{201D} said Pieter Janssen.", {
      { text = "Both sides must stop", start = 4, stop = 23, kind = "direct", speaker = "Pieter Janssen", speaker_text = "Pieter Janssen", speaker_start = 34, speaker_stop = 47, cue = "said" } })
  end)

  it("apposition: X, the ..., said", function()
    check("Jeyran Bakirov, the Dravanian foreign minister, said Keldoria had to \u{201C}stop its provocations.\u{201D}", {
      { text = "stop its provocations.", start = 73, stop = 94, kind = "partial", speaker = "Jeyran Bakirov", speaker_text = "Jeyran Bakirov", speaker_start = 1, speaker_stop = 14, cue = "said" } })
    check("Karen Whitfield, the State Department spokeswoman, said: \u{201C}We are watching.\u{201D}", {
      { text = "We are watching.", start = 61, stop = 76, kind = "direct", speaker = "Karen Whitfield", speaker_text = "Karen Whitfield", speaker_start = 1, speaker_stop = 15, cue = "said" } })
  end)

  it("the ministry resolves to the ministry named before", function()
    check("The Keldorian defence ministry accused Dravania of shelling Ulmet. \u{201C}The attack began at midnight,\u{201D} the ministry said.", {
      { text = "The attack began at midnight", start = 71, stop = 98, kind = "direct", speaker = "Keldorian defence ministry", speaker_text = "the ministry", speaker_start = 104, speaker_stop = 115, cue = "said" } })
  end)

  it("it resolves to an organisation or country", function()
    check("Dravania rejected the claim. It said its units \u{201C}only returned fire.\u{201D}", {
      { text = "only returned fire.", start = 51, stop = 69, kind = "partial", speaker = "Dravania", speaker_text = "It", speaker_start = 30, speaker_stop = 31, cue = "said" } })
  end)

  it("a quotation over two paragraphs: opening mark repeated, first closing mark left out", function()
    check("Olenko spoke after the call. \u{201C}Ostgrad is ready to help.\n\n\u{201C}We have 1,500 peacekeepers there,\u{201D} he said.", {
      { text = "Ostgrad is ready to help.", start = 33, stop = 57, kind = "direct", speaker = "Olenko", speaker_text = "he", speaker_start = 100, speaker_stop = 101, cue = "said" },
      { text = "We have 1,500 peacekeepers there", start = 63, stop = 94, kind = "direct", speaker = "Olenko", speaker_text = "he", speaker_start = 100, speaker_stop = 101, cue = "said" } })
    local r = lede.quotes("Olenko spoke after the call. \u{201C}Ostgrad is ready to help.\n\n\u{201C}We have 1,500 peacekeepers there,\u{201D} he said.")
    assert.is_true(r[1].continues)
    assert.is_true(r[2].continued)
  end)

  it("a missing opening mark is recovered from the closing mark and the cue", function()
    local s = "Tarvos was shelled overnight. Our positions held until morning,\u{201D} the governor said."
    check(s, {
      { text = "Our positions held until morning", start = 31, stop = 62, kind = "direct", speaker_text = "the governor", speaker_start = 68, speaker_stop = 79, cue = "said" } })
    assert.is_true(lede.quotes(s)[1].no_open)
  end)

  it("apostrophes are not quotation marks; single quotes are", function()
    check("Keldoria\u{2019}s army fought in the \u{2019}90s too. \u{2018}We will hold,\u{2019} Arakelian said.", {
      { text = "We will hold", start = 48, stop = 59, kind = "direct", speaker = "Arakelian", speaker_text = "Arakelian", speaker_start = 65, speaker_stop = 73, cue = "said" } })
    assert.same({}, lede.quotes("They played rock \u{2019}n\u{2019} roll, didn\u{2019}t they? It's the soldiers' song."))
  end)

  it("two partial quotations in one sentence share the cue", function()
    check("Whitfield said Washington was \u{201C}in touch with both sides\u{201D} and would \u{201C}keep pressing.\u{201D}", {
      { text = "in touch with both sides", start = 34, stop = 57, kind = "partial", speaker = "Whitfield", speaker_text = "Whitfield", speaker_start = 1, speaker_stop = 9, cue = "said" },
      { text = "keep pressing.", start = 75, stop = 88, kind = "partial", speaker = "Whitfield", speaker_text = "Whitfield", speaker_start = 1, speaker_stop = 9, cue = "said" } })
  end)

  it("a second cue in the sentence gives the second quotation its own speaker", function()
    check("Roeder said the talks were \u{201C}a first step\u{201D} \u{2013} and Vossik called it \u{201C}late.\u{201D}", {
      { text = "a first step", start = 31, stop = 42, kind = "partial", speaker = "Roeder", speaker_text = "Roeder", speaker_start = 1, speaker_stop = 6, cue = "said" },
      { text = "late.", start = 75, stop = 79, kind = "partial", speaker = "Vossik", speaker_text = "Vossik", speaker_start = 55, speaker_stop = 60, cue = "called" } })
  end)

  it("a quotation with no cue after another takes its speaker", function()
    check("\u{201C}We are watching,\u{201D} Whitfield told reporters. \u{201C}Nobody should move.\u{201D}", {
      { text = "We are watching", start = 4, stop = 18, kind = "direct", speaker = "Whitfield", speaker_text = "Whitfield", speaker_start = 24, speaker_stop = 32, cue = "told" },
      { text = "Nobody should move.", start = 53, stop = 71, kind = "direct", speaker = "Whitfield", speaker_text = "Whitfield", speaker_start = 24, speaker_stop = 32 } })
  end)

  it("scare quotes are dropped, or kept as kind 'scare' on request", function()
    local s = "The so-called \u{201C}volunteers\u{201D} left Dorn."
    assert.same({}, lede.quotes(s))
    local r = lede.quotes(s, { scare = true })
    assert.equal(1, #r)
    assert.equal("scare", r[1].kind)
    assert.equal("volunteers", r[1].text)
  end)

  it("straight quotes, guillemets and low-high marks", function()
    check("\"We are ready,\" said Karen Whitfield.", {
      { text = "We are ready", start = 2, stop = 13, kind = "direct", speaker = "Karen Whitfield", speaker_text = "Karen Whitfield", speaker_start = 22, speaker_stop = 36, cue = "said" } })
    local r = lede.quotes("Roeder sagte: \u{201E}Wir bleiben hier.\u{201C} Envoy Roeder said: \u{00AB}Nous restons.\u{00BB}")
    assert.equal(2, #r)
    assert.equal("Wir bleiben hier.", r[1].text)
    assert.equal("Nous restons.", r[2].text)
    assert.equal("Roeder", r[2].speaker)
  end)

  it("a cue that ends the sentence after more words: “...” as planned, X told", function()
    check("\u{201C}We start talks tomorrow\u{201D} as planned, EU envoy Mathias Roeder told reporters.", {
      { text = "We start talks tomorrow", start = 4, stop = 26, kind = "direct", speaker = "Mathias Roeder", speaker_text = "Mathias Roeder", speaker_start = 52, speaker_stop = 65, cue = "told" } })
  end)

  it("typewriter marks ``...'' and initialisms in titles", function()
    check("``The border is quiet ,'' said the U.N. envoy Pieter Janssen.", {
      { text = "The border is quiet", start = 3, stop = 21, kind = "direct", speaker = "Pieter Janssen", speaker_text = "Pieter Janssen", speaker_start = 47, speaker_stop = 60, cue = "said" } })
  end)

  it("indirect speech with opts.indirect", function()
    check("Keldoria said at least 38 of its soldiers were killed.", {
      { text = "at least 38 of its soldiers were killed", start = 15, stop = 53, kind = "indirect", speaker = "Keldoria", speaker_text = "Keldoria", speaker_start = 1, speaker_stop = 8, cue = "said" } },
      { indirect = true })
    check("According to the Keldorian defence ministry, the shelling stopped at noon.", {
      { text = "the shelling stopped at noon", start = 46, stop = 73, kind = "indirect", speaker = "Keldorian defence ministry", speaker_text = "Keldorian defence ministry", speaker_start = 18, speaker_stop = 43, cue = "According to" } },
      { indirect = true })
    check("The Keldorian government said it would ask Lorvia for help, according to the Harbour Post.", {
      { text = "it would ask Lorvia for help", start = 31, stop = 58, kind = "indirect", speaker = "Keldorian government", speaker_text = "Keldorian government", speaker_start = 5, speaker_stop = 24, cue = "said" } },
      { indirect = true })
    assert.same({}, lede.quotes("Keldoria said at least 38 of its soldiers were killed."))
  end)

  it("extra cues at run time", function()
    local s = "\u{201C}Not today,\u{201D} Vossik quipped."
    assert.is_nil(lede.quotes(s)[1].speaker)
    assert.equal("Vossik", lede.quotes(s, { cues = { "quipped" } })[1].speaker)
  end)

  it("the built-in cue list is data/cues.txt", function()
    local want = {}
    for line in io.lines(SRC .. "/data/cues.txt") do
      if line ~= "" and not line:match("^#") then want[#want + 1] = line end
    end
    assert.same(want, lede.quote_cues())
  end)
end)

describe("lede.quotes bad input", function()
  it("raises for wrong arguments and unknown options", function()
    assert.has_error(function() lede.quotes(nil) end)
    assert.has_error(function() lede.quotes("x", { speakers = true }) end)
    assert.has_error(function() lede.quote_spans("x", { nope = 1 }) end)
    assert.has_error(function() lede.quote_spans("x", { cues = { 1 } }) end)
  end)

  it("empty text, marks only, NUL and invalid UTF-8", function()
    assert.same({}, lede.quotes(""))
    assert.same({}, lede.quotes("\u{201C}\u{201D}\"\"''\u{00AB}\u{00BB}\u{2018}\u{2019}"))
    local s = "\xff\0\"Keep \xc3 out,\" he said.\xe2\x80"
    local r = lede.quotes(s)
    assert.equal(1, #r)
    assert.equal("Keep \xc3 out", r[1].text)
    assert(SPANS_OK(s, r))
  end)

  it("10,000 opening marks with no closing one, and a 1 MB quotation", function()
    local s = string.rep("\u{201C}a ", 10000)
    local r = lede.quotes(s)
    assert(SPANS_OK(s, r))
    assert.is_true(#r <= 10000)
    local big = "\u{201C}" .. string.rep("word ", 200000) .. "end,\u{201D} Vossik said."
    local q = lede.quotes(big)
    assert.equal(1, #q)
    assert.equal(4, q[1].start)
    assert.equal("Vossik", q[1].speaker)
  end)
end)

-- annotated set: every quotation with its span and speaker
local function speaker_ok(want, got)
  if want == false then return got == nil end
  if not got then return false end
  if want:sub(1, 1) == "=" then return got == want:sub(2) end
  return got:lower():find(want:lower(), 1, true) ~= nil
end

local function score(items)
  local total, spans, speakers, kinds, misses = 0, 0, 0, 0, {}
  for _, item in ipairs(items) do
    local recs = lede.quotes(item.text)
    for _, q in ipairs(item.quotes) do
      total = total + 1
      local got
      for _, r in ipairs(recs) do
        if r.text == q[1] or (q.prefix and r.text:sub(1, #q[1]) == q[1]) then got = r break end
      end
      if got then spans = spans + 1 end
      if got and speaker_ok(q[2], got.speaker) then speakers = speakers + 1
      else misses[#misses + 1] = string.format("%q: want %s, got %s", q[1], tostring(q[2]), got and tostring(got.speaker) or "no span") end
      if got and (q[3] == nil or got.kind == q[3]) then kinds = kinds + 1 end
    end
  end
  return total, spans, speakers, kinds, misses
end

describe("lede quotes (the command)", function()
  local text = "Tarvos was calm on Friday. \u{201C}We will rebuild,\u{201D} Samvel Kirakosov told reporters.\n"
  it("writes JSON Lines records with doc and speaker", function()
    local out, err, code = RUN_LEDE("quotes - --format json", text)
    assert.equal(0, code, err)
    local line = out:match("[^\n]+")
    assert.is_truthy(line and line:find('"speaker":"Samvel Kirakosov"', 1, true), out)
    assert.is_truthy(line:find('"text":"We will rebuild"', 1, true), out)
    assert.is_truthy(line:find('"doc":', 1, true), out)
  end)
  it("--merge groups the same quotation, --help and usage errors", function()
    local out, err, code = RUN_LEDE("quotes --merge - --format json", text)
    assert.equal(0, code, err)
    assert.is_truthy(out:find('"sources":[', 1, true), out)
    local h, _, hc = RUN_LEDE("quotes --help")
    assert.equal(0, hc)
    assert.is_truthy(h:find("--merge", 1, true))
    local _, e2, c2 = RUN_LEDE("quotes")
    assert.equal(2, c2)
    assert.is_truthy(e2:find("no SOURCE", 1, true))
  end)
end)

describe("lede.quotes accuracy on tests/fixtures/quotes", function()
  it("held-out set: prints span and speaker accuracy (>= 95% speakers)", function()
    local items = dofile(SRC .. "/tests/fixtures/quotes/heldout.lua")
    local total, spans, speakers, kinds, misses = score(items)
    print(string.format("\nquotes held-out: %d quotations, spans %d (%.1f%%), speakers %d (%.1f%%), kinds %d (%.1f%%)",
      total, spans, 100 * spans / total, speakers, 100 * speakers / total, kinds, 100 * kinds / total))
    for _, m in ipairs(misses) do print("  miss " .. m) end
    assert.is_true(speakers / total >= 0.95)
  end)

  it("finds the spans and gives at least 95% of the speakers right", function()
    local items = dofile(SRC .. "/tests/fixtures/quotes/annotated.lua")
    local total, spans, speakers, kinds, misses = score(items)
    print(string.format("\nquotes fixtures: %d quotations, spans %d (%.1f%%), speakers %d (%.1f%%), kinds %d (%.1f%%)",
      total, spans, 100 * spans / total, speakers, 100 * speakers / total, kinds, 100 * kinds / total))
    for _, m in ipairs(misses) do print("  miss " .. m) end
    assert.is_true(total >= 40)
    assert.is_true(spans / total >= 0.95)
    assert.is_true(speakers / total >= 0.95)
  end)
end)

if HAVE_SHARED() then
  -- hand-checked list of the seeds' quotations: tests/fixtures/quotes/seeds_check.lua
  local SEEDS = dofile(SRC .. "/tests/fixtures/quotes/seeds_check.lua")

  local function seed_text(prefix)
    local p = io.popen("ls " .. SHARED .. "/seeds/" .. prefix .. "_*.txt")
    local path = p:read("l"); p:close()
    local f = assert(io.open(path, "rb")); local s = f:read("a"); f:close()
    return s
  end

  describe("lede.quotes on the seeds", function()
    it("gives every direct and partial quotation with its speaker", function()
      local total, right, extra = 0, 0, {}
      for _, key in ipairs({ "000", "001", "002", "003", "004" }) do
        local s = seed_text(key)
        local recs = lede.quotes(s)
        assert(SPANS_OK(s, recs))
        local used = {}
        for _, q in ipairs(SEEDS[key]) do
          total = total + 1
          local got
          for i, r in ipairs(recs) do
            if not used[i] and r.text:sub(1, #q[1]) == q[1] then got = r; used[i] = true break end
          end
          if got and speaker_ok(q[2], got.speaker) then right = right + 1
          else print(string.format("  seed %s miss %q: want %s, got %s", key, q[1], q[2], got and tostring(got.speaker) or "no span")) end
        end
        for i, r in ipairs(recs) do if not used[i] then extra[#extra + 1] = key .. ": " .. r.text end end
      end
      print(string.format("\nquotes seeds: %d of %d quotations with the right speaker (%.1f%%), %d unexpected",
        right, total, 100 * right / total, #extra))
      for _, e in ipairs(extra) do print("  unexpected " .. e) end
      assert.equal(35, total)
      assert.is_true(right / total >= 0.95)
      assert.equal(0, #extra)
    end)
  end)
end
