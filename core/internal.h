/* internal.h -- helpers shared by the core's files; not part of the API. */
#ifndef LEDE_INTERNAL_H
#define LEDE_INTERNAL_H

#include "lede.h"
#include <stdlib.h>
#include <string.h>

/* Grows a {T *items; size_t n, cap;} list so that one more item fits.
 * Evaluates to 0 on success, LEDE_ENOMEM on failure. */
#define LEDE_GROW(list)                                                          \
  ((list)->n < (list)->cap ? 0                                                   \
   : lede_grow_((void **)&(list)->items, &(list)->cap, sizeof *(list)->items))

int lede_grow_(void **items, size_t *cap, size_t size);

/* ASCII classification that ignores the C locale. */
static inline int lede_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int lede_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int lede_is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int lede_is_alpha(int c) { return lede_is_upper(c) || lede_is_lower(c); }
static inline int lede_is_alnum(int c) { return lede_is_alpha(c) || lede_is_digit(c); }
static inline int lede_is_space(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int lede_to_lower(int c) { return lede_is_upper(c) ? c + 32 : c; }

/* Length of the valid UTF-8 sequence at u[i] (i < n) with its code point in
 * *cp, or 0 when it is not valid: overlong forms, surrogates, values above
 * U+10FFFF and cut sequences are invalid. NUL is valid here (length 1). */
static inline int lede_utf8_valid(const unsigned char *u, size_t n, size_t i, int32_t *cp) {
  unsigned c = u[i];
  if (c < 0x80) { *cp = (int32_t)c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) {
    if (i + 1 >= n || (u[i + 1] & 0xC0) != 0x80) return 0;
    *cp = (int32_t)(((c & 0x1F) << 6) | (u[i + 1] & 0x3F));
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (i + 2 >= n || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80) return 0;
    int32_t v = (int32_t)(((c & 0x0F) << 12) | ((u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F));
    if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (i + 3 >= n || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80 ||
        (u[i + 3] & 0xC0) != 0x80)
      return 0;
    int32_t v = (int32_t)(((c & 0x07) << 18) | ((u[i + 1] & 0x3F) << 12) |
                          ((u[i + 2] & 0x3F) << 6) | (u[i + 3] & 0x3F));
    if (v < 0x10000 || v > 0x10FFFF) return 0;
    *cp = v;
    return 4;
  }
  return 0;
}

/* strdup that returns NULL for NULL; n-length variant adds the NUL. */
char *lede_strdup(const char *s);
char *lede_strndup(const char *s, size_t n);

#endif
