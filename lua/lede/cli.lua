-- lede.cli: the lede program's command dispatch, option parsing, output
-- writers (text, JSON Lines, CSV, HTML) and the record_command helper that
-- most commands are built with. lua/main.c calls cli.command, cli.help and
-- cli.repl. Commands are modules lede.cmd.<name> returning
--   { summary = "...", usage = "...", run = function(args) -> exit code }.
local json = require "lede.json"

local M = {}

M.EXIT_OK, M.EXIT_PROBLEMS, M.EXIT_USAGE = 0, 1, 2
M.FORMATS = { "text", "json", "csv", "html" }

M.json_encode = json.encode
M.json_decode = json.decode
M.json_null = json.null

-- The host (lua/main.c) provides lede.host with isatty and line editing;
-- a stock lua5.4 that loaded lede.so has neither.
local function host()
  local ok, h = pcall(require, "lede.host")
  return ok and type(h) == "table" and h or nil
end
M.host = host

function M.isatty(fd)
  local h = host()
  return h and h.isatty and h.isatty(fd) or false
end

local function lede_module()
  local ok, lede = pcall(require, "lede")
  if not ok then error("cannot load lede: " .. tostring(lede), 0) end
  return lede
end

---------------------------------------------------------------- messages

-- A usage error: raised inside commands, turned into a message and exit 2.
local UsageError = {}
UsageError.__index = UsageError
UsageError.__tostring = function(e) return e.message end

function M.usage_error(msg) error(setmetatable({ message = msg }, UsageError), 0) end
function M.is_usage_error(e) return getmetatable(e) == UsageError end

-- Messages go to M.stderr (io.stderr; tests may replace it with any object
-- that has a write method).
M.stderr = io.stderr
function M.warn(msg) M.stderr:write("lede: ", msg, "\n") end

-- "file:line: message", "file: byte N: message" or "message".
function M.problem_text(p, fallback_file)
  if type(p) ~= "table" then return tostring(p) end
  local where = p.file or fallback_file
  local msg = p.message or "problem"
  if where and p.line then return string.format("%s:%d: %s", where, p.line, msg) end
  if where and p.offset then return string.format("%s: byte %d: %s", where, p.offset, msg) end
  if where then return where .. ": " .. msg end
  return msg
end

---------------------------------------------------------------- option parsing

-- The options every record command takes.
M.COMMON_OPTIONS = {
  { name = "format", arg = "text|json|csv|html", values = M.FORMATS, help = "output format (default text; json is JSON Lines)" },
  { name = "ref", arg = "DATE", pattern = "^%d%d%d%d%-%d%d%-%d%d$",
    help = "reference date YYYY-MM-DD for relative expressions (default: each document's date)" },
  { name = "gazetteer", arg = "FILE", help = "gazetteer (.tsv, .json, .jsonl, GeoNames) to resolve names" },
  { name = "o", arg = "FILE", help = "write the output to FILE instead of standard output" },
  { name = "help", short = "h", help = "show this help" },
}

local function find_option(specs, name)
  for _, s in ipairs(specs) do
    if s.name == name or s.short == name then return s end
  end
end

