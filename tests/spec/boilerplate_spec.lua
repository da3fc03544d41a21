-- lede.boilerplate: page furniture with a reason; news lines are not flagged.
local lede = require "lede"

local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

-- { {text, reason}, ... } of the records, after checking their spans.
local function found(s)
  local r = lede.boilerplate(s)
  assert(SPANS_OK(s, r))
  local t = {}
  for i, x in ipairs(r) do
    assert.is_string(x.reason)
    t[i] = { x.text, x.reason }
  end
  return t
end

-- The texts of the records only.
local function lines(s)
  local t = {}
  for i, x in ipairs(found(s)) do t[i] = x[1] end
  return t
end

describe("lede.boilerplate", function()
  it("returns text, start, stop and reason", function()
    local s = "The guns fell silent.\n\nSource link\n"
    assert.same({ { text = "Source link", start = 24, stop = 34, reason = "source link" } }, lede.boilerplate(s))
  end)

  it("finds each kind of furniture with its reason", function()
    local s = table.concat({
      "Europe, News 1 Comment on More than 80 soldiers dead",
      "Clashes went on after the truce.",
      "Map of the highlands",
      "Map of the highlands. (Image Credit: Jo Lind/Highlands Review)",
      "Residents describe a night in cellars. pic.twitter.com/Qx7Lm2Vd9K",
      "\u{2014} Keldor Today (@KeldorToday) March 11, 2025",
      "Source: Web",
      "Read Also: Keldoria asks Lorvia for help",
      "Share this:",
      "Read more",
      "Related Articles",
      "1 Comment",
      "Leave a comment",
      "Copyright \u{A9} 2025 HSR - Highlands Security Review",
      "Subscribe to HSR News",
      "Enter your email address:",
      "News of max: headlines .Updated news 24/7: clips",
      "Exit mobile version",
      "Back to top button",
    }, "\n")
    assert.same({
      { "Europe, News 1 Comment on More than 80 soldiers dead", "category/comment line" },
      { "Map of the highlands", "image caption" },
      { "Map of the highlands. (Image Credit: Jo Lind/Highlands Review)", "image credit" },
      { "Residents describe a night in cellars. pic.twitter.com/Qx7Lm2Vd9K", "embedded-tweet link" },
      { "\u{2014} Keldor Today (@KeldorToday) March 11, 2025", "embedded-tweet signature" },
      { "Source: Web", "source link" },
      { "Read Also: Keldoria asks Lorvia for help", "related-articles link" },
      { "Share this:", "share/subscribe line" },
      { "Read more", "read-more link" },
      { "Related Articles", "related-articles link" },
      { "1 Comment", "comment counter" },
      { "Leave a comment", "comment counter" },
      { "Copyright \u{A9} 2025 HSR - Highlands Security Review", "copyright line" },
      { "Subscribe to HSR News", "share/subscribe line" },
      { "Enter your email address:", "share/subscribe line" },
      { "News of max: headlines .Updated news 24/7: clips", "aggregator blurb" },
      { "Exit mobile version", "mobile-version link" },
      { "Back to top button", "back-to-top link" },
    }, found(s))
  end)

  it("does not flag news sentences that look like furniture", function()
    local s = table.concat({
      "Share prices fell in Marsk after the clashes.",
      "Subscribers to the newsletter were told of the toll.",
      "Related talks in Ostgrad were postponed.",
      "Copyright lawyers in 2024 said the map was public.",
      "The ministry posted 1 comment on its website.",
      "Source: Keldor Today",
      "Dravania says it lost 41 servicemen; Keldoria says at least 38.",
      "ceasefire",
      "12/3/2025\u{2013}|Last update: 3/12/202509:41 AM (Ostgrad)",
    }, "\n")
    assert.same({}, lede.boilerplate(s))
  end)

  -- Every flagged line of the sample corpus, and nothing else: the news
  -- sentences of the corpus are not furniture.
  local sample = {
    ["01_keldor_today_border_clashes.txt"] = { "Share this article", "\u{A9} 2025 Keldor Today. All rights reserved." },
    ["02_valley_wire_ceasefire.txt"] = { "Share this:", "Read more" },
    ["03_daily_update_hub.txt"] = { "Source link",
      "News of max: world headlines around the clock, politics, business and culture .Updated news 24/7: breaking stories, photos and clips from every region.",
      "Related Articles", "Back to top button" },
    ["04_harbour_post_analysis.txt"] = { "Reporting by the Harbour Post foreign desk; editing by Dr. Nadia Ferrell." },
    ["05_northern_ledger_no_date.txt"] = { "Exit mobile version" },
    ["06_live_blog_tweet.txt"] = {
      "At least 38 Keldorian soldiers have died in the worst fighting with Dravania in years. Lorvia says both sides accepted a ceasefire. Residents of Tarvos describe a night spent in cellars. pic.twitter.com/Qx7Lm2Vd9K",
      "\u{2014} Keldor Today (@KeldorToday) March 11, 2025", "Source: Web",
      "Read Also: Keldoria asks Lorvia for help after night of shelling" },
    ["07_highlands_review.txt"] = { "Europe, News 1 Comment on More than 80 soldiers dead in Keldoria-Dravania border fighting",
      "Map of the Samar Highlands after the 2019 war",
      "Map of the Samar Highlands after the 2019 war. (Image Credit: Jo Lind/Highlands Review)",
      "Related Articles", "1 Comment", "Leave a comment", "Copyright \u{A9} 2025 HSR - Highlands Security Review",
      "Subscribe to HSR News", "Enter your email address:", "Back to Top" },
    ["08_keldor_today_toll_72.txt"] = { "Leave a comment" },
    ["09_valley_wire_un.txt"] = { "Subscribe to Valley Wire News" },
    ["10_northern_ledger_timeline.txt"] = { "Back to top" },
  }
  for file, want in pairs(sample) do
    it("finds exactly the furniture of data/sample/" .. file, function()
      assert.same(want, lines(slurp(SRC .. "/data/sample/" .. file)))
    end)
  end

  describe("bad input", function()
    it("returns an empty table for empty text", function()
      assert.same({}, lede.boilerplate(""))
    end)
    it("accepts invalid UTF-8 and NUL with exact offsets", function()
      local s = "\xFF\xFE\n\0Source link\0\n\xE9t\xE9"
      assert.same({ { text = "Source link", start = 5, stop = 15, reason = "source link" } }, lede.boilerplate(s))
    end)
    it("reads a 1 MB line once and flags nothing in prose", function()
      assert.same({}, lede.boilerplate(("word "):rep(200000)))
    end)
    it("raises on a non-string argument", function()
      assert.has_error(function() lede.boilerplate(nil) end)
    end)
  end)
end)

