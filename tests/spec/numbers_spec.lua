local lede = require "lede"

-- The records of lede.numbers(s) reduced to the named fields, checking spans on the way.
local FIELDS = { "text", "value", "min", "max", "op", "approx", "kind", "noun" }
local function nums(s, extra)
  local recs = lede.numbers(s)
  assert(SPANS_OK(s, recs))
  local out = {}
  for i, r in ipairs(recs) do
    local t = {}
    for _, k in ipairs(FIELDS) do t[k] = r[k] end
    for _, k in ipairs(extra or {}) do t[k] = r[k] end
    out[i] = t
  end
  return out
end
local function R(text, op, kind, value, min, max, noun, approx)
  return { text = text, op = op, kind = kind, value = value, min = min, max = max, noun = noun,
           approx = approx or false }
end

describe("lede.numbers qualifiers", function()
  it("maps each qualifier to op and bounds", function()
    assert.same({
      R("at least 38", ">=", "cardinal", 38, 38, nil, "soldiers"),
      R("no fewer than 30", ">=", "cardinal", 30, 30, nil, "officers"),
      R("More than 80", ">", "cardinal", 80, 81, nil, "soldiers"),
      R("over 5,200", ">", "cardinal", 5200, 5201, nil, "people"),
      R("upwards of 500", ">", "cardinal", 500, 501, nil, "men"),
    }, nums("Keldoria says at least 38 soldiers, no fewer than 30 officers. More than 80 soldiers dead; " ..
            "over 5,200 people and upwards of 500 men."))
  end)

  it("treats nearly, almost, close to, just under as hedged upper bounds", function()
    assert.same({
      R("nearly forty", "<", "cardinal", 40, 36, 39, "soldiers", true),
      R("almost 80", "<", "cardinal", 80, 72, 79, "dead", true),
      R("close to 90", "<", "cardinal", 90, 81, 89, "sorties", true),
      R("just under 1,000", "<", "cardinal", 1000, 900, 999, "people", true),
      R("fewer than 20", "<", "cardinal", 20, nil, 19, "wounded"),
      R("under 18", "<", "cardinal", 18, nil, 17, "children"),
    }, nums("nearly forty soldiers, almost 80 dead, close to 90 sorties, just under 1,000 people, " ..
            "fewer than 20 wounded, under 18 children"))
  end)

  it("gives about/around/roughly/some/an estimated a ±10% band", function()
    assert.same({
      R("about 1,500", "~", "cardinal", 1500, 1350, 1650, "peacekeepers", true),
      R("around 50", "~", "cardinal", 50, 45, 55, "personnel", true),
      R("roughly 40", "~", "cardinal", 40, 36, 44, "tanks", true),
      R("Some 300", "~", "cardinal", 300, 270, 330, "soldiers", true),
      R("an estimated 1,200", "~", "cardinal", 1200, 1080, 1320, "refugees", true),
      R("approximately 7", "~", "cardinal", 7, 6, 8, "drones", true),
    }, nums("about 1,500 Lorvian peacekeepers, around 50 military personnel, roughly 40 tanks. " ..
            "Some 300 soldiers, an estimated 1,200 refugees, approximately 7 drones"))
  end)

  it("reads upper bounds: at most, up to, as many as, no more than", function()
    assert.same({
      R("at most 15", "<=", "cardinal", 15, nil, 15, "fighters"),
      R("up to 700", "<=", "cardinal", 700, nil, 700, "workers"),
      R("as many as 60", "<=", "cardinal", 60, nil, 60, "jets"),
      R("no more than 12", "<=", "cardinal", 12, nil, 12, "buses"),
    }, nums("at most 15 fighters, up to 700 contract workers, as many as 60 jets, no more than 12 buses"))
  end)

  it("reads ranges: X to Y, X-Y, between X and Y, one or two, X or Y", function()
    assert.same({
      R("10 to 12", "range", "cardinal", 10, 10, 12, "soldiers"),
      R("10-12", "range", "cardinal", 10, 10, 12, "soldiers"),
      R("between 20 and 30", "range", "cardinal", 20, 20, 30, "drones"),
      R("one or two", "range", "cardinal", 1, 1, 2, "fronts"),
      R("5 or 6", "range", "cardinal", 5, 5, 6, "buses"),
    }, nums("10 to 12 soldiers, 10-12 soldiers, between 20 and 30 drones, one or two fronts, 5 or 6 buses"))
  end)

  it("reads trailing qualifiers and combined bounds", function()
    assert.same({
      R("200 or more", ">=", "cardinal", 200, 200, nil, "people"),
      R("more than 10 and less than 20", "range", "cardinal", 10, 11, 19, nil),
    }, nums("200 or more people; more than 10 and less than 20."))
  end)
end)

