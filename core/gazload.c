/* gazload.c -- gazetteer files: TSV (positional or with a header naming the
 * columns), JSON arrays, JSON Lines and GeoNames dumps. Bad lines are
 * reported with file:line and skipped. */
#include "gz_internal.h"
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>

enum { COL_ID, COL_TYPE, COL_NAME, COL_ALIASES, COL_DEMONYMS, COL_ALT, COL_ASCII, NCOLS };

typedef struct list { const char **items; size_t n, cap; } list;

static int read_file(const char *path, char **out, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return LEDE_EIO;
  gz_buf b = {0};
  char chunk[65536];
  size_t k;
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (gz_buf_add(&b, chunk, k)) { fclose(f); gz_buf_free(&b); return LEDE_ENOMEM; }
  int err = ferror(f);
  fclose(f);
  if (err) { gz_buf_free(&b); return LEDE_EIO; }
  if (gz_buf_add(&b, "", 0)) { gz_buf_free(&b); return LEDE_ENOMEM; }
  *out = b.p;
  *len = b.n;
  return LEDE_OK;
}

static int ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  if (n < m) return 0;
  for (size_t i = 0; i < m; i++)
    if (lede_to_lower((unsigned char)s[n - m + i]) != suf[i]) return 0;
  return 1;
}

static const char *base_name(const char *p) {
  const char *b = strrchr(p, '/');
  return b ? b + 1 : p;
}

/* Splits s in place at sep into l (empty pieces dropped). */
static int split(char *s, char sep, list *l) {
  l->n = 0;
  if (!s) return LEDE_OK;
  for (char *p = s;;) {
    char *q = strchr(p, sep);
    if (q) *q = '\0';
    if (*p) {
      if (LEDE_GROW(l)) return LEDE_ENOMEM;
      l->items[l->n++] = p;
    }
    if (!q) break;
    p = q + 1;
  }
  return LEDE_OK;
}

/* GeoNames alternate names include airport and other codes ("LAX", "CAN")
 * that would match ordinary words; names of 2-4 capitals are left out. */
static int looks_like_code(const char *s) {
  size_t n = strlen(s);
  if (n > 4) return 0;
  for (size_t i = 0; i < n; i++)
    if (!lede_is_upper((unsigned char)s[i]) && !lede_is_digit((unsigned char)s[i])) return 0;
  return 1;
}

static void drop_codes(list *l) {
  size_t k = 0;
  for (size_t i = 0; i < l->n; i++)
    if (!looks_like_code(l->items[i])) l->items[k++] = l->items[i];
  l->n = k;
}

/* Maps header names to columns; returns 1 when the line is a header. */
static int parse_header(char **f, size_t nf, int col[NCOLS]) {
  static const char *const names[NCOLS] = {"id", "type", "name", "aliases", "demonyms",
                                           "alternatenames", "asciiname"};
  int named = 0;
  for (int c = 0; c < NCOLS; c++) col[c] = -1;
  for (size_t i = 0; i < nf; i++)
    for (int c = 0; c < NCOLS; c++)
      if (strcmp(f[i], names[c]) == 0 && col[c] < 0) { col[c] = (int)i; if (c == COL_NAME) named = 1; }
  return named;
}

static char *field(char **f, size_t nf, int c) { return c >= 0 && (size_t)c < nf ? f[c] : NULL; }

typedef struct loader {
  lede_gazetteer *g;
  const char *path;
  lede_problems *probs;
  size_t added;
  list al, de, tmp;
} loader;

static int add_entry(loader *ld, long line, char *id, const char *type, char *name, char *aliases,
                     char asep, char *demonyms, char *ascii, int codes) {
  if (split(aliases, asep, &ld->al) || split(demonyms, '|', &ld->de)) return LEDE_ENOMEM;
  if (codes) drop_codes(&ld->al);
  if (ascii && *ascii && name && strcmp(ascii, name) != 0) {
    if (LEDE_GROW(&ld->al)) return LEDE_ENOMEM;
    ld->al.items[ld->al.n++] = ascii;
  }
  int r = lede_gazetteer_add(ld->g, id, type, name, ld->al.items, ld->al.n, ld->de.items, ld->de.n,
                             ld->path, line, ld->probs);
  if (r == LEDE_OK) ld->added++;
  return r == LEDE_EPARSE ? LEDE_OK : r;
}

