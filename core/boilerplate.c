/* boilerplate.c -- lines of page furniture in scraped news text.
 *
 * Works line by line: each line (trimmed of white space) is tested against
 * the furniture of news CMS templates and aggregators, and a line judged
 * furniture is reported with a static reason; nothing is removed from the
 * text. The tests are deliberately narrow (whole-line phrases, prefixes on
 * short lines, a few marks such as © or "(Image Credit:") so that news
 * sentences are not flagged. Case-insensitive comparisons are ASCII-only;
 * other bytes, valid UTF-8 or not, are compared as they are. Each line is
 * scanned a bounded number of times, so the cost is linear in the text. */
#define _GNU_SOURCE 1 /* memmem */
#include "internal.h"

void lede_boilers_free(lede_boilers *l) {
  if (!l) return;
  free(l->items);
  l->items = NULL;
  l->n = l->cap = 0;
}

/* The reasons, as documented in doc/boilerplate.md. */
static const char R_SHARE[] = "share/subscribe line";
static const char R_RELATED[] = "related-articles link";
static const char R_READMORE[] = "read-more link";
static const char R_SOURCE[] = "source link";
static const char R_TOP[] = "back-to-top link";
static const char R_MOBILE[] = "mobile-version link";
static const char R_COPYRIGHT[] = "copyright line";
static const char R_COMMENTS[] = "comment counter";
static const char R_CREDIT[] = "image credit";
static const char R_CAPTION[] = "image caption";
static const char R_TWEET_SIG[] = "embedded-tweet signature";
static const char R_TWEET_LINK[] = "embedded-tweet link";
static const char R_BLURB[] = "aggregator blurb";
static const char R_CATEGORY[] = "category/comment line";
static const char R_TAGS[] = "category/tag line";
static const char R_NAV[] = "navigation line";
static const char R_AD[] = "advertisement label";
static const char R_BYLINE[] = "reporting credit";
static const char R_NOTICE[] = "site notice";

typedef struct { const char *text, *reason; } phrase;

