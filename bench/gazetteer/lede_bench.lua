-- lede peer: compile the TSV gazetteer, match the corpus in 4 MB blocks cut at
-- line ends. Prints compile seconds (CPU), MB/s and matches; with SPANS_OUT
-- writes "start stop" (1-based, whole file) for the comparison with pyahocorasick.
--   lede lede_bench.lua NAMES.tsv CORPUS [fuzzy|exact] [SPANS_OUT]
local lede = require "lede"
local tsv, corpus, mode, spans_out = arg[1], arg[2], arg[3] or "exact", arg[4]
local t0 = os.clock()
local gz = assert(lede.gazetteer(tsv))
local compile = os.clock() - t0
local f = assert(io.open(corpus, "rb"))
local spans = spans_out and assert(io.open(spans_out, "w"))
local opts = { fuzzy = mode == "fuzzy", backoff = false }
local bytes, matches, scan, base = 0, 0, 0, 0
while true do
  local block = f:read(4 * 1024 * 1024)
  if not block then break end
  local rest = f:read("l")
  if rest then block = block .. rest .. "\n" end
  local t1 = os.clock()
  local ms = gz:match(block, opts)
  scan = scan + (os.clock() - t1)
  matches = matches + #ms
  if spans then for _, m in ipairs(ms) do spans:write(base + m.start, " ", base + m.stop, "\n") end end
  bytes = bytes + #block
  base = base + #block
end
f:close()
if spans then spans:close() end
print(string.format("lede(%s) names=%d compile_s=%.2f MB=%.1f scan_s=%.3f MB_per_s=%.1f matches=%d",
  mode, #gz, compile, bytes / 1048576, scan, bytes / 1048576 / scan, matches))
