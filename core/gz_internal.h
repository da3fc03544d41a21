/* gz_internal.h -- private helpers shared by gazetteer.c, gazload.c, fuzzy.c
 * and entities.c: the name tokenizer (folds on the fly) and the fuzzy
 * name comparison. Not part of the API. */
#ifndef LEDE_GZ_INTERNAL_H
#define LEDE_GZ_INTERNAL_H

#include "internal.h"

/* A growable byte buffer (scratch for folded tokens and keys). */
typedef struct gz_buf { char *p; size_t n, cap; } gz_buf;
int gz_buf_reserve(gz_buf *b, size_t more);          /* LEDE_OK or LEDE_ENOMEM */
int gz_buf_add(gz_buf *b, const char *s, size_t n);
void gz_buf_free(gz_buf *b);

/* One word of a name or of the text. [start, end) is the word in the
 * original bytes without a possessive ending; next is where scanning goes on. */
typedef struct gz_tok {
  size_t start, end, next;
  int cap;    /* first letter is upper case */
  int poss;   /* followed by 's / ’s (not part of the span) */
  int ascii;  /* the folded form is plain ASCII */
} gz_tok;

/* Reads the next word at or after *pos: letters, digits and marks; single
 * letters joined by full stops ("U.S.") make one word; an apostrophe inside
 * a word splits it; a possessive 's ends it. The folded form (lower case,
 * diacritics stripped) replaces fold's content. Returns 1 for a word, 0 at
 * the end, LEDE_ENOMEM. */
int gz_next_token(const char *s, size_t n, size_t *pos, gz_tok *t, gz_buf *fold);

/* 64-bit hash of bytes (inline: it runs once per word of the text). */
static inline uint64_t gz_hash(const char *s, size_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xff51afd7ed558ccdull);
  while (n >= 8) {
    uint64_t w;
    memcpy(&w, s, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 29;
    s += 8;
    n -= 8;
  }
  uint64_t w = 0;
  for (size_t i = 0; i < n; i++) w |= (uint64_t)(unsigned char)s[i] << (8 * i);
  h = (h ^ w) * 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

/* The hash of a folded word for the word table: its bytes in 8-byte
 * little-endian chunks, then the last partial chunk and the length. The
 * batch reader (gzwords.c) computes the same value while it folds. */
#define GZ_WH_SEED 0x9E3779B97F4A7C15ull
static inline uint64_t gz_wh_step(uint64_t h, uint64_t chunk) {
  h = (h ^ chunk) * 0xbf58476d1ce4e5b9ull;
  return h ^ (h >> 29);
}
static inline uint64_t gz_wh_end(uint64_t h, uint64_t last, size_t n) {
  h = (h ^ last ^ ((uint64_t)n * 0xff51afd7ed558ccdull)) * 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}
/* Up to 8 bytes as a little-endian number (the same on every machine). */
static inline uint64_t gz_le_chunk(const char *s, size_t n) {
  uint64_t w = 0;
  for (size_t i = 0; i < n && i < 8; i++) w |= (uint64_t)(unsigned char)s[i] << (8 * i);
  return w;
}
static inline uint64_t gz_word_hash(const char *s, size_t n) {
  uint64_t h = GZ_WH_SEED;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) h = gz_wh_step(h, gz_le_chunk(s + i, 8));
  return gz_wh_end(h, gz_le_chunk(s + i, n - i), n);
}

/* Words of a text read in batches for the matcher: each with its span, its
 * folded form (in the batch's buffer), the hash of that form and its first
 * eight folded bytes; empty folded forms are left out. */
typedef struct gz_word {
  size_t start, end, next;  /* as in gz_tok */
  uint64_t hash, head;      /* gz_word_hash; gz_le_chunk of the first 8 folded bytes */
  uint32_t foff, flen;      /* folded form: fold.p + foff, flen bytes */
  uint8_t cap, poss, ascii;
  uint8_t flags;            /* set from the reader's filter */
  size_t seq;               /* the word's number in the text (all words counted) */
} gz_word;

typedef struct gz_words {
  gz_word *w; size_t n, cap;
  gz_buf fold;              /* folded forms, one after the other */
  gz_buf tmp;               /* scratch of the general word reader */
  size_t pos;               /* where reading goes on in the text */
  size_t seq;               /* the number of the next word */
  uint64_t prev_hash;       /* the last word read, and its flags */
  int prev_flags;
  int done;                 /* the end of the text was reached */
} gz_words;

