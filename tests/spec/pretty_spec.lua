-- lede.pretty: the REPL's printer. Exact outputs.
local pretty = require "lede.pretty"

describe("lede.pretty", function()
  it("prints scalars like Lua source", function()
    assert.are.equal("42", pretty(42))
    assert.are.equal("-7", pretty(-7))
    assert.are.equal("1.5", pretty(1.5))
    assert.are.equal("3.0", pretty(3.0))
    assert.are.equal("0.1", pretty(0.1))
    assert.are.equal("true", pretty(true))
    assert.are.equal("nil", pretty(nil))
    assert.are.equal('"Marsk"', pretty("Marsk"))
  end)

  it("escapes control characters and quotes, keeps UTF-8, shows bad bytes as \\xHH", function()
    assert.are.equal('"a\\nb\\t\\"c\\"\\\\"', pretty('a\nb\t"c"\\'))
    assert.are.equal('"\\x01"', pretty("\1"))
    assert.are.equal('"Kesanı – Dravania"', pretty("Kesanı – Dravania"))
    assert.are.equal('"caf\\xE9 ok"', pretty("caf\xe9 ok"))
  end)

  it("prints arrays in order and other keys sorted, on one line when short", function()
    assert.are.equal("{}", pretty({}))
    assert.are.equal("{ 1, 2, 3 }", pretty({ 1, 2, 3 }))
    assert.are.equal('{ outlet = "Valley Wire", stop = 12, text = "Tarvos" }',
      pretty({ text = "Tarvos", stop = 12, outlet = "Valley Wire" }))
    assert.are.equal('{ "a", "b", n = 2 }', pretty({ "a", "b", n = 2 }))
    assert.are.equal('{ [10] = "x", ["end"] = true, ["two words"] = 1, z = 0 }',
      pretty({ [10] = "x", ["two words"] = 1, ["end"] = true, z = 0 }))
  end)

  it("nests tables and breaks long ones over lines, indented by two", function()
    assert.are.equal('{ count = { op = ">=", value = 38 }, event = "killed" }',
      pretty({ event = "killed", count = { value = 38, op = ">=" } }))
    local rec = {
      { text = "Keldoria says at least 38 were killed", start = 1, stop = 37 },
      { text = "Dravania says 41 servicemen died", start = 56, stop = 87 },
    }
    assert.are.equal(
      '{\n' ..
      '  { start = 1, stop = 37, text = "Keldoria says at least 38 were killed" },\n' ..
      '  { start = 56, stop = 87, text = "Dravania says 41 servicemen died" }\n' ..
      '}', pretty(rec))
    -- an entry too long for one line breaks too
    assert.are.equal('{\n  {\n    start = 1,\n    text = "' .. string.rep("x", 70) .. '"\n  }\n}',
      pretty({ { start = 1, text = string.rep("x", 70) } }))
  end)

  it("cuts at depth 4 and after 50 items with …", function()
    assert.are.equal("{ a = { b = { c = { d = {…} } } } }", pretty({ a = { b = { c = { d = { e = 1 } } } } }))
    assert.are.equal("{ { { { {} } } } }", pretty({ { { { {} } } } }))
    local big = {}
    for i = 1, 60 do big[i] = i end
    local s = pretty(big, { width = 1000 })
    assert.are.equal("{ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, " ..
      "21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, " ..
      "41, 42, 43, 44, 45, 46, 47, 48, 49, 50, … (10 more) }", s)
    assert.are.equal("{ 1, 2, … (1 more) }", pretty({ 1, 2, 3 }, { items = 2 }))
    assert.are.equal("{ a = {…} }", pretty({ a = { 1 } }, { depth = 1 }))
  end)

  it("marks cycles and uses __tostring", function()
    local t = { name = "loop" }
    t.self = t
    assert.are.equal('{ name = "loop", self = <cycle> }', pretty(t))
    local obj = setmetatable({}, { __tostring = function() return "tally(2 keys)" end })
    assert.are.equal("{ t = tally(2 keys) }", pretty({ t = obj }))
  end)
end)

describe("lede.pretty in the lede table", function()
  it("is the same printer", function()
    local lede = require "lede"
    assert.are.equal('{ 1, k = "v" }', lede.pretty({ 1, k = "v" }))
  end)
end)
