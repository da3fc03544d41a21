/* test_dates.c -- lede_dates: exact TIMEX3 records for each form, and bad input. */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;
static const char *const tn[] = { "DATE", "TIME", "DURATION", "SET" };

/* Renders the records as "text|TYPE|value[|tz=..][|zone=..][|mod=..][|amb][|range=n]" joined by "; ". */
static void render(const char *s, const lede_date_list *l, char *out, size_t cap) {
  size_t o = 0;
  out[0] = 0;
  for (size_t i = 0; i < l->n && o < cap; i++) {
    const lede_date *d = &l->items[i];
    o += (size_t)snprintf(out + o, cap - o, "%s%.*s|%s|%s", i ? "; " : "", (int)(d->end - d->start), s + d->start,
                          tn[d->type], d->value);
    if (o < cap && d->tz[0]) o += (size_t)snprintf(out + o, cap - o, "|tz=%s", d->tz);
    if (o < cap && d->zone_end > d->zone_start)
      o += (size_t)snprintf(out + o, cap - o, "|zone=%.*s", (int)(d->zone_end - d->zone_start), s + d->zone_start);
    if (o < cap && d->mod) o += (size_t)snprintf(out + o, cap - o, "|mod=%s", d->mod);
    if (o < cap && d->ambiguous) o += (size_t)snprintf(out + o, cap - o, "|amb");
    if (o < cap && d->range) o += (size_t)snprintf(out + o, cap - o, "|range=%d", d->range);
  }
}

static void check(const char *s, const char *ref, const char *want) {
  lede_date_opts o = { ref, NULL, LEDE_ORDER_AUTO, 0 };
  lede_date_list l = { 0 };
  int st = lede_dates(s, strlen(s), &o, &l);
  char got[2048];
  if (st != LEDE_OK) snprintf(got, sizeof got, "status %d", st);
  else render(s, &l, got, sizeof got);
  for (size_t i = 0; i < l.n; i++)
    if (l.items[i].end > strlen(s) || l.items[i].start >= l.items[i].end) {
      printf("FAIL span out of range in %s\n", s);
      failures++;
    }
  if (strcmp(got, want) != 0) {
    printf("FAIL %s\n  ref  %s\n  want %s\n  got  %s\n", s, ref ? ref : "(none)", want, got);
    failures++;
  }
  lede_date_list_free(&l);
}

#define REF "2022-09-14" /* a Wednesday */

static void explicit_dates(void) {
  check("Talks resumed on September 13, 2022.", REF, "September 13, 2022|DATE|2022-09-13");
  check("Talks resumed on 13 Sept 2022.", REF, "13 Sept 2022|DATE|2022-09-13");
  check("The shelling began Sept. 13 near Tarvos.", REF, "Sept. 13|DATE|2022-09-13");
  check("Posted 13/09/2022 by the Valley Wire.", REF, "13/09/2022|DATE|2022-09-13");
  check("Filed 2022-09-13 from Marsk.", REF, "2022-09-13|DATE|2022-09-13");
  check("It happened on Sep 13th, officials said.", REF, "Sep 13th|DATE|2022-09-13");
  check("the 13th of September", REF, "13th of September|DATE|2022-09-13");
  check("Tuesday, September 13, 2022", REF, "Tuesday, September 13, 2022|DATE|2022-09-13");
  check("a ceasefire signed in November 2020", REF, "November 2020|DATE|2020-11");
  check("since 2020, when the war ended", REF, "2020|DATE|2020");
  check("Updated 2022-09-13T09:00 by staff", REF, "2022-09-13T09:00|TIME|2022-09-13T09:00");
}

static void times_and_zones(void) {
  check("The guns fell silent at 09:00 am Moscow time.", REF,
        "09:00 am Moscow time|TIME|2022-09-14T09:00|tz=Europe/Moscow|zone=Moscow time");
  check("a ceasefire from 10:00 am Ostgrad time", REF, "10:00 am Ostgrad time|TIME|2022-09-14T10:00|zone=Ostgrad time");
  check("at 14:30 GMT+4 on Tuesday", REF, "14:30 GMT+4 on Tuesday|TIME|2022-09-13T14:30|tz=+04:00|zone=GMT+4");
  check("Last update: 9/14/2022 11:59 AM (Mecca)", REF, "9/14/2022 11:59 AM (Mecca)|TIME|2022-09-14T11:59|tz=Asia/Riyadh|zone=Mecca");
  check("by 9 p.m. UTC", REF, "9 p.m. UTC|TIME|2022-09-14T21:00|tz=UTC|zone=UTC");
  check("at 7:15 pm on Monday", REF, "7:15 pm on Monday|TIME|2022-09-12T19:15");
}

