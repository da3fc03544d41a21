-- lede numbers: every stated quantity of each document with its qualifier
-- (op), inclusive bounds (min/max), kind and the noun it counts.
local cli = require "lede.cli"

return cli.record_command {
  name = "numbers",
  summary = "numbers with qualifiers, bounds, kinds and counted nouns",
  description = "Fields: value (the stated number), op = ~ > >= < <= range, min/max (inclusive bounds the\n" ..
    "text allows; empty when open), approx (hedge or vague), kind cardinal|ordinal|percent|money|year|\n" ..
    "date|duration|vague|fraction, noun (head noun counted), of (the of-phrase), currency, duration (TIMEX3).",
  fields = { "text", "start", "stop", "value", "min", "max", "op", "approx", "kind", "noun", "of", "duration", "currency" },
  extract = function(doc, opts) return require("lede").numbers(doc.text) end,
}
