/* bind_gazetteer.c -- lede.gazetteer (compiled matcher userdata) and
 * lede.entities. Thin: checks arguments, calls the core, pushes tables. */
#include "binding.h"
#include <stdlib.h>
#include <string.h>

#define GZ_META "lede.gazetteer"

typedef struct gzbox {
  lede_gazetteer *g;
  lede_problems probs;   /* freed by __gc if a Lua error cuts the build short */
} gzbox;

static gzbox *check_gz(lua_State *L, int idx) {
  gzbox *b = luaL_checkudata(L, idx, GZ_META);
  if (!b->g) luaL_argerror(L, idx, "gazetteer is closed");
  return b;
}

static int gz_gc(lua_State *L) {
  gzbox *b = luaL_checkudata(L, 1, GZ_META);
  lede_gazetteer_free(b->g);
  b->g = NULL;
  lede_problems_clear(&b->probs);
  return 0;
}

static int gz_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)lede_gazetteer_size(check_gz(L, 1)->g));
  return 1;
}

static int gz_tostring(lua_State *L) {
  gzbox *b = luaL_checkudata(L, 1, GZ_META);
  if (!b->g) lua_pushstring(L, "lede.gazetteer (closed)");
  else lua_pushfstring(L, "lede.gazetteer (%d entries)", (int)lede_gazetteer_size(b->g));
  return 1;
}

/* Collects the strings of t[key] (an array of strings, or one string) into a
 * scratch userdata pushed on the stack; returns the array and its length. */
static const char **string_list(lua_State *L, int t, const char *key, size_t *n) {
  lua_getfield(L, t, key);
  int v = lua_gettop(L);
  size_t len = lua_istable(L, v) ? (size_t)luaL_len(L, v) : lua_isstring(L, v) ? 1 : 0;
  if (!lua_isnil(L, v) && !lua_istable(L, v) && !lua_isstring(L, v))
    luaL_error(L, "gazetteer entry field '%s' must be a string or an array of strings", key);
  const char **arr = lua_newuserdatauv(L, (len ? len : 1) * sizeof *arr, 0);
  *n = 0;
  if (lua_isstring(L, v)) arr[(*n)++] = lua_tostring(L, v);
  else
    for (size_t i = 1; i <= len; i++) {
      lua_geti(L, v, (lua_Integer)i);
      if (lua_type(L, -1) != LUA_TSTRING)
        luaL_error(L, "gazetteer entry field '%s' item %d is not a string", key, (int)i);
      arr[(*n)++] = lua_tostring(L, -1);  /* the table keeps it alive */
      lua_pop(L, 1);
    }
  return arr;
}

static const char *opt_field(lua_State *L, int t, const char *key) {
  lua_getfield(L, t, key);
  const char *s = NULL;
  if (lua_type(L, -1) == LUA_TSTRING || lua_type(L, -1) == LUA_TNUMBER) s = lua_tostring(L, -1);
  else if (!lua_isnil(L, -1)) luaL_error(L, "gazetteer entry field '%s' must be a string", key);
  return s;  /* left on the stack: the caller pops */
}

static void add_table_entry(lua_State *L, gzbox *b, int t, long item) {
  int top = lua_gettop(L);
  const char *id = opt_field(L, t, "id");
  const char *type = opt_field(L, t, "type");
  const char *name = opt_field(L, t, "name");
  size_t na, nd;
  const char **al = string_list(L, t, "aliases", &na);
  const char **de = string_list(L, t, "demonyms", &nd);
  int r = lede_gazetteer_add(b->g, id, type, name, al, na, de, nd, "(table)", item, &b->probs);
  lua_settop(L, top);
  if (r == LEDE_ENOMEM || r == LEDE_ERANGE) lede_check_status(L, r, "gazetteer");
}

