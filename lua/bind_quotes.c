/* bind_quotes.c -- lede.quote_spans: the core's quotation spans and cues.
 * The speaker is found in Lua (lua/lede/api/quotes.lua, lede.quotes). */
#include "binding.h"
#include <string.h>

static const char *const kind_names[] = { "direct", "partial", "indirect", "scare" };

/* The result list lives in a userdata whose __gc frees it, so that a memory
 * error while pushing the records does not leak it. */
static int box_gc(lua_State *L) {
  lede_quotes *l = lua_touserdata(L, 1);
  lede_quotes_free(l);
  return 0;
}

static lede_quotes *new_box(lua_State *L) {
  return lede_push_scratch(L, sizeof(lede_quotes), "lede.quotes.box", box_gc);
}

static void set_flag(lua_State *L, const char *k, int on) {
  if (!on) return;
  lua_pushboolean(L, 1);
  lua_setfield(L, -2, k);
}

static void push_quote(lua_State *L, const char *s, const lede_quote *q) {
  lua_createtable(L, 0, 16);
  lede_push_span_fields(L, s, q->start, q->end);
  lua_pushstring(L, kind_names[q->kind & 3]);
  lua_setfield(L, -2, "kind");
  lede_set_span_named(L, s, q->mark_start, q->mark_end, NULL, "mark_start", "mark_stop");
  lede_set_span_named(L, s, q->sent_start, q->sent_end, NULL, "sentence_start", "sentence_stop");
  if (q->cue_side != LEDE_CUE_NONE) {
    lede_set_span_named(L, s, q->cue_start, q->cue_end, "cue", "cue_start", "cue_stop");
    lua_pushstring(L, q->cue_side == LEDE_CUE_BEFORE ? "before" : "after");
    lua_setfield(L, -2, "cue_side");
  }
  set_flag(L, "no_open", q->flags & LEDE_QF_NO_OPEN);
  set_flag(L, "no_close", q->flags & LEDE_QF_NO_CLOSE);
  set_flag(L, "continues", q->flags & LEDE_QF_CONTINUES);
  set_flag(L, "continued", q->flags & LEDE_QF_CONTINUED);
  set_flag(L, "shared_cue", q->flags & LEDE_QF_SHARED_CUE);
}

/* lede.quote_spans(s [, opts]) -> records {text, start, stop, kind, cue, cue_start,
 * cue_stop, cue_side, mark_start, mark_stop, sentence_start, sentence_stop, flags...} */
static int l_quote_spans(lua_State *L) {
  static const char *const known[] = { "indirect", "scare", "cues", NULL };
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lede_check_opts(L, 2, known);
  lede_quote_opts o = { lede_opt_bool(L, 2, "indirect", 0), lede_opt_bool(L, 2, "scare", 0), NULL, 0 };
  if (!lua_isnoneornil(L, 2)) {
    lua_getfield(L, 2, "cues");  /* stays on the stack: keeps the strings alive */
    if (!lua_isnil(L, -1)) {
      luaL_argcheck(L, lua_istable(L, -1), 2, "option 'cues' must be an array of strings");
      size_t nc = (size_t)luaL_len(L, -1);
      const char **cues = lua_newuserdatauv(L, (nc ? nc : 1) * sizeof *cues, 0);
      for (size_t i = 0; i < nc; i++) {
        lua_geti(L, -2, (lua_Integer)i + 1);
        if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "option 'cues': entry %d is not a string", (int)i + 1);
        cues[i] = lua_tostring(L, -1);
        lua_pop(L, 1);  /* the string is still referenced by the cues table */
      }
      o.cues = cues;
      o.ncues = nc;
    }
  }
  lede_quotes *l = new_box(L);
  int st = lede_quotes_find(s, n, &o, l);
  if (st != LEDE_OK) return luaL_error(L, "lede.quote_spans: %s", lede_strerror(st));
  lua_createtable(L, (int)l->n, 0);
  for (size_t i = 0; i < l->n; i++) {
    push_quote(L, s, &l->items[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lede_quotes_free(l);
  return 1;
}

/* lede.quote_cues() -> the built-in cue list */
static int l_quote_cues(lua_State *L) {
  size_t nc;
  const char *const *c = lede_quote_cues(&nc);
  lua_createtable(L, (int)nc, 0);
  for (size_t i = 0; i < nc; i++) {
    lua_pushstring(L, c[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

int lede_open_quotes(lua_State *L) {
  static const luaL_Reg funcs[] = {
    { "quote_spans", l_quote_spans },
    { "quote_cues", l_quote_cues },
    { NULL, NULL }
  };
  luaL_setfuncs(L, funcs, 0);
  return 0;
}
