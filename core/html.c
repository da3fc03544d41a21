/* html.c -- the text of an HTML page, with its title, date and outlet.
 *
 * Dropped with their content: <script>, <style>, <noscript>, <template>,
 * <nav>, <header>, <footer>, <head> furniture and comments. Block elements
 * (p, div, br, li, h1-h6, tr, ...) become line breaks; runs of white space
 * become one space; character references are decoded. A hand-written
 * scanner: one pass, no per-byte allocation. */
#include "doc_internal.h"
#include <stdio.h>

typedef struct buf { char *p; size_t n, cap; } buf;

static int buf_reserve(buf *b, size_t more) {
  if (b->n + more + 1 <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->n + more + 1) cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) return LEDE_ENOMEM;
  b->p = p, b->cap = cap;
  return 0;
}

static int buf_add(buf *b, const char *s, size_t n) {
  if (buf_reserve(b, n)) return LEDE_ENOMEM;
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
  return 0;
}

/* ---- character references ---- */

/* U+00A0..U+00FF in order. */
static const char *const latin1[96] = {
  "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
  "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
  "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
  "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
  "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
  "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
  "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
  "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
  "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute",
  "ucirc", "uuml", "yacute", "thorn", "yuml"};

static const struct { const char *name; int32_t cp; } named[] = {
  {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
  {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"sbquo", 0x201A}, {"ldquo", 0x201C},
  {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"mdash", 0x2014}, {"ndash", 0x2013},
  {"hellip", 0x2026}, {"bull", 0x2022}, {"prime", 0x2032}, {"Prime", 0x2033},
  {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"euro", 0x20AC}, {"trade", 0x2122},
  {"minus", 0x2212}, {"thinsp", 0x2009}, {"ensp", 0x2002}, {"emsp", 0x2003},
  {"zwnj", 0x200C}, {"zwj", 0x200D}, {"lrm", 0x200E}, {"rlm", 0x200F},
  {"OElig", 0x0152}, {"oelig", 0x0153}, {"Scaron", 0x0160}, {"scaron", 0x0161},
  {"Yuml", 0x0178}, {"fnof", 0x0192}, {"circ", 0x02C6}, {"tilde", 0x02DC},
  {"dagger", 0x2020}, {"Dagger", 0x2021}, {"permil", 0x2030}, {NULL, 0}};

static int32_t named_ref(const char *name, size_t len) {
  for (int i = 0; named[i].name; i++)
    if (strlen(named[i].name) == len && memcmp(named[i].name, name, len) == 0) return named[i].cp;
  for (int i = 0; i < 96; i++)
    if (strlen(latin1[i]) == len && memcmp(latin1[i], name, len) == 0) return 0xA0 + i;
  return -1;
}

/* A reference at s[i] == '&': returns its code point and sets *end, or -1
 * (the '&' is then kept as text). Numeric references in 128..159 are read as
 * Windows-1252, as browsers do; invalid ones give U+FFFD. */
static int32_t char_ref(const char *s, size_t n, size_t i, size_t *end) {
  size_t j = i + 1;
  if (j < n && s[j] == '#') {
    int hex = j + 1 < n && (s[j + 1] == 'x' || s[j + 1] == 'X');
    j += 1 + hex;
    int32_t v = 0;
    size_t start = j;
    while (j < n && j - start < 8) {
      int c = (unsigned char)s[j], dv;
      if (lede_is_digit(c)) dv = c - '0';
      else if (hex && c >= 'a' && c <= 'f') dv = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') dv = c - 'A' + 10;
      else break;
      /* saturate: eight hex digits would overflow an int32 */
      v = v > 0x10FFFF ? 0x110000 : v * (hex ? 16 : 10) + dv;
      j++;
    }
    if (j == start || j >= n || s[j] != ';') return -1;
    *end = j + 1;
    if (v >= 0x80 && v < 0xA0) {
      char b = (char)v;
      size_t k = 0;
      return lede_utf8_next(&b, 1, &k);
    }
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
    return v;
  }
  size_t start = j;
  while (j < n && j - start < 10 && lede_is_alnum((unsigned char)s[j])) j++;
  if (j == start || j >= n || s[j] != ';') return -1;
  int32_t cp = named_ref(s + start, j - start);
  if (cp >= 0) *end = j + 1;
  return cp;
}

/* Appends s[0..n) with references decoded and white space collapsed to one
 * space (no space at the start of a line). */
static int add_space(buf *b) {
  if (b->n > 0 && b->p[b->n - 1] != ' ' && b->p[b->n - 1] != '\n') return buf_add(b, " ", 1);
  return 0;
}

static int add_text(buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (lede_is_space(c)) {
      while (i < n && lede_is_space((unsigned char)s[i])) i++;
      if (add_space(b)) return LEDE_ENOMEM;
      continue;
    }
    size_t end;
    int32_t cp = c == '&' ? char_ref(s, n, i, &end) : -1;
    if (cp >= 0 && cp < 0x80 && lede_is_space(cp)) {  /* "&#10;" is white space like "\n" */
      if (add_space(b)) return LEDE_ENOMEM;
      i = end;
      continue;
    }
    if (cp >= 0) {
      char u[4];
      if (buf_add(b, u, (size_t)lede_utf8_encode(cp, u))) return LEDE_ENOMEM;
      i = end;
      continue;
    }
    size_t j = i + 1;
    while (j < n && s[j] != '&' && !lede_is_space((unsigned char)s[j])) j++;
    if (buf_add(b, s + i, j - i)) return LEDE_ENOMEM;
    i = j;
  }
  return 0;
}

