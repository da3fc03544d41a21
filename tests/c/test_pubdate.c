/* test_pubdate.c -- publication-date inference: metadata, headers,
 * datelines, embedded dates, ambiguity. Exact dates and evidence. */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

/* Offset of needle in s, for evidence strings that name a byte. */
static size_t at(const char *s, const char *needle) {
  const char *p = strstr(s, needle);
  return p ? (size_t)(p - s) : (size_t)-1;
}

static void check(const char *name, const char *text, const char *meta, const char *want_date,
                  int want_est, const char *want_ev) {
  char date[11];
  char *ev = NULL;
  int est = -1;
  int st = lede_pubdate(text, strlen(text), meta, date, &ev, &est);
  int ok = st == LEDE_OK && strcmp(date, want_date) == 0 && est == want_est &&
           ((want_ev == NULL && ev == NULL) || (want_ev && ev && strcmp(ev, want_ev) == 0));
  if (!ok) {
    failures++;
    fprintf(stderr, "FAIL %s\n  date '%s' (want '%s'), estimated %d (want %d)\n  evidence %s\n  want     %s\n",
            name, date, want_date, est, want_est, ev ? ev : "(null)", want_ev ? want_ev : "(null)");
  } else printf("ok %s\n", name);
  lede_free(ev);
}

