/* bind_text.c -- lede.normalize and lede.fold.
 * The offset map is a userdata ("lede.map") that owns the core's compact
 * runs; it is created before the core is called, so anything the core
 * allocates is freed by its __gc even when a later Lua call raises. */
#include "binding.h"
#include <stdlib.h>
#include <string.h>

#define MAP_META "lede.map"
#define BOX_META "lede.textbox"

typedef struct map_ud {
  lede_normalized r;
  int closed;
} map_ud;

static map_ud *check_map(lua_State *L) {
  map_ud *m = luaL_checkudata(L, 1, MAP_META);
  if (m->closed) luaL_error(L, "attempt to use a closed map");
  return m;
}

/* map:orig(i) -> the 1-based offset in s of byte i of t (1 <= i <= #t + 1). */
static int map_orig(lua_State *L) {
  map_ud *m = check_map(L);
  lua_Integer i = luaL_checkinteger(L, 2);
  luaL_argcheck(L, i >= 1 && (lua_Unsigned)i <= (lua_Unsigned)m->r.len + 1, 2,
                "byte index out of range");
  lua_pushinteger(L, (lua_Integer)lede_normalized_orig(&m->r, (size_t)(i - 1)) + 1);
  return 1;
}

/* The 0-based end of the input character at offset at (lenient UTF-8). */
static size_t char_end(lua_State *L, size_t at) {
  size_t n;
  lua_getiuservalue(L, 1, 1);  /* the input string, kept by the map */
  const char *s = lua_tolstring(L, -1, &n);
  lua_pop(L, 1);
  if (!s || at >= n) return at;
  lede_utf8_next(s, n, &at);
  return at;
}

/* map:span(a, b) -> start, stop: the span of s that bytes a..b of t came from
 * (1 <= a <= b + 1 <= #t + 1). It runs from the first to the last input byte
 * any of them came from (canonical ordering can move a mark before the
 * character that preceded it in s, so the map is not monotonic), and takes in
 * what was removed between the last of them and map:orig(b + 1). */
static int map_span(lua_State *L) {
  map_ud *m = check_map(L);
  lua_Integer a = luaL_checkinteger(L, 2), b = luaL_checkinteger(L, 3);
  lua_Integer len = (lua_Integer)m->r.len;
  luaL_argcheck(L, a >= 1 && a <= len + 1, 2, "byte index out of range");
  luaL_argcheck(L, b >= a - 1 && b <= len, 3, "byte index out of range");
  size_t next = lede_normalized_orig(&m->r, (size_t)b); /* where output byte b + 1 came from */
  if (b < a) {  /* an empty span */
    lua_Integer at = (lua_Integer)lede_normalized_orig(&m->r, (size_t)(a - 1));
    lua_pushinteger(L, at + 1);
    lua_pushinteger(L, at);
    return 2;
  }
  size_t lo = (size_t)a - 1, hi = (size_t)b, first = SIZE_MAX, end = 0;
  const lede_normalized *r = &m->r;
  size_t k = 0, top = r->nruns; /* the run holding output byte lo */
  while (top - k > 1) {
    size_t mid = k + (top - k) / 2;
    if (r->runs[mid].out <= lo) k = mid; else top = mid;
  }
  for (; k < r->nruns && r->runs[k].out < hi; k++) {
    const lede_norm_run *x = &r->runs[k];
    size_t xs = x->out > lo ? x->out : lo;
    size_t xe = k + 1 < r->nruns && r->runs[k + 1].out < hi ? r->runs[k + 1].out : hi;
    size_t from = x->step ? x->in + (xs - x->out) : x->in;
    size_t to = x->step ? x->in + (xe - x->out) : char_end(L, x->in);
    if (from < first) first = from;
    if (to > end) end = to;
  }
  if (next > end) end = next;
  lua_pushinteger(L, (lua_Integer)first + 1);
  lua_pushinteger(L, (lua_Integer)end);
  return 2;
}

static int map_len(lua_State *L) {
  map_ud *m = check_map(L);
  lua_pushinteger(L, (lua_Integer)m->r.len);
  return 1;
}

static int map_tostring(lua_State *L) {
  map_ud *m = luaL_checkudata(L, 1, MAP_META);
  if (m->closed) lua_pushstring(L, "lede.map (closed)");
  else lua_pushfstring(L, "lede.map (%I bytes from %I)", (lua_Integer)m->r.len, (lua_Integer)m->r.n);
  return 1;
}

