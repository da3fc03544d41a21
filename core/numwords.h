/* numwords.h -- the word list of the numbers scanner (core/numwords.c);
 * private to core/numbers.c. */
#ifndef LEDE_NUMWORDS_H
#define LEDE_NUMWORDS_H

#include <stddef.h>

/* Word classes: what a word can do inside a quantity. */
enum {
  NW_NONE, NW_UNIT, NW_TENS, NW_HUNDRED, NW_SCALE, NW_DOZEN, NW_ORD, NW_VAGUE,
  NW_A, NW_AND, NW_HALF, NW_QUARTER, NW_COUPLE, NW_FEW, NW_HANDFUL, NW_PERCENT,
  NW_MONTH, NW_TIMEUNIT, NW_CURRENCY, NW_MINUS, NW_AMPM, NW_OTHER
};
/* Flags: roles outside quantities. */
enum {
  NF_QUAL = 1,     /* may start a qualifier phrase ("more", "at", "about") */
  NF_STOP = 2,     /* ends a noun phrase ("were", "in", "of") */
  NF_DET = 4,      /* determiner inside an of-phrase ("its", "the") */
  NF_ADJ = 8,      /* adjective before a head noun ("other", "military") */
  NF_PLURAL = 16,  /* a plural noun without final s ("people", "personnel") */
  NF_ORDSCALE = 32,/* ordinal of hundred/thousand/... ("hundredth") */
  NF_UNITORD = 64, /* ordinal of a unit ("first".."nineteenth") */
  NF_CAPONLY = 128 /* counts only when capitalized ("May") */
};

typedef struct nw_entry {
  const char *w;
  unsigned char len, cls;
  unsigned short flags;
  double val;       /* numeric value, vague minimum, time-unit letter, currency index */
} nw_entry;

/* Index over the word list; built per scan (cheap) so the scanner keeps no
 * global mutable state. */
#define NW_BUCKETS 1024
typedef struct nw_index {
  short head[NW_BUCKETS];
  short next[512];
  unsigned filter[16][26];                 /* [length][first letter]: bit set of last letters */
  const struct nw_entry *qual_first[160];  /* entry of each qualifier's first word */
  unsigned char qual_len0[160];            /* length of that word */
} nw_index;

void nw_index_build(nw_index *ix);
/* May the ASCII word w (any case, len bytes) be in the list? A quick filter
 * on length, first and last letter before nw_lookup. */
static inline int nw_maybe(const nw_index *ix, const unsigned char *w, size_t len) {
  if (len == 0 || len > 15) return 0;
  unsigned f = (unsigned)(w[0] | 0x20) - 'a', l = (unsigned)(w[len - 1] | 0x20) - 'a';
  if (f > 25 || l > 25) return 0;
  return (ix->filter[len][f] >> l) & 1;
}
/* The entry for the lower-case word w (len bytes), or NULL. */
const nw_entry *nw_lookup(const nw_index *ix, const char *w, size_t len);

/* Qualifier phrases ("more than" -> '>'). */
typedef struct nw_qual {
  const char *words;   /* lower-case words separated by one space */
  unsigned char op;    /* lede_num_op */
  unsigned char hedge; /* approximate ("nearly", "just over") */
  unsigned char kind;  /* 0 prefix; 1 "between" (X and Y); 2 "from" (X to Y) */
} nw_qual;
extern const nw_qual nw_quals[];
extern const size_t nw_nquals;

/* ISO 4217 codes by NW_CURRENCY value. */
extern const char *const nw_currency_codes[];

#endif
