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

/* ---------- words in batches (the matcher's reader) ---------- */


int gz_words_portable;

#define WORDS_SLACK 16  /* bytes kept free after the folded forms for 8-byte stores */

/* Room for k more words and more folded bytes (plus the slack). */
static int words_room(gz_words *ws, size_t k, size_t more) {
  while (ws->cap - ws->n < k)
    if (lede_grow_((void **)&ws->w, &ws->cap, sizeof *ws->w)) return LEDE_ENOMEM;
  if (ws->fold.cap - ws->fold.n < more + WORDS_SLACK && gz_buf_reserve(&ws->fold, more + WORDS_SLACK))
    return LEDE_ENOMEM;
  return LEDE_OK;
}

#if !(defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_SWAR_WORDS 1
static inline uint64_t load8(const unsigned char *p) {
  uint64_t x;
  memcpy(&x, p, 8);
  return x;
}

/* Masks of the 64 bytes at p: bit i of *w is set when byte i is an ASCII
 * letter or digit, of *hi when it is >= 0x80, of *apos when it is an
 * apostrophe, of *dot when it is a full stop. */
#if defined(__SSE2__)
#include <emmintrin.h>
static inline void classify64(const unsigned char *p, uint64_t *w, uint64_t *hi, uint64_t *apos, uint64_t *dot) {
  const __m128i x20 = _mm_set1_epi8(0x20), a1 = _mm_set1_epi8('a' - 1), z1 = _mm_set1_epi8('z' + 1),
                d0 = _mm_set1_epi8('0' - 1), d9 = _mm_set1_epi8('9' + 1),
                ap = _mm_set1_epi8('\''), fs = _mm_set1_epi8('.');
  uint64_t W = 0, H = 0, A = 0, D = 0;
  for (int k = 0; k < 4; k++) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
    __m128i l = _mm_or_si128(v, x20);  /* bytes >= 0x80 stay negative: in no range */
    __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(l, a1), _mm_cmplt_epi8(l, z1));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, d0), _mm_cmplt_epi8(v, d9));
    W |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(alpha, digit)) << (16 * k);
    H |= (uint64_t)(unsigned)_mm_movemask_epi8(v) << (16 * k);
    A |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, ap)) << (16 * k);
    D |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, fs)) << (16 * k);
  }
  *w = W;
  *hi = H;
  *apos = A;
  *dot = D;
}
#else
/* the high bits of eight bytes gathered into eight bits */
static inline uint64_t gather8(uint64_t m) { return ((m >> 7) * 0x0102040810204080ull) >> 56; }
static inline void classify64(const unsigned char *p, uint64_t *w, uint64_t *hi, uint64_t *apos, uint64_t *dot) {
  uint64_t W = 0, H = 0, A = 0, D = 0;
  for (int k = 0; k < 8; k++) {
    uint64_t x = load8(p + 8 * k), x7 = x & ~SWAR_HIGH, ascii = ~x & SWAR_HIGH;
    W |= gather8(swar_word_bytes(x)) << (8 * k);
    H |= gather8(x & SWAR_HIGH) << (8 * k);
    A |= gather8(swar_in(x7, '\'', '\'') & ascii) << (8 * k);
    D |= gather8(swar_in(x7, '.', '.') & ascii) << (8 * k);
  }
  *w = W;
  *hi = H;
  *apos = A;
  *dot = D;
}
#endif

/* Punctuation of the General Punctuation block (U+2000-U+203F: spaces,
 * dashes, quotation marks; E2 80 xx) other than the apostrophe U+2019, and
 * the no-break space (C2 A0), end words like ASCII punctuation: their bytes
 * are taken out of the mask of non-ASCII bytes, from the first on, so that
 * the window goes on past them. */
static inline uint64_t skip_punctuation(const unsigned char *p, uint64_t hi) {
  while (hi) {
    unsigned i = (unsigned)__builtin_ctzll(hi);
    if (i + 2 < 64 && p[i] == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] & 0xC0) == 0x80 && p[i + 2] != 0x99)
      hi &= ~(7ull << i);
    else if (i + 1 < 64 && p[i] == 0xC2 && p[i + 1] == 0xA0)
      hi &= ~(3ull << i);
    else
      break;
  }
  return hi;
}

/* c ? a : b without a branch: one taken at random is mispredicted half
 * the time, and gcc makes a branch of ?: on these values */
static inline uint64_t select64(uint64_t c, uint64_t a, uint64_t b) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  __asm__("test %1, %1\n\tcmovnz %2, %0" : "+r"(b) : "r"(c), "r"(a) : "cc");
  return b;
#else
  return c ? a : b;
#endif
}

