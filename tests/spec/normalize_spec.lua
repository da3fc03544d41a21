local lede = require "lede"

-- The offsets that map:orig gives for bytes 1 .. #t + 1.
local function offsets(map, t)
  local r = {}
  for i = 1, #t + 1 do r[i] = map:orig(i) end
  return r
end

-- The map rule on valid UTF-8 input: the lead byte of every output character
-- maps to the start of an input character, its other bytes into that same
-- input character, and #t + 1 maps to #s + 1.
local function map_ok(s, t, map)
  local function start_of(p) -- the start of the input character holding byte p
    while p > 1 and (s:byte(p) or 0) >= 0x80 and s:byte(p) < 0xC0 do p = p - 1 end
    return p
  end
  local lead
  for i = 1, #t do
    local o = map:orig(i)
    if o < 1 or o > #s then return false, ("byte %d maps outside s: %d"):format(i, o) end
    local b = t:byte(i)
    if b < 0x80 or b >= 0xC0 then
      lead = o
      if start_of(o) ~= o then return false, ("byte %d maps inside a character (%d)"):format(i, o) end
    elseif start_of(o) ~= lead then
      return false, ("byte %d maps to another character (%d, lead %d)"):format(i, o, lead)
    end
  end
  if map:orig(#t + 1) ~= #s + 1 then return false, "the end does not map to #s + 1" end
  return true
end

describe("lede.normalize", function()
  it("composes to NFC by default and maps the composed bytes to the letter", function()
    local s = "Cafe\u{301} Marsk"
    local t, map = lede.normalize(s)
    assert.equal("Caf\u{E9} Marsk", t)
    assert.same({ 1, 2, 3, 4, 4, 7, 8, 9, 10, 11, 12, 13 }, offsets(map, t))
    assert.is_true(map_ok(s, t, map))
  end)

  it("keeps curly quotes, dashes and ligatures by default", function()
    local s = "\u{201C}Tarvos\u{201D} \u{2014} \u{FB01}re"
    assert.equal(s, (lede.normalize(s)))
  end)

  it("separates NFC from NFKC (ligature, superscript)", function()
    assert.equal("\u{FB01}nal 5 km\u{B2}", (lede.normalize("\u{FB01}nal 5 km\u{B2}", { form = "NFC" })))
    local s = "\u{FB01}nal 5 km\u{B2}"
    local t, map = lede.normalize(s, { form = "NFKC" })
    assert.equal("final 5 km2", t)
    assert.same({ 1, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14 }, offsets(map, t))
  end)

  it("puts combining marks in canonical order", function()
    local s = "e\u{301}\u{323}x"   -- acute (230) typed before dot below (220)
    local t, map = lede.normalize(s)
    assert.equal("\u{1EB9}\u{301}x", t)
    assert.is_true(map_ok(s, t, map))
    assert.equal(1, map:orig(1))   -- the composed e with dot below comes from the e
    assert.equal(2, map:orig(4))   -- the acute keeps its own place
  end)

  it("folds case and strips diacritics", function()
    assert.equal("cavusoglu", (lede.normalize("\u{C7}avu\u{15F}o\u{11F}lu", { fold = true })))
    assert.equal("strasse", (lede.normalize("STRASSE", { fold = true })))
    assert.equal("strasse", (lede.normalize("Stra\u{DF}e", { fold = true })))
  end)

  it("handles Turkish, Azerbaijani and Cyrillic letters", function()
    -- ğ ş lose their marks, ı and İ become i, ə is a letter of its own
    assert.equal("kilicdaroglu istanbul", (lede.normalize("K\u{131}l\u{131}\u{E7}daro\u{11F}lu \u{130}stanbul", { fold = true })))
    assert.equal("\u{259}liyev m\u{259}mm\u{259}dov", (lede.normalize("\u{18F}liyev M\u{259}mm\u{259}dov", { fold = true })))
    local s = "\u{412}\u{43E}\u{441}\u{441}\u{438}\u{43A} \u{439}"
    local t, map = lede.normalize(s)
    assert.equal(s, t)                               -- NFC leaves Cyrillic alone
    assert.is_true(map_ok(s, t, map))
    assert.equal("\u{432}\u{43E}\u{441}\u{441}\u{438}\u{43A} \u{438}", (lede.normalize(s, { fold = true })))
  end)

  it("turns quotes, dashes, ellipses and spaces into ASCII", function()
    local s = "\u{2018}a\u{2019} \u{201C}b\u{201D} \u{201E}c\u{AB}d\u{BB} 1\u{2013}2\u{2014}3\u{2212}4\u{2012}5 so\u{2026} 10\u{A0}km"
    local t, map = lede.normalize(s, { ascii = true })
    assert.equal("'a' \"b\" \"c\"d\" 1-2-3-4-5 so... 10 km", t)
    assert.is_true(map_ok(s, t, map))
    local e = t:find("...", 1, true)
    assert.equal(s:find("\u{2026}", 1, true), map:orig(e))
    assert.equal(map:orig(e), map:orig(e + 2))
  end)

  it("collapses runs of white space into one space", function()
    local s = "a  \t\n b\u{A0}\u{2003}c"
    local t, map = lede.normalize(s, { space = true })
    assert.equal("a b c", t)
    assert.same({ 1, 2, 7, 8, 13, 14 }, offsets(map, t))
  end)

  it("passes the interface check", function()
    assert.equal('cafe "x"', (lede.normalize("Caf\u{E9} \u{201C}x\u{201D}", { ascii = true, fold = true })))
  end)

  it("reads invalid UTF-8 as Windows-1252 and maps it to the byte", function()
    local s = "caf\xE9 \x93ok\x94"
    local t, map = lede.normalize(s)
    assert.equal("caf\u{E9} \u{201C}ok\u{201D}", t)
    assert.same({ 1, 2, 3, 4, 4, 5, 6, 6, 6, 7, 8, 9, 9, 9, 10 }, offsets(map, t))
    assert.equal("cafe \"ok\"", (lede.normalize(s, { fold = true, ascii = true })))
  end)

  it("reports invalid UTF-8 and NUL bytes as a third result", function()
    local _, _, probs = lede.normalize("caf\xE9 \x93ok\x94")
    assert.same({ { offset = 3, message = "invalid UTF-8 at byte offset 3 read as Windows-1252 (3 bytes in all)" } }, probs)
    _, _, probs = lede.normalize("a\0b\0\xC3\xA9")
    assert.same({ { offset = 1, message = "NUL byte at byte offset 1 read as a space (2 in all)" } }, probs)
    assert.equal(2, select("#", lede.normalize("valid \u{E9}")))
  end)

  it("reads NUL as a space", function()
    local t, map = lede.normalize("a\0b")
    assert.equal("a b", t)
    assert.same({ 1, 2, 3, 4 }, offsets(map, t))
    assert.equal("a b", (lede.normalize("a\0\0 b", { space = true })))
  end)

  it("handles the empty string", function()
    local t, map = lede.normalize("")
    assert.equal("", t)
    assert.equal(0, #map)
    assert.equal(1, map:orig(1))
  end)

  it("normalizes a 1 MB line with a correct map", function()
    local parts = {}
    for i = 1, 50000 do
      parts[i] = (i % 3 == 0) and "Ulmet\u{2019}s e\u{301}lan " or "Keldoria said \u{412}\u{43E}\u{441}\u{441}\u{438}\u{43A} "
    end
    local s = table.concat(parts)
    assert.is_true(#s > 1000000)
    local t, map = lede.normalize(s, { fold = true, ascii = true })
    local want = s:gsub("\u{2019}", "'"):gsub("e\u{301}", "e"):gsub("K", "k")
                  :gsub("\u{412}", "\u{432}"):gsub("U", "u")
    assert.equal(want, t)
    assert.equal(#s + 1, map:orig(#t + 1))
    assert.is_true(map_ok(s, t, map))
  end)

  it("maps a span of t back to the span of s it came from", function()
    local s = "Samar  Highlands\u{2019} CAFE\u{301}S"
    local t, map = lede.normalize(s, { fold = true, ascii = true, space = true })
    assert.equal("samar highlands' cafes", t)
    local a, b = t:find("highlands", 1, true)
    local start, stop = map:span(a, b)
    assert.equal("Highlands", s:sub(start, stop))
    a, b = t:find("cafes", 1, true)
    start, stop = map:span(a, b)
    assert.equal("CAFE\u{301}S", s:sub(start, stop))
    start, stop = map:span(1, #t)
    assert.equal(s, s:sub(start, stop))
    assert.same({ 1, 0 }, { map:span(1, 0) })     -- an empty span
    assert.has_error(function() map:span(0, 1) end)
    assert.has_error(function() map:span(1, #t + 1) end)
  end)

  it("maps a span back when canonical ordering moved a mark before its neighbour", function()
    -- U+0344 is U+0308 U+0301 (class 230); U+05B0 (class 10) sorts before them
    local s = "a-\u{0344}\u{05B0}b"
    local t, map = lede.normalize(s)
    assert.equal("a-\u{05B0}\u{0308}\u{0301}b", t)
    local orig = {}
    for i = 1, #t + 1 do orig[i] = map:orig(i) end
    assert.same({ 1, 2, 5, 6, 3, 3, 3, 3, 7, 8 }, orig)
    assert.same({ 3, 6 }, { map:span(3, 6) })  -- U+05B0 U+0308: from both characters of s
    assert.same({ 5, 6 }, { map:span(3, 4) })  -- U+05B0 alone
    assert.same({ 3, 6 }, { map:span(5, 8) })  -- the marks of U+0344, up to where "b" starts
    assert.same({ 1, 7 }, { map:span(1, #t) })
    assert.same({ 6, 5 }, { map:span(4, 3) })  -- an empty span
  end)

  it("gives a map userdata with #, tostring and close", function()
    local t, map = lede.normalize("Caf\u{E9}")
    assert.equal(#t, #map)
    assert.matches("^lede.map", tostring(map))
    do
      local m <close> = select(2, lede.normalize("abc"))
      assert.equal(3, #m)
    end
    local closed
    do
      local m <close> = select(2, lede.normalize("abc"))
      closed = m
    end
    assert.has_error(function() closed:orig(1) end, "attempt to use a closed map")
    assert.equal("lede.map (closed)", tostring(closed))
  end)

  it("raises on programmer mistakes", function()
    local _, map = lede.normalize("abc")
    assert.has_error(function() map:orig(0) end)
    assert.has_error(function() map:orig(5) end)
    assert.has_error(function() map:orig("x") end)
    assert.has_error(function() lede.normalize("x", { colour = true }) end, "unknown option 'colour'")
    assert.has_error(function() lede.normalize("x", { form = "NFD" }) end)
    assert.has_error(function() lede.normalize("x", { form = 1 }) end)
    assert.has_error(function() lede.normalize({}) end)
    assert.has_error(function() lede.normalize("x", "NFKC") end)
  end)
end)

describe("lede.fold", function()
  it("gives the matching key of a name", function()
    assert.equal("cavusoglu", lede.fold("\u{C7}avu\u{15F}o\u{11F}lu"))
    assert.equal("antony blinken's", lede.fold("ANTONY  Blinken\u{2019}s"))
    assert.equal("jeyran bakirov", lede.fold("  Jeyran\u{A0}BAKIROV\n"))
    assert.equal("samar highlands", lede.fold("Samar\tHighlands "))
    assert.equal("finance", lede.fold("\u{FB01}nance"))
    assert.equal("", lede.fold(""))
    assert.equal("", lede.fold(" \0 "))
  end)

  it("raises for a non-string", function()
    assert.has_error(function() lede.fold(nil) end)
    assert.has_error(function() lede.fold({}) end)
  end)
end)