static int load_tsv(loader *ld, char *text, size_t len, int geonames) {
  int col[NCOLS] = {COL_ID, COL_TYPE, COL_NAME, COL_ALIASES, COL_DEMONYMS, -1, -1};
  char *fields[32];
  long line = 0;
  int first = 1;
  char *p = text, *end = text + len;
  while (p < end) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *le = nl ? nl : end;
    line++;
    if (le > p && le[-1] == '\r') le[-1] = '\0';
    *le = '\0';
    char *cur = p;
    p = le + 1;
    if (!*cur || *cur == '#') continue;
    size_t nf = 0;
    for (char *q = cur;;) {
      char *tab = strchr(q, '\t');
      if (nf < 32) fields[nf++] = q;
      if (!tab) break;
      *tab = '\0';
      q = tab + 1;
    }
    if (first && !geonames && parse_header(fields, nf, col)) { first = 0; continue; }
    if (first && !geonames) {  /* no header: positional columns */
      int pos[NCOLS] = {COL_ID, COL_TYPE, COL_NAME, COL_ALIASES, COL_DEMONYMS, -1, -1};
      memcpy(col, pos, sizeof pos);
    }
    first = 0;
    int r;
    if (geonames) {
      if (nf < 4) {
        lede_problems_add(ld->probs, ld->path, line, -1,
                          "GeoNames line with %zu fields (at least 4 expected): skipped", nf);
        continue;
      }
      r = add_entry(ld, line, fields[0], "place", fields[1], fields[3], ',', NULL, fields[2], 1);
    } else {
      char *name = field(fields, nf, col[COL_NAME]);
      if (!name || (col[COL_ID] >= 0 && !field(fields, nf, col[COL_ID]))) {
        lede_problems_add(ld->probs, ld->path, line, -1,
                          "%zu tab-separated field%s; expected id, type, name[, aliases[, demonyms]]: skipped",
                          nf, nf == 1 ? "" : "s");
        continue;
      }
      const char *type = field(fields, nf, col[COL_TYPE]);
      char *alt = field(fields, nf, col[COL_ALT]);
      if (alt) r = add_entry(ld, line, field(fields, nf, col[COL_ID]), type ? type : "place", name, alt,
                             ',', field(fields, nf, col[COL_DEMONYMS]), field(fields, nf, col[COL_ASCII]), 1);
      else r = add_entry(ld, line, field(fields, nf, col[COL_ID]), type, name,
                         field(fields, nf, col[COL_ALIASES]), '|', field(fields, nf, col[COL_DEMONYMS]),
                         field(fields, nf, col[COL_ASCII]), 0);
    }
    if (r) return r;
  }
  return LEDE_OK;
}

/* Strings of a JSON field that is an array of strings or one "a|b" string. */
static int json_strings(loader *ld, const cJSON *v, list *l, char **owned) {
  l->n = 0;
  *owned = NULL;
  if (cJSON_IsString(v)) {
    if (!(*owned = lede_strdup(v->valuestring))) return LEDE_ENOMEM;
    return split(*owned, '|', l);
  }
  if (!cJSON_IsArray(v)) return LEDE_OK;
  const cJSON *x;
  cJSON_ArrayForEach(x, v) {
    if (!cJSON_IsString(x)) continue;
    if (LEDE_GROW(l)) return LEDE_ENOMEM;
    l->items[l->n++] = x->valuestring;
  }
  return LEDE_OK;
}