/* For a word of len < 16 bytes, as gz_word_hash reads it: the bytes of its
 * first 8-byte chunk that are its last partial chunk (first), those of the
 * second chunk that are (second), the bytes of the head, and all ones when
 * the first chunk is a whole step of the hash (two). */
struct len_masks { uint64_t first, second, head, two; };
#define LM_BYTES(b) ((b) >= 8 ? ~0ull : (1ull << (8 * (b))) - 1)
#define LM(len) { (len) < 8 ? LM_BYTES(len) : 0, (len) >= 8 ? LM_BYTES((len) - 8) : 0, LM_BYTES(len), (len) >= 8 ? ~0ull : 0 }
static const struct len_masks LEN_MASKS[16] = {
  LM(0), LM(1), LM(2), LM(3), LM(4), LM(5), LM(6), LM(7),
  LM(8), LM(9), LM(10), LM(11), LM(12), LM(13), LM(14), LM(15),
};
#undef LM
#undef LM_BYTES

/* The hash of the folded form of the ASCII word of len (< 64) bytes at p
 * (as gz_word_hash), with its first eight folded bytes in *head; p has
 * sixteen readable bytes past the word's start and eight past its end.
 * Words under 16 bytes (nearly all) take no branch on their length. */
static inline uint64_t hash_ascii(const unsigned char *p, unsigned len, uint64_t *head) {
  uint64_t x = load8(p), y = load8(p + 8);
  /* bytes past the word may be anything, but carries only run upwards */
  uint64_t lower = x | swar_in(x, 'A', 'Z') >> 2, h = GZ_WH_SEED, last;
  if (len < 16) {
    /* the masks by length from a table: no select, no branch */
    const struct len_masks *k = &LEN_MASKS[len];
    uint64_t lower2 = y | swar_in(y, 'A', 'Z') >> 2;
    last = (lower & k->first) | (lower2 & k->second);
    *head = lower & k->head;
    h ^= (gz_wh_step(h, lower) ^ h) & k->two;
    return gz_wh_end(h, last, len);
  }
  *head = lower;
  unsigned j = 0;
  for (;;) {
    h = gz_wh_step(h, lower);
    j += 8;
    x = load8(p + j);
    lower = x | swar_in(x, 'A', 'Z') >> 2;
    if (j + 8 > len) break;
  }
  last = j == len ? 0 : lower & ((1ull << (8 * (len - j))) - 1);
  return gz_wh_end(h, last, len);
}

/* Writes the folded form of that word (its first eight bytes are head) to f,
 * which has room for len + 8 bytes. */
static inline void fold_ascii(const unsigned char *p, unsigned len, uint64_t head, unsigned char *f) {
  memcpy(f, &head, 8);
  for (unsigned j = 8; j < len; j += 8) {
    uint64_t x = load8(p + j), lower = x | swar_in(x, 'A', 'Z') >> 2;
    memcpy(f + j, &lower, 8);  /* the bytes past the word are overwritten or past the end */
  }
}

#if defined(__GNUC__) || defined(__clang__)
#define GZ_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define GZ_ALWAYS_INLINE inline
#endif

/* The words of one 64-byte window, read and hashed but not yet sorted by
 * the filter. The reader works one window behind: it reads a window, then
 * sorts out the one before, so that the filter loads and slot prefetches of
 * one window overlap the word finding and hashing of the next (a few
 * percent at 100k names; prefetching the filter words gained nothing). */
typedef struct win_words {
  const unsigned char *src;  /* the window's bytes (u + base, or a padded copy) */
  size_t base, seq0;         /* its offset in the text, its first word's number */
  unsigned cnt;
  uint8_t st[32], len[32];   /* start in the window; length | possessive << 7 */
  uint64_t hash[32], head[32];
  uint64_t first, cont;      /* AVX-512 reader: the filter's bits of the words (bit k: word k) */
  const char *slot[32];      /* and the word-table slots of the first words */
} win_words;

/* Reads the words of the window at ws->pos into *ww. Returns 1 when the
 * next window can follow, 0 when the general reader must take over at
 * ws->pos (set either way). */
