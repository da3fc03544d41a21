-- dates_spec.lua: lede.dates, exact TIMEX3 records on sentences of the invented story.
local lede = require "lede"
local REF = "2025-03-12" -- a Wednesday: the first articles of the story appear that day

-- records of s as compact tables (the span checked separately)
local function got(s, opts)
  local recs = lede.dates(s, opts)
  assert(SPANS_OK(s, recs))
  return recs
end
local function got_records(s) return got(s, { ref = REF }) end
-- { text, type, value } of each record of s, read against ref (or default_ref)
local function triples(s, ref)
  local out = {}
  for _, d in ipairs(got(s, { ref = ref })) do out[#out + 1] = { d.text, d.type, d.value } end
  return out
end

local function one(s, opts)
  local r = got(s, opts)
  assert.equals(1, #r, "records found in: " .. s)
  return r[1]
end

describe("lede.dates explicit dates", function()
  it("reads every order and spelling", function()
    assert.same({ text = "March 11, 2025", start = 20, stop = 33, type = "DATE", value = "2025-03-11" },
      one("Keldor Today wrote March 11, 2025 in its lead.", { ref = REF }))
    assert.same({ text = "11 Mar 2025", start = 4, stop = 14, type = "DATE", value = "2025-03-11" },
      one("On 11 Mar 2025, Tarvos was shelled.", { ref = REF }))
    assert.same({ text = "Mar. 11", start = 1, stop = 7, type = "DATE", value = "2025-03-11" },
      one("Mar. 11 was the day", { ref = REF }))
    assert.same({ { text = "11/03/2025", start = 8, stop = 17, type = "DATE", value = "2025-03-11" },
                  { text = "13/03/2025", start = 39, stop = 48, type = "DATE", value = "2025-03-13" } },
      got("Posted 11/03/2025 by the Valley Wire; 13/03/2025 update.", { ref = REF }))
  end)
  it("ISO dates and times", function()
    assert.same({ text = "2025-03-11", start = 8, stop = 17, type = "DATE", value = "2025-03-11" }, one("Filed: 2025-03-11", { ref = REF }))
    assert.same("2025-03-11T09:00", one("stamp 2025-03-11T09:00", { ref = REF }).value)
  end)
  it("ordinal days", function()
    local r = one("It began on Mar 10th, officials said.", { ref = REF })
    assert.same({ "Mar 10th", "DATE", "2025-03-10" }, { r.text, r.type, r.value })
  end)
end)

describe("lede.dates times and zones", function()
  it("keeps a city's zone", function()
    assert.same({ text = "09:00 am Moscow time", start = 21, stop = 40, type = "TIME", value = "2025-03-12T09:00",
                  tz = "Europe/Moscow", zone_text = "Moscow time" },
      one("Guns fell silent at 09:00 am Moscow time.", { ref = REF }))
  end)
  it("keeps an unknown city's words without a zone", function()
    local r = one("a ceasefire from 10:00 am Ostgrad time", { ref = REF })
    assert.same({ text = "10:00 am Ostgrad time", type = "TIME", value = "2025-03-12T10:00", zone_text = "Ostgrad time" },
      { text = r.text, type = r.type, value = r.value, zone_text = r.zone_text, tz = r.tz })
  end)
  it("offsets and a bracketed city", function()
    assert.equals("+04:00", one("at 14:30 GMT+4", { ref = REF }).tz)
    local r = one("Last update: 3/12/2025 11:59 AM (Mecca)", { ref = REF })
    assert.same({ "TIME", "2025-03-12T11:59", "Asia/Riyadh", "Mecca" }, { r.type, r.value, r.tz, r.zone_text })
  end)
  it("a default zone for times that state none", function()
    assert.equals("Asia/Baku", one("at 7:15 pm", { ref = REF, tz = "Asia/Baku" }).tz)
  end)
end)

describe("lede.dates relative expressions", function()
  local cases = {
    { "Dravania said the attack came on Tuesday.", "Tuesday", "DATE", "2025-03-11" },
    { "Shelling resumed Wednesday morning.", "Wednesday morning", "TIME", "2025-03-12TMO" },
    { "Fighting raged Monday night near Ulmet.", "Monday night", "TIME", "2025-03-10TNI" },
    { "The envoy will arrive on Friday.", "Friday", "DATE", "2025-03-14" },
    { "They met last Friday.", "last Friday", "DATE", "2025-03-07" },
    { "They will meet next Monday.", "next Monday", "DATE", "2025-03-17" },
    { "They meet this Friday.", "this Friday", "DATE", "2025-03-14" },
    { "Kesany was hit yesterday.", "yesterday", "DATE", "2025-03-11" },
    { "The council meets today.", "today", "DATE", "2025-03-12" },
    { "More shelling is feared tonight.", "tonight", "TIME", "2025-03-12TNI" },
    { "a border shootout last week", "last week", "DATE", "2025-W10" },
    { "Vossik met Roeder last month.", "last month", "DATE", "2025-02" },
    { "Earlier this month the talks failed.", "Earlier this month", "DATE", "2025-03" },
    { "Dorn was shelled three days ago.", "three days ago", "DATE", "2025-03-09" },
    { "The army lost a soldier in August.", "August", "DATE", "2024-08" },
    { "a provocation on the night of March 10", "the night of March 10", "TIME", "2025-03-10TNI" },
    { "two wars in the 1990s", "the 1990s", "DATE", "199" },
    { "a six-week war", "six-week", "DURATION", "P6W" },
    { "The dispute has lasted for decades.", "decades", "DURATION", "PXY" },
    { "Lorvian peacekeepers are now in Tarvos.", "now", "DATE", "PRESENT_REF" },
    { "He is currently in Marsk.", "currently", "DATE", "PRESENT_REF" },
    { "She recently left Velgrad.", "recently", "DATE", "PAST_REF" },
    { "He formerly led the army.", "formerly", "DATE", "PAST_REF" },
    { "Patrols run every week.", "every week", "SET", "P1W" },
    { "The mission reports daily.", "daily", "SET", "P1D" },
  }
  for _, c in ipairs(cases) do
    it(c[1], function()
      local r = one(c[1], { ref = REF })
      assert.same({ c[2], c[3], c[4] }, { r.text, r.type, r.value })
    end)
  end
  it("On Tuesday with ref 2024-03-14 is 2024-03-12", function()
    assert.equals("2024-03-12", one("On Tuesday, the ministry said", { ref = "2024-03-14" }).value)
  end)
  it("early on Tuesday carries mod START", function()
    local r = one("Vossik spoke in parliament early on Tuesday.", { ref = REF })
    assert.same({ "early on Tuesday", "DATE", "2025-03-11", "START" }, { r.text, r.type, r.value, r.mod })
  end)
  it("hedged durations carry their mod", function()
    local r = one("a lull of more than four hours", { ref = REF })
    assert.same({ "more than four hours", "DURATION", "PT4H", "MORE_THAN" }, { r.text, r.type, r.value, r.mod })
  end)
  it("stay underspecified without a reference date", function()
    assert.equals("XXXX-WXX-2", one("On Tuesday, the ministry said").value)
    assert.equals("XXXX-03-10", one("a skirmish on March 10").value)
    assert.equals("XXXX-WXX", one("last week").value)
  end)
end)

describe("lede.dates more forms", function()
  local cases = {
    { "Mamedli spoke on 12 March 2025 at 14:30 GMT+4.", { { "12 March 2025 at 14:30 GMT+4", "TIME", "2025-03-12T14:30" } } },
    { "Exports fell in the third quarter.", { { "the third quarter", "DATE", "2024-Q3" } } },
    { "Profit rose in the quarter.", { { "the quarter", "DATE", "2024-Q4" } } },
    { "The talks began last fall.", { { "last fall", "DATE", "2024-FA" } } },
    { "Peace held until Christmas 2024.", { { "Christmas 2024", "DATE", "2024-12-25" } } },
    { "a war in the early 1990s", { { "the early 1990s", "DATE", "199", "START" } } },
    { "in mid-2019", { { "mid-2019", "DATE", "2019", "MID" } } },
    { "Markets open on Mondays.", { { "Mondays", "SET", "XXXX-WXX-1" } } },
    { "a 40-minute lull", { { "40-minute", "DURATION", "PT40M" } } },
    { "about 1,500 peacekeepers arrived two weeks ago", { { "two weeks ago", "DATE", "2025-W09" } } },
    { "Talks ran March 10-12.", { { "March 10", "DATE", "2025-03-10" }, { "12", "DATE", "2025-03-12" } } },
    { "the 20th century", { { "the 20th century", "DATE", "19" } } },
    { "He was 6-year-old Ani's uncle; three-quarters agreed.", {} },
  }
  for _, c in ipairs(cases) do
    it(c[1], function()
      local got = {}
      for _, r in ipairs(got_records(c[1])) do got[#got + 1] = { r.text, r.type, r.value, r.mod } end
      assert.same(c[2], got)
    end)
  end
end)

describe("lede.dates ranges", function()
  it("between Monday night and Tuesday morning gives two ends", function()
    local s = "Keldoria escalated between Monday night and Tuesday morning, Velgrad said."
    local r = got(s, { ref = REF })
    assert.same({
      { text = "Monday night", start = 28, stop = 39, type = "TIME", value = "2025-03-10TNI", range = "start" },
      { text = "Tuesday morning", start = 45, stop = 59, type = "TIME", value = "2025-03-11TMO", range = "end" },
    }, r)
  end)
end)

describe("lede.dates ambiguous numeric dates", function()
  it("flags 3/4/2025 when nothing decides", function()
    local r = one("The memo of 3/4/2025", { ref = REF })
    assert.same({ "2025-03-04", true }, { r.value, r.ambiguous })
  end)
  it("decides from another date of the text", function()
    local r = got("Dated 3/4/2025 and 25/4/2025.", { ref = REF })
    assert.same({ "2025-04-03", "2025-04-25" }, { r[1].value, r[2].value })
    assert.is_nil(r[1].ambiguous)
  end)
  it("decides from the written order", function()
    local r = got("On 10 March the 3/4/2025 memo", { ref = REF })
    assert.equals("2025-04-03", r[2].value)
  end)
  it("opts.order forces an order", function()
    local r = one("3/4/2025", { order = "dmy" })
    assert.same({ "2025-04-03" }, { r.value })
    assert.is_nil(r.ambiguous)
  end)
end)

describe("lede.dates bad input", function()
  it("impossible dates and times give no match", function()
    assert.same({}, lede.dates("on February 30, 2025", { ref = REF }))
    assert.same({}, lede.dates("at 25:99 local", { ref = REF }))
    assert.same({}, lede.dates("in the year 99999", { ref = REF }))
    assert.same({}, lede.dates("in 44 BC and on 0000-01-01", { ref = REF }))
    assert.same({}, lede.dates(""))
  end)
  it("invalid UTF-8 and NULs around a date", function()
    local s = "\xff\xfe on\0Tuesday \x80"
    local r = got(s, { ref = REF })
    assert.same({ "Tuesday", "2025-03-11" }, { r[1].text, r[1].value })
  end)
  it("a 1 MB run of digits and slashes", function()
    local s = string.rep("12/34/5", 150000)
    assert.same({}, lede.dates(s, { ref = REF }))
  end)
  it("raises for an invalid ref, an unknown option or a wrong type", function()
    assert.has_error(function() lede.dates("Tuesday", { ref = "2025-02-30" }) end)
    assert.has_error(function() lede.dates("Tuesday", { ref = "yesterday" }) end)
    assert.has_error(function() lede.dates("Tuesday", { bogus = 1 }) end)
    assert.has_error(function() lede.dates("Tuesday", { order = "ymd" }) end)
    assert.has_error(function() lede.dates(nil) end)
  end)
end)

if HAVE_SHARED() then
  describe("lede.dates on the seed articles", function()
    local function read(p) local f = assert(io.open(p, "rb")); local s = f:read("a"); f:close(); return s end
    it("puts 'on Tuesday' at 2022-09-13 and 'in 2020' at 2020", function()
      local tuesday, y2020 = 0, 0
      for _, name in ipairs { "000_b993dcaac7b436b4", "001_6f5ca463d0d70fa5", "002_a9fb6e33af82c400",
                              "003_e8c4e3b9b69b28a6", "004_5d0f107e35de4fc4" } do
        local s = read(SHARED .. "/seeds/" .. name .. ".txt")
        local recs = lede.dates(s, { ref = "2022-09-14" })
        assert(SPANS_OK(s, recs))
        for _, r in ipairs(recs) do
          local before = s:sub(math.max(1, r.start - 3), r.start - 1)
          if r.text == "Tuesday" and before:lower() == "on " then
            assert.equals("2022-09-13", r.value); tuesday = tuesday + 1
          end
          if r.text == "2020" and before == "in " then
            assert.equals("2020", r.value); y2020 = y2020 + 1
          end
        end
      end
      assert.is_true(tuesday >= 5)
      assert.is_true(y2020 >= 3)
    end)
  end)
end

describe("lede.dates with an estimated reference (opts.ref_estimated)", function()
  -- the reference is the latest date the article names (Tuesday 2025-03-11):
  -- the article was written that day or later
  local function vals(s, est)
    local out = {}
    for _, r in ipairs(got(s, { ref = "2025-03-11", ref_estimated = est })) do out[#out + 1] = { r.text, r.value } end
    return out
  end
  local s = "Shells fell on Tarvos on Wednesday, after the March 11 talks. Kesany was quiet on Sunday."
  it("a weekday up to two days after it resolves forward", function()
    assert.same({ { "Wednesday", "2025-03-12" }, { "March 11", "2025-03-11" }, { "Sunday", "2025-03-09" } }, vals(s, true))
  end)
  it("and to the most recent such day when the reference is the article's date", function()
    assert.same({ { "Wednesday", "2025-03-05" }, { "March 11", "2025-03-11" }, { "Sunday", "2025-03-09" } }, vals(s, false))
  end)
  it("Thursday is two days ahead, Friday three: it stays a week back", function()
    assert.same({ { "Thursday", "2025-03-13" } }, vals("The envoy left on Thursday.", true))
    assert.same({ { "Friday", "2025-03-07" } }, vals("The envoy left on Friday.", true))
  end)
  it("a weekday with last/next keeps its rule", function()
    assert.same({ { "last Wednesday", "2025-03-05" } }, vals("The envoy left last Wednesday.", true))
  end)
end)

describe("lede.dates tense cues (ref Wednesday 2025-03-12)", function()
  local cases = {
    -- a participle after "be" is not a past cue; the modal before it decides
    { "Final results will be published in August.", { { "August", "DATE", "2025-08" } } },
    { "Officials could not be reached Tuesday.", { { "Tuesday", "DATE", "2025-03-11" } } },
    -- "to" + verb after set/is/agreed/expected...: the time is ahead
    { "Talks are set to resume Monday.", { { "Monday", "DATE", "2025-03-17" } } },
    { "The summit is to open on Friday in Ostgrad.", { { "Friday", "DATE", "2025-03-14" } } },
    { "The ministry decided to close the road in early April.", { { "early April", "DATE", "2025-04", "START" } } },
    -- ... unless "had" put the plan in the past
    { "The ceasefire had been due to expire Friday evening.", { { "Friday evening", "TIME", "2025-03-07TEV" } } },
    -- plan words count only before "to" or an article
    { "On Friday the envoy's holiday plans fell apart.", { { "Friday", "DATE", "2025-03-07" } } },
    { "A rally planned for Saturday in Marsk was called off.", { { "Saturday", "DATE", "2025-03-08" } } },
    { "Protesters planned a rally in Marsk on Saturday.", { { "Saturday", "DATE", "2025-03-15" } } },
    { "The UN mission expects to report in mid-June.", { { "mid-June", "DATE", "2025-06", "MID" } } },
    { "A summit set for May was announced.", { { "May", "DATE", "2025-05" } } },
    -- "until", "as early as", "as soon as" right before a day look ahead; a sentence-initial "Until" does not
    { "The army gave the villagers until Friday to leave.", { { "Friday", "DATE", "2025-03-14" } } },
    { "Until Friday, the road was open.", { { "Friday", "DATE", "2025-03-07" } } },
    { "The envoy could arrive as early as Friday.", { { "Friday", "DATE", "2025-03-14" } } },
    -- irregular past forms are past cues
    { "In June, the army brought in new tanks.", { { "June", "DATE", "2024-06" } } },
    { "In June, new tanks arrive.", { { "June", "DATE", "2025-06" } } },
    -- a tense cue prefers its direction: a distance against it counts three times
    { "Dealers placed orders for April deliveries.", { { "April", "DATE", "2025-04" } } },
    { "Dealers placed orders for June deliveries.", { { "June", "DATE", "2024-06" } } },
    { "The envoy said talks would resume in February.", { { "February", "DATE", "2025-02" } } },
    { "The envoy said talks would resume in November.", { { "November", "DATE", "2025-11" } } },
    { "Donors hoped she would bring aid for victims of the March 8 blast.", { { "March 8", "DATE", "2025-03-08" } } },
    { "Vossik will visit Ostgrad on March 20.", { { "March 20", "DATE", "2025-03-20" } } },
  }
  for _, c in ipairs(cases) do
    it(c[1], function()
      local got = {}
      for _, r in ipairs(got_records(c[1])) do got[#got + 1] = { r.text, r.type, r.value, r.mod } end
      assert.same(c[2], got)
    end)
  end
end)

describe("lede.dates financial report phrases (ref 2025-03-12)", function()
  local cases = {
    { "Velgrad Steel earned $4 million in fiscal 2024.", { { "fiscal 2024", "DATE", "2024" } } },
    { "above fiscal 2023 sales of $15 million", { { "fiscal 2023", "DATE", "2023" } } },
    { "For the year ended Sept. 30, profit rose.", { { "the year", "DURATION", "P1Y" }, { "Sept. 30", "DATE", "2024-09-30" } } },
    { "Revenue for the fiscal year ending June 30 fell.", { { "the fiscal year", "DURATION", "P1Y" }, { "June 30", "DATE", "2025-06-30" } } },
    { "For the year, volume was flat.", { { "the year", "DATE", "2025" } } },
    { "It expects a loss for the full year.", { { "the full year", "DATE", "2025" } } },
    { "Sales fell in the year before.", {} },
    -- a year's quarter; the quarter being reported a year before; halves
    { "Net rose 8% in this year's third quarter.", { { "this year's third quarter", "DATE", "2025-Q3" } } },
    { "Orders for next year’s first quarter doubled.", { { "next year’s first quarter", "DATE", "2026-Q1" } } },
    -- (the quarter being reported on 2025-03-12 is 2024-Q4)
    { "Net fell from last year's quarter.", { { "last year's quarter", "DATE", "2023-Q4" } } },
    { "Sales rose from the quarter a year ago.", { { "the quarter a year ago", "DATE", "2023-Q4" } } },
    { "Profit was flat against the 2024 quarter.", { { "the 2024 quarter", "DATE", "2024-Q4" } } },
    { "Growth slowed in the last half of 2024.", { { "the last half of 2024", "DATE", "2024-H2" } } },
    { "It sees a loss in the first two quarters of 2026.", { { "the first two quarters of 2026", "DATE", "2026-H1" } } },
    { "Sales grew in the last half of the '80s.", { { "the '80s", "DATE", "198" } } },
  }
  for _, c in ipairs(cases) do
    it(c[1], function()
      local got = {}
      for _, r in ipairs(got_records(c[1])) do got[#got + 1] = { r.text, r.type, r.value, r.mod } end
      assert.same(c[2], got)
    end)
  end
end)

describe("lede.dates anaphora, holidays and clock times (ref Wednesday 2025-03-12)", function()
  local cases = {
    -- years and counts in words, units with "more", "additional", "trading"
    { "Work must end by the year two thousand.", { { "the year two thousand", "DATE", "2000" } } },
    { "Two thousand people marched in Marsk.", {} },
    { "The plant needs at least 20 more years.", { { "at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE" } } },
    { "Eight trading days later the index fell.", { { "Eight trading days", "DURATION", "P8D" } } },
    { "Profit fell in the current fiscal year.", { { "the current fiscal year", "DATE", "2025" } } },
    -- an ordinal and an age are no times; "the week" names a week the text does not date
    { "A second convoy reached Dorn.", {} },
    { "The envoy, 52 years old, arrived.", {} },
    { "The envoy paused for a second.", { { "a second", "DURATION", "PT1S" } } },
    { "For the week, the index fell 3.8%.", { { "the week", "DATE", "2025-WXX" } } },
    { "A hearing is set for the week of March 17.", { { "the week of March 17", "DATE", "2025-W12" } } },
    { "In the week before the vote, Dorn was shelled.", {} },
    -- halves in words
    { "The vote took a minute and a half.", { { "a minute and a half", "DURATION", "PT1M30S" } } },
    { "Talks lasted an hour and a half.", { { "an hour and a half", "DURATION", "PT1H30M" } } },
    { "He served two and a half years in Marsk.", { { "two and a half years", "DURATION", "P2Y6M" } } },
    -- counted from the last date the text resolved
    { "The war began in 2019. The following year, a truce was signed.", { { "2019", "DATE", "2019" }, { "The following year", "DATE", "2020" } } },
    { "Talks opened in June 2023; the previous month, Dorn was shelled.", { { "June 2023", "DATE", "2023-06" }, { "the previous month", "DATE", "2023-05" } } },
    { "Tarvos fell on March 10, 2023. The next day, Ulmet fell.", { { "March 10, 2023", "DATE", "2023-03-10" }, { "The next day", "DATE", "2023-03-11" } } },
    { "Vossik was elected in 2018; later that year he visited Marsk.", { { "2018", "DATE", "2018" }, { "later that year", "DATE", "2018" } } },
    { "On May 4, 2024 the army withdrew. That day, Kesany was quiet.", { { "May 4, 2024", "DATE", "2024-05-04" }, { "That day", "DATE", "2024-05-04" } } },
    { "Dorn was shelled in 2021 and again the same year.", { { "2021", "DATE", "2021" }, { "the same year", "DATE", "2021" } } },
    -- without an earlier date, the reference date
    { "That day, Kesany was quiet.", { { "That day", "DATE", "2025-03-12" } } },
    -- holidays without a year resolve like a month and day; "last"/"next" before them
    { "The boy was found on Thanksgiving Day.", { { "Thanksgiving Day", "DATE", "2024-11-28" } } },
    { "The truce broke down last Christmas.", { { "last Christmas", "DATE", "2024-12-25" } } },
    { "The envoy will return at Easter.", { { "Easter", "DATE", "2025-04-20" } } },
    -- the dots of "a.m." do not cut the sentence the tense cue is in
    { "Villagers have until 9 a.m. Friday to leave.", { { "9 a.m. Friday", "TIME", "2025-03-14T09:00" } } },
  }
  for _, c in ipairs(cases) do
    it(c[1], function()
      local got = {}
      for _, r in ipairs(got_records(c[1])) do got[#got + 1] = { r.text, r.type, r.value, r.mod } end
      assert.same(c[2], got)
    end)
  end
end)

describe("lede.dates duration spans as TimeML marks them (ref 2025-03-12)", function()
  local cases = {
    { "Exports rose 4% in the first nine months.", { { "the first nine months", "DURATION", "P9M" } } },
    { "In the six months since, Dorn was rebuilt.", { { "the six months", "DURATION", "P6M" } } },
    { "The mission will report within a week.", { { "a week", "DURATION", "P1W" } } },
    { "Lorvia promised a decision within weeks.", { { "weeks", "DURATION", "PXW" } } },
    { "the two-week offensive", { { "two-week", "DURATION", "P2W" } } },
  }
  for _, c in ipairs(cases) do
    it(c[1], function()
      local got = {}
      for _, r in ipairs(got_records(c[1])) do got[#got + 1] = { r.text, r.type, r.value, r.mod } end
      assert.same(c[2], got)
    end)
  end
end)

describe("lede.dates halves, fractions and quoted Today (ref 2025-03-12)", function()
  local cases = {
    { "The shelling lasted 5 1/2 hours.", { { "5 1/2 hours", "DURATION", "PT5H30M" } } },
    { "a war of 2 1/2 years", { { "2 1/2 years", "DURATION", "P2Y6M" } } },
    { "Lorvia holds more than a quarter of the seats.", {} },
    { "Profit doubled in the first quarter of 2024.", { { "the first quarter of 2024", "DATE", "2024-Q1" } } },
    { "``Today, we mourn,'' Vossik said.", { { "Today", "DATE", "2025-03-12" } } },
    { "She told Keldor Today about it.", {} },
  }
  for _, c in ipairs(cases) do
    it(c[1], function()
      local got = {}
      for _, r in ipairs(got_records(c[1])) do got[#got + 1] = { r.text, r.type, r.value, r.mod } end
      assert.same(c[2], got)
    end)
  end
end)

describe("lede.dates: the reference date as evidence of day/month order", function()
  local function vals(s, ref)
    local out = {}
    for _, d in ipairs(lede.dates(s, { ref = ref })) do out[#out + 1] = { d.text, d.value, d.ambiguous or false } end
    return out
  end

  it("reads a garbled header whose two copies use both orders as the article's own date", function()
    assert.same({ { "12/3/2025", "2025-03-12", false }, { "3/12/202509:41 AM", "2025-03-12T09:41", false },
                  { "March 20", "2025-03-20", false } },
      vals("12/3/2025\u{2013}|Last update: 3/12/202509:41 AM (Ostgrad)\nTalks resume on March 20.", "2025-03-12"))
  end)

  it("takes the order of a date that is the reference date for the text's other numeric dates", function()
    assert.same({ { "4/3/2025", "2025-03-04", false }, { "5/3/2025", "2025-03-05", false } },
      vals("Filed 4/3/2025. The vote was on 5/3/2025.", "2025-03-04"))
  end)

  it("leaves them month-first and ambiguous without a reference date", function()
    assert.same({ { "4/3/2025", "2025-04-03", true }, { "5/3/2025", "2025-05-03", true } },
      vals("Filed 4/3/2025. The vote was on 5/3/2025."))
  end)

  it("does not let the reference date overrule a numeric date with a part above 12", function()
    assert.same({ { "13/3/2025", "2025-03-13", false }, { "4/3/2025", "2025-03-04", false } },
      vals("Filed 13/3/2025. Signed 4/3/2025.", "2025-04-03"))
  end)
end)

describe("lede.dates: ISO weeks, seasons with 'the', titles, 'a year-earlier'", function()
  local vals = triples

  it("counts weeks from the ISO week of a Sunday reference date (Sunday ends its week)", function()
    -- 2025-03-16 is the Sunday of ISO week 11
    assert.same({ { "Last week", "DATE", "2025-W10" }, { "this week", "DATE", "2025-W11" } },
      vals("Last week Dorn was shelled, and this week the talks resumed.", "2025-03-16"))
  end)

  it("reads 'the summer' as the latest summer, 'the spring' ahead in a future sentence", function()
    assert.same({ { "the summer", "DATE", "2024-SU" }, { "the early spring", "DATE", "2025-SP" } },
      vals("Exports slowed over the summer. Talks will resume in the early spring.", "2024-11-20"))
  end)

  it("does not read 'the fall of' or a verb 'fall' as a season", function()
    assert.same({}, vals("After the fall of Dorn, prices could fall further.", "2024-11-20"))
  end)

  it("skips programme titles with a capitalised unit inside a sentence", function()
    assert.same({ { "Sunday", "DATE", "2024-11-17" } },
      vals("Vossik said on KTV's \"This Week\" on Sunday that CBS's \"60 Minutes\" erred.", "2024-11-20"))
  end)

  it("gives 'a year-earlier loss' the date 'year-earlier', not a one-year duration", function()
    local r = vals("Marsk Rail posted a third-quarter profit, against a year-earlier loss.", "2024-11-20")
    assert.same({ "year-earlier", "DATE" }, { r[#r][1], r[#r][2] })
    for _, x in ipairs(r) do assert.are_not.equal("a year", x[1]) end
  end)

  it("writes decades the TIMEX3 way, as their first three digits", function()
    assert.same({ { "the nineties", "DATE", "199" }, { "the 1980s", "DATE", "198" } },
      vals("Rents rose in the nineties after falling in the 1980s.", "2024-11-20"))
  end)
end)

describe("lede.dates: spelled years, parts of days, anchored weekdays, deadlines (ref Thursday 2024-11-21)", function()
  local REF4 = "2024-11-21"
  local function vals(s, ref) return triples(s, ref or REF4) end

  it("joins a month or a season to a year written in words (transcripts)", function()
    assert.same({ { "January nineteen ninety-seven", "DATE", "1997-01" }, { "the winter of nineteen ninety-four", "DATE", "1994-WI" } },
      vals("It began in January nineteen ninety-seven, not in the winter of nineteen ninety-four."))
  end)

  it("reads 'mid-afternoon yesterday' and 'mid afternoon' alone as parts of a day", function()
    local r = got("Shelling resumed mid-afternoon yesterday. By mid afternoon, Dorn was quiet.", { ref = REF4 })
    assert.same({ "mid-afternoon yesterday", "TIME", "2024-11-20TAF", "MID" }, { r[1].text, r[1].type, r[1].value, r[1].mod })
    assert.same({ "mid afternoon", "TIME", "2024-11-21TAF" }, { r[2].text, r[2].type, r[2].value })
  end)

  it("keeps 'or so' inside 'a week or so ago'", function()
    assert.same({ { "a week or so ago", "DATE", "2024-W46" } }, vals("The convoy left a week or so ago."))
  end)

  it("reads 'these days' as the present and 'the near term' as the future, not 'long-term debt'", function()
    assert.same({ { "these days", "DATE", "PRESENT_REF" }, { "the near term", "DATE", "FUTURE_REF" } },
      vals("Fuel is scarce these days, and long-term debt will not ease in the near term."))
  end)

  it("moves a day before or after the day it names", function()
    assert.same({ { "the day before last Tuesday", "DATE", "2024-11-18" }, { "the day after Christmas", "DATE", "2024-12-26" } },
      vals("Talks broke down the day before last Tuesday; they will resume the day after Christmas."))
  end)

  it("gives 'Easter week' the ISO week of Easter and 'Election Day' the US one", function()
    -- Easter 2024 was Sunday 31 March (ISO week 13); the US election of 2024 was Tuesday 5 November
    assert.same({ { "Easter week", "DATE", "2024-W13" } }, vals("Rallies grew after Easter week.", "2024-04-10"))
    assert.same({ { "Election Day", "DATE", "2024-11-05" } }, vals("Rallies peaked on Election Day."))
    assert.same({}, vals("Election results were delayed."))
  end)

  it("reads a bare month after 'by' as a deadline ahead", function()
    assert.same({ { "February", "DATE", "2025-02" } }, vals("The ministry must repay the bridge loan by February."))
  end)

  it("puts a date after 'ended' on or before the reference date", function()
    assert.same({ { "the fiscal year", "DURATION", "P1Y" }, { "Jan. 31", "DATE", "2024-01-31" } },
      vals("In the fiscal year ended Jan. 31, Marsk Rail lost money."))
  end)

  it("does not take an 'un-' adjective in -ed for a past verb", function()
    assert.same({ { "January", "DATE", "2025-01" } }, vals("The dividend would be paid on an unspecified date in January."))
  end)

  it("resolves a possessive weekday as an event already reported, unless something looks ahead to it", function()
    assert.same({ { "Tuesday", "DATE", "2024-11-19" } }, vals("Lawyers would look for ways to get around Tuesday's ruling."))
    assert.same({ { "Sunday", "DATE", "2024-11-24" } }, vals("Parties campaigned ahead of Sunday's vote."))
  end)

  it("counts 'the previous Friday' and 'the following Monday' from the last day the text named", function()
    assert.same({ { "Friday", "DATE", "2024-11-15" }, { "the previous Friday", "DATE", "2024-11-08" } },
      vals("Dorn's index fell Friday, down 4% from the previous Friday."))
    assert.same({ { "May 3, 2024", "DATE", "2024-05-03" }, { "The following Monday", "DATE", "2024-05-06" } },
      vals("He arrived on May 3, 2024. The following Monday he left."))
  end)

  it("does not let 'overnight' become the day later phrases count from", function()
    assert.same({ { "Friday", "DATE", "2024-11-15" }, { "overnight", "TIME", "2024-11-21TNI" }, { "the previous Friday", "DATE", "2024-11-08" } },
      vals("Shares closed lower Friday after overnight losses, down 2% from the previous Friday."))
  end)

  it("reads 'the corresponding period last year' in a quarterly report as the reported quarter a year before", function()
    assert.same({ { "third-quarter", "DATE", "2024-Q3" }, { "the corresponding period last year", "DATE", "2023-Q3" } },
      vals("Marsk Rail's third-quarter profit rose 5% from the corresponding period last year."))
  end)

  it("does not read a named march as the month", function()
    assert.same({}, vals("Thousands joined the annual March for Peace in Dorn."))
    assert.same({ { "March", "DATE", "2024-03" } }, vals("He resigned in March for health reasons."))
  end)

  it("lets a past verb reach at most one month ahead", function()
    assert.same({ { "January", "DATE", "2024-01" }, { "December", "DATE", "2024-12" } },
      vals("The operator changed its fiscal year in January. It was founded in December."))
  end)
end)

describe("lede.dates: ordinal days, vague spans, names with years, elided 'last' (ref Thursday 2024-11-21)", function()
  local function vals(s, ref) return triples(s, ref or "2024-11-21") end

  it("reads a day written as an ordinal word after the month", function()
    assert.same({ { "March eighth", "DATE", "2025-03-08" }, { "March twenty-first, 2023", "DATE", "2023-03-21" } },
      vals("The march is set for March eighth; the last one was on March twenty-first, 2023."))
    assert.same({ { "March", "DATE", "2024-03" }, { "first-quarter", "DATE", "2024-Q1" } }, vals("Sales fell in March first-quarter trading."))
  end)

  it("counts 'the next couple of years' as two years", function()
    assert.same({ { "the next couple of years", "DURATION", "P2Y" } }, vals("Rebuilding Dorn will take the next couple of years."))
  end)

  it("reads 'at a later date' as the future", function()
    assert.same({ { "a later date", "DATE", "FUTURE_REF" } }, vals("The talks will resume at a later date."))
  end)

  it("reads 'in years' as 'for years', but not 'in years past'", function()
    assert.same({ { "years", "DURATION", "PXY" } }, vals("Exports grew for the first time in years."))
    assert.same({}, vals("As in years past, the fair opened."))
  end)

  it("takes 'several quarters of losses' for a time, 'three quarters of the seats' for a fraction", function()
    assert.same({ { "several quarters", "DURATION", "PXQ" } }, vals("Marsk Rail is profitable after several quarters of losses."))
    assert.same({}, vals("The bloc won three quarters of the seats."))
  end)

  it("leaves a year that follows a name inside the name", function()
    assert.same({ { "1980", "DATE", "1980" } }, vals("He founded Orion 1980, a satellite maker, in 1980."))
  end)

  it("puts a bare clock time on the last day the text named", function()
    assert.same({ { "Oct. 23", "DATE", "2024-10-23" }, { "10 p.m.", "TIME", "2024-10-23T22:00" } },
      vals("The doctor was shot on Oct. 23. Police arrived at 10 p.m."))
    -- but not a bare midnight: after "Monday night" it would begin the next day
    assert.same({ { "Monday night", "TIME", "2024-11-18TNI" }, { "midnight", "TIME", "2024-11-21T00:00" } },
      vals("Monday night. Shortly after midnight, shelling began."))
  end)

  it("reads 'the past decade' as ten years up to now and 'the last decade' as the decade before", function()
    assert.same({ { "the past decade", "DURATION", "P10Y" }, { "the last decade", "DATE", "201" } },
      vals("Rents doubled over the past decade, as they had in the last decade."))
  end)

  it("keeps 'the year' before 'of $...' (a high for the year)", function()
    assert.same({ { "the year", "DATE", "2024" } }, vals("Shares hit a high for the year of $42.88."))
    assert.same({}, vals("That was the year of his birth."))
  end)

  it("reads 'the then current price' as a past present, and 'will one day' as the future", function()
    assert.same({ { "then-current", "DATE", "PAST_REF" } }, vals("Holders may buy at half the then-current price."))
    assert.same({ { "one day", "DATE", "FUTURE_REF" } }, vals("Dorn could one day host the talks."))
    assert.same({ { "one day", "DURATION", "P1D" } }, vals("The strike will last one day."))
  end)

  it("reads an elided 'last' after 'this year as' or 'this month than'", function()
    assert.same({ { "this year", "DATE", "2024" }, { "last", "DATE", "2023" } }, vals("The dividend is twice as high this year as last."))
    assert.same({ { "this month", "DATE", "2024-11" }, { "last", "DATE", "2024-10" } }, vals("More fled this month than last."))
  end)
end)
