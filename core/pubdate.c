/* pubdate.c -- publication-date inference.
 *
 * In order: a metadata date; a header line in the first lines of the text
 * ("14/9/2022–|Last update: 9/14/202211:59 AM (Mecca)"); a dateline
 * ("WASHINGTON, Sept. 13 (Reuters) -"); else the latest explicit full date
 * anywhere in the text, as an estimate. Day-month against month-day order is
 * decided by evidence only (a part > 12, a copy of the date in a known order,
 * a month named elsewhere in the text), never by a locale. */
#include "doc_internal.h"
#include <stdio.h>
#include <stdlib.h>

enum { TOK_TEXT, TOK_ISO, TOK_NUM };

typedef struct dtok {
  size_t start, end;  /* span in the text */
  int kind;
  int y, m, d;        /* y 0: no year; for TOK_NUM m, d are unset */
  int a, b;           /* TOK_NUM: the two parts before the year, as written */
  int short_year;     /* TOK_NUM: a two-digit year (read as 20yy) */
} dtok;

static const char *const month_names[12] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december"};

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int valid_ymd(int y, int m, int d) {
  static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return 0;
  return d <= mdays[m - 1] + (m == 2 && leap(y));
}

static int is_alnum_at(const char *s, size_t n, size_t i) {
  return i < n && lede_is_alnum((unsigned char)s[i]);
}

static size_t count_digits(const char *s, size_t n, size_t i) {
  size_t k = 0;
  while (i + k < n && lede_is_digit((unsigned char)s[i + k])) k++;
  return k;
}

static int digits_value(const char *s, size_t i, size_t k) {
  int v = 0;
  for (size_t j = 0; j < k; j++) v = v * 10 + (s[i + j] - '0');
  return v;
}

/* Spaces, tabs and no-break spaces (U+00A0). */
static size_t skip_space(const char *s, size_t n, size_t i) {
  for (;;) {
    if (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    else if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) i += 2;
    else return i;
  }
}

/* A capitalised month name or abbreviation ("Sept.", "Mar", "MARCH") at i;
 * returns 1..12 and sets *end, or 0. */
static int month_word(const char *s, size_t n, size_t i, size_t *end) {
  if (i >= n || !strchr("JFMASOND", s[i]) || s[i] == '\0') return 0;
  if (i > 0 && lede_is_alnum((unsigned char)s[i - 1])) return 0;
  char w[10];
  size_t j = i, k = 0;
  while (j < n && lede_is_alpha((unsigned char)s[j])) {
    if (k < 9) w[k] = (char)lede_to_lower((unsigned char)s[j]);
    k++, j++;
  }
  if (k < 3 || k > 9) return 0;
  w[k] = '\0';
  int m = 0, abbrev = 0;
  for (int x = 0; x < 12 && !m; x++) {
    if (month_names[x][0] != w[0]) continue;
    if (strcmp(w, month_names[x]) == 0) m = x + 1;
    else if (k == 3 && strncmp(w, month_names[x], 3) == 0) m = x + 1, abbrev = 1;
  }
  if (!m && strcmp(w, "sept") == 0) m = 9, abbrev = 1;
  if (!m) return 0;
  if (abbrev && j < n && s[j] == '.') j++;
  *end = j;
  return m;
}

/* An ordinal suffix after a day number ("13th"). */
static size_t skip_ordinal(const char *s, size_t n, size_t i) {
  if (i + 1 < n) {
    char a = s[i], b = s[i + 1];
    if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
        (a == 't' && b == 'h'))
      return i + 2;
  }
  return i;
}

/* ", 2022" or " 2022" after a day or a month: sets t->y and t->end. */
static void take_year(const char *s, size_t n, size_t i, dtok *t) {
  size_t p = i;
  if (p < n && s[p] == ',') p++;
  size_t q = skip_space(s, n, p);
  if (q == i) return;
  if (count_digits(s, n, q) != 4 || is_alnum_at(s, n, q + 4)) return;
  int y = digits_value(s, q, 4);
  if (!valid_ymd(y, t->m, t->d)) return;
  t->y = y;
  t->end = q + 4;
}

