/* dates.c -- temporal expressions of English news text as TIMEX3 records.
 *
 * The text is cut into tokens (words, digit runs, single punctuation bytes)
 * in one pass; a hand-written matcher then tries, at each token that can
 * start an expression, a fixed set of patterns with bounded look-ahead, so
 * the whole scan is linear in the input. Relative expressions are resolved
 * against the reference date (core/dates_resolve.c holds the calendar). */
#include "dates_internal.h"
#include <stdio.h>

/* ---------- tokens ---------- */

static const dtok END_TOK; /* all zero: kind TK_END */

static const dtok *T(const dctx *c, size_t i) { return i < c->nt ? &c->t[i] : &END_TOK; }
static int is_cls(const dctx *c, size_t i, int cls) { return T(c, i)->kc == cls; }
static int kval(const dctx *c, size_t i) { return T(c, i)->kv; }
static int is_p(const dctx *c, size_t i, char ch) {
  const dtok *t = T(c, i);
  return t->kind == TK_PUNCT && c->s[t->s] == ch;
}
/* an apostrophe, straight or curly */
static int is_apos(const dctx *c, size_t i) {
  const dtok *t = T(c, i);
  return (t->kind == TK_PUNCT && c->s[t->s] == '\'') ||
         (t->kind == TK_OTHER && t->e - t->s == 3 && memcmp(c->s + t->s, "\xE2\x80\x99", 3) == 0);
}
/* a plain number: digits without a letter suffix */
static int is_num(const dctx *c, size_t i) { return T(c, i)->kind == TK_NUM && T(c, i)->suf == SUF_NONE; }
static int tight(const dctx *c, size_t i) { return i < c->nt && !c->t[i].sp; }
static int is_prep(const dctx *c, size_t i, int v) { return is_cls(c, i, K_PREP) && kval(c, i) == v; }
static int is_mod(const dctx *c, size_t i, int v) { return is_cls(c, i, K_MOD) && kval(c, i) == v; }
static int is_word(const dctx *c, size_t i, const char *w) {
  const dtok *t = T(c, i);
  size_t n = strlen(w);
  if (t->kind != TK_WORD || t->e - t->s != n) return 0;
  for (size_t k = 0; k < n; k++) if (lede_to_lower((unsigned char)c->s[t->s + k]) != w[k]) return 0;
  return 1;
}

static int classify_suffix(const char *p, size_t len) {
  char a = (char)lede_to_lower((unsigned char)p[0]), b = len > 1 ? (char)lede_to_lower((unsigned char)p[1]) : 0;
  if (len == 1 && a == 's') return SUF_S;
  if (len == 2 && ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
    return SUF_ORD;
  if (len == 2 && b == 'm' && (a == 'a' || a == 'p')) return a == 'a' ? SUF_AM : SUF_PM;
  if (len == 1 && a == 't') return SUF_T;
  return SUF_OTHER;
}

/* Cuts s[from, to) into tokens (replacing the previous ones). Words longer
 * than the longest keyword are not looked up. */
int lede_dates_tokenize(dctx *c, size_t from, size_t to) {
  const unsigned char *s = (const unsigned char *)c->s;
  size_t n = to, i = from;
  int sp = 1, nl = 1;
  c->nt = 0;
  while (i < n) {
    unsigned char ch = s[i];
    if (lede_is_space(ch) || ch == 0) {
      sp = 1;
      if (ch == '\n') nl = 1;
      i++;
      continue;
    }
    if (c->nt == c->tcap) {
      size_t cap = c->tcap ? c->tcap * 2 : 256;
      dtok *t = realloc(c->t, cap * sizeof *t);
      if (!t) return LEDE_ENOMEM;
      c->t = t;
      c->tcap = cap;
    }
    dtok *t = &c->t[c->nt++];
    t->kc = 0;
    t->kv = 0;
    t->cap = 0;
    t->nd = 0;
    t->suf = 0;
    t->num = 0;
    t->s = i;
    t->sp = (unsigned char)sp;
    t->nl = (unsigned char)nl;
    sp = nl = 0;
    if (lede_is_digit(ch)) {
      long v = 0;
      size_t nd = 0;
      while (i < n && lede_is_digit(s[i])) {
        if (v < 100000000L) v = v * 10 + (s[i] - '0');
        nd++;
        i++;
      }
      size_t j = i;
      while (j < n && lede_is_alpha(s[j])) j++;
      t->kind = TK_NUM;
      t->num = v;
      t->nd = (unsigned char)(nd > 250 ? 250 : nd);
      if (j > i) t->suf = (unsigned char)classify_suffix(c->s + i, j - i);
      i = j;
    } else if (lede_is_alpha(ch)) {
      size_t j = i;
      while (j < n && lede_is_alpha(s[j])) j++;
      t->kind = TK_WORD;
      t->cap = lede_is_upper(ch);
      if (j - i <= 13 && lede_dword_maybe(s[i], j - i > 1 ? s[i + 1] : 0)) {
        char low[16];
        for (size_t k = i; k < j; k++) low[k - i] = (char)lede_to_lower(s[k]);
        const lede_dword *w = lede_dword_find(low, j - i);
        if (w) { t->kc = w->cls; t->kv = w->val; }
      }
      i = j;
    } else if (ch >= 0x80) {
      /* a run of non-ASCII bytes; en and em dashes are kept apart as range marks */
      size_t j = i;
      int dash = ch == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0x93 || s[i + 2] == 0x94);
      if (dash) j = i + 3;
      else while (j < n && s[j] >= 0x80) j++;
      t->kind = dash ? TK_DASH : TK_OTHER;
      i = j;
    } else {
      t->kind = TK_PUNCT;
      i++;
    }
    t->e = i;
  }
  return LEDE_OK;
}

/* ---------- context cues ---------- */

static int sentence_start(const dctx *c, size_t i) {
  const dtok *t = T(c, i);
  if (t->nl) return 1;
  if (i == 0) return 1;
  const dtok *p = T(c, i - 1);
  if (p->kind == TK_PUNCT) {
    char ch = c->s[p->s];
    /* the dots of "a.m.", "p.m.", "U.S." do not end a sentence */
    if (ch == '.' && i >= 2 && !p->sp && T(c, i - 2)->kind == TK_WORD && T(c, i - 2)->e - T(c, i - 2)->s == 1) {
      const dtok *t2 = T(c, i);
      if (!t2->cap || (t2->kind == TK_WORD && t2->e - t2->s == 1 && !t2->sp)) return 0;
      /* "9 a.m. Tuesday", "5 p.m. EST" */
      if (is_word(c, i - 2, "m") && (t2->kc == K_WDAY || t2->kc == K_MONTH || t2->kc == K_ZONE)) return 0;
    }
    return ch == '.' || ch == '!' || ch == '?';
  }
  return 0;
}

static int word_in(const dctx *c, size_t k, const char *const *w) {
  if (T(c, k)->kind != TK_WORD || T(c, k)->cap) return 0;
  for (int i = 0; w[i]; i++) if (is_word(c, k, w[i])) return 1;
  return 0;
}

/* A past-tense verb: "was", "said", "met", or a word in -ed -- but not a
 * participle after "be"/"been"/"being" ("will be named in December", "has
 * been postponed until Tuesday"): the auxiliary before it decides. */
static int past_word(const dctx *c, size_t k) {
  const dtok *t = T(c, k);
  if (t->kind != TK_WORD || t->cap) return 0;
  static const char *const w[] = { "was", "were", "had", "did", "said", "met", "came", "began", "took", "told",
                                   "made", "went", "left", "saw", "fell", "rose", "won", "lost", "held", "gave",
                                   "got", "hit", "broke", "sent", "spoke", "wrote", "became", "ago", "brought",
                                   "bought", "thought", "sought", "fought", "found", "led", "paid", "sold", "kept",
                                   "felt", "stood", "spent", "built", "ran", "shot", "struck", "drew", "chose",
                                   "grew", "knew", "threw", "flew", "drove", "heard", "meant", "fled", "won",
                                   "set", "put", "cut", "ate", "sat", "slept", "swore", "taught", "wore", "tore", "rang", "sank", NULL };
  static const char *const aux[] = { "be", "been", "being", "is", "are", "am", NULL };
  if (word_in(c, k, w)) return !(k > 0 && word_in(c, k - 1, aux));
  size_t len = t->e - t->s;
  if (len >= 5 && c->s[t->e - 2] == 'e' && c->s[t->e - 1] == 'd' && !is_word(c, k, "need") && !is_word(c, k, "indeed") &&
      !is_word(c, k, "proceed") && !is_word(c, k, "succeed") && !is_word(c, k, "exceed") && !is_word(c, k, "hundred") &&
      !is_word(c, k, "expected") && !is_word(c, k, "scheduled") && !is_word(c, k, "planned") &&
      !(len >= 7 && c->s[t->s] == 'u' && c->s[t->s + 1] == 'n')) { /* "an unspecified date", "unnamed officials": adjectives */
    return !(k > 0 && word_in(c, k - 1, aux));
  }
  return 0;
}

/* "had been due to", "had planned to": a plan in the past */
static int had_before(const dctx *c, size_t k) {
  for (size_t j = k; j > 0 && j + 3 > k; j--)
    if (is_word(c, j - 1, "had")) return 1;
  return 0;
}

/* Verbs and adjectives whose "to" + verb points ahead: "is to resume",
 * "set to resume", "agreed to buy", "supposed to conclude", "ready to leave". */
static int ahead_to(const dctx *c, size_t k) {
  static const char *const w[] = { "is", "are", "set", "due", "expected", "expects", "expect", "scheduled", "supposed",
                                   "planned", "plans", "plan", "planning", "going", "agreed", "agree", "agrees",
                                   "decided", "decides", "hopes", "hoped", "hope", "promised", "promises", "vowed",
                                   "pledged", "threatened", "intends", "intended", "intend", "likely", "ready",
                                   "wants", "wanted", "want", "aims", "aimed", "prepared", "preparing", "poised", NULL };
  return word_in(c, k, w);
}

/* only the words of a clock time in tokens [from, to): "9 a.m. EST" */
static int clock_between(const dctx *c, size_t from, size_t to) {
  if (to - from > 8) return 0;
  for (size_t k = from; k < to; k++) {
    const dtok *t = T(c, k);
    if (t->kind == TK_NUM || t->kind == TK_PUNCT || t->kc == K_AMPM || t->kc == K_ZONE || is_word(c, k, "at")) continue;
    if (t->kind == TK_WORD && t->e - t->s == 1 && (is_word(c, k, "a") || is_word(c, k, "p") || is_word(c, k, "m"))) continue;
    return 0;
  }
  return 1;
}

/* +1 future, -1 past, 0 no cue: the token k alone or as the end of a
 * phrase read backwards ("to" after one of the ahead_to words). Plan words
 * ("plans", "planned", "going") count only before "to": "vacation plans" and
 * "a service planned for Saturday" say nothing of the tense. */
static int cue_at(const dctx *c, size_t k, size_t a) {
  if (is_word(c, k, "to") && k > 0 && ahead_to(c, k - 1)) return had_before(c, k - 1) ? -1 : 1;
  if (is_word(c, k, "be") && k > 0 && is_word(c, k - 1, "to")) return 1;   /* "to be published in November" */
  if (k < a && is_word(c, k, "until") && !T(c, k)->cap && clock_between(c, k + 1, a)) return 1; /* "until (9 a.m.) Tuesday" */
  if ((is_word(c, k, "set") || is_word(c, k, "slated")) && is_word(c, k + 1, "for")) return 1; /* "a summit set for April" */
  if (k + 2 == a && is_word(c, k + 1, "as") && k > 0 && is_word(c, k - 1, "as") && (is_word(c, k, "early") || is_word(c, k, "soon")))
    return 1;                                                                /* "as early as Tuesday", "as soon as Tuesday" */
  if (is_word(c, k, "could")) return 0; /* "could be located Wednesday": a past "can" as often as a conditional */
  if (is_cls(c, k, K_FUT)) {
    if (is_word(c, k, "plans") || is_word(c, k, "planned") || is_word(c, k, "planning") || is_word(c, k, "going")) {
      /* "planned a rally on Saturday" looks ahead; "vacation plans", "planned for March" say nothing */
      if (!is_word(c, k, "going") && (is_cls(c, k + 1, K_THE) || is_word(c, k + 1, "a") || is_word(c, k + 1, "an")))
        return had_before(c, k) ? -1 : 1;
      return 0;
    }
    return had_before(c, k) ? -1 : 1;
  }
  static const char *const modal[] = { "may", "can", "should", "must", NULL };
  if (word_in(c, k, modal) || (is_cls(c, k, K_REL) && kval(c, k) == R_SOON)) return 1;
  if (past_word(c, k)) return -1;
  return 0;
}

/* The tense around tokens [a, b): +1 future ("will", "is expected to",
 * "next"), -1 past ("said", "was", -ed), 0 when nothing says. The nearest cue
 * before the expression in its sentence wins, else the nearest after it.
 * Looks at most 15 tokens back and 8 ahead, so the scan stays linear. */
/* The nearest cue in the 8 tokens from `from` on, in the sentence of the
 * expression that starts at a. */
static int tense_after(const dctx *c, size_t from, size_t a) {
  for (size_t k = from; k < from + 8 && k < c->nt; k++) {
    if (sentence_start(c, k)) break;
    int t = cue_at(c, k, a);
    if (t) return t;
  }
  return 0;
}

int lede_dates_tense(const dctx *c, size_t a, size_t b) {
  size_t lim = a > 15 ? a - 15 : 0;
  for (size_t k = a; k > lim; k--) {
    int t = cue_at(c, k - 1, a);
    if (t) return t;
    if (sentence_start(c, k - 1)) break;
  }
  return tense_after(c, b, a);
}

/* ---------- hits ---------- */

static void set_date(const dctx *c, dhit *h, int y, int m, int d) { lede_dates_fmt_ymd(h->value, y, m, d); (void)c; }
static void append(dhit *h, const char *suffix) {
  size_t l = strlen(h->value);
  snprintf(h->value + l, sizeof h->value - l, "%s", suffix);
}
static const char *pod_code(int p) {
  switch (p) {
    case P_MO: return "TMO";
    case P_AF: return "TAF";
    case P_EV: return "TEV";
    case P_NI: return "TNI";
    default: return "";
  }
}
static void hit_init(dhit *h, size_t a) {
  memset(h, 0, sizeof *h);
  h->a = a;
}

/* ---------- numbers written as words ---------- */

/* Reads "three", "twenty-four", "a", "a few", "a couple of", "several", "30",
 * "some 20" at i; *val is -1 for vague quantities. Returns tokens used. */
static size_t read_quantity(const dctx *c, size_t i, long *val, const char **mod) {
  const dtok *t = T(c, i);
  if (t->kind == TK_NUM && t->suf == SUF_NONE && t->nd <= 4) {
    size_t k = 1;
    if (i > 0 && tight(c, i) && (is_p(c, i - 1, '/') || is_p(c, i - 1, '.') || is_p(c, i - 1, ','))) return 0;
    if (is_p(c, i + 1, '/') && tight(c, i + 1)) return 0;
    long v = t->num;
    /* 2 1/2 and 1.5 are not handled: fractions stay out of the value */
    if (is_p(c, i + 1, ',') && tight(c, i + 1) && is_num(c, i + 2) && tight(c, i + 2) && T(c, i + 2)->nd == 3) return 0;
    if (is_p(c, i + 1, '.') && tight(c, i + 1) && is_num(c, i + 2) && tight(c, i + 2)) return 0;
    *val = v;
    return k;
  }
  if (t->kc != K_NUMW) return 0;
  long v = t->kv;
  size_t k = 1;
  if (is_word(c, i, "couple") && is_prep(c, i + 1, PR_OF)) { *val = 2; return 2; } /* "the next couple of years" */
  if (is_word(c, i, "a") || is_word(c, i, "an")) {
    if (is_word(c, i + 1, "few")) { *val = -1; return 2; }
    if (is_word(c, i + 1, "couple")) { *val = 2; return is_prep(c, i + 2, PR_OF) ? 3 : 2; }
    if (is_word(c, i + 1, "dozen")) { *val = 12; return 2; }
    if (is_word(c, i + 1, "hundred")) { *val = 100; return 2; }
    *val = 1;
    return 1;
  }
  if (is_word(c, i, "some") && (is_num(c, i + 1) || (is_cls(c, i + 1, K_NUMW) && kval(c, i + 1) > 0))) {
    size_t r = read_quantity(c, i + 1, val, mod);
    if (r) { *mod = "APPROX"; return r + 1; }
  }
  if (v >= 20 && v < 100 && v % 10 == 0) {
    size_t j = i + 1;
    if (is_p(c, j, '-') && tight(c, j)) j++;
    if (is_cls(c, j, K_NUMW) && kval(c, j) >= 1 && kval(c, j) <= 9 && !is_word(c, j, "a") && !is_word(c, j, "an")) {
      v += kval(c, j);
      k = j + 1 - i;
    }
  }
  if (is_word(c, i, "couple") || is_word(c, i, "dozen") || is_word(c, i, "hundred") || is_word(c, i, "thousand"))
    return 0; /* "couple" alone, "dozen" alone: not a count here */
  *val = v;
  return k;
}

