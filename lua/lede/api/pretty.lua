-- lede.pretty(v [, opts]) -> readable text of a value (the REPL's printer;
-- see lua/lede/pretty.lua), also for scripts: print(lede.pretty(records)).
local lede = require "lede"
lede.pretty = require "lede.pretty"
