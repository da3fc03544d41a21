/* lede.c -- luaopen_lede: the binding's entry point and shared helpers.
 * The functions themselves live in bind_*.c; the Lua-written parts are
 * embedded (lua/lede/ tree) and reachable through package.preload. */
#include "binding.h"
#include "bind_list.h"
#include <string.h>

extern const struct { const char *name, *chunk, *src; size_t len; } lede_lua_modules[];

void lede_set_span_named(lua_State *L, const char *s, size_t start, size_t end,
                         const char *text_key, const char *start_key, const char *stop_key) {
  if (text_key) {
    lua_pushlstring(L, s + start, end - start);
    lua_setfield(L, -2, text_key);
  }
  lua_pushinteger(L, (lua_Integer)start + 1);
  lua_setfield(L, -2, start_key);
  lua_pushinteger(L, (lua_Integer)end);
  lua_setfield(L, -2, stop_key);
}

void lede_push_span_fields(lua_State *L, const char *s, size_t start, size_t end) {
  lede_set_span_named(L, s, start, end, "text", "start", "stop");
}

void lede_check_opts(lua_State *L, int idx, const char *const known[]) {
  if (lua_isnoneornil(L, idx)) return;
  luaL_checktype(L, idx, LUA_TTABLE);
  idx = lua_absindex(L, idx);
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "option keys must be strings");
    const char *k = lua_tostring(L, -1);
    int ok = 0;
    for (int i = 0; known[i]; i++) if (strcmp(known[i], k) == 0) { ok = 1; break; }
    if (!ok) luaL_error(L, "unknown option '%s'", k);
  }
}

int lede_opt_bool(lua_State *L, int idx, const char *key, int dflt) {
  if (lua_isnoneornil(L, idx)) return dflt;
  lua_getfield(L, idx, key);
  int v = lua_isnil(L, -1) ? dflt : lua_toboolean(L, -1);
  lua_pop(L, 1);
  return v;
}

/* The string stays valid while the options table holds it. */
const char *lede_opt_string(lua_State *L, int idx, const char *key, const char *dflt) {
  if (lua_isnoneornil(L, idx)) return dflt;
  lua_getfield(L, idx, key);
  const char *v = dflt;
  if (!lua_isnil(L, -1)) {
    if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "option '%s' must be a string", key);
    v = lua_tostring(L, -1);
  }
  lua_pop(L, 1);
  return v;
}

void lede_set_string(lua_State *L, const char *k, const char *v) {
  if (!v || !*v) return;
  lua_pushstring(L, v);
  lua_setfield(L, -2, k);
}

void *lede_push_scratch(lua_State *L, size_t size, const char *meta, lua_CFunction gc) {
  void *p = lua_newuserdatauv(L, size, 0);
  memset(p, 0, size);
  if (luaL_newmetatable(L, meta)) {
    lua_pushcfunction(L, gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  return p;
}

void lede_push_problems(lua_State *L, const lede_problems *p) {
  lua_createtable(L, (int)p->n, 0);
  for (size_t i = 0; i < p->n; i++) {
    const lede_problem *it = &p->items[i];
    lua_createtable(L, 0, 4);
    lede_set_string(L, "file", it->file);
    if (it->line > 0) { lua_pushinteger(L, it->line); lua_setfield(L, -2, "line"); }
    if (it->offset >= 0) { lua_pushinteger(L, (lua_Integer)it->offset); lua_setfield(L, -2, "offset"); }
    lua_pushstring(L, it->message ? it->message : "");
    lua_setfield(L, -2, "message");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

int lede_check_status(lua_State *L, int status, const char *what) {
  if (status == LEDE_OK) return 0;
  return luaL_error(L, "%s: %s", what, lede_strerror(status));
}

/* package.preload loader for an embedded module; upvalue 1 is its index. */
static int load_embedded(lua_State *L) {
  int i = (int)lua_tointeger(L, lua_upvalueindex(1));
  if (luaL_loadbufferx(L, lede_lua_modules[i].src, lede_lua_modules[i].len,
                       lede_lua_modules[i].chunk, "t") != LUA_OK)
    return lua_error(L);
  lua_pushvalue(L, 1);  /* module name, as require passes it */
  lua_call(L, 1, 1);
  return 1;
}

static void register_preloads(lua_State *L) {
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  for (int i = 0; lede_lua_modules[i].name; i++) {
    lua_pushinteger(L, i);
    lua_pushcclosure(L, load_embedded, 1);
    lua_setfield(L, -2, lede_lua_modules[i].name);
  }
  lua_pop(L, 1);
}

/* Lua-written parts of the API live in lede.api.* modules; each adds its
 * functions to the lede table (require "lede" inside them returns it). */
static void require_api_modules(lua_State *L) {
  for (int i = 0; lede_lua_modules[i].name; i++) {
    if (strncmp(lede_lua_modules[i].name, "lede.api.", 9) != 0) continue;
    lua_getglobal(L, "require");
    lua_pushstring(L, lede_lua_modules[i].name);
    lua_call(L, 1, 0);
  }
}

int luaopen_lede(lua_State *L) {
  luaL_checkversion(L);
  lua_newtable(L);
  lua_pushstring(L, LEDE_VERSION);
  lua_setfield(L, -2, "_VERSION");
#define OPEN_ONE(name) lede_open_##name(L);
  LEDE_BINDINGS(OPEN_ONE)
#undef OPEN_ONE
  register_preloads(L);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  lua_pushvalue(L, -2);
  lua_setfield(L, -2, "lede");
  lua_pop(L, 1);
  require_api_modules(L);
  return 1;
}