/* "September 13, 2022", "Sept. 13", "March 12th 2025". */
static int month_first(const char *s, size_t n, size_t i, dtok *t) {
  size_t j;
  int m = month_word(s, n, i, &j);
  if (!m) return 0;
  size_t k = skip_space(s, n, j);
  if (k == j && s[j - 1] != '.') return 0;
  size_t nd = count_digits(s, n, k);
  if (nd < 1 || nd > 2) return 0;
  int d = digits_value(s, k, nd);
  size_t e = skip_ordinal(s, n, k + nd);
  if (is_alnum_at(s, n, e) || (e < n && s[e] == ':')) return 0;
  if (!valid_ymd(2000, m, d)) return 0; /* leap year: 29 February passes */
  *t = (dtok){.start = i, .end = e, .kind = TOK_TEXT, .m = m, .d = d};
  take_year(s, n, e, t);
  return 1;
}

/* "13 September 2022", "12th of March, 2025", "13 Sept". */
static int day_first(const char *s, size_t n, size_t i, dtok *t) {
  size_t nd = count_digits(s, n, i);
  if (nd < 1 || nd > 2) return 0;
  int d = digits_value(s, i, nd);
  size_t e = skip_ordinal(s, n, i + nd);
  size_t k = skip_space(s, n, e);
  if (k == e) return 0;
  if (k + 3 < n && memcmp(s + k, "of ", 3) == 0) k = skip_space(s, n, k + 3);
  size_t j;
  int m = month_word(s, n, k, &j);
  if (!m || !valid_ymd(2000, m, d)) return 0;
  *t = (dtok){.start = i, .end = j, .kind = TOK_TEXT, .m = m, .d = d};
  take_year(s, n, j, t);
  return 1;
}

/* "2025-03-12", "2025/03/12" (year first: always year-month-day), or
 * "14/9/2022", "9/14/202211:59" (a year glued to a time), "14.9.2022". */
static int numeric(const char *s, size_t n, size_t i, dtok *t) {
  size_t n1 = count_digits(s, n, i);
  if (n1 == 0 || n1 == 3 || n1 > 4 || i + n1 >= n) return 0;
  char sep = s[i + n1];
  if (sep != '/' && sep != '-' && sep != '.') return 0;
  size_t p2 = i + n1 + 1, n2 = count_digits(s, n, p2);
  if (n2 < 1 || n2 > 2 || p2 + n2 >= n || s[p2 + n2] != sep) return 0;
  size_t p3 = p2 + n2 + 1, n3 = count_digits(s, n, p3);
  int v1 = digits_value(s, i, n1), v2 = digits_value(s, p2, n2);
  if (n1 == 4) {
    if (n3 < 1 || n3 > 2) return 0;
    int d = digits_value(s, p3, n3);
    if (!valid_ymd(v1, v2, d)) return 0;
    *t = (dtok){.start = i, .end = p3 + n3, .kind = TOK_ISO, .y = v1, .m = v2, .d = d};
    return 1;
  }
  int y;
  size_t end;
  if (n3 == 4 && !is_alnum_at(s, n, p3 + 4)) y = digits_value(s, p3, 4), end = p3 + 4;
  else if ((n3 == 5 || n3 == 6) && p3 + n3 < n && s[p3 + n3] == ':')
    y = digits_value(s, p3, 4), end = p3 + 4; /* "202211:59": year, then the hour */
  else if (n3 == 2 && sep != '.' && !is_alnum_at(s, n, p3 + 2))
    y = 2000 + digits_value(s, p3, 2), end = p3 + 2;
  else return 0;
  if (!valid_ymd(y, 1, 1) || v1 < 1 || v2 < 1 || v1 > 31 || v2 > 31) return 0;
  *t = (dtok){.start = i, .end = end, .kind = TOK_NUM, .y = y, .a = v1, .b = v2,
              .short_year = n3 == 2};
  return 1;
}

