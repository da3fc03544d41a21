local lede = require "lede"

describe("lede.tally", function()
  it("adds, merges and ranks with ties broken by key", function()
    local a, b = lede.tally(), lede.tally()
    a:add("Armenia"); a:add("Azerbaijan", 2); b:add("Armenia", 3); b:add("Russia")
    a:merge(b)
    assert.same({ { key = "Armenia", count = 4 }, { key = "Azerbaijan", count = 2 } }, a:top(2))
    assert.same({ Armenia = 4, Azerbaijan = 2, Russia = 1 }, a:totable())
    assert.equal(3, #a)
  end)

  it("merges partial tallies in any order to the same result", function()
    local parts = {}
    for i = 1, 4 do parts[i] = lede.tally(); parts[i]:add("k" .. (i % 2), i) end
    local x, y = lede.tally(), lede.tally()
    for i = 1, 4 do x:merge(parts[i]) end
    for i = 4, 1, -1 do y:merge(parts[i]) end
    assert.same(x:totable(), y:totable())
    assert.same({ k0 = 6, k1 = 4 }, x:totable())
  end)

  it("raises for a table key or a non-number count", function()
    local t = lede.tally()
    assert.has_error(function() t:add({}) end)
    assert.has_error(function() t:add("x", "two") end)
    assert.has_error(function() t:add("x", 0 / 0) end)
    assert.has_error(function() t:add(0 / 0) end)
    assert.same({}, t:totable())
  end)
end)
