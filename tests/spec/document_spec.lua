-- lede.document and lede.read: formats, metadata, bad input, publication dates.
local lede = require "lede"
local D = SRC .. "/tests/fixtures/docs"

describe("lede.document", function()
  it("reads a .txt metadata header and removes it from the text", function()
    local s = "Title: Dravania disputes the toll\nDate: 13 March 2025\nSource: Valley Wire\n" ..
              "URL: https://valleywire.example/13\nAuthor: Jeyran Saliyeva\nID: vw-13\n\n" ..
              "VELGRAD -- Dravania said 41 servicemen died.\n"
    local d = lede.document(s)
    assert.same({
      id = "vw-13", title = "Dravania disputes the toll", outlet = "Valley Wire",
      url = "https://valleywire.example/13", author = "Jeyran Saliyeva",
      date = "2025-03-13", date_estimated = false,
      date_evidence = "metadata field Date: '13 March 2025'",
      text = "VELGRAD -- Dravania said 41 servicemen died.\n", problems = {},
    }, d)
  end)

  it("takes caller metadata where the input says nothing", function()
    local d = lede.document("Fighting resumed near Ulmet.", { id = "n1", path = "x.txt", outlet = "Northern Ledger", date = "2025-03-14" })
    assert.equal("n1", d.id)
    assert.equal("x.txt", d.path)
    assert.equal("Northern Ledger", d.outlet)
    assert.equal("2025-03-14", d.date)
    assert.equal("metadata field date: '2025-03-14'", d.date_evidence)
    assert.equal("Fighting resumed near Ulmet.", d.text)
  end)

  it("keeps a header-looking text with format = 'plain'", function()
    local s = "Title: x\n\nBody"
    assert.equal(s, lede.document(s, { format = "plain" }).text)
    assert.is_nil(lede.document(s, { format = "plain" }).title)
  end)

  it("turns HTML into text: scripts, styles, nav and comments dropped, entities decoded", function()
    local page = [[<!doctype html><html><head><title>Truce in Tarvos &ndash; Keldor Today</title>
<meta property="article:published_time" content="2025-03-12T10:00:00+04:00">
<meta property="og:site_name" content="Keldor Today"><style>.x{}</style></head>
<body><nav>Home | World</nav><script>document.write("<p>no</p>")</script>
<h2>Truce in Tarvos</h2><p>Lorvia&rsquo;s envoy said &ldquo;calm&rdquo; returned at 10:00&nbsp;am&hellip;</p>
<!-- <p>old</p> --><p>Caf&#233;s &amp; shops &#x2014; closed.</p><footer>&copy; Keldor Today</footer></body></html>]]
    local d = lede.document(page, { path = "truce.html" })
    assert.equal("Truce in Tarvos\nLorvia’s envoy said “calm” returned at 10:00\u{A0}am…\nCafés & shops — closed.", d.text)
    assert.equal("Truce in Tarvos – Keldor Today", d.title)
    assert.equal("Keldor Today", d.outlet)
    assert.equal("2025-03-12", d.date)
    assert.equal("metadata field article:published_time: '2025-03-12T10:00:00+04:00'", d.date_evidence)
    assert.equal("truce.html", d.id)
  end)

  it("reads one JSON record with format = 'json'", function()
    local d = lede.document('{"text": "Harbour Post: 72 dead.", "id": "hp-9", "source": "Harbour Post", "title": "Toll rises", "date": "March 14, 2025"}',
                            { format = "json" })
    assert.same({ "hp-9", "Harbour Post", "Toll rises", "2025-03-14", "Harbour Post: 72 dead." },
                { d.id, d.outlet, d.title, d.date, d.text })
    local none, msg = lede.document('{"title": "no text"}', { format = "json" })
    assert.is_nil(none)
    assert.equal('record has no "text" string', msg)
    none, msg = lede.document('{"text": ', { format = "json" })
    assert.is_nil(none)
    assert.equal("invalid JSON at byte 8", msg)
  end)

  it("reads a lone surrogate escape as U+FFFD and reports it, keeping the record", function()
    -- cJSON rejects "\ud83d" without its low half; such text comes from cut emoji
    local d = lede.document([[{"text": "Tarvos \ud83d, Dorn \udc00, ok \ud83d\ude00, kept \\ud800"}]],
                            { format = "json" })
    assert.equal("Tarvos \u{FFFD}, Dorn \u{FFFD}, ok \u{1F600}, kept \\ud800", d.text)
    assert.equal(1, #d.problems)
    assert.equal("2 lone surrogate escape(s) (\\uD800-\\uDFFF) read as U+FFFD", d.problems[1].message)
  end)

  it("writes a numeric JSON id as an integer when it is one, else in full", function()
    -- 1e300 once went through an undefined double-to-integer conversion
    local got = {}
    for _, id in ipairs { "12", "-7", "12.5", "1e300", "-1e300", "9.3e18" } do
      got[#got + 1] = lede.document('{"text": "Dorn.", "id": ' .. id .. '}', { format = "json" }).id
    end
    assert.same({ "12", "-7", "12.5", "1.0000000000000001e+300", "-1.0000000000000001e+300", "9.3e+18" }, got)
  end)

  describe("bad input", function()
    it("repairs invalid UTF-8 as Windows-1252 and reports the byte offset", function()
      local d = lede.document("Kesany\x92s mayor said \x93enough\x94.", { path = "k.txt" })
      assert.equal("Kesany’s mayor said “enough”.", d.text)
      assert.same({ file = "k.txt", offset = 6, message = "invalid UTF-8 at byte offset 6 (0x92) read as Windows-1252" }, d.problems[1])
      assert.equal(3, #d.problems)
    end)
    it("reads NUL bytes as spaces and reports them", function()
      local d = lede.document("Dorn\0shelled\0")
      assert.equal("Dorn shelled ", d.text)
      assert.equal("NUL byte at byte offset 4 read as a space", d.problems[1].message)
      assert.equal(2, #d.problems)
    end)
    it("gives an empty document for an empty string, with a problem", function()
      local d = lede.document("")
      assert.equal("", d.text)
      assert.same({ { message = "empty document" } }, d.problems)
      assert.is_nil(d.date)
    end)
    it("reads binary bytes as text and says it is probably binary", function()
      local d = lede.document(string.rep("\1\2\3\4", 50) .. "text")
      assert.equal(204, #d.text)
      assert.equal("probably a binary file (98% control bytes); read as text anyway", d.problems[1].message)
    end)
    it("drops a leading byte-order mark", function()
      assert.equal("Text", lede.document("\xEF\xBB\xBFText").text)
      assert.equal("Body", lede.document("\xEF\xBB\xBFTitle: T\n\nBody").text)
      assert.equal("Body", lede.document("\xEF\xBB\xBF<html><body><p>Body</p></body></html>").text)
    end)
    it("accepts CRLF and keeps the bytes", function()
      local d = lede.document("Date: 2025-03-12\r\n\r\nOne\r\nTwo\r\n")
      assert.equal("One\r\nTwo\r\n", d.text)
      assert.equal("2025-03-12", d.date)
    end)
    it("reads a 1 MB single line", function()
      local s = string.rep("Keldoria ", 116509) .. "on 11 March 2025."
      assert.is_true(#s > 1048576)
      local d = lede.document(s)
      assert.equal(#s, #d.text)
      assert.equal("2025-03-11", d.date)
      assert.is_true(d.date_estimated)
    end)
  end)

  describe("publication date", function()
    it("reads a garbled update header: both copies ambiguous, March in the text decides", function()
      local s = "12/3/2025–|Last update: 3/12/202509:41 AM (Ostgrad)\n" ..
                "Lorvian peacekeepers reached Tarvos on 11 March, the ministry said.\n"
      local d = lede.document(s)
      assert.equal("2025-03-12", d.date)
      assert.is_false(d.date_estimated)
      assert.equal("header line 1: '12/3/2025–|Last update: 3/12/202509:41 AM (Ostgrad)' " ..
                   "(day-month order decided by '11 March' at byte 93 of the text)", d.date_evidence)
      assert.equal("11 March", s:sub(94, 101))
    end)
    it("reads a garbled header where a part > 12 decides", function()
      local d = lede.document("13/3/2025–|Last update: 3/13/202508:15 AM (Ostgrad)\nText.\n")
      assert.equal("2025-03-13", d.date)
      assert.equal("header line 1: '13/3/2025–|Last update: 3/13/202508:15 AM (Ostgrad)' " ..
                   "(day-month order decided by 13 > 12; the copy '3/13/2025' agrees)", d.date_evidence)
    end)
    it("gives no date for an ambiguous header, and says why", function()
      local d = lede.document("5/3/2025 | Updated 09:00\nKeldorian troops held the ridge.\n")
      assert.is_nil(d.date)
      assert.equal("header line 1: '5/3/2025' is ambiguous (2025-03-05 or 2025-05-03: no part > 12, " ..
                   "no copy in a known order, no month named elsewhere decides)", d.date_evidence)
    end)
    it("estimates from the latest explicit date in the text", function()
      local s = "Shelling resumed overnight. pic.twitter.com/xYz\n— Harbour Post (@HarbourPost) March 13, 2025\n" ..
                "The 2019 war ended on 9 November 2019.\n"
      local d = lede.document(s)
      assert.equal("2025-03-13", d.date)
      assert.is_true(d.date_estimated)
      assert.equal("latest explicit date in text at byte 80: 'March 13, 2025' (estimated)", d.date_evidence)
      assert.equal("March 13, 2025", s:sub(81, 94))
    end)
    it("reads a dateline, taking its year from the text", function()
      local d = lede.document("MARSK, March 12 (Keldor Today) — The toll rose after the clashes of March 11, 2025.")
      assert.equal("2025-03-12", d.date)
      assert.is_true(d.date_estimated)
    end)
    it("gives nil when nothing supports a date", function()
      local d = lede.document("Nearly forty soldiers died on Tuesday, one outlet wrote.")
      assert.is_nil(d.date)
      assert.is_nil(d.date_evidence)
      assert.is_false(d.date_estimated)
    end)
  end)

  it("raises for programmer mistakes", function()
    assert.has_error(function() lede.document(nil) end)
    assert.has_error(function() lede.document("x", { colour = "red" }) end, "unknown option 'colour'")
    assert.has_error(function() lede.document("x", { format = "pdf" }) end)
    assert.has_error(function() lede.document("x", { title = 3 }) end)
  end)
end)

describe("lede.read", function()
  it("reads one file as one document", function()
    local d = lede.read(D .. "/a_header.txt")
    assert.equal("kt-0312-01", d.id)
    assert.equal(D .. "/a_header.txt", d.path)
    assert.equal("Keldor Today", d.outlet)
    assert.equal("2025-03-12", d.date)
  end)
  it("returns nil and a message naming the file", function()
    local d, msg = lede.read(D .. "/nope.txt")
    assert.is_nil(d)
    assert.equal(D .. "/nope.txt: No such file or directory", msg)
    d, msg = lede.read(D)
    assert.is_nil(d)
    assert.equal(D .. ": is a directory (lede.corpus reads a directory)", msg)
    d, msg = lede.read(D .. "/d_records.jsonl")
    assert.is_nil(d)
    assert.equal(D .. "/d_records.jsonl: holds more than one document (lede.corpus reads them all)", msg)
  end)
  it("raises for a path with a NUL byte (it would name another file)", function()
    local ok, err = pcall(lede.read, D .. "/b_plain.md\0.txt")
    assert.is_false(ok)
    assert.matches("^bad argument #1 to '[%w.]*read' %(path contains a NUL byte%)$", err)
  end)
  it("reports the invalid bytes of a file with their offsets", function()
    local d = lede.read(D .. "/f_latin1.txt")
    assert.equal("Café owners in Ulmet said the shelling stopped “at dawn”.\n", d.text)
    assert.same({ 3, 47, 55 }, { d.problems[1].offset, d.problems[2].offset, d.problems[3].offset })
    assert.equal(D .. "/f_latin1.txt", d.problems[1].file)
  end)
end)