/* The next date token at or after *i, before end; advances *i past it. */
static int next_token(const char *s, size_t end, size_t *i, dtok *t) {
  size_t k = *i;
  while (k < end) {
    unsigned char c = (unsigned char)s[k];
    int boundary = k == 0 || !lede_is_alnum((unsigned char)s[k - 1]);
    if (boundary && lede_is_upper(c) && month_first(s, end, k, t)) { *i = t->end; return 1; }
    if (boundary && lede_is_digit(c) && (k == 0 || (s[k - 1] != '/' && s[k - 1] != '.'))) {
      if (numeric(s, end, k, t) || day_first(s, end, k, t)) { *i = t->end; return 1; }
      while (k < end && lede_is_digit((unsigned char)s[k])) k++;
      continue;
    }
    k++;
  }
  *i = end;
  return 0;
}

/* Order of a numeric a/b/y date: 1 day-month, 2 month-day, 3 both readings
 * give the same date, 0 ambiguous, -1 invalid. */
static int num_order(const dtok *t) {
  int dmy = valid_ymd(t->y, t->b, t->a), mdy = valid_ymd(t->y, t->a, t->b);
  if (dmy && t->a == t->b) return 3;
  if (dmy && !mdy) return 1;
  if (mdy && !dmy) return 2;
  return dmy && mdy ? 0 : -1;
}

/* Fills y, m, d of a numeric token read in the given order (1 or 3: DMY). */
static void set_order(dtok *t, int order) {
  if (order == 2) t->m = t->a, t->d = t->b;
  else t->m = t->b, t->d = t->a;
}

/* A full date (with a year) whose reading is certain. */
static int full_date(dtok *t) {
  if (t->kind == TOK_NUM) {
    int o = num_order(t);
    if (o <= 0) return 0;
    set_order(t, o);
    return 1;
  }
  return t->y != 0;
}

static int later(const dtok *x, const dtok *y) {
  if (x->y != y->y) return x->y > y->y;
  if (x->m != y->m) return x->m > y->m;
  return x->d > y->d;
}

/* What the whole text says about dates. */
typedef struct facts {
  int have_latest, have_yearless;
  dtok latest;            /* the latest explicit full date */
  dtok yearless;          /* the first month-and-day date without a year */
  dtok month_tok[13];     /* first written date naming each month */
  int month_seen[13];
} facts;

/* A date announced as a deadline ("bonds due March 1, 2011", "until Jan. 1,
 * 1990") says little about when the article was written. */
static int deadline_before(const char *s, size_t start) {
  static const char *const cues[] = {"due", "until", "till", "through", "by", "maturing",
                                     "matures", "mature", "expires", "expire", "expiring",
                                     "ending", "before", NULL};
  size_t e = start;
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n')) e--;
  size_t b = e;
  while (b > 0 && e - b < 10 && lede_is_alpha((unsigned char)s[b - 1])) b--;
  if (b == e || e - b >= 10) return 0;
  char w[10];
  for (size_t k = b; k < e; k++) w[k - b] = (char)lede_to_lower((unsigned char)s[k]);
  w[e - b] = '\0';
  for (int i = 0; cues[i]; i++) if (strcmp(w, cues[i]) == 0) return 1;
  return 0;
}

static void scan_text(const char *s, size_t n, facts *f) {
  memset(f, 0, sizeof *f);
  size_t i = 0;
  dtok t;
  while (next_token(s, n, &i, &t)) {
    if (t.kind == TOK_TEXT && !f->month_seen[t.m]) f->month_seen[t.m] = 1, f->month_tok[t.m] = t;
    if (t.kind == TOK_TEXT && t.y == 0) {
      if (!f->have_yearless) f->have_yearless = 1, f->yearless = t;
      continue;
    }
    /* two-digit years ("14/9/22") count in header lines only: in running
     * text such numbers are as often scores or codes */
    if (t.short_year || !full_date(&t) || deadline_before(s, t.start)) continue;
    if (!f->have_latest || later(&t, &f->latest)) f->have_latest = 1, f->latest = t;
  }
}

/* ---- evidence strings ---- */

/* Up to max bytes of s[start, end) cut on a UTF-8 boundary; *dots when cut. */
static int quote_len(const char *s, size_t start, size_t end, size_t max, int *dots) {
  size_t len = end - start;
  *dots = 0;
  if (len > max) {
    len = max;
    while (len > 0 && ((unsigned char)s[start + len] & 0xC0) == 0x80) len--;
    *dots = 1;
  }
  return (int)len;
}