static int newline(buf *b) {
  while (b->n > 0 && b->p[b->n - 1] == ' ') b->n--;
  if (b->n == 0 || b->p[b->n - 1] == '\n') return 0;
  return buf_add(b, "\n", 1);
}

/* A decoded, white-space-collapsed, trimmed copy of s[0..n). */
static char *clean_value(const char *s, size_t n) {
  buf b = {0};
  if (add_text(&b, s, n)) { free(b.p); return NULL; }
  while (b.n > 0 && (b.p[b.n - 1] == ' ' || b.p[b.n - 1] == '\n')) b.n--;
  if (b.n == 0) { free(b.p); return NULL; }
  b.p[b.n] = '\0';
  return b.p;
}

/* ---- tags ---- */

typedef struct tag {
  char name[16];      /* lower case, truncated */
  int closing;
  int self_closing;   /* ends with "/>" */
  size_t end;         /* just past '>' */
  size_t attr_start, attr_end;
} tag;

/* Reads the tag at s[i] == '<'; 0 when it is not a tag (the '<' is text). */
static int read_tag(const char *s, size_t n, size_t i, tag *t) {
  size_t j = i + 1;
  t->closing = j < n && s[j] == '/';
  if (t->closing) j++;
  if (j >= n || !(lede_is_alpha((unsigned char)s[j]) || s[j] == '!' || s[j] == '?')) return 0;
  size_t k = 0;
  if (s[j] == '!' || s[j] == '?') t->name[k++] = s[j++];
  while (j < n && (lede_is_alnum((unsigned char)s[j]) || s[j] == '-' || s[j] == ':')) {
    if (k < sizeof t->name - 1) t->name[k++] = (char)lede_to_lower((unsigned char)s[j]);
    j++;
  }
  t->name[k] = '\0';
  t->attr_start = j;
  char q = 0;
  while (j < n && (q || s[j] != '>')) {
    if (q && s[j] == q) q = 0;
    else if (!q && (s[j] == '"' || s[j] == '\'')) q = s[j];
    j++;
  }
  t->attr_end = j;
  t->end = j < n ? j + 1 : n;
  t->self_closing = j < n && j > t->attr_start && s[j - 1] == '/';
  return 1;
}

