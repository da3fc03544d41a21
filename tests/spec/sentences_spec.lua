-- lede.sentences: exact sentence texts and spans (1-based inclusive).
local lede = require "lede"

local function texts(s)
  local r = lede.sentences(s)
  assert(SPANS_OK(s, r))
  local t = {}
  for i, x in ipairs(r) do t[i] = x.text end
  return t
end

describe("lede.sentences", function()
  it("returns text, start and stop for each sentence", function()
    local s = "  Hello there.  Next.  "
    assert.same({ { text = "Hello there.", start = 3, stop = 14 }, { text = "Next.", start = 17, stop = 21 } },
      lede.sentences(s))
  end)

  it("splits the interface check text into three sentences", function()
    local s = "On Tuesday, the ministry said at least 12 soldiers were killed near Vardenis, while officials " ..
      "in Baku reported nearly forty wounded. \u{201C}We will not retreat,\u{201D} General Mira Osei told reporters. " ..
      "About 2,000 people fled between 10 and 12 March."
    assert.same({
      "On Tuesday, the ministry said at least 12 soldiers were killed near Vardenis, while officials in Baku reported nearly forty wounded.",
      "\u{201C}We will not retreat,\u{201D} General Mira Osei told reporters.",
      "About 2,000 people fled between 10 and 12 March.",
    }, texts(s))
  end)

  it("knows abbreviations", function()
    assert.same({ "The U.S. State Department said it was concerned.", "Dr. Anahit Serobyan agreed." },
      texts("The U.S. State Department said it was concerned. Dr. Anahit Serobyan agreed."))
    assert.same({ "Aid came from the U.S.", "The E.U. sent money too." },
      texts("Aid came from the U.S. The E.U. sent money too."))
    assert.same({ "Gen. Tigran Asatrian met Lt. Col. Davit Harutyunov and Mr. Vossik.", "Sen. Hale did not." },
      texts("Gen. Tigran Asatrian met Lt. Col. Davit Harutyunov and Mr. Vossik. Sen. Hale did not."))
    assert.same({ "The war ended in Sept. 2019 with a deal.", "Route No. 4 was closed." },
      texts("The war ended in Sept. 2019 with a deal. Route No. 4 was closed."))
    assert.same({ "Heavy weapons, e.g. howitzers, were used, i.e. not only mortars.", "They hit Ulmet." },
      texts("Heavy weapons, e.g. howitzers, were used, i.e. not only mortars. They hit Ulmet."))
    assert.same({ "They brought tents, water etc.", "The Red Cross helped." },
      texts("They brought tents, water etc. The Red Cross helped."))
  end)

  it("keeps initials inside a name", function()
    assert.same({ "He met John F. Kennedy there.", "It was late." }, texts("He met John F. Kennedy there. It was late."))
    assert.same({ "Robert J. Haines, a former U.S. ambassador, spoke." },
      texts("Robert J. Haines, a former U.S. ambassador, spoke."))
  end)

  it("ends after closing quotes and brackets", function()
    assert.same({ "She said: \u{201C}They fired first.\u{201D}", "The ministry denied it." },
      texts("She said: \u{201C}They fired first.\u{201D} The ministry denied it."))
    assert.same({ '"We did not start this," Pakirov said.', '"We will not break the truce."', "He left." },
      texts('"We did not start this," Pakirov said. "We will not break the truce." He left.'))
    assert.same({ "\u{201C}Is it over?\u{201D} he asked.", "Nobody answered!" },
      texts("\u{201C}Is it over?\u{201D} he asked. Nobody answered!"))
    assert.same({ "It ended (as planned.)", "Then war resumed." }, texts("It ended (as planned.) Then war resumed."))
  end)

  it("ends lines without final punctuation", function()
    assert.same({ "Fresh fighting on the border", "New exchanges of fire were reported." },
      texts("Fresh fighting on the border\nNew exchanges of fire were reported."))
    assert.same({ "MARSK, March 12", "Keldoria said it would respond." },
      texts("MARSK, March 12\nKeldoria said it would respond."))
    assert.same({ "land.", "ceasefire", "On Tuesday talks began." },
      texts("land.\nceasefire\nOn Tuesday talks began."))
    assert.same({ "One line", "two line" }, texts("One line\n\ntwo line"))
    assert.same({ "The ministry said that\nartillery hit the town." },
      texts("The ministry said that\nartillery hit the town."))
    assert.same({ "First line", "Second line." }, texts("First line\r\nSecond line.\r\n"))
  end)

  it("handles ellipses, decimals, domains, ? and !", function()
    assert.same({ "The night was quieter\u{2026} but not silent.", "Guns fired at four... and then nothing." },
      texts("The night was quieter\u{2026} but not silent. Guns fired at four... and then nothing."))
    assert.same({ "He waited...", "Then the guns opened up." }, texts("He waited... Then the guns opened up."))
    assert.same({ "About 1.5 million people live there.", "Most fled." },
      texts("About 1.5 million people live there. Most fled."))
    assert.same({ "Archyde.com reported it.", "See pic.twitter.com/Qx7Lm2Vd9K for the video.", "Why now?", "Nobody knows!" },
      texts("Archyde.com reported it. See pic.twitter.com/Qx7Lm2Vd9K for the video. Why now? Nobody knows!"))
  end)

  it("splits a sample article with a garbled header and a section head", function()
    local f = assert(io.open(SRC .. "/data/sample/03_daily_update_hub.txt", "rb"))
    local s = f:read("a"); f:close()
    local t = texts(s)
    assert.equal("12/3/2025\u{2013}|Last update: 3/12/202509:41 AM (Ostgrad)", t[1])
    assert.equal("Fresh fighting reported on Keldoria-Dravania border despite truce", t[2])
    assert.equal("ceasefire", t[7])
    assert.equal("The ceasefire was announced in Ostgrad at 10:00 am (GMT+4) on Tuesday.", t[8])
    assert.equal("Back to top button", t[#t])
    assert.equal(20, #t)
  end)

  describe("bad input", function()
    it("returns an empty table for empty and blank text", function()
      assert.same({}, lede.sentences(""))
      assert.same({}, lede.sentences(" \n\n\t "))
    end)
    it("accepts invalid UTF-8 and NUL with exact offsets", function()
      local s = "Caf\xE9 opened. Next \xFF one.\0 Last\0."
      local r = lede.sentences(s)
      assert.same({ "Caf\xE9 opened.", "Next \xFF one.", "Last\0." }, texts(s))
      assert.equal(1, r[1].start)
      assert.equal(#s, r[3].stop)
    end)
    it("takes a 1 MB line without punctuation as one sentence", function()
      local s = ("word "):rep(200000) .. "end"
      local r = lede.sentences(s)
      assert.equal(1, #r)
      assert.equal(1, r[1].start)
      assert.equal(#s, r[1].stop)
    end)
    it("takes 100k dots as one sentence", function()
      local r = lede.sentences(("."):rep(100000))
      assert.equal(1, #r)
      assert.equal(100000, r[1].stop)
    end)
    it("raises on a non-string argument", function()
      assert.has_error(function() lede.sentences(nil) end)
      assert.has_error(function() lede.sentences({}) end)
    end)
  end)
end)
