/* bind_document.c -- lede.document, lede.read, lede.corpus, lede.corpus_stats.
 * A document being converted is held in a userdata box, so that nothing
 * malloc'ed leaks when a Lua call raises. */
#include "binding.h"
#include <stdio.h>
#include <string.h>

#define DOCBOX "lede.docbox"
#define CORPUS "lede.corpus"

/* ---- the document box ---- */

typedef struct docbox { lede_doc *doc; } docbox;

static int docbox_gc(lua_State *L) {
  docbox *b = luaL_checkudata(L, 1, DOCBOX);
  lede_doc_free(b->doc);
  b->doc = NULL;
  return 0;
}

static docbox *new_docbox(lua_State *L) {
  docbox *b = lua_newuserdatauv(L, sizeof *b, 0);
  b->doc = NULL;
  luaL_setmetatable(L, DOCBOX);
  return b;
}

/* Pushes the document as a table (see doc/documents.md). */
static void push_doc(lua_State *L, const lede_doc *d) {
  lua_createtable(L, 0, 12);
  lede_set_string(L, "id", d->id);
  lede_set_string(L, "path", d->path);
  lede_set_string(L, "outlet", d->outlet);
  lede_set_string(L, "title", d->title);
  lede_set_string(L, "url", d->url);
  lede_set_string(L, "author", d->author);
  lede_set_string(L, "date", d->date);
  lede_set_string(L, "date_evidence", d->date_evidence);
  lua_pushboolean(L, d->date_estimated);
  lua_setfield(L, -2, "date_estimated");
  lua_pushlstring(L, d->text ? d->text : "", d->len);
  lua_setfield(L, -2, "text");
  lede_push_problems(L, &d->problems);
  lua_setfield(L, -2, "problems");
}

/* Replaces the box's document by its table; frees the document. */
static void push_boxed(lua_State *L, docbox *b) {
  push_doc(L, b->doc);
  lede_doc_free(b->doc);
  b->doc = NULL;
}

/* Copies a core message to the stack's scratch and frees it, then pushes
 * nil, message. */
static int push_fail(lua_State *L, char *err, const char *dflt) {
  char msg[1024];
  snprintf(msg, sizeof msg, "%s", err ? err : dflt);
  lede_free(err);
  lua_pushnil(L);
  lua_pushstring(L, msg);
  return 2;
}

/* ---- lede.document(s [, meta]) ---- */

static int parse_format(lua_State *L, const char *f) {
  if (!f || strcmp(f, "auto") == 0) return LEDE_FORMAT_AUTO;
  if (strcmp(f, "txt") == 0 || strcmp(f, "text") == 0 || strcmp(f, "md") == 0) return LEDE_FORMAT_TEXT;
  if (strcmp(f, "plain") == 0) return LEDE_FORMAT_PLAIN;
  if (strcmp(f, "html") == 0) return LEDE_FORMAT_HTML;
  if (strcmp(f, "json") == 0) return LEDE_FORMAT_JSON;
  return luaL_error(L, "unknown format '%s' (auto, txt, md, plain, html or json)", f);
}

static int l_document(lua_State *L) {
  static const char *const keys[] = {"id", "path", "outlet", "title", "url", "date",
                                     "author", "format", NULL};
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lede_check_opts(L, 2, keys);
  lede_doc_meta m = {0};
  m.id = lede_opt_string(L, 2, "id", NULL);
  m.path = lede_opt_string(L, 2, "path", NULL);
  m.outlet = lede_opt_string(L, 2, "outlet", NULL);
  m.title = lede_opt_string(L, 2, "title", NULL);
  m.url = lede_opt_string(L, 2, "url", NULL);
  m.date = lede_opt_string(L, 2, "date", NULL);
  m.author = lede_opt_string(L, 2, "author", NULL);
  m.format = parse_format(L, lede_opt_string(L, 2, "format", NULL));
  docbox *b = new_docbox(L);
  char *err = NULL;
  int st = lede_document(s, n, &m, &b->doc, &err);
  if (st == LEDE_EPARSE) return push_fail(L, err, "malformed document");
  lede_free(err);
  lede_check_status(L, st, "lede.document");
  push_boxed(L, b);
  return 1;
}

/* ---- lede.read(path) ---- */