describe("lede.numbers written numbers", function()
  it("reads words of any size and mixed forms", function()
    assert.same({
      R("fifty", "=", "cardinal", 50, 50, 50, "soldiers"),
      R("forty-two", "=", "cardinal", 42, 42, 42, "members"),
      R("one hundred and five", "=", "cardinal", 105, 105, 105, "troops"),
      R("two thousand", "=", "cardinal", 2000, 2000, 2000, "people"),
      R("1.5 million", "=", "cardinal", 1500000, 1500000, 1500000, "people"),
      R("3m", "=", "cardinal", 3000000, 3000000, 3000000, nil),
      R("a dozen", "=", "cardinal", 12, 12, 12, "men"),
      R("half a million", "=", "cardinal", 500000, 500000, 500000, "refugees"),
      R("twenty-one trillion and three hundred", "=", "cardinal", 21000000000300, 21000000000300, 21000000000300, nil),
    }, nums("fifty soldiers, forty-two members, one hundred and five troops, two thousand people, " ..
            "1.5 million people, 3m in aid, a dozen men, half a million refugees, twenty-one trillion and three hundred."))
  end)

  it("reads a couple of as about two", function()
    assert.same({ R("a couple", "~", "cardinal", 2, 2, 3, "tanks", true) }, nums("a couple of tanks"))
  end)

  it("reads more than a dozen wounded", function()
    assert.same({ R("more than a dozen", ">", "cardinal", 12, 13, nil, "wounded") },
      nums("the Samar army reported more than a dozen wounded"))
  end)

  it("does not take the pronoun one for a number", function()
    assert.same({}, nums("The one you mentioned is gone. That one is not."))
    assert.same({ R("One", "=", "cardinal", 1, 1, 1, "soldiers") }, nums("One of the soldiers died."))
  end)
end)

describe("lede.numbers kinds", function()
  it("reads ordinals, percentages and money", function()
    assert.same({
      { text = "12th", kind = "ordinal", value = 12 },
      { text = "twelfth", kind = "ordinal", value = 12 },
      { text = "twenty-first", kind = "ordinal", value = 21 },
      { text = "12%", kind = "percent", value = 12 },
      { text = "12 per cent", kind = "percent", value = 12 },
      { text = "12.5 percent", kind = "percent", value = 12.5 },
      { text = "$1.2bn", kind = "money", value = 1200000000, currency = "USD" },
      { text = "\u{20AC}40 million", kind = "money", value = 40000000, currency = "EUR" },
      { text = "300 manat", kind = "money", value = 300, currency = "AZN" },
    }, (function()
      local s = "the 12th brigade, the twelfth day, the twenty-first round; 12% voted, 12 per cent, " ..
        "12.5 percent; $1.2bn pledged and \u{20AC}40 million more, 300 manat"
      local out = {}
      for i, r in ipairs(lede.numbers(s)) do
        out[i] = { text = r.text, kind = r.kind, value = r.value, currency = r.currency }
      end
      return out
    end)())
  end)

  it("reads durations with TIMEX3 values", function()
    local out = {}
    for i, r in ipairs(lede.numbers("a six-week war, a 40-minute break, nearly two months, six weeks of fighting")) do
      out[i] = { text = r.text, kind = r.kind, value = r.value, duration = r.duration, op = r.op }
    end
    assert.same({
      { text = "six-week", kind = "duration", value = 6, duration = "P6W", op = "=" },
      { text = "40-minute", kind = "duration", value = 40, duration = "PT40M", op = "=" },
      { text = "nearly two months", kind = "duration", value = 2, duration = "P2M", op = "<" },
      { text = "six weeks", kind = "duration", value = 6, duration = "P6W", op = "=" },
    }, out)
  end)

  it("reads years, decades and year ranges", function()
    assert.same({
      R("2019", "=", "year", 2019, 2019, 2019, nil),
      R("1990s", "range", "year", 1990, 1990, 1999, nil),
      R("2019-2020", "range", "year", 2019, 2019, 2020, nil),
    }, nums("a war in 2019, clashes in the 1990s and the 2019-2020 talks"))
  end)

  it("marks dates and times as kind date", function()
    assert.same({
      R("9/14/2022", "=", "date", nil, nil, nil, nil),
      R("09:00", "=", "date", nil, nil, nil, nil),
      R("11", "=", "date", 11, 11, 11, nil),
      R("12", "=", "date", 12, 12, 12, nil),
      R("10:00 am", "=", "date", nil, nil, nil, nil),
    }, nums("on 9/14/2022 at 09:00, on March 11 and 12 March at 10:00 am Ostgrad time"))
  end)

  it("reads vague quantities with conservative minimums", function()
    local V = function(text, min, noun) return R(text, min and ">=" or "~", "vague", nil, min, nil, noun, true) end
    assert.same({
      V("Dozens", 24, "homes"), V("scores", 40, "people"), V("hundreds", 200, "troops"),
      V("thousands", 2000, "peacekeepers"), V("several", 3, "villages"), V("a few", 2, "shells"),
      V("a handful", 2, "drones"), V("many", nil, "civilians"), V("tens of thousands", 20000, "people"),
      V("several hundred", 300, "soldiers"),
    }, nums("Dozens of homes, scores of people, hundreds of troops, thousands of peacekeepers, " ..
            "several villages, a few shells, a handful of drones, many civilians, tens of thousands of people, " ..
            "several hundred soldiers"))
  end)
end)