static void relative(void) {
  check("Dravania said the attack came on Tuesday.", REF, "Tuesday|DATE|2022-09-13");
  check("On Tuesday, the ministry said", "2024-03-14", "Tuesday|DATE|2024-03-12");
  check("Shelling resumed Wednesday morning.", REF, "Wednesday morning|TIME|2022-09-14TMO");
  check("Fighting raged Monday night.", REF, "Monday night|TIME|2022-09-12TNI");
  check("The envoy will arrive on Friday.", REF, "Friday|DATE|2022-09-16");
  check("They met last Friday and will meet next Monday.", REF, "last Friday|DATE|2022-09-09; next Monday|DATE|2022-09-19");
  check("yesterday, today and tonight", REF, "yesterday|DATE|2022-09-13; today|DATE|2022-09-14; tonight|TIME|2022-09-14TNI");
  check("a border shootout last week", REF, "last week|DATE|2022-W36");
  check("They met last month in Velgrad.", REF, "last month|DATE|2022-08");
  check("Earlier this month the talks failed.", REF, "Earlier this month|DATE|2022-09");
  check("It was shelled three days ago.", REF, "three days ago|DATE|2022-09-11");
  check("The army lost a soldier in August.", REF, "August|DATE|2022-08");
  check("a provocation on the night of September 12", REF, "the night of September 12|TIME|2022-09-12TNI");
  check("The prime minister spoke early on Tuesday.", REF, "early on Tuesday|DATE|2022-09-13|mod=START");
  check("two wars in the 1990s and 2020", REF, "the 1990s|DATE|199; 2020|DATE|2020");
  check("a six-week war", REF, "six-week|DURATION|P6W");
  check("The dispute has lasted for decades.", REF, "decades|DURATION|PXY");
  check("Forces are now in charge; he recently left, and formerly led it.", REF,
        "now|DATE|PRESENT_REF; recently|DATE|PAST_REF; formerly|DATE|PAST_REF");
  check("Patrols run every week.", REF, "every week|SET|P1W");
  check("He is currently in Marsk.", REF, "currently|DATE|PRESENT_REF");
  check("this morning", REF, "this morning|TIME|2022-09-14TMO");
  check("the third quarter", REF, "the third quarter|DATE|2022-Q3");
  check("the fourth quarter", REF, "the fourth quarter|DATE|2021-Q4");
  check("profit rose in the quarter", REF, "the quarter|DATE|2022-Q2");
  check("Christmas 2021 and Thanksgiving Day", REF, "Christmas 2021|DATE|2021-12-25; Thanksgiving Day|DATE|2022-11-24");
  check("in nineteen ninety-six", REF, "nineteen ninety-six|DATE|1996");
  check("a 6-year-old boy and three-quarters of them", REF, "");
  check("last fall and next spring", REF, "last fall|DATE|2021-FA; next spring|DATE|2023-SP");
  check("July last year", REF, "July last year|DATE|2021-07");
  check("for more than four hours", REF, "more than four hours|DURATION|PT4H|mod=MORE_THAN");
}

static void no_reference(void) {
  check("On Tuesday, the ministry said", NULL, "Tuesday|DATE|XXXX-WXX-2");
  check("a skirmish on September 12", NULL, "September 12|DATE|XXXX-09-12");
  check("last week", NULL, "last week|DATE|XXXX-WXX");
  check("yesterday", NULL, "yesterday|DATE|XXXX-XX-XX");
}

static void ranges(void) {
  check("between Monday night and Tuesday morning", REF,
        "Monday night|TIME|2022-09-12TNI|range=1; Tuesday morning|TIME|2022-09-13TMO|range=2");
  check("from 2019 to 2021", REF, "2019|DATE|2019|range=1; 2021|DATE|2021|range=2");
  check("Talks ran March 10-12, 2024.", REF, "March 10|DATE|2024-03-10|range=1; 12, 2024|DATE|2024-03-12|range=2");
  check("in 2019-2021 and 10-12 soldiers", REF, "2019|DATE|2019|range=1; 2021|DATE|2021|range=2");
  check("People fled between 10 and 12 March.", REF, "10|DATE|2022-03-10|range=1; 12 March|DATE|2022-03-12|range=2");
  check("In May. Sept. 3 was quiet.", REF, "May|DATE|2022-05; Sept. 3|DATE|2022-09-03");
}