static void add_source(lua_State *L, gzbox *b, int idx, long item) {
  if (lua_type(L, idx) == LUA_TSTRING) {
    int r = lede_gazetteer_load(b->g, lua_tostring(L, idx), NULL, &b->probs);
    if (r == LEDE_ENOMEM) lede_check_status(L, r, "gazetteer");
  } else if (lua_istable(L, idx)) {
    add_table_entry(L, b, idx, item);
  } else {
    luaL_error(L, "gazetteer source item %d must be a path or an entry table", (int)item);
  }
}

/* First problem as "file:line: message" (nil, message when nothing loaded). */
static void push_first_problem(lua_State *L, const lede_problems *p) {
  if (p->n == 0) { lua_pushstring(L, "gazetteer: no entries"); return; }
  const lede_problem *x = &p->items[0];
  if (x->line > 0) lua_pushfstring(L, "%s:%d: %s", x->file ? x->file : "?", (int)x->line, x->message);
  else lua_pushfstring(L, "%s: %s", x->file ? x->file : "gazetteer", x->message);
}

static int l_gazetteer(lua_State *L) {
  static const char *const known[] = {NULL};
  int t = lua_type(L, 1);
  if (t != LUA_TSTRING && t != LUA_TTABLE) return luaL_typeerror(L, 1, "path or table");
  lede_check_opts(L, 2, known);
  gzbox *b = lua_newuserdatauv(L, sizeof *b, 0);
  memset(b, 0, sizeof *b);
  luaL_setmetatable(L, GZ_META);
  int ud = lua_gettop(L);
  lede_check_status(L, lede_gazetteer_new(&b->g), "gazetteer");
  if (t == LUA_TSTRING) add_source(L, b, 1, 0);
  else {
    lua_Integer n = luaL_len(L, 1);
    for (lua_Integer i = 1; i <= n; i++) {
      lua_geti(L, 1, i);
      add_source(L, b, lua_gettop(L), (long)i);
      lua_pop(L, 1);
    }
  }
  lede_check_status(L, lede_gazetteer_finish(b->g), "gazetteer");
  if (lede_gazetteer_size(b->g) == 0 && b->probs.n > 0) {
    lua_pushnil(L);
    push_first_problem(L, &b->probs);
    lede_gazetteer_free(b->g);
    b->g = NULL;
    lede_problems_clear(&b->probs);
    return 2;
  }
  lua_pushvalue(L, ud);
  lede_push_problems(L, &b->probs);
  lede_problems_clear(&b->probs);
  return 2;
}

static const char *const how_names[] = {"name", "alias", "demonym", "surname", "fuzzy"};

static void set_entry_fields(lua_State *L, const lede_gazetteer *g, size_t i) {
  lede_gz_entry e;
  lede_gazetteer_entry(g, i, &e);
  lede_set_string(L, "id", e.id);
  lede_set_string(L, "type", e.type);
  lede_set_string(L, "name", e.name);
}

/* __gc of the scratch userdata that holds a core result list */
static int matches_gc(lua_State *L) {
  lede_gz_matches_free(lua_touserdata(L, 1));
  return 0;
}

static int entities_gc(lua_State *L) {
  lede_entities_free(lua_touserdata(L, 1));
  return 0;
}