/* "nineteen ninety-six", "nineteen seventy-nine" at i: the year, the token
 * after it in *end; 0 when there is none ("nineteen" alone is a count, as is
 * "nineteen twenty-year-olds"). */
static int spelled_year(const dctx *c, size_t i, size_t *end) {
  if (!is_word(c, i, "nineteen")) return 0;
  size_t j = i + 1;
  int v = kval(c, j);
  if (!is_cls(c, j, K_NUMW) || v < 20 || v > 90 || v % 10) return 0;
  j++;
  if (is_p(c, j, '-') && tight(c, j) && is_cls(c, j + 1, K_NUMW) && kval(c, j + 1) >= 1 && kval(c, j + 1) <= 9) {
    v += kval(c, j + 1);
    j += 2;
  } else if (is_cls(c, j, K_NUMW) && kval(c, j) >= 1 && kval(c, j) <= 9 && !is_word(c, j, "a") && !is_word(c, j, "an")) {
    v += kval(c, j);
    j++;
  }
  if (is_cls(c, j, K_UNIT)) return 0;
  *end = j;
  return 1900 + v;
}

/* "nineteen ninety-six", "the year two thousand": a year written in words */
static int match_spelled_year(const dctx *c, size_t i, dhit *h) {
  /* "the year two thousand (and one)": only after "year", as "two thousand" is a count too */
  if (is_word(c, i, "two") && is_word(c, i + 1, "thousand") && i > 0 && is_word(c, i - 1, "year")) {
    size_t j = i + 2;
    int v = 0;
    if (is_word(c, j, "and") && is_cls(c, j + 1, K_NUMW) && kval(c, j + 1) >= 1 && kval(c, j + 1) <= 99 &&
        !is_word(c, j + 1, "a") && !is_word(c, j + 1, "an")) {
      v = kval(c, j + 1);
      j += 2;
    }
    hit_init(h, i >= 2 && is_cls(c, i - 2, K_THE) ? i - 2 : i - 1);
    h->type = LEDE_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, "20%02d", v);
    h->b = j;
    return 1;
  }
  size_t j;
  int y = spelled_year(c, i, &j);
  if (!y) return 0;
  hit_init(h, i);
  h->type = LEDE_TIMEX_DATE;
  snprintf(h->value, sizeof h->value, "%04d", y);
  h->b = j;
  return 1;
}

/* The ISO 8601 duration of n units ("P6W", "PT3H", "PXY"). */
static void fmt_duration(char *out, size_t cap, long n, int unit) {
  char num[24];
  if (n < 0) snprintf(num, sizeof num, "X");
  else snprintf(num, sizeof num, "%ld", n);
  switch (unit) {
    case U_SEC: snprintf(out, cap, "PT%sS", num); break;
    case U_MIN: snprintf(out, cap, "PT%sM", num); break;
    case U_HOUR: snprintf(out, cap, "PT%sH", num); break;
    case U_DAY: snprintf(out, cap, "P%sD", num); break;
    case U_WEEK: snprintf(out, cap, "P%sW", num); break;
    case U_FORTNIGHT: if (n < 0) snprintf(out, cap, "PXW"); else snprintf(out, cap, "P%ldW", 2 * n); break;
    case U_MONTH: snprintf(out, cap, "P%sM", num); break;
    case U_QUARTER: snprintf(out, cap, "P%sQ", num); break;
    case U_YEAR: snprintf(out, cap, "P%sY", num); break;
    case U_DECADE: if (n < 0) snprintf(out, cap, "PXY"); else snprintf(out, cap, "P%ldY", 10 * n); break;
    case U_CENTURY: if (n < 0) snprintf(out, cap, "PXC"); else snprintf(out, cap, "P%ldY", 100 * n); break;
    case U_WEEKEND: snprintf(out, cap, "P%sWE", num); break;
    default: snprintf(out, cap, "P%sD", num); break;
  }
}

/* In quarterly reports "a year ago" means the same quarter a year before:
 * a text that speaks of quarters three times or more reads it so. */
static int quarter_year_ago(const dctx *c, dhit *h) {
  if (!c->has_ref || c->quarters < 1) return 0;
  long qq = (long)c->ry * 4 + (c->rm - 1) / 3 - 1 - 4;
  snprintf(h->value, sizeof h->value, "%04ld-Q%ld", qq / 4, qq % 4 + 1);
  return 1;
}

/* n units before (sign -1) or after (+1) the reference date: the value at
 * the unit's granularity ("three days ago" a day, "two years ago" a year). */
static void shift_value(const dctx *c, dhit *h, long n, int unit, int sign) {
  if (!c->has_ref || n < 0 || n > 5000) {
    switch (unit) {
      case U_YEAR: case U_DECADE: case U_CENTURY: snprintf(h->value, sizeof h->value, n < 0 ? "PAST_REF" : "XXXX"); break;
      case U_MONTH: snprintf(h->value, sizeof h->value, n < 0 ? "PAST_REF" : "XXXX-XX"); break;
      case U_WEEK: snprintf(h->value, sizeof h->value, n < 0 ? "PAST_REF" : "XXXX-WXX"); break;
      default: snprintf(h->value, sizeof h->value, n < 0 ? "PAST_REF" : "XXXX-XX-XX"); break;
    }
    if (n < 0 && sign > 0) snprintf(h->value, sizeof h->value, "FUTURE_REF");
    return;
  }
  int y = c->ry, m = c->rm;
  switch (unit) {
    case U_DAY: lede_dates_fmt_days(h->value, c->rday + sign * n); break;
    case U_WEEK: case U_FORTNIGHT:
      lede_dates_fmt_week(h->value, c->rday + sign * n * (unit == U_WEEK ? 7 : 14));
      break;
    case U_MONTH: {
      long mm = (long)y * 12 + (m - 1) + sign * n;
      lede_dates_fmt_ymd(h->value, (int)(mm / 12), (int)(mm % 12) + 1, 0);
      break;
    }
    case U_YEAR: lede_dates_fmt_ymd(h->value, (int)(y + sign * n), 0, 0); break;
    case U_DECADE: lede_dates_fmt_ymd(h->value, (int)(y + sign * 10 * n), 0, 0); break;
    case U_CENTURY: lede_dates_fmt_ymd(h->value, (int)(y + sign * 100 * n), 0, 0); break;
    case U_HOUR: case U_MIN: case U_SEC: lede_dates_fmt_days(h->value, c->rday); break;
    default: lede_dates_fmt_days(h->value, c->rday); break;
  }
  if (h->value[0] == '-' || strlen(h->value) < 4) snprintf(h->value, sizeof h->value, "PAST_REF");
}

/* quantity + unit: "six weeks", "six-week(-long)", "40-minute", "three days ago",
 * "a few years", "72 hours"; also "decades" and "months" after a qualifier. */
/* n and a half years, days, hours or minutes, written as TimeML does
 * (P2Y6M, PT5H30M); 0 for other units. */
static int put_half_duration(dhit *h, long n, int unit) {
  h->type = LEDE_TIMEX_DURATION;
  switch (unit) {
    case U_YEAR: snprintf(h->value, sizeof h->value, "P%ldY6M", n); return 1;
    case U_DAY: snprintf(h->value, sizeof h->value, "P%ldDT12H", n); return 1;
    case U_HOUR: snprintf(h->value, sizeof h->value, "PT%ldH30M", n); return 1;
    case U_MIN: snprintf(h->value, sizeof h->value, "PT%ldM30S", n); return 1;
    default: return 0;
  }
}

/* "a minute and a half", "an hour and a half", "two and a half years" */
static int match_and_a_half(const dctx *c, size_t i, dhit *h) {
  long n = 0;
  const char *mod = NULL;
  size_t k = read_quantity(c, i, &n, &mod);
  if (!k || n < 1 || mod) return 0;
  size_t j = i + k;
  int unit;
  if (is_cls(c, j, K_UNIT) && is_word(c, j + 1, "and") && (is_word(c, j + 2, "a") || is_word(c, j + 2, "one")) &&
      is_cls(c, j + 3, K_HALF))
    unit = kval(c, j) & ~U_PLURAL;           /* "an hour and a half" */
  else if (is_word(c, j, "and") && is_word(c, j + 1, "a") && is_cls(c, j + 2, K_HALF) && is_cls(c, j + 3, K_UNIT) &&
           (kval(c, j + 3) & U_PLURAL))
    unit = kval(c, j + 3) & ~U_PLURAL;       /* "two and a half years" */
  else
    return 0;
  hit_init(h, i);
  h->b = j + 4;
  return put_half_duration(h, n, unit);
}

/* "5 1/2 hours", "2 1/2 years", else the forms in words above */
static int match_half_duration(const dctx *c, size_t i, dhit *h) {
  const dtok *t = T(c, i);
  if (t->kind != TK_NUM || t->suf != SUF_NONE || t->nd > 4) return match_and_a_half(c, i, h);
  if (!(T(c, i + 1)->kind == TK_NUM && T(c, i + 1)->num == 1 && T(c, i + 1)->nd == 1 && T(c, i + 1)->sp && is_p(c, i + 2, '/') &&
        tight(c, i + 2) && T(c, i + 3)->kind == TK_NUM && T(c, i + 3)->num == 2 && T(c, i + 3)->nd == 1 && tight(c, i + 3)))
    return match_and_a_half(c, i, h);
  if (!is_cls(c, i + 4, K_UNIT) || !(kval(c, i + 4) & U_PLURAL)) return 0;
  hit_init(h, i);
  h->b = i + 5;
  return put_half_duration(h, t->num, kval(c, i + 4) & ~U_PLURAL);
}

static int match_duration(const dctx *c, size_t i, dhit *h) {
  long n = 0;
  const char *mod = NULL;
  if (match_half_duration(c, i, h)) return 1;
  size_t k = read_quantity(c, i, &n, &mod);
  if (!k) return 0;
  size_t j = i + k, hy = 0;
  if (is_p(c, j, '-') && tight(c, j) && tight(c, j + 1)) { j++; hy = 1; }
  /* "20 more years", "an additional year", "eight trading days" */
  if (!hy && (is_word(c, j, "more") || is_word(c, j, "additional") || is_word(c, j, "extra") || is_word(c, j, "further")) &&
      is_cls(c, j + 1, K_UNIT))
    j++;
  else if (!hy && (is_word(c, j, "trading") || is_word(c, j, "business") || is_word(c, j, "working")) &&
           is_cls(c, j + 1, K_UNIT) && (kval(c, j + 1) & ~U_PLURAL) == U_DAY)
    j++;
  if (!is_cls(c, j, K_UNIT)) return 0;
  int u = kval(c, j), unit = u & ~U_PLURAL, plural = (u & U_PLURAL) != 0;
  if (unit == U_WEEKEND) return 0;
  if (n == 1 && plural && !hy) return 0;
  if (T(c, i)->kind == TK_NUM && T(c, i)->nd >= 4 && !hy && !plural) return 0; /* "the 1988 quarter" */
  if ((is_word(c, i, "a") || is_word(c, i, "an")) && plural && n == 1) return 0;
  if (unit == U_SEC && !plural && !hy && n == 1 && !is_word(c, i, "a")) return 0; /* "one second" ok; "1 second" */
  /* "a second group": the ordinal, unless a time word follows */
  if (unit == U_SEC && !plural && !hy && T(c, j + 1)->kind == TK_WORD && !is_cls(c, j + 1, K_AGO) && !is_mod(c, j + 1, M_EARLIER) &&
      !is_mod(c, j + 1, M_LATER) && !is_word(c, j + 1, "or") && !is_word(c, j + 1, "and"))
    return 0;
  /* an age ("52 years old") is not a time */
  if (!hy && unit == U_YEAR && is_word(c, j + 1, "old")) return 0;
  /* "a year-earlier loss": the article belongs to the noun, the date is "year-earlier" */
  if (!hy && unit == U_YEAR && n == 1 && !plural && is_p(c, j + 1, '-') && tight(c, j + 1) && tight(c, j + 2) &&
      (is_word(c, j + 2, "earlier") || is_word(c, j + 2, "ago")))
    return 0;
  /* vague plural counts need a plural unit ("several years") */
  if (n < 0 && !plural) return 0;
  /* "a quarter of the market", "three quarters of the seats": a fraction, unless a year follows
   * ("several quarters of losses" is a time) */
  if (unit == U_QUARTER && !hy && n > 0 && is_prep(c, j + 1, PR_OF) && !(T(c, j + 2)->kind == TK_NUM && T(c, j + 2)->nd == 4) && !is_word(c, j + 2, "fiscal")) return 0;
  j++;
  hit_init(h, i);
  h->mod = mod;
  if (!hy && n == 1 && unit == U_DAY && is_word(c, i, "one") && i > 0 && T(c, i - 1)->kind == TK_WORD &&
      (is_cls(c, i - 1, K_FUT) || is_word(c, i - 1, "may") || is_word(c, i - 1, "can"))) {
    /* "Islam will one day be ...": some day to come, not a duration */
    h->type = LEDE_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, "FUTURE_REF");
    h->b = j;
    return 1;
  }
  if (hy) {
    /* "six-week-long"; an age ("6-year-old") is not a time */
    if (is_p(c, j, '-') && tight(c, j) && is_word(c, j + 1, "old")) return 0;
    if (is_p(c, j, '-') && tight(c, j) && is_word(c, j + 1, "long")) j += 2;
    if (plural) return 0; /* "three-quarters" is a fraction */
  }
  /* "a week or so ago": the hedge sits between the count and "ago" */
  size_t ago = !hy && is_word(c, j, "or") && is_word(c, j + 1, "so") && (is_cls(c, j + 2, K_AGO) || is_mod(c, j + 2, M_EARLIER)) ? j + 2 : j;
  if (!hy && (is_cls(c, ago, K_AGO) || (is_mod(c, ago, M_EARLIER) && n > 0 && unit >= U_DAY))) {
    h->type = LEDE_TIMEX_DATE;
    if (!(n == 1 && unit == U_YEAR && quarter_year_ago(c, h))) shift_value(c, h, n, unit, -1);
    h->b = ago + 1;
    return 1;
  }
  h->type = LEDE_TIMEX_DURATION;
  fmt_duration(h->value, sizeof h->value, n, unit);
  h->b = j;
  return 1;
}

/* ---------- clock times and zones ---------- */

static size_t read_ampm(const dctx *c, size_t j, int *pm) {
  if (is_cls(c, j, K_AMPM)) { *pm = kval(c, j) == 2; return is_p(c, j + 1, '.') && tight(c, j + 1) ? 2 : 1; }
  /* a.m. / p.m. */
  if ((is_word(c, j, "a") || is_word(c, j, "p")) && is_p(c, j + 1, '.') && tight(c, j + 1) && is_word(c, j + 2, "m") &&
      tight(c, j + 2)) {
    *pm = is_word(c, j, "p");
    return is_p(c, j + 3, '.') && tight(c, j + 3) ? 4 : 3;
  }
  return 0;
}

/* A zone after a clock time: "GMT", "GMT+4", "UTC-3:30", "Moscow time",
 * "(Mecca)", "Eastern time", "Ostgrad time" (unknown: text kept, tz empty). */