static void write_date(char date[11], int y, int m, int d) {
  snprintf(date, 11, "%04d-%02d-%02d", y, m, d);
}

static char *join_notes(char *ev, char *note) {
  if (!note) return ev;
  if (!ev) return note;
  char *j = lede_doc_fmt("%s; %s", ev, note);
  free(ev);
  free(note);
  return j;
}

/* ---- header lines and datelines ---- */

static const char *const header_words[] = {
  "last", "update", "updated", "published", "posted", "modified", "am", "pm", "gmt", "utc",
  "by", "on", "at", "date", "time", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL};

/* Words of a line outside its date tokens that are not date furniture; a
 * header line has few ("By Ana Petrosyan | Updated 12 March 2025": 2). */
static int content_words(const char *s, size_t ls, size_t le, const dtok *toks, size_t nt) {
  int count = 0;
  size_t i = ls, ti = 0;
  while (i < le) {
    if (ti < nt && i >= toks[ti].start) { i = toks[ti].end; ti++; continue; }
    if (!lede_is_alpha((unsigned char)s[i])) { i++; continue; }
    size_t j = i;
    char w[12];
    size_t k = 0;
    while (j < le && lede_is_alpha((unsigned char)s[j])) {
      if (k < 11) w[k] = (char)lede_to_lower((unsigned char)s[j]);
      k++, j++;
    }
    w[k < 11 ? k : 11] = '\0';
    int furniture = k < 2;
    for (int x = 0; !furniture && header_words[x]; x++) furniture = strcmp(w, header_words[x]) == 0;
    size_t me;
    if (!furniture && month_word(s, le, i, &me)) furniture = 1;
    count += !furniture;
    i = j;
  }
  return count;
}

#define MAX_LINE_TOKENS 8

typedef struct header_result {
  int found;          /* 1: date set; 0: nothing; -1: ambiguous (note set) */
  int y, m, d;
  char *evidence;     /* owned */
} header_result;

static const char *order_name(int o) { return o == 2 ? "month-day" : "day-month"; }

/* Resolves the dates of a header line; see the file comment. */
static void header_line(const char *s, size_t ls, size_t le, int lineno, const facts *f,
                        header_result *r) {
  dtok toks[MAX_LINE_TOKENS];
  size_t nt = 0, i = ls;
  while (nt < MAX_LINE_TOKENS && next_token(s, le, &i, &toks[nt])) nt++;
  if (nt == 0 || content_words(s, ls, le, toks, nt) > 6) return;
  int dots;
  int ql = quote_len(s, ls, le, 160, &dots);
  int primary = -1, order = 0;
  for (size_t k = 0; k < nt && primary < 0; k++) {
    dtok *t = &toks[k];
    if (t->kind == TOK_NUM) {
      int o = num_order(t);
      if (o > 0) { set_order(t, o); primary = (int)k; order = o; }
    } else if (t->y) primary = (int)k;
  }
  char why[200] = "";
  if (primary >= 0) {
    dtok *p = &toks[primary];
    if (order == 1 || order == 2)
      snprintf(why, sizeof why, " (%s order decided by %d > 12", order_name(order),
               order == 1 ? p->a : p->b);
    for (size_t k = 0; k < nt; k++) {
      dtok *t = &toks[k];
      if ((int)k == primary || (t->kind != TOK_NUM && !t->y)) continue;
      int agrees;
      if (t->kind == TOK_NUM)
        agrees = (valid_ymd(t->y, t->b, t->a) && t->y == p->y && t->b == p->m && t->a == p->d) ||
                 (valid_ymd(t->y, t->a, t->b) && t->y == p->y && t->a == p->m && t->b == p->d);
      else agrees = t->y == p->y && t->m == p->m && t->d == p->d;
      size_t wl = strlen(why);
      snprintf(why + wl, sizeof why - wl, "%s%s copy '%.*s' %s", wl ? "; " : " (",
               agrees ? "the" : "but the", (int)(t->end - t->start), s + t->start,
               agrees ? "agrees" : "differs");
      break;
    }
    if (why[0]) strncat(why, ")", sizeof why - strlen(why) - 1);
    r->found = 1;
    r->y = p->y, r->m = p->m, r->d = p->d;
    r->evidence = lede_doc_fmt("header line %d: '%.*s%s'%s", lineno, ql, s + ls,
                               dots ? "..." : "", why);
    return;
  }
  /* only ambiguous numeric dates: a month named elsewhere in the text decides */
  for (size_t k = 0; k < nt; k++) {
    dtok *t = &toks[k];
    if (t->kind != TOK_NUM || num_order(t) != 0) continue;
    int dm = f->month_seen[t->b], md = f->month_seen[t->a];
    if (dm != md) {
      int o = dm ? 1 : 2;
      const dtok *w = &f->month_tok[dm ? t->b : t->a];
      set_order(t, o);
      r->found = 1;
      r->y = t->y, r->m = t->m, r->d = t->d;
      r->evidence = lede_doc_fmt(
          "header line %d: '%.*s%s' (%s order decided by '%.*s' at byte %zu of the text)", lineno,
          ql, s + ls, dots ? "..." : "", order_name(o), (int)(w->end - w->start), s + w->start,
          w->start);
      return;
    }
    r->found = -1;
    r->evidence = lede_doc_fmt(
        "header line %d: '%.*s' is ambiguous (%04d-%02d-%02d or %04d-%02d-%02d: no part > 12, "
        "no copy in a known order, no month named elsewhere decides)",
        lineno, (int)(t->end - t->start), s + t->start, t->y, t->b, t->a, t->y, t->a, t->b);
    return;
  }
}

