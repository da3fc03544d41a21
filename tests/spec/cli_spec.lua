-- The lede program and lede.cli: options, exit statuses, scripts, REPL,
-- JSON/CSV/text writers, record_command on an injected corpus, map/reduce.
local cli = require "lede.cli"
local json = require "lede.json"

local function tmpfile(content)
  local p = os.tmpname()
  local f = assert(io.open(p, "wb"))
  f:write(content)
  f:close()
  return p
end

local function slurp(p)
  local f = assert(io.open(p, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

describe("lede program", function()
  it("--version prints the version and Lua's", function()
    local out, err, code = RUN_LEDE("--version")
    assert.are.equal(0, code)
    assert.matches("^lede 0%.1%.0 %(Lua 5%.4%.%d+%)\n$", out)
    assert.are.equal("", err)
  end)

  it("--help lists the commands with their summaries", function()
    local out, _, code = RUN_LEDE("--help")
    assert.are.equal(0, code)
    assert.matches("usage: lede ", out, 1, true)
    for _, c in ipairs({ "map", "reduce", "report", "tally" }) do
      assert.matches("\n  " .. c .. " +%S", out)
    end
  end)

  it("COMMAND --help and help COMMAND print the command's usage", function()
    local out, _, code = RUN_LEDE("report --help")
    assert.are.equal(0, code)
    assert.matches("^usage: lede report SOURCE%.%.%.", out)
    assert.matches("--format text|json|csv|html", out, 1, true)
    local out2, _, code2 = RUN_LEDE("help tally")
    assert.are.equal(0, code2)
    assert.matches("^usage: lede tally SOURCE%.%.%.", out2)
    local out3, _, code3 = RUN_LEDE("map --help")
    assert.are.equal(0, code3)
    assert.matches("^usage: lede map SCRIPT", out3)
  end)

  it("every command answers --help with its usage", function()
    local names = cli.command_names()
    assert.is_true(#names >= 4)
    for _, name in ipairs(names) do
      local out, err, code = RUN_LEDE(name .. " --help")
      assert.are.equal(0, code, name .. ": " .. err)
      assert.matches("^usage: lede " .. name:gsub("%p", "%%%0"), out)
    end
  end)

  it("an unknown command or option is a usage error (exit 2)", function()
    local out, err, code = RUN_LEDE("frobnicate")
    assert.are.equal(2, code)
    assert.are.equal("", out)
    assert.are.equal("lede: unknown command 'frobnicate' (see lede --help)\n", err)
    _, err, code = RUN_LEDE("--frobnicate")
    assert.are.equal(2, code)
    assert.are.equal("lede: unknown option '--frobnicate' (see lede --help)\n", err)
    _, err, code = RUN_LEDE("report --frob somewhere")
    assert.are.equal(2, code)
    assert.are.equal("lede: unknown option '--frob'\n", err)
    _, err, code = RUN_LEDE("report somewhere --format")
    assert.are.equal(2, code)
    assert.are.equal("lede: option '--format' needs a value (text|json|csv|html)\n", err)
    _, err, code = RUN_LEDE("report somewhere --format yaml")
    assert.are.equal(2, code)
    assert.are.equal("lede: option '--format': 'yaml' is not one of text, json, csv, html\n", err)
    _, err, code = RUN_LEDE("report somewhere --ref 12/03/2025")
    assert.are.equal(2, code)
    assert.are.equal("lede: option '--ref': '12/03/2025' is not DATE\n", err)
    _, err, code = RUN_LEDE("report")
    assert.are.equal(2, code)
    assert.matches("no SOURCE given", err, 1, true)
    _, err, code = RUN_LEDE("help frobnicate")
    assert.are.equal(2, code)
    _, err, code = RUN_LEDE("-e")
    assert.are.equal(2, code)
    assert.are.equal("lede: '-e' needs an argument\n", err)
  end)

  it("-e runs code with lede preloaded", function()
    local out, err, code = RUN_LEDE([[-e "print(1 + 1, type(lede), lede == require('lede'))"]])
    assert.are.equal("2\ttable\ttrue\n", out)
    assert.are.equal("", err)
    assert.are.equal(0, code)
  end)

  it("- reads the script from standard input, with arg set", function()
    local out, _, code = RUN_LEDE("- one two", "print(arg[0], arg[1], arg[2], select('#', ...))\n")
    assert.are.equal(0, code)
    assert.are.equal("-\tone\ttwo\t2\n", out)
  end)

  it("runs a script file with arg and ... set", function()
    local p = tmpfile("print(arg[0] == SCRIPT_NAME_UNSET, #arg, arg[1], arg[2], ...)\nprint(lede._VERSION)\n")
    local out, err, code = RUN_LEDE(p .. " Marsk 'Samar Highlands'")
    os.remove(p)
    assert.are.equal("", err)
    assert.are.equal(0, code)
    assert.are.equal("false\t2\tMarsk\tSamar Highlands\tMarsk\tSamar Highlands\n0.1.0\n", out)
  end)

  it("a script that raises prints the message with file and line, and exits 1", function()
    local p = tmpfile("local n = 38\n\nerror('the figure ' .. n .. ' is disputed')\n")
    local out, err, code = RUN_LEDE(p)
    os.remove(p)
    assert.are.equal(1, code)
    assert.are.equal("", out)
    assert.are.equal("lede: " .. p .. ":3: the figure 38 is disputed\n", err:match("^[^\n]*\n"))
    -- a syntax error too
    p = tmpfile("x = = 1\n")
    _, err, code = RUN_LEDE(p)
    os.remove(p)
    assert.are.equal(1, code)
    assert.matches(p .. ":1: unexpected symbol near '='", err, 1, true)
    -- and a script that does not exist
    _, err, code = RUN_LEDE("/nonexistent/x.lua")
    assert.are.equal(1, code)
    assert.matches("cannot open /nonexistent/x.lua", err, 1, true)
  end)
end)

describe("lede REPL through a pipe", function()
  it("prints expressions without =, one line at a time", function()
    local out, err, code = RUN_LEDE("", "1+1\n'Tarvos' .. 'z'\n=41+1\n")
    assert.are.equal('2\n"Tarvosz"\n42\n', out)
    assert.are.equal("", err)
    assert.are.equal(0, code)
  end)

  it("runs statements, continues incomplete ones, prints tables readably", function()
    local out, _, code = RUN_LEDE("", "x = {3, 1, k = 'v'}\nx\nfor i = 1, 2 do\n  print(i)\nend\nreturn 1, 'a'\n")
    assert.are.equal(0, code)
    assert.are.equal('{ 3, 1, k = "v" }\n1\n2\n1\t"a"\n', out)
  end)

  it("reports errors on stderr, goes on, and exits 1 when input is not a terminal", function()
    local out, err, code = RUN_LEDE("", "error('boom')\n2*3\n")
    assert.are.equal("6\n", out)
    assert.are.equal("stdin:1: boom\n", err)
    assert.are.equal(1, code)
  end)

  it("goes on when printing a result raises (a __tostring that fails)", function()
    local out, err, code = RUN_LEDE("", "setmetatable({}, {__tostring = function() error('no text') end})\n2*3\n")
    assert.are.equal("6\n", out)
    assert.are.equal("lede: cannot print the result: stdin:1: no text\n", err)
    assert.are.equal(1, code)
  end)

  it("knows :help and :quit", function()
    local out, _, code = RUN_LEDE("", ":help\n:quit\n1+1\n")
    assert.are.equal(0, code)
    assert.matches(":quit", out, 1, true)
    assert.is_nil(out:find("\n2\n", 1, true))
  end)
end)

describe("cli.json_encode", function()
  it("writes sorted keys, arrays, integers and floats exactly", function()
    assert.are.equal('{"a":1,"b":[1,2,3],"c":{"d":true,"e":null}}',
      cli.json_encode({ c = { e = json.null, d = true }, b = { 1, 2, 3 }, a = 1 }))
    assert.are.equal("[38,38.0,0.5,-41,1e+20,12345678901]",
      cli.json_encode({ 38, 38.0, 0.5, -41, 1e20, 12345678901 }))
    assert.are.equal("[null,null]", cli.json_encode({ 0 / 0, math.huge }):gsub("%-?nan", "null"))
    assert.are.equal("[]", cli.json_encode({}))
    assert.are.equal("{}", cli.json_encode(json.object()))
    assert.are.equal('{"1":"a","3":"c"}', cli.json_encode({ [1] = "a", [3] = "c" }))
  end)

  it("escapes quotes, backslashes and control characters, passes UTF-8 through", function()
    assert.are.equal([["Vossik said: \"at least 72\"\n\t\\ \u0001\u001f\u007f"]],
      cli.json_encode('Vossik said: "at least 72"\n\t\\ \1\31\127'))
    assert.are.equal('"Kesanı — «Dorn» 🙂"', cli.json_encode("Kesanı — «Dorn» 🙂"))
  end)

  it("reads bytes that are not UTF-8 as Windows-1252", function()
    assert.are.equal('"caf\u{e9} \u{201c}x\u{201d}"', cli.json_encode("caf\xe9 \x93x\x94"))
  end)

  it("refuses what JSON cannot hold", function()
    assert.has_error(function() cli.json_encode({ f = print }) end, "json: cannot encode a value of type function")
    local t = {}
    t.t = t
    assert.has_error(function() cli.json_encode(t) end, "json: cannot encode a table that contains itself")
  end)
end)

describe("lede.json decode", function()
  it("decodes objects, arrays, escapes and numbers", function()
    local v = json.decode('{"doc":"a.txt","n":[1,-2,3.5,1e2],"s":"\\u00e9\\ud83d\\ude00\\n","t":true,"z":null}')
    assert.are.equal("a.txt", v.doc)
    assert.are.equal(1, v.n[1])
    assert.are.equal("integer", math.type(v.n[1]))
    assert.are.equal(-2, v.n[2])
    assert.are.equal(3.5, v.n[3])
    assert.are.equal("float", math.type(v.n[4]))
    assert.are.equal("é😀\n", v.s)
    assert.is_true(v.t)
    assert.are.equal(json.null, v.z)
    assert.are.equal('{}', json.encode(json.decode("{}")))
  end)

  it("names the line and byte of an error", function()
    local function err(s) return select(2, json.decode(s)) end
    assert.are.equal("line 1, byte 9: expected ',' or '}', found '\"'", err('{"a": 1 "b": 2}'))
    assert.are.equal("line 2, byte 10: expected a value, found ']'", err('[1,\n  2, ]'))
    assert.are.equal("line 1, byte 1: unterminated string", err('"abc'))
    assert.are.equal("line 1, byte 1: invalid number", err('01'))
    assert.are.equal("line 1, byte 2: control character in string (escape it)", err('"\n"'))
    assert.are.equal("line 1, byte 2: lone high surrogate", err('"\\ud800"'))
    assert.are.equal("line 1, byte 3: unexpected 'x' after the value", err('1 x'))
    assert.are.equal("line 1, byte 1: expected a value, found end of input", err(''))
    assert.are.equal("line 1, byte 513: nesting deeper than 512", err(string.rep("[", 600)))
    assert.are.equal("line 1, byte 5: invalid UTF-8 in string", err('"abc\xff"'))
  end)
end)

describe("cli writers", function()
  local function capture(fn)
    local buf = {}
    local out = { write = function(self, ...) for _, s in ipairs({ ... }) do buf[#buf + 1] = s end return self end }
    fn(out)
    return table.concat(buf)
  end

  it("quotes CSV fields as RFC 4180 says", function()
    assert.are.equal('plain,"with, comma","say ""no""","two\nlines",,38\r\n',
      cli.csv_row({ "plain", "with, comma", 'say "no"', "two\nlines", nil, 38 }, 6))
  end)

  it("writes an aligned text table", function()
    local s = capture(function(out)
      cli.write_table(out, { { text = "Tarvos", start = 1 }, { text = "Ulmet\nx", start = 120 } }, { "start", "text" })
    end)
    assert.are.equal("start  text\n1      Tarvos\n120    Ulmet x\n", s)
  end)

  it("escapes HTML", function()
    assert.are.equal("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", cli.html_escape([[<b> & "x" 'y']]))
  end)

  it("parses options", function()
    local opts, pos = cli.parse_args({ "a", "--format=csv", "-o", "out", "-", "--ref", "2025-03-12", "--", "--b" },
      cli.COMMON_OPTIONS)
    assert.are.same({ format = "csv", o = "out", ref = "2025-03-12" }, opts)
    assert.are.same({ "a", "-", "--b" }, pos)
  end)
end)

describe("cli.record_command", function()
  local lede = require "lede"
  local saved, messages
  before_each(function()
    messages = {}
    cli.stderr = { write = function(self, ...) for _, s in ipairs({ ... }) do messages[#messages + 1] = s end end }
    saved = lede.corpus
    -- An injected corpus: three documents, the second one makes extract fail.
    lede.corpus = function(source)
      local docs = {
        { id = "a.txt", outlet = "Keldor Today", date = "2025-03-12", text = "38 soldiers, 41 servicemen" },
        { id = "b.txt", text = "FAIL" },
        { id = "c.txt", outlet = "Valley Wire", text = "1,500 peacekeepers", problems = { { file = "c.txt", line = 3, message = "invalid UTF-8 repaired" } } },
      }
      local i = 0
      return function() i = i + 1 return docs[i] end
    end
  end)
  after_each(function() lede.corpus = saved; cli.stderr = io.stderr end)

  local cmd = cli.record_command {
    name = "figures",
    summary = "numbers written with digits",
    fields = { "text", "start", "stop" },
    extract = function(doc, opts)
      if doc.text == "FAIL" then error("cannot read this one", 0) end
      local recs = {}
      for s, t, e in doc.text:gmatch("()(%d[%d,]*)()") do
        recs[#recs + 1] = { text = t, start = s, stop = e - 1, ref = opts.ref }
      end
      return recs
    end,
  }

  it("writes JSON Lines with doc beside the fields, goes on after an error, exits 1", function()
    local out = os.tmpname()
    local code = cmd.run({ "corpus", "--format", "json", "-o", out })
    assert.are.equal(1, code)
    assert.are.equal(
      '{"doc":"a.txt","ref":"2025-03-12","start":1,"stop":2,"text":"38"}\n' ..
      '{"doc":"a.txt","ref":"2025-03-12","start":14,"stop":15,"text":"41"}\n' ..
      '{"doc":"c.txt","start":1,"stop":5,"text":"1,500"}\n', slurp(out))
    os.remove(out)
    assert.are.equal("lede: b.txt: cannot read this one\nlede: c.txt:3: invalid UTF-8 repaired\n", table.concat(messages))
  end)

  it("uses --ref for every document when given", function()
    local out = os.tmpname()
    cmd.run({ "corpus", "--format", "json", "--ref", "2025-03-14", "-o", out })
    assert.matches('"ref":"2025-03-14"', slurp(out), 1, true)
    os.remove(out)
  end)

  it("writes CSV with a header and text tables per document", function()
    local out = os.tmpname()
    cmd.run({ "corpus", "--format", "csv", "-o", out })
    assert.are.equal('doc,text,start,stop\r\na.txt,38,1,2\r\na.txt,41,14,15\r\nc.txt,"1,500",1,5\r\n', slurp(out))
    cmd.run({ "corpus", "-o", out })
    assert.are.equal(
      "== a.txt (Keldor Today, 2025-03-12) ==\n  text  start  stop\n  38    1      2\n  41    14     15\n\n" ..
      "== c.txt (Valley Wire) ==\n  text   start  stop\n  1,500  1      5\n\n" ..
      "3 records in 2 documents (2 read, 1 skipped)\n", slurp(out))
    os.remove(out)
  end)

  it("writes a self-contained HTML table with escaped text", function()
    local out = os.tmpname()
    cmd.run({ "corpus", "--format", "html", "-o", out })
    local html = slurp(out)
    os.remove(out)
    assert.matches("^<!DOCTYPE html>", html)
    assert.matches("<tr><td>c.txt</td><td>1,500</td><td>1</td><td>5</td></tr>", html, 1, true)
    assert.is_nil(html:find("<script", 1, true))
  end)

  it("raises a usage error for a bad option", function()
    local ok, e = pcall(cmd.run, { "corpus", "--bogus" })
    assert.is_false(ok)
    assert.is_true(cli.is_usage_error(e))
    assert.are.equal("unknown option '--bogus'", e.message)
  end)
end)

describe("lede map and reduce", function()
  it("map runs map(record) on each JSON line; bad lines are reported with their number", function()
    local script = tmpfile([[
function map(r)
  if r.fail then error("no") end
  return { key = r.outlet, count = 1 }, r.extra
end
]])
    local out, err, code = RUN_LEDE("map " .. script,
      '{"outlet":"Valley Wire"}\n\n{"outlet":"Keldor Today","extra":[1,2]}\n{"outlet": oops}\n{"fail":true}\n')
    os.remove(script)
    assert.are.equal('{"count":1,"key":"Valley Wire"}\n{"count":1,"key":"Keldor Today"}\n[1,2]\n', out)
    assert.matches("lede: stdin:4: byte 12: expected a value, found 'o'\n", err, 1, true)
    assert.matches("lede: stdin:5: ", err, 1, true)
    assert.are.equal(1, code)
  end)

  it("a result JSON cannot hold is that line's error; the stream goes on", function()
    local script = tmpfile("function map(r) if r.f then return print end return r end\n")
    local out, err, code = RUN_LEDE("map " .. script, '{"a":1}\n{"f":1}\n{"b":2}\n')
    os.remove(script)
    assert.are.equal('{"a":1}\n{"b":2}\n', out)
    assert.are.equal("lede: stdin:2: json: cannot encode a value of type function\n", err)
    assert.are.equal(1, code)
    script = tmpfile('function reduce(k, vs) if k == "Marsk" then return { f = print } end return #vs end\n')
    out, err, code = RUN_LEDE("reduce " .. script, '["Marsk",1]\n["Velgrad",1]\n')
    os.remove(script)
    assert.are.equal('{"key":"Velgrad","value":1}\n', out)
    assert.are.equal("lede: reduce Marsk: json: cannot encode a value of type function\n", err)
    assert.are.equal(1, code)
  end)

  it("map takes a returned function, emit, finish and script arguments", function()
    local script = tmpfile([[
local n, suffix = 0, ...
return { map = function(r, emit) n = n + 1; emit(r .. suffix); emit(r .. suffix) end,
         finish = function() return { seen = n } end }
]])
    local out, _, code = RUN_LEDE("map " .. script .. " '!'", '"a"\n"b"\n')
    os.remove(script)
    assert.are.equal(0, code)
    assert.are.equal('"a!"\n"a!"\n"b!"\n"b!"\n{"seen":2}\n', out)
  end)

  it("reduce groups by key in key order", function()
    local script = tmpfile([[
function reduce(key, values)
  local sum = 0
  for _, v in ipairs(values) do sum = sum + v end
  return sum
end
]])
    local out, err, code = RUN_LEDE("reduce " .. script,
      '{"key":"Marsk","value":2}\n["Velgrad",5]\n{"key":"Marsk","value":3}\n{"nokey":1}\n')
    os.remove(script)
    assert.are.equal('{"key":"Marsk","value":5}\n{"key":"Velgrad","value":5}\n', out)
    assert.are.equal('lede: stdin:4: record has no key (an object with "key", or a [key, value] pair)\n', err)
    assert.are.equal(1, code)
  end)

  it("reduce --sorted reduces each run of equal keys as it ends", function()
    local script = tmpfile("function reduce(k, vs) return { key = k, n = #vs } end\n")
    local out, _, code = RUN_LEDE("reduce --sorted " .. script, '["b",1]\n["b",1]\n["a",1]\n["b",1]\n')
    os.remove(script)
    assert.are.equal(0, code)
    assert.are.equal('{"key":"b","n":2}\n{"key":"a","n":1}\n{"key":"b","n":1}\n', out)
  end)

  it("reduce --tally adds up counts, largest first", function()
    local out, _, code = RUN_LEDE("reduce --tally",
      '{"key":"Valley Wire","count":2}\n{"key":"Harbour Post","count":1}\n{"key":"Harbour Post","count":4}\n{"key":"Keldor Today"}\n')
    assert.are.equal(0, code)
    assert.are.equal('{"count":5,"key":"Harbour Post"}\n{"count":2,"key":"Valley Wire"}\n{"count":1,"key":"Keldor Today"}\n', out)
  end)

  it("map without a script or with one lacking map() is a usage error", function()
    local _, err, code = RUN_LEDE("map")
    assert.are.equal(2, code)
    assert.matches("no SCRIPT given", err, 1, true)
    local script = tmpfile("x = 1\n")
    _, err, code = RUN_LEDE("map " .. script, "")
    os.remove(script)
    assert.are.equal(2, code)
    assert.matches("defines no map function", err, 1, true)
  end)
end)

describe("lede report on an injected corpus", function()
  local lede = require "lede"
  local report = require "lede.cmd.report"
  local saved, messages = {}, {}
  before_each(function()
    messages = {}
    cli.stderr = { write = function(self, ...) for _, s in ipairs({ ... }) do messages[#messages + 1] = s end end }
    for _, k in ipairs({ "corpus", "sentences", "boilerplate" }) do saved[k] = lede[k] end
    lede.corpus = function()
      local docs = {
        { id = "a.txt", outlet = "Keldor Today", title = "Clashes near Tarvos", date = "2025-03-12",
          date_evidence = "metadata field Date", date_estimated = false, text = "Line one.\nShare this\n", problems = {} },
        { id = "b.txt", text = "Ulmet.", problems = { { file = "b.txt", line = 2, message = "invalid UTF-8 repaired" } } },
        { id = "c.txt", date = "2025-03-11", date_estimated = true, date_evidence = "latest date in the text",
          text = "Dorn.", problems = {} },
      }
      local i = 0
      return function() i = i + 1 return docs[i] end
    end
    -- only this issue's sections, so that sections added later do not change the expected text
    saved.sections = report.sections
    report.sections = function()
      local keep = { documents = true, sentences = true, boilerplate = true, problems = true }
      local list = {}
      for _, s in ipairs(saved.sections()) do if keep[s.name] then list[#list + 1] = s end end
      return list
    end
    lede.sentences = function(s) return { { text = "x", start = 1, stop = 1 }, { text = "y", start = 2, stop = 2 } } end
    lede.boilerplate = function(s)
      local a, b = s:find("Share this", 1, true)
      if not a then return {} end
      return { { text = "Share this", start = a, stop = b, reason = "share line" } }
    end
  end)
  after_each(function()
    report.sections = saved.sections
    saved.sections = nil
    for k, v in pairs(saved) do lede[k] = v end
    cli.stderr = io.stderr
  end)

  it("writes each document's sections, then the corpus summary", function()
    local out = os.tmpname()
    assert.are.equal(0, report.run({ "corpus", "-o", out }))
    assert.are.equal([[
== a.txt ==
outlet:      Keldor Today
title:       Clashes near Tarvos
date:        2025-03-12 (metadata field Date)
sentences:   2
boilerplate: 1 line
  line 2: Share this -- share line
problems:    none

== b.txt ==
date:        no date: nothing in the metadata or the text supports one
sentences:   2
boilerplate: 0 lines
problems:    1
  b.txt:2: invalid UTF-8 repaired

== c.txt ==
date:        2025-03-11, estimated (latest date in the text)
sentences:   2
boilerplate: 0 lines
problems:    none

== corpus ==
documents: 3 read, 0 skipped
dates: 1 found, 1 estimated, 1 missing
sentences: 6
boilerplate: 1 line
      1  share line
problems: 1 in 1 documents
]], slurp(out))
    os.remove(out)
    assert.are.equal("lede: b.txt:2: invalid UTF-8 repaired\n", table.concat(messages))
  end)

  it("writes one JSON object per document", function()
    local out = os.tmpname()
    assert.are.equal(0, report.run({ "corpus", "--format", "json", "-o", out }))
    assert.are.equal(
      '{"boilerplate":[{"line":2,"reason":"share line","start":11,"stop":20,"text":"Share this"}],' ..
      '"date":"2025-03-12","date_estimated":false,"date_evidence":"metadata field Date","doc":"a.txt",' ..
      '"outlet":"Keldor Today","problems":[],"sentences":2,"title":"Clashes near Tarvos"}\n' ..
      '{"boilerplate":[],"date_evidence":"nothing in the metadata or the text supports one","doc":"b.txt",' ..
      '"problems":[{"file":"b.txt","line":2,"message":"invalid UTF-8 repaired"}],"sentences":2}\n' ..
      '{"boilerplate":[],"date":"2025-03-11","date_estimated":true,"date_evidence":"latest date in the text",' ..
      '"doc":"c.txt","problems":[],"sentences":2}\n', slurp(out))
    os.remove(out)
  end)

  it("writes one CSV row per document, lists as their length", function()
    local out = os.tmpname()
    report.run({ "corpus", "--format", "csv", "-o", out })
    local lines = {}
    for l in slurp(out):gmatch("([^\n]*)\n") do lines[#lines + 1] = l end
    os.remove(out)
    assert.are.equal("doc,outlet,title,path,date,date_estimated,date_evidence,sentences,boilerplate,problems\r", lines[1])
    assert.are.equal("a.txt,Keldor Today,Clashes near Tarvos,,2025-03-12,false,metadata field Date,2,1,0\r", lines[2])
    assert.are.equal(4, #lines)
  end)

  it("finds its sections in package.preload, in order", function()
    local names = {}
    for _, s in ipairs(saved.sections()) do names[#names + 1] = s.name end
    local pos = {}
    for i, n in ipairs(names) do pos[n] = i end
    assert.is_true(pos.documents < pos.sentences)
    assert.is_true(pos.sentences < pos.boilerplate)
    assert.is_true(pos.boilerplate < pos.problems)
  end)
end)

describe("lede tally on an injected corpus", function()
  local lede = require "lede"
  local tally = require "lede.cmd.tally"
  local saved
  before_each(function()
    saved = lede.corpus
    lede.corpus = function()
      local docs = {
        { id = "a", outlet = "Valley Wire", date = "2025-03-12", text = "" },
        { id = "b", outlet = "Keldor Today", date = "2025-03-12", text = "" },
        { id = "c", outlet = "Valley Wire", date = "2025-04-01", text = "" },
        { id = "d", text = "" },
      }
      local i = 0
      return function() i = i + 1 return docs[i] end
    end
  end)
  after_each(function() lede.corpus = saved end)

  it("counts per outlet, date and month, largest first, ties by key", function()
    local out = os.tmpname()
    assert.are.equal(0, tally.run({ "x", "-o", out }))
    assert.are.equal("count  outlet\n2      Valley Wire\n1      (no outlet)\n1      Keldor Today\n", slurp(out))
    tally.run({ "x", "--by", "date", "--format", "json", "-o", out })
    assert.are.equal('{"count":2,"key":"2025-03-12"}\n{"count":1,"key":"(no date)"}\n{"count":1,"key":"2025-04-01"}\n', slurp(out))
    tally.run({ "x", "--by=month", "--top", "1", "--format", "csv", "-o", out })
    assert.are.equal("key,count\r\n2025-03,2\r\n", slurp(out))
    os.remove(out)
  end)

  it("rejects an unknown --by and a bad --top", function()
    local ok, e = pcall(tally.run, { "x", "--by", "colour" })
    assert.are.equal("option '--by': 'colour' is not one of outlet, date, month, entity", e.message)
    ok, e = pcall(tally.run, { "x", "--top", "ten" })
    assert.are.equal("option '--top': 'ten' is not N", e.message)
  end)
end)

describe("usage errors of the common options", function()
  it("-o to a directory that does not exist, or a missing gazetteer, exit 2", function()
    local _, err, code = RUN_LEDE("report " .. SRC .. "/tests/spec/helper.lua -o /nonexistent/dir/out.txt")
    assert.are.equal(2, code)
    assert.matches("^lede: cannot write /nonexistent/dir/out.txt", err)
    _, err, code = RUN_LEDE("report " .. SRC .. "/tests/spec/helper.lua --gazetteer /nonexistent/g.tsv")
    assert.are.equal(2, code)
    assert.matches("^lede: %-%-gazetteer: ", err)
    assert.matches("/nonexistent/g.tsv", err, 1, true)
  end)
end)