static size_t read_zone(const dctx *c, size_t j, dhit *h) {
  size_t k = j;
  if (is_cls(c, k, K_ZONE) && T(c, k)->e - T(c, k)->s >= 3) {
    const dtok *z = T(c, k);
    char name[8] = {0};
    for (size_t q = 0; q < 4 && z->s + q < z->e; q++) name[q] = (char)lede_to_upper_ascii((unsigned char)c->s[z->s + q]);
    k++;
    if ((is_p(c, k, '+') || is_p(c, k, '-') || T(c, k)->kind == TK_DASH) && tight(c, k) && is_num(c, k + 1) && tight(c, k + 1) &&
        T(c, k + 1)->nd <= 2 && T(c, k + 1)->num <= 14) {
      int sign = is_p(c, k, '+') ? 1 : -1;
      long hh = T(c, k + 1)->num, mm = 0;
      k += 2;
      if (is_p(c, k, ':') && tight(c, k) && is_num(c, k + 1) && tight(c, k + 1) && T(c, k + 1)->nd == 2 && T(c, k + 1)->num < 60) {
        mm = T(c, k + 1)->num;
        k += 2;
      }
      snprintf(h->tz, sizeof h->tz, "%c%02d:%02d", sign > 0 ? '+' : '-', (int)hh, (int)mm);
    } else {
      snprintf(h->tz, sizeof h->tz, "%s", lede_dates_zone_abbrev(name));
    }
    h->za = j;
    h->zb = k;
    return k - j;
  }
  if (is_p(c, k, '(') && is_cls(c, k + 1, K_CITY) && is_p(c, k + 2, ')')) {
    snprintf(h->tz, sizeof h->tz, "%s", lede_dword_city_zone(kval(c, k + 1)));
    h->za = j;
    h->zb = k + 3;
    return 3;
  }
  if (T(c, k)->kind == TK_WORD && T(c, k)->cap && is_cls(c, k + 1, K_TIMEW) && kval(c, k + 1) == 1 &&
      T(c, k)->kc != K_WDAY && T(c, k)->kc != K_MONTH) {
    if (is_cls(c, k, K_CITY)) snprintf(h->tz, sizeof h->tz, "%s", lede_dword_city_zone(kval(c, k)));
    else h->tz[0] = 0;
    h->za = j;
    h->zb = k + 2;
    return 2;
  }
  return 0;
}

/* "9:00", "09:00 am", "9 a.m.", "9am", "21:30", "9.30pm", "noon", "midnight",
 * "9 o'clock"; writes "Thh:mm" into hm. Returns tokens used. */
static size_t read_clock(const dctx *c, size_t i, char *hm, size_t cap) {
  const dtok *t = T(c, i);
  if (t->kc == K_POD && (t->kv == P_NOON || t->kv == P_MIDNIGHT)) {
    snprintf(hm, cap, t->kv == P_NOON ? "T12:00" : "T00:00");
    return 1;
  }
  if (t->kind != TK_NUM || t->nd > 2) return 0;
  long hh = t->num, mm = 0;
  int pm = -1;
  size_t j = i + 1;
  if (t->suf == SUF_AM || t->suf == SUF_PM) {
    pm = t->suf == SUF_PM;
    if (is_p(c, j, '.') && tight(c, j) && T(c, j + 1)->kind != TK_WORD) j++;
  } else if (t->suf != SUF_NONE) {
    return 0;
  } else if ((is_p(c, j, ':') || is_p(c, j, '.')) && tight(c, j) && T(c, j + 1)->kind == TK_NUM && tight(c, j + 1) &&
             T(c, j + 1)->nd == 2) {
    int colon = is_p(c, j, ':');
    const dtok *m = T(c, j + 1);
    if (m->num > 59) return 0;
    mm = m->num;
    j += 2;
    if (m->suf == SUF_AM || m->suf == SUF_PM) pm = m->suf == SUF_PM;
    else if (m->suf != SUF_NONE) return 0;
    if (is_p(c, j, ':') && tight(c, j) && is_num(c, j + 1) && tight(c, j + 1) && T(c, j + 1)->nd == 2) {
      if (T(c, j + 1)->num > 59) return 0;
      j += 2;
    }
    if (is_p(c, j, ':') && tight(c, j) && T(c, j + 1)->kind == TK_NUM) return 0; /* 1:2:3:4 */
    if (pm < 0) {
      size_t r = read_ampm(c, j, &pm);
      j += r;
      if (!r) pm = -1;
      if (!colon && pm < 0) return 0; /* "9.30" alone is a number */
    }
  } else {
    size_t r = read_ampm(c, j, &pm);
    if (!r) {
      if (is_word(c, j, "o") && is_p(c, j + 1, '\'') && is_word(c, j + 2, "clock")) r = 3;
      else return 0;
    }
    j += r;
  }
  if (pm >= 0) {
    if (hh < 1 || hh > 12) return 0;
    if (pm && hh < 12) hh += 12;
    if (!pm && hh == 12) hh = 0;
  } else if (hh > 24 || (hh == 24 && mm != 0)) {
    return 0;
  }
  snprintf(hm, cap, "T%02d:%02d", (int)hh, (int)mm);
  return j - i;
}

/* ---------- explicit dates ---------- */

static int is_month_tok(const dctx *c, size_t i) {
  const dtok *t = T(c, i);
  if (t->kc != K_MONTH) return 0;
  if (!t->cap) return 0;
  size_t len = t->e - t->s;
  if (t->kv == 5 && len == 3) {
    /* "May" only next to a day or a year, or after in/since/until/early/... */
    if (T(c, i + 1)->kind == TK_NUM) return 1;
    if (i > 0 && T(c, i - 1)->kind == TK_NUM && T(c, i - 1)->nd <= 2) return 1;
    if (i > 0 && (is_cls(c, i - 1, K_PREP) || is_cls(c, i - 1, K_MOD)) && !sentence_start(c, i)) return 1;
    return 0;
  }
  if (len <= 4 && len < 6) {
    /* abbreviations need a full stop or a number after them */
    static const char *const full[] = { "", "january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december" };
    if (len != strlen(full[t->kv])) {
      if (is_p(c, i + 1, '.') && tight(c, i + 1)) return 1;
      if (T(c, i + 1)->kind == TK_NUM) return 1;
      return 0;
    }
  }
  return 1;
}

static int year_ok(long y) { return y >= 1 && y <= 9999; }

