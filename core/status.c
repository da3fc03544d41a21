/* status.c -- status codes, version, memory and problem lists. */
#include "internal.h"
#include <stdarg.h>
#include <stdio.h>

const char *lede_strerror(int status) {
  switch (status) {
  case LEDE_OK: return "ok";
  case LEDE_ENOMEM: return "out of memory";
  case LEDE_EINVAL: return "invalid argument";
  case LEDE_EIO: return "input/output error";
  case LEDE_EPARSE: return "malformed data";
  case LEDE_ERANGE: return "value out of range";
  case LEDE_END: return "end of input";
  default: return "unknown error";
  }
}

const char *lede_version(void) { return LEDE_VERSION; }

void lede_free(void *p) { free(p); }

int lede_grow_(void **items, size_t *cap, size_t size) {
  size_t ncap = *cap ? *cap * 2 : 16;
  if (ncap < *cap || ncap > ((size_t)-1) / size) return LEDE_ENOMEM;
  void *p = realloc(*items, ncap * size);
  if (!p) return LEDE_ENOMEM;
  *items = p;
  *cap = ncap;
  return LEDE_OK;
}

char *lede_strdup(const char *s) { return s ? lede_strndup(s, strlen(s)) : NULL; }

char *lede_strndup(const char *s, size_t n) {
  char *d = malloc(n + 1);
  if (!d) return NULL;
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

int lede_problems_add(lede_problems *p, const char *file, long line, long long offset,
                      const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int len = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (len >= (int)sizeof buf) {  /* cut: do not leave half a UTF-8 character */
    size_t k = sizeof buf - 1, j = k - 1;
    while (j > 0 && ((unsigned char)buf[j] & 0xC0) == 0x80) j--;
    unsigned char c = (unsigned char)buf[j];
    size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (j + need > k) buf[j] = '\0';
  }
  if (LEDE_GROW(p)) return LEDE_ENOMEM;
  lede_problem *it = &p->items[p->n];
  it->file = lede_strdup(file);
  it->message = lede_strdup(buf);
  if ((file && !it->file) || !it->message) {
    free(it->file);
    free(it->message);
    return LEDE_ENOMEM;
  }
  it->line = line;
  it->offset = offset;
  p->n++;
  return LEDE_OK;
}

void lede_problems_clear(lede_problems *p) {
  for (size_t i = 0; i < p->n; i++) {
    free(p->items[i].file);
    free(p->items[i].message);
  }
  free(p->items);
  p->items = NULL;
  p->n = p->cap = 0;
}

void lede_spans_free(lede_spans *l) {
  free(l->items);
  l->items = NULL;
  l->n = l->cap = 0;
}
