-- busted helper: paths and small utilities shared by the specs.
local M = {}
SRC = os.getenv("LEDE_SOURCE_DIR") or "."
BUILD = os.getenv("LEDE_BUILD_DIR") or "build"
LEDE_BIN = os.getenv("LEDE_BIN") or (BUILD .. "/lede")
-- ../shared exists on developer and CI machines; specs that read it run only there.
SHARED = SRC .. "/../shared"
function HAVE_SHARED()
  local f = io.open(SHARED .. "/INTERFACE.md", "r")
  if f then f:close() return true end
  return false
end
-- Runs the lede program with a shell command line; returns stdout, stderr, exit code.
function RUN_LEDE(args, stdin)
  local out, err = os.tmpname(), os.tmpname()
  local cmd = string.format("%s %s >%s 2>%s", LEDE_BIN, args, out, err)
  if stdin then
    local inp = os.tmpname()
    local f = assert(io.open(inp, "wb")); f:write(stdin); f:close()
    cmd = cmd .. " <" .. inp
  end
  local ok, _, code = os.execute(cmd)
  local function slurp(p) local f = io.open(p, "rb"); local s = f:read("a"); f:close(); os.remove(p); return s end
  return slurp(out), slurp(err), code or (ok and 0 or 1)
end
-- Checks the span rule s:sub(start, stop) == text for every record.
function SPANS_OK(s, recs)
  for i, r in ipairs(recs) do
    if s:sub(r.start, r.stop) ~= r.text then
      return false, string.format("record %d: %q ~= %q", i, s:sub(r.start, r.stop), r.text)
    end
  end
  return true
end
return M