/* The value of attribute name (lower case) in the tag, or NULL; decoded. */
static char *attr(const char *s, const tag *t, const char *name) {
  size_t i = t->attr_start, e = t->attr_end, nl = strlen(name);
  while (i < e) {
    while (i < e && (lede_is_space((unsigned char)s[i]) || s[i] == '/')) i++;
    size_t ks = i;
    while (i < e && s[i] != '=' && !lede_is_space((unsigned char)s[i]) && s[i] != '/') i++;
    size_t ke = i;
    while (i < e && lede_is_space((unsigned char)s[i])) i++;
    if (i >= e || s[i] != '=') continue;
    i++;
    while (i < e && lede_is_space((unsigned char)s[i])) i++;
    size_t vs, ve;
    if (i < e && (s[i] == '"' || s[i] == '\'')) {
      char q = s[i++];
      vs = i;
      while (i < e && s[i] != q) i++;
      ve = i;
      if (i < e) i++;
    } else {
      vs = i;
      while (i < e && !lede_is_space((unsigned char)s[i])) i++;
      ve = i;
    }
    if (ke - ks == nl) {
      size_t x = 0;
      while (x < nl && lede_to_lower((unsigned char)s[ks + x]) == name[x]) x++;
      if (x == nl) return clean_value(s + vs, ve - vs);
    }
  }
  return NULL;
}

static int in_list(const char *name, const char *const *list) {
  for (int i = 0; list[i]; i++) if (strcmp(name, list[i]) == 0) return 1;
  return 0;
}

static const char *const dropped[] = {"script", "style", "noscript", "template", "nav",
                                      "header", "footer", "svg", "iframe", "select", NULL};
static const char *const blocks[] = {
  "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
  "section", "article", "main", "aside", "blockquote", "figure", "figcaption", "hr", "dd", "dt",
  "dl", "pre", "address", "body", "form", "caption", NULL};

/* Does the tag at s[i] == '<' (or '</') have the name (lower case)? Checked
 * before read_tag, whose search for '>' may run to the end of the page. */
static int tag_named(const char *s, size_t n, size_t i, const char *name) {
  size_t j = i + 1, k = 0;
  if (j < n && s[j] == '/') j++;
  for (; name[k]; k++, j++)
    if (j >= n || lede_to_lower((unsigned char)s[j]) != name[k]) return 0;
  return !(j < n && (lede_is_alnum((unsigned char)s[j]) || s[j] == '-' || s[j] == ':'));
}

/* Index just past the element closing t (</name ...>), honouring nesting of
 * the same element; n when it never closes. Script and style are raw text.
 * Linear: only tags of the same name are read, and reading one moves past it. */
static size_t skip_element(const char *s, size_t n, const tag *t) {
  int raw = strcmp(t->name, "script") == 0 || strcmp(t->name, "style") == 0;
  int depth = 1;
  size_t i = t->end;
  while (i < n) {
    const char *lt = memchr(s + i, '<', n - i);
    if (!lt) return n;
    i = (size_t)(lt - s);
    tag u;
    if (!tag_named(s, n, i, t->name) || !read_tag(s, n, i, &u) || strcmp(u.name, t->name) != 0) {
      i++;
      continue;
    }
    if (u.closing && --depth == 0) return u.end;
    if (!u.closing && !u.self_closing && !raw) depth++;
    i = u.end;
  }
  return n;
}

static void set_once(char **field, char *v) {
  if (*field || !v) free(v);
  else *field = v;
}

/* <meta property|name|itemprop=... content=...>: date, outlet, title, author. */
static void meta_tag(const char *s, const tag *t, lede_html *h) {
  char *key = attr(s, t, "property");
  if (!key) key = attr(s, t, "name");
  if (!key) key = attr(s, t, "itemprop");
  if (!key) return;
  for (char *p = key; *p; p++) *p = (char)lede_to_lower((unsigned char)*p);
  static const char *const date_keys[] = {"article:published_time", "date", "pubdate",
                                          "datepublished", "publish-date", "dc.date", NULL};
  for (int i = 0; date_keys[i]; i++) {
    if (strcmp(key, date_keys[i]) == 0 && !h->date) {
      h->date = attr(s, t, "content");
      if (h->date) h->date_field = date_keys[i];
    }
  }
  if (strcmp(key, "og:site_name") == 0) set_once(&h->outlet, attr(s, t, "content"));
  else if (strcmp(key, "og:title") == 0) set_once(&h->title, attr(s, t, "content"));
  else if (strcmp(key, "og:url") == 0) set_once(&h->url, attr(s, t, "content"));
  else if (strcmp(key, "author") == 0 || strcmp(key, "article:author") == 0)
    set_once(&h->author, attr(s, t, "content"));
  free(key);
}

