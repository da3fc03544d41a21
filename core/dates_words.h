/* dates_words.h -- word classes of the dates scanner; private to core/dates*.c. */
#ifndef LEDE_DATES_WORDS_H
#define LEDE_DATES_WORDS_H

#include <stddef.h>

/* word classes */
enum {
  K_NONE = 0, K_MONTH, K_WDAY, K_WDAYS, K_POD, K_UNIT, K_NUMW, K_ORDW, K_REL, K_MOD,
  K_AGO, K_THE, K_SEASON, K_SETW, K_EVERY, K_ZONE, K_AMPM, K_TIMEW, K_FUT, K_APPROX,
  K_PREP, K_DECW, K_HALF, K_CITY, K_HOLIDAY
};
enum { H_THANKSGIVING = 1, H_CHRISTMAS, H_EASTER, H_ELECTION };
/* parts of the day (K_POD) */
enum { P_MO = 1, P_AF, P_EV, P_NI, P_NOON, P_MIDNIGHT };
/* units (K_UNIT, K_SETW); U_PLURAL is or'ed in for plural forms */
enum {
  U_SEC = 1, U_MIN, U_HOUR, U_DAY, U_WEEK, U_FORTNIGHT, U_MONTH, U_QUARTER, U_YEAR,
  U_DECADE, U_CENTURY, U_WEEKEND, U_PLURAL = 64
};
/* relative words (K_REL) */
enum { R_TODAY = 1, R_YESTERDAY, R_TOMORROW, R_TONIGHT, R_NOW, R_PAST, R_OVERNIGHT, R_FUTURE, R_PASTW, R_SOON, R_TERM };
/* modifiers (K_MOD) */
enum {
  M_LAST = 1, M_NEXT, M_THIS, M_COMING, M_EARLY, M_LATE, M_MID, M_EARLIER, M_LATER,
  M_RECENT, M_END, M_START, M_SAME
};
enum { S_SP = 1, S_SU, S_FA, S_WI };  /* seasons */
enum { A_APPROX = 1, A_LESS, A_MORE, A_THAN, A_UPTO };  /* K_APPROX */
enum {
  PR_IN = 1, PR_ON, PR_AT, PR_OF, PR_SINCE, PR_UNTIL, PR_BY, PR_DURING, PR_BETWEEN, PR_FROM,
  PR_TO, PR_AND, PR_FOR, PR_BEFORE, PR_AFTER
};

typedef struct lede_dword {
  const char *word;  /* lower case ASCII */
  unsigned char len;
  unsigned char cls; /* K_* */
  short val;
} lede_dword;

/* The entry of a lower-case word, or NULL. */
const lede_dword *lede_dword_find(const char *w, size_t len);
/* 0 when no word starts with the letters c0, c1 (c1 0: a one-letter word). */
int lede_dword_maybe(int c0, int c1);
/* IANA zone of the i-th K_CITY word (its val), or NULL. */
const char *lede_dword_city_zone(int i);

#endif
