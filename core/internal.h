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

/* strdup that returns NULL for NULL; n-length variant adds the NUL. */
char *lede_strdup(const char *s);
char *lede_strndup(const char *s, size_t n);

#endif