static int is_dash_at(const char *s, size_t n, size_t i) {
  if (i < n && s[i] == '-') return 1;
  return i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
         ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94);
}

/* "WASHINGTON, Sept. 13 (Reuters) -": capitals, a comma, a date, then an
 * agency in parentheses or a dash. */
static int dateline(const char *s, size_t ls, size_t le, dtok *t) {
  size_t i = ls;
  int upper = 0;
  while (i < le) {
    unsigned char c = (unsigned char)s[i];
    if (lede_is_upper(c)) upper++;
    else if (lede_is_lower(c) || lede_is_digit(c) || c == ',' || c == '(' || c == '\n') break;
    i++;
  }
  if (upper < 3 || i >= le || s[i] != ',') return 0;
  i = skip_space(s, le, i + 1);
  if (!(month_first(s, le, i, t) || day_first(s, le, i, t))) return 0;
  size_t k = skip_space(s, le, t->end);
  if (k < le && s[k] == '(') {
    size_t close = k;
    while (close < le && close < k + 60 && s[close] != ')') close++;
    if (close >= le || s[close] != ')') return 0;
    t->end = close + 1;
    return 1;
  }
  return is_dash_at(s, le, k);
}

/* A sentence of the body: it ends with . ! ? (perhaps before a closing
 * quote) or has many words. Header lines and headlines do not. */