static int gz_match(lua_State *L) {
  static const char *const known[] = {"fuzzy", "min_score", "backoff", NULL};
  gzbox *b = check_gz(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  lede_check_opts(L, 3, known);
  lede_gz_opts o = {0};
  o.fuzzy = lede_opt_bool(L, 3, "fuzzy", 0);
  o.no_backoff = !lede_opt_bool(L, 3, "backoff", 1);
  if (!lua_isnoneornil(L, 3)) {
    lua_getfield(L, 3, "min_score");
    if (!lua_isnil(L, -1)) {
      if (!lua_isnumber(L, -1)) luaL_error(L, "option 'min_score' must be a number");
      o.min_score = lua_tonumber(L, -1);
      if (o.min_score <= 0 || o.min_score > 1) luaL_error(L, "option 'min_score' must be in (0, 1]");
    }
    lua_pop(L, 1);
  }
  /* the list lives in a scratch userdata, so that a raise below leaks nothing */
  lede_gz_matches *m = lede_push_scratch(L, sizeof *m, "lede.gz.matches", matches_gc);
  int r = lede_gazetteer_match(b->g, s, n, &o, m);
  if (r) return lede_check_status(L, r, "match");
  const lede_gz_match *it = m->items;
  size_t cnt = m->n;
  lua_createtable(L, (int)cnt, 0);
  for (size_t i = 0; i < cnt; i++) {
    lua_createtable(L, 0, 9);
    set_entry_fields(L, b->g, it[i].entry);
    lede_push_span_fields(L, s, it[i].start, it[i].end);
    lua_pushnumber(L, it[i].score);
    lua_setfield(L, -2, "score");
    lua_pushstring(L, how_names[it[i].how]);
    lua_setfield(L, -2, "how");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static void push_variants(lua_State *L, const lede_gazetteer *g, size_t i, int demonym, size_t n) {
  lua_createtable(L, (int)n, 0);
  for (size_t k = 0; k < n; k++) {
    lua_pushstring(L, lede_gazetteer_variant(g, i, demonym, k));
    lua_rawseti(L, -2, (lua_Integer)k + 1);
  }
}

static int gz_lookup(lua_State *L) {
  gzbox *b = check_gz(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  long i = lede_gazetteer_lookup(b->g, s, n);
  if (i < 0) { lua_pushnil(L); return 1; }
  lede_gz_entry e;
  lede_gazetteer_entry(b->g, (size_t)i, &e);
  lua_createtable(L, 0, 5);
  set_entry_fields(L, b->g, (size_t)i);
  push_variants(L, b->g, (size_t)i, 0, e.naliases);
  lua_setfield(L, -2, "aliases");
  push_variants(L, b->g, (size_t)i, 1, e.ndemonyms);
  lua_setfield(L, -2, "demonyms");
  return 1;
}

static int l_entities(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  const lede_gazetteer *g = NULL;
  if (!lua_isnoneornil(L, 2)) g = check_gz(L, 2)->g;
  lede_entities *out = lede_push_scratch(L, sizeof *out, "lede.entities.list", entities_gc);
  int r = lede_entities_find(s, n, g, out);
  if (r) return lede_check_status(L, r, "entities");
  const lede_entity *it = out->items;
  size_t cnt = out->n;
  lua_createtable(L, (int)cnt, 0);
  for (size_t i = 0; i < cnt; i++) {
    lua_createtable(L, 0, 8);
    lede_push_span_fields(L, s, it[i].start, it[i].end);
    lua_pushstring(L, lede_entity_type_name(it[i].type));
    lua_setfield(L, -2, "type");
    if (it[i].title_end > it[i].title_start) {
      lede_set_span_named(L, s, it[i].title_start, it[i].title_end, "title", "title_start", "title_stop");
    }
    if (g && it[i].entry >= 0) {
      lede_gz_entry e;
      lede_gazetteer_entry(g, (size_t)it[i].entry, &e);
      lede_set_string(L, "id", e.id);
      lede_set_string(L, "name", e.name);
    }
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

int lede_open_gazetteer(lua_State *L) {
  static const luaL_Reg methods[] = {
    {"match", gz_match}, {"lookup", gz_lookup}, {"close", gz_gc}, {NULL, NULL}};
  static const luaL_Reg meta[] = {
    {"__gc", gz_gc}, {"__close", gz_gc}, {"__len", gz_len}, {"__tostring", gz_tostring}, {NULL, NULL}};
  static const luaL_Reg funcs[] = {
    {"gazetteer", l_gazetteer}, {"entities", l_entities}, {NULL, NULL}};
  if (luaL_newmetatable(L, GZ_META)) {
    luaL_setfuncs(L, meta, 0);
    luaL_newlib(L, methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  luaL_setfuncs(L, funcs, 0);
  return 0;
}