static GZ_ALWAYS_INLINE int read_window(const unsigned char *src, size_t base, size_t n, gz_words *ws, win_words *ww) {
  uint64_t W, H, A, D;
  classify64(src, &W, &H, &A, &D);
  H = skip_punctuation(src, H);
  unsigned lim = H ? (unsigned)__builtin_ctzll(H) : 64;  /* ASCII up to lim */
  if (lim < 64) W &= (1ull << lim) - 1;
  uint64_t S = W & ~(W << 1), E = W & ~(W >> 1);        /* first and last bytes */
  uint64_t special = E & ((A >> 1) | ((D >> 1) & S));    /* "word'", "U." */
  /* words whose end is special or lies where what follows is unseen */
  uint64_t halt = lim ? special | (~0ull << (lim - 1)) : ~0ull;
  unsigned cnt = 0;
  int stop = 0;
  ww->src = src;
  ww->base = base;
  ww->seq0 = ws->seq;
  while (S) {
    unsigned st = (unsigned)__builtin_ctzll(S), e = (unsigned)__builtin_ctzll(E);
    unsigned poss = 0;
    if ((halt >> e) & 1) {
      if (e + 1 >= lim) break;  /* what follows the word lies past the window */
      if (src[e + 1] != '\'' || e + 3 >= lim) {
        stop = 1;               /* initials, or too near the edge: the general reader */
        ws->pos = base + st;
        break;
      }
      /* an apostrophe: a possessive 's ends the word (and is no word itself);
       * any other ends it as a plain word, as gz_next_token does */
      if ((src[e + 2] | 0x20) == 's' && !((W >> (e + 3)) & 1)) {
        poss = 1;
        S &= ~(1ull << (e + 2));
        E &= ~(1ull << (e + 2));
      }
    }
    unsigned len = e - st + 1;
    uint64_t head, hash = hash_ascii(src + st, len, &head);
    ww->st[cnt] = (uint8_t)st;
    ww->len[cnt] = (uint8_t)(len | poss << 7);  /* len < 64 here */
    ww->hash[cnt] = hash;
    ww->head[cnt] = head;
    cnt++;
    S &= S - 1;
    E &= E - 1;
  }
  ww->cnt = cnt;
  ws->seq += cnt;
  if (stop) return 0;
  if (S) {                    /* a word runs on past lim */
    unsigned st = (unsigned)__builtin_ctzll(S);
    ws->pos = base + st;
    return !(st == 0 || lim < 64);
  }
  if (lim < 64) {
    ws->pos = base + lim;     /* a non-ASCII byte: the general reader goes on */
    return 0;
  }
  ws->pos = n - base < 64 ? n : base + 64;
  return 1;
}

/* Writes word k of window ww to the batch as w, its folded form at fold + fn
 * (flags from the filter). Returns the folded form's length. */
static GZ_ALWAYS_INLINE unsigned put_word(gz_word *w, unsigned char *fold, size_t fn, const win_words *ww, unsigned k,
                                          unsigned flags) {
  unsigned st = ww->st[k], len = ww->len[k] & 127, poss = ww->len[k] >> 7;
  fold_ascii(ww->src + st, len, ww->head[k], fold + fn);
  w->start = ww->base + st;
  w->end = w->start + len;
  w->next = w->end + 2 * poss;
  w->hash = ww->hash[k];
  w->head = ww->head[k];
  w->foff = (uint32_t)fn;
  w->flen = len;
  w->cap = (uint8_t)lede_is_upper(ww->src[st]);
  w->poss = (uint8_t)poss;
  w->ascii = 1;
  w->flags = (uint8_t)flags;
  w->seq = ww->seq0 + k;
  return len;
}

/* Sorts out the words of a window read by read_window: checks them against
 * the filter, starts loading the slots and steps they will need, and
 * appends the kept ones to the batch. */
static GZ_ALWAYS_INLINE void keep_window(gz_words *ws, const gz_filter *fl, const int filtered, const int keep_all,
                                         const win_words *ww) {
  size_t nw = ws->n, fn = ws->fold.n;
  uint64_t ph = ws->prev_hash;
  int pf = ws->prev_flags;
  gz_word *words = ws->w;
  unsigned char *fold = (unsigned char *)ws->fold.p;
  uint8_t kept[32], flags[32];
  unsigned nk = 0;
  for (unsigned k = 0; k < ww->cnt; k++) {
    uint64_t hash = ww->hash[k];
    int f = 0;
    unsigned keep = 1;
    if (filtered) {
      /* both filter bits from one load */
      uint64_t b = gz_filter_word(fl, hash);
      unsigned first = (unsigned)b & 1, cont = (unsigned)(b >> 32) & 1;
      /* no branch on the filter's load: a mispredicted one would wait for it */
      GZ_PREFETCH((const char *)select64(first, (uintptr_t)gz_filter_slot(fl, hash), (uintptr_t)fold));
      if (pf & cont & GZ_FIRST) {  /* a name may go on: load its step */
        uint64_t sh = gz_step_hash(ph, hash);
        if (gz_step_maybe(fl->pbits, fl->pmask, sh)) GZ_PREFETCH(fl->steps + ((sh & fl->step_mask) << GZ_SLOT_SHIFT));
      }
      f = (int)(first | cont << 1);
      keep = gz_keep(first, cont, pf, keep_all);
      ph = hash;
      pf = f | (keep ? GZ_KEPT : 0);
    }
    /* the word's index goes to slot nk whether kept or not: no branch on
     * keep, which waits on the filter's load and goes either way at random */
    kept[nk] = (uint8_t)k;
    flags[nk] = (uint8_t)f;
    nk += keep;
  }
  for (unsigned q = 0; q < nk; q++)  /* the kept words, into the batch */
    fn += put_word(&words[nw++], fold, fn, ww, kept[q], flags[q]);
  ws->n = nw;
  ws->fold.n = fn;
  ws->prev_hash = ph;
  ws->prev_flags = pf;
}

