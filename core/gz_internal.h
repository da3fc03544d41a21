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