static void ambiguous(void) {
  check("The report of 3/4/2022", REF, "3/4/2022|DATE|2022-03-04|amb");
  check("Dated 3/4/2022 and 25/4/2022.", REF, "3/4/2022|DATE|2022-04-03; 25/4/2022|DATE|2022-04-25");
  check("Dated 3/4/2022 and 4/25/2022.", REF, "3/4/2022|DATE|2022-03-04; 4/25/2022|DATE|2022-04-25");
  check("On 13 March the 3/4/2022 memo", REF, "13 March|DATE|2022-03-13; 3/4/2022|DATE|2022-04-03");
  lede_date_opts o = { REF, NULL, LEDE_ORDER_DMY, 0 };
  lede_date_list l = { 0 };
  const char *s = "3/4/2022";
  if (lede_dates(s, strlen(s), &o, &l) != LEDE_OK || l.n != 1 || strcmp(l.items[0].value, "2022-04-03") || l.items[0].ambiguous) {
    printf("FAIL order=DMY for 3/4/2022\n");
    failures++;
  }
  lede_date_list_free(&l);
}

static void bad_input(void) {
  check("February 30", REF, "");
  check("on February 30, 2022", REF, "");
  check("at 25:99 local", REF, "");
  check("in the year 99999 and 0000-01-01", REF, "");
  check("in 44 BC", REF, "");
  check("29 February 2023 and 29 February 2024", REF, "29 February 2024|DATE|2024-02-29");
  check("", REF, "");
  check("\xff\xfe Tuesday \x80", REF, "Tuesday|DATE|2022-09-13");
  /* NUL bytes inside the text: read as spaces */
  const char nul[] = "on\0Tuesday";
  lede_date_opts o = { REF, NULL, 0, 0 };
  lede_date_list l = { 0 };
  if (lede_dates(nul, sizeof nul - 1, &o, &l) != LEDE_OK || l.n != 1 || l.items[0].start != 3) {
    printf("FAIL NUL separated weekday\n");
    failures++;
  }
  lede_date_list_free(&l);
  /* invalid reference dates are programmer mistakes */
  const char *bad[] = { "2022-02-30", "2022-9-14", "yesterday", "0000-01-01", "2022-09-14x", "" };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    o.ref = bad[i];
    if (lede_dates("Tuesday", 7, &o, &l) != LEDE_EINVAL) {
      printf("FAIL ref %s accepted\n", bad[i]);
      failures++;
    }
    lede_date_list_free(&l);
  }
  /* 1 MB of digits and slashes: finishes (linear) and finds no date in it */
  size_t n = 1 << 20;
  char *big = malloc(n);
  for (size_t i = 0; i < n; i++) big[i] = (i % 3 == 2) ? '/' : (char)('1' + i % 7);
  o.ref = REF;
  if (lede_dates(big, n, &o, &l) != LEDE_OK || l.n != 0) {
    printf("FAIL digits and slashes: %zu records\n", l.n);
    failures++;
  }
  lede_date_list_free(&l);
  /* 1 MB of one long digit run and of repeated weekdays */
  memset(big, '7', n);
  if (lede_dates(big, n, &o, &l) != LEDE_OK || l.n != 0) { printf("FAIL digit run\n"); failures++; }
  lede_date_list_free(&l);
  for (size_t i = 0; i + 8 <= n; i += 8) memcpy(big + i, "Tuesday ", 8);
  if (lede_dates(big, n, &o, &l) != LEDE_OK || l.n != n / 8) { printf("FAIL weekday run: %zu\n", l.n); failures++; }
  lede_date_list_free(&l);
  free(big);
}

int main(void) {
  explicit_dates();
  times_and_zones();
  relative();
  no_reference();
  ranges();
  ambiguous();
  bad_input();
  if (failures) {
    printf("%d failure(s)\n", failures);
    return 1;
  }
  printf("test_dates: all passed\n");
  return 0;
}