-- Parses args (an array of strings) against specs (an array of
-- { name=, arg=?, values=?, pattern=?, multi=? }: arg means the option takes a
-- value). "--name value", "--name=value" and "-n value" for one-letter names
-- are accepted; "--" ends options; "-" alone is a positional (stdin).
-- Returns opts (keyed by name) and the positionals; raises a usage error.
function M.parse_args(args, specs)
  local opts, pos = {}, {}
  local i, only_pos = 1, false
  while i <= #args do
    local a = args[i]
    if only_pos or a == "-" or a:sub(1, 1) ~= "-" then
      pos[#pos + 1] = a
    elseif a == "--" then
      only_pos = true
    else
      local name, value = a:match("^%-%-([^=]+)=(.*)$")
      if not name then name = a:match("^%-%-(.+)$") or a:match("^%-(.)$") end
      local spec = name and find_option(specs, name)
      if not spec then M.usage_error("unknown option '" .. a .. "'") end
      if spec.arg then
        if value == nil then
          i = i + 1
          value = args[i]
          if value == nil then M.usage_error("option '" .. a .. "' needs a value (" .. spec.arg .. ")") end
        end
        if spec.values then
          local ok = false
          for _, v in ipairs(spec.values) do if v == value then ok = true end end
          if not ok then
            M.usage_error(string.format("option '%s': '%s' is not one of %s", a, value, table.concat(spec.values, ", ")))
          end
        end
        if spec.pattern and not value:match(spec.pattern) then
          M.usage_error(string.format("option '%s': '%s' is not %s", a, value, spec.arg))
        end
        if spec.multi then
          opts[spec.name] = opts[spec.name] or {}
          table.insert(opts[spec.name], value)
        else
          opts[spec.name] = value
        end
      else
        if value ~= nil then M.usage_error("option '--" .. name .. "' takes no value") end
        opts[spec.name] = true
      end
    end
    i = i + 1
  end
  return opts, pos
end

-- Help text for a command: usage line, summary, options.
function M.command_help(name, cmd, specs)
  local lines = { "usage: " .. (cmd.usage or ("lede " .. name)), "" }
  if cmd.summary then lines[#lines + 1] = cmd.summary end
  if cmd.description then lines[#lines + 1] = ""; lines[#lines + 1] = cmd.description end
  specs = specs or cmd.options
  if specs and #specs > 0 then
    lines[#lines + 1] = ""
    lines[#lines + 1] = "options:"
    for _, s in ipairs(specs) do
      local flag = (#s.name == 1 and "-" or "--") .. s.name
      if s.short then flag = "-" .. s.short .. ", " .. flag end
      if s.arg then flag = flag .. " " .. s.arg end
      lines[#lines + 1] = string.format("  %-30s %s", flag, s.help or "")
    end
  end
  return table.concat(lines, "\n") .. "\n"
end

---------------------------------------------------------------- output

-- Opens the output named by -o (or standard output). Returns the file and a
-- close function.
function M.open_output(path)
  if not path or path == "-" then return io.stdout, function() io.stdout:flush() end end
  local f, err = io.open(path, "wb")
  if not f then M.usage_error("cannot write " .. err) end
  return f, function() f:close() end
end

-- A cell value as one line of text: tables as JSON, nil as "", control
-- characters (newlines, tabs) as spaces.
function M.cell(v)
  if v == nil or v == json.null then return "" end
  local t = type(v)
  if t == "table" then
    local ok, s = pcall(json.encode, v)
    v = ok and s or tostring(v)
  elseif t ~= "string" then
    v = tostring(v)
  end
  return (v:gsub("[%c]", " "))
end

local function width(s) return utf8.len(s) or #s end

-- Writes rows (array of tables) as an aligned text table with a header of
-- field names; each cell is M.cell(row[field]). The last column is not padded.
function M.write_table(out, rows, fields, indent)
  indent = indent or ""
  local cells, widths = {}, {}
  for j, f in ipairs(fields) do widths[j] = width(f) end
  for i, row in ipairs(rows) do
    local line = {}
    for j, f in ipairs(fields) do
      local c = M.cell(row[f])
      line[j] = c
      if width(c) > widths[j] then widths[j] = width(c) end
    end
    cells[i] = line
  end
  local function emit(line)
    local parts = {}
    for j, c in ipairs(line) do
      parts[j] = j < #line and c .. string.rep(" ", widths[j] - width(c)) or c
    end
    out:write(indent, (table.concat(parts, "  "):gsub("%s+$", "")), "\n")
  end
  emit(fields)
  for _, line in ipairs(cells) do emit(line) end
end

-- RFC 4180: a field is quoted when it holds a comma, a double quote, CR or
-- LF; quotes inside are doubled; records end with CRLF.
function M.csv_field(v)
  if v == nil or v == json.null then return "" end
  if type(v) == "table" then v = json.encode(v) elseif type(v) ~= "string" then v = tostring(v) end
  if v:find('[,"\r\n]') then return '"' .. v:gsub('"', '""') .. '"' end
  return v
end

function M.csv_row(values, n)
  local parts = {}
  for i = 1, n or #values do parts[i] = M.csv_field(values[i]) end
  return table.concat(parts, ",") .. "\r\n"
end

-- HTML: text escaped, one self-contained page, no scripts.
local html_escapes = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }
function M.html_escape(s) return (json.valid_utf8(s):gsub("[&<>\"']", html_escapes)) end

function M.html_begin(out, title)
  out:write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
    M.html_escape(title), "</title>\n<style>\n",
    "body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}",
    "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}",
    "th{background:#eee}\n</style>\n</head>\n<body>\n<h1>", M.html_escape(title), "</h1>\n")
end

function M.html_table_begin(out, fields)
  out:write("<table>\n<tr>")
  for _, f in ipairs(fields) do out:write("<th>", M.html_escape(f), "</th>") end
  out:write("</tr>\n")
end

function M.html_row(out, values, n)
  out:write("<tr>")
  for i = 1, n or #values do
    local v = values[i]
    out:write("<td>", M.html_escape(v == nil and "" or type(v) == "table" and json.encode(v) or tostring(v)), "</td>")
  end
  out:write("</tr>\n")
end

function M.html_table_end(out) out:write("</table>\n") end
function M.html_end(out) out:write("</body>\n</html>\n") end

-- A writer for records in one of the formats. fields: the columns of
-- text/csv/html (json writes every field). Records get `doc` beside them.
--   w:document(doc, records)  -- writes one document's records
--   w:finish()
function M.record_writer(out, format, fields, title)
  local w = { out = out, count = 0, docs_with_records = 0 }
  local columns = { "doc" }
  for _, f in ipairs(fields) do columns[#columns + 1] = f end
  local function row(id, r)
    local vals = { id }
    for i, f in ipairs(fields) do vals[i + 1] = r[f] end
    return vals
  end
  if format == "csv" then out:write(M.csv_row(columns)) end
  if format == "html" then M.html_begin(out, title or "lede"); M.html_table_begin(out, columns) end
  function w:document(doc, records)
    self.count = self.count + #records
    if #records > 0 then self.docs_with_records = self.docs_with_records + 1 end
    local id = doc.id
    if format == "json" then
      for _, r in ipairs(records) do
        local o = {}
        if type(r) == "table" then for k, v in pairs(r) do o[k] = v end else o.value = r end
        o.doc = id
        out:write(json.encode(o), "\n")
      end
    elseif format == "csv" then
      for _, r in ipairs(records) do out:write(M.csv_row(row(id, r), #columns)) end
    elseif format == "html" then
      for _, r in ipairs(records) do M.html_row(out, row(id, r), #columns) end
    else
      if #records > 0 then
        local head = { id }
        local meta = {}
        if doc.outlet then meta[#meta + 1] = doc.outlet end
        if doc.date then meta[#meta + 1] = doc.date end
        if #meta > 0 then head[2] = "(" .. table.concat(meta, ", ") .. ")" end
        out:write("== ", M.cell(table.concat(head, " ")), " ==\n")
        M.write_table(out, records, fields, "  ")
        out:write("\n")
      end
    end
  end
  function w:finish()
    if format == "html" then M.html_table_end(out); M.html_end(out) end
  end
  return w
end

---------------------------------------------------------------- corpus

-- Progress on standard error, only when it is a terminal.
local function progress(enabled)
  local p = { n = 0 }
  local last = 0
  function p:step(doc)
    self.n = self.n + 1
    if not enabled then return end
    local now = os.clock()
    if now - last < 0.1 then return end
    last = now
    local id = M.cell(doc and doc.id or "")
    if width(id) > 50 then id = "…" .. id:sub(-48) end
    io.stderr:write(string.format("\r\27[K%d documents  %s", self.n, id))
  end
  function p:done() if enabled and self.n > 0 then io.stderr:write("\r\27[K") end end
  return p
end

-- Reads every SOURCE and calls fn(doc) for each document. A Lua error in fn
-- (or in reading) is reported "lede: <doc id>: <message>" and counted as a
-- skipped document; problems carried by documents are reported with file and
-- line. Returns stats { read =, skipped =, problems = }.
function M.each_document(sources, fn, opts)
  opts = opts or {}
  local lede = lede_module()
  if type(lede.corpus) ~= "function" then error("lede.corpus is not built", 0) end
  local stats = { read = 0, skipped = 0, problems = 0 }
  -- Progress when standard error is a terminal and the results go elsewhere
  -- (results on the terminal show the progress themselves).
  local prog = progress(opts.progress ~= false and M.isatty(2) and not M.isatty(1))
  for _, source in ipairs(sources) do
    local corpus_opts = { on_problem = function(p)
      stats.problems = stats.problems + 1
      if p and p.skipped ~= false then stats.skipped = stats.skipped + 1 end
      M.warn(M.problem_text(p, source))
    end }
    local ok, iter, state, ctl = pcall(lede.corpus, source, corpus_opts)
    if not ok or not iter then
      M.warn(tostring(ok and state or iter))
      stats.skipped = stats.skipped + 1
    else
      while true do
        local got, doc = pcall(iter, state, ctl)
        if not got then
          M.warn(source .. ": " .. tostring(doc))
          stats.skipped = stats.skipped + 1
          break
        end
        if doc == nil then break end
        ctl = doc
        prog:step(doc)
        if type(doc.problems) == "table" then
          for _, p in ipairs(doc.problems) do
            stats.problems = stats.problems + 1
            M.warn(M.problem_text(p, doc.path or doc.id))
          end
        end
        local fine, err = pcall(fn, doc)
        if fine then
          stats.read = stats.read + 1
        else
          if M.is_usage_error(err) then prog:done() error(err, 0) end
          M.warn(tostring(doc.id or "?") .. ": " .. tostring(err))
          stats.skipped = stats.skipped + 1
        end
      end
    end
  end
  prog:done()
  return stats
end

function M.exit_status(stats) return stats.skipped > 0 and M.EXIT_PROBLEMS or M.EXIT_OK end

-- Compiles --gazetteer FILE (nil when not given).
function M.load_gazetteer(path)
  if not path then return nil end
  local lede = lede_module()
  if type(lede.gazetteer) ~= "function" then M.usage_error("--gazetteer: lede.gazetteer is not built") end
  local ok, gz, err = pcall(lede.gazetteer, path)
  if not ok then M.usage_error("--gazetteer: " .. tostring(gz)) end
  if not gz then M.usage_error("--gazetteer: " .. tostring(err)) end
  return gz
end

---------------------------------------------------------------- record_command

-- Builds a command module from { name, summary, fields, extract, summarize?,
-- options?, usage? }: see doc/cli.md. extract(doc, opts) returns the records of
-- one document; opts holds format, ref (the --ref date or else the document's
-- date), gazetteer (compiled) and any extra options.
function M.record_command(def)
  assert(type(def.name) == "string", "record_command: name required")
  assert(type(def.extract) == "function", "record_command: extract required")
  local fields = def.fields or { "text", "start", "stop" }
  local specs = {}
  for _, s in ipairs(def.options or {}) do specs[#specs + 1] = s end
  for _, s in ipairs(M.COMMON_OPTIONS) do specs[#specs + 1] = s end
  local cmd = {
    summary = def.summary,
    description = def.description,
    usage = def.usage or ("lede " .. def.name .. " SOURCE... [--format text|json|csv|html] [--ref DATE] [--gazetteer FILE] [-o FILE]"),
    options = specs,
    fields = fields,
  }
  function cmd.run(args)
    local opts, sources = M.parse_args(args, specs)
    if opts.help then io.stdout:write(M.command_help(def.name, cmd, specs)) return 0 end
    if #sources == 0 then M.usage_error(def.name .. ": no SOURCE given (a file, a directory, or - for standard input)") end
    local format = opts.format or "text"
    local gz = M.load_gazetteer(opts.gazetteer)
    local out, close = M.open_output(opts.o)
    local writer = M.record_writer(out, format, fields, "lede " .. def.name)
    local kept = def.summarize and format == "text" and {} or nil
    local stats = M.each_document(sources, function(doc)
      local xopts = {}
      for k, v in pairs(opts) do xopts[k] = v end
      xopts.format, xopts.gazetteer, xopts.ref = format, gz, opts.ref or doc.date
      -- a document date estimated from the text is a lower bound (see lede.dates)
      xopts.ref_estimated = not opts.ref and doc.date ~= nil and doc.date_estimated == true
      local records = def.extract(doc, xopts) or {}
      writer:document(doc, records)
      if kept then
        local meta = {}
        for k, v in pairs(doc) do if k ~= "text" then meta[k] = v end end
        kept[#kept + 1] = { doc = meta, records = records }
      end
    end)
    writer:finish()
    if format == "text" then
      out:write(string.format("%d records in %d documents (%d read, %d skipped)\n",
        writer.count, writer.docs_with_records, stats.read, stats.skipped))
      if kept then def.summarize(kept, out) end
    end
    close()
    return M.exit_status(stats)
  end
  return cmd
end

---------------------------------------------------------------- streaming (map, reduce)

-- Loads SCRIPT with arg = { [0] = SCRIPT, ... } and runs it. The functions
-- named in names are taken from the table or function it returns, or from
-- the globals it defines. Raises a usage error when the script cannot load.
function M.load_script(path, script_args, names)
  local chunk, err = loadfile(path ~= "-" and path or nil)
  if not chunk then M.usage_error(err) end
  local a = { [0] = path }
  for i, v in ipairs(script_args) do a[i] = v end
  _G.arg = a
  local ok, ret = xpcall(chunk, debug.traceback, table.unpack(script_args))
  if not ok then error(ret, 0) end
  local found = {}
  for i, name in ipairs(names) do
    if type(ret) == "table" and type(ret[name]) == "function" then found[name] = ret[name]
    elseif i == 1 and type(ret) == "function" then found[name] = ret
    elseif type(_G[name]) == "function" then found[name] = _G[name] end
  end
  return found
end

-- Calls fn(record, lineno) for each JSON line of standard input (blank lines
-- skipped). A line that is not JSON is reported with its line number and byte
-- and counted in stats.bad.
function M.each_record(fn, stats)
  local n = 0
  for line in io.stdin:lines() do
    n = n + 1
    if line:find("%S") then
      local v, err = M.json_decode(line)
      if v == nil then
        M.warn(string.format("stdin:%d: %s", n, (err:gsub("^line 1, ", ""))))
        stats.bad = stats.bad + 1
      else
        fn(v, n)
      end
    end
  end
  stats.lines = n
end

function M.write_json(out, v)
  if v ~= nil then out:write(M.json_encode(v), "\n") end
end

---------------------------------------------------------------- entry points

-- Names of the commands: the embedded modules lede.cmd.* (their
-- package.preload keys); commands are built in, package.path is not searched.
function M.command_names()
  local names = {}
  for k in pairs(package.preload) do
    local n = k:match("^lede%.cmd%.([%w_%-]+)$")
    if n then names[#names + 1] = n end
  end
  table.sort(names)
  return names
end

local function load_command(name)
  if not name:match("^[%w_%-]+$") or not package.preload["lede.cmd." .. name] then return nil end
  return require("lede.cmd." .. name)
end

-- Runs a function that may raise usage errors; returns an exit code.
local function guarded(fn, ...)
  local ok, res = pcall(fn, ...)
  if ok then return math.tointeger(res) or 0 end
  if M.is_usage_error(res) then
    M.warn(res.message)
    return M.EXIT_USAGE
  end
  M.warn(tostring(res))
  return M.EXIT_PROBLEMS
end

-- args[1] is the command name, the rest its arguments.
function M.command(args)
  local name = args[1] or ""
  local cmd = load_command(name)
  if not cmd then
    M.warn("unknown command '" .. name .. "' (see lede --help)")
    return M.EXIT_USAGE
  end
  local rest = { table.unpack(args, 2) }
  if (rest[1] == "--help" or rest[1] == "-h") and not cmd.options then
    io.stdout:write(M.command_help(name, cmd))
    return 0
  end
  return guarded(cmd.run, rest)
end

function M.help(args)
  if args and args[1] then
    local cmd = load_command(args[1])
    if not cmd then
      M.warn("unknown command '" .. args[1] .. "' (see lede --help)")
      return M.EXIT_USAGE
    end
    io.stdout:write(M.command_help(args[1], cmd))
    return 0
  end
  local lede = lede_module()
  local lines = {
    "lede " .. tostring(lede._VERSION) .. ": a toolkit for reading news in bulk",
    "",
    "usage: lede                       interactive REPL (lede preloaded)",
    "       lede SCRIPT.lua [ARGS...]  run a Lua script (arg set as in lua5.4)",
    "       lede -e CODE [ARGS...]     run CODE",
    "       lede - [ARGS...]           run a script read from standard input",
    "       lede COMMAND [ARGS...]     run a command (lede COMMAND --help)",
    "       lede --version | --help",
    "",
    "commands:",
  }
  for _, n in ipairs(M.command_names()) do
    local ok, cmd = pcall(require, "lede.cmd." .. n)
    local summary = ok and type(cmd) == "table" and cmd.summary or ("(cannot load: " .. tostring(cmd) .. ")")
    lines[#lines + 1] = string.format("  %-10s %s", n, summary)
  end
  lines[#lines + 1] = ""
  lines[#lines + 1] = "Common options: SOURCE... [--format text|json|csv|html] [--ref DATE] [--gazetteer FILE] [-o FILE]"
  lines[#lines + 1] = "Exit status: 0 all documents read, 1 some skipped or a script error, 2 usage error."
  lines[#lines + 1] = "See lede(1) and doc/cli.md."
  io.stdout:write(table.concat(lines, "\n"), "\n")
  return 0
end

function M.repl(args)
  return require("lede.repl").run(args)
end

return M