/* the length of "Sept." (month word and its full stop) */
static size_t month_len(const dctx *c, size_t i) {
  static const unsigned char full[] = { 0, 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
  const dtok *t = T(c, i);
  if (t->e - t->s >= full[t->kv & 15]) return 1; /* "March." ends a sentence */
  return is_p(c, i + 1, '.') && tight(c, i + 1) ? 2 : 1;
}

/* A day number: "13", "13th" (1..31, no thousands separator after it). */
static int is_day(const dctx *c, size_t i) {
  const dtok *t = T(c, i);
  if (t->kind != TK_NUM || t->nd > 2 || t->num < 1 || t->num > 31) return 0;
  if (t->suf != SUF_NONE && t->suf != SUF_ORD) return 0;
  if (is_p(c, i + 1, ':') && tight(c, i + 1) && T(c, i + 2)->kind == TK_NUM && tight(c, i + 2)) return 0; /* 12:30 */
  return 1;
}
static int is_year_num(const dctx *c, size_t i) {
  const dtok *t = T(c, i);
  return t->kind == TK_NUM && t->suf == SUF_NONE && t->nd == 4 && year_ok(t->num) &&
         !(is_p(c, i + 1, ':') && tight(c, i + 1) && T(c, i + 2)->kind == TK_NUM);
}

/* Fills an explicit y-m-d (y 0 = not stated) into h, resolving the year. */
static int put_ymd(const dctx *c, dhit *h, size_t a, int y, int m, int d) {
  /* an impossible day ("February 30, 2022") is consumed without a record */
  if (d && !lede_dates_valid(y ? y : 2000, m, d)) { h->reject = 1; return 1; }
  if (!y && c->has_ref && a > 0 && is_word(c, a - 1, "ended")) {
    /* "the fiscal year ended Jan. 31": a period that ended, so on or before the reference date */
    y = c->ry;
    if (d ? lede_dates_days(y, m, d) > c->rday : m > c->rm) y--;
  }
  if (!y) {
    int tense = lede_dates_tense(c, a, h->b);
    /* "pay down the loan by February": a deadline looks ahead when nothing else says */
    if (!tense && a > 0 && is_prep(c, a - 1, PR_BY) && !T(c, a - 1)->cap) tense = 1;
    y = d ? lede_dates_year_for_md(c, m, d, tense) : lede_dates_year_for_month(c, m, tense);
  }
  if (y && d && !lede_dates_valid(y, m, d)) { h->reject = 1; return 1; } /* 29 February 2023 */
  h->type = LEDE_TIMEX_DATE;
  set_date(c, h, y, m, d);
  h->explicit_day = d != 0;
  return 1;
}

/* A day written as an ordinal word at i ("eighth", "twenty-first"): the day,
 * the token after it in *end; 0 when there is none. */
static int ordinal_day(const dctx *c, size_t i, size_t *end) {
  int v = is_word(c, i, "second") ? 2 : is_cls(c, i, K_ORDW) ? kval(c, i) : 0;
  size_t j = i + 1;
  if (!v && is_cls(c, i, K_NUMW) && (kval(c, i) == 20 || kval(c, i) == 30) && is_p(c, i + 1, '-') && tight(c, i + 1) &&
      tight(c, i + 2) && is_cls(c, i + 2, K_ORDW) && kval(c, i + 2) <= 9) {
    v = kval(c, i) + kval(c, i + 2);
    j = i + 3;
  }
  if (v < 1 || v > 31) return 0;
  *end = j;
  return v;
}

/* "September 13, 2022", "Sept. 13", "Sep 13th", "March eighth", "September 2022", "September". */
static int match_month_first(const dctx *c, size_t i, dhit *h) {
  if (!is_month_tok(c, i)) return 0;
  int m = kval(c, i);
  size_t j = i + month_len(c, i);
  hit_init(h, i);
  if (is_cls(c, j, K_THE) && is_day(c, j + 1) && T(c, j + 1)->suf == SUF_ORD) j++;
  if (is_day(c, j) && !(is_p(c, j + 1, ',') && tight(c, j + 1) && is_num(c, j + 2) && tight(c, j + 2))) {
    int d = (int)T(c, j)->num, y = 0;
    size_t k = j + 1;
    /* "March 10-12, 2022": the year after the range belongs to both days */
    if ((is_p(c, k, '-') || T(c, k)->kind == TK_DASH) && is_day(c, k + 1)) {
      size_t k3 = is_p(c, k + 2, ',') ? k + 3 : k + 2;
      if (is_year_num(c, k3)) y = (int)T(c, k3)->num;
      h->b = k;
      return put_ymd(c, h, i, y, m, d);
    }
    size_t k2 = is_p(c, k, ',') ? k + 1 : k;
    if (is_year_num(c, k2)) { y = (int)T(c, k2)->num; k = k2 + 1; }
    h->b = k;
    return put_ymd(c, h, i, y, m, d);
  }
  size_t od_end;
  int od = ordinal_day(c, j, &od_end); /* "March eighth" (transcripts) */
  if (od && !is_cls(c, od_end, K_UNIT) && !is_p(c, od_end, '-')) { /* not "March first-quarter" */
    int y = 0;
    size_t k2 = is_p(c, od_end, ',') ? od_end + 1 : od_end;
    h->b = od_end;
    if (is_year_num(c, k2)) { y = (int)T(c, k2)->num; h->b = k2 + 1; }
    return put_ymd(c, h, i, y, m, od);
  }
  size_t k = is_p(c, j, ',') ? j + 1 : j;
  if (is_prep(c, k, PR_OF) && is_year_num(c, k + 1)) k++;
  if (is_year_num(c, k)) {
    h->b = k + 1;
    h->type = LEDE_TIMEX_DATE;
    set_date(c, h, (int)T(c, k)->num, m, 0);
    return 1;
  }
  int sy = spelled_year(c, k, &h->b); /* "January nineteen ninety-seven" (transcripts) */
  if (sy) {
    h->type = LEDE_TIMEX_DATE;
    set_date(c, h, sy, m, 0);
    return 1;
  }
  /* "July last year", "March of next year" */
  size_t q = is_prep(c, j, PR_OF) ? j + 1 : j;
  if ((is_mod(c, q, M_LAST) || is_mod(c, q, M_NEXT) || is_mod(c, q, M_THIS)) && is_cls(c, q + 1, K_UNIT) && kval(c, q + 1) == U_YEAR &&
      c->has_ref) {
    h->b = q + 2;
    h->type = LEDE_TIMEX_DATE;
    set_date(c, h, c->ry + (is_mod(c, q, M_LAST) ? -1 : is_mod(c, q, M_NEXT) ? 1 : 0), m, 0);
    return 1;
  }
  /* "the annual March for Life", "the ``March of the Mothers''": a march with a name, not the month */
  if (m == 3 && (is_prep(c, j, PR_OF) || is_prep(c, j, PR_FOR) || is_prep(c, j, PR_ON)) && i > 0 &&
      (is_cls(c, i - 1, K_THE) || is_word(c, i - 1, "annual") || T(c, i - 1)->kind == TK_OTHER || is_p(c, i - 1, '`') || is_p(c, i - 1, '"'))) {
    size_t n = is_cls(c, j + 1, K_THE) ? j + 2 : j + 1;
    if (T(c, n)->kind == TK_WORD && T(c, n)->cap) return 0;
  }
  /* a month alone: "in August" */
  h->b = i + ((T(c, i)->e - T(c, i)->s) > 4 ? 1 : month_len(c, i));
  return put_ymd(c, h, i, 0, m, 0);
}

/* "13 Sept 2022", "13th of September", "13 September". */
static int match_day_first(const dctx *c, size_t i, dhit *h) {
  if (!is_day(c, i)) return 0;
  size_t j = i + 1;
  if (is_prep(c, j, PR_OF) && T(c, i)->suf == SUF_ORD) j++;
  if (!is_month_tok(c, j)) return 0;
  int d = (int)T(c, i)->num, m = kval(c, j), y = 0;
  size_t k = j + month_len(c, j);
  size_t k2 = is_p(c, k, ',') ? k + 1 : k;
  if (is_year_num(c, k2)) { y = (int)T(c, k2)->num; k = k2 + 1; }
  hit_init(h, i);
  h->b = k;
  return put_ymd(c, h, i, y, m, d);
}

/* "between 10 and 12 March": the first day takes the month of the second */
static int match_day_range(const dctx *c, size_t i, dhit *h) {
  if (!is_day(c, i) || T(c, i)->suf != SUF_NONE) return 0;
  size_t j = i + 1;
  if (!(is_prep(c, j, PR_AND) || is_prep(c, j, PR_TO) || ((is_p(c, j, '-') || T(c, j)->kind == TK_DASH)))) return 0;
  if (i == 0 || !(is_prep(c, i - 1, PR_BETWEEN) || is_prep(c, i - 1, PR_FROM) || is_p(c, j, '-') || T(c, j)->kind == TK_DASH)) return 0;
  dhit second;
  if (!match_day_first(c, j + 1, &second) || second.reject || strlen(second.value) != 10) return 0;
  int y = atoi(second.value), m = atoi(second.value + 5), d = (int)T(c, i)->num;
  if (second.value[0] == 'X') y = 0;
  hit_init(h, i);
  h->b = i + 1;
  if (!lede_dates_valid(y ? y : 2000, m, d)) { h->reject = 1; return 1; }
  h->type = LEDE_TIMEX_DATE;
  set_date(c, h, y, m, d);
  h->explicit_day = 1;
  return 1;
}

/* the second day of "March 10-12" (or "Sept. 10–12, 2022"): its month is
 * the one before the first day */
static int match_day_range_end(const dctx *c, size_t i, dhit *h) {
  if (!is_day(c, i) || i < 3 || !(is_p(c, i - 1, '-') || T(c, i - 1)->kind == TK_DASH) || !is_day(c, i - 2)) return 0;
  size_t mt = i - 3;
  if (is_p(c, mt, '.') && mt > 0) mt--;
  if (!is_month_tok(c, mt) || mt + month_len(c, mt) != i - 2) return 0;
  int m = kval(c, mt), d = (int)T(c, i)->num, y = 0;
  if (d <= T(c, i - 2)->num) return 0;
  size_t k = i + 1, k2 = is_p(c, k, ',') ? k + 1 : k;
  hit_init(h, i);
  if (is_year_num(c, k2)) { y = (int)T(c, k2)->num; k = k2 + 1; }
  h->b = k;
  return put_ymd(c, h, mt, y, m, d);
}

/* "2022-09-13", "2022/09/13", "2022-09" */
static int match_iso(const dctx *c, size_t i, dhit *h) {
  const dtok *t = T(c, i);
  if (t->kind != TK_NUM || t->nd != 4 || t->suf != SUF_NONE) return 0;
  if (i > 0 && tight(c, i) && (is_p(c, i - 1, '-') || is_p(c, i - 1, '/'))) return 0;
  char sep = is_p(c, i + 1, '-') ? '-' : is_p(c, i + 1, '/') ? '/' : 0;
  if (!sep || !tight(c, i + 1) || T(c, i + 2)->kind != TK_NUM || !tight(c, i + 2) || T(c, i + 2)->nd > 2 ||
      T(c, i + 2)->suf != SUF_NONE)
    return 0;
  int y = (int)t->num, m = (int)T(c, i + 2)->num;
  if (!year_ok(y) || m < 1 || m > 12) return 0;
  hit_init(h, i);
  if (is_p(c, i + 3, sep) && tight(c, i + 3) && T(c, i + 4)->kind == TK_NUM && tight(c, i + 4) && T(c, i + 4)->nd <= 2) {
    const dtok *dt = T(c, i + 4);
    if (dt->suf != SUF_NONE && dt->suf != SUF_T) return 0;
    if (is_p(c, i + 5, sep) && tight(c, i + 5) && T(c, i + 6)->kind == TK_NUM) return 0; /* a longer chain */
    int d = (int)dt->num;
    if (!lede_dates_valid(y, m, d)) return 0;
    h->type = LEDE_TIMEX_DATE;
    set_date(c, h, y, m, d);
    h->explicit_day = 1;
    h->b = i + 5;
    if (dt->suf == SUF_T) {
      char hm[16];
      size_t r = tight(c, i + 5) ? read_clock(c, i + 5, hm, sizeof hm) : 0;
      if (!r) return 0;
      append(h, hm);
      h->type = LEDE_TIMEX_TIME;
      h->b = i + 5 + r;
      if (is_word(c, h->b, "Z") && tight(c, h->b)) { snprintf(h->tz, sizeof h->tz, "UTC"); h->za = h->b; h->zb = ++h->b; }
    }
    return 1;
  }
  if (T(c, i + 2)->nd != 2 || sep != '-') return 0;
  if (is_p(c, i + 3, sep) && tight(c, i + 3)) return 0;
  h->type = LEDE_TIMEX_DATE;
  set_date(c, h, y, m, 0);
  h->b = i + 3;
  return 1;
}

/* "13/09/2022", "9/14/2022", "13.09.2022", "13-09-2022", "9/14/22". */
static int match_numeric(dctx *c, size_t i, dhit *h) {
  const dtok *a = T(c, i);
  if (a->kind != TK_NUM || a->nd > 2 || a->suf != SUF_NONE) return 0;
  char sep = 0;
  if (is_p(c, i + 1, '/')) sep = '/';
  else if (is_p(c, i + 1, '.')) sep = '.';
  else if (is_p(c, i + 1, '-')) sep = '-';
  if (!sep || !tight(c, i + 1) || !tight(c, i + 2) || !is_p(c, i + 3, sep) || !tight(c, i + 3) || !tight(c, i + 4)) return 0;
  const dtok *b = T(c, i + 2), *yt = T(c, i + 4);
  if (b->kind != TK_NUM || b->nd > 2 || b->suf != SUF_NONE || yt->kind != TK_NUM) return 0;
  if (i > 0 && tight(c, i) && (is_p(c, i - 1, sep) || T(c, i - 1)->kind == TK_NUM)) return 0;
  if (is_p(c, i + 5, sep) && tight(c, i + 5) && T(c, i + 6)->kind == TK_NUM) return 0;
  long y = yt->num;
  int glued_hour = -1;
  if (yt->nd == 2 && sep == '/') y += y < 50 ? 2000 : 1900;
  else if ((yt->nd == 5 || yt->nd == 6) && is_p(c, i + 5, ':') && tight(c, i + 5)) {
    /* "9/14/202211:59": a year glued to the hour by a careless template */
    glued_hour = (int)(yt->nd == 6 ? y % 100 : y % 10);
    y = yt->nd == 6 ? y / 100 : y / 10;
  } else if (yt->nd != 4) return 0;
  if (yt->suf != SUF_NONE || !year_ok(y)) return 0;
  int p = (int)a->num, q = (int)b->num, m, d, amb = 0;
  if (p > 12 && q <= 12) { d = p; m = q; }
  else if (q > 12 && p <= 12) { m = p; d = q; }
  else if (p > 12 || q > 12) return 0;
  else if (c->order == LEDE_ORDER_DMY) { d = p; m = q; }
  else { m = p; d = q; amb = c->order == LEDE_ORDER_AUTO && p != q; }
  /* Unless numeric dates or the caller fixed the order, a reading that is the
   * reference date itself (the article's own date in a header) wins. */
  if (!c->order_firm && p != q && c->has_ref && y == c->ry) {
    if (p == c->rd && q == c->rm) { d = p; m = q; amb = 0; }
    else if (p == c->rm && q == c->rd) { m = p; d = q; amb = 0; }
  }
  if (!lede_dates_valid((int)y, m, d)) return 0;
  hit_init(h, i);
  h->type = LEDE_TIMEX_DATE;
  set_date(c, h, (int)y, m, d);
  h->explicit_day = 1;
  h->ambiguous = amb;
  h->b = i + 5;
  if (glued_hour >= 0) {
    const dtok *mt = T(c, i + 6);
    if (mt->kind != TK_NUM || mt->nd != 2 || mt->num > 59 || glued_hour > 23 || !tight(c, i + 6)) return 1;
    int hh = glued_hour, pm = -1;
    size_t j = i + 7, r = 0;
    if (mt->suf == SUF_AM || mt->suf == SUF_PM) pm = mt->suf == SUF_PM;
    else r = read_ampm(c, j, &pm);
    if (pm >= 0 && (hh < 1 || hh > 12)) return 1;
    if (pm == 1 && hh < 12) hh += 12;
    if (pm == 0 && hh == 12) hh = 0;
    j += r;
    char hm[16];
    snprintf(hm, sizeof hm, "T%02d:%02d", hh, (int)mt->num);
    append(h, hm);
    h->type = LEDE_TIMEX_TIME;
    h->b = j;
    h->b += read_zone(c, h->b, h);
  }
  return 1;
}

/* ---------- years, decades, centuries ---------- */

static int year_context_ok(const dctx *c, size_t i) {
  /* "in 2020" yes; "2000 troops", "about 2000", "2,000" no */
  const dtok *t = T(c, i);
  if (t->num < 1000 || t->num > 2100) return 0;
  if (is_p(c, i + 1, ',') && tight(c, i + 1) && is_num(c, i + 2) && tight(c, i + 2)) return 0;
  if (is_p(c, i + 1, '.') && tight(c, i + 1) && T(c, i + 2)->kind == TK_NUM && tight(c, i + 2)) return 0;
  if (i > 0 && (is_cls(c, i - 1, K_APPROX) || is_word(c, i - 1, "than") || is_word(c, i - 1, "nearly") ||
                is_p(c, i - 1, '$') || is_word(c, i - 1, "some") || is_word(c, i - 1, "No") || is_word(c, i - 1, "number")))
    return 0;
  if (i > 0 && tight(c, i) && (is_p(c, i - 1, '.') || is_p(c, i - 1, ',') || is_p(c, i - 1, '#') || is_p(c, i - 1, '/')))
    return 0;
  const dtok *nx = T(c, i + 1);
  if (nx->kind == TK_WORD && !nx->cap && nx->kc == 0) {
    /* a lower-case plural noun after it: a count ("2000 soldiers") */
    size_t len = nx->e - nx->s;
    char last = (char)lede_to_lower((unsigned char)c->s[nx->e - 1]);
    if (last == 's' && len > 3 && !is_word(c, i + 1, "was") && !is_word(c, i + 1, "has") && !is_word(c, i + 1, "its") &&
        !is_word(c, i + 1, "his") && !is_word(c, i + 1, "this") && !is_word(c, i + 1, "elections") &&
        !is_word(c, i + 1, "talks") && !is_word(c, i + 1, "games") && !is_word(c, i + 1, "olympics"))
      return 0;
    if (is_word(c, i + 1, "people") || is_word(c, i + 1, "men") || is_word(c, i + 1, "women") || is_word(c, i + 1, "children") ||
        is_word(c, i + 1, "percent") || is_word(c, i + 1, "million") || is_word(c, i + 1, "billion") ||
        is_word(c, i + 1, "feet") || is_word(c, i + 1, "metres") || is_word(c, i + 1, "meters"))
      return 0;
  }
  if (is_word(c, i + 1, "BC") || is_word(c, i + 1, "BCE")) return 0; /* years before 1 AD are not matched */
  /* "Orion 1980", "Vision 2030": a number after a name (not a month, weekday or season) is part of it */
  if (i > 0 && T(c, i - 1)->kind == TK_WORD && T(c, i - 1)->cap && T(c, i - 1)->kc == 0 && !sentence_start(c, i - 1) &&
      T(c, i - 1)->e - T(c, i - 1)->s > 1)
    return 0;
  return 1;
}

static int match_year(const dctx *c, size_t i, dhit *h) {
  const dtok *t = T(c, i);
  if (t->kind != TK_NUM) return 0;
  /* decades: "1990s", "1990's", "'90s" */
  if (t->nd == 4 && t->num % 10 == 0 && (t->suf == SUF_S || (is_p(c, i + 1, '\'') && tight(c, i + 1) && is_word(c, i + 2, "s") && tight(c, i + 2)))) {
    hit_init(h, i);
    h->type = LEDE_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, "%03ld", t->num / 10); /* TIMEX3 writes a decade as its first three digits */
    h->b = t->suf == SUF_S ? i + 1 : i + 3;
    h->the_ok = 1;
    return 1;
  }
  if (t->nd == 2 && t->num % 10 == 0 && t->suf == SUF_S && i > 0 && (is_p(c, i - 1, '\'') || T(c, i - 1)->kind == TK_OTHER) && tight(c, i)) {
    hit_init(h, i - 1);
    h->type = LEDE_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, "%ld", (t->num >= 30 ? 190 : 200) + t->num / 10);
    h->b = i + 1;
    h->the_ok = 1;
    return 1;
  }
  /* centuries: "the 20th century" -> "19" */
  if (t->suf == SUF_ORD && t->nd <= 2 && t->num >= 1 && t->num <= 30 && is_cls(c, i + 1, K_UNIT) && kval(c, i + 1) == U_CENTURY) {
    hit_init(h, i);
    h->type = LEDE_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, "%02ld", t->num - 1);
    h->b = i + 2;
    h->the_ok = 1;
    return 1;
  }
  /* "fiscal 1989 sales": the fiscal year named by its calendar year */
  int fiscal = i > 0 && is_word(c, i - 1, "fiscal") && t->suf == SUF_NONE && t->nd == 4 && t->num >= 1000 && t->num <= 2100;
  if (t->suf != SUF_NONE || t->nd != 4 || (!fiscal && !year_context_ok(c, i))) return 0;
  /* "the 1988 second quarter", "the 1989 period": the following word takes the year */
  if ((is_cls(c, i + 1, K_ORDW) || is_word(c, i + 1, "second")) && is_cls(c, i + 2, K_UNIT) && kval(c, i + 2) == U_QUARTER) return 0;
  if (is_cls(c, i + 1, K_UNIT) && kval(c, i + 1) == U_QUARTER) {
    hit_init(h, i);
    h->type = LEDE_TIMEX_DATE;
    /* "the 1988 quarter" beside the one being reported (the last one ended):
     * that quarter of the year named */
    int rq = c->has_ref ? ((c->rm - 1) / 3 + 3) % 4 + 1 : 4;
    snprintf(h->value, sizeof h->value, "%04ld-Q%d", t->num, rq);
    h->b = i + 2;
    h->the_ok = 1;
    return 1;
  }
  hit_init(h, fiscal ? i - 1 : i);
  h->type = LEDE_TIMEX_DATE;
  set_date(c, h, (int)t->num, 0, 0);
  h->b = i + 1;
  return 1;
}

/* ---------- weekdays, parts of the day, relative words ---------- */

/* optional part of the day after a day: "Tuesday morning", "yesterday evening" */
static size_t read_pod(const dctx *c, size_t j, int *pod) {
  if (is_cls(c, j, K_POD) && kval(c, j) <= P_NI && !(T(c, j)->e - T(c, j)->s > 5 && c->s[T(c, j)->e - 1] == 's' && kval(c, j) != P_MO)) {
    if (is_word(c, j, "mornings") || is_word(c, j, "nights") || is_word(c, j, "evenings") || is_word(c, j, "afternoons")) return 0;
    *pod = kval(c, j);
    return 1;
  }
  return 0;
}

static void put_day_pod(const dctx *c, dhit *h, int pod) {
  if (pod) {
    append(h, pod_code(pod));
    h->type = LEDE_TIMEX_TIME;
  }
}

/* Whether a weekday without last/next/this is the one to come: by the
 * tense around it, but a possessive names an event already reported
 * ("would look for ways to get around Wednesday's ruling": the ruling is
 * past), unless something looks ahead to it ("ahead of Sunday's vote"). */
static int weekday_ahead(const dctx *c, const dhit *h) {
  if (is_apos(c, h->b) && tight(c, h->b) && is_word(c, h->b + 1, "s") && tight(c, h->b + 1)) {
    if (h->a >= 2 && is_prep(c, h->a - 1, PR_OF) && is_word(c, h->a - 2, "ahead")) return 1;
    return tense_after(c, h->b + 2, h->a) > 0;  /* "Sunday's vote will decide" */
  }
  return lede_dates_tense(c, h->a, h->b) > 0;
}

/* how a weekday resolves: 0 by tense, 1 last, 2 next, 3 this */
static void put_weekday(const dctx *c, dhit *h, int w, int how) {
  h->type = LEDE_TIMEX_DATE;
  if (!c->has_ref) {
    snprintf(h->value, sizeof h->value, "XXXX-WXX-%d", w);
    return;
  }
  if (how == 0) how = weekday_ahead(c, h) ? 4 : 0;
  long day = lede_dates_weekday(c, w, how);
  /* An estimated reference is the latest date the article names, and the
   * article was written that day or later: a weekday up to two days after it
   * is nearer than one almost a week before it ("Wednesday" in an article
   * whose latest date is Tuesday 13 September: the 14th, not the 7th). */
  if (how == 0 && c->ref_floor && c->rday - day >= 5) day += 7;
  lede_dates_fmt_days(h->value, day);
}

static int match_weekday(const dctx *c, size_t i, dhit *h, int how) {
  const dtok *t = T(c, i);
  if (t->kc != K_WDAY || !t->cap) return 0;
  size_t len = t->e - t->s, j = i + 1;
  int full = len >= 6;
  hit_init(h, i);
  if (!full) {
    /* "Tue, 13 Sep 2022" / "Tues. Sept. 13": abbreviations only before a date */
    if (is_p(c, j, '.') && tight(c, j)) j++;
    if (is_p(c, j, ',')) j++;
    if (match_month_first(c, j, h) || match_day_first(c, j, h)) { h->a = i; return 1; }
    return 0;
  }
  size_t k = is_p(c, j, ',') ? j + 1 : j;
  if (match_month_first(c, k, h) && h->explicit_day) { h->a = i; return 1; }
  if (match_day_first(c, k, h)) { h->a = i; return 1; }
  hit_init(h, i);
  int pod = 0;
  j += read_pod(c, j, &pod);
  h->b = j;
  /* "Monday night" resolves with the day; "the night of" is handled elsewhere */
  put_weekday(c, h, t->kv, how);
  put_day_pod(c, h, pod);
  return 1;
}

