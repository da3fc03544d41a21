-- lede dates: the temporal expressions of each document as TIMEX3 records,
-- relative ones resolved against --ref or the document's date.
local cli = require "lede.cli"

return cli.record_command {
  name = "dates",
  summary = "dates, times, durations and sets as TIMEX3 values (relative ones resolved against the document's date)",
  description = "Fields: type DATE|TIME|DURATION|SET, value (2022-09-13, 2022-09-13TMO, 2022-W37, P6W,\n" ..
    "PRESENT_REF, ...), tz (zone of a stated time), zone_text, mod (START, END, APPROX, ...),\n" ..
    "ambiguous (a numeric date whose day/month order nothing in the text decides), range (start/end).",
  fields = { "text", "start", "stop", "type", "value", "tz", "mod", "ambiguous", "range" },
  extract = function(doc, opts)
    return require("lede").dates(doc.text, { ref = opts.ref, ref_estimated = opts.ref_estimated })
  end,
}