static int map_gc(lua_State *L) {
  map_ud *m = luaL_checkudata(L, 1, MAP_META);
  lede_normalized_free(&m->r);
  m->closed = 1;
  return 0;
}

static const char *const norm_keys[] = {"form", "fold", "ascii", "space", NULL};

/* Appends {offset = at (0-based), message = fmt(at, count)} to the list at the top. */
static void add_problem(lua_State *L, size_t at, size_t count, const char *fmt) {
  lua_createtable(L, 0, 2);
  lua_pushinteger(L, (lua_Integer)at);
  lua_setfield(L, -2, "offset");
  lua_pushfstring(L, fmt, (lua_Integer)at, (lua_Integer)count);
  lua_setfield(L, -2, "message");
  lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
}

/* lede.normalize(s [, opts]) -> t, map [, problems]
 * problems (only when there are some): invalid UTF-8 and NUL bytes, each kind
 * once with the offset of its first byte and the count. */
static int l_normalize(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lede_check_opts(L, 2, norm_keys);
  lede_norm_opts o = {LEDE_NFC, 0, 0, 0, LEDE_MAP_RUNS};
  const char *form = lede_opt_string(L, 2, "form", "NFC");
  if (strcmp(form, "NFC") == 0) o.form = LEDE_NFC;
  else if (strcmp(form, "NFKC") == 0) o.form = LEDE_NFKC;
  else return luaL_error(L, "bad option 'form' (\"NFC\" or \"NFKC\" expected, got \"%s\")", form);
  o.fold = lede_opt_bool(L, 2, "fold", 0);
  o.ascii = lede_opt_bool(L, 2, "ascii", 0);
  o.space = lede_opt_bool(L, 2, "space", 0);

  map_ud *m = lua_newuserdatauv(L, sizeof *m, 1);
  memset(m, 0, sizeof *m);
  luaL_setmetatable(L, MAP_META);
  lua_pushvalue(L, 1);  /* map:span reads character lengths in s */
  lua_setiuservalue(L, -2, 1);
  lede_check_status(L, lede_normalize(s, n, &o, &m->r), "lede.normalize");
  lua_pushlstring(L, m->r.text, m->r.len);
  free(m->r.text); /* the Lua string is the text now; the map keeps the runs */
  m->r.text = NULL;
  lua_insert(L, -2);
  if (m->r.invalid == 0 && m->r.nuls == 0) return 2;
  lua_createtable(L, 2, 0);
  if (m->r.invalid)
    add_problem(L, m->r.first_invalid, m->r.invalid,
                "invalid UTF-8 at byte offset %I read as Windows-1252 (%I bytes in all)");
  if (m->r.nuls)
    add_problem(L, m->r.first_nul, m->r.nuls, "NUL byte at byte offset %I read as a space (%I in all)");
  return 3;
}

/* A box that frees a core-allocated string when collected. */
static int box_gc(lua_State *L) {
  char **p = luaL_checkudata(L, 1, BOX_META);
  lede_free(*p);
  *p = NULL;
  return 0;
}

/* lede.fold(s) -> the matching key of a name */
static int l_fold(lua_State *L) {
  size_t n, len;
  const char *s = luaL_checklstring(L, 1, &n);
  char **box = lua_newuserdatauv(L, sizeof *box, 0);
  *box = NULL;
  luaL_setmetatable(L, BOX_META);
  lede_check_status(L, lede_fold(s, n, box, &len), "lede.fold");
  lua_pushlstring(L, *box, len);
  lede_free(*box);
  *box = NULL;
  return 1;
}

static const luaL_Reg map_methods[] = {
  {"orig", map_orig},
  {"span", map_span},
  {NULL, NULL}};

static const luaL_Reg map_meta[] = {
  {"__gc", map_gc},
  {"__close", map_gc},
  {"__len", map_len},
  {"__tostring", map_tostring},
  {NULL, NULL}};

static const luaL_Reg funcs[] = {
  {"normalize", l_normalize},
  {"fold", l_fold},
  {NULL, NULL}};

int lede_open_text(lua_State *L) {
  if (luaL_newmetatable(L, MAP_META)) {
    luaL_setfuncs(L, map_meta, 0);
    luaL_newlib(L, map_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, BOX_META)) {
    lua_pushcfunction(L, box_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  luaL_setfuncs(L, funcs, 0);
  return 0;
}