enum { WIN_READ, WIN_FLUSH, WIN_FULL, WIN_STOP, WIN_NOMEM };

/* Where a window reader goes next (it holds back one window when held is 1):
 * WIN_READ with the window's bytes at *src -- near the end of the text a copy
 * in pad (64 + 16 bytes) with zero bytes after it, which end words --,
 * WIN_FLUSH when the window held back must be sorted out first (pad holds
 * one window), WIN_FULL when want words are there, WIN_STOP at the end of
 * the text or of the folded bytes' 32-bit offsets, WIN_NOMEM. Makes room for
 * the window held back and the one read now. */
static GZ_ALWAYS_INLINE int next_window(const char *s, size_t n, gz_words *ws, size_t want, int held, unsigned char *pad,
                                        const unsigned char **src) {
  if (words_room(ws, 64, 128)) return WIN_NOMEM;
  if (ws->fold.n + 128 > UINT32_MAX) return WIN_STOP;
  if (ws->n >= want) return WIN_FULL;
  size_t base = ws->pos;
  if (base >= n) return WIN_STOP;
  *src = (const unsigned char *)s + base;
  if (n - base < 64 + 16) {
    if (held) return WIN_FLUSH;
    memset(pad, 0, 64 + 16);
    memcpy(pad, *src, n - base);
    *src = pad;
  }
  return WIN_READ;
}

/* Reads plain ASCII words 64 bytes at a time from bit masks of the bytes:
 * word starts and ends are the edges of the runs of letters and digits.
 * Returns 1 when ws->n reached want, 0 when the general reader must take
 * the word at ws->pos (non-ASCII bytes, an apostrophe or initials next to
 * it, a word of 63 bytes or more, the end of the text), LEDE_ENOMEM. */
static GZ_ALWAYS_INLINE int window_words_as(const char *s, size_t n, gz_words *ws, size_t want, const gz_filter *flt,
                                            const int filtered, const int keep_all) {
  unsigned char pad[64 + 16];
  /* the filter in locals: the byte stores of folding could alias it */
  gz_filter fl = flt ? *flt : (gz_filter){0};
  win_words win[2];
  win_words *prev = NULL;
  int r;
  for (;;) {
    const unsigned char *src;
    int at = next_window(s, n, ws, want, prev != NULL, pad, &src);
    if (at == WIN_NOMEM) return LEDE_ENOMEM;
    if (at == WIN_FLUSH) { keep_window(ws, &fl, filtered, keep_all, prev); prev = NULL; continue; }
    if (at != WIN_READ) { r = at == WIN_FULL; break; }
    size_t base = ws->pos;
    win_words *cur = prev == &win[0] ? &win[1] : &win[0];
    int more = read_window(src, base, n, ws, cur);
    if (prev) keep_window(ws, &fl, filtered, keep_all, prev);
    prev = cur;
    if (!more) { r = 0; break; }
  }
  if (prev) keep_window(ws, &fl, filtered, keep_all, prev);
  return r;
}

/* ---------- the same reader with AVX-512 (chosen at run time) ----------
 * Where the CPU has AVX-512 (F, BW, DQ, VL, VBMI, VBMI2), a window's words are
 * found, folded and hashed eight at a time instead of one by one: their
 * starts and ends are the set bits of S and E packed into bytes (compress),
 * their first sixteen bytes are picked out of the window's register
 * (permute), and the hash runs in 64-bit lanes. The filter's verdicts become
 * bit masks of the window's words, and a word that can only continue a name
 * is kept when a run of such words goes back to one that starts a name
 * (one addition: see keep_mask). Same words, hashes, flags and kept words as
 * the portable reader above, which stays for other CPUs (and for the rare
 * window with "'s's" in it). */
#if defined(__x86_64__) && defined(__GNUC__) && (defined(__clang__) || __GNUC__ >= 8)
#define HAVE_AVX512_WORDS 1
#include <immintrin.h>
#define GZ_AVX512 __attribute__((target("avx512f,avx512bw,avx512dq,avx512vl,avx512vbmi,avx512vbmi2,bmi,bmi2,popcnt")))

/* Asked once per gz_words_read call (a batch of words). */
static int have_avx512(void) {
  return !gz_words_portable && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
         __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl") &&
         __builtin_cpu_supports("avx512vbmi") && __builtin_cpu_supports("avx512vbmi2") &&
         __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt");
}