/* The path at idx; a NUL inside would silently name another file. */
static const char *check_path(lua_State *L, int idx) {
  size_t n;
  const char *path = luaL_checklstring(L, idx, &n);
  if (strlen(path) != n) luaL_argerror(L, idx, "path contains a NUL byte");
  return path;
}

static int l_read(lua_State *L) {
  const char *path = check_path(L, 1);
  docbox *b = new_docbox(L);
  char *err = NULL;
  int st = lede_read_file(path, &b->doc, &err);
  if (st == LEDE_EIO || st == LEDE_EPARSE) return push_fail(L, err, "cannot read");
  lede_free(err);
  lede_check_status(L, st, "lede.read");
  push_boxed(L, b);
  return 1;
}

/* ---- lede.corpus(source [, opts]) ---- */

/* user values: 1 the source array (or nil), 2 opts.on_problem (or nil) */
typedef struct corpus_it {
  lede_reader *r;
  lede_doc *cur;
  lua_Integer i, n;       /* array source: last index read, length */
  lua_Integer docs, skipped;
  int is_array, closed;
} corpus_it;

static void corpus_release(corpus_it *it) {
  lede_doc_free(it->cur);
  it->cur = NULL;
  lede_reader_close(it->r);
  it->r = NULL;
  it->closed = 1;
}

static int corpus_gc(lua_State *L) {
  corpus_release(luaL_checkudata(L, 1, CORPUS));
  return 0;
}

/* Pushes the reader's problems as an array of tables. */
static void push_reader_problems(lua_State *L, corpus_it *it) {
  const lede_problems *p = lede_reader_problems(it->r);
  lede_push_problems(L, p);
  it->skipped += (lua_Integer)p->n;
}

/* Calls on_problem(problem) for each, or writes "lede: file:line: message". */
static void report_problems(lua_State *L, int it_idx, int probs_idx) {
  lua_Integer n = luaL_len(L, probs_idx);
  lua_getiuservalue(L, it_idx, 2);
  int cb = !lua_isnil(L, -1);
  for (lua_Integer k = 1; k <= n; k++) {
    lua_rawgeti(L, probs_idx, k);
    if (cb) {
      lua_pushvalue(L, -2);
      lua_insert(L, -2);
      lua_call(L, 1, 0);
      continue;
    }
    lua_getfield(L, -1, "file");
    lua_getfield(L, -2, "line");
    lua_getfield(L, -3, "message");
    const char *file = lua_tostring(L, -3), *msg = lua_tostring(L, -1);
    if (lua_isinteger(L, -2))
      fprintf(stderr, "lede: %s:%lld: %s\n", file ? file : "?", (long long)lua_tointeger(L, -2), msg);
    else fprintf(stderr, "lede: %s: %s\n", file ? file : "?", msg);
    lua_pop(L, 4);
  }
  lua_pop(L, 1);
}

static int corpus_next_array(lua_State *L, corpus_it *it) {
  if (it->i >= it->n) { it->closed = 1; return 0; }
  it->i++;
  lua_getiuservalue(L, 1, 1);
  lua_rawgeti(L, -1, it->i);
  size_t n;
  const char *s = lua_tolstring(L, -1, &n);
  if (!s) return luaL_error(L, "lede.corpus: element %d of the source is not a string", (int)it->i);
  char id[32];
  snprintf(id, sizeof id, "%lld", (long long)it->i);
  lede_doc_meta m = {.id = id};
  int st = lede_document(s, n, &m, &it->cur, NULL);
  lede_check_status(L, st, "lede.corpus");
  push_doc(L, it->cur);
  lede_doc_free(it->cur);
  it->cur = NULL;
  it->docs++;
  return 1;
}

/* The iterator: it() -> the next document table, or nil at the end. */
static int corpus_call(lua_State *L) {
  corpus_it *it = luaL_checkudata(L, 1, CORPUS);
  if (it->closed) return 0;
  if (it->is_array) return corpus_next_array(L, it);
  int st = lede_reader_next(it->r, &it->cur);
  if (st != LEDE_OK && st != LEDE_END) {
    corpus_release(it);
    return lede_check_status(L, st, "lede.corpus");
  }
  push_reader_problems(L, it);
  int probs = lua_gettop(L);
  if (st == LEDE_OK) {
    push_doc(L, it->cur);
    lede_doc_free(it->cur);
    it->cur = NULL;
    it->docs++;
  } else {
    lede_reader_close(it->r);
    it->r = NULL;
    it->closed = 1;
    lua_pushnil(L);
  }
  report_problems(L, 1, probs);
  return 1;
}

