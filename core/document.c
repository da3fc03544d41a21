/* document.c -- building a document: repair the bytes, read the format
 * (metadata header of .txt, HTML, JSON record), infer the publication date. */
#include "doc_internal.h"
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>

char *lede_doc_fmt(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int len = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (len < 0) return NULL;
  char *p = malloc((size_t)len + 1);
  if (!p) return NULL;
  va_start(ap, fmt);
  vsnprintf(p, (size_t)len + 1, fmt, ap);
  va_end(ap);
  return p;
}

void lede_doc_free(lede_doc *d) {
  if (!d) return;
  free(d->id);
  free(d->path);
  free(d->outlet);
  free(d->title);
  free(d->url);
  free(d->author);
  free(d->date_evidence);
  free(d->text);
  lede_problems_clear(&d->problems);
  free(d);
}

/* True when s is valid UTF-8 without NUL bytes (nothing to repair). Eight
 * ASCII bytes at a time on the common path. */
int lede_utf8_clean(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, u + i, 8);
      const uint64_t lo = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
      if (((w | ((w - lo) & ~w)) & hi) == 0) { i += 8; continue; } /* ASCII, no NUL */
    }
    int32_t cp;
    int len = lede_utf8_valid(u, n, i, &cp);
    if (len == 0 || cp == 0) return 0;
    i += (size_t)len;
  }
  return 1;
}

/* More than 30% control bytes (other than tab, line feed, form feed and
 * carriage return) in the first 64 KiB: probably not text. */
static int control_percent(const char *s, size_t n) {
  size_t m = n < 65536 ? n : 65536, ctrl = 0;
  for (size_t i = 0; i < m; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F) ctrl++;
  }
  return m ? (int)(ctrl * 100 / m) : 0;
}

/* ---- the metadata header of a .txt file ---- */

enum { H_TITLE, H_DATE, H_OUTLET, H_URL, H_AUTHOR, H_ID, H_COUNT };
static const struct { const char *key; int field; } header_keys[] = {
  {"title", H_TITLE}, {"date", H_DATE},     {"source", H_OUTLET}, {"outlet", H_OUTLET},
  {"url", H_URL},     {"author", H_AUTHOR}, {"id", H_ID},         {NULL, 0}};

typedef struct header {
  size_t body;                  /* where the text after the header starts */
  size_t vs[H_COUNT], ve[H_COUNT];
  int have[H_COUNT];
  char date_key[8];             /* the Date key as written, for the evidence */
} header;