/* byte i is i */
static const uint8_t IOTA[64] = {
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
  22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
  44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63};

/* gz_word_hash of eight words of under 16 bytes (lanes) from their folded
 * bytes 0-7 (lo1) and 8-15 (lo2), zero past their lengths (lenq): a step
 * of the hash on lo1 for the words of 8 bytes or more, then the end. */
GZ_AVX512 static inline __m512i hash8_v(__m512i lo1, __m512i lo2, __m512i lenq) {
  const __m512i seed = _mm512_set1_epi64((long long)GZ_WH_SEED);
  __mmask8 two = _mm512_cmpge_epu64_mask(lenq, _mm512_set1_epi64(8));
  __m512i h = _mm512_mullo_epi64(_mm512_xor_si512(seed, lo1), _mm512_set1_epi64((long long)0xbf58476d1ce4e5b9ull));
  h = _mm512_mask_mov_epi64(seed, two, _mm512_xor_si512(h, _mm512_srli_epi64(h, 29)));
  __m512i last = _mm512_mask_mov_epi64(lo1, two, lo2);
  __m512i n = _mm512_mullo_epi64(lenq, _mm512_set1_epi64((long long)0xff51afd7ed558ccdull));
  h = _mm512_mullo_epi64(_mm512_xor_si512(_mm512_xor_si512(h, last), n),
                         _mm512_set1_epi64((long long)0x94d049bb133111ebull));
  return _mm512_xor_si512(h, _mm512_srli_epi64(h, 31));
}

/* Hashes the cnt (1-32) words whose first and last bytes are the set bits of
 * Sw and Ew in the window v (at src), as hash_ascii does, into ww; the words
 * that end at a bit of P are possessives. */
GZ_AVX512 static inline void hash_words_v(__m512i v, const unsigned char *src, uint64_t Sw, uint64_t Ew, uint64_t P,
                                          unsigned cnt, win_words *ww) {
  /* byte i: i; i % 8 (the byte of a word in its lane); the same + 8; i / 8 (the lane) */
  const __m512i iota = _mm512_loadu_si512((const void *)IOTA), x20 = _mm512_set1_epi8(0x20),
                lane8 = _mm512_and_si512(iota, _mm512_set1_epi8(7)), lane8h = _mm512_add_epi8(lane8, _mm512_set1_epi8(8)),
                word8 = _mm512_srli_epi16(_mm512_and_si512(iota, _mm512_set1_epi8(0x38)), 3);
  __m512i st = _mm512_maskz_compress_epi8(Sw, iota), en = _mm512_maskz_compress_epi8(Ew, iota);
  __m512i len = _mm512_add_epi8(_mm512_sub_epi8(en, st), _mm512_set1_epi8(1));
  _mm256_storeu_si256((__m256i *)(void *)ww->st, _mm512_castsi512_si256(st));
  __m512i poss = _mm512_maskz_compress_epi8(Ew, _mm512_maskz_mov_epi8(P, _mm512_set1_epi8((char)0x80)));
  _mm256_storeu_si256((__m256i *)(void *)ww->len, _mm512_castsi512_si256(_mm512_or_si512(len, poss)));
  uint32_t big = 0;  /* words of 16 bytes or more: hash_ascii's loop, below */
  for (unsigned g = 0; g < cnt; g += 8) {
    __m512i pick = _mm512_add_epi8(word8, _mm512_set1_epi8((char)g));       /* lane j: word g + j */
    __m512i stb = _mm512_permutexvar_epi8(pick, st), lnb = _mm512_permutexvar_epi8(pick, len);
    __m512i idx = _mm512_add_epi8(stb, lane8);
    /* the word's bytes 0-7 and 8-15, folded (letters and digits: | 0x20) and cut at its
     * length (the word ends before byte 63: the indices past it may wrap, their bytes are cut) */
    __m512i lo1 = _mm512_or_si512(_mm512_permutexvar_epi8(idx, v), x20);
    __m512i lo2 = _mm512_or_si512(_mm512_permutexvar_epi8(_mm512_add_epi8(idx, _mm512_set1_epi8(8)), v), x20);
    lo1 = _mm512_maskz_mov_epi8(_mm512_cmplt_epu8_mask(lane8, lnb), lo1);
    lo2 = _mm512_maskz_mov_epi8(_mm512_cmplt_epu8_mask(lane8h, lnb), lo2);
    __m512i lenq = _mm512_and_si512(lnb, _mm512_set1_epi64(0xFF));
    big |= (uint32_t)_mm512_cmpge_epu64_mask(lenq, _mm512_set1_epi64(16)) << g;
    _mm512_storeu_si512((void *)(ww->hash + g), hash8_v(lo1, lo2, lenq));
    _mm512_storeu_si512((void *)(ww->head + g), lo1);
  }
  big &= cnt == 32 ? ~0u : (1u << cnt) - 1;
  for (; big; big &= big - 1) {  /* src has 80 readable bytes: hash_ascii needs 8 past a word's end */
    unsigned k = (unsigned)__builtin_ctz(big);
    ww->hash[k] = hash_ascii(src + ww->st[k], ww->len[k] & 127, &ww->head[k]);
  }
}

