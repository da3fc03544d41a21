-- Builds lede's Lua module (lede.so with the Lua modules embedded, plus the
-- Lua sources and the lede program) with `luarocks make` from a source tree.
-- Needs the Debian packages of the README (cmake, a C compiler, pkg-config,
-- liblua5.4-dev, libpcre2-dev, libcjson-dev, libutf8proc-dev, libedit-dev).
rockspec_format = "3.0"
package = "lede"
version = "0.1.0-1"
source = {
  url = "git+file:///lede",  -- `luarocks make` builds the tree it is run in; nothing is fetched
  tag = "v0.1.0",
}
description = {
  summary = "A toolkit for reading news in bulk: sentences, boilerplate, dates, numbers, quotes, names",
  detailed = [[
lede reads news articles in bulk (plain text, HTML, JSON Lines) and finds
sentences, page furniture, publication dates, numbers with qualifiers,
dates, quotes and their speakers, and names, each with exact byte offsets
into the text. A C11 core with a Lua 5.4 binding, a REPL and commands.]],
  license = "MIT",
}
dependencies = {
  "lua >= 5.4, < 5.5",
}
build = {
  type = "cmake",
  variables = {
    CMAKE_INSTALL_PREFIX = "$(PREFIX)",
    CMAKE_BUILD_TYPE = "Release",
    -- LuaRocks deploys <rock>/lib to the tree's C module directory and
    -- <rock>/lua to its Lua directory; the C library, header and lede.pc stay
    -- inside the rock's own directory (c-lib/, include/).
    LEDE_LUA_CDIR = "lib",
    LEDE_LUA_LDIR = "lua",
    CMAKE_INSTALL_LIBDIR = "c-lib",
    CMAKE_INSTALL_BINDIR = "bin",
    LEDE_TESTS = "OFF",             -- no test programs, so busted is not needed
  },
}