/* Leading "Key: value" lines (keys above, any case) ending at a blank line. */
static int parse_header(const char *s, size_t n, header *h) {
  memset(h, 0, sizeof *h);
  size_t i = (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
  for (int lines = 0; i < n && lines <= 20; lines++) {
    const char *nl = memchr(s + i, '\n', n - i);
    if (!nl) return 0;  /* a header ends at a blank line */
    size_t le = (size_t)(nl - s), next = le + 1;
    if (le > i && s[le - 1] == '\r') le--;
    if (le == i) {
      if (lines == 0) return 0;
      h->body = next;
      return 1;
    }
    size_t k = i;
    while (k < le && lede_is_alpha((unsigned char)s[k])) k++;
    if (k >= le || s[k] != ':' || k - i > 6) return 0;
    int field = -1;
    for (int x = 0; header_keys[x].key && field < 0; x++) {
      size_t kl = strlen(header_keys[x].key), y = 0;
      if (kl != k - i) continue;
      while (y < kl && lede_to_lower((unsigned char)s[i + y]) == header_keys[x].key[y]) y++;
      if (y == kl) field = header_keys[x].field;
    }
    if (field < 0) return 0;
    if (field == H_DATE) memcpy(h->date_key, s + i, k - i), h->date_key[k - i] = '\0';
    size_t vs = k + 1, ve = le;
    while (vs < ve && lede_is_space((unsigned char)s[vs])) vs++;
    while (ve > vs && lede_is_space((unsigned char)s[ve - 1])) ve--;
    if (!h->have[field] && ve > vs) h->have[field] = 1, h->vs[field] = vs, h->ve[field] = ve;
    i = next;
  }
  return 0;
}

/* ---- building ---- */

/* Fields found in the input; each owned, NULL when absent. */
typedef struct found {
  char *id, *outlet, *title, *url, *date, *author;
  const char *date_field;
} found;

static void found_free(found *f) {
  free(f->id);
  free(f->outlet);
  free(f->title);
  free(f->url);
  free(f->date);
  free(f->author);
}

/* field: the input's value when present, else the caller's; NULL on ENOMEM
 * is caught by the caller comparing with the sources. */
static int take(char **dst, char **mine, const char *theirs) {
  if (*mine) { *dst = *mine; *mine = NULL; return 0; }
  if (!theirs || !*theirs) return 0;
  *dst = lede_strdup(theirs);
  return *dst ? 0 : LEDE_ENOMEM;
}

static int build(char *buf, size_t n, const lede_doc_meta *meta, const char *meta_date_field,
                 lede_doc **out, char **err);

static int from_text(lede_doc *d, char *buf, size_t n, found *f) {
  header h;
  if (parse_header(buf, n, &h)) {
    char **dst[H_COUNT] = {&f->title, &f->date, &f->outlet, &f->url, &f->author, &f->id};
    for (int k = 0; k < H_COUNT; k++) {
      if (!h.have[k]) continue;
      *dst[k] = lede_strndup(buf + h.vs[k], h.ve[k] - h.vs[k]);
      if (!*dst[k]) return LEDE_ENOMEM;
    }
    if (f->date) f->date_field = h.date_key[0] ? "Date" : "date";
    memmove(buf, buf + h.body, n - h.body);
    n -= h.body;
  }
  buf[n] = '\0';
  d->text = buf;
  d->len = n;
  return LEDE_OK;
}

static int from_html(lede_doc *d, char *buf, size_t n, found *f) {
  lede_html h;
  int st = lede_html_to_text(buf, n, &h);
  free(buf);
  if (st) return st;
  d->text = h.text, d->len = h.len;
  f->title = h.title, f->date = h.date, f->outlet = h.outlet, f->url = h.url, f->author = h.author;
  f->date_field = h.date_field;
  return LEDE_OK;
}

static char *json_string(const cJSON *rec, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(rec, key);
  if (cJSON_IsString(v) && v->valuestring && *v->valuestring) return v->valuestring;
  return NULL;
}

int lede_document_json(const cJSON *rec, const lede_doc_meta *meta, lede_doc **out, char **err) {
  *out = NULL;
  if (err) *err = NULL;
  if (!cJSON_IsObject(rec)) {
    if (err) *err = lede_doc_fmt("record is not a JSON object");
    return LEDE_EPARSE;
  }
  const cJSON *text = cJSON_GetObjectItemCaseSensitive(rec, "text");
  if (!cJSON_IsString(text) || !text->valuestring) {
    if (err) *err = lede_doc_fmt("record has no \"text\" string");
    return LEDE_EPARSE;
  }
  lede_doc_meta m = meta ? *meta : (lede_doc_meta){0};
  char idbuf[32];
  const cJSON *id = cJSON_GetObjectItemCaseSensitive(rec, "id");
  if (cJSON_IsString(id) && id->valuestring && *id->valuestring) m.id = id->valuestring;
  else if (cJSON_IsNumber(id)) {
    double v = id->valuedouble;
    /* the range test first: converting a double out of range (1e300, inf,
     * NaN) to long long is undefined */
    if (v > -9.2e18 && v < 9.2e18 && v == (double)(long long)v)
      snprintf(idbuf, sizeof idbuf, "%lld", (long long)v);
    else snprintf(idbuf, sizeof idbuf, "%.17g", v);
    m.id = idbuf;
  }
  const char *v;
  if ((v = json_string(rec, "title"))) m.title = v;
  if ((v = json_string(rec, "outlet")) || (v = json_string(rec, "source"))) m.outlet = v;
  if ((v = json_string(rec, "url"))) m.url = v;
  if ((v = json_string(rec, "author"))) m.author = v;
  const char *date_field = "date";
  if ((v = json_string(rec, "date"))) m.date = v;
  else if ((v = json_string(rec, "published"))) m.date = v, date_field = "published";
  m.format = LEDE_FORMAT_PLAIN;
  size_t n = strlen(text->valuestring);
  char *buf = malloc(n + 1);
  if (!buf) return LEDE_ENOMEM;
  memcpy(buf, text->valuestring, n);
  return build(buf, n, &m, date_field, out, err);
}

/* The value of the four hex digits at s[i], or -1. */
static long hex4(const char *s, size_t n, size_t i) {
  if (i + 4 > n) return -1;
  long v = 0;
  for (size_t k = i; k < i + 4; k++) {
    int c = (unsigned char)s[k];
    int d = lede_is_digit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10
          : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

size_t lede_json_unnul(char *s, size_t n, size_t *lone) {
  size_t nuls = 0, bad = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    if (s[i] != '\\') continue;
    long v = s[i + 1] == 'u' ? hex4(s, n, i + 2) : -1;
    if (v < 0) { i++; continue; }  /* skip the escaped character: after "\\", u0000 is text */
    if (v == 0) {
      s[i + 4] = '2', nuls++;
    } else if (v >= 0xD800 && v <= 0xDBFF && i + 7 < n && s[i + 6] == '\\' && s[i + 7] == 'u' &&
               hex4(s, n, i + 8) >= 0xDC00 && hex4(s, n, i + 8) <= 0xDFFF) {
      i += 6;  /* a pair: the low half is passed over with it */
    } else if (v >= 0xD800 && v <= 0xDFFF) {
      memcpy(s + i + 2, "FFFD", 4), bad++;
    }
    i += 5;
  }
  if (lone) *lone = bad;
  return nuls;
}

int lede_json_escape_problems(lede_problems *p, const char *file, long line, size_t nuls,
                              size_t lone, const char *where) {
  int st = LEDE_OK;
  if (nuls)
    st = lede_problems_add(p, file, line, -1, "%zu JSON escape(s) \\u0000 (NUL)%s read as a space",
                           nuls, where);
  if (st == LEDE_OK && lone)
    st = lede_problems_add(p, file, line, -1,
                           "%zu lone surrogate escape(s) (\\uD800-\\uDFFF)%s read as U+FFFD", lone,
                           where);
  return st;
}

static int from_json(char *buf, size_t n, const lede_doc_meta *meta, lede_doc **out, char **err) {
  size_t lone, nuls = lede_json_unnul(buf, n, &lone);
  const char *end = NULL;
  cJSON *rec = cJSON_ParseWithLengthOpts(buf, n, &end, 0);
  if (!rec) {
    if (err) *err = lede_doc_fmt("invalid JSON at byte %zu", end ? (size_t)(end - buf) : (size_t)0);
    free(buf);
    return LEDE_EPARSE;
  }
  lede_doc_meta m = *meta;
  m.format = LEDE_FORMAT_PLAIN;
  int st = lede_document_json(rec, &m, out, err);
  cJSON_Delete(rec);
  free(buf);
  if (st == LEDE_OK)
    st = lede_json_escape_problems(&(*out)->problems, meta->file ? meta->file : meta->path, 0,
                                   nuls, lone, "");
  return st;
}

int lede_problems_move(lede_problems *dst, lede_problems *src) {
  for (size_t i = 0; i < src->n; i++) {
    if (LEDE_GROW(dst)) return LEDE_ENOMEM;
    dst->items[dst->n++] = src->items[i];
    src->items[i].file = src->items[i].message = NULL;
  }
  lede_problems_clear(src);
  return LEDE_OK;
}

static int build(char *buf, size_t n, const lede_doc_meta *meta, const char *meta_date_field,
                 lede_doc **out, char **err) {
  *out = NULL;
  if (err) *err = NULL;
  const char *file = meta->file ? meta->file : meta->path ? meta->path : meta->id;
  lede_doc *d = calloc(1, sizeof *d);
  if (!d) { free(buf); return LEDE_ENOMEM; }
  int st = LEDE_OK, pct = control_percent(buf, n);
  if (n == 0) st = lede_problems_add(&d->problems, file, 0, -1, "empty document");
  else if (pct > 30)
    st = lede_problems_add(&d->problems, file, 0, -1,
                           "probably a binary file (%d%% control bytes); read as text anyway", pct);
  if (st == LEDE_OK && !lede_utf8_clean(buf, n)) {
    char *fixed;
    size_t flen;
    int changed;
    st = lede_utf8_repair(buf, n, file, &fixed, &flen, &changed, &d->problems);
    if (st == LEDE_OK) { free(buf); buf = fixed; n = flen; }
  }
  if (st) { free(buf); lede_doc_free(d); return st; }
  if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {  /* a byte-order mark is not text */
    memmove(buf, buf + 3, n - 3);
    n -= 3;
  }
  int format = meta->format;
  if (format == LEDE_FORMAT_AUTO) format = lede_looks_like_html(buf, n) ? LEDE_FORMAT_HTML : LEDE_FORMAT_TEXT;
  if (format == LEDE_FORMAT_JSON) {
    lede_problems repairs = d->problems;  /* found before parsing: they come first */
    d->problems = (lede_problems){0};
    lede_doc_free(d);
    st = from_json(buf, n, meta, out, err);
    if (st == LEDE_OK) st = lede_problems_move(&repairs, &(*out)->problems);
    if (st == LEDE_OK) (*out)->problems = repairs;
    else {
      lede_problems_clear(&repairs);
      lede_doc_free(*out);
      *out = NULL;
    }
    return st;
  }
  found f = {0};
  f.date_field = meta_date_field;
  if (format == LEDE_FORMAT_HTML) st = from_html(d, buf, n, &f);
  else if (format == LEDE_FORMAT_TEXT) st = from_text(d, buf, n, &f);
  else { buf[n] = '\0'; d->text = buf; d->len = n; }
  if (st == LEDE_OK) {
    const char *date_field = f.date ? f.date_field : meta_date_field;
    st = take(&d->id, &f.id, meta->id ? meta->id : meta->path);
    if (!st) st = take(&d->path, &(char *){NULL}, meta->path);
    if (!st) st = take(&d->outlet, &f.outlet, meta->outlet);
    if (!st) st = take(&d->title, &f.title, meta->title);
    if (!st) st = take(&d->url, &f.url, meta->url);
    if (!st) st = take(&d->author, &f.author, meta->author);
    if (!st) st = lede_pubdate_field(d->text, d->len, f.date ? f.date : meta->date,
                                     date_field ? date_field : "date", d->date,
                                     &d->date_evidence, &d->date_estimated);
  }
  found_free(&f);
  if (st) { lede_doc_free(d); return st; }
  *out = d;
  return LEDE_OK;
}

int lede_document_owned(char *buf, size_t n, const lede_doc_meta *meta, lede_doc **out,
                        char **err) {
  static const lede_doc_meta none;
  return build(buf, n, meta ? meta : &none, "date", out, err);
}

int lede_document(const char *s, size_t n, const lede_doc_meta *meta, lede_doc **out,
                  char **err) {
  if (!out || (!s && n)) return LEDE_EINVAL;
  char *buf = malloc(n + 1);
  if (!buf) return LEDE_ENOMEM;
  if (n) memcpy(buf, s, n);
  return lede_document_owned(buf, n, meta, out, err);
}