/* read_window with the words hashed by hash_words_v, its special cases
 * (a possessive 's, initials, an apostrophe near the window's end) found
 * from bit masks; a window with "'s's" goes to read_window. */
GZ_AVX512 static GZ_ALWAYS_INLINE int read_window_v(const unsigned char *src, size_t base, size_t n, gz_words *ws,
                                                    win_words *ww) {
  __m512i v = _mm512_loadu_si512((const void *)src);
  __m512i l = _mm512_or_si512(v, _mm512_set1_epi8(0x20));
  uint64_t W = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(l, _mm512_set1_epi8('a')), _mm512_set1_epi8(26)) |
               _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8('0')), _mm512_set1_epi8(10));
  uint64_t H = skip_punctuation(src, _mm512_movepi8_mask(v));
  uint64_t A = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\'')), D = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('.'));
  unsigned lim = H ? (unsigned)__builtin_ctzll(H) : 64;
  if (lim < 64) W &= (1ull << lim) - 1;
  uint64_t S = W & ~(W << 1), E = W & ~(W >> 1);
  /* read_window takes the words that end before lim - 1 (below); it stops at
   * initials and at a word followed by an apostrophe less than three bytes
   * before lim; a possessive 's (P: the apostrophe, then an s that is a word
   * of its own) ends the word before it and is no word itself */
  uint64_t below = lim ? (1ull << (lim - 1)) - 1 : 0, room = lim >= 3 ? (1ull << (lim - 3)) - 1 : 0;
  uint64_t s_ = _mm512_cmpeq_epi8_mask(l, _mm512_set1_epi8('s'));
  uint64_t P = E & (A >> 1) & (s_ >> 2) & ~(W >> 3) & room;
  if (P & (P << 2)) return read_window(src, base, n, ws, ww);  /* "'s's": one after the other */
  S &= ~(P << 2);
  E &= ~(P << 2);
  uint64_t Z = E & (((D >> 1) & S) | ((A >> 1) & ~room)) & below, Ew = E & below;
  if (Z) Ew &= (1ull << __builtin_ctzll(Z)) - 1;  /* the words before the first stop */
  unsigned cnt = (unsigned)__builtin_popcountll(Ew);
  uint64_t Sw = cnt ? S & ((2ull << (63 - __builtin_clzll(Ew))) - 1) : 0;
  ww->src = src;
  ww->base = base;
  ww->seq0 = ws->seq;
  ww->cnt = cnt;
  ws->seq += cnt;
  if (cnt) hash_words_v(v, src, Sw, Ew, P, cnt, ww);
  S &= ~Sw;
  if (Z) {                    /* initials, or too near the edge: the general reader */
    ws->pos = base + (unsigned)__builtin_ctzll(S);
    return 0;
  }
  if (S) {                    /* a word runs on past lim */
    unsigned st = (unsigned)__builtin_ctzll(S);
    ws->pos = base + st;
    return !(st == 0 || lim < 64);
  }
  if (lim < 64) {
    ws->pos = base + lim;
    return 0;
  }
  ws->pos = n - base < 64 ? n : base + 64;
  return 1;
}

/* The words kept of a window whose words pass the first-word filter at the
 * bits of F and the continuing-word filter at those of C (bit k: word k),
 * the word before the window kept when cin is 1: every F word, and each C
 * word right after a kept word. In a run of F|C words the sum M + F + cin
 * carries from the run's first F (or from cin) to the run's end, clearing
 * those bits; the F bits themselves are added back. */
static inline uint64_t keep_mask(uint64_t F, uint64_t C, uint64_t cin) {
  uint64_t M = F | C;
  return (M & ~(M + F + cin)) | F;
}

/* The filter's bits of the words of a window just read (eight from one
 * gather), and the addresses of their word-table slots: worked out a window
 * before keep_window_v needs them, so that the gather has time to arrive. */