/* Whole lines (case-insensitive, trailing : . ! and white space ignored). */
static const phrase whole_lines[] = {
  {"related articles", R_RELATED}, {"related posts", R_RELATED}, {"related stories", R_RELATED},
  {"related news", R_RELATED}, {"related", R_RELATED}, {"related content", R_RELATED},
  {"more stories", R_RELATED}, {"more from this author", R_RELATED}, {"you may also like", R_RELATED},
  {"you might also like", R_RELATED}, {"recommended", R_RELATED}, {"recommended for you", R_RELATED},
  {"most read", R_RELATED}, {"most popular", R_RELATED}, {"latest news", R_RELATED},
  {"read more", R_READMORE}, {"continue reading", R_READMORE}, {"read full story", R_READMORE},
  {"read the full story", R_READMORE}, {"click here to read more", R_READMORE}, {"keep reading", R_READMORE},
  {"read next", R_READMORE}, {"show more", R_READMORE}, {"load more", R_READMORE},
  {"source link", R_SOURCE}, {"source: web", R_SOURCE}, {"source: agencies", R_SOURCE},
  {"source: internet", R_SOURCE}, {"source: social media", R_SOURCE}, {"sources: agencies", R_SOURCE},
  {"source: news agencies", R_SOURCE}, {"source: websites", R_SOURCE},
  {"back to top", R_TOP}, {"back to top button", R_TOP}, {"scroll to top", R_TOP}, {"go to top", R_TOP},
  {"back to the top", R_TOP}, {"to top", R_TOP},
  {"exit mobile version", R_MOBILE}, {"view desktop version", R_MOBILE}, {"switch to desktop version", R_MOBILE},
  {"mobile version", R_MOBILE}, {"desktop version", R_MOBILE}, {"amp", R_MOBILE},
  {"leave a comment", R_COMMENTS}, {"leave a reply", R_COMMENTS}, {"no comments yet", R_COMMENTS},
  {"no comments", R_COMMENTS}, {"comments are closed", R_COMMENTS}, {"be the first to comment", R_COMMENTS},
  {"post a comment", R_COMMENTS}, {"add a comment", R_COMMENTS}, {"add comment", R_COMMENTS},
  {"show comments", R_COMMENTS}, {"view comments", R_COMMENTS}, {"comments", R_COMMENTS},
  {"join the conversation", R_COMMENTS}, {"cancel reply", R_COMMENTS}, {"one comment", R_COMMENTS},
  {"share", R_SHARE}, {"share this", R_SHARE}, {"share this article", R_SHARE}, {"share this story", R_SHARE},
  {"share this post", R_SHARE}, {"share on facebook", R_SHARE}, {"share on twitter", R_SHARE},
  {"share via email", R_SHARE}, {"tweet", R_SHARE}, {"print", R_SHARE}, {"email", R_SHARE},
  {"subscribe", R_SHARE}, {"subscribe now", R_SHARE}, {"sign up", R_SHARE}, {"newsletter", R_SHARE},
  {"follow us", R_SHARE}, {"enter your email address", R_SHARE}, {"email address", R_SHARE},
  {"your email address will not be published", R_SHARE}, {"like this", R_SHARE},
  {"facebook twitter whatsapp email", R_SHARE}, {"facebook twitter email", R_SHARE},
  {"advertisement", R_AD}, {"advertisements", R_AD}, {"sponsored", R_AD}, {"sponsored content", R_AD},
  {"ads by google", R_AD}, {"story continues below advertisement", R_AD}, {"scroll to continue", R_AD},
  {"skip to content", R_NAV}, {"skip to main content", R_NAV}, {"main menu", R_NAV},
  {"toggle navigation", R_NAV}, {"menu", R_NAV}, {"sign in", R_NAV}, {"log in", R_NAV},
  {"login", R_NAV}, {"register", R_NAV}, {"contact us", R_NAV}, {"about us", R_NAV},
  {"privacy policy", R_NOTICE}, {"terms of use", R_NOTICE}, {"terms of service", R_NOTICE},
  {"cookie settings", R_NOTICE}, {"accept cookies", R_NOTICE}, {"accept all cookies", R_NOTICE},
  {"download the app", R_NOTICE}, {"get the app", R_NOTICE}, {"listen to this article", R_NOTICE},
  {"reuse this content", R_NOTICE},
  {NULL, NULL}};

/* Prefixes of a short line (case-insensitive, followed by a non-letter). */
typedef struct { const char *text, *reason; size_t max_len; } prefix;
static const prefix prefixes[] = {
  {"read also", R_RELATED, 200}, {"also read", R_RELATED, 200}, {"see also", R_RELATED, 200},
  {"related:", R_RELATED, 200}, {"related articles:", R_RELATED, 200}, {"related article:", R_RELATED, 200},
  {"related story:", R_RELATED, 200}, {"more on this story", R_RELATED, 200},
  {"read more:", R_READMORE, 200}, {"read next:", R_READMORE, 200}, {"read the full story", R_READMORE, 200},
  {"share this", R_SHARE, 80}, {"share on", R_SHARE, 80}, {"share:", R_SHARE, 80},
  {"subscribe to", R_SHARE, 80}, {"subscribe for", R_SHARE, 80}, {"sign up for", R_SHARE, 80},
  {"sign up to", R_SHARE, 80}, {"follow us on", R_SHARE, 80}, {"enter your email", R_SHARE, 80},
  {"get our newsletter", R_SHARE, 80}, {"join our newsletter", R_SHARE, 80},
  {"photo:", R_CREDIT, 200}, {"photo by", R_CREDIT, 200}, {"photos:", R_CREDIT, 200},
  {"photo credit", R_CREDIT, 200}, {"image:", R_CREDIT, 200}, {"image credit", R_CREDIT, 200},
  {"image source", R_CREDIT, 200}, {"picture:", R_CREDIT, 200}, {"credit:", R_CREDIT, 200},
  {"photograph:", R_CREDIT, 200}, {"(image credit", R_CREDIT, 200}, {"(photo", R_CREDIT, 200},
  {"posted in", R_TAGS, 200}, {"filed under", R_TAGS, 200}, {"tags:", R_TAGS, 300},
  {"tagged:", R_TAGS, 300}, {"categories:", R_TAGS, 300}, {"category:", R_TAGS, 300},
  {"news of max:", R_BLURB, (size_t)-1},
  {"we use cookies", R_NOTICE, 300}, {"this site uses cookies", R_NOTICE, 300},
  {"this website uses cookies", R_NOTICE, 300}, {"download our app", R_NOTICE, 120},
  {"this article was originally published", R_NOTICE, 300}, {"click here to", R_NOTICE, 120},
  {NULL, NULL, 0}};

