-- lede.corpus: directories, files, standard input, arrays of strings;
-- problems not tied to a document; closing on break; the shared seeds.
local lede = require "lede"
local D = SRC .. "/tests/fixtures/docs"

local function sh(cmd) assert(os.execute(cmd), cmd) end

local function tempdir()
  local p = os.tmpname()
  os.remove(p)
  sh("mkdir -p '" .. p .. "'")
  return p
end

describe("lede.corpus", function()
  it("walks a directory recursively in sorted order, every format, reporting what it skips", function()
    local ids, problems = {}, {}
    local it = lede.corpus(D, { on_problem = function(p) problems[#problems + 1] = p end })
    for doc in it do ids[#ids + 1] = doc.id end
    assert.same({
      "kt-0312-01", D .. "/b_plain.md", D .. "/c_page.html", "vw-1", D .. "/d_records.jsonl:4", "7",
      D .. "/e_array.json#1", D .. "/e_array.json#2", D .. "/f_latin1.txt", D .. "/g_nul.txt",
      D .. "/h_empty.txt", D .. "/i_binary.txt", D .. "/nested/deeper/j_deep.txt", D .. "/nested/k_note.txt",
    }, ids)
    assert.same({
      { file = D .. "/d_records.jsonl", line = 2, message = "invalid JSON at column 25; record skipped" },
      { file = D .. "/d_records.jsonl", line = 3, message = 'record has no "text" string; record skipped' },
    }, problems)
    assert.same({ documents = 14, skipped = 2 }, it:stats())
    assert.same({ documents = 14, skipped = 2 }, lede.corpus_stats(it))
  end)

  it("gives each JSON Lines record its fields, id path:line by default", function()
    local docs = {}
    for doc in lede.corpus(D .. "/d_records.jsonl", { on_problem = function() end }) do docs[#docs + 1] = doc end
    assert.equal(3, #docs)
    assert.same({ "vw-1", "Valley Wire", "2025-03-12", "Valley Wire: Dravania says 41 servicemen died." },
                { docs[1].id, docs[1].outlet, docs[1].date, docs[1].text })
    assert.equal(D .. "/d_records.jsonl:4", docs[2].id)
    assert.equal("Northern Ledger", docs[2].outlet)
    assert.equal(D .. "/d_records.jsonl", docs[2].path)
  end)

  it("reads a JSON escape \\u0000 as a space and says so, with the line", function()
    local dir = tempdir()
    local f = assert(io.open(dir .. "/n.jsonl", "wb"))
    f:write('{"text": "first"}\n{"text": "Tarvos\\u0000calm"}\n')
    f:close()
    local docs = {}
    for d in lede.corpus(dir) do docs[#docs + 1] = d end
    sh("rm -rf '" .. dir .. "'")
    assert.equal("Tarvos calm", docs[2].text)
    assert.same({ { file = dir .. "/n.jsonl", line = 2, message = "1 JSON escape(s) \\u0000 (NUL) read as a space" } }, docs[2].problems)
  end)

  it("writes problems to stderr as 'lede: file:line: message' without on_problem", function()
    local out, err, code = RUN_LEDE("-e 'local n = 0; for d in lede.corpus(\"" .. D .. "/d_records.jsonl\") do n = n + 1 end; print(n)'")
    assert.equal("3\n", out)
    assert.equal("lede: " .. D .. "/d_records.jsonl:2: invalid JSON at column 25; record skipped\n" ..
                 "lede: " .. D .. "/d_records.jsonl:3: record has no \"text\" string; record skipped\n", err)
    assert.equal(0, code)
  end)

  it("reads an array of strings, ids 1, 2, ...", function()
    local got = {}
    for doc in lede.corpus({ "Keldoria says 38.", "Date: 2025-03-12\n\nDravania says 41." }) do
      got[#got + 1] = { doc.id, doc.text, doc.date }
    end
    assert.same({ { "1", "Keldoria says 38." }, { "2", "Dravania says 41.", "2025-03-12" } }, got)
    assert.has_error(function() lede.corpus({ "a", 2 }) end, "lede.corpus: element 2 of the source is a number, not a string")
    assert.has_error(function() lede.corpus(42) end)
    local ok, err = pcall(lede.corpus, D .. "\0/x")
    assert.is_false(ok)
    assert.matches("^bad argument #1 to '[%w.]*corpus' %(path contains a NUL byte%)$", err)
    assert.has_error(function() lede.corpus(D, { recursive = false }) end, "unknown option 'recursive'")
    assert.has_error(function() lede.corpus(D, { on_problem = "print" }) end, "option 'on_problem' must be a function")
  end)

  it("keeps a JSON Lines record with a lone surrogate escape, reported with its line", function()
    local out, err = RUN_LEDE("-e 'for d in lede.corpus(\"-\") do print(d.id, d.text, d.problems[1].line, d.problems[1].message) end'",
                              '{"text": "Ulmet \\ud800 calm"}\n')
    assert.equal("stdin:1\tUlmet \u{FFFD} calm\t1\t1 lone surrogate escape(s) (\\uD800-\\uDFFF) read as U+FFFD\n", out)
    assert.equal("", err)
  end)

  it("reads standard input as JSON Lines or as one text", function()
    local out, err = RUN_LEDE("-e 'for d in lede.corpus(\"-\") do print(d.id, d.outlet, d.text) end'",
                              '{"text": "Ulmet is calm.", "outlet": "Valley Wire"}\n\nnot json\n{"text": "Dorn too.", "id": "d2"}\n')
    assert.equal("stdin:1\tValley Wire\tUlmet is calm.\nd2\tnil\tDorn too.\n", out)
    assert.equal("lede: stdin:3: invalid JSON at column 1; record skipped\n", err)
    out = RUN_LEDE("-e 'for d in lede.corpus(\"-\") do print(d.id, d.title, d.text) end'",
                   "Title: Plain\n\nA text on standard input.\n")
    assert.equal("stdin\tPlain\tA text on standard input.\n\n", out)
  end)

  it("reports a missing path, and a symlink loop, and goes on", function()
    local problems = {}
    local n = 0
    for _ in lede.corpus(D .. "/missing", { on_problem = function(p) problems[#problems + 1] = p.file .. ": " .. p.message end }) do n = n + 1 end
    assert.equal(0, n)
    assert.same({ D .. "/missing: cannot read: No such file or directory" }, problems)

    local dir = tempdir()
    sh("mkdir -p '" .. dir .. "/a' && printf 'Inside.\\n' > '" .. dir .. "/a/x.txt' && ln -s .. '" .. dir .. "/a/up' && ln -s . '" .. dir .. "/self'")
    problems = {}
    local ids = {}
    local it = lede.corpus(dir, { on_problem = function(p) problems[#problems + 1] = p.file .. ": " .. p.message end })
    for doc in it do ids[#ids + 1] = doc.id end
    sh("rm -rf '" .. dir .. "'")
    assert.same({ dir .. "/a/x.txt" }, ids)
    assert.same({
      dir .. "/a/up: symlink loop: the directory is already being read as " .. dir,
      dir .. "/self: symlink loop: the directory is already being read as " .. dir,
    }, problems)
    assert.same({ documents = 1, skipped = 2 }, it:stats())
  end)

  it("reads hidden files only when asked", function()
    local seen = {}
    for doc in lede.corpus(D, { hidden = true, on_problem = function() end }) do seen[doc.id] = true end
    assert.is_true(seen[D .. "/.hidden.txt"])
    seen = {}
    for doc in lede.corpus(D, { on_problem = function() end }) do seen[doc.id] = true end
    assert.is_nil(seen[D .. "/.hidden.txt"])
  end)

  it("closes the iterator when a generic for breaks", function()
    local f, s, c, closer = lede.corpus(D, { on_problem = function() end })
    for _ in f, s, c, closer do break end
    assert.matches("1 documents read, 0 skipped, closed", tostring(closer))
    assert.is_nil(f())   -- a closed iterator gives nothing more
    local it = lede.corpus(D)
    it:close()
    assert.is_nil(it())
  end)
end)

if HAVE_SHARED() then
  describe("lede.corpus on the shared seeds", function()
    it("dates each seed only where its text supports one", function()
      local got = {}
      for doc in lede.corpus(SHARED .. "/seeds") do
        got[doc.id:match("(%d%d%d)_[%x]+%.txt$")] = doc
      end
      assert.equal("2022-09-14", got["000"].date)
      assert.is_false(got["000"].date_estimated)
      assert.matches("^header line 1: ", got["000"].date_evidence)
      assert.matches("day%-month order decided by 14 > 12", got["000"].date_evidence)
      for _, k in ipairs({ "001", "002", "003" }) do
        assert.equal("2022-09-13", got[k].date, k)
        assert.is_true(got[k].date_estimated, k)
        assert.matches("^latest explicit date in text at byte %d+: 'September 13, 2022' %(estimated%)$", got[k].date_evidence)
      end
      -- 004 says "September 13" without a year: no date, and the evidence says so
      assert.is_nil(got["004"].date)
      assert.matches("'September 13' at byte %d+ has no year", got["004"].date_evidence)
    end)
  end)
end