GZ_AVX512 static GZ_ALWAYS_INLINE void filter_window_v(const gz_filter *fl, win_words *ww) {
  unsigned cnt = ww->cnt;
  uint64_t F = 0, C = 0, all = (1ull << cnt) - 1;  /* cnt <= 32 */
  const __m512i mask = _mm512_set1_epi64((long long)fl->mask), one = _mm512_set1_epi64(1),
                high = _mm512_set1_epi64((long long)(1ull << 32)),
                smask = _mm512_set1_epi64((long long)fl->slot_mask), slots = _mm512_set1_epi64((long long)(uintptr_t)fl->slots);
  for (unsigned g = 0; g < cnt; g += 8) {
    __m512i h = _mm512_loadu_si512((const void *)(ww->hash + g));
    __m512i b = _mm512_mask_i64gather_epi64(_mm512_setzero_si512(), (__mmask8)(all >> g),
                                            _mm512_and_si512(_mm512_srli_epi64(h, 24), mask), fl->bits, 8);
    b = _mm512_srlv_epi64(b, _mm512_srli_epi64(h, 59));
    F |= (uint64_t)_mm512_test_epi64_mask(b, one) << g;
    C |= (uint64_t)_mm512_test_epi64_mask(b, high) << g;
    __m512i at = _mm512_add_epi64(slots, _mm512_slli_epi64(_mm512_and_si512(h, smask), GZ_SLOT_SHIFT));
    _mm512_storeu_si512((void *)(ww->slot + g), at);
  }
  ww->first = F;
  ww->cont = C;
}

/* keep_window for the AVX-512 reader: the filter's bits from filter_window_v,
 * the kept words from keep_mask. */
GZ_AVX512 static GZ_ALWAYS_INLINE void keep_window_v(gz_words *ws, const gz_filter *fl, const int filtered,
                                                     const int keep_all, const win_words *ww) {
  unsigned cnt = ww->cnt;
  if (!cnt) return;
  uint64_t F = 0, C = 0, K = (1ull << cnt) - 1;  /* cnt <= 32 */
  if (filtered) {
    F = ww->first;
    C = ww->cont;
    unsigned pf = (unsigned)ws->prev_flags;
    if (!keep_all) K = keep_mask(F, C, pf / GZ_KEPT & 1);
    for (uint64_t m = F; m; m &= m - 1)  /* start loading the slots of first words */
      GZ_PREFETCH(ww->slot[__builtin_ctzll(m)]);
    /* and the steps of words after a first word */
    for (uint64_t m = ((F << 1) | (pf & GZ_FIRST)) & C; m; m &= m - 1) {
      unsigned k = (unsigned)__builtin_ctzll(m);
      uint64_t sh = gz_step_hash(k ? ww->hash[k - 1] : ws->prev_hash, ww->hash[k]);
      if (gz_step_maybe(fl->pbits, fl->pmask, sh)) GZ_PREFETCH(fl->steps + ((sh & fl->step_mask) << GZ_SLOT_SHIFT));
    }
    unsigned last = cnt - 1;
    ws->prev_hash = ww->hash[last];
    ws->prev_flags = (int)((F >> last & 1) | (C >> last & 1) << 1 | (K >> last & 1) * GZ_KEPT);
  }
  size_t nw = ws->n, fn = ws->fold.n;
  gz_word *words = ws->w;
  unsigned char *fold = (unsigned char *)ws->fold.p;
  for (uint64_t m = K; m; m &= m - 1) {
    unsigned k = (unsigned)__builtin_ctzll(m);
    fn += put_word(&words[nw++], fold, fn, ww, k, (unsigned)((F >> k & 1) | (C >> k & 1) << 1));
  }
  ws->n = nw;
  ws->fold.n = fn;
}

/* window_words_as with read_window_v and keep_window_v (the loop is the
 * same, next_window its shared part; it is written twice because the AVX-512
 * functions can be inlined only into a function compiled for AVX-512). */
GZ_AVX512 static GZ_ALWAYS_INLINE int window_words_v(const char *s, size_t n, gz_words *ws, size_t want,
                                                     const gz_filter *flt, const int filtered, const int keep_all) {
  unsigned char pad[64 + 16];
  gz_filter fl = flt ? *flt : (gz_filter){0};
  win_words win[2];
  win_words *prev = NULL;
  int r;
  for (;;) {
    const unsigned char *src;
    int at = next_window(s, n, ws, want, prev != NULL, pad, &src);
    if (at == WIN_NOMEM) return LEDE_ENOMEM;
    if (at == WIN_FLUSH) { keep_window_v(ws, &fl, filtered, keep_all, prev); prev = NULL; continue; }
    if (at != WIN_READ) { r = at == WIN_FULL; break; }
    size_t base = ws->pos;
    win_words *cur = prev == &win[0] ? &win[1] : &win[0];
    int more = read_window_v(src, base, n, ws, cur);
    if (filtered) filter_window_v(&fl, cur);
    if (prev) keep_window_v(ws, &fl, filtered, keep_all, prev);
    prev = cur;
    if (!more) { r = 0; break; }
  }
  if (prev) keep_window_v(ws, &fl, filtered, keep_all, prev);
  return r;
}

