-- lede.cli: the lede program's command dispatch and REPL (entry points
-- called from lua/main.c). Commands live in lede.cmd.<name> modules.
local M = {}
function M.command(args) return require("lede.cmd." .. args[1]).run({ table.unpack(args, 2) }) end
function M.help(args) print("lede " .. require("lede")._VERSION .. ": see lede(1)") return 0 end
function M.repl(args) io.stderr:write("lede: REPL not built yet\n") return 2 end
return M
