/* bind_numbers.c -- lede.numbers(s): quantities with qualifiers, bounds,
 * kinds and counted nouns (core/numbers.c). */
#include "binding.h"
#include <math.h>

/* Whole numbers within 2^53 become Lua integers; others stay floats. */
static void push_num(lua_State *L, double v) {
  if (v == floor(v) && fabs(v) <= 9007199254740992.0) lua_pushinteger(L, (lua_Integer)v);
  else lua_pushnumber(L, v);
}

static void set_num(lua_State *L, const char *k, double v) {
  push_num(L, v);
  lua_setfield(L, -2, k);
}

/* Sets field k to s[a, b) (lower-cased when lower), or leaves it unset when empty. */
static void set_sub(lua_State *L, const char *k, const char *s, size_t a, size_t b, int lower) {
  if (b <= a) return;
  if (!lower) {
    lua_pushlstring(L, s + a, b - a);
  } else {
    luaL_Buffer B;
    char *p = luaL_buffinitsize(L, &B, b - a);
    for (size_t i = a; i < b; i++) {
      unsigned char c = (unsigned char)s[i];
      p[i - a] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    luaL_pushresultsize(&B, b - a);
  }
  lua_setfield(L, -2, k);
}

static void push_number_record(lua_State *L, const char *s, const lede_number *r) {
  lua_createtable(L, 0, 14);
  lede_push_span_fields(L, s, r->start, r->end);
  if (r->flags & LEDE_NUM_HAS_VALUE) set_num(L, "value", r->value);
  if (r->flags & LEDE_NUM_HAS_MIN) set_num(L, "min", r->min);
  if (r->flags & LEDE_NUM_HAS_MAX) set_num(L, "max", r->max);
  lua_pushstring(L, lede_num_op_name(r->op));
  lua_setfield(L, -2, "op");
  lua_pushboolean(L, (r->flags & LEDE_NUM_APPROX) != 0);
  lua_setfield(L, -2, "approx");
  lua_pushstring(L, lede_num_kind_name(r->kind));
  lua_setfield(L, -2, "kind");
  set_sub(L, "noun", s, r->noun_start, r->noun_end, 1);
  set_sub(L, "np", s, r->np_start, r->np_end, 0);
  set_sub(L, "of", s, r->of_start, r->of_end, 0);
  lede_set_string(L, "currency", r->currency);
  lede_set_string(L, "duration", r->duration);
  if (r->flags & LEDE_NUM_INEXACT) {
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "inexact");
  }
}

/* The result list lives in a userdata whose __gc frees it, so that no
 * malloc'ed memory is lost when a Lua call below raises (out of memory). */
static int scratch_gc(lua_State *L) {
  lede_numbers_free((lede_number_list *)lua_touserdata(L, 1));
  return 0;
}

static lede_number_list *new_scratch(lua_State *L) {
  return lede_push_scratch(L, sizeof(lede_number_list), "lede.numbers.scratch", scratch_gc);
}

/* lede.numbers(s) -> { {text, start, stop, value, min, max, op, approx, kind, noun, ...}, ... } */
static int l_numbers(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lede_number_list *out = new_scratch(L);
  int st = lede_numbers(s, n, out);
  if (st != LEDE_OK) return lede_check_status(L, st, "lede.numbers");
  lua_createtable(L, out->n > 0x7fffffff ? 0x7fffffff : (int)out->n, 0);
  for (size_t i = 0; i < out->n; i++) {
    push_number_record(L, s, &out->items[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lede_numbers_free(out);
  return 1;
}

int lede_open_numbers(lua_State *L) {
  static const luaL_Reg funcs[] = { { "numbers", l_numbers }, { NULL, NULL } };
  luaL_setfuncs(L, funcs, 0);
  return 0;
}