GZ_AVX512 static int window_words_avx512(const char *s, size_t n, gz_words *ws, size_t want, const gz_filter *flt) {
  if (!flt) return window_words_v(s, n, ws, want, NULL, 0, 1);
  if (flt->sparse) return window_words_v(s, n, ws, want, flt, 1, 0);
  return window_words_v(s, n, ws, want, flt, 1, 1);
}
#endif

/* window_words_as made three times, for its three uses, with constant
 * arguments: the tests they drop free registers in its loop */
static int window_words(const char *s, size_t n, gz_words *ws, size_t want, const gz_filter *flt, int simd) {
#ifdef HAVE_AVX512_WORDS
  if (simd) return window_words_avx512(s, n, ws, want, flt);
#else
  (void)simd;
#endif
  if (!flt) return window_words_as(s, n, ws, want, NULL, 0, 1);
  if (flt->sparse) return window_words_as(s, n, ws, want, flt, 1, 0);
  return window_words_as(s, n, ws, want, flt, 1, 1);
}
#endif

/* One word through gz_next_token. Returns 1 (appended, or an empty folded
 * form skipped), 0 at the end of the text, LEDE_ENOMEM, LEDE_ERANGE (the
 * batch buffer would pass 4 GB: a single word that long). */
static int general_word(const char *s, size_t n, size_t *pos, gz_words *ws) {
  gz_tok t;
  int r = gz_next_token(s, n, pos, &t, &ws->tmp);
  if (r != 1) return r;
  if (ws->tmp.n == 0) return 1;
  if (words_room(ws, 1, ws->tmp.n)) return LEDE_ENOMEM;
  if (ws->fold.n + ws->tmp.n > UINT32_MAX) return LEDE_ERANGE;
  gz_word *w = &ws->w[ws->n++];
  w->start = t.start;
  w->end = t.end;
  w->next = t.next;
  w->hash = gz_word_hash(ws->tmp.p, ws->tmp.n);
  w->head = gz_le_chunk(ws->tmp.p, ws->tmp.n);
  w->foff = (uint32_t)ws->fold.n;
  w->flen = (uint32_t)ws->tmp.n;
  w->cap = (uint8_t)t.cap;
  w->poss = (uint8_t)t.poss;
  w->ascii = (uint8_t)t.ascii;
  w->flags = 0;
  memcpy(ws->fold.p + ws->fold.n, ws->tmp.p, ws->tmp.n);
  ws->fold.n += ws->tmp.n;
  return 1;
}

int gz_words_read(const char *s, size_t n, gz_words *ws, size_t want, const gz_filter *flt) {
#ifdef HAVE_SWAR_WORDS
  int simd = 0;
#ifdef HAVE_AVX512_WORDS
  simd = have_avx512();
#endif
#endif
  while (ws->n < want && !ws->done) {
    int r = 0;
#ifdef HAVE_SWAR_WORDS
    r = window_words(s, n, ws, want, flt, simd);
    if (r == 1) break;
#endif
    if (r == 0) {
      size_t from = ws->n;
      r = general_word(s, n, &ws->pos, ws);
      if (r == 1 && ws->n > from) {
        gz_word *w = &ws->w[from];
        w->seq = ws->seq++;
        w->flags = (uint8_t)(flt ? gz_filter_flags(flt, w->hash) : 0);
        if (w->flags & GZ_FIRST) GZ_PREFETCH(gz_filter_slot(flt, w->hash));
        unsigned keep = gz_keep(w->flags & GZ_FIRST, (w->flags & GZ_CONT) / GZ_CONT, ws->prev_flags, !flt || !flt->sparse);
        ws->prev_hash = w->hash;
        ws->prev_flags = w->flags | (keep ? GZ_KEPT : 0);
        if (!keep) {
          ws->n--;
          ws->fold.n -= w->flen;
        }
      }
    }
    if (r == 0) ws->done = 1;
    else if (r < 0) return r;
  }
  return LEDE_OK;
}

void gz_words_drop(gz_words *ws, size_t k) {
  if (k >= ws->n) {
    ws->n = 0;
    ws->fold.n = 0;
    return;
  }
  if (k == 0) return;
  uint32_t base = ws->w[k].foff;
  memmove(ws->w, ws->w + k, (ws->n - k) * sizeof *ws->w);
  ws->n -= k;
  memmove(ws->fold.p, ws->fold.p + base, ws->fold.n - base);
  ws->fold.n -= base;
  for (size_t i = 0; i < ws->n; i++) ws->w[i].foff -= base;
}

void gz_words_free(gz_words *ws) {
  free(ws->w);
  gz_buf_free(&ws->fold);
  gz_buf_free(&ws->tmp);
  memset(ws, 0, sizeof *ws);
}
