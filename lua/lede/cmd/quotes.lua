-- lede quotes: who said what -- quotations with their speakers, per document,
-- or (--merge) the same quotation grouped across documents (lede.harvest).
local cli = require "lede.cli"

local FIELDS = { "text", "start", "stop", "kind", "speaker", "speaker_text", "speaker_start", "speaker_stop", "cue" }

local EXTRA = {
  { name = "indirect", help = "also report indirect speech (X said that ...)" },
  { name = "scare", help = "also report scare quotes and titles (kind scare)" },
  { name = "merge", help = "group the same quotation across documents (speaker, text, sources)" },
}

local per_doc = cli.record_command {
  name = "quotes",
  summary = "quotations with their speakers: direct, partial and (--indirect) indirect speech",
  description = "Fields: text (the quoted words, without marks), kind direct|partial|indirect|scare, speaker\n" ..
    "(the resolved name), speaker_text (the words naming the speaker in the text: a name, 'she',\n" ..
    "'the ministry'), cue (the verb or phrase: said, told, according to ...).\n" ..
    "--merge groups the same quotation across documents instead (lede.harvest).",
  usage = "lede quotes SOURCE... [--merge] [--indirect] [--scare] [--format text|json|csv|html] [-o FILE]",
  fields = FIELDS,
  options = EXTRA,
  extract = function(doc, opts)
    return require("lede").quotes(doc.text, { indirect = opts.indirect or nil, scare = opts.scare or nil })
  end,
}

local MERGE_FIELDS = { "n", "speaker", "text", "outlets", "docs" }

-- One row per group for the text/CSV/HTML table; JSON keeps the sources.
local function group_row(g)
  local outlets, docs, seen = {}, {}, {}
  for _, s in ipairs(g.sources) do
    local o = s.outlet or s.doc
    if o and not seen[o] then seen[o] = true; outlets[#outlets + 1] = o end
    docs[#docs + 1] = s.doc
  end
  return { n = #g.sources, speaker = g.speaker, text = g.text, outlets = table.concat(outlets, "; "),
           docs = table.concat(docs, "; ") }
end

local function run_merge(args)
  local specs = {}
  for _, s in ipairs(EXTRA) do specs[#specs + 1] = s end
  for _, s in ipairs(cli.COMMON_OPTIONS) do specs[#specs + 1] = s end
  local opts, sources = cli.parse_args(args, specs)
  if opts.help then io.stdout:write(cli.command_help("quotes", per_doc, specs)) return 0 end
  if #sources == 0 then cli.usage_error("quotes: no SOURCE given (a file, a directory, or - for standard input)") end
  local format = opts.format or "text"
  local docs = {}
  local stats = cli.each_document(sources, function(doc)
    docs[#docs + 1] = { id = doc.id, outlet = doc.outlet, text = doc.text }
  end)
  local groups = require("lede").harvest(docs, { indirect = opts.indirect or nil })
  local out, close = cli.open_output(opts.o)
  if format == "json" then
    for _, g in ipairs(groups) do cli.write_json(out, g) end
  elseif format == "text" then
    local rows = {}
    for i, g in ipairs(groups) do rows[i] = group_row(g) end
    cli.write_table(out, rows, MERGE_FIELDS)
    out:write(string.format("%d quotations in %d groups from %d documents (%d read, %d skipped)\n",
      (function() local n = 0 for _, g in ipairs(groups) do n = n + #g.sources end return n end)(),
      #groups, #docs, stats.read, stats.skipped))
  else
    local w = cli.record_writer(out, format, MERGE_FIELDS, "lede quotes --merge")
    local rows = {}
    for i, g in ipairs(groups) do rows[i] = group_row(g) end
    w:document({ id = "merged" }, rows)
    w:finish()
  end
  close()
  return cli.exit_status(stats)
end

return {
  summary = per_doc.summary,
  description = per_doc.description,
  usage = per_doc.usage,
  options = per_doc.options,
  fields = per_doc.fields,
  run = function(args)
    for _, a in ipairs(args) do
      if a == "--merge" then
        local rest = {}
        for _, b in ipairs(args) do if b ~= "--merge" then rest[#rest + 1] = b end end
        return run_merge(rest)
      end
    end
    return per_doc.run(args)
  end,
}
