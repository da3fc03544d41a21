/* gztoken.c -- the word reader shared by the gazetteer and entity discovery:
 * folds case and diacritics on the fly, with a fast path for ASCII. */
#include "gz_internal.h"
#include <utf8proc.h>

int gz_buf_reserve(gz_buf *b, size_t more) {
  if (b->n + more <= b->cap) return LEDE_OK;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->n + more) {
    if (cap > ((size_t)-1) / 2) return LEDE_ENOMEM;
    cap *= 2;
  }
  char *p = realloc(b->p, cap);
  if (!p) return LEDE_ENOMEM;
  b->p = p;
  b->cap = cap;
  return LEDE_OK;
}

int gz_buf_add(gz_buf *b, const char *s, size_t n) {
  if (gz_buf_reserve(b, n + 1)) return LEDE_ENOMEM;
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
  return LEDE_OK;
}

void gz_buf_free(gz_buf *b) {
  free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
}

/* ASCII letters and digits to their lower-case form; 0 for everything else
 * (and for bytes >= 0x80, which take the UTF-8 path). */
static const unsigned char ascii_fold[256] = {
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
   48,  49,  50,  51,  52,  53,  54,  55,  56,  57,   0,   0,   0,   0,   0,   0,
    0,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
  112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,   0,   0,   0,   0,   0,
    0,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
  112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
};

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

