-- lede.json: a small, strict JSON encoder and decoder (RFC 8259).
--
-- encode(v): deterministic output -- object keys sorted, integers written as
--   integers, floats with enough digits to read back the same number (an
--   integral float keeps a ".0"), NaN and infinities as null. A table whose
--   keys are exactly 1..n is an array; an empty table is [] unless it carries
--   json.object's metatable. Strings are UTF-8; a byte that is not valid UTF-8
--   is read as Windows-1252 (as lede's core does) so the output is always
--   valid JSON. json.null stands for null.
-- decode(s): value, or nil and "line L, byte B: message" (B counts from 1 on
--   the whole input). Objects decode to tables marked with json.object's
--   metatable (so {} survives a round trip), null to json.null, numbers
--   without fraction or exponent to integers when they fit.
local M = {}

M.null = setmetatable({}, { __name = "json.null", __tostring = function() return "null" end })
local object_mt = { __name = "json.object" }
M.object_mt = object_mt
-- Marks t (default: a new table) to encode as an object even when empty.
function M.object(t) return setmetatable(t or {}, object_mt) end

---------------------------------------------------------------- encoding

local escapes = {
  ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t",
}
for b = 0, 31 do
  local c = string.char(b)
  escapes[c] = escapes[c] or string.format("\\u%04x", b)
end
escapes["\127"] = "\\u007f"

-- Windows-1252 code points for bytes 0x80..0x9F (the rest are Latin-1).
local cp1252 = {
  [0x80] = 0x20AC, [0x82] = 0x201A, [0x83] = 0x0192, [0x84] = 0x201E, [0x85] = 0x2026,
  [0x86] = 0x2020, [0x87] = 0x2021, [0x88] = 0x02C6, [0x89] = 0x2030, [0x8A] = 0x0160,
  [0x8B] = 0x2039, [0x8C] = 0x0152, [0x8E] = 0x017D, [0x91] = 0x2018, [0x92] = 0x2019,
  [0x93] = 0x201C, [0x94] = 0x201D, [0x95] = 0x2022, [0x96] = 0x2013, [0x97] = 0x2014,
  [0x98] = 0x02DC, [0x99] = 0x2122, [0x9A] = 0x0161, [0x9B] = 0x203A, [0x9C] = 0x0153,
  [0x9E] = 0x017E, [0x9F] = 0x0178,
}

-- Returns s with every byte that is not part of valid UTF-8 replaced by the
-- UTF-8 form of its Windows-1252 character.
local function valid_utf8(s)
  if utf8.len(s) then return s end
  local out, i = {}, 1
  while true do
    local n, bad = utf8.len(s, i)
    if n then out[#out + 1] = s:sub(i) break end
    out[#out + 1] = s:sub(i, bad - 1)
    local b = s:byte(bad)
    out[#out + 1] = utf8.char(cp1252[b] or b)
    i = bad + 1
    if i > #s then break end
  end
  return table.concat(out)
end
M.valid_utf8 = valid_utf8

local function encode_string(s)
  return '"' .. valid_utf8(s):gsub('[%c"\\]', escapes) .. '"'
end

local function encode_number(x)
  if math.type(x) == "integer" then return string.format("%d", x) end
  if x ~= x or x == math.huge or x == -math.huge then return "null" end
  local s = string.format("%.14g", x)
  if tonumber(s) ~= x then s = string.format("%.17g", x) end
  if not s:find("[%.eEn]") then s = s .. ".0" end
  return s
end

-- "array" when the keys are exactly 1..n (n >= 1), "empty", or "object".
local function table_kind(t)
  if getmetatable(t) == object_mt then return "object" end
  local n = #t
  if n == 0 then return next(t) == nil and "empty" or "object" end
  local count = 0
  for _ in pairs(t) do count = count + 1 end
  return count == n and "array" or "object"
end

local function key_less(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  return a < b
end

local encode_value

local function encode_table(t, buf, seen, depth)
  if seen[t] then error("json: cannot encode a table that contains itself", 0) end
  if depth > 512 then error("json: nesting deeper than 512", 0) end
  seen[t] = true
  local kind = table_kind(t)
  if kind == "empty" then
    buf[#buf + 1] = "[]"
  elseif kind == "array" then
    buf[#buf + 1] = "["
    for i = 1, #t do
      if i > 1 then buf[#buf + 1] = "," end
      encode_value(t[i], buf, seen, depth + 1)
    end
    buf[#buf + 1] = "]"
  else
    local keys = {}
    for k in pairs(t) do
      local tk = type(k)
      if tk ~= "string" and tk ~= "number" then
        error("json: cannot encode a table key of type " .. tk, 0)
      end
      keys[#keys + 1] = k
    end
    table.sort(keys, key_less)
    buf[#buf + 1] = "{"
    for i, k in ipairs(keys) do
      if i > 1 then buf[#buf + 1] = "," end
      buf[#buf + 1] = encode_string(type(k) == "string" and k or encode_number(k))
      buf[#buf + 1] = ":"
      encode_value(t[k], buf, seen, depth + 1)
    end
    buf[#buf + 1] = "}"
  end
  seen[t] = nil
end

function encode_value(v, buf, seen, depth)
  local tv = type(v)
  if tv == "string" then buf[#buf + 1] = encode_string(v)
  elseif tv == "number" then buf[#buf + 1] = encode_number(v)
  elseif tv == "boolean" then buf[#buf + 1] = tostring(v)
  elseif v == nil or v == M.null then buf[#buf + 1] = "null"
  elseif tv == "table" then encode_table(v, buf, seen, depth)
  else error("json: cannot encode a value of type " .. tv, 0) end
end

-- JSON text of v on one line (no trailing newline). Raises for functions,
-- userdata, cycles and keys that are neither strings nor numbers.
function M.encode(v)
  local buf = {}
  encode_value(v, buf, {}, 0)
  return table.concat(buf)
end

---------------------------------------------------------------- decoding

-- The decoder walks the string with string.find anchored patterns; pos is
-- the byte index of the next unread character.
local Decoder = {}
Decoder.__index = Decoder

function Decoder:fail(msg, pos)
  pos = pos or self.pos
  local line = 1
  for _ in self.s:sub(1, pos - 1):gmatch("\n") do line = line + 1 end
  error({ json_error = string.format("line %d, byte %d: %s", line, pos, msg) }, 0)
end

function Decoder:skip_space()
  self.pos = self.s:find("[^ \t\r\n]", self.pos) or #self.s + 1
end

function Decoder:what()
  if self.pos > #self.s then return "end of input" end
  local c = self.s:sub(self.pos, self.pos)
  if c:find("^[%g]") then return "'" .. c .. "'" end
  return string.format("byte 0x%02X", c:byte())
end

local unescape = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t" }

function Decoder:hex4(at)
  local h = self.s:match("^%x%x%x%x", at)
  if not h then self:fail("\\u must be followed by four hex digits", at - 2) end
  return tonumber(h, 16)
end

function Decoder:string()
  local s, start = self.s, self.pos + 1
  local parts, i = {}, start
  while true do
    local j = s:find('["\\%c]', i)
    if not j then self:fail("unterminated string", start - 1) end
    parts[#parts + 1] = s:sub(i, j - 1)
    local c = s:sub(j, j)
    if c == '"' then self.pos = j + 1 break end
    if c ~= "\\" then
      if c == "\127" then parts[#parts + 1] = c; i = j + 1; goto continue end
      self:fail("control character in string (escape it)", j)
    end
    do
      local e = s:sub(j + 1, j + 1)
      if unescape[e] then
        parts[#parts + 1] = unescape[e]; i = j + 2
      elseif e == "u" then
        local cp = self:hex4(j + 2)
        i = j + 6
        if cp >= 0xD800 and cp <= 0xDBFF then
          if s:sub(i, i + 1) ~= "\\u" then self:fail("lone high surrogate", j) end
          local lo = self:hex4(i + 2)
          if lo < 0xDC00 or lo > 0xDFFF then self:fail("high surrogate without low surrogate", j) end
          cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
          i = i + 6
        elseif cp >= 0xDC00 and cp <= 0xDFFF then
          self:fail("lone low surrogate", j)
        end
        parts[#parts + 1] = utf8.char(cp)
      else
        self:fail("invalid escape '\\" .. e .. "'", j)
      end
    end
    ::continue::
  end
  local out = table.concat(parts)
  if not utf8.len(out) then
    local _, bad = utf8.len(out)
    self:fail("invalid UTF-8 in string", start + bad - 1)
  end
  return out
end

function Decoder:number()
  local s, p = self.s, self.pos
  local num = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", p)
  -- The pattern is loose; check the JSON grammar exactly.
  if not num or not (num:match("^-?0$") or num:match("^-?0[%.eE]") or num:match("^-?[1-9]")) then
    self:fail("invalid number", p)
  end
  local int, frac, exp = num:match("^(-?%d+)(%.?%d*)([eE]?[-+]?%d*)$")
  if frac == "." or (exp ~= "" and not exp:match("^[eE][-+]?%d+$")) then self:fail("invalid number", p) end
  self.pos = p + #num
  if frac == "" and exp == "" then
    local v = math.tointeger(tonumber(int))
    if v then return v end
  end
  return tonumber(num) + 0.0
end

function Decoder:value(depth)
  if depth >= 512 then self:fail("nesting deeper than 512") end
  self:skip_space()
  local s, p = self.s, self.pos
  local c = s:sub(p, p)
  if c == "{" then
    local t = setmetatable({}, object_mt)
    self.pos = p + 1
    self:skip_space()
    if s:sub(self.pos, self.pos) == "}" then self.pos = self.pos + 1 return t end
    while true do
      self:skip_space()
      if s:sub(self.pos, self.pos) ~= '"' then self:fail("expected a string key, found " .. self:what()) end
      local k = self:string()
      self:skip_space()
      if s:sub(self.pos, self.pos) ~= ":" then self:fail("expected ':' after key, found " .. self:what()) end
      self.pos = self.pos + 1
      local v = self:value(depth + 1)
      t[k] = v
      self:skip_space()
      local d = s:sub(self.pos, self.pos)
      self.pos = self.pos + 1
      if d == "}" then return t end
      if d ~= "," then self.pos = self.pos - 1; self:fail("expected ',' or '}', found " .. self:what()) end
    end
  elseif c == "[" then
    local t, n = {}, 0
    self.pos = p + 1
    self:skip_space()
    if s:sub(self.pos, self.pos) == "]" then self.pos = self.pos + 1 return t end
    while true do
      n = n + 1
      t[n] = self:value(depth + 1)
      self:skip_space()
      local d = s:sub(self.pos, self.pos)
      self.pos = self.pos + 1
      if d == "]" then return t end
      if d ~= "," then self.pos = self.pos - 1; self:fail("expected ',' or ']', found " .. self:what()) end
    end
  elseif c == '"' then
    return self:string()
  elseif c == "-" or c:find("^%d") then
    return self:number()
  elseif s:find("^true", p) then self.pos = p + 4 return true
  elseif s:find("^false", p) then self.pos = p + 5 return false
  elseif s:find("^null", p) then self.pos = p + 4 return M.null
  end
  self:fail("expected a value, found " .. self:what())
end

-- Decodes the JSON text s (one value, white space around it allowed).
-- Returns the value, or nil and a message naming the line and byte.
function M.decode(s)
  if type(s) ~= "string" then error("json.decode expects a string, got " .. type(s), 2) end
  local d = setmetatable({ s = s, pos = 1 }, Decoder)
  local ok, v = pcall(function()
    local v = d:value(0)
    d:skip_space()
    if d.pos <= #s then d:fail("unexpected " .. d:what() .. " after the value") end
    return v
  end)
  if ok then return v end
  if type(v) == "table" and v.json_error then return nil, v.json_error end
  error(v, 0)
end

return M
