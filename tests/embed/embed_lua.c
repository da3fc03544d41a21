/* embed_lua.c -- a host program with its own Lua state that opens lede with
 * luaopen_lede and runs a Lua snippet.
 * Build: cc embed_lua.c $(pkg-config --cflags --libs lede lua5.4) -l:lede.so or link the binding objects */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>

int luaopen_lede(lua_State *L);

static const char *snippet =
    "local t = lede.tally()\n"
    "for _, w in ipairs{'Baku', 'Yerevan', 'Baku'} do t:add(w) end\n"
    "local top = t:top(1)[1]\n"
    "assert(top.key == 'Baku' and top.count == 2, 'tally gave ' .. top.key)\n"
    "print(string.format('lede %s: %s x%d', lede._VERSION, top.key, top.count))\n";

int main(void) {
  lua_State *L = luaL_newstate();
  if (!L) return 1;
  luaL_openlibs(L);
  luaL_requiref(L, "lede", luaopen_lede, 1); /* also sets the global 'lede' */
  lua_pop(L, 1);
  int status = luaL_dostring(L, snippet);
  if (status != LUA_OK) fprintf(stderr, "embed_lua: %s\n", lua_tostring(L, -1));
  lua_close(L);
  return status == LUA_OK ? 0 : 1;
}
