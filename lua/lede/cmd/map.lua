-- lede map SCRIPT [ARGS...]: JSON Lines from standard input to standard
-- output through SCRIPT's map(record, emit). Every value map returns (or
-- passes to emit) is written as one JSON line; nil and nothing write nothing.
-- An optional finish(emit) runs at the end (e.g. to write partial tallies).
local cli = require "lede.cli"
local stream = cli

local M = {
  summary = "run SCRIPT's map(record) on each JSON line of standard input",
  usage = "lede map SCRIPT [ARGS...]   (JSON Lines on standard input and output)",
  description = "SCRIPT defines map(record, emit) (a global, or returned alone or in a table);\n" ..
    "each value it returns or emits becomes one output line. finish(emit), if defined,\n" ..
    "runs at the end. A bad line or an error in map is reported with its line number\n" ..
    "on standard error and the rest is processed (exit status 1).",
}

function M.run(args)
  local script = args[1]
  if not script then cli.usage_error("map: no SCRIPT given (see lede map --help)") end
  local fns = stream.load_script(script, { table.unpack(args, 2) }, { "map", "finish" })
  if not fns.map then cli.usage_error("map: " .. script .. " defines no map function") end
  local out = io.stdout
  local function emit(v) stream.write_json(out, v) end
  local stats = { bad = 0 }
  local map = fns.map
  -- a value that JSON cannot hold (a function) is this record's error too
  local function map_one(rec)
    local res = table.pack(map(rec, emit))
    for i = 1, res.n do stream.write_json(out, res[i]) end
  end
  stream.each_record(function(rec, n)
    local ok, err = pcall(map_one, rec)
    if not ok then
      cli.warn(string.format("stdin:%d: %s", n, tostring(err)))
      stats.bad = stats.bad + 1
    end
  end, stats)
  if fns.finish then
    local res = table.pack(fns.finish(emit))
    for i = 1, res.n do stream.write_json(out, res[i]) end
  end
  out:flush()
  return stats.bad > 0 and 1 or 0
end

return M
