-- timeline_spec.lua: lede.timeline on documents built here, and the command.
local lede = require "lede"

local DOCS = {
  { id = "kt-1", outlet = "Keldor Today", date = "2025-03-12",
    text = "Dravanian shelling hit Tarvos on Tuesday. Vossik spoke to parliament this morning.\n" ..
           "The six-week war of 2019 killed over 5,200 people." },
  { id = "vw-1", outlet = "Valley Wire", date = "2025-03-13",
    text = "A ceasefire was announced at 10:00 am Ostgrad time on Tuesday.\nFighting began on the night of March 10." },
  { id = "hp-1", outlet = "Harbour Post", date = "2025-03-14",
    text = "Talks are planned for next month. Kesany was calm on Wednesday." },
}

describe("lede.timeline", function()
  local ev = lede.timeline(DOCS)
  it("orders events in time with sentence, document and outlet", function()
    local got = {}
    for _, e in ipairs(ev) do got[#got + 1] = { e.value, e.doc, e.date_text, e.count } end
    assert.same({
      { "2019", "kt-1", "2019", 1 },
      { "2025-03-10TNI", "vw-1", "the night of March 10", 1 },
      { "2025-03-11", "kt-1", "Tuesday", 2 },
      { "2025-03-11T10:00", "vw-1", "10:00 am Ostgrad time on Tuesday", 2 },
      { "2025-03-12", "hp-1", "Wednesday", 2 },
      { "2025-03-12TMO", "kt-1", "this morning", 2 },
      { "2025-04", "hp-1", "next month", 1 },
    }, got)
  end)
  it("gives the trimmed sentence and its span in the document", function()
    local e = ev[3]
    assert.equals("Dravanian shelling hit Tarvos on Tuesday.", e.text)
    assert.equals(e.text, DOCS[1].text:sub(e.start, e.stop))
    assert.equals("Valley Wire", ev[2].outlet)
    assert.equals("Fighting began on the night of March 10.", ev[2].text)
  end)
  it("filters with from/to and takes an iterator", function()
    local i = 0
    local it = function() i = i + 1; return DOCS[i] end
    local got = {}
    for _, e in ipairs(lede.timeline(it, { from = "2025-03-11", to = "2025-03-11" })) do got[#got + 1] = e.value end
    assert.same({ "2025-03-11", "2025-03-11T10:00" }, got)
  end)
  it("reads weekdays up to two days past an estimated document date", function()
    local d = { { id = "e", date = "2025-03-11", date_estimated = true,
                  text = "Talks ended on March 11. Shelling resumed on Wednesday." } }
    local got = {}
    for _, e in ipairs(lede.timeline(d)) do got[#got + 1] = e.value end
    assert.same({ "2025-03-11", "2025-03-12" }, got)
    d[1].date_estimated = false
    got = {}
    for _, e in ipairs(lede.timeline(d)) do got[#got + 1] = e.value end
    assert.same({ "2025-03-05", "2025-03-11" }, got)
  end)
  it("uses opts.ref for documents without a date, and skips unresolved ones otherwise", function()
    local d = { { id = "x", text = "It happened on Monday." } }
    assert.same({}, lede.timeline(d))
    assert.equals("2025-03-10", lede.timeline(d, { ref = "2025-03-12" })[1].value)
    assert.equals("XXXX-WXX-1", lede.timeline(d, { all = true })[1].value)
  end)
  it("raises for programmer mistakes", function()
    assert.has_error(function() lede.timeline("nope") end)
    assert.has_error(function() lede.timeline({}, { bogus = true }) end)
    assert.has_error(function() lede.timeline({ 42 }) end)
  end)
end)

describe("lede timeline command", function()
  local dir = os.tmpname()
  os.remove(dir)
  os.execute("mkdir -p " .. dir)
  local f = assert(io.open(dir .. "/docs.jsonl", "w"))
  for _, d in ipairs(DOCS) do
    f:write(require("lede.cli").json_encode(d), "\n")
  end
  f:close()
  it("writes JSON Lines in time order", function()
    local out, err, code = RUN_LEDE("timeline " .. dir .. "/docs.jsonl --format json")
    assert.equals(0, code, err)
    local values = {}
    for line in out:gmatch("[^\n]+") do values[#values + 1] = line:match('"value":"([^"]+)"') end
    assert.same({ "2019", "2025-03-10TNI", "2025-03-11", "2025-03-11T10:00", "2025-03-12", "2025-03-12TMO", "2025-04" }, values)
  end)
  it("writes CSV and an HTML page with an inline SVG and no script", function()
    local out, _, code = RUN_LEDE("timeline " .. dir .. "/docs.jsonl --format csv")
    assert.equals(0, code)
    assert.equals("value,count,doc,outlet,date_text,start,stop,text\r", out:match("^[^\n]+"))
    local html = RUN_LEDE("timeline " .. dir .. "/docs.jsonl --format html")
    assert.truthy(html:find("<svg", 1, true))
    assert.truthy(html:find("<circle", 1, true))
    assert.falsy(html:find("<script", 1, true))
    assert.truthy(html:find("the night of March 10", 1, true))
  end)
  it("lede dates and lede timeline read a weekday past a date estimated from the text", function()
    -- no header: the date is estimated from the latest date the text names
    local p = dir .. "/estimated.txt"
    local g = assert(io.open(p, "w"))
    g:write("Talks in Ostgrad ended on Tuesday, March 11, 2025. Shelling resumed on Wednesday.\n")
    g:close()
    local out, err, code = RUN_LEDE("dates " .. p .. " --format json")
    assert.equals(0, code, err)
    assert.truthy(out:find('"text":"Wednesday"[^}]*"value":"2025%-03%-12"'))
    out = RUN_LEDE("timeline " .. p .. " --format json")
    assert.truthy(out:find('"value":"2025-03-12"', 1, true))
    out = RUN_LEDE("dates " .. p .. " --format json --ref 2025-03-11")  -- a date given: no estimate
    assert.truthy(out:find('"text":"Wednesday"[^}]*"value":"2025%-03%-05"'))
    os.remove(p)
  end)
  it("lede dates lists records with the document's date as reference", function()
    local out, _, code = RUN_LEDE("dates " .. dir .. "/docs.jsonl --format json")
    assert.equals(0, code)
    assert.truthy(out:find('"value":"2025-03-11"', 1, true))
    assert.truthy(out:find('"doc":"kt-1"', 1, true))
    local out2 = RUN_LEDE("dates " .. dir .. "/docs.jsonl --format json --ref 2025-03-20")
    assert.truthy(out2:find('"value":"2025-03-18"', 1, true)) -- Tuesday before the 20th
  end)
end)

if HAVE_SHARED() then
  describe("lede timeline on the seeds", function()
    it("puts the clashes on 2022-09-13 and the 2020 war in its months", function()
      local out, err, code = RUN_LEDE("timeline " .. SHARED .. "/seeds --format json")
      assert.equals(0, code, err)
      local n13, months = 0, {}
      for line in out:gmatch("[^\n]+") do
        local v = line:match('"value":"([^"]+)"')
        if v == "2022-09-13" then n13 = n13 + 1 end
        if v and v:match("^2020%-%d%d$") then months[v] = true end
      end
      assert.is_true(n13 >= 5)
      assert.is_true(months["2020-10"] and months["2020-11"])
    end)
  end)
end