/* Marks anywhere in a line no longer than max_len (case-sensitive). */
typedef struct { const char *text, *reason; size_t max_len; } mark;
static const mark marks[] = {
  {"pic.twitter.com/", R_TWEET_LINK, (size_t)-1},
  {"Updated news 24/7", R_BLURB, (size_t)-1},
  {"(Image Credit:", R_CREDIT, 400}, {"(Image credit:", R_CREDIT, 400}, {"(Photo:", R_CREDIT, 400},
  {"(Photo credit:", R_CREDIT, 400}, {"(Credit:", R_CREDIT, 400}, {"Image Credit:", R_CREDIT, 400},
  {". Photo: ", R_CREDIT, 200}, {"Getty Images", R_CREDIT, 160}, {"/AFP via ", R_CREDIT, 160},
  {"\xC2\xA9", R_COPYRIGHT, 300}, {"&copy;", R_COPYRIGHT, 300},
  {NULL, NULL, 0}};

/* Bytes rare in prose: a line without the one a mark contains is skipped
 * with one memchr instead of a substring search. */
static const char rare[] = "/(:\xC2&";
enum { NRARE = sizeof rare - 1 };

/* Index in rare[] of the rare byte of a mark, or NRARE when it has none. */
static int gate_of(const char *mark) {
  for (int r = 0; r < NRARE; r++)
    if (strchr(mark, rare[r])) return r;
  return NRARE;
}

static int lower_eq(const char *a, const char *lower, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (lede_to_lower((unsigned char)a[i]) != (unsigned char)lower[i]) return 0;
  return 1;
}

/* s[0..n) equals lower (case-insensitive), but for trailing : . ! … and space. */
static int is_whole(const char *s, size_t n, const char *lower) {
  if (n == 0 || lede_to_lower((unsigned char)s[0]) != (unsigned char)lower[0]) return 0;
  size_t len = strlen(lower);
  if (n < len || !lower_eq(s, lower, len)) return 0;
  for (size_t i = len; i < n; i++) {
    char c = s[i];
    if (c != ':' && c != '.' && c != '!' && c != ' ' && c != '\t' && c != '\xE2' && c != '\x80' &&
        c != '\xA6' && c != '\xBA' && c != '\xBB' && c != '\xC2' && c != '>')
      return 0;
  }
  return 1;
}

static int has_prefix(const char *s, size_t n, const char *lower) {
  if (n == 0 || lede_to_lower((unsigned char)s[0]) != (unsigned char)lower[0]) return 0;
  size_t len = strlen(lower);
  if (n < len || !lower_eq(s, lower, len)) return 0;
  /* a whole word: "Share this" but not "Share thistle" */
  return n == len || !lede_is_alpha((unsigned char)lower[len - 1]) || !lede_is_alnum((unsigned char)s[len]);
}

static const char *find(const char *s, size_t n, const char *needle) {
  return memmem(s, n, needle, strlen(needle));  /* glibc's is linear and fast */
}

static const char *find_lower(const char *s, size_t n, const char *lower) {
  size_t len = strlen(lower);
  for (size_t i = 0; i + len <= n; i++)
    if (lower_eq(s + i, lower, len)) return s + i;
  return NULL;
}