static int prose_line(const char *s, size_t ls, size_t le) {
  while (le > ls && lede_is_space((unsigned char)s[le - 1])) le--;
  if (le == ls) return 0;
  size_t e = le;
  if (s[e - 1] == '"' || s[e - 1] == '\'') e--;
  else if (e - ls >= 3 && memcmp(s + e - 3, "\xE2\x80\x9D", 3) == 0) e -= 3;
  if (e > ls && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?')) return 1;
  int words = 0;
  for (size_t i = ls; i < le; i++)
    words += lede_is_alpha((unsigned char)s[i]) && (i == ls || !lede_is_alpha((unsigned char)s[i - 1]));
  return words > 12;
}

/* "— Keldor Today (@KeldorToday) March 12, 2025": an embedded tweet's
 * signature dates the tweet, not the article. */
static int tweet_signature(const char *s, size_t ls, size_t le) {
  for (size_t i = ls; i + 1 < le; i++) if (s[i] == '(' && s[i + 1] == '@') return 1;
  return 0;
}

/* ---- the inference ---- */

static int from_metadata(const char *meta, const char *field, char date[11], char **evidence,
                         char **note) {
  size_t n = strlen(meta), i = 0;
  dtok t;
  while (next_token(meta, n, &i, &t)) {
    if (t.kind == TOK_NUM && num_order(&t) == 0) {
      *note = lede_doc_fmt("metadata field %s: '%s' is ambiguous (day-month or month-day)",
                           field, meta);
      return 0;
    }
    if (!full_date(&t)) continue;
    write_date(date, t.y, t.m, t.d);
    *evidence = lede_doc_fmt("metadata field %s: '%s'", field, meta);
    return 1;
  }
  *note = lede_doc_fmt("metadata field %s: '%s' is not a date lede reads", field, meta);
  return 0;
}

#define HEADER_LINES 5
#define HEADER_BYTES 4096
#define HEADER_LINE_MAX 160

int lede_pubdate_field(const char *s, size_t n, const char *meta_date, const char *field,
                       char date[11], char **evidence, int *estimated) {
  char *note = NULL;
  date[0] = '\0';
  *evidence = NULL;
  *estimated = 0;
  if (!s && n) return LEDE_EINVAL;
  if (meta_date && *meta_date) {
    if (from_metadata(meta_date, field ? field : "date", date, evidence, &note)) return LEDE_OK;
  }
  facts f;
  scan_text(s, n, &f);
  int lineno = 0, nonblank = 0;
  for (size_t ls = 0; ls < n && ls < HEADER_BYTES && nonblank < HEADER_LINES;) {
    const char *nl = memchr(s + ls, '\n', n - ls);
    size_t le = nl ? (size_t)(nl - s) : n, next = nl ? le + 1 : n;
    lineno++;
    if (le > ls && s[le - 1] == '\r') le--;
    if (skip_space(s, le, ls) == le) { ls = next; continue; }
    nonblank++;
    dtok t;
    if (dateline(s, ls, le, &t)) {
      int dots, ql = quote_len(s, ls, t.end, 120, &dots);
      if (t.y) {
        write_date(date, t.y, t.m, t.d);
        *evidence = join_notes(lede_doc_fmt("dateline line %d: '%.*s'", lineno, ql, s + ls), note);
        return LEDE_OK;
      }
      if (f.have_latest && valid_ymd(f.latest.y, t.m, t.d)) {
        write_date(date, f.latest.y, t.m, t.d);
        *estimated = 1;
        *evidence = join_notes(
            lede_doc_fmt("dateline line %d: '%.*s' (year %d from '%.*s' at byte %zu; estimated)",
                         lineno, ql, s + ls, f.latest.y, (int)(f.latest.end - f.latest.start),
                         s + f.latest.start, f.latest.start),
            note);
        return LEDE_OK;
      }
      note = join_notes(note, lede_doc_fmt("dateline line %d: '%.*s' gives no year", lineno, ql,
                                           s + ls));
    }
    if (prose_line(s, ls, le)) break;  /* the header is over where the prose starts */
    if (le - ls <= HEADER_LINE_MAX && !tweet_signature(s, ls, le)) {
      header_result r = {0};
      header_line(s, ls, le, lineno, &f, &r);
      if (r.found == 1) {
        write_date(date, r.y, r.m, r.d);
        *evidence = join_notes(r.evidence, note);
        return LEDE_OK;
      }
      if (r.found == -1) note = join_notes(note, r.evidence);
    }
    ls = next;
  }
  if (f.have_latest) {
    write_date(date, f.latest.y, f.latest.m, f.latest.d);
    *estimated = 1;
    *evidence = join_notes(lede_doc_fmt("latest explicit date in text at byte %zu: '%.*s' (estimated)",
                                        f.latest.start, (int)(f.latest.end - f.latest.start),
                                        s + f.latest.start),
                           note);
    return LEDE_OK;
  }
  if (f.have_yearless)
    note = join_notes(note, lede_doc_fmt("no full date: '%.*s' at byte %zu has no year",
                                         (int)(f.yearless.end - f.yearless.start),
                                         s + f.yearless.start, f.yearless.start));
  *evidence = note;
  return LEDE_OK;
}

int lede_pubdate(const char *s, size_t n, const char *meta_date, char date[11],
                 char **evidence, int *estimated) {
  return lede_pubdate_field(s, n, meta_date, "date", date, evidence, estimated);
}
