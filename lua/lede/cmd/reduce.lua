-- lede reduce SCRIPT [ARGS...] | lede reduce --tally: groups JSON Lines from
-- standard input by key and reduces each group.
-- A record's key: the "key" field of an object (its value: the "value" field
-- when present, else the whole record), or the first element of a
-- [key, value] pair. SCRIPT's reduce(key, values) returns zero or more
-- results: a table is written as it is, any other value as
-- {"key": key, "value": v}. Groups are reduced in key order. With --sorted
-- the input is taken as sorted by key (Hadoop streaming) and each group is
-- reduced as soon as it ends, in constant memory.
-- --tally (no SCRIPT) adds up {"key":K,"count":N} records (count 1 when
-- absent) with lede.tally and writes them largest first.
local cli = require "lede.cli"
local stream = cli

local OPTIONS = {
  { name = "tally", help = "add up {\"key\":K,\"count\":N} records (no SCRIPT)" },
  { name = "sorted", help = "input is sorted by key: reduce each group as it ends" },
  { name = "help", short = "h", help = "show this help" },
}

local M = {
  summary = "group JSON Lines by key and run SCRIPT's reduce(key, values), or --tally",
  usage = "lede reduce [--sorted] SCRIPT [ARGS...] | lede reduce --tally   (JSON Lines on standard input and output)",
  options = OPTIONS,
}

local function key_value(rec)
  if type(rec) ~= "table" then return nil end
  if getmetatable(rec) == require("lede.json").object_mt or rec.key ~= nil then
    if rec.key == nil or rec.key == cli.json_null then return nil end
    if rec.value ~= nil then return rec.key, rec.value end
    return rec.key, rec
  end
  if #rec == 2 then return rec[1], rec[2] end
  return nil
end

-- Grouping key: scalars as they are, tables by their JSON text.
local function group_id(k)
  if type(k) == "table" then return "\0" .. cli.json_encode(k) end
  return k
end

local function key_less(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  if ta == "boolean" then return (not a) and b end
  if ta == "table" then return cli.json_encode(a) < cli.json_encode(b) end
  return a < b
end

local function run_tally(stats)
  local lede = require "lede"
  local t = lede.tally()
  stream.each_record(function(rec, n)
    local k = type(rec) == "table" and rec.key
    local c = type(rec) == "table" and (rec.count == nil and 1 or rec.count)
    if k == nil or k == false or k == cli.json_null or type(k) == "table" or type(c) ~= "number" then
      cli.warn(string.format("stdin:%d: a tally record is {\"key\": K, \"count\": N}", n))
      stats.bad = stats.bad + 1
      return
    end
    t:add(k, c)
  end, stats)
  for _, r in ipairs(t:top()) do stream.write_json(io.stdout, r) end
end

function M.run(args)
  local opts, pos = cli.parse_args(args, OPTIONS)
  if opts.help then io.stdout:write(cli.command_help("reduce", M, OPTIONS)) return 0 end
  local stats = { bad = 0 }
  if opts.tally then
    if #pos > 0 then cli.usage_error("reduce --tally takes no SCRIPT") end
    run_tally(stats)
    io.stdout:flush()
    return stats.bad > 0 and 1 or 0
  end
  local script = pos[1]
  if not script then cli.usage_error("reduce: no SCRIPT given (or --tally; see lede reduce --help)") end
  local fns = stream.load_script(script, { table.unpack(pos, 2) }, { "reduce" })
  if not fns.reduce then cli.usage_error("reduce: " .. script .. " defines no reduce function") end
  local out = io.stdout
  -- a result that JSON cannot hold (a function) is this group's error too
  local function reduce_one(key, values)
    local res = table.pack(fns.reduce(key, values))
    for i = 1, res.n do
      local v = res[i]
      if type(v) == "table" then stream.write_json(out, v)
      elseif v ~= nil then stream.write_json(out, { key = key, value = v }) end
    end
  end
  local function reduce(key, values)
    local ok, err = pcall(reduce_one, key, values)
    if not ok then
      cli.warn(string.format("reduce %s: %s", cli.cell(key), tostring(err)))
      stats.bad = stats.bad + 1
    end
  end
  local groups, order = {}, {}
  local cur_id, cur_key, cur_values
  stream.each_record(function(rec, n)
    local k, v = key_value(rec)
    if k == nil then
      cli.warn(string.format("stdin:%d: record has no key (an object with \"key\", or a [key, value] pair)", n))
      stats.bad = stats.bad + 1
      return
    end
    local id = group_id(k)
    if opts.sorted then
      if id ~= cur_id then
        if cur_values then reduce(cur_key, cur_values) end
        cur_id, cur_key, cur_values = id, k, {}
      end
      cur_values[#cur_values + 1] = v
    else
      local g = groups[id]
      if not g then g = { key = k, values = {} }; groups[id] = g; order[#order + 1] = g end
      g.values[#g.values + 1] = v
    end
  end, stats)
  if opts.sorted then
    if cur_values then reduce(cur_key, cur_values) end
  else
    table.sort(order, function(a, b) return key_less(a.key, b.key) end)
    for _, g in ipairs(order) do reduce(g.key, g.values) end
  end
  out:flush()
  return stats.bad > 0 and 1 or 0
end

return M
