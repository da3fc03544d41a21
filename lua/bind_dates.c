/* bind_dates.c -- lede.dates(s [, opts]) */
#include "binding.h"
#include <string.h>

static const char *const type_names[] = { "DATE", "TIME", "DURATION", "SET" };

static void push_date(lua_State *L, const char *s, const lede_date *d) {
  lua_createtable(L, 0, 9);
  lede_push_span_fields(L, s, d->start, d->end);
  lua_pushstring(L, type_names[d->type & 3]);
  lua_setfield(L, -2, "type");
  lede_set_string(L, "value", d->value);
  lede_set_string(L, "tz", d->tz);
  if (d->zone_end > d->zone_start) {
    lua_pushlstring(L, s + d->zone_start, d->zone_end - d->zone_start);
    lua_setfield(L, -2, "zone_text");
  }
  lede_set_string(L, "mod", d->mod);
  if (d->ambiguous) { lua_pushboolean(L, 1); lua_setfield(L, -2, "ambiguous"); }
  if (d->range) { lua_pushstring(L, d->range == 1 ? "start" : "end"); lua_setfield(L, -2, "range"); }
}

static int list_gc(lua_State *L) {
  lede_date_list_free(lua_touserdata(L, 1));
  return 0;
}

/* lede.dates(s [, {ref=, ref_estimated=, tz=, order=}]) -> records; an invalid ref raises. */
static int l_dates(lua_State *L) {
  static const char *const known[] = { "ref", "ref_estimated", "tz", "order", NULL };
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lede_check_opts(L, 2, known);
  lede_date_opts o = { NULL, NULL, LEDE_ORDER_AUTO, 0 };
  o.ref = lede_opt_string(L, 2, "ref", NULL);
  o.ref_estimated = lede_opt_bool(L, 2, "ref_estimated", 0);
  o.tz = lede_opt_string(L, 2, "tz", NULL);
  const char *order = lede_opt_string(L, 2, "order", "auto");
  if (strcmp(order, "mdy") == 0) o.order = LEDE_ORDER_MDY;
  else if (strcmp(order, "dmy") == 0) o.order = LEDE_ORDER_DMY;
  else if (strcmp(order, "auto") != 0) return luaL_error(L, "option 'order' must be \"auto\", \"mdy\" or \"dmy\"");
  int y, m, d;
  if (o.ref && lede_date_parse_ref(o.ref, &y, &m, &d) != LEDE_OK)
    return luaL_error(L, "option 'ref' must be a calendar date \"YYYY-MM-DD\", got \"%s\"", o.ref);
  if (o.tz && strlen(o.tz) >= sizeof ((lede_date *)0)->tz) return luaL_error(L, "option 'tz' is too long");
  /* the result list lives in a userdata whose __gc frees it, so that a
   * memory error while building the tables does not leak it */
  lede_date_list *l = lede_push_scratch(L, sizeof *l, "lede.date_list", list_gc);
  int st = lede_dates(s, n, &o, l);
  if (st != LEDE_OK) {
    lede_date_list_free(l);
    return lede_check_status(L, st, "lede.dates");
  }
  lua_createtable(L, l->n > 0x7fffffff ? 0x7fffffff : (int)l->n, 0);
  for (size_t i = 0; i < l->n; i++) {
    push_date(L, s, &l->items[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lede_date_list_free(l);
  return 1;
}

int lede_open_dates(lua_State *L) {
  static const luaL_Reg funcs[] = { { "dates", l_dates }, { NULL, NULL } };
  luaL_setfuncs(L, funcs, 0);
  return 0;
}
