-- lede.pretty: values as readable Lua-like text for the REPL.
--   local pretty = require "lede.pretty"
--   pretty(v [, opts]) or pretty.format(v [, opts]) -> string
-- Arrays print in order, other keys sorted (numbers, then strings, then the
-- rest by their text). A table prints on one line when that fits in
-- opts.width (default 78) columns, else one entry per line, indented by two.
-- Tables deeper than opts.depth (default 4) print as {…}; after opts.items
-- (default 50) entries a table ends with "… (N more)". Strings are quoted
-- with escapes for control characters and for bytes that are not UTF-8;
-- a table that contains itself prints <cycle> where it recurs; a value
-- with a __tostring metamethod prints as tostring gives it.
local M = {}

local DEFAULTS = { depth = 4, items = 50, width = 78 }

local reserved = {}
for w in ([[and break do else elseif end false for function goto if in local nil not or
  repeat return then true until while]]):gmatch("%a+") do reserved[w] = true end

local escapes = { ["\\"] = "\\\\", ['"'] = '\\"', ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }

local function quote_valid(s)
  return (s:gsub('[%c"\\]', function(c) return escapes[c] or string.format("\\x%02X", c:byte()) end))
end

-- Quotes s; bytes outside valid UTF-8 become \xHH escapes.
function M.quote(s)
  if utf8.len(s) then return '"' .. quote_valid(s) .. '"' end
  local parts, i = {}, 1
  while i <= #s do
    local n, bad = utf8.len(s, i)
    if n then parts[#parts + 1] = quote_valid(s:sub(i)) break end
    parts[#parts + 1] = quote_valid(s:sub(i, bad - 1))
    parts[#parts + 1] = string.format("\\x%02X", s:byte(bad))
    i = bad + 1
  end
  return '"' .. table.concat(parts) .. '"'
end

local function scalar(v)
  local t = type(v)
  if t == "string" then return M.quote(v) end
  if t == "number" then
    if math.type(v) == "integer" then return string.format("%d", v) end
    if v ~= v then return "nan" end
    if v == math.huge then return "inf" elseif v == -math.huge then return "-inf" end
    local s = string.format("%.14g", v)
    if tonumber(s) ~= v then s = string.format("%.17g", v) end
    if not s:find("[%.eEn]") then s = s .. ".0" end
    return s
  end
  return tostring(v)
end

local type_rank = { number = 1, string = 2, boolean = 3 }
local function key_less(a, b)
  local ra, rb = type_rank[type(a)] or 4, type_rank[type(b)] or 4
  if ra ~= rb then return ra < rb end
  if ra <= 2 then return a < b end
  return tostring(a) < tostring(b)
end

local function key_text(k)
  if type(k) == "string" and k:match("^[%a_][%w_]*$") and not reserved[k] then return k end
  return "[" .. scalar(k) .. "]"
end

local function width(s) return utf8.len(s) or #s end

local function render(v, o, depth, indent, seen)
  if type(v) ~= "table" then return scalar(v) end
  local mt = getmetatable(v)
  if type(mt) == "table" and rawget(mt, "__tostring") then return tostring(v) end
  if seen[v] then return "<cycle>" end
  if next(v) == nil then return "{}" end
  if depth >= o.depth then return "{…}" end
  seen[v] = true
  local entries, shown, total = {}, 0, 0
  local n = 0
  while rawget(v, n + 1) ~= nil do n = n + 1 end
  local keys = {}
  for k in pairs(v) do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then keys[#keys + 1] = k end
  end
  table.sort(keys, key_less)
  total = n + #keys
  local child_indent = indent .. "  "
  for i = 1, n do
    if shown >= o.items then break end
    entries[#entries + 1] = render(v[i], o, depth + 1, child_indent, seen)
    shown = shown + 1
  end
  for _, k in ipairs(keys) do
    if shown >= o.items then break end
    entries[#entries + 1] = key_text(k) .. " = " .. render(v[k], o, depth + 1, child_indent, seen)
    shown = shown + 1
  end
  if total > shown then entries[#entries + 1] = string.format("… (%d more)", total - shown) end
  seen[v] = nil
  local one = "{ " .. table.concat(entries, ", ") .. " }"
  if not one:find("\n", 1, true) and #indent + width(one) <= o.width then return one end
  return "{\n" .. child_indent .. table.concat(entries, ",\n" .. child_indent) .. "\n" .. indent .. "}"
end

function M.format(v, opts)
  local o = {}
  for k, d in pairs(DEFAULTS) do o[k] = opts and opts[k] or d end
  return render(v, o, 0, "", {})
end

return setmetatable(M, { __call = function(_, v, opts) return M.format(v, opts) end })
