/* bind_sentences.c -- lede.sentences(s) and lede.boilerplate(s).
 * The core's result list is kept in a userdata box (freed by __gc) while the
 * Lua tables are built, so a memory error while pushing leaks nothing. */
#include "binding.h"
#include <stdlib.h>

#define BOX_META "lede.sentences.resultbox"

typedef struct { void *items; } result_box;

static int box_gc(lua_State *L) {
  result_box *b = (result_box *)luaL_checkudata(L, 1, BOX_META);
  free(b->items);
  b->items = NULL;
  return 0;
}

/* Pushes an empty box; the caller stores a malloc'ed items pointer in it. */
static result_box *push_box(lua_State *L) {
  return lede_push_scratch(L, sizeof(result_box), BOX_META, box_gc);
}

/* lede.sentences(s) -> { {text=, start=, stop=}, ... } */
static int l_sentences(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  result_box *box = push_box(L);
  lede_spans sp = {0};
  int st = lede_sentences(s, n, &sp);
  box->items = sp.items;
  lede_check_status(L, st, "lede.sentences");
  lua_createtable(L, (int)sp.n, 0);
  for (size_t i = 0; i < sp.n; i++) {
    lua_createtable(L, 0, 3);
    lede_push_span_fields(L, s, sp.items[i].start, sp.items[i].end);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  free(box->items);
  box->items = NULL;
  return 1;
}

/* lede.boilerplate(s) -> { {text=, start=, stop=, reason=}, ... } */
static int l_boilerplate(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  result_box *box = push_box(L);
  lede_boilers bl = {0};
  int st = lede_boilerplate(s, n, &bl);
  box->items = bl.items;
  lede_check_status(L, st, "lede.boilerplate");
  lua_createtable(L, (int)bl.n, 0);
  for (size_t i = 0; i < bl.n; i++) {
    lua_createtable(L, 0, 4);
    lede_push_span_fields(L, s, bl.items[i].start, bl.items[i].end);
    lua_pushstring(L, bl.items[i].reason);
    lua_setfield(L, -2, "reason");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  free(box->items);
  box->items = NULL;
  return 1;
}

static const luaL_Reg funcs[] = {
  {"sentences", l_sentences},
  {"boilerplate", l_boilerplate},
  {NULL, NULL}};

int lede_open_sentences(lua_State *L) {
  luaL_setfuncs(L, funcs, 0);
  return 0;
}