/* "today", "yesterday morning", "tonight", "now", "recently", "overnight" */
static int match_relword(const dctx *c, size_t i, dhit *h) {
  int r = kval(c, i);
  hit_init(h, i);
  h->b = i + 1;
  h->type = LEDE_TIMEX_DATE;
  switch (r) {
    case R_TODAY: case R_YESTERDAY: case R_TOMORROW: {
      /* "Keldor Today", "USA Today": a capital inside a sentence is a name */
      if (r == R_TODAY && T(c, i)->cap && !sentence_start(c, i) && !is_p(c, i - 1, ',') && !is_p(c, i - 1, '(') &&
          !is_p(c, i - 1, '`') && !is_p(c, i - 1, '"') && !(T(c, i - 1)->kind == TK_OTHER && !T(c, i)->sp))
        return 0; /* but an opening quote mark before it starts a sentence: "``Today, I'm here" */
      int off = r == R_TODAY ? 0 : r == R_YESTERDAY ? -1 : 1, pod = 0;
      if (c->has_ref) lede_dates_fmt_days(h->value, c->rday + off);
      else snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
      h->b += read_pod(c, i + 1, &pod);
      put_day_pod(c, h, pod);
      return 1;
    }
    case R_TONIGHT: case R_OVERNIGHT:
      if (c->has_ref) lede_dates_fmt_days(h->value, c->rday);
      else snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
      put_day_pod(c, h, P_NI);
      h->vague = r == R_OVERNIGHT; /* "overnight losses in New York" may be any night before */
      return 1;
    case R_NOW:
      if (is_word(c, i, "now") && (is_word(c, i + 1, "that") || (i > 0 && is_word(c, i - 1, "until")))) {
        /* "now that" is a conjunction; "until now" is a duration's end: still PRESENT_REF */
        if (is_word(c, i + 1, "that")) return 0;
      }
      snprintf(h->value, sizeof h->value, "PRESENT_REF");
      return 1;
    case R_SOON: /* a future cue, not annotated as a time by TimeML corpora */
      return 0;
    case R_PAST:
      if (is_word(c, i, "previously")) return 0; /* mostly "previously reported": not a time */
      snprintf(h->value, sizeof h->value, "PAST_REF");
      return 1;
    case R_FUTURE:
      if (is_cls(c, i + 1, K_UNIT) && (kval(c, i + 1) & U_PLURAL)) { /* "future quarters" */
        snprintf(h->value, sizeof h->value, "FUTURE_REF");
        h->b = i + 2;
        return 1;
      }
      /* "the future", "the near future"; "future" as an adjective is not a time */
      if (i > 0 && (is_cls(c, i - 1, K_THE) || is_word(c, i - 1, "near"))) {
        snprintf(h->value, sizeof h->value, "FUTURE_REF");
        if (is_word(c, i - 1, "near")) h->a = i - 1;
        h->the_ok = 1;
        return 1;
      }
      return 0;
    case R_TERM: {
      /* "the near term", "the short term", "the long term": the future; "long-term debt" is an adjective */
      if (i < 2 || !is_cls(c, i - 2, K_THE) || is_p(c, i + 1, '-') ||
          !(is_word(c, i - 1, "near") || is_word(c, i - 1, "short") || is_word(c, i - 1, "long")))
        return 0;
      h->a = i - 1;
      snprintf(h->value, sizeof h->value, "FUTURE_REF");
      h->the_ok = 1;
      return 1;
    }
    case R_PASTW:
      if (i > 0 && is_cls(c, i - 1, K_THE) && (T(c, i + 1)->kind != TK_WORD || (T(c, i + 1)->kc != K_UNIT && T(c, i + 1)->kc != K_NUMW &&
                                                     !is_cls(c, i + 1, K_MONTH) && !is_cls(c, i + 1, K_WDAY) && !is_cls(c, i + 1, K_SEASON))) &&
          T(c, i + 1)->kind != TK_NUM && !is_word(c, i + 1, "few")) {
        snprintf(h->value, sizeof h->value, "PAST_REF");
        h->the_ok = 1;
        return 1;
      }
      return 0;
  }
  return 0;
}

/* ---------- modifiers: last/next/this/past/coming/early/late/mid ---------- */

static int match_at(dctx *c, size_t i, dhit *h);

/* "last week", "next month", "this year", "last night", "this morning",
 * "last Tuesday", "last August", "last weekend", "this summer",
 * "the past three months", "the next two weeks", "recent years". */
/* Anaphoric days, weeks, months and years ("the following year", "the
 * previous day", "that month", "the same day", "later that year") count from
 * the last date the text resolved before them (the reference date when there
 * is none, or when that date lacks the unit: "the next day" after "in 1995"). */
static int put_anaphor(const dctx *c, dhit *h, int unit, int sign) {
  int y = c->ay, m = c->am, d = c->ad;
  if (!y || (unit == U_MONTH && !m) || ((unit == U_DAY || unit == U_WEEK) && !d)) {
    if (!c->has_ref) return 0;
    y = c->ry; m = c->rm; d = c->rd;
  }
  h->type = LEDE_TIMEX_DATE;
  switch (unit) {
    case U_DAY: lede_dates_fmt_days(h->value, lede_dates_days(y, m, d) + sign); return 1;
    case U_WEEK: lede_dates_fmt_week(h->value, lede_dates_days(y, m, d) + 7 * sign); return 1;
    case U_MONTH: {
      long mm = (long)y * 12 + (m - 1) + sign;
      if (mm < 12 || mm >= 10000L * 12) return 0;
      lede_dates_fmt_ymd(h->value, (int)(mm / 12), (int)(mm % 12) + 1, 0);
      return 1;
    }
    case U_YEAR:
      if (y + sign < 1 || y + sign > 9999) return 0;
      lede_dates_fmt_ymd(h->value, y + sign, 0, 0);
      return 1;
    default: return 0;
  }
}

/* weekday w strictly before (sign -1) or after (+1) the last day the text
 * named, or the reference date when it named none */
static int put_weekday_anaphor(const dctx *c, dhit *h, int w, int sign) {
  long day;
  if (c->ay && c->am && c->ad) day = lede_dates_days(c->ay, c->am, c->ad);
  else if (c->has_ref) day = c->rday;
  else return 0;
  h->type = LEDE_TIMEX_DATE;
  lede_dates_fmt_days(h->value, lede_dates_weekday_beside(day, w, sign));
  return 1;
}

static const char *const SEASON_CODE[] = { "", "SP", "SU", "FA", "WI" };  /* by S_SP ... S_WI */

/* The reference date's season as year * 4 + index (spring 0 ... winter 3);
 * January and February are the winter of the year before. */
static long ref_season(const dctx *c) {
  int cur = c->rm >= 3 && c->rm <= 5 ? S_SP : c->rm >= 6 && c->rm <= 8 ? S_SU : c->rm >= 9 && c->rm <= 11 ? S_FA : S_WI;
  return (long)(c->rm <= 2 ? c->ry - 1 : c->ry) * 4 + (cur - 1);
}

/* "that year", "the same day", "later that month", "earlier that day" */
static int match_that_unit(const dctx *c, size_t i, dhit *h) {
  int unit = kval(c, i);
  if (unit != U_DAY && unit != U_WEEK && unit != U_MONTH && unit != U_YEAR) return 0;
  if (i == 0) return 0;
  size_t a;
  if (is_word(c, i - 1, "that")) a = i - 1;
  else if (i >= 2 && is_cls(c, i - 1, K_MOD) && kval(c, i - 1) == M_SAME && is_cls(c, i - 2, K_THE)) a = i - 2;
  else return 0;
  if (is_p(c, i + 1, '-') || is_p(c, i + 1, '\'')) return 0;
  hit_init(h, a);
  h->b = i + 1;
  if (!put_anaphor(c, h, unit, 0)) return 0;
  if (a > 0 && is_cls(c, a - 1, K_MOD) && (kval(c, a - 1) == M_LATER || kval(c, a - 1) == M_EARLIER)) h->a = a - 1;
  return 1;
}

static int match_mod_unit(dctx *c, size_t i, dhit *h) {
  int md = kval(c, i);
  /* "the following year", "the previous month", "the next day": counted from the last date of the text */
  if (i > 0 && is_cls(c, i - 1, K_THE) && is_cls(c, i + 1, K_UNIT) && !is_p(c, i + 2, '-') &&
      (is_word(c, i, "following") || is_word(c, i, "previous") || (is_word(c, i, "next") && kval(c, i + 1) == U_DAY))) {
    hit_init(h, i);
    h->b = i + 2;
    h->the_ok = 1;
    if (put_anaphor(c, h, kval(c, i + 1), is_word(c, i, "previous") ? -1 : 1)) return 1;
  }
  /* "the previous Friday", "the following Monday": the weekday before or after the last day the text named */
  if (i > 0 && is_cls(c, i - 1, K_THE) && is_cls(c, i + 1, K_WDAY) && T(c, i + 1)->cap &&
      (is_word(c, i, "following") || is_word(c, i, "previous"))) {
    hit_init(h, i);
    h->b = i + 2;
    h->the_ok = 1;
    if (put_weekday_anaphor(c, h, kval(c, i + 1), is_word(c, i, "previous") ? -1 : 1)) return 1;
  }
  if (is_cls(c, i, K_REL) && kval(c, i) == R_PASTW) md = M_LAST;
  size_t j = i + 1;
  /* "the current fiscal year", "last fiscal year": the fiscal year as a year */
  if (is_word(c, j, "fiscal") && is_cls(c, j + 1, K_UNIT) && kval(c, j + 1) == U_YEAR) j++;
  hit_init(h, i);
  h->the_ok = 1;
  int sign = (md == M_LAST) ? -1 : (md == M_NEXT || md == M_COMING) ? 1 : 0;
  /* "the past three months", "the next few days", "recent years" */
  long n = 0;
  const char *qmod = NULL;
  size_t q = (md == M_LAST || md == M_NEXT || md == M_COMING || md == M_RECENT) ? read_quantity(c, j, &n, &qmod) : 0;
  if (q && !is_word(c, j, "a") && !is_word(c, j, "an") && is_cls(c, j + q, K_UNIT) && (kval(c, j + q) & U_PLURAL)) {
    h->type = LEDE_TIMEX_DURATION;
    fmt_duration(h->value, sizeof h->value, n, kval(c, j + q) & ~U_PLURAL);
    h->b = j + q + 1;
    return 1;
  }
  if (is_cls(c, j, K_UNIT) && (kval(c, j) & U_PLURAL)) {
    int unit = kval(c, j) & ~U_PLURAL;
    if (unit == U_WEEKEND) return 0;
    if (md == M_COMING || (md == M_NEXT && !is_cls(c, i - 1, K_THE))) {
      h->type = LEDE_TIMEX_DATE;
      snprintf(h->value, sizeof h->value, "FUTURE_REF");
    } else if (md == M_LAST || md == M_RECENT || md == M_NEXT) {
      h->type = LEDE_TIMEX_DURATION;
      fmt_duration(h->value, sizeof h->value, -1, unit);
    } else {
      return 0;
    }
    h->b = j + 1;
    return 1;
  }
  if ((md == M_THIS || md == M_RECENT) && (is_word(c, i, "current") || is_word(c, i, "recent")) && !is_cls(c, j, K_UNIT) &&
      T(c, j)->kind == TK_WORD && !is_cls(c, j, K_MONTH) && !is_cls(c, j, K_WDAY) && !is_cls(c, j, K_SEASON) &&
      !is_cls(c, j, K_POD) && !is_cls(c, j, K_ORDW)) {
    /* "current" and "recent" as adjectives of something else: the present, the past */
    h->type = LEDE_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, md == M_THIS ? "PRESENT_REF" : "PAST_REF");
    h->b = i + 1;
    h->the_ok = 0;
    /* "the then current price", "the then-current price": the present of a past time */
    size_t th = i >= 2 && is_p(c, i - 1, '-') && tight(c, i - 1) && tight(c, i) ? i - 2 : i - 1;
    if (md == M_THIS && i > 0 && is_word(c, th, "then")) {
      snprintf(h->value, sizeof h->value, "PAST_REF");
      h->a = th;
    }
    return 1;
  }
  if (md != M_LAST && md != M_NEXT && md != M_THIS && md != M_COMING) return 0;
  if (md == M_COMING) sign = 1;
  if (is_cls(c, j, K_UNIT)) {
    int unit = kval(c, j);
    h->type = LEDE_TIMEX_DATE;
    h->b = j + 1;
    if (!c->has_ref) {
      static const char *const un[] = { [U_DAY] = "XXXX-XX-XX", [U_WEEK] = "XXXX-WXX", [U_MONTH] = "XXXX-XX",
                                        [U_YEAR] = "XXXX", [U_QUARTER] = "XXXX-QX", [U_WEEKEND] = "XXXX-WXX-WE",
                                        [U_DECADE] = "XXX", [U_CENTURY] = "XX" };
      if (unit > U_WEEKEND || !un[unit]) return 0;
      snprintf(h->value, sizeof h->value, "%s", un[unit]);
      return 1;
    }
    switch (unit) {
      case U_DAY: return 0;
      case U_WEEK: lede_dates_fmt_week(h->value, c->rday + 7 * sign); return 1;
      case U_WEEKEND:
        lede_dates_fmt_week(h->value, c->rday + 7 * sign);
        append(h, "-WE");
        return 1;
      case U_MONTH: {
        long mm = (long)c->ry * 12 + (c->rm - 1) + sign;
        lede_dates_fmt_ymd(h->value, (int)(mm / 12), (int)(mm % 12) + 1, 0);
        return 1;
      }
      case U_QUARTER: {
        if (is_word(c, i, "latest")) sign = -1; /* "the latest quarter": the last one reported */
        long qq = (long)c->ry * 4 + (c->rm - 1) / 3 + sign;
        snprintf(h->value, sizeof h->value, "%04ld-Q%ld", qq / 4, qq % 4 + 1);
        return 1;
      }
      case U_YEAR: {
        /* "this year's third quarter", "last year's quarter" (the quarter
         * being reported, a year before) */
        size_t k = j + 1;
        if (is_apos(c, k) && tight(c, k) && is_word(c, k + 1, "s") && tight(c, k + 1)) {
          size_t q = k + 2;
          int qn = 0;
          if (is_cls(c, q, K_ORDW) && kval(c, q) >= 1 && kval(c, q) <= 4) qn = kval(c, q++);
          else if (is_word(c, q, "second")) { qn = 2; q++; }
          if (is_p(c, q, '-') && tight(c, q) && qn) q++;
          if (is_cls(c, q, K_UNIT) && kval(c, q) == U_QUARTER) {
            if (qn) {
              snprintf(h->value, sizeof h->value, "%04d-Q%d", c->ry + sign, qn);
            } else {  /* the quarter being reported (the last one ended), a year off */
              long qq = (long)c->ry * 4 + (c->rm - 1) / 3 - 1 + 4L * sign;
              snprintf(h->value, sizeof h->value, "%04ld-Q%ld", qq / 4, qq % 4 + 1);
            }
            h->b = q + 1;
            return 1;
          }
        }
        lede_dates_fmt_ymd(h->value, c->ry + sign, 0, 0);
        return 1;
      }
      case U_DECADE: case U_CENTURY:
        if (sign < 0 && i > 0 && is_cls(c, i - 1, K_THE) && is_word(c, i, "past")) {
          /* "the past decade" written in 1998 is the ten years up to then; "(the) last decade" is the 1980s */
          h->type = LEDE_TIMEX_DURATION;
          fmt_duration(h->value, sizeof h->value, 1, kval(c, j));
          return 1;
        }
        if (kval(c, j) == U_DECADE) snprintf(h->value, sizeof h->value, "%03d", c->ry / 10 + sign);
        else snprintf(h->value, sizeof h->value, "%02d", c->ry / 100 + sign);
        return 1;
      default: return 0;
    }
  }
  if (is_cls(c, j, K_WDAY) && T(c, j)->cap && T(c, j)->e - T(c, j)->s >= 6) {
    dhit tmp;
    if (!match_weekday(c, j, &tmp, md == M_LAST ? 1 : md == M_THIS ? 3 : 2) || tmp.reject) return 0;
    tmp.a = i;
    tmp.the_ok = 0;
    *h = tmp;
    return 1;
  }
  if (is_month_tok(c, j)) {
    int m = kval(c, j);
    h->b = j + month_len(c, j);
    if (is_day(c, h->b)) {
      /* "last Oct. 23": the day of the month in the year the modifier picks */
      int d = (int)T(c, h->b)->num, y = c->ry;
      h->b++;
      if (!c->has_ref) y = 0;
      else if (md == M_LAST) y = lede_dates_days(c->ry, m, 1) + d - 1 < c->rday ? c->ry : c->ry - 1;
      else if (md == M_NEXT) y = lede_dates_days(c->ry, m, 1) + d - 1 > c->rday ? c->ry : c->ry + 1;
      h->the_ok = 0;
      return put_ymd(c, h, i, y, m, d);
    }
    h->type = LEDE_TIMEX_DATE;
    if (!c->has_ref) { snprintf(h->value, sizeof h->value, "XXXX-%02d", m); return 1; }
    int y = c->ry;
    if (md == M_LAST) y = m < c->rm ? c->ry : c->ry - 1;
    else if (md == M_NEXT) y = m > c->rm ? c->ry : c->ry + 1;
    set_date(c, h, y, m, 0);
    return 1;
  }
  if (is_cls(c, j, K_SEASON)) {
    int s = kval(c, j), y = c->ry;
    h->type = LEDE_TIMEX_DATE;
    h->b = j + 1;
    if (!c->has_ref) { snprintf(h->value, sizeof h->value, "XXXX-%s", SEASON_CODE[s]); return 1; }
    long now = ref_season(c), want = (now / 4) * 4 + (s - 1);
    if (md == M_LAST) { while (want >= now) want -= 4; }
    else if (md == M_NEXT || md == M_COMING) { while (want <= now) want += 4; }
    y = (int)(want / 4);
    snprintf(h->value, sizeof h->value, "%04d-%s", y, SEASON_CODE[s]);
    return 1;
  }
  if (is_cls(c, j, K_POD) && kval(c, j) <= P_NI && (md == M_THIS || md == M_LAST)) {
    int pod = kval(c, j);
    if (md == M_LAST && pod != P_NI) return 0;
    h->b = j + 1;
    if (c->has_ref) lede_dates_fmt_days(h->value, c->rday + (md == M_LAST ? -1 : 0));
    else snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
    put_day_pod(c, h, pod);
    h->the_ok = 0;
    return 1;
  }
  return 0;
}

