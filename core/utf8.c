/* utf8.c -- lenient UTF-8 decoding: invalid bytes read as Windows-1252. */
#include "internal.h"

/* Windows-1252 0x80..0x9F; the five holes map to their C1 code points. */
static const uint16_t cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

static int32_t cp1252(unsigned char b) {
  return (b >= 0x80 && b < 0xA0) ? cp1252_high[b - 0x80] : b;
}

int32_t lede_utf8_next(const char *s, size_t n, size_t *i) {
  const unsigned char *u = (const unsigned char *)s;
  int32_t cp;
  int len = lede_utf8_valid(u, n, *i, &cp);
  if (len == 0) { cp = cp1252(u[*i]); len = 1; }
  else if (cp == 0) cp = ' ';
  *i += (size_t)len;
  return cp;
}

int lede_utf8_encode(int32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Reports each repaired byte as one problem; at most 100 are listed, then a
 * total, so that a binary file does not produce millions of messages. */
#define MAX_REPORTS 100

int lede_utf8_repair(const char *s, size_t n, const char *file, char **out, size_t *outlen,
                     int *changed, lede_problems *probs) {
  const unsigned char *u = (const unsigned char *)s;
  size_t cap = n + n / 2 + 1, o = 0, reports = 0, bad_total = 0, nul_total = 0;
  char *buf = malloc(cap);
  if (!buf) return LEDE_ENOMEM;
  *changed = 0;
  for (size_t i = 0; i < n;) {
    int32_t cp;
    int len = lede_utf8_valid(u, n, i, &cp);
    if (o + 4 >= cap) {
      size_t ncap = cap * 2;
      char *nb = realloc(buf, ncap);
      if (!nb) { free(buf); return LEDE_ENOMEM; }
      buf = nb;
      cap = ncap;
    }
    if (len > 0 && cp != 0) {
      memcpy(buf + o, s + i, (size_t)len);
      o += (size_t)len;
      i += (size_t)len;
      continue;
    }
    /* an invalid byte or a NUL at i */
    size_t run_start = i;
    int is_nul = (len > 0);
    *changed = 1;
    if (is_nul) { buf[o++] = ' '; i++; nul_total++; }
    else { o += (size_t)lede_utf8_encode(cp1252(u[i]), buf + o); i++; bad_total++; }
    if (probs && reports < MAX_REPORTS) {
      reports++;
      if (lede_problems_add(probs, file, 0, (long long)run_start,
                            is_nul ? "NUL byte at byte offset %zu read as a space"
                                   : "invalid UTF-8 at byte offset %zu (0x%02X) read as Windows-1252",
                            run_start, u[run_start])) { free(buf); return LEDE_ENOMEM; }
    }
  }
  if (probs && reports >= MAX_REPORTS && (bad_total + nul_total) > MAX_REPORTS) {
    if (lede_problems_add(probs, file, 0, -1,
                          "%zu invalid bytes and %zu NUL bytes repaired in all (first %d listed)",
                          bad_total, nul_total, MAX_REPORTS)) { free(buf); return LEDE_ENOMEM; }
  }
  buf[o] = '\0';
  *out = buf;
  *outlen = o;
  return LEDE_OK;
}