/* "1 Comment", "12 comments", "No Comments": a comment counter alone. */
static int is_comment_count(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && lede_is_digit((unsigned char)s[i])) i++;
  if (i == 0) {
    if (n >= 2 && lower_eq(s, "no", 2)) i = 2;
    else return 0;
  }
  while (i < n && s[i] == ' ') i++;
  return is_whole(s + i, n - i, "comment") || is_whole(s + i, n - i, "comments");
}

/* "Europe, News 1 Comment on <headline>": category chrome with a counter. */
static int is_category_line(const char *s, size_t n) {
  static const char *const needles[] = {" Comment on ", " Comments on ", " Comments Off on ",
                                        " comment on ", " comments on ", NULL};
  if (n > 400 || s[n - 1] == '.') return 0;  /* it ends with a headline, not a full stop */
  if (!find(s, n, "omment")) return 0;
  for (const char *const *p = needles; *p; p++) {
    const char *hit = find(s, n, *p);
    if (!hit) continue;
    const char *q = hit;  /* the word before: a number or "No" */
    if (q > s && lede_is_digit((unsigned char)q[-1])) return 1;
    if (q - s >= 2 && lower_eq(q - 2, "no", 2)) return 1;
  }
  return 0;
}

/* "— Name (@handle) March 11, 2025": the signature line of an embedded tweet. */
static int is_tweet_signature(const char *s, size_t n) {
  if (n > 200) return 0;
  size_t i;
  if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
      ((unsigned char)s[2] == 0x94 || (unsigned char)s[2] == 0x93))
    i = 3;
  else if (n >= 7 && memcmp(s, "&mdash;", 7) == 0)
    i = 7;
  else if (n >= 1 && s[0] == '-')
    i = 1;
  else
    return 0;
  const char *at = find(s + i, n - i, "(@");
  if (!at) return 0;
  const char *p = at + 2, *end = s + n;
  while (p < end && (lede_is_alnum((unsigned char)*p) || *p == '_')) p++;
  return p > at + 2 && p < end && *p == ')';
}

static int is_year(const char *s, size_t n) {
  return n >= 4 && (s[0] == '1' || s[0] == '2') && lede_is_digit((unsigned char)s[1]) &&
         lede_is_digit((unsigned char)s[2]) && lede_is_digit((unsigned char)s[3]);
}

/* "Copyright 2025 ...", "Copyright (c) ...", "(c) 2025 ...", "... All rights
 * reserved": the word must be followed by a year or a mark, so that
 * "Copyright lawyers said ..." is prose. */
static int is_copyright(const char *s, size_t n) {
  if (n > 300) return 0;
  if (find_lower(s, n, "all rights reserved")) return 1;
  size_t i;
  if (has_prefix(s, n, "copyright")) i = 9;
  else if (has_prefix(s, n, "(c)")) i = 3;
  else return 0;
  while (i < n && s[i] == ' ') i++;
  return is_year(s + i, n - i) || (n - i >= 3 && lower_eq(s + i, "(c)", 3)) ||
         (n - i >= 2 && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA9);
}

/* "Reporting by X; Editing by Y" (wire footer), "X contributed reporting". */
static int is_reporting_credit(const char *s, size_t n) {
  if (n > 200) return 0;
  if (has_prefix(s, n, "reporting by") || has_prefix(s, n, "additional reporting by") ||
      has_prefix(s, n, "writing by"))
    return (n <= 60 && s[n - 1] != '.') || find_lower(s, n, "editing by") != NULL;
  return find(s, n, "contributed reporting") || find(s, n, "contributed to this report");
}

/* "Home | World | Opinion": three or more short items between separators. */
static int is_navigation(const char *s, size_t n) {
  if (n > 200) return 0;
  size_t items = 1, words = 1;
  for (size_t i = 0; i < n; i++) {
    int sep = 0;
    if (s[i] == '|') sep = 1;
    else if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7) sep = 2;
    else if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
             (unsigned char)s[i + 2] == 0xA2) sep = 3;
    if (sep) {
      if (i == 0 || s[i - 1] != ' ' || i + (size_t)sep >= n || s[i + (size_t)sep] != ' ') return 0;
      items++;
      words = 0;
      i += (size_t)sep - 1;
    } else if (s[i] == ' ' && i + 1 < n && s[i + 1] != ' ' && s[i + 1] != '|') {
      if (++words > 4) return 0;
    } else if (s[i] == '.' && (i + 1 == n || s[i + 1] == ' ')) {
      return 0;  /* items are labels, not sentences */
    }
  }
  return items >= 3;
}

