/* dates_internal.h -- shared by core/dates.c (scanner) and core/dates_resolve.c
 * (calendar and resolution); not part of the API. */
#ifndef LEDE_DATES_INTERNAL_H
#define LEDE_DATES_INTERNAL_H

#include "internal.h"
#include "dates_words.h"

enum { TK_END = 0, TK_WORD, TK_NUM, TK_PUNCT, TK_DASH, TK_OTHER };
enum { SUF_NONE = 0, SUF_ORD, SUF_S, SUF_AM, SUF_PM, SUF_T, SUF_OTHER };

typedef struct dtok {
  size_t s, e;              /* byte span */
  unsigned char kind;       /* TK_* */
  unsigned char sp, nl;     /* white space / a newline before the token */
  unsigned char cap;        /* word starts with a capital */
  unsigned char nd;         /* digits of a number (capped) */
  unsigned char suf;        /* letters glued to a number: SUF_* */
  unsigned char kc;         /* word class K_* */
  short kv;                 /* word value */
  long num;                 /* value of a number (saturates at 10^8) */
  int pad;
} dtok;

typedef struct dctx {
  const char *s;
  size_t n;
  dtok *t;
  size_t nt, tcap;
  int has_ref, ry, rm, rd, rwd; /* reference date and its weekday (1 = Monday) */
  int ref_floor;                /* the reference is a lower bound (lede_date_opts.ref_estimated) */
  long rday;                    /* days since 1970-01-01 */
  int order;                    /* decided order of numeric dates (LEDE_ORDER_*) */
  int order_firm;               /* 1 when numeric dates or the caller decided the order */
  const char *tzdef;
  long quarters;                /* mentions of quarters (financial reports) */
  int ay, am, ad;               /* the last resolved date of the text, for "the following year", "that day" (0: none) */
} dctx;

typedef struct dhit {
  size_t a, b;        /* tokens [a, b) */
  int type;
  char value[32];
  const char *mod;
  char tz[40];
  size_t za, zb;      /* zone tokens [za, zb) */
  int ambiguous;
  int explicit_day;   /* the text names the day of the month */
  int the_ok;         /* a "the" before it belongs to it */
  int reject;         /* an impossible date: consume, emit nothing */
  int vague;          /* "overnight": too loose to count later days from */
} dhit;

int lede_dates_tokenize(dctx *c, size_t from, size_t to);
int lede_dates_tense(const dctx *c, size_t a, size_t b); /* +1 future, -1 past, 0 unknown */

/* calendar (dates_resolve.c) */
int lede_dates_valid(int y, int m, int d);
long lede_dates_days(int y, int m, int d);
void lede_dates_civil(long days, int *y, int *m, int *d);
int lede_dates_wday(long days);                 /* 1 = Monday .. 7 = Sunday */
void lede_dates_fmt_ymd(char *out, int y, int m, int d); /* y 0: XXXX; m/d 0: omitted */
void lede_dates_fmt_days(char *out, long days);
void lede_dates_fmt_week(char *out, long days); /* ISO week "2022-W37" */
int lede_dates_year_for_md(const dctx *c, int m, int d, int tense);
int lede_dates_year_for_month(const dctx *c, int m, int tense);
/* how: 0 most recent up to ref, 4 next from ref, 1 strictly before, 2 strictly after, 3 in ref's week */
long lede_dates_weekday(const dctx *c, int w, int how);
long lede_dates_weekday_beside(long day, int w, int sign); /* weekday w strictly before (-1) / after (+1) day */
const char *lede_dates_zone_abbrev(const char *upper);
static inline int lede_to_upper_ascii(int ch) { return lede_is_lower(ch) ? ch - 32 : ch; }

#endif