int lede_looks_like_html(const char *s, size_t n) {
  size_t i = 0;
  if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = 3;
  while (i < n && lede_is_space((unsigned char)s[i])) i++;
  static const char *const starts[] = {"<!doctype html", "<html", NULL};
  for (int k = 0; starts[k]; k++) {
    size_t l = strlen(starts[k]), x = 0;
    while (x < l && i + x < n && lede_to_lower((unsigned char)s[i + x]) == starts[k][x]) x++;
    if (x == l) return 1;
  }
  return 0;
}

int lede_html_to_text(const char *s, size_t n, lede_html *h) {
  memset(h, 0, sizeof *h);
  buf b = {0};
  /* the text is never longer than the page: a reference or a tag yields at
   * most as many bytes as it has, so one allocation does */
  if (buf_reserve(&b, n)) return LEDE_ENOMEM;
  b.p[0] = '\0';
  size_t i = 0;
  while (i < n) {
    const char *lt = memchr(s + i, '<', n - i);
    size_t stop = lt ? (size_t)(lt - s) : n;
    if (stop > i && add_text(&b, s + i, stop - i)) goto nomem;
    i = stop;
    if (i >= n) break;
    if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
      const char *close = NULL;
      for (size_t k = i + 4; k + 2 < n && !close; k++)
        if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>') close = s + k;
      i = close ? (size_t)(close - s) + 3 : n;
      continue;
    }
    tag t;
    if (!read_tag(s, n, i, &t)) {
      if (add_text(&b, "<", 1)) goto nomem;
      i++;
      continue;
    }
    i = t.end;
    if (t.closing) {
      if (in_list(t.name, blocks) && newline(&b)) goto nomem;
      continue;
    }
    if (t.self_closing && (strcmp(t.name, "title") == 0 || in_list(t.name, dropped))) {
      /* "<svg .../>", "<iframe .../>": nothing inside; skipping to a close
       * tag that never comes would drop the rest of the page */
    } else if (strcmp(t.name, "title") == 0) {
      size_t end = skip_element(s, n, &t), cs = t.end, ce = end;
      while (ce > cs && s[ce - 1] != '<') ce--;  /* back to the '<' of </title> */
      if (ce > cs) ce--;
      char *v = clean_value(s + cs, ce > cs ? ce - cs : 0);
      if (v) { free(h->title); h->title = v; }  /* <title> beats og:title */
      i = end;
    } else if (strcmp(t.name, "meta") == 0) {
      meta_tag(s, &t, h);
    } else if (strcmp(t.name, "link") == 0) {
      char *rel = attr(s, &t, "rel");
      if (rel && strcmp(rel, "canonical") == 0) set_once(&h->url, attr(s, &t, "href"));
      free(rel);
    } else if (in_list(t.name, dropped)) {
      i = skip_element(s, n, &t);
    } else if (strcmp(t.name, "br") == 0) {
      while (b.n > 0 && b.p[b.n - 1] == ' ') b.n--;
      if (b.n > 0 && buf_add(&b, "\n", 1)) goto nomem;  /* no blank line before the text */
    } else if (in_list(t.name, blocks)) {
      if (newline(&b)) goto nomem;
    } else if ((strcmp(t.name, "td") == 0 || strcmp(t.name, "th") == 0) && b.n > 0 &&
               b.p[b.n - 1] != '\n' && b.p[b.n - 1] != ' ') {
      if (buf_add(&b, " ", 1)) goto nomem;
    }
  }
  while (b.n > 0 && (b.p[b.n - 1] == ' ' || b.p[b.n - 1] == '\n')) b.n--;
  b.p[b.n] = '\0';
  h->text = b.p;
  h->len = b.n;
  return LEDE_OK;
nomem:
  free(b.p);
  lede_html_free(h);
  return LEDE_ENOMEM;
}

void lede_html_free(lede_html *h) {
  free(h->text);
  free(h->title);
  free(h->date);
  free(h->outlet);
  free(h->url);
  free(h->author);
  memset(h, 0, sizeof *h);
}