static int corpus_close(lua_State *L) {
  corpus_release(luaL_checkudata(L, 1, CORPUS));
  return 0;
}

/* it:stats() / lede.corpus_stats(it) -> { documents =, skipped = } */
static int corpus_stats(lua_State *L) {
  corpus_it *it = luaL_checkudata(L, 1, CORPUS);
  lua_createtable(L, 0, 2);
  lua_pushinteger(L, it->docs);
  lua_setfield(L, -2, "documents");
  lua_pushinteger(L, it->skipped);
  lua_setfield(L, -2, "skipped");
  return 1;
}

static int corpus_tostring(lua_State *L) {
  corpus_it *it = luaL_checkudata(L, 1, CORPUS);
  lua_pushfstring(L, "lede.corpus (%I documents read, %I skipped%s)", it->docs, it->skipped,
                  it->closed ? ", closed" : "");
  return 1;
}

static int l_corpus(lua_State *L) {
  static const char *const keys[] = {"on_problem", "hidden", NULL};
  int t = lua_type(L, 1);
  if (t != LUA_TSTRING && t != LUA_TTABLE)
    return luaL_typeerror(L, 1, "path, \"-\" or array of strings");
  lede_check_opts(L, 2, keys);
  int hidden = lede_opt_bool(L, 2, "hidden", 0);
  if (!lua_isnoneornil(L, 2)) {
    lua_getfield(L, 2, "on_problem");
    if (!lua_isnil(L, -1) && !lua_isfunction(L, -1))
      return luaL_error(L, "option 'on_problem' must be a function");
    lua_pop(L, 1);
  }
  lua_Integer n = 0;
  if (t == LUA_TTABLE) {
    n = (lua_Integer)luaL_len(L, 1);
    for (lua_Integer k = 1; k <= n; k++) {
      if (lua_rawgeti(L, 1, k) != LUA_TSTRING)
        return luaL_error(L, "lede.corpus: element %d of the source is a %s, not a string", (int)k,
                          luaL_typename(L, -1));
      lua_pop(L, 1);
    }
  }
  corpus_it *it = lua_newuserdatauv(L, sizeof *it, 2);
  memset(it, 0, sizeof *it);
  luaL_setmetatable(L, CORPUS);
  if (t == LUA_TTABLE) {
    it->is_array = 1, it->n = n;
    lua_pushvalue(L, 1);
    lua_setiuservalue(L, -2, 1);
  } else {
    lede_reader_opts o = {.hidden = hidden};
    lede_check_status(L, lede_reader_open(check_path(L, 1), &o, &it->r), "lede.corpus");
  }
  if (!lua_isnoneornil(L, 2)) {
    lua_getfield(L, 2, "on_problem");
    lua_setiuservalue(L, -2, 2);
  }
  /* generic for: iterator, state, control, closing value */
  lua_pushnil(L);
  lua_pushnil(L);
  lua_pushvalue(L, -3);
  return 4;
}

int lede_open_document(lua_State *L) {
  luaL_newmetatable(L, DOCBOX);
  lua_pushcfunction(L, docbox_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  luaL_newmetatable(L, CORPUS);
  static const luaL_Reg meta[] = {{"__call", corpus_call}, {"__gc", corpus_gc},
                                  {"__close", corpus_close}, {"__tostring", corpus_tostring},
                                  {NULL, NULL}};
  luaL_setfuncs(L, meta, 0);
  static const luaL_Reg methods[] = {{"stats", corpus_stats}, {"close", corpus_close}, {NULL, NULL}};
  luaL_newlib(L, methods);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  static const luaL_Reg funcs[] = {{"document", l_document}, {"read", l_read},
                                   {"corpus", l_corpus}, {"corpus_stats", corpus_stats},
                                   {NULL, NULL}};
  luaL_setfuncs(L, funcs, 0);
  return 0;
}
