-- lede claims: casualty and count claims of each document -- who says how
-- many of whom were killed, injured, missing, captured, displaced or arrested.
local cli = require "lede.cli"

-- Flattens a claim for the text/CSV table and JSON: the figure's fields
-- beside the claim's (count stays a nested object in JSON).
local function flat(c)
  local n = c.count
  return {
    text = c.text, start = c.start, stop = c.stop, event = c.event, claimant = c.claimant,
    subject = c.subject, subject_text = c.subject_text, side = c.side, period = c.period, figure = n.text, op = n.op,
    value = n.value, min = n.min, max = n.max, count = n,
  }
end

return cli.record_command {
  name = "claims",
  summary = "casualty and count claims: claimant, event, figure with bounds, subject, side, period",
  description = "Fields: event killed|injured|missing|captured|displaced|arrested, claimant (empty when the\n" ..
    "outlet states the figure itself), figure/op/value/min/max (the number as lede numbers reads it),\n" ..
    "subject (who), side (the party the subject belongs to), period (a year other than the story's).",
  fields = { "text", "start", "stop", "event", "claimant", "figure", "op", "value", "min", "max", "subject", "side", "period" },
  extract = function(doc, opts)
    local out = {}
    for i, c in ipairs(require("lede").claims(doc.text, { ref = opts.ref })) do out[i] = flat(c) end
    return out
  end,
}