describe("lede.numbers counted nouns", function()
  it("skips adjectives and keeps of-phrases", function()
    local recs = lede.numbers("Fifty Dravanian servicemen and four Keldorian troops died; 41 members of the Dravanian Army " ..
      "and 50 of its soldiers")
    assert.same({ "servicemen", "troops", "members", "soldiers" },
      { recs[1].noun, recs[2].noun, recs[3].noun, recs[4].noun })
    assert.equal("Dravanian servicemen", recs[1].np)
    assert.equal("the Dravanian Army", recs[3].of)
    assert.equal("its soldiers", recs[4].of)
  end)

  it("reads a participle before the head as a modifier, and the noun in a headline", function()
    assert.equal("soldiers", lede.numbers("more than 100 wounded soldiers")[1].noun)
    assert.equal("wounded", lede.numbers("more than 100 wounded.")[1].noun)
    local h = lede.numbers("Nearly 80 Troops Killed In Samar Highlands")[1]
    assert.same({ "Nearly 80", "troops", "Troops" }, { h.text, h.noun, h.np })
    local v = lede.numbers("roughly a dozen Lorvian armoured vehicles; dozens more")
    assert.same({ "vehicles", "Lorvian armoured vehicles" }, { v[1].noun, v[1].np })
    assert.is_nil(v[2].noun)
  end)

  it("reads o'clock as a time", function()
    assert.same({ R("ten o\u{2019}clock", "=", "date", 10, 10, 10, nil) }, nums("at ten o\u{2019}clock in Marsk"))
  end)
end)

describe("lede.numbers never counts", function()
  it("ignores phone numbers, codes, handles and links", function()
    assert.same({}, nums("COVID-19 and the G7 met; pic.twitter.com/YGr04UxVnG @KeldorToday7 " ..
      "call +1-222-2222/2222 or 555-123-4567, see https://example.org/a/2025/03/12?id=40"))
  end)
end)