/* "early on Tuesday", "late September", "mid-2020", "the early 1990s",
 * "earlier this month", "the end of September", "the early hours of September 13" */
static int match_edge_pod(dctx *c, size_t i, size_t j, const char *mod, dhit *h);
static int match_edge(dctx *c, size_t i, dhit *h) {
  int md = kval(c, i);
  size_t j = i + 1;
  const char *mod = NULL;
  if (md == M_EARLY || md == M_START) mod = "START";
  else if (md == M_LATE || md == M_END) mod = "END";
  else if (md == M_MID) mod = "MID";
  else if (md == M_EARLIER || md == M_LATER) mod = NULL;
  else return 0;
  if (md == M_END || md == M_START || (md == M_MID && is_word(c, i, "middle"))) {
    if (!is_prep(c, j, PR_OF)) return 0;
    j++;
    if (is_cls(c, j, K_THE)) j++;
  } else if (is_p(c, j, '-') && tight(c, j)) {
    j++;
  }
  if ((md == M_EARLY || md == M_LATE) && is_cls(c, j, K_UNIT) && kval(c, j) == (U_HOUR | U_PLURAL) && is_prep(c, j + 1, PR_OF)) {
    j += 2; /* "the early hours of" */
    if (is_cls(c, j, K_THE)) j++;
  }
  if ((md == M_EARLY || md == M_LATE) && (is_prep(c, j, PR_ON) || is_prep(c, j, PR_IN))) j++;
  if (md == M_LATER && i > 0 && is_word(c, i - 1, "a") && is_word(c, j, "date") && !is_p(c, j + 1, '-')) {
    hit_init(h, i - 1); /* "at a later date": the future */
    h->type = LEDE_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, "FUTURE_REF");
    h->b = j + 1;
    return 1;
  }
  if ((md == M_EARLIER || md == M_LATER) && !is_mod(c, j, M_THIS) && !is_cls(c, j, K_REL)) return 0;
  if (mod && is_cls(c, j, K_POD)) return match_edge_pod(c, i, j, mod, h);
  dhit sub;
  if (!match_at(c, j, &sub)) return 0;
  if (sub.reject || sub.type == LEDE_TIMEX_DURATION || sub.type == LEDE_TIMEX_SET) return 0;
  if (strncmp(sub.value, "P", 1) == 0 && sub.value[1] != 'A') return 0;
  *h = sub;
  h->a = i;
  if (mod && !h->mod) h->mod = mod;
  h->the_ok = 1;
  return 1;
}

/* "mid-afternoon yesterday", "late morning Friday": the part of a day
 * the next words name; "mid-afternoon" alone, the reference day's. */
static int match_edge_pod(dctx *c, size_t i, size_t j, const char *mod, dhit *h) {
  int pod = 0;
  if (!read_pod(c, j, &pod)) return 0;
  dhit sub;
  if ((is_cls(c, j + 1, K_WDAY) || (is_cls(c, j + 1, K_REL) && kval(c, j + 1) <= R_TOMORROW)) && match_at(c, j + 1, &sub) &&
      !sub.reject && sub.type == LEDE_TIMEX_DATE && strlen(sub.value) == 10) {
    *h = sub;
  } else {
    /* alone only "mid-afternoon": "late morning" and "early evening" are as often a habit as a day */
    if (!is_mod(c, i, M_MID) || !c->has_ref) return 0;
    hit_init(h, i);
    lede_dates_fmt_days(h->value, c->rday);
    h->b = j + 1;
  }
  h->a = i;
  h->mod = mod;
  h->type = LEDE_TIMEX_TIME;
  append(h, pod_code(pod));
  return 1;
}

/* "the night of September 12", "the morning of Tuesday" */
static int match_pod_of(dctx *c, size_t i, dhit *h) {
  int pod = kval(c, i);
  if (pod > P_NI || !is_prep(c, i + 1, PR_OF)) return 0;
  dhit sub;
  if (!match_at(c, i + 2, &sub) || sub.reject || sub.type != LEDE_TIMEX_DATE || !(sub.explicit_day || strncmp(sub.value, "XXXX-WXX", 8) == 0 ||
                                                                      (strlen(sub.value) == 10 && sub.value[4] == '-')))
    return 0;
  *h = sub;
  h->a = i;
  put_day_pod(c, h, pod);
  h->the_ok = 1;
  return 1;
}

/* ---------- sets, quarters, seasons ---------- */

static int match_set(const dctx *c, size_t i, dhit *h) {
  hit_init(h, i);
  h->type = LEDE_TIMEX_SET;
  if (is_cls(c, i, K_SETW)) {
    int u = kval(c, i);
    if (u == U_QUARTER) return 0; /* "quarterly" mostly qualifies reports, not times */
    if (is_word(c, i, "nightly")) { snprintf(h->value, sizeof h->value, "XXXX-XX-XXTNI"); h->b = i + 1; return 1; }
    fmt_duration(h->value, sizeof h->value, 1, u);
    h->b = i + 1;
    return 1;
  }
  /* every / each */
  size_t j = i + 1;
  long n = 1;
  const char *mod = NULL;
  if (is_word(c, i, "per")) {
    if (!is_cls(c, j, K_UNIT) || (kval(c, j) & U_PLURAL)) return 0;
  }
  if (is_word(c, j, "other")) { n = 2; j++; }
  else {
    size_t q = read_quantity(c, j, &n, &mod);
    if (q && T(c, j)->kc != K_NUMW) j += q;
    else if (q && !is_word(c, j, "a") && !is_word(c, j, "an")) j += q;
    else n = 1;
  }
  if (is_cls(c, j, K_UNIT)) {
    int u = kval(c, j) & ~U_PLURAL;
    if (n < 0) return 0;
    if (u == U_WEEKEND) snprintf(h->value, sizeof h->value, "XXXX-WXX-WE");
    else fmt_duration(h->value, sizeof h->value, n, u);
    h->b = j + 1;
    return 1;
  }
  if (is_cls(c, j, K_WDAY) && T(c, j)->cap) {
    int pod = 0;
    snprintf(h->value, sizeof h->value, "XXXX-WXX-%d", kval(c, j));
    h->b = j + 1 + read_pod(c, j + 1, &pod);
    if (pod) append(h, pod_code(pod));
    return 1;
  }
  if (is_cls(c, j, K_POD) && kval(c, j) <= P_NI) {
    snprintf(h->value, sizeof h->value, "XXXX-XX-XX%s", pod_code(kval(c, j)));
    h->b = j + 1;
    return 1;
  }
  if (is_month_tok(c, j)) {
    snprintf(h->value, sizeof h->value, "XXXX-%02d", kval(c, j));
    h->b = j + month_len(c, j);
    return 1;
  }
  return 0;
}

static int match_weekdays_plural(const dctx *c, size_t i, dhit *h) {
  if (!T(c, i)->cap) return 0;
  hit_init(h, i);
  h->type = LEDE_TIMEX_SET;
  snprintf(h->value, sizeof h->value, "XXXX-WXX-%d", kval(c, i));
  h->b = i + 1;
  return 1;
}

/* "the third quarter", "third-quarter", "the second quarter of 1990", "the first half" */
static int match_quarter(const dctx *c, size_t i, dhit *h) {
  int q = 0;
  if (is_cls(c, i, K_ORDW)) q = kval(c, i);
  else if (is_word(c, i, "second")) q = 2;
  else if (is_mod(c, i, M_LAST) && is_word(c, i, "last")) q = 4;
  if (q < 1 || q > 4) return 0;
  size_t j = i + 1;
  if (is_p(c, j, '-') && tight(c, j)) j++;
  int half = 0, last = is_word(c, i, "last");
  if (is_cls(c, j, K_HALF) && (q <= 2 || last)) half = 1;
  else if ((q == 1 || last) && is_word(c, j, "two") && is_cls(c, j + 1, K_UNIT) && kval(c, j + 1) == (U_QUARTER | U_PLURAL) &&
           is_prep(c, j + 2, PR_OF) && is_year_num(c, j + 3)) {
    half = 1;  /* "the first two quarters of 1990": its first half */
    j++;
  } else if (!(is_cls(c, j, K_UNIT) && kval(c, j) == U_QUARTER)) return 0;
  if (last && half) q = 2;
  j++;
  if (half && is_prep(c, j, PR_OF) && !is_year_num(c, j + 1)) return 0;  /* "the last half of the '80s" */
  int y = c->has_ref ? c->ry : 0;
  if (is_prep(c, j, PR_OF) && is_year_num(c, j + 1)) { y = (int)T(c, j + 1)->num; j += 2; }
  else if (i >= 1 && is_year_num(c, i - 1)) { y = (int)T(c, i - 1)->num; i--; }
  else if (c->has_ref && !half) {
    /* a quarter without a year: this year's, unless it has not begun yet
     * and nothing speaks of the future (then last year's) */
    int cur = (c->rm - 1) / 3 + 1;
    if (q > cur && lede_dates_tense(c, i, j) <= 0) y = c->ry - 1;
  }
  hit_init(h, i);
  h->type = LEDE_TIMEX_DATE;
  if (y) snprintf(h->value, sizeof h->value, "%04d-%c%d", y, half ? 'H' : 'Q', q);
  else snprintf(h->value, sizeof h->value, "XXXX-%c%d", half ? 'H' : 'Q', q);
  h->b = j;
  h->the_ok = 1;
  return 1;
}

/* "the summer", "the early summer", "over the summer": the season around the
 * reference date -- the latest one begun, or the next one in a future-tense
 * sentence. "the fall of Rome" and "the spring of discontent" are not dates. */
static int match_the_season(const dctx *c, size_t i, dhit *h) {
  size_t a = i;
  if (a > 0 && (is_word(c, a - 1, "early") || is_word(c, a - 1, "late") || is_word(c, a - 1, "mid"))) a--;
  if (a == 0 || !is_cls(c, a - 1, K_THE) || is_prep(c, i + 1, PR_OF)) return 0;
  int s = kval(c, i);
  hit_init(h, i);
  h->type = LEDE_TIMEX_DATE;
  h->b = i + 1;
  h->the_ok = 1;
  if (!c->has_ref) { snprintf(h->value, sizeof h->value, "XXXX-%s", SEASON_CODE[s]); return 1; }
  long now = ref_season(c), want = (now / 4) * 4 + (s - 1);
  if (lede_dates_tense(c, a, h->b) > 0) { while (want < now) want += 4; }
  else { while (want > now) want -= 4; }
  snprintf(h->value, sizeof h->value, "%04ld-%s", want / 4, SEASON_CODE[s]);
  return 1;
}

static int match_season(const dctx *c, size_t i, dhit *h) {
  int s = kval(c, i);
  size_t j = i + 1;
  if (is_prep(c, j, PR_OF)) j++;
  size_t end = j + 1;
  long y = is_year_num(c, j) ? T(c, j)->num : spelled_year(c, j, &end); /* "the winter of nineteen ninety-four" */
  if (!y) return match_the_season(c, i, h);
  hit_init(h, i);
  h->type = LEDE_TIMEX_DATE;
  snprintf(h->value, sizeof h->value, "%04ld-%s", y, SEASON_CODE[s]);
  h->b = end;
  h->the_ok = 1;
  return 1;
}

/* "the nineties" */
static int match_decade_word(const dctx *c, size_t i, dhit *h) {
  if (i == 0 || !is_cls(c, i - 1, K_THE)) return 0;
  hit_init(h, i);
  h->type = LEDE_TIMEX_DATE;
  snprintf(h->value, sizeof h->value, "19%d", kval(c, i));
  h->b = i + 1;
  h->the_ok = 1;
  return 1;
}

/* A bare plural unit after a qualifier: "for decades", "for years", "over months". */
static int match_bare_plural(const dctx *c, size_t i, dhit *h) {
  int u = kval(c, i);
  if (u == (U_DAY | U_PLURAL) && i > 0 && is_word(c, i - 1, "these") && !is_prep(c, i + 1, PR_OF)) {
    hit_init(h, i - 1); /* "these days": the present, as "nowadays" */
    h->type = LEDE_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, "PRESENT_REF");
    h->b = i + 1;
    return 1;
  }
  if (!(u & U_PLURAL) || (u & ~U_PLURAL) == U_WEEKEND) return 0;
  /* "the first time in years": "in" as "for", but not "in years past", "in weeks to come" */
  int in = i > 0 && is_prep(c, i - 1, PR_IN) && !T(c, i - 1)->cap && !is_word(c, i + 1, "past") && !is_word(c, i + 1, "to") &&
           !is_word(c, i + 1, "gone");
  if (i == 0 || !(in || is_prep(c, i - 1, PR_FOR) || is_word(c, i - 1, "over") || is_word(c, i - 1, "within"))) return 0;
  if (is_prep(c, i + 1, PR_OF) || is_cls(c, i + 1, K_AGO)) return 0; /* "for years of war" is fine, but "days of" is a noun */
  hit_init(h, i);
  h->type = LEDE_TIMEX_DURATION;
  fmt_duration(h->value, sizeof h->value, -1, u & ~U_PLURAL);
  h->b = i + 1;
  return 1;
}

/* "the day before last Tuesday", "the day after Christmas": a day next to
 * a day the text names. */
