-- lede.reportkit: helpers shared by the report sections (lua/lede/report/*.lua).
local lede = require "lede"
local M = {}

-- s cut to at most n characters (UTF-8), white space collapsed, "…" when cut.
function M.clip(s, n)
  s = (s or ""):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
  if (utf8.len(s) or #s) <= n then return s end
  local cut = utf8.offset(s, n) or (n + 1)
  return s:sub(1, cut - 1):gsub(" $", "") .. "…"
end

-- Boilerplate spans of the document: the boilerplate section's when it ran
-- (it comes first), else lede.boilerplate's; computed once per document.
function M.boilerplate(doc, ctx)
  return ctx:get("boilerplate_spans", function()
    local list = ctx.cache.boilerplate
    if not list and type(lede.boilerplate) == "function" then list = lede.boilerplate(doc.text or "") end
    return list or {}
  end)
end

-- The matching key of a name (lede.fold when built, else lower case).
function M.fold(s) return (lede.fold and lede.fold(s)) or s:lower() end

return M
