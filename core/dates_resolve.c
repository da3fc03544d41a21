/* dates_resolve.c -- the proleptic Gregorian calendar and the rules that
 * anchor relative expressions to the reference date (see doc/dates.md). */
#include "dates_internal.h"
#include <stdio.h>

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int lede_dates_valid(int y, int m, int d) {
  static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return 0;
  return d <= mdays[m - 1] + (m == 2 && leap(y));
}

/* days since 1970-01-01 (H. Hinnant's algorithm) */
long lede_dates_days(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void lede_dates_civil(long z, int *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int lede_dates_wday(long days) { return (int)(((days % 7) + 7 + 3) % 7) + 1; }

void lede_dates_fmt_ymd(char *out, int y, int m, int d) {
  char ys[8];
  if (y > 0 && y <= 9999) snprintf(ys, sizeof ys, "%04d", y);
  else snprintf(ys, sizeof ys, "XXXX");
  if (m && d) snprintf(out, 32, "%s-%02d-%02d", ys, m, d);
  else if (m) snprintf(out, 32, "%s-%02d", ys, m);
  else snprintf(out, 32, "%s", ys);
}

void lede_dates_fmt_days(char *out, long days) {
  int y, m, d;
  lede_dates_civil(days, &y, &m, &d);
  lede_dates_fmt_ymd(out, y, m, d);
}

void lede_dates_fmt_week(char *out, long days) {
  long thu = days - lede_dates_wday(days) + 4; /* the week's Thursday names its year */
  int y, m, d;
  lede_dates_civil(thu, &y, &m, &d);
  long wk = (thu - lede_dates_days(y, 1, 1)) / 7 + 1;
  if (y < 1 || y > 9999) snprintf(out, 32, "XXXX-WXX");
  else snprintf(out, 32, "%04d-W%02ld", y, wk);
}

int lede_date_parse_ref(const char *ref, int *y, int *m, int *d) {
  if (!ref) return LEDE_EINVAL;
  for (int i = 0; i < 10; i++) {
    char ch = ref[i];
    if (i == 4 || i == 7) { if (ch != '-') return LEDE_EINVAL; }
    else if (!lede_is_digit(ch)) return LEDE_EINVAL;
  }
  if (ref[10] != 0) return LEDE_EINVAL;
  int yy = (ref[0] - '0') * 1000 + (ref[1] - '0') * 100 + (ref[2] - '0') * 10 + (ref[3] - '0');
  int mm = (ref[5] - '0') * 10 + (ref[6] - '0'), dd = (ref[8] - '0') * 10 + (ref[9] - '0');
  if (!lede_dates_valid(yy, mm, dd)) return LEDE_EINVAL;
  *y = yy; *m = mm; *d = dd;
  return LEDE_OK;
}

/* A tense cue prefers its own direction without forcing it: a distance
 * against the cue counts three times ("will be paid on Oct. 7" written on
 * Oct. 18 is still the Oct. 7 just gone; "the deal fell through in November"
 * written in late October is the November to come only when it is that near:
 * past cues and dates a month or two ahead mix in news copy). */
static long against_cue(long dist, int tense) {
  if (tense > 0 && dist < 0) return -dist * 3;
  if (tense < 0 && dist > 0) return dist * 3;
  return dist < 0 ? -dist : dist;
}

/* A month and day without a year: with a future cue the nearest such day,
 * the past counting three times its distance; otherwise the nearest one (the
 * past counts nearer: news mostly looks back). A past-tense verb does not
 * decide here: "said on Nov. 16" is often about a coming date. */
int lede_dates_year_for_md(const dctx *c, int m, int d, int tense) {
  if (!c->has_ref) return 0;
  long r = c->rday;
  int best = c->ry;
  long bestdist = -1;
  for (int y = c->ry - 1; y <= c->ry + 1; y++) {
    if (!lede_dates_valid(y, m, d)) continue;
    long dist = lede_dates_days(y, m, d) - r;
    if (tense > 0) dist = against_cue(dist, tense);
    else if (dist < 0) dist = -dist * 2 / 3;
    if (bestdist < 0 || dist < bestdist) { bestdist = dist; best = y; }
  }
  return best;
}

/* A month alone: with a tense cue the nearest such month, a distance against
 * the cue counting several times (a past cue reaches at most one month
 * ahead, a future cue two months back; ties go the cue's way); otherwise
 * within eight months back or four ahead. */
int lede_dates_year_for_month(const dctx *c, int m, int tense) {
  if (!c->has_ref) return 0;
  if (tense) {
    int best = c->ry;
    long bestcost = -1;
    for (int y = c->ry - 1; y <= c->ry + 1; y++) {
      long dist = (long)(y - c->ry) * 12 + (m - c->rm);
      /* a past verb reaches one month ahead at most ("changed ... in December" in late October is the December gone) */
      long cost = (tense < 0 && dist > 0 ? dist * 11 : against_cue(dist, tense) * 2) + ((tense > 0) != (dist >= 0));
      if (tense < 0 && dist == 0) cost = 0;
      if (bestcost < 0 || cost < bestcost) { bestcost = cost; best = y; }
    }
    return best;
  }
  int diff = m - c->rm; /* -11 .. 11 */
  if (diff > 4) return c->ry - 1;
  if (diff < -8) return c->ry + 1;
  return c->ry;
}

long lede_dates_weekday_beside(long day, int w, int sign) {
  int dw = lede_dates_wday(day);
  int k = sign < 0 ? (dw - w + 7) % 7 : (w - dw + 7) % 7;
  return day + sign * (k ? k : 7);
}

long lede_dates_weekday(const dctx *c, int w, int how) {
  int rw = c->rwd;
  long r = c->rday;
  switch (how) {
    case 1: return lede_dates_weekday_beside(r, w, -1);
    case 2: return lede_dates_weekday_beside(r, w, 1);
    case 3: return r - (rw - 1) + (w - 1);
    case 4: return r + (w - rw + 7) % 7;
    default: return r - (rw - w + 7) % 7;
  }
}

/* Zone abbreviations: fixed offsets, except GMT/UTC. */
const char *lede_dates_zone_abbrev(const char *u) {
  static const struct { const char *abbr, *tz; } z[] = {
    { "GMT", "UTC" }, { "UTC", "UTC" }, { "EST", "-05:00" }, { "EDT", "-04:00" }, { "CST", "-06:00" },
    { "CDT", "-05:00" }, { "MST", "-07:00" }, { "MDT", "-06:00" }, { "PST", "-08:00" }, { "PDT", "-07:00" },
    { "BST", "+01:00" }, { "CET", "+01:00" }, { "CEST", "+02:00" }, { "EET", "+02:00" }, { "EEST", "+03:00" },
    { "MSK", "Europe/Moscow" }, { "IST", "+05:30" }, { "JST", "+09:00" },
  };
  for (size_t i = 0; i < sizeof z / sizeof z[0]; i++)
    if (strcmp(u, z[i].abbr) == 0) return z[i].tz;
  return "";
}