/* What the reader checks each word against: two Bloom filters of one bit
 * per word sharing one array of 64-bit words (bit h >> 59 of the low half
 * for the words that can start a match, of the high half for the words
 * that continue one: one load and one shift answer both), the table whose
 * slot (hash & slot_mask) it starts loading for a word that can start a
 * match, and the table of steps (see gz_step_hash) it loads for a word that
 * may continue the name the word before it starts. */
enum { GZ_SLOT_SHIFT = 5 };  /* word slots and walk edges are 32 bytes */
typedef struct gz_filter {
  const uint64_t *bits; size_t mask;
  const char *slots; size_t slot_mask;  /* slot i at slots + (i << GZ_SLOT_SHIFT) */
  /* the steps from a first word to the next: a Bloom filter of the pairs
   * (pbits) and the table of steps it starts loading for a pair that passes */
  const uint64_t *pbits; size_t pmask;
  const char *steps; size_t step_mask;   /* likewise */
  int sparse;               /* keep only the words that pass a filter */
} gz_filter;
/* The hash of a step of a name from "from" (the hash of the name's first
 * word, or a trie node number further on) by a word of hash h. */
static inline uint64_t gz_step_hash(uint64_t from, uint64_t h) {
  uint64_t x = (h ^ (from * 0x9E3779B97F4A7C15ull)) * 0xbf58476d1ce4e5b9ull;
  return x ^ (x >> 31);
}
static inline int gz_step_maybe(const uint64_t *pbits, size_t pmask, uint64_t sh) {
  return (int)(pbits[(sh >> 20) & pmask] >> (sh >> 58)) & 1;
}
enum { GZ_FIRST = 1, GZ_CONT = 2, GZ_KEPT = 4 };  /* GZ_KEPT: the reader kept the word (prev_flags only) */
static inline uint64_t gz_filter_bits(uint64_t h) { return 1ull << (h >> 59); }
static inline size_t gz_filter_at(size_t mask, uint64_t h) { return (size_t)(h >> 24) & mask; }
/* The filter word of hash h shifted to its bit: bit 0 can start a name,
 * bit 32 can continue one. */
static inline uint64_t gz_filter_word(const gz_filter *f, uint64_t h) {
  return f->bits[gz_filter_at(f->mask, h)] >> (h >> 59);
}
static inline int gz_filter_flags(const gz_filter *f, uint64_t h) {
  uint64_t b = gz_filter_word(f, h);
  return (int)(b & 1) | (int)((b >> 31) & 2);
}
/* The word-table slot the matcher will look up for a word of hash h. */
static inline const char *gz_filter_slot(const gz_filter *f, uint64_t h) {
  return f->slots + ((h & f->slot_mask) << GZ_SLOT_SHIFT);
}
/* Whether the reader keeps a word (0 or 1): one that can start a name, or
 * continue one when the word before it was kept (prev_flags has GZ_KEPT):
 * a continuing word after a dropped one is in no name, as a walk needs
 * every word from its first. */
static inline unsigned gz_keep(unsigned first, unsigned cont, int prev_flags, int keep_all) {
  return (unsigned)keep_all | first | (cont & ((unsigned)prev_flags / GZ_KEPT));
}
#if defined(__GNUC__) || defined(__clang__)
#define GZ_PREFETCH(p) __builtin_prefetch(p)
#else
#define GZ_PREFETCH(p) ((void)(p))
#endif

/* Appends words read from ws->pos until ws->n >= want or the text ends,
 * with their flags from flt (may be NULL: flags 0). Returns LEDE_OK or
 * LEDE_ENOMEM. */
int gz_words_read(const char *s, size_t n, gz_words *ws, size_t want, const gz_filter *flt);
/* 1 makes gz_words_read use its portable code even where AVX-512 is there
 * (for the tests, which check that both give the same words). */
extern int gz_words_portable;
/* Forgets the first k words, moving the rest (and their folded forms) down. */
void gz_words_drop(gz_words *ws, size_t k);
void gz_words_free(gz_words *ws);

/* Appends the transliteration-aware phonetic key of one folded ASCII word
 * (consonant classes, vowels and h/y dropped, initial vowel kept as 'A').
 * Returns the number of key bytes added (0: the word has no key). */
size_t gz_phonetic_key(const char *w, size_t n, gz_buf *out);

/* Weighted edit distance between two folded names: vowel for vowel 0.3,
 * a vowel, h, y or w added or dropped 0.5, consonants of one class 0.5,
 * anything else 1. Gives up (returns a large value) above limit. */
double gz_name_distance(const char *a, size_t na, const char *b, size_t nb, double limit);

/* 1 when the folded ASCII word is a common English word that is never
 * tried as a fuzzy name (capitalised at the start of a sentence or in titles). */
int gz_common_word(const char *w, size_t n);

#endif