int main(void) {
  char want[512];

  /* the garbled header: a part > 12 decides; the second copy agrees */
  check("header, 14 > 12",
        "14/3/2025\xE2\x80\x93|Last update: 3/14/202510:05 AM (Ostgrad)\nKeldoria and Dravania traded fire.\n",
        NULL, "2025-03-14", 0,
        "header line 1: '14/3/2025\xE2\x80\x93|Last update: 3/14/202510:05 AM (Ostgrad)' "
        "(day-month order decided by 14 > 12; the copy '3/14/2025' agrees)");

  /* both copies ambiguous (12/3 and 3/12): March named in the text decides */
  const char *ost = "12/3/2025\xE2\x80\x93|Last update: 3/12/202509:41 AM (Ostgrad)\n"
                    "Fighting near Tarvos was heaviest on Tuesday 11 March, officials said.\n";
  snprintf(want, sizeof want,
           "header line 1: '12/3/2025\xE2\x80\x93|Last update: 3/12/202509:41 AM (Ostgrad)' "
           "(day-month order decided by '11 March' at byte %zu of the text)", at(ost, "11 March"));
  check("header, both copies ambiguous, month in text", ost, NULL, "2025-03-12", 0, want);

  /* ambiguous and nothing decides: no date, and the evidence says why */
  check("header ambiguous", "4/3/2025 | Updated 10:00\nKeldorian troops held the ridge.\n", NULL, "", 0,
        "header line 1: '4/3/2025' is ambiguous (2025-03-04 or 2025-04-03: no part > 12, "
        "no copy in a known order, no month named elsewhere decides)");

  check("header, month-day by 29 > 12", "2/29/2024 | Valley Wire\nText.\n", NULL, "2024-02-29", 0,
        "header line 1: '2/29/2024 | Valley Wire' (month-day order decided by 29 > 12)");
  check("header with a written date", "Published: 13 March 2025 | By Ana Petrosyan\n\nBody text.\n", NULL,
        "2025-03-13", 0, "header line 1: 'Published: 13 March 2025 | By Ana Petrosyan'");
  check("header ISO date on line 2", "Harbour Post\n2025-03-13T08:30 | World\nBody.\n", NULL,
        "2025-03-13", 0, "header line 2: '2025-03-13T08:30 | World'");

  /* datelines */
  const char *dl = "MARSK, March 12 (Valley Wire) - Keldoria said on March 11, 2025 that 38 soldiers died.\n";
  snprintf(want, sizeof want,
           "dateline line 1: 'MARSK, March 12 (Valley Wire)' (year 2025 from 'March 11, 2025' at byte %zu; estimated)",
           at(dl, "March 11"));
  check("dateline without year", dl, NULL, "2025-03-12", 1, want);
  check("dateline with year",
        "Ceasefire talks\nVELGRAD, 13 March 2025 (Harbour Post) \xE2\x80\x94 Dravania said.\n", NULL,
        "2025-03-13", 0, "dateline line 2: 'VELGRAD, 13 March 2025 (Harbour Post)'");
  check("dateline without any year", "WASHINGTON, Sept. 13 (Reuters) - No year anywhere.\n", NULL, "", 0,
        "dateline line 1: 'WASHINGTON, Sept. 13 (Reuters)' gives no year; "
        "no full date: 'Sept. 13' at byte 12 has no year");

  /* embedded dates: the latest explicit one, as an estimate */
  const char *tw = "Keldoria says the attack began after midnight.\n"
                   "Shelling continues. pic.twitter.com/AbCdEf\n"
                   "\xE2\x80\x94 Keldor Today (@KeldorToday) March 12, 2025\n"
                   "In 2019 a six-week war killed over 5,200 people.\n";
  snprintf(want, sizeof want, "latest explicit date in text at byte %zu: 'March 12, 2025' (estimated)",
           at(tw, "March 12"));
  check("tweet signature", tw, NULL, "2025-03-12", 1, want);
  const char *two = "Talks began on 2 March 2025 in Ostgrad. A truce was announced on March 11, 2025, "
                    "and a report dated 2019-05-04 was cited.\n";
  snprintf(want, sizeof want, "latest explicit date in text at byte %zu: 'March 11, 2025' (estimated)",
           at(two, "March 11"));
  check("latest of several", two, NULL, "2025-03-11", 1, want);
  const char *ttl = "Keldoria and Dravania agree to talks in Ostgrad after the clashes of March 11, 2025 near Tarvos\n"
                    "Body.\n";
  snprintf(want, sizeof want, "latest explicit date in text at byte %zu: 'March 11, 2025' (estimated)",
           at(ttl, "March 11"));
  check("a headline with a date is not a header", ttl, NULL, "2025-03-11", 1, want);

  const char *due = "Keldoria sold bonds due March 1, 2031 and valid until 1 January 2030 on 12 March 2025.\n";
  snprintf(want, sizeof want, "latest explicit date in text at byte %zu: '12 March 2025' (estimated)",
           at(due, "12 March"));
  check("deadlines are not publication dates", due, NULL, "2025-03-12", 1, want);

  check("two-digit year in a header", "14/3/25 | Valley Wire\nText.\n", NULL, "2025-03-14", 0,
        "header line 1: '14/3/25 | Valley Wire' (day-month order decided by 14 > 12)");
  check("two-digit year in running text is no date", "The vote went 14-3-25 in the end, they said.\n",
        NULL, "", 0, NULL);

  /* nothing supports a date */
  const char *yl = "Aliyev-style condolences for those who died on March 11 near Dorn.\n";
  snprintf(want, sizeof want, "no full date: 'March 11' at byte %zu has no year", at(yl, "March 11"));
  check("month and day without year", yl, NULL, "", 0, want);
  check("no date at all", "Nearly forty soldiers were killed, one outlet wrote.\n", NULL, "", 0, NULL);
  check("empty text", "", NULL, "", 0, NULL);
  check("impossible numeric date", "31/2/2025 | Valley Wire\nText.\n", NULL, "", 0, NULL);
  check("May the verb and 2025 alone", "Officials may 12 times revise it in 2025.\n", NULL, "", 0, NULL);

  /* metadata first, in the common spellings */
  const char *metas[] = {"2025-03-12", "2025-03-12T09:41:00+04:00", "March 12, 2025", "12 March 2025",
                         "2025/03/12", "Wed, 12 Mar 2025 09:41:00 +0400", "12th of March, 2025",
                         "Mar. 12 2025", "13/3/2025", NULL};
  for (int i = 0; metas[i]; i++) {
    snprintf(want, sizeof want, "metadata field date: '%s'", metas[i]);
    check(metas[i], "14/9/2022 | Text with its own header.\n", metas[i],
          strcmp(metas[i], "13/3/2025") == 0 ? "2025-03-13" : "2025-03-12", 0, want);
  }
  check("metadata not a date", "Talks on March 11, 2025.\n", "soon", "2025-03-11", 1,
        "latest explicit date in text at byte 9: 'March 11, 2025' (estimated); "
        "metadata field date: 'soon' is not a date lede reads");
  check("metadata ambiguous", "No date here.\n", "03/04/2025", "", 0,
        "metadata field date: '03/04/2025' is ambiguous (day-month or month-day)");

  /* linear on a long line without dates, and a date at its end */
  size_t big = 1 << 20;
  char *s = malloc(big + 64);
  memset(s, 'a', big);
  for (size_t i = 7; i < big; i += 8) s[i] = ' ';
  strcpy(s + big, " on 11 March 2025.");
  snprintf(want, sizeof want, "latest explicit date in text at byte %zu: '11 March 2025' (estimated)", big + 4);
  check("1 MB line", s, NULL, "2025-03-11", 1, want);
  free(s);

  if (failures) fprintf(stderr, "%d failure(s)\n", failures);
  return failures != 0;
}