static int match_day_next_to(dctx *c, size_t i, dhit *h) {
  if (!is_word(c, i, "day") || !(is_prep(c, i + 1, PR_BEFORE) || is_prep(c, i + 1, PR_AFTER))) return 0;
  dhit sub;
  int y, m, d;
  if (!match_at(c, i + 2, &sub) || sub.reject || sub.type != LEDE_TIMEX_DATE || strlen(sub.value) != 10 ||
      sscanf(sub.value, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return 0;
  *h = sub;
  h->a = i;
  lede_dates_fmt_days(h->value, lede_dates_days(y, m, d) + (is_prep(c, i + 1, PR_BEFORE) ? -1 : 1));
  h->the_ok = 1;
  return 1;
}

/* "year-earlier", "the year-ago quarter": the same period a year before */
static int match_year_ago(const dctx *c, size_t i, dhit *h) {
  if (!is_word(c, i, "year") || !is_p(c, i + 1, '-') || !tight(c, i + 1) || !tight(c, i + 2)) return 0;
  if (!is_word(c, i + 2, "earlier") && !is_word(c, i + 2, "ago")) return 0;
  hit_init(h, i);
  h->type = LEDE_TIMEX_DATE;
  h->b = i + 3;
  h->the_ok = 1;
  if (!c->has_ref) { snprintf(h->value, sizeof h->value, "XXXX"); return 1; }
  if (is_cls(c, i + 3, K_UNIT) && kval(c, i + 3) == U_QUARTER) {
    long qq = (long)c->ry * 4 + (c->rm - 1) / 3 - 1 - 4;
    snprintf(h->value, sizeof h->value, "%04ld-Q%ld", qq / 4, qq % 4 + 1);
    h->b++;
    return 1;
  }
  if (is_word(c, i + 3, "period")) h->b++;
  if (!quarter_year_ago(c, h)) lede_dates_fmt_ymd(h->value, c->ry - 1, 0, 0);
  return 1;
}

/* "Thanksgiving (Day)", "Christmas (Day|Eve)", "Easter (Sunday)" */
static long holiday_days(int hol, int y, int eve) {
  if (hol == H_CHRISTMAS) return lede_dates_days(y, 12, 25) - eve;
  if (hol == H_THANKSGIVING) {
    long nov1 = lede_dates_days(y, 11, 1);
    return nov1 + (4 - lede_dates_wday(nov1) + 7) % 7 + 21; /* fourth Thursday of November */
  }
  if (hol == H_ELECTION) {
    long nov2 = lede_dates_days(y, 11, 2);
    return nov2 + (2 - lede_dates_wday(nov2) + 7) % 7; /* the Tuesday after the first Monday of November */
  }
  /* Easter Sunday: the anonymous Gregorian algorithm */
  int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int hh = (19 * a + b - d - g + 15) % 30, ii = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * ii - hh - k) % 7;
  int m = (a + 11 * hh + 22 * l) / 451, month = (hh + l - 7 * m + 114) / 31, day = (hh + l - 7 * m + 114) % 31 + 1;
  return lede_dates_days(y, month, day);
}

/* "Thanksgiving (Day)", "Christmas (Day|Eve)", "Easter (Sunday|week)",
 * "Election Day" (the US one); without a year the one a month and day would
 * resolve to ("found on Thanksgiving Day" in January is the one just gone);
 * "last"/"next" before it: strictly before or after the reference date.
 * "Easter week" is the ISO week of Easter Sunday. */
static int match_holiday(const dctx *c, size_t i, dhit *h) {
  if (!T(c, i)->cap) return 0;
  int hol = kval(c, i);
  size_t j = i + 1;
  int eve = 0, week = 0;
  if (hol == H_ELECTION && !(is_word(c, j, "day") && T(c, j)->cap)) return 0; /* "Election results" */
  if (is_word(c, j, "day") || is_word(c, j, "sunday")) j++;
  else if (is_word(c, j, "eve")) { eve = 1; j++; }
  else if (hol == H_EASTER && is_word(c, j, "week")) { week = 1; j++; }
  int y = 0;
  int how = i > 0 && is_cls(c, i - 1, K_MOD) ? (kval(c, i - 1) == M_LAST ? -1 : kval(c, i - 1) == M_NEXT ? 1 : 0) : 0;
  hit_init(h, how ? i - 1 : i);
  h->type = LEDE_TIMEX_DATE;
  if (is_year_num(c, j)) { y = (int)T(c, j)->num; j++; how = 0; h->a = i; }
  h->b = j;
  if (!y && !c->has_ref) { snprintf(h->value, sizeof h->value, "XXXX-XX-XX"); return 1; }
  if (!y) {
    if (how < 0) { y = c->ry; while (y > 1 && holiday_days(hol, y, eve) >= c->rday) y--; }
    else if (how > 0) { y = c->ry; while (y < 9999 && holiday_days(hol, y, eve) <= c->rday) y++; }
    else {
      /* the nearest, as for a month and day without a year */
      int y0, m0, d0;
      lede_dates_civil(holiday_days(hol, c->ry, eve), &y0, &m0, &d0);
      int tense = lede_dates_tense(c, i, j);
      y = lede_dates_year_for_md(c, m0, d0, tense);
      if (y < 1 || y > 9999) y = c->ry;
    }
  }
  if (week) lede_dates_fmt_week(h->value, holiday_days(hol, y, eve));
  else lede_dates_fmt_days(h->value, holiday_days(hol, y, eve));
  return 1;
}

/* "the quarter": the last completed quarter (news reports them after the fact) */
/* "the year", "the fiscal year", "the full year" in a report: the year of
 * the reference date ("For the year, volume was flat"); followed by
 * "ended"/"ending" it is the twelve months up to that date, a DURATION
 * ("for the year ended March 31": P1Y, the date is a record of its own). */
static int match_the_year(const dctx *c, size_t i, dhit *h) {
  if (!is_word(c, i, "year") || i == 0) return 0;
  size_t a = i - 1;
  if (is_word(c, a, "fiscal") || is_word(c, a, "full")) { if (a == 0) return 0; a--; }
  if (!is_cls(c, a, K_THE) || !is_word(c, a, "the")) return 0;
  const dtok *nx = T(c, i + 1);
  if (nx->kind == TK_NUM || nx->kc == K_NUMW || is_p(c, i + 1, '-') || is_p(c, i + 1, '\'') || is_word(c, i + 1, "before") ||
      is_word(c, i + 1, "after") || is_word(c, i + 1, "earlier") || is_word(c, i + 1, "ago") || is_word(c, i + 1, "later") ||
      (is_word(c, i + 1, "of") && !is_p(c, i + 2, '$')) || /* "the year of his birth"; not "a high for the year of $42" */
      is_word(c, i + 1, "in") || is_word(c, i + 1, "since") || is_word(c, i + 1, "when"))
    return 0;
  hit_init(h, a);
  h->b = i + 1;
  if (is_word(c, i + 1, "ended") || is_word(c, i + 1, "ending")) {
    h->type = LEDE_TIMEX_DURATION;
    snprintf(h->value, sizeof h->value, "P1Y");
    return 1;
  }
  h->type = LEDE_TIMEX_DATE;
  if (c->has_ref) lede_dates_fmt_ymd(h->value, c->ry, 0, 0);
  else snprintf(h->value, sizeof h->value, "XXXX");
  return 1;
}

static int match_the_quarter(const dctx *c, size_t i, dhit *h) {
  if (kval(c, i) != U_QUARTER || i == 0 || !is_cls(c, i - 1, K_THE) || !c->has_ref) return 0;
  if (is_prep(c, i + 1, PR_OF) || is_p(c, i + 1, '-')) return 0;
  long qq = (long)c->ry * 4 + (c->rm - 1) / 3 - 1;
  hit_init(h, i);
  h->type = LEDE_TIMEX_DATE;
  h->b = i + 1;
  /* "the quarter a year ago": the same quarter a year before */
  if ((is_word(c, i + 1, "a") || is_word(c, i + 1, "one")) && is_cls(c, i + 2, K_UNIT) && kval(c, i + 2) == U_YEAR &&
      (is_cls(c, i + 3, K_AGO) || is_mod(c, i + 3, M_EARLIER))) {
    qq -= 4;
    h->b = i + 4;
  }
  snprintf(h->value, sizeof h->value, "%04ld-Q%ld", qq / 4, qq % 4 + 1);
  h->the_ok = 1;
  return 1;
}

/* "the weekend" */
static int match_weekend(const dctx *c, size_t i, dhit *h) {
  if (kval(c, i) != U_WEEKEND || i == 0 || !is_cls(c, i - 1, K_THE)) return 0;
  hit_init(h, i);
  h->type = LEDE_TIMEX_DATE;
  if (c->has_ref) {
    int wd = c->rwd;
    lede_dates_fmt_week(h->value, c->rday - (wd >= 6 ? 0 : 7));
    append(h, "-WE");
  } else {
    snprintf(h->value, sizeof h->value, "XXXX-WXX-WE");
  }
  h->b = i + 1;
  h->the_ok = 1;
  return 1;
}

/* "the week of March 6": that day's ISO week; "For the week", "the week's
 * busiest session": a week of the reference year that the text does not
 * name (TimeML's YYYY-WXX). Not "the week before/after/ended ...". */
static int match_the_week(const dctx *c, size_t i, dhit *h) {
  if (kval(c, i) != U_WEEK || i == 0 || !is_cls(c, i - 1, K_THE) || !is_word(c, i - 1, "the")) return 0;
  static const char *const stop[] = { "before", "after", "ended", "ending", "earlier", "later", "since", "when",
                                      "that", "in", "following", "to", NULL };
  const dtok *nx = T(c, i + 1);
  if (nx->kind == TK_NUM || word_in(c, i + 1, stop) || (is_p(c, i + 1, '-') && tight(c, i + 1))) return 0;
  hit_init(h, i);
  h->type = LEDE_TIMEX_DATE;
  h->b = i + 1;
  h->the_ok = 1;
  if (is_prep(c, i + 1, PR_OF)) {
    dhit d;
    if (!match_month_first(c, i + 2, &d) || !d.explicit_day || !lede_is_digit((unsigned char)d.value[0])) return 0;
    int y = atoi(d.value), m = atoi(d.value + 5), dd = atoi(d.value + 8);
    lede_dates_fmt_week(h->value, lede_dates_days(y, m, dd));
    h->b = d.b;
    return 1;
  }
  if (c->has_ref) snprintf(h->value, sizeof h->value, "%04d-WXX", c->ry);
  else snprintf(h->value, sizeof h->value, "XXXX-WXX");
  return 1;
}

/* ---------- clock times with their day ---------- */

/* Gives a time without a stated day the reference date, and the default zone. */
/* The day of a clock time the text gives no day for: the last day it named
 * ("shot on Oct. 23 ... police arrived at 10 p.m."), else the reference
 * date. Not for "midnight": after "Monday night" it starts the next day. */
static void time_day(const dctx *c, dhit *h, const char *hm) {
  if (c->ay && c->am && c->ad && strcmp(hm, "T00:00") != 0) lede_dates_fmt_ymd(h->value, c->ay, c->am, c->ad);
  else if (c->has_ref) lede_dates_fmt_days(h->value, c->rday);
  else snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
  append(h, hm);
}

static int match_time(dctx *c, size_t i, dhit *h) {
  char hm[16];
  size_t r = read_clock(c, i, hm, sizeof hm);
  if (!r) return 0;
  hit_init(h, i);
  h->type = LEDE_TIMEX_TIME;
  h->b = i + r;
  h->b += read_zone(c, h->b, h);
  /* a day after the time: "10 p.m. Wednesday", "noon on Tuesday", "9:00, September 13" */
  size_t j = h->b;
  if (is_prep(c, j, PR_ON) || is_p(c, j, ',')) j++;
  dhit d;
  int got = 0;
  if (is_cls(c, j, K_WDAY) || is_cls(c, j, K_MONTH) || is_day(c, j) || is_cls(c, j, K_REL)) {
    if ((is_cls(c, j, K_WDAY) && match_weekday(c, j, &d, 0)) || match_month_first(c, j, &d) || match_day_first(c, j, &d) ||
        (is_cls(c, j, K_REL) && kval(c, j) <= R_TOMORROW && match_relword(c, j, &d))) {
      if (!d.reject && d.type == LEDE_TIMEX_DATE && strlen(d.value) == 10) got = 1;
    }
  }
  if (got) {
    memcpy(h->value, d.value, sizeof h->value);
    append(h, hm);
    h->b = d.b;
    h->explicit_day = d.explicit_day;
  } else {
    /* "midnight" or "noon" alone need a day or "at" before them */
    if (r == 1 && is_cls(c, i, K_POD) && !(i > 0 && (is_prep(c, i - 1, PR_AT) || is_prep(c, i - 1, PR_AFTER) ||
                                                      is_prep(c, i - 1, PR_BY) || is_prep(c, i - 1, PR_UNTIL) || is_prep(c, i - 1, PR_BEFORE))))
      return 0;
    time_day(c, h, hm);
  }
  if (!h->tz[0] && c->tzdef) snprintf(h->tz, sizeof h->tz, "%s", c->tzdef);
  return 1;
}

/* a time after a date: "September 13 at 9:00", "Tuesday, 10:00 am Moscow time" */
static void attach_time(dctx *c, dhit *h) {
  if (h->type != LEDE_TIMEX_DATE || strlen(h->value) != 10 || h->value[0] == 'X') return;
  size_t j = h->b;
  if (is_prep(c, j, PR_AT) || is_p(c, j, ',')) j++;
  char hm[16];
  size_t r = read_clock(c, j, hm, sizeof hm);
  if (!r) return;
  if (r == 1 && T(c, j)->kind == TK_NUM) return;
  dhit tz;
  hit_init(&tz, 0);
  size_t z = read_zone(c, j + r, &tz);
  append(h, hm);
  h->type = LEDE_TIMEX_TIME;
  h->b = j + r + z;
  if (z) { memcpy(h->tz, tz.tz, sizeof h->tz); h->za = tz.za; h->zb = tz.zb; }
  else if (c->tzdef) snprintf(h->tz, sizeof h->tz, "%s", c->tzdef);
}

/* "twice the dividend this year as last", "more this week than last": a
 * "last" whose unit is the one of a "this <unit>" just before it. */
static int match_elided_last(const dctx *c, size_t i, dhit *h) {
  if (!is_mod(c, i, M_LAST) || !is_word(c, i, "last") || i < 3 || !c->has_ref) return 0;
  if (!(is_word(c, i - 1, "as") || is_word(c, i - 1, "than")) || T(c, i + 1)->kind == TK_WORD) return 0;
  if (!is_cls(c, i - 2, K_UNIT) || !is_mod(c, i - 3, M_THIS) || !is_word(c, i - 3, "this")) return 0;
  int unit = kval(c, i - 2);
  hit_init(h, i);
  h->b = i + 1;
  h->type = LEDE_TIMEX_DATE;
  switch (unit) {
    case U_YEAR: lede_dates_fmt_ymd(h->value, c->ry - 1, 0, 0); return 1;
    case U_MONTH: lede_dates_fmt_ymd(h->value, c->rm == 1 ? c->ry - 1 : c->ry, c->rm == 1 ? 12 : c->rm - 1, 0); return 1;
    case U_WEEK: lede_dates_fmt_week(h->value, c->rday - 7); return 1;
    default: return 0;
  }
}

/* ---------- the matcher ---------- */

static int match_at(dctx *c, size_t i, dhit *h) {
  const dtok *t = T(c, i);
  if (t->kind == TK_NUM) {
    if (match_iso(c, i, h) || match_numeric(c, i, h) || match_time(c, i, h) || match_day_first(c, i, h) || match_day_range(c, i, h) || match_day_range_end(c, i, h) ||
        match_duration(c, i, h) || match_year(c, i, h))
      return 1;
    return 0;
  }
  switch (t->kc) {
    case K_MONTH: return match_month_first(c, i, h);
    case K_WDAY: return match_weekday(c, i, h, 0);
    case K_WDAYS: return match_weekdays_plural(c, i, h);
    case K_REL:
      if (kval(c, i) == R_PASTW && match_mod_unit(c, i, h)) return 1;
      return match_relword(c, i, h);
    case K_MOD:
      if (match_elided_last(c, i, h)) return 1;
      if (match_quarter(c, i, h)) return 1;
      if (match_mod_unit(c, i, h)) return 1;
      return match_edge(c, i, h);
    case K_NUMW: return match_spelled_year(c, i, h) || match_duration(c, i, h);
    case K_HOLIDAY: return match_holiday(c, i, h);
    case K_ORDW: return match_quarter(c, i, h);
    case K_UNIT:
      if (is_word(c, i, "second") && match_quarter(c, i, h)) return 1;
      if (match_day_next_to(c, i, h) || match_weekend(c, i, h) || match_the_week(c, i, h) || match_the_quarter(c, i, h) || match_year_ago(c, i, h) || match_the_year(c, i, h) ||
          match_that_unit(c, i, h))
        return 1;
      return match_bare_plural(c, i, h);
    case K_POD:
      if (match_time(c, i, h)) return 1;
      return match_pod_of(c, i, h);
    case K_SETW: case K_EVERY: return match_set(c, i, h);
    case K_SEASON: return match_season(c, i, h);
    case K_DECW: return match_decade_word(c, i, h);
    default: return 0;
  }
}

/* ABC's "This Week", CBS's "60 Minutes": a unit word capitalised inside a
 * sentence (in running text, not an all-capitals line) names a programme. */
static int titled_unit(const dctx *c, const dhit *h) {
  size_t k = h->b - 1;
  const dtok *t = T(c, k);
  if (h->b < h->a + 2 || t->kc != K_UNIT || !t->cap || sentence_start(c, k) || t->e - t->s < 2) return 0;
  const dtok *p = T(c, k - 1); /* "This Week", "60 Minutes"; not "Thanksgiving Day" */
  if (!(p->kind == TK_NUM || (p->cap && (is_word(c, k - 1, "this") || is_word(c, k - 1, "next") || is_word(c, k - 1, "last")))))
    return 0;
  return !lede_is_upper((unsigned char)c->s[t->s + 1]);
}

/* "the corresponding period last year", "the same period a year earlier"
 * in a report that speaks of quarters: the reported quarter a year before,
 * as "the year-earlier period". */
static void period_a_year_before(const dctx *c, dhit *h, size_t floor) {
  size_t a = h->a;
  if (h->type != LEDE_TIMEX_DATE || !c->has_ref || strlen(h->value) != 4 || atoi(h->value) != c->ry - 1) return;
  if (a > floor && is_prep(c, a - 1, PR_OF)) a--;
  if (a < floor + 3 || !is_word(c, a - 1, "period") || !is_cls(c, a - 3, K_THE) ||
      !(is_word(c, a - 2, "corresponding") || is_word(c, a - 2, "comparable") || is_word(c, a - 2, "same")))
    return;
  if (quarter_year_ago(c, h)) h->a = a - 3;
}

/* Words before a hit that belong to it: "the", "about", "more than", "at least". */
static void extend_left(const dctx *c, dhit *h, size_t floor) {
  size_t a = h->a;
  if (h->type == LEDE_TIMEX_DURATION || h->type == LEDE_TIMEX_TIME) {
    if (a >= floor + 2 && is_word(c, a - 1, "than") && (is_word(c, a - 2, "more") || is_word(c, a - 2, "less") || is_word(c, a - 2, "fewer"))) {
      h->mod = is_word(c, a - 2, "more") ? "MORE_THAN" : "LESS_THAN";
      a -= 2;
    } else if (a >= floor + 2 && is_word(c, a - 1, "least") && is_word(c, a - 2, "at")) {
      h->mod = "EQUAL_OR_MORE";
      a -= 2;
    } else if (a >= floor + 2 && is_word(c, a - 1, "to") && is_word(c, a - 2, "up")) {
      h->mod = "EQUAL_OR_LESS";
      a -= 2;
    } else if (a >= floor + 1 && is_cls(c, a - 1, K_APPROX) && kval(c, a - 1) != A_THAN && kval(c, a - 1) != A_UPTO && !is_word(c, a - 1, "least") &&
               !is_word(c, a - 1, "more") && !is_word(c, a - 1, "less") && !is_word(c, a - 1, "within")) {
      /* "within a week": TimeML leaves the preposition out of the span (a signal, not a modifier) */
      int v = kval(c, a - 1);
      if (v == A_APPROX) h->mod = "APPROX";
      else if (v == A_LESS) h->mod = "LESS_THAN";
      else if (v == A_MORE) h->mod = "MORE_THAN";
      a -= 1;
    }
  }
  /* "the first nine months", "the latest six months", "the four days": the article belongs to a counted duration */
  if (h->type == LEDE_TIMEX_DURATION && !h->mod && a >= floor + 2 && (is_word(c, a - 1, "first") || is_word(c, a - 1, "latest")) && is_cls(c, a - 2, K_THE))
    a -= 2;
  else if (h->type == LEDE_TIMEX_DURATION && !h->mod && a >= floor + 1 && is_cls(c, a - 1, K_THE) && is_word(c, a - 1, "the") &&
           (T(c, a)->kind == TK_NUM || T(c, a)->kc == K_NUMW) && !is_p(c, a + 1, '-') && !(h->b >= 1 && is_p(c, h->b - 2, '-')))
    /* not before an adjective: "the two-week war" keeps "two-week" alone */
    a--;
  else if (h->the_ok && a >= floor + 1 && is_cls(c, a - 1, K_THE)) a--;
  else if (h->type == LEDE_TIMEX_DURATION && a >= floor + 1 && is_cls(c, a - 1, K_THE) && T(c, a)->kc == K_MOD) a--;
  h->a = a;
}

/* A month name at s[i] (a capitalized word), or 0. */
static int month_at(const char *s, size_t n, size_t i, size_t *end) {
  size_t j = i;
  char low[16];
  while (j < n && lede_is_alpha((unsigned char)s[j]) && j - i < 12) { low[j - i] = (char)lede_to_lower((unsigned char)s[j]); j++; }
  if (j < n && lede_is_alpha((unsigned char)s[j])) return 0;
  const lede_dword *w = lede_dword_find(low, j - i);
  *end = j;
  return w && w->cls == K_MONTH ? w->val : 0;
}

/* The year written by the four digits at s[i], or -1. */
static long year_at(const char *s, size_t n, size_t i) {
  if (i + 4 > n) return -1;
  for (size_t k = i; k < i + 4; k++)
    if (!lede_is_digit((unsigned char)s[k])) return -1;
  return (s[i] - '0') * 1000L + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
}

/* One pass over the raw bytes before matching: votes for the day/month order
 * of numeric dates (3/4/2022) from the text's other dates, and the count of
 * "quarter" words (financial reports). Linear; no tokens kept. */
static void scan_evidence(dctx *c, int requested) {
  const char *s = c->s;
  size_t n = c->n;
  long dmy = 0, mdy = 0, wdm = 0, wmd = 0, rdmy = 0, rmdy = 0;
  for (size_t i = 0; i < n;) {
    unsigned char ch = (unsigned char)s[i];
    if (lede_is_digit(ch)) {
      size_t j = i;
      while (j < n && lede_is_digit((unsigned char)s[j])) j++;
      size_t d1 = j - i;
      /* p SEP q SEP digit, with one- or two-digit p and q */
      if (d1 <= 2 && j + 2 < n && (s[j] == '/' || s[j] == '.' || s[j] == '-')) {
        char sep = s[j];
        size_t k = j + 1, q0 = k;
        while (k < n && lede_is_digit((unsigned char)s[k])) k++;
        if (k - q0 >= 1 && k - q0 <= 2 && k + 1 < n && s[k] == sep && lede_is_digit((unsigned char)s[k + 1])) {
          int p = atoi(s + i), q = atoi(s + q0);
          if (p > 12 && p <= 31 && q >= 1 && q <= 12) dmy++;
          else if (q > 12 && q <= 31 && p >= 1 && p <= 12) mdy++;
          else if (c->has_ref && p != q && k + 4 < n + 1 && year_at(s, n, k + 1) == c->ry) {
            /* one reading is the reference date itself: weak evidence of the order */
            if (p == c->rd && q == c->rm) rdmy++;
            else if (p == c->rm && q == c->rd) rmdy++;
          }
        }
      }
      /* "13 March": a day before a month name */
      if (d1 <= 2 && j + 1 < n && s[j] == ' ' && lede_is_upper((unsigned char)s[j + 1])) {
        size_t e;
        if (month_at(s, n, j + 1, &e)) wdm++;
      }
      i = j;
    } else if (lede_is_alpha(ch)) {
      size_t j = i;
      while (j < n && lede_is_alpha((unsigned char)s[j])) j++;
      if (lede_is_upper(ch) && j - i >= 3 && j - i <= 9) {
        size_t e;
        if (month_at(s, n, i, &e)) {
          /* "March 13", "Sept. 13" */
          size_t k = e;
          if (k < n && s[k] == '.') k++;
          if (k + 1 < n && s[k] == ' ' && lede_is_digit((unsigned char)s[k + 1]) &&
              (k + 2 >= n || !lede_is_digit((unsigned char)s[k + 2]) || k + 3 >= n || !lede_is_digit((unsigned char)s[k + 3])))
            wmd++;
        }
      }
      if ((ch == 'q' || ch == 'Q') && (j - i == 7 || j - i == 8) && lede_to_lower((unsigned char)s[i + 1]) == 'u' &&
          lede_to_lower((unsigned char)s[i + 6]) == 'r')
        c->quarters++;
      i = j;
    } else {
      i++;
    }
  }
  c->order_firm = requested == LEDE_ORDER_MDY || requested == LEDE_ORDER_DMY || (dmy && !mdy) || (mdy && !dmy);
  if (requested == LEDE_ORDER_MDY || requested == LEDE_ORDER_DMY) c->order = requested;
  else if (dmy && !mdy) c->order = LEDE_ORDER_DMY;
  else if (mdy && !dmy) c->order = LEDE_ORDER_MDY;
  else if (dmy || mdy) c->order = LEDE_ORDER_AUTO;
  else if (rdmy && !rmdy) c->order = LEDE_ORDER_DMY;
  else if (rmdy && !rdmy) c->order = LEDE_ORDER_MDY;
  else if (wdm > wmd) c->order = LEDE_ORDER_DMY;
  else if (wmd > wdm) c->order = LEDE_ORDER_MDY;
  else c->order = LEDE_ORDER_AUTO;
}

/* The end of the chunk that starts at pos: after a newline some 32 KB on,
 * else after any white space; expressions never span two chunks, and the
 * token buffer stays small (cache-friendly) whatever the input size. */
static size_t chunk_end(const char *s, size_t n, size_t pos) {
  const size_t want = 32768;
  if (n - pos <= want * 2) return n;
  const char *nl = memchr(s + pos + want, '\n', n - pos - want);
  if (nl && (size_t)(nl - s) < pos + want * 4) return (size_t)(nl - s) + 1;
  for (size_t i = pos + want; i < n; i++)
    if (lede_is_space((unsigned char)s[i])) return i + 1;
  return n;
}

static int range_word(const dctx *c, size_t i) {
  return is_prep(c, i, PR_AND) || is_prep(c, i, PR_TO) || is_prep(c, i, PR_UNTIL) || is_p(c, i, '-') || T(c, i)->kind == TK_DASH;
}

static int emit(const dctx *c, const dhit *h, lede_date_list *out) {
  if (LEDE_GROW(out)) return LEDE_ENOMEM;
  lede_date *d = &out->items[out->n++];
  memset(d, 0, sizeof *d);
  d->start = c->t[h->a].s;
  d->end = c->t[h->b - 1].e;
  d->type = h->type;
  memcpy(d->value, h->value, sizeof d->value);
  memcpy(d->tz, h->tz, sizeof d->tz);
  if (h->zb > h->za) {
    d->zone_start = c->t[h->za].s;
    d->zone_end = c->t[h->zb - 1].e;
    /* "(Mecca)": the zone text is the name inside the brackets */
    if (c->s[d->zone_start] == '(' && h->zb - h->za == 3) {
      d->zone_start = c->t[h->za + 1].s;
      d->zone_end = c->t[h->za + 1].e;
    }
  } else {
    d->zone_start = d->zone_end = d->start;
  }
  d->mod = h->mod;
  d->ambiguous = h->ambiguous;
  return LEDE_OK;
}

/* Matches the tokens of one chunk, appending records to out. */
/* the last resolved date, the anchor of anaphoric expressions */
static void remember_anchor(dctx *c, const dhit *h) {
  const char *v = h->value;
  if ((h->type != LEDE_TIMEX_DATE && h->type != LEDE_TIMEX_TIME) || h->vague) return;
  for (int k = 0; k < 4; k++) if (!lede_is_digit(v[k])) return;
  if (v[4] != 0 && v[4] != '-' && v[4] != 'T') return;
  int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0'), m = 0, d = 0;
  if (v[4] == '-' && lede_is_digit(v[5]) && lede_is_digit(v[6])) {
    m = (v[5] - '0') * 10 + (v[6] - '0');
    if (v[7] == '-' && lede_is_digit(v[8]) && lede_is_digit(v[9])) d = (v[8] - '0') * 10 + (v[9] - '0');
  }
  if (y < 1 || m > 12 || (d && !lede_dates_valid(y, m, d))) return;
  c->ay = y; c->am = m; c->ad = d;
}

static int match_chunk(dctx *cp, lede_date_list *out) {
  dctx c = *cp; /* a local copy: the compiler keeps it in registers */
  int st = LEDE_OK;
  size_t first = out->n, floor = 0;
  size_t prev_b = 0;
  int prev_between = 0;
  for (size_t i = 0; i < c.nt;) {
    const dtok *t = &c.t[i];
    if (t->kind != TK_NUM && t->kc == 0) { i++; continue; }
    dhit h;
    if (!match_at(&c, i, &h) || h.b <= i) { i++; continue; }
    if (h.reject) { i = h.b; continue; }
    if (titled_unit(&c, &h)) { i = h.b; continue; }
    if (h.a < floor) h.a = floor;
    attach_time(&c, &h);
    period_a_year_before(&c, &h, floor);
    extend_left(&c, &h, floor);
    size_t before = out->n;
    if ((st = emit(&c, &h, out)) != LEDE_OK) break;
    remember_anchor(&c, &h);
    /* "between Monday night and Tuesday morning": two records marked as a range */
    int between = h.a > 0 && (is_prep(&c, h.a - 1, PR_BETWEEN) || is_prep(&c, h.a - 1, PR_FROM));
    int dash = is_p(&c, prev_b, '-') || T(&c, prev_b)->kind == TK_DASH; /* "March 10-12", "2019-2021" */
    if (before > first && (prev_between || dash) && h.a == prev_b + 1 && range_word(&c, prev_b)) {
      out->items[before - 1].range = 1;
      out->items[before].range = 2;
    }
    prev_between = between;
    prev_b = h.b;
    floor = h.b;
    i = h.b;
  }
  cp->ay = c.ay; cp->am = c.am; cp->ad = c.ad;
  return st;
}

int lede_dates(const char *s, size_t n, const lede_date_opts *opts, lede_date_list *out) {
  if (!out || (!s && n)) return LEDE_EINVAL;
  dctx c;
  memset(&c, 0, sizeof c);
  c.s = s;
  c.n = n;
  if (opts && opts->ref) {
    if (lede_date_parse_ref(opts->ref, &c.ry, &c.rm, &c.rd) != LEDE_OK) return LEDE_EINVAL;
    c.has_ref = 1;
    c.ref_floor = opts->ref_estimated != 0;
    c.rday = lede_dates_days(c.ry, c.rm, c.rd);
    c.rwd = lede_dates_wday(c.rday);
  }
  if (opts && opts->tz && *opts->tz) {
    if (strlen(opts->tz) >= sizeof ((lede_date *)0)->tz) return LEDE_EINVAL;
    c.tzdef = opts->tz;
  }
  scan_evidence(&c, opts ? opts->order : 0);
  int st = LEDE_OK;
  for (size_t pos = 0; pos < n && st == LEDE_OK;) {
    size_t end = chunk_end(s, n, pos);
    if ((st = lede_dates_tokenize(&c, pos, end)) != LEDE_OK) break;
    st = match_chunk(&c, out);
    pos = end;
  }
  free(c.t);
  return st;
}

void lede_date_list_free(lede_date_list *l) {
  if (!l) return;
  free(l->items);
  l->items = NULL;
  l->n = l->cap = 0;
}
