-- lede.repl: the interactive loop of `lede` (run by cli.repl).
-- Each input is tried first as an expression ("return <input>", as lua.c
-- does) and printed with lede.pretty, then as a statement; an input that ends
-- too early ("<eof>" syntax error) reads more lines with the ">> " prompt.
-- On a terminal: line editing and history (~/.lede_history, from $HOME) via
-- the host's libedit. Otherwise lines are read from standard input without
-- prompts, so `printf '1+1\n' | lede` prints 2; the exit status is then 1 if
-- any input raised an error.
local pretty = require "lede.pretty"

local M = {}

local HELP = [[
Type Lua: expressions print their values (no '=' needed), statements run.
`lede` is preloaded: lede.sentences("..."), lede.corpus("dir"), lede.tally(), ...
A statement that is not finished continues on the next line (prompt >>).
Tab completes names (lede.sen<Tab>); Ctrl-C interrupts running code.
  :help      this text
  :quit      leave (also :q, :exit, or end of input with Ctrl-D)
The last value printed is kept in the global _.
]]

local function results_text(res)
  local parts, multiline = {}, false
  for i = 1, res.n do
    parts[i] = pretty(res[i])
    if parts[i]:find("\n", 1, true) then multiline = true end
  end
  return table.concat(parts, multiline and "\n" or "\t")
end

-- Compiles input: an expression first, then a statement. Returns the
-- function, or nil and the message and whether the input is incomplete.
local function compile(input)
  input = input:gsub("^%s*=", "", 1)  -- "=expr", as Lua 5.1's REPL wrote it
  local fn = load("return " .. input, "=stdin", "t")
  if fn then return fn end
  local err
  fn, err = load(input, "=stdin", "t")
  if fn then return fn end
  return nil, err, err:find("<eof>$") ~= nil
end

local function traceback(e)
  if type(e) ~= "string" then
    local mt = getmetatable(e)
    if mt and mt.__tostring then return tostring(e) end
    return "(error object is a " .. type(e) .. " value)"
  end
  return e
end

function M.run(args)
  local cli = require "lede.cli"
  local host = cli.host()
  local tty = host ~= nil and host.isatty(0) and host.isatty(1)
  local history
  if tty then
    local home = os.getenv("HOME")
    if home and home ~= "" then
      history = home .. "/.lede_history"
      host.read_history(history)
    end
    io.stdout:write("lede ", tostring(require("lede")._VERSION), " (", _VERSION,
      ")  :help for help, :quit or Ctrl-D to leave\n")
  end
  local function read(prompt)
    if tty then return host.readline(prompt) end
    local line = io.read("l")
    return line and (line:gsub("\r$", "")) or nil
  end
  local failed = false
  while true do
    local line = read("lede> ")
    if not line then break end
    local cmd = line:match("^%s*:(%a+)%s*$")
    if cmd then
      if cmd == "quit" or cmd == "q" or cmd == "exit" then
        if tty then host.add_history(line) end
        break
      elseif cmd == "help" then
        io.stdout:write(HELP)
      else
        io.stderr:write("lede: unknown REPL command ':", cmd, "' (:help lists them)\n")
      end
    elseif line:find("%S") then
      local input = line
      local fn, err, incomplete = compile(input)
      while not fn and incomplete do
        local more = read(">> ")
        if not more then break end
        input = input .. "\n" .. more
        fn, err, incomplete = compile(input)
      end
      if tty then host.add_history(input) end
      if not fn then
        io.stderr:write(err, "\n")
        failed = true
      else
        if tty then host.interruptible(true) end
        local res = table.pack(xpcall(fn, traceback))
        if tty then host.interruptible(false) end
        if not res[1] then
          io.stderr:write(tostring(res[2]), "\n")
          failed = true
        else
          local vals = table.pack(table.unpack(res, 2, res.n))
          if vals.n > 0 then
            _G._ = vals[1]
            -- printing runs the values' __tostring, which may raise too
            local ok, text = pcall(results_text, vals)
            if ok then io.stdout:write(text, "\n")
            else
              io.stderr:write("lede: cannot print the result: ", traceback(text), "\n")
              failed = true
            end
          end
        end
      end
      io.stdout:flush()
    end
  end
  if tty then
    io.stdout:write("\n")
    if history then host.write_history(history, 1000) end
  end
  return (failed and not tty) and 1 or 0
end

return M