if HAVE_SHARED() then
  -- The furniture of the five real seed articles (checks, not project text).
  describe("lede.boilerplate on the seeds", function()
    local function seed(prefix)
      for name in io.popen("ls " .. SHARED .. "/seeds"):lines() do
        if name:sub(1, #prefix) == prefix then return slurp(SHARED .. "/seeds/" .. name) end
      end
      error("seed " .. prefix .. " not found")
    end
    local function has(recs, text, reason)
      for _, r in ipairs(recs) do
        if r.text == text and (not reason or r.reason == reason) then return true end
      end
      return false
    end
    it("finds seed 000 has no furniture lines", function()
      assert.same({}, lede.boilerplate(seed("000")))
    end)
    it("finds the aggregator footer of seed 001", function()
      local r = lede.boilerplate(seed("001"))
      assert.is_true(has(r, "Source link", "source link"))
      assert.is_true(has(r, "Related Articles", "related-articles link"))
      assert.is_true(has(r, "Back to top button", "back-to-top link"))
      local blurb = false
      for _, x in ipairs(r) do
        if x.reason == "aggregator blurb" and x.text:find("^News of max:") then blurb = true end
      end
      assert.is_true(blurb)
    end)
    it("finds the institute footer of seed 002", function()
      local r = lede.boilerplate(seed("002"))
      assert.is_true(has(r, "1 Comment", "comment counter"))
      assert.is_true(has(r, "Leave a comment", "comment counter"))
      assert.is_true(has(r, "Related Articles", "related-articles link"))
      assert.is_true(has(r, "Subscribe to IRIA News", "share/subscribe line"))
      assert.is_true(has(r, "Enter your email address:", "share/subscribe line"))
      assert.is_true(has(r, "Back to Top", "back-to-top link"))
      local copyright, credit, category = false, false, false
      for _, x in ipairs(r) do
        if x.reason == "copyright line" and x.text:find("^Copyright \u{A9} 2024") then copyright = true end
        if x.reason == "image credit" and x.text:find("(Image Credit:", 1, true) then credit = true end
        if x.reason == "category/comment line" and x.text:find("^Europe, News 1 Comment on ") then category = true end
      end
      assert.is_true(copyright)
      assert.is_true(credit)
      assert.is_true(category)
    end)
    it("finds the tweet and sources of seed 003", function()
      local r = lede.boilerplate(seed("003"))
      assert.is_true(has(r, "Source: Web", "source link"))
      assert.is_true(has(r, "\u{2014} Live News Now (@LiveNewsNow6) September 13, 2022", "embedded-tweet signature"))
      local readalso, link = false, false
      for _, x in ipairs(r) do
        if x.reason == "related-articles link" and x.text:find("^Read Also:") then readalso = true end
        if x.reason == "embedded-tweet link" and x.text:find("pic.twitter.com/", 1, true) then link = true end
      end
      assert.is_true(readalso)
      assert.is_true(link)
    end)
    it("finds only the mobile-version link in seed 004", function()
      assert.same({ "Exit mobile version" }, lines(seed("004")))
    end)
  end)
end