describe("lede.numbers bad input", function()
  it("survives 10,000 digits, odd punctuation, invalid UTF-8, NUL and empty strings", function()
    local big = string.rep("9", 10000)
    local r = lede.numbers(big)
    assert.equal(1, #r)
    assert.equal(big, r[1].text)
    assert.is_nil(r[1].value)
    assert.is_true(r[1].inexact)
    assert.same({}, lede.numbers(""))
    local odd = "1,2,3,4 1..5 --5 \xff\xfe 12 \xc3\x28 \0 7 \u{4E03} 5"
    local recs = lede.numbers(odd)
    assert(SPANS_OK(odd, recs))
    local vals = {}
    for i, x in ipairs(recs) do vals[i] = x.value end
    assert.same({ 1, 2, 3, 4, 1, 5, 5, 12, 7, 5 }, vals)
  end)

  it("keeps values beyond 2^53 as floats with their text", function()
    local r = lede.numbers("123456789012345678901234567890 soldiers")[1]
    assert.equal("123456789012345678901234567890", r.text)
    assert.equal("float", math.type(r.value))
    assert.is_true(r.inexact)
  end)

  it("raises on a non-string argument", function()
    assert.has_error(function() lede.numbers({}) end)
  end)
end)

if HAVE_SHARED() then
  describe("lede.numbers on the seed articles", function()
    local function seed(name)
      local f = assert(io.open(SHARED .. "/seeds/" .. name, "rb"))
      local s = f:read("a"); f:close()
      return s, lede.numbers(s)
    end
    local function has(recs, text, op, value, min, max)
      for _, r in ipairs(recs) do
        if r.text == text and r.op == op and r.value == value and r.min == min and r.max == max then return true end
      end
      error(string.format("no %q op=%s value=%s min=%s max=%s", text, op, tostring(value), tostring(min), tostring(max)))
    end
    it("finds every casualty figure with its bounds", function()
      local s, r = seed("000_b993dcaac7b436b4.txt")
      assert(SPANS_OK(s, r))
      assert.is_true(has(r, "at least 100", ">=", 100, 100, nil))
      assert.is_true(has(r, "at least 49", ">=", 49, 49, nil))
      assert.is_true(has(r, "50", "=", 50, 50, 50))
      s, r = seed("001_6f5ca463d0d70fa5.txt")
      assert.is_true(has(r, "at least 49", ">=", 49, 49, nil))
      assert.is_true(has(r, "Fifty", "=", 50, 50, 50))
      assert.is_true(has(r, "42", "=", 42, 42, 42))
      assert.is_true(has(r, "at least 6,500", ">=", 6500, 6500, nil))
      s, r = seed("002_a9fb6e33af82c400.txt")
      assert.is_true(has(r, "More than 100", ">", 100, 101, nil))
      assert.is_true(has(r, "at least 105", ">=", 105, 105, nil))
      assert.is_true(has(r, "around 50", "~", 50, 45, 55))
      assert.is_true(has(r, "more than 6,500", ">", 6500, 6501, nil))
      s, r = seed("003_e8c4e3b9b69b28a6.txt")
      assert.is_true(has(r, "nearly fifty", "<", 50, 45, 49))
      assert.is_true(has(r, "50", "=", 50, 50, 50))
      assert.is_true(has(r, "More than 6,500", ">", 6500, 6501, nil))
      assert.is_true(has(r, "About 2,000", "~", 2000, 1800, 2200))
      assert.is_true(has(r, "more than a dozen", ">", 12, 13, nil))
      s, r = seed("004_5d0f107e35de4fc4.txt")
      assert.is_true(has(r, "Nearly 100", "<", 100, 90, 99))
      assert.is_true(has(r, "About 100", "~", 100, 90, 110))
      assert.is_true(has(r, "over 6,600", ">", 6600, 6601, nil))
      assert.is_true(has(r, "about 2,000", "~", 2000, 1800, 2200))
      assert.is_true(has(r, "four", "=", 4, 4, 4))
      assert.is_true(has(r, "43", "=", 43, 43, 43))
    end)
    it("never reads the tweet link, the dateline or the clock as counts", function()
      local _, r = seed("003_e8c4e3b9b69b28a6.txt")
      for _, x in ipairs(r) do
        assert.is_nil(x.text:find("YGr", 1, true))
        if x.text:find(":") then assert.equal("date", x.kind) end
      end
      local _, r0 = seed("000_b993dcaac7b436b4.txt")
      assert.equal("date", r0[1].kind)
      assert.equal("14/9/2022", r0[1].text)
    end)
  end)
end

describe("lede numbers (command)", function()
  it("writes JSON Lines records for standard input", function()
    local out, err, code = RUN_LEDE("numbers --format json -", "Keldoria says at least 38 of its soldiers were killed.\n")
    assert.equal(0, code, err)
    assert.equal('{"approx":false,"doc":"stdin","kind":"cardinal","min":38,"noun":"soldiers","np":"its soldiers",' ..
      '"of":"its soldiers","op":">=","start":15,"stop":25,"text":"at least 38","value":38}\n', out)
  end)
end)