static int load_json_object(loader *ld, const cJSON *o, long line, size_t item) {
  if (!cJSON_IsObject(o)) {
    lede_problems_add(ld->probs, ld->path, line, -1, "item %zu is not an object: skipped", item);
    return LEDE_OK;
  }
  const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
  const cJSON *type = cJSON_GetObjectItemCaseSensitive(o, "type");
  const cJSON *name = cJSON_GetObjectItemCaseSensitive(o, "name");
  char idbuf[64];
  const char *ids = NULL;
  if (cJSON_IsString(id)) ids = id->valuestring;
  else if (cJSON_IsNumber(id)) { snprintf(idbuf, sizeof idbuf, "%.17g", id->valuedouble); ids = idbuf; }
  if (!cJSON_IsString(name)) {
    lede_problems_add(ld->probs, ld->path, line, -1, "item %zu has no \"name\" string: skipped", item);
    return LEDE_OK;
  }
  char *o1, *o2;
  int r = json_strings(ld, cJSON_GetObjectItemCaseSensitive(o, "aliases"), &ld->al, &o1);
  if (r == LEDE_OK) r = json_strings(ld, cJSON_GetObjectItemCaseSensitive(o, "demonyms"), &ld->de, &o2);
  else o2 = NULL;
  if (r == LEDE_OK) {
    r = lede_gazetteer_add(ld->g, ids, cJSON_IsString(type) ? type->valuestring : NULL, name->valuestring,
                           ld->al.items, ld->al.n, ld->de.items, ld->de.n, ld->path, line, ld->probs);
    if (r == LEDE_OK) ld->added++;
    if (r == LEDE_EPARSE) r = LEDE_OK;
  }
  free(o1);
  free(o2);
  return r;
}

static int load_jsonl(loader *ld, char *text, size_t len) {
  long line = 0;
  char *p = text, *end = text + len;
  while (p < end) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *le = nl ? nl : end;
    line++;
    *le = '\0';
    char *cur = p;
    p = le + 1;
    while (lede_is_space((unsigned char)*cur)) cur++;
    if (!*cur) continue;
    cJSON *o = cJSON_Parse(cur);
    if (!o) {
      lede_problems_add(ld->probs, ld->path, line, -1, "malformed JSON: skipped");
      continue;
    }
    int r = load_json_object(ld, o, line, (size_t)line);
    cJSON_Delete(o);
    if (r) return r;
  }
  return LEDE_OK;
}

static int load_json(loader *ld, char *text) {
  cJSON *root = cJSON_Parse(text);
  if (!root) {
    const char *at = cJSON_GetErrorPtr();
    long line = 1;
    for (const char *q = text; at && q < at; q++) line += *q == '\n';
    lede_problems_add(ld->probs, ld->path, line, -1, "malformed JSON: nothing loaded");
    return LEDE_OK;
  }
  const cJSON *arr = cJSON_IsArray(root) ? root : cJSON_GetObjectItemCaseSensitive(root, "entries");
  int r = LEDE_OK;
  if (!cJSON_IsArray(arr)) lede_problems_add(ld->probs, ld->path, 1, -1, "expected a JSON array of entries");
  else {
    size_t item = 0;
    const cJSON *o;
    cJSON_ArrayForEach(o, arr) {
      if ((r = load_json_object(ld, o, 0, ++item))) break;
    }
  }
  cJSON_Delete(root);
  return r;
}

int lede_gazetteer_load(lede_gazetteer *g, const char *path, size_t *added, lede_problems *probs) {
  if (!g || !path) return LEDE_EINVAL;
  char *text;
  size_t len;
  int r = read_file(path, &text, &len);
  if (r == LEDE_EIO) {
    lede_problems_add(probs, path, 0, -1, "cannot read: %s", strerror(errno));
    return r;
  }
  if (r) return r;
  loader ld = {g, path, probs, 0, {0}, {0}, {0}};
  const char *base = base_name(path);
  if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson")) r = load_jsonl(&ld, text, len);
  else if (ends_with(path, ".json")) r = load_json(&ld, text);
  else if ((strncmp(base, "cities", 6) == 0 && ends_with(base, ".txt")) || strcmp(base, "allCountries.txt") == 0)
    r = load_tsv(&ld, text, len, 1);
  else r = load_tsv(&ld, text, len, 0);
  free(text);
  free(ld.al.items);
  free(ld.de.items);
  free(ld.tmp.items);
  if (added) *added = ld.added;
  return r;
}