static int is_word_cp(int32_t cp) {
  if (cp < 0x80) return lede_is_alnum(cp);
  if (is_apostrophe(cp)) return 0;
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
         (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

static int is_upper_cp(int32_t cp) {
  if (cp < 0x80) return lede_is_upper(cp);
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* Letters that Unicode does not decompose but that transliterate plainly. */
static const char *special_fold(int32_t cp) {
  switch (cp) {
  case 0x0259: case 0x018F: return "a";   /* schwa (Azerbaijani) */
  case 0x00F8: case 0x00D8: return "o";
  case 0x0142: case 0x0141: return "l";
  case 0x0111: case 0x0110: case 0x00F0: case 0x00D0: return "d";
  case 0x0131: return "i";                /* dotless i */
  case 0x00E6: case 0x00C6: return "ae";
  case 0x0153: case 0x0152: return "oe";
  case 0x00FE: case 0x00DE: return "th";
  case 0x0127: case 0x0126: return "h";
  case 0x0167: case 0x0166: return "t";
  case 0x00DF: return "ss";
  default: return NULL;
  }
}

/* Appends the folded form of a non-ASCII code point; sets *ascii to 0 when
 * the result is not plain ASCII. */
static int fold_cp(int32_t cp, gz_buf *fold, int *ascii) {
  const char *sp = special_fold(cp);
  if (sp) return gz_buf_add(fold, sp, strlen(sp));
  utf8proc_int32_t out[8];
  int last = 0;
  utf8proc_ssize_t k = utf8proc_decompose_char(cp, out, 8,
      UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT, &last);
  if (k < 0 || k > 8) { out[0] = cp; k = 1; }
  for (utf8proc_ssize_t i = 0; i < k; i++) {
    char enc[4];
    int len = lede_utf8_encode(out[i], enc);
    if (out[i] >= 0x80) *ascii = 0;
    if (gz_buf_add(fold, enc, (size_t)len)) return LEDE_ENOMEM;
  }
  return LEDE_OK;
}

static int word_at(const char *s, size_t n, size_t i) {
  if (i >= n) return 0;
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) return lede_is_alnum(c);
  return is_word_cp(lede_utf8_next(s, n, &i));
}

/* "U.S." / "U.K." : at a full stop after a one-letter word, swallows
 * ".X" pairs; the span takes the final stop. Returns the new position. */
static size_t join_initials(const char *s, size_t n, size_t i, gz_tok *t, gz_buf *fold) {
  int joined = 0;
  while (i + 1 < n && s[i] == '.' && lede_is_alpha((unsigned char)s[i + 1]) &&
         (i + 2 >= n || !word_at(s, n, i + 2))) {
    char c = (char)lede_to_lower((unsigned char)s[i + 1]);
    if (gz_buf_add(fold, &c, 1)) return (size_t)-1;
    i += 2;
    joined = 1;
  }
  if (joined && i < n && s[i] == '.') { t->end = i + 1; t->next = i + 1; return i; }
  t->end = t->next = i;
  return i;
}

/* SWAR (eight bytes in one 64-bit word): the high bit of each byte of the
 * result is set when the byte lies in [lo, hi]; for bytes < 0x80 only. */
#define SWAR_ONES 0x0101010101010101ull
#define SWAR_HIGH 0x8080808080808080ull
static inline uint64_t swar_in(uint64_t x, unsigned lo, unsigned hi) {
  return (x + SWAR_ONES * (0x80 - lo)) & ~(x + SWAR_ONES * (0x7F - hi)) & SWAR_HIGH;
}

/* High bit set for each ASCII letter or digit among eight bytes. */
static inline uint64_t swar_word_bytes(uint64_t x) {
  uint64_t ascii = ~x & SWAR_HIGH;
  x &= ~SWAR_HIGH;  /* no carries between bytes */
  return (swar_in(x, 'A', 'Z') | swar_in(x, 'a', 'z') | swar_in(x, '0', '9')) & ascii;
}

/* The common case of gz_next_token: ASCII up to the word, an ASCII word,
 * and after it an ASCII byte that neither continues the word nor starts the
 * special cases (apostrophe, "U.S." initials). Returns 1 with the word, 0 to
 * leave the rest to the general path. */
static int ascii_token(const char *s, size_t n, size_t *pos, gz_tok *t, gz_buf *fold) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = *pos;
  while (i < n && !ascii_fold[u[i]]) {
    if (u[i] >= 0x80) return 0;
    i++;
  }
  if (i >= n || fold->cap < 64) return 0;
  size_t start = i, k = 0, room = fold->cap - 1;
  char *p = fold->p;
  unsigned char l;
#if !(defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__) && (defined(__GNUC__) || defined(__clang__))
  /* eight bytes at a time while they are ASCII letters and digits */
  while (i + 8 <= n && k + 8 <= room) {
    uint64_t x;
    memcpy(&x, u + i, 8);
    uint64_t w = swar_word_bytes(x);
    uint64_t lower = x | (swar_in(x & ~SWAR_HIGH, 'A', 'Z') & w) >> 2;  /* 0x80 >> 2 = 0x20 */
    if (w == SWAR_HIGH) {
      memcpy(p + k, &lower, 8);
      k += 8;
      i += 8;
      continue;
    }
    size_t len = (size_t)__builtin_ctzll(~w & SWAR_HIGH) / 8;
    memcpy(p + k, &lower, 8);  /* the bytes past len are overwritten or past the end */
    k += len;
    i += len;
    break;
  }
#endif
  while (i < n && (l = ascii_fold[u[i]]) != 0) {
    if (k >= room) return 0;
    p[k++] = (char)l;
    i++;
  }
  if (i < n && (u[i] >= 0x80 || u[i] == '\'' || (u[i] == '.' && k == 1))) return 0;
  p[k] = '\0';
  fold->n = k;
  t->start = start;
  t->end = t->next = i;
  t->cap = lede_is_upper(u[start]);
  t->poss = 0;
  t->ascii = 1;
  *pos = i;
  return 1;
}

static int next_token_general(const char *s, size_t n, size_t *pos, gz_tok *t, gz_buf *fold);

int gz_next_token(const char *s, size_t n, size_t *pos, gz_tok *t, gz_buf *fold) {
  return ascii_token(s, n, pos, t, fold) ? 1 : next_token_general(s, n, pos, t, fold);
}

/* Everything else: non-ASCII letters (folded through utf8proc), apostrophes,
 * initials, the end of the text. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static int next_token_general(const char *s, size_t n, size_t *pos, gz_tok *t, gz_buf *fold) {
  size_t i = *pos;
  fold->n = 0;
  while (i < n) {                       /* skip what is not a word */
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      if (ascii_fold[c]) break;
      i++;
      continue;
    }
    size_t j = i;
    if (is_word_cp(lede_utf8_next(s, n, &j))) break;
    i = j;
  }
  if (i >= n) { *pos = n; return 0; }
  t->start = i;
  t->poss = 0;
  t->ascii = 1;
  if ((unsigned char)s[i] < 0x80) {
    t->cap = lede_is_upper((unsigned char)s[i]);
  } else {
    size_t j = i;
    t->cap = is_upper_cp(lede_utf8_next(s, n, &j));
  }
  if (fold->cap < 64 && gz_buf_reserve(fold, 64)) return LEDE_ENOMEM;
  for (;;) {
    /* fast path: a run of ASCII letters and digits, with the buffer in locals
     * (stores through fold->p could otherwise alias fold->n) */
    {
      char *p = fold->p;
      size_t k = fold->n, room = fold->cap - 1;
      while (i < n && k < room) {
        unsigned char l = ascii_fold[(unsigned char)s[i]];
        if (!l) break;
        p[k++] = (char)l;
        i++;
      }
      fold->n = k;
      if (i < n && k >= room && ascii_fold[(unsigned char)s[i]]) {
        if (gz_buf_reserve(fold, 64)) return LEDE_ENOMEM;
        continue;
      }
    }
    if (i >= n) break;
    unsigned char c = (unsigned char)s[i];
    size_t alen;
    if (c < 0x80) {
      if (c == '.' && fold->n == 1 && i == t->start + 1 && lede_is_alpha((unsigned char)s[t->start])) {
        size_t r = join_initials(s, n, i, t, fold);
        if (r == (size_t)-1) return LEDE_ENOMEM;
        *pos = t->next;
        fold->p[fold->n] = '\0';
        return 1;
      }
      if (c != '\'') break;
      alen = 1;
    } else {
      size_t j = i;
      int32_t cp = lede_utf8_next(s, n, &j);
      if (!is_apostrophe(cp)) {
        if (!is_word_cp(cp)) break;
        if (fold_cp(cp, fold, &t->ascii)) return LEDE_ENOMEM;
        i = j;
        continue;
      }
      alen = j - i;
    }
    /* an apostrophe: possessive 's ends the word; otherwise it separates */
    size_t k = i + alen;
    if (k < n && (s[k] == 's' || s[k] == 'S') && !word_at(s, n, k + 1)) {
      t->end = i;
      t->next = k + 1;
      t->poss = 1;
      *pos = t->next;
      if (gz_buf_reserve(fold, 1)) return LEDE_ENOMEM;
      fold->p[fold->n] = '\0';
      return 1;
    }
    break;
  }
  t->end = t->next = i;
  *pos = i;
  if (fold->n + 1 > fold->cap && gz_buf_reserve(fold, 1)) return LEDE_ENOMEM;
  fold->p[fold->n] = '\0';
  return 1;
}