/* The reason a trimmed line is furniture, or NULL. */
static const char *judge_line(const char *s, size_t n) {
  char c0 = (char)lede_to_lower((unsigned char)s[0]);
  for (const phrase *p = whole_lines; p->text; p++)
    if (p->text[0] == c0 && is_whole(s, n, p->text)) return p->reason;
  if (is_comment_count(s, n)) return R_COMMENTS;
  if (is_tweet_signature(s, n)) return R_TWEET_SIG;
  for (const prefix *p = prefixes; p->text; p++)
    if (p->text[0] == c0 && n <= p->max_len && has_prefix(s, n, p->text)) return p->reason;
  if (is_category_line(s, n)) return R_CATEGORY;
  if (is_copyright(s, n)) return R_COPYRIGHT;
  if (is_reporting_credit(s, n)) return R_BYLINE;
  signed char seen[NRARE + 1] = {0};  /* 0 unknown, 1 present, -1 absent */
  seen[NRARE] = 1;
  for (const mark *m = marks; m->text; m++) {
    if (n > m->max_len) continue;
    int g = gate_of(m->text);
    if (!seen[g]) seen[g] = memchr(s, (unsigned char)rare[g], n) ? 1 : -1;
    if (seen[g] > 0 && find(s, n, m->text)) return m->reason;
  }
  if (is_navigation(s, n)) return R_NAV;
  return NULL;
}

static int is_blank(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0; }

/* Trims [*a, *b) of ASCII white space, NUL and U+00A0. */
static void trim(const char *s, size_t *a, size_t *b) {
  for (;;) {
    if (*a < *b && is_blank((unsigned char)s[*a])) (*a)++;
    else if (*a + 1 < *b && (unsigned char)s[*a] == 0xC2 && (unsigned char)s[*a + 1] == 0xA0) *a += 2;
    else break;
  }
  for (;;) {
    if (*b > *a && is_blank((unsigned char)s[*b - 1])) (*b)--;
    else if (*b >= *a + 2 && (unsigned char)s[*b - 2] == 0xC2 && (unsigned char)s[*b - 1] == 0xA0) *b -= 2;
    else break;
  }
}

static int push(lede_boilers *out, size_t a, size_t b, const char *reason) {
  if (LEDE_GROW(out)) return LEDE_ENOMEM;
  out->items[out->n].start = a;
  out->items[out->n].end = b;
  out->items[out->n].reason = reason;
  out->n++;
  return LEDE_OK;
}

int lede_boilerplate(const char *s, size_t n, lede_boilers *out) {
  if (!out || (!s && n)) return LEDE_EINVAL;
  size_t prev_a = 0, prev_b = 0;  /* the previous non-blank line, if not furniture */
  int have_prev = 0;
  size_t i = 0;
  while (i < n) {
    size_t a = i, e = i;
    while (e < n && s[e] != '\n' && s[e] != '\r') e++;
    i = e;
    if (i < n && s[i] == '\r') i++;
    if (i < n && s[i] == '\n' && (i == e || s[e] == '\r')) i++;
    size_t b = e;
    trim(s, &a, &b);
    if (a == b) continue;
    const char *reason = judge_line(s + a, b - a);
    if (!reason) {
      prev_a = a, prev_b = b, have_prev = 1;
      continue;
    }
    /* A caption line repeated at the head of its credit line is a caption. */
    if (reason == R_CREDIT && have_prev && b - a > prev_b - prev_a &&
        memcmp(s + a, s + prev_a, prev_b - prev_a) == 0) {
      if (push(out, prev_a, prev_b, R_CAPTION)) return LEDE_ENOMEM;
    }
    have_prev = 0;
    if (push(out, a, b, reason)) return LEDE_ENOMEM;
  }
  return LEDE_OK;
}
