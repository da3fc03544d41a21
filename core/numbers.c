/* numbers.c -- lede_numbers: quantities as news states them, with their
 * qualifier ("at least", "nearly"), bounds, kind and counted noun.
 *
 * One pass over the text with a hand-written tokenizer: words are looked up
 * in a small hash table (numwords.c), digit runs are read in place. Only a
 * token that can start a quantity (digits, a number word, a qualifier, a
 * currency sign) starts a parse, and every parse looks a bounded number of
 * tokens ahead, so time is linear in the input. Nothing is allocated per
 * byte or per token: records go straight into the caller's list. */
#include "internal.h"
#include "numwords.h"
#include <math.h>
#include <stdio.h>

/* ---------- tokens ---------- */

enum { TK_END, TK_WORD, TK_NUM, TK_PUNCT };

typedef struct tok {
  size_t s, e;          /* byte span */
  int type;
  int32_t cp;           /* TK_PUNCT: the code point */
  int gap;              /* before it: 0 nothing, 1 spaces, 2 a line break */
  int cap;              /* TK_WORD: starts with an ASCII capital */
  const nw_entry *w;    /* TK_WORD: lexicon entry or NULL */
  unsigned char len;    /* TK_WORD: its length when ASCII and under 16 bytes, else 0 */
  const unsigned char *src;  /* the text (for comparisons without copying) */
} tok;

typedef struct scan {
  const unsigned char *s;
  size_t n;
  nw_index ix;
  tok prev, prev2;      /* the two tokens before the one being parsed */
} scan;

/* Is code point cp part of a word? Letters of the Latin-1 supplement and of
 * alphabetic scripts are; punctuation, symbols and spaces are not. */
static int cp_is_letter(int32_t cp) {
  if (cp < 0x80) return lede_is_alpha(cp);
  if (cp < 0xC0) return 0;
  if (cp == 0xD7 || cp == 0xF7) return 0;
  if (cp < 0x2000) return 1;
  return cp >= 0x2E80;
}

/* Width in bytes of a space-like code point at s[i] (NBSP, thin and narrow
 * spaces, zero-width space), or 0. */
static int space_width(const unsigned char *s, size_t n, size_t i) {
  if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) return 2;
  if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 &&
      ((s[i + 2] >= 0x80 && s[i + 2] <= 0x8B) || s[i + 2] == 0xAF))
    return 3;
  return 0;
}

static tok lex(const scan *sc, size_t i) {
  const unsigned char *s = sc->s;
  size_t n = sc->n;
  tok t;
  t.gap = 0;
  t.w = NULL;
  t.cap = 0;
  t.len = 0;
  t.cp = 0;
  t.src = s;
  for (;;) {
    if (i >= n) break;
    unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0) {
      if (t.gap < 1) t.gap = 1;
      i++;
    } else if (c == '\n') {
      t.gap = 2;
      i++;
    } else if (c >= 0xC2) {
      int w = space_width(s, n, i);
      if (!w) break;
      if (t.gap < 1) t.gap = 1;
      i += (size_t)w;
    } else break;
  }
  t.s = i;
  if (i >= n) { t.type = TK_END; t.e = i; return t; }
  unsigned char c = s[i];
  if (lede_is_digit(c)) {
    while (i < n && lede_is_digit(s[i])) i++;
    t.type = TK_NUM;
    t.e = i;
    return t;
  }
  if (c < 0x80 && !lede_is_alpha(c)) {
    t.type = TK_PUNCT;
    t.cp = c;
    t.e = i + 1;
    return t;
  }
  size_t j = i;
  int32_t cp = lede_utf8_next((const char *)s, n, &j);
  if (!cp_is_letter(cp)) {
    t.type = TK_PUNCT;
    t.cp = cp;
    t.e = j;
    return t;
  }
  /* a word: ASCII letters fast, other letters decoded */
  int ascii = 1;
  t.cap = lede_is_upper(c);
  for (;;) {
    while (j < n && lede_is_alpha(s[j])) j++;
    if (j >= n || s[j] < 0xC0) break;
    size_t k = j;
    if (!cp_is_letter(lede_utf8_next((const char *)s, n, &k))) break;
    ascii = 0;
    j = k;
  }
  if (i < j && s[i] >= 0x80) ascii = 0;
  t.type = TK_WORD;
  t.e = j;
  if (ascii && j - i < 16) {
    t.len = (unsigned char)(j - i);
    if (nw_maybe(&sc->ix, s + i, j - i)) {
      char low[16];
      for (size_t k = i; k < j; k++) low[k - i] = (char)lede_to_lower(s[k]);
      t.w = nw_lookup(&sc->ix, low, t.len);
    }
  }
  return t;
}

/* Does s[0, l) spell the lower-case word w in any case? */
static int same_word(const unsigned char *s, const char *w, size_t l) {
  for (size_t i = 0; i < l; i++)
    if (lede_to_lower(s[i]) != (unsigned char)w[i]) return 0;
  return 1;
}

static int tok_is(const tok *t, const char *w) {
  size_t l = strlen(w);
  return t->type == TK_WORD && t->len == l && same_word(t->src + t->s, w, l);
}
static int tok_cls(const tok *t) { return t->type == TK_WORD && t->w ? t->w->cls : NW_NONE; }
static unsigned tok_flags(const tok *t) { return t->type == TK_WORD && t->w ? t->w->flags : 0; }
static int tok_punct(const tok *t, int32_t cp) { return t->type == TK_PUNCT && t->cp == cp; }
static int tok_dash(const tok *t) {
  return t->type == TK_PUNCT && (t->cp == '-' || t->cp == 0x2013 || t->cp == 0x2014);
}
/* A month name (capitalized where the word is ambiguous, as "May", "march"). */
static int tok_month(const tok *t) {
  if (tok_cls(t) != NW_MONTH) return 0;
  return !(t->w->flags & NF_CAPONLY) || t->cap;
}

/* ---------- numerals in digits ---------- */

enum { ND_PLAIN, ND_SKIP, ND_DATE, ND_TIME, ND_ORD, ND_DECADE, ND_FRACTION };

typedef struct numtok {
  size_t e;            /* end of what was read */
  double v;            /* value with the suffix multiplier applied */
  double mult;         /* suffix multiplier ("3m", "5k") or 1 */
  int form;            /* ND_* */
  int intdigits;       /* digits before a separator */
  int grouped, decimal, plus;
  double mant, scale10;  /* decimals: digits as an integer, and 10^(digits after the point) */
} numtok;

static size_t skip_digits(const unsigned char *s, size_t n, size_t i, double *v, int *count) {
  double x = 0;
  size_t j = i;
  while (j < n && lede_is_digit(s[j])) { x = x * 10 + (s[j] - '0'); j++; }
  if (v) *v = x;
  if (count) *count = (int)(j - i);
  return j;
}

/* End of the run of characters in set starting at i. */
static size_t skip_set(const unsigned char *s, size_t n, size_t i, const char *set) {
  while (i < n && (lede_is_digit(s[i]) || (s[i] && strchr(set, s[i])))) i++;
  return i;
}

static int byte_is_alnum(const unsigned char *s, size_t n, size_t i) {
  if (i >= n) return 0;
  if (lede_is_alnum(s[i])) return 1;
  if (s[i] >= 0xC0) {
    size_t k = i;
    return cp_is_letter(lede_utf8_next((const char *)s, n, &k));
  }
  return 0;
}

/* Multiplier of a letter suffix glued to digits ("5k", "3m", "1.2bn"), 0 when
 * the letters are no number suffix. Ordinal and decade suffixes return -1/-2. */
static double suffix_mult(const unsigned char *s, size_t len) {
  char w[4];
  if (len > 3) return 0;
  for (size_t i = 0; i < len; i++) w[i] = (char)lede_to_lower(s[i]);
  w[len] = 0;
  if (!strcmp(w, "st") || !strcmp(w, "nd") || !strcmp(w, "rd") || !strcmp(w, "th")) return -1;
  if (!strcmp(w, "s")) return -2;
  if (!strcmp(w, "k")) return 1e3;
  if (!strcmp(w, "m") || !strcmp(w, "mn") || !strcmp(w, "mln") || !strcmp(w, "mil")) return 1e6;
  if (!strcmp(w, "b") || !strcmp(w, "bn") || !strcmp(w, "bln")) return 1e9;
  if (!strcmp(w, "tn") || !strcmp(w, "tln")) return 1e12;
  return 0;
}

/* Reads the numeral in digits at s[i]: separators, decimals, dates, times,
 * phone-like runs, glued suffixes. */
static void read_digits(const scan *sc, size_t i, numtok *d) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, j;
  double a;
  int la;
  memset(d, 0, sizeof *d);
  d->mult = 1;
  j = skip_digits(s, n, i, &a, &la);
  d->intdigits = la;
  d->v = a;
  if (j + 1 < n && s[j] == '/' && lede_is_digit(s[j + 1])) {
    double b;
    int lb;
    size_t k = skip_digits(s, n, j + 1, &b, &lb);
    if (k + 1 < n && s[k] == '/' && lede_is_digit(s[k + 1])) {
      size_t m = k + 1;
      if (la <= 2 && lb <= 2) {  /* d/m/yyyy: at most four digits of year (a time may be glued) */
        size_t lim = m + 4;
        while (m < n && m < lim && lede_is_digit(s[m])) m++;
      } else m = skip_digits(s, n, m, NULL, NULL);
      d->form = ND_DATE;
      d->e = m;
      return;
    }
    if (la <= 2 && lb <= 2 && a > 0 && a < b && !byte_is_alnum(s, n, k)) {
      d->form = ND_FRACTION;
      d->v = a / b;
      d->e = k;
      return;
    }
    d->form = ND_SKIP;
    d->e = skip_set(s, n, k, "/");
    return;
  }
  if (j + 2 < n && s[j] == ':' && lede_is_digit(s[j + 1]) && lede_is_digit(s[j + 2]) && la <= 2 &&
      (j + 3 >= n || !lede_is_digit(s[j + 3]))) {
    d->form = ND_TIME;
    d->e = j + 3;
    if (d->e + 2 < n && s[d->e] == ':' && lede_is_digit(s[d->e + 1]) && lede_is_digit(s[d->e + 2]))
      d->e += 3;
    return;
  }
  if (j + 1 < n && s[j] == '-' && lede_is_digit(s[j + 1])) {
    int lb;
    size_t k = skip_digits(s, n, j + 1, NULL, &lb);
    if (la == 4 && lb == 2 && k + 2 < n && s[k] == '-' && lede_is_digit(s[k + 1]) &&
        lede_is_digit(s[k + 2]) && !byte_is_alnum(s, n, k + 3)) {
      d->form = ND_DATE;  /* 2022-09-13 */
      d->e = k + 3;
      return;
    }
    if ((k + 1 < n && s[k] == '-' && lede_is_digit(s[k + 1])) || (la == 3 && lb == 4)) {
      d->form = ND_SKIP;  /* phone numbers, codes */
      d->e = skip_set(s, n, k, "-");
      return;
    }
  }
  /* thousands separators: "6,500", "1 414 021 100" (narrow spaces always;
   * plain spaces only for two groups or more) */
  if (la <= 3) {
    size_t k = j;
    double v = a;
    int groups = 0;
    for (;;) {
      size_t w = 0;
      if (k < n && s[k] == ',') w = 1;
      else if (k < n && s[k] == ' ') w = 1;
      else if (k < n) w = (size_t)space_width(s, n, k);
      if (!w || k + w + 3 > n) break;
      if (!lede_is_digit(s[k + w]) || !lede_is_digit(s[k + w + 1]) || !lede_is_digit(s[k + w + 2]))
        break;
      if (k + w + 3 < n && lede_is_digit(s[k + w + 3])) break;
      if (s[k] == ' ' && s[j] != ' ') break;  /* do not mix commas and spaces */
      if (s[k] == ',' && s[j] != ',') break;
      v = v * 1000 + (s[k + w] - '0') * 100 + (s[k + w + 1] - '0') * 10 + (s[k + w + 2] - '0');
      k += w + 3;
      groups++;
    }
    if (groups && s[j] == ' ' && groups < 2) groups = 0;
    if (groups) {
      j = k;
      a = v;
      d->grouped = 1;
    }
  }
  if (j + 1 < n && s[j] == '.' && lede_is_digit(s[j + 1])) {
    size_t k = j + 1;
    double fr = 0, sc10 = 1;
    while (k < n && lede_is_digit(s[k])) {
      if (sc10 < 1e18) { fr = fr * 10 + (s[k] - '0'); sc10 *= 10; }
      k++;
    }
    if (k + 1 < n && s[k] == '.' && lede_is_digit(s[k + 1])) {
      d->form = ND_SKIP;  /* 192.168.1.2, version numbers */
      d->e = skip_set(s, n, k, ".");
      return;
    }
    d->decimal = 1;
    d->mant = a * sc10 + fr;  /* exact while below 2^53: "1.2bn" = 12e9 / 10 */
    d->scale10 = sc10;
    j = k;
  }
  if (j < n && lede_is_alpha(s[j])) {
    size_t k = j;
    while (k < n && lede_is_alpha(s[k])) k++;
    double m = suffix_mult(s + j, k - j);
    if (m == 0 && k - j == 2 && s[j] == 'M' && s[j + 1] == 'M') m = 1e6;  /* "US$ 1MM" */
    if (m == 0 || byte_is_alnum(s, n, k)) {
      d->form = ND_SKIP;  /* "29km", "3D", "A320" */
      while (k < n && byte_is_alnum(s, n, k)) k++;
      d->e = k;
      return;
    }
    if (m == -1) {
      if (d->decimal) { d->form = ND_SKIP; d->e = k; return; }
      d->form = ND_ORD;
    } else if (m == -2) {
      if (d->decimal || d->grouped || !((la == 4 || la == 2) && fmod(a, 10) == 0)) {
        d->form = ND_SKIP;
        d->e = k;
        return;
      }
      d->form = ND_DECADE;
    } else {
      d->mult = m;
    }
    j = k;
  } else if (byte_is_alnum(s, n, j)) {
    d->form = ND_SKIP;
    while (j < n && byte_is_alnum(s, n, j)) j++;
    d->e = j;
    return;
  }
  if (j < n && s[j] == '+' && !(j + 1 < n && lede_is_digit(s[j + 1]))) {
    d->plus = 1;
    j++;
  }
  if (d->decimal) {
    if (d->mant < 9007199254740992.0 && d->scale10 <= 1e18) d->v = d->mant * d->mult / d->scale10;
    else d->v = d->mant / d->scale10 * d->mult;
  } else {
    d->v = a * d->mult;
  }
  d->e = j;
}

/* May a numeral start at s[i]? Not inside a word ("G7", "COVID-19",
 * "YGr04"), a path, an address or after a "+" (phone numbers). */
static int digit_start_ok(const scan *sc, size_t i) {
  const unsigned char *s = sc->s;
  if (i == 0) return 1;
  unsigned char c = s[i - 1];
  if (lede_is_alpha(c)) return 0;
  if (c >= 0x80) {
    size_t k = i - 1;
    while (k > 0 && (s[k] & 0xC0) == 0x80 && i - k < 4) k--;
    size_t k2 = k;
    if (cp_is_letter(lede_utf8_next((const char *)s, sc->n, &k2)) && k2 == i) return 0;
    return 1;
  }
  if (c && strchr("/:=&%_#@\\^+", c)) return 0;
  if ((c == '-' || c == '.') && i >= 2 && lede_is_alnum(s[i - 2])) return 0;
  return 1;
}

/* ---------- quantities ---------- */

enum { L_NONE, L_UNIT, L_TENS, L_DIG, L_HUNDRED, L_SCALE, L_AND, L_A, L_FRAC };

typedef struct qty {
  size_t s, e;
  double v;
  int has_v;
  int kind;            /* LEDE_NUM_CARDINAL, _ORDINAL, _FRACTION, _VAGUE, _DATE, _YEAR */
  double vmin;         /* vague: conservative minimum (0: none) */
  int digits, words;   /* written with digits / with words */
  int plain4;          /* four digits and nothing else: a year candidate */
  int decade;          /* "1990s" */
  int plus;            /* "50+" */
  int couple;          /* "a couple" */
  int single_one;      /* the word "one" alone */
  int last_unitish;    /* ends in a unit word or digits (so "second" is a time unit) */
  double scale;        /* the largest multiplier applied */
  size_t skip;         /* ND_SKIP: where the unreadable run ends */
} qty;

static int is_numword(const tok *t) {
  int c = tok_cls(t);
  return c == NW_UNIT || c == NW_TENS;
}

/* Reads "tens of thousands", "several hundred", "dozens", ... at t. */
static int parse_vague(const scan *sc, const tok *t, qty *q) {
  const char *w = t->w->w;
  tok u = lex(sc, t->e);
  q->kind = LEDE_NUM_VAGUE;
  q->words = 1;
  q->e = t->e;
  q->vmin = t->w->val;
  if (!strcmp(w, "tens") || !strcmp(w, "hundreds") || !strcmp(w, "dozens")) {
    if (tok_is(&u, "of") && u.gap == 1) {
      tok x = lex(sc, u.e);
      int c = tok_cls(&x);
      if (x.gap == 1 && c == NW_VAGUE && x.w->val >= 2000) {  /* thousands, millions */
        q->vmin = t->w->val * x.w->val / 2;
        q->e = x.e;
        return 1;
      }
    }
    if (!strcmp(w, "tens")) return 0;
  }
  if (!strcmp(w, "scores") && !(tok_is(&u, "of") && u.gap == 1)) return 0;
  if (!strcmp(w, "several")) {
    int c = tok_cls(&u);
    if (u.gap == 1 && (c == NW_HUNDRED || c == NW_SCALE || c == NW_DOZEN)) {
      q->vmin = 3 * u.w->val;
      q->e = u.e;
    }
  }
  if (!strcmp(w, "many")) {
    /* "many soldiers", "many of them"; not "how many", "so many" */
    const tok *p = &sc->prev;
    if (tok_is(p, "how") || tok_is(p, "so") || tok_is(p, "too") || tok_is(p, "as") ||
        tok_is(p, "very") || tok_is(p, "not"))
      return 0;
    if (u.type != TK_WORD || u.gap != 1) return 0;
  }
  return 1;
}

/* After "a"/"an": "a dozen", "a hundred", "a couple", "a few", "a half". */
static int parse_after_a(const scan *sc, const tok *t, qty *q, size_t *cont) {
  tok u = lex(sc, t->e);
  int c = tok_cls(&u);
  if (u.gap != 1) return 0;
  q->words = 1;
  switch (c) {
  case NW_HUNDRED: case NW_SCALE: case NW_DOZEN:
    if (c == NW_SCALE && u.len <= 3) return 0;  /* "a k", "a bn" */
    *cont = t->e;
    return 2;  /* the composer continues with value 1 */
  case NW_COUPLE:
    q->v = 2; q->has_v = 1; q->couple = 1; q->e = u.e; q->kind = LEDE_NUM_CARDINAL;
    return 1;
  case NW_FEW: case NW_HANDFUL: {
    tok x = lex(sc, u.e);
    int xc = tok_cls(&x);
    q->kind = LEDE_NUM_VAGUE;
    q->vmin = 2;
    q->e = u.e;
    if (c == NW_FEW && x.gap == 1 && (xc == NW_HUNDRED || xc == NW_SCALE || xc == NW_DOZEN) &&
        x.len > 3) {
      q->vmin = 2 * x.w->val;
      q->e = x.e;
    }
    return 1;
  }
  case NW_HALF: case NW_QUARTER:
    q->v = u.w->val; q->has_v = 1; q->kind = LEDE_NUM_FRACTION; q->e = u.e;
    return 1;
  default:
    return 0;
  }
}

/* Reads a quantity at pos: digits, number words and their mixtures.
 * Returns 1 when one was read, 0 when none starts here, -1 for a run of
 * digits that is no number (q->skip says where it ends). */
static int parse_quantity(const scan *sc, size_t pos, qty *q, int glued_ok) {
  const unsigned char *s = sc->s;
  tok t = lex(sc, pos);
  double total = 0, cur = 0, last_scale = INFINITY, last_atom = 0, sign = 1;
  int last = L_NONE, hund = 0, ordinal = 0, frac = 0;
  memset(q, 0, sizeof *q);
  q->s = t.s;
  q->kind = LEDE_NUM_CARDINAL;
  q->scale = 1;
  if (tok_cls(&t) == NW_MINUS || (tok_dash(&t) && t.cp == '-')) {
    tok u = lex(sc, t.e);
    int glued_digit = u.type == TK_NUM && u.gap == 0;
    if (tok_cls(&t) == NW_MINUS ? !((u.type == TK_NUM || is_numword(&u)) && u.gap == 1)
                                : !glued_digit || (t.s > 0 && !lede_is_space(s[t.s - 1]) &&
                                                   s[t.s - 1] != '(' && s[t.s - 1] != 0))
      return 0;
    sign = -1;
    t = u;
  }
  size_t e = t.s;
  if (t.type == TK_NUM) {
    numtok d;
    if (!glued_ok && !digit_start_ok(sc, t.s) && sign > 0) { q->skip = t.e; return -1; }
    read_digits(sc, t.s, &d);
    switch (d.form) {
    case ND_SKIP: q->skip = d.e; return -1;
    case ND_DATE: case ND_TIME: q->kind = LEDE_NUM_DATE; q->e = d.e; q->digits = 1; return 1;
    case ND_FRACTION: q->kind = LEDE_NUM_FRACTION; q->v = sign * d.v; q->has_v = 1; q->e = d.e;
      q->digits = 1; return 1;
    case ND_ORD: q->kind = LEDE_NUM_ORDINAL; q->v = d.v; q->has_v = 1; q->e = d.e; q->digits = 1;
      return 1;
    case ND_DECADE:
      q->kind = LEDE_NUM_YEAR; q->decade = 1; q->v = d.v < 100 ? 1900 + d.v : d.v;
      q->has_v = 1; q->e = d.e; q->digits = 1; return 1;
    default: break;
    }
    q->digits = 1;
    q->plus = d.plus;
    q->plain4 = d.intdigits == 4 && !d.grouped && !d.decimal && d.mult == 1 && !d.plus && sign > 0;
    e = d.e;
    if (d.mult > 1) {  /* "3m", "1.2bn": nothing composes after a glued suffix */
      total = d.v; last_scale = d.mult; last = L_SCALE; q->scale = d.mult;
      goto done;
    } else {
      cur = d.v; last_atom = d.v; last = L_DIG;
    }
    if (d.plus) goto done;
  } else if (t.type == TK_WORD && t.w) {
    switch (t.w->cls) {
    case NW_UNIT:
      cur = last_atom = t.w->val; last = L_UNIT; e = t.e; q->words = 1;
      q->single_one = tok_is(&t, "one");
      break;
    case NW_TENS:
      cur = last_atom = t.w->val; last = L_TENS; e = t.e; q->words = 1;
      break;
    case NW_ORD:
      if (sign < 0) return 0;
      q->kind = LEDE_NUM_ORDINAL; q->v = t.w->val; q->has_v = 1; q->e = t.e; q->words = 1;
      return 1;
    case NW_VAGUE:
      if (sign < 0) return 0;
      return parse_vague(sc, &t, q);
    case NW_A: {
      size_t cont;
      int r = sign < 0 ? 0 : parse_after_a(sc, &t, q, &cont);
      if (r != 2) return r;
      cur = last_atom = 1; last = L_A; e = cont;
      break;
    }
    case NW_HALF: {
      tok u = lex(sc, t.e);
      q->words = 1;
      if (u.gap == 1 && tok_cls(&u) == NW_A) {
        tok x = lex(sc, u.e);
        int xc = tok_cls(&x);
        if (x.gap == 1 && (xc == NW_SCALE || xc == NW_HUNDRED || xc == NW_DOZEN) && x.len > 3) {
          q->v = 0.5 * x.w->val; q->has_v = 1; q->e = x.e; q->scale = x.w->val;
          return 1;
        }
        if (x.gap == 1 && xc == NW_TIMEUNIT) {
          q->v = 0.5; q->has_v = 1; q->e = u.e;  /* "half an hour": the unit follows */
          return 1;
        }
      }
      if (u.gap == 1 && (tok_cls(&u) == NW_SCALE || tok_cls(&u) == NW_DOZEN) && u.len > 3) {
        q->v = 0.5 * u.w->val; q->has_v = 1; q->e = u.e; q->scale = u.w->val;
        return 1;
      }
      q->kind = LEDE_NUM_FRACTION; q->v = 0.5; q->has_v = 1; q->e = t.e;
      return 1;
    }
    default:
      return 0;
    }
  } else {
    return 0;
  }

  /* compose: "one hundred and five", "4 thousand 3 hundred and 21", "1.5 million" */
  for (;;) {
    tok u = lex(sc, e);
    if (u.gap > 1) break;
    if (tok_dash(&u) && last == L_TENS) {  /* forty-two, fifty - two, twenty-first */
      tok v = lex(sc, u.e);
      int vc = tok_cls(&v);
      if (v.gap <= 1 && (vc == NW_UNIT || (vc == NW_ORD && (v.w->flags & NF_UNITORD))) &&
          v.w->val > 0 && v.w->val < 10) {
        cur += v.w->val;
        e = v.e;
        if (vc == NW_ORD) { ordinal = 1; break; }
        last = L_UNIT;
        last_atom = v.w->val;
        continue;
      }
      break;
    }
    if (u.type == TK_NUM) {
      if (!((last == L_SCALE || last == L_AND) && cur == 0 && u.gap == 1) &&
          !(last == L_AND && fmod(cur, 100) == 0 && u.gap == 1))
        break;
      numtok d;
      read_digits(sc, u.s, &d);
      double lim = last == L_AND && hund ? 100 : last_scale;
      if (d.form != ND_PLAIN || d.grouped || d.mult > 1 || d.decimal || d.v >= lim) break;
      cur += d.v; last_atom = d.v; last = L_DIG; e = d.e; q->digits = 1;
      continue;
    }
    if (u.type != TK_WORD || !u.w || u.gap != 1) break;
    int c = u.w->cls;
    double val = u.w->val;
    if (c == NW_UNIT) {
      if (last == L_TENS && val > 0 && val < 10) cur += val;
      else if ((last == L_HUNDRED || last == L_AND) && fmod(cur, 100) == 0) cur += val;
      else if (last == L_SCALE && cur == 0) cur = val;
      else break;
      last = L_UNIT; last_atom = val; e = u.e; q->words = 1;
    } else if (c == NW_TENS) {
      if ((last == L_HUNDRED || last == L_AND || last == L_SCALE) && fmod(cur, 100) == 0) cur += val;
      else break;
      last = L_TENS; last_atom = val; e = u.e; q->words = 1;
    } else if (c == NW_HUNDRED) {
      if (hund || cur <= 0 || !(last == L_UNIT || last == L_TENS || last == L_DIG || last == L_A)) break;
      if (last != L_DIG && cur >= 100) break;
      cur *= 100; hund = 1; last = L_HUNDRED; e = u.e; q->words = 1;
      if (q->scale < 100) q->scale = 100;
    } else if (c == NW_SCALE) {
      if (cur <= 0 || val >= last_scale || last == L_AND) break;
      if (u.len <= 3 && last != L_DIG) break;  /* "k", "bn" only after digits */
      total += cur * val; cur = 0; last_scale = val; hund = 0; last = L_SCALE; e = u.e;
      q->words = 1;
      if (q->scale < val) q->scale = val;
    } else if (c == NW_DOZEN || (c == NW_VAGUE && (val == 24 || val == 200 || val >= 2000) &&
                                 (last == L_UNIT || last == L_TENS || last == L_DIG))) {
      /* "3 dozens", "three hundred and two dozens", "five hundreds" */
      if (cur <= 0 || !(last == L_UNIT || last == L_TENS || last == L_DIG || last == L_A)) break;
      double m = c == NW_DOZEN ? 12 : val == 24 ? 12 : val == 200 ? 100 : val / 2;
      if (m >= 1000) { total += cur * m; cur = 0; }
      else cur = cur - last_atom + last_atom * m;
      e = u.e; q->words = 1;
      break;
    } else if (c == NW_ORD) {
      int unitord = u.w->flags & NF_UNITORD, ordscale = u.w->flags & NF_ORDSCALE;
      if (unitord && val < 10 && last == L_TENS) cur += val;
      else if (!ordscale && (last == L_HUNDRED || last == L_SCALE || last == L_AND) &&
               fmod(cur, 100) == 0 && !(unitord && val == 2 && last == L_SCALE && cur == 0 && 0))
        cur += val;
      else if (ordscale && val == 100 && cur > 0 && cur < 100 && last != L_AND) cur *= 100;
      else if (ordscale && val > 100 && cur > 0 && val < last_scale) { total += cur * val; cur = 0; }
      else break;
      e = u.e; ordinal = 1;
      break;
    } else if (c == NW_AND) {
      tok v = lex(sc, u.e);
      if (v.gap != 1) break;
      int vc = tok_cls(&v);
      if (vc == NW_A) {  /* "one and a half", "one million and a half", "five and a half million" */
        tok x = lex(sc, v.e);
        int xc = tok_cls(&x);
        if (x.gap != 1 || !(xc == NW_HALF || xc == NW_QUARTER) || last == L_AND) break;
        if (last == L_SCALE) {
          tok y = lex(sc, x.e);
          if (y.gap == 1 && tok_cls(&y) == NW_SCALE && y.w->val < last_scale && y.len > 3) {
            total += x.w->val * y.w->val; e = y.e;
          } else {
            total += x.w->val * last_scale; e = x.e;
          }
          frac = 1;
          break;
        }
        cur += x.w->val; e = x.e; last = L_FRAC; frac = 1;
        continue;
      }
      if (!(last == L_HUNDRED || last == L_SCALE)) break;
      int ok = vc == NW_UNIT || vc == NW_TENS || (vc == NW_ORD && !(v.w->flags & NF_ORDSCALE));
      if (v.type == TK_NUM) {
        numtok d;
        read_digits(sc, v.s, &d);
        ok = last == L_HUNDRED && d.form == ND_PLAIN && !d.grouped && !d.decimal && d.mult == 1 &&
             d.v < 100;
      }
      if (!ok || (v.type == TK_NUM ? sc->s[v.s] == '0' && v.e == v.s + 1 : v.w->val == 0)) break;
      if (last == L_HUNDRED) {  /* "3 hundred and 2 hundred" are two numbers */
        tok x = lex(sc, v.e);
        if (x.gap == 1 && tok_cls(&x) == NW_HUNDRED) break;
      }
      last = L_AND; e = u.e;
    } else break;
  }
  if (last == L_AND) return 0;  /* cannot happen: "and" is taken only before a number */
done:
  q->v = sign * (total + cur);
  q->has_v = 1;
  q->e = e;
  q->last_unitish = last == L_UNIT || last == L_DIG;
  if (ordinal) q->kind = LEDE_NUM_ORDINAL;
  else if (frac && 0) q->kind = LEDE_NUM_FRACTION;
  if (q->words) q->plain4 = 0;
  if (last != L_UNIT || q->words != 1 || e != t.e) q->single_one = 0;
  return 1;
}

/* ---------- records ---------- */

/* Matches a qualifier phrase at t; sets *end to after it. */
static const nw_qual *match_qual(const scan *sc, const tok *t, size_t *end) {
  for (size_t i = 0; i < nw_nquals; i++) {
    if (sc->ix.qual_first[i] != t->w) continue;
    const char *p = nw_quals[i].words;
    const char *sp = strchr(p, ' ');
    size_t e = t->e;
    int ok = 1;
    while (sp) {
      p = sp + 1;
      sp = strchr(p, ' ');
      size_t l = sp ? (size_t)(sp - p) : strlen(p);
      tok u = lex(sc, e);
      if (u.type != TK_WORD || u.gap != 1 || u.len != l || !same_word(sc->s + u.s, p, l)) { ok = 0; break; }
      e = u.e;
    }
    if (ok) { *end = e; return &nw_quals[i]; }
  }
  return NULL;
}

/* Symbols: ">30", ">= 30", "< = 100". */
static int match_symbol_qual(const scan *sc, const tok *t, int *op, size_t *end) {
  const unsigned char *s = sc->s;
  if (!(tok_punct(t, '<') || tok_punct(t, '>'))) return 0;
  if (t->s > 0 && (s[t->s - 1] == '<' || s[t->s - 1] == '=' || s[t->s - 1] == '>')) return 0;
  tok u = lex(sc, t->e);
  int eq = 0;
  size_t e = t->e;
  if (tok_punct(&u, '=')) { eq = 1; e = u.e; u = lex(sc, u.e); }
  if (tok_punct(&u, '>') || tok_punct(&u, '<')) return 0;
  *op = t->cp == '<' ? (eq ? LEDE_OP_LE : LEDE_OP_LT) : (eq ? LEDE_OP_GE : LEDE_OP_GT);
  *end = e;
  return 1;
}

/* Currency sign before a number: "$", "US$", "€", "£", "¥", "₽", "₼", "֏". */
static int match_currency(const scan *sc, size_t pos, char code[4], size_t *end) {
  tok t = lex(sc, pos);
  const char *c = NULL;
  if (tok_is(&t, "us") && t.cap) {
    tok u = lex(sc, t.e);
    if (tok_punct(&u, '$') && u.gap == 0) { c = "USD"; t = u; }
  }
  if (!c && t.type == TK_PUNCT) {
    switch (t.cp) {
    case '$': c = "USD"; break;
    case 0x20AC: c = "EUR"; break;
    case 0xA3: c = "GBP"; break;
    case 0xA5: c = "JPY"; break;
    case 0x20BD: c = "RUB"; break;
    case 0x20BC: c = "AZN"; break;
    case 0x058F: c = "AMD"; break;
    default: break;
    }
  }
  if (!c) return 0;
  tok u = lex(sc, t.e);
  if (u.gap > 1 || !(u.type == TK_NUM || is_numword(&u) || tok_cls(&u) == NW_A)) return 0;
  memcpy(code, c, 4);
  *end = t.e;
  return 1;
}

static int word_ends_ed(const scan *sc, const tok *t) {
  return t->e - t->s > 3 && sc->s[t->e - 1] == 'd' && sc->s[t->e - 2] == 'e';
}

static int word_plural(const scan *sc, const tok *t) {
  if (t->w && (t->w->flags & NF_PLURAL)) return 1;
  size_t l = t->e - t->s;
  const unsigned char *w = sc->s + t->s;
  if (l < 3 || (w[l - 1] != 's' && w[l - 1] != 'S')) return 0;
  unsigned char p = (unsigned char)lede_to_lower(w[l - 2]);
  return p != 's' && p != 'u' && p != 'i';
}

/* Can word t belong to a counted noun phrase (at position i of it)? */
static int np_word_ok(const scan *sc, const tok *t, int i) {
  if (t->type != TK_WORD) return 0;
  if (t->gap != 1) return 0;
  unsigned f = tok_flags(t);
  int c = tok_cls(t);
  if (f & NF_STOP) return 0;
  if (c == NW_UNIT || c == NW_TENS || c == NW_HUNDRED || c == NW_SCALE || c == NW_VAGUE ||
      c == NW_ORD || c == NW_AND || c == NW_PERCENT || (c == NW_MONTH && tok_month(t)))
    return 0;
  if (i > 0 && word_ends_ed(sc, t) && !(f & NF_PLURAL)) return 2;  /* "were killed"; but "armoured vehicles" */
  if (i > 0 && tok_cls(t) == NW_OTHER && (f & NF_QUAL) && !(f & NF_ADJ)) return 0;
  return 1;
}

/* Reads up to max noun-phrase words from pos (joining hyphenated compounds);
 * returns their count, spans in it[], and sets *head to the head's index. */
static int read_np(const scan *sc, size_t pos, int max, tok it[], size_t ends[], int *head) {
  int k = 0;
  tok u = lex(sc, pos);
  int ok;
  while (k < max && (ok = np_word_ok(sc, &u, k)) != 0) {
    if (ok == 2) {  /* an -ed word joins only as an adjective before a plural noun */
      tok x = lex(sc, u.e);
      if (k + 1 >= max || np_word_ok(sc, &x, k + 1) != 1 || !word_plural(sc, &x)) break;
    }
    size_t end = u.e;
    for (;;) {  /* "Azerbaijani-backed", "ex-Soviet" */
      tok h = lex(sc, end);
      if (!(tok_punct(&h, '-') && h.gap == 0)) break;
      tok x = lex(sc, h.e);
      if (x.type != TK_WORD || x.gap != 0) break;
      end = x.e;
      u.w = x.w;
    }
    it[k] = u;
    ends[k] = end;
    k++;
    u = lex(sc, end);
  }
  *head = -1;
  for (int i = 0; i < k; i++) {
    /* "wounded soldiers": a participle before another word modifies it */
    if (i + 1 < k && it[i].w && (it[i].w->flags & NF_PLURAL) && word_ends_ed(sc, &it[i])) continue;
    if (i + 1 < k && (tok_is(&it[i], "dead") || tok_is(&it[i], "missing"))) continue;
    if (word_plural(sc, &it[i]) && ends[i] == it[i].e) { *head = i; break; }
  }
  if (*head < 0 && k) *head = k - 1;
  if (k && !word_plural(sc, &it[*head]) && it[*head].w && (it[*head].w->flags & NF_ADJ))
    *head = -1, k = 0;  /* "dozens more", "two other": no noun */
  return k;
}

/* "of its soldiers", "of the Azerbaijani Army": sets the of-span; for a
 * partitive ("50 of its soldiers") the noun too. */
static void of_phrase(const scan *sc, size_t pos, lede_number *r, int partitive) {
  tok u = lex(sc, pos);
  size_t start = u.s, p = pos;
  tok it[6];
  size_t ends[6];
  int head;
  if (u.gap != 1) return;
  for (int i = 0; i < 2 && u.type == TK_WORD && (tok_flags(&u) & NF_DET); i++) {
    p = u.e;
    u = lex(sc, p);
  }
  int k = read_np(sc, p, 5, it, ends, &head);
  if (!k) return;
  r->of_start = start;
  r->of_end = ends[k - 1];
  if (partitive) {
    r->noun_start = it[head].s;
    r->noun_end = ends[head];
    r->np_start = start;
    r->np_end = ends[head];
    if (r->np_end < r->of_end) r->of_end = r->np_end;
  }
}

static void find_noun(const scan *sc, lede_number *r) {
  tok u = lex(sc, r->end);
  if (u.type != TK_WORD || u.gap != 1) return;
  if (tok_is(&u, "of")) { of_phrase(sc, u.e, r, 1); return; }
  tok it[4];
  size_t ends[4];
  int head;
  int k = read_np(sc, r->end, 4, it, ends, &head);
  if (!k) return;
  r->noun_start = it[head].s;
  r->noun_end = ends[head];
  r->np_start = it[0].s;
  r->np_end = ends[head];
  tok o = lex(sc, ends[head]);
  if (tok_is(&o, "of") && o.gap == 1) of_phrase(sc, o.e, r, 0);
}

static void clear_noun(lede_number *r) {
  r->noun_start = r->noun_end = r->np_start = r->np_end = r->of_start = r->of_end = 0;
}

/* The ±10% band of "about N": at least 1 for whole numbers. */
static double band(double v, int whole) {
  double a = fabs(v);
  if (!whole) return a * 0.1;
  double d = floor(a / 10);
  return d < 1 ? 1 : d;
}

static void set_bounds(lede_number *r, int hedge, double vmin) {
  double v = r->value;
  int has = r->flags & LEDE_NUM_HAS_VALUE;
  int whole = has && v == floor(v) && fabs(v) < 9007199254740992.0;
  int count = whole && (r->kind == LEDE_NUM_CARDINAL || r->kind == LEDE_NUM_VAGUE);
  if (r->kind == LEDE_NUM_VAGUE && !has) {
    if (vmin > 0 && (r->op == LEDE_OP_EQ || r->op == LEDE_OP_GE || r->op == LEDE_OP_GT ||
                     r->op == LEDE_OP_APPROX)) {
      if (r->op != LEDE_OP_GT) r->op = LEDE_OP_GE;
      r->min = vmin;
      r->flags |= LEDE_NUM_HAS_MIN;
    } else if (r->op == LEDE_OP_EQ) r->op = LEDE_OP_APPROX;
    return;
  }
  if (!has) return;
  switch (r->op) {
  case LEDE_OP_EQ:
    r->min = r->max = v;
    r->flags |= LEDE_NUM_HAS_MIN | LEDE_NUM_HAS_MAX;
    break;
  case LEDE_OP_APPROX:
    r->min = v - band(v, whole);
    r->max = v + band(v, whole);
    r->flags |= LEDE_NUM_HAS_MIN | LEDE_NUM_HAS_MAX;
    break;
  case LEDE_OP_GT:
    r->min = count ? v + 1 : v;
    r->flags |= LEDE_NUM_HAS_MIN;
    if (hedge) { r->max = v + band(v, whole); r->flags |= LEDE_NUM_HAS_MAX; }
    break;
  case LEDE_OP_GE:
    r->min = v;
    r->flags |= LEDE_NUM_HAS_MIN;
    break;
  case LEDE_OP_LT:
    r->max = count ? v - 1 : v;
    r->flags |= LEDE_NUM_HAS_MAX;
    if (hedge) { r->min = v - band(v, whole); r->flags |= LEDE_NUM_HAS_MIN; }
    break;
  case LEDE_OP_LE:
    r->max = v;
    r->flags |= LEDE_NUM_HAS_MAX;
    break;
  case LEDE_OP_RANGE:
    break;  /* set by the caller */
  }
}

static void set_duration(lede_number *r, int unit) {
  char num[32];
  double v = r->value;
  if (!(r->flags & LEDE_NUM_HAS_VALUE) || v < 0 || v > 1e9) { r->duration[0] = 0; return; }
  if (v == floor(v)) snprintf(num, sizeof num, "%.0f", v);
  else snprintf(num, sizeof num, "%g", v);
  const char *fmt = "P%s%c";
  char u = (char)unit;
  switch (unit) {
  case 'H': fmt = "PT%s%c"; break;
  case 'I': fmt = "PT%s%c"; u = 'M'; break;
  case 'S': fmt = "PT%s%c"; break;
  case 'N': u = 'M'; break;
  case 'E': fmt = "P%sDE"; break;
  case 'C': fmt = "P%sCE"; break;
  default: break;
  }
  snprintf(r->duration, sizeof r->duration, fmt, num, u);
}

/* Time-unit code of t, or 0; "second" counts only after a number. */
static int time_unit(const tok *t, int after_unitish) {
  if (tok_cls(t) == NW_TIMEUNIT) return (int)t->w->val;
  if (after_unitish && tok_is(t, "second")) return 'S';
  return 0;
}

static int prev_is_year_word(const scan *sc) {
  static const char *const w[] = { "in", "since", "the", "of", "by", "until", "from", "to",
                                   "between", "before", "after", "during", "early", "late",
                                   "mid", "and", "or", "till", "through", NULL };
  const tok *p = &sc->prev;
  if (tok_month(p)) return 1;
  for (int i = 0; w[i]; i++) if (tok_is(p, w[i])) return 1;
  return 0;
}

/* Trailing qualifiers: "or more", "and above", "or less", "or equal (to)". */
static int trailing_qual(const scan *sc, lede_number *r) {
  tok u = lex(sc, r->end);
  if (!(tok_is(&u, "or") || tok_is(&u, "and")) || u.gap != 1) return 0;
  tok v = lex(sc, u.e);
  if (v.type != TK_WORD || v.gap != 1) return 0;
  int op = -1;
  if (r->op == LEDE_OP_EQ || r->op == LEDE_OP_APPROX) {
    if (tok_is(&v, "more") || tok_is(&v, "greater") || tok_is(&v, "higher") || tok_is(&v, "above") ||
        tok_is(&v, "over") || tok_is(&v, "larger"))
      op = LEDE_OP_GE;
    else if (tok_is(&v, "less") || tok_is(&v, "fewer") || tok_is(&v, "lower") || tok_is(&v, "below") ||
             tok_is(&v, "under") || tok_is(&v, "smaller"))
      op = LEDE_OP_LE;
  } else if ((r->op == LEDE_OP_GT || r->op == LEDE_OP_LT) && tok_is(&u, "or") && tok_is(&v, "equal")) {
    op = r->op == LEDE_OP_GT ? LEDE_OP_GE : LEDE_OP_LE;
  }
  if (op < 0) return 0;
  size_t e = v.e;
  tok x = lex(sc, e);
  if (x.gap == 1 && (tok_is(&x, "than") || tok_is(&x, "to"))) {
    tok y = lex(sc, x.e);
    if (y.gap == 1 && (y.type == TK_NUM || is_numword(&y))) return 0;  /* "or greater than 190" */
    e = x.e;
  } else if (x.gap == 1 && (x.type == TK_NUM || is_numword(&x))) {
    return 0;
  }
  r->op = op;
  r->end = e;
  return 1;
}

static int glued(const tok *t) { return t->gap == 0; }

/* Parses the record that starts at token t. Returns 1 (record in *r),
 * 0 (none starts here) or -1 (skip the unreadable run up to *skip). */
static int parse_record(const scan *sc, const tok *t, lede_number *r, size_t *skip, int nested) {
  size_t pos = t->s;
  int op = LEDE_OP_EQ, hedge = 0, qkind = 0, qualified = 0;
  qty q, q2;
  memset(r, 0, sizeof *r);
  r->start = t->s;
  if (match_symbol_qual(sc, t, &op, &pos)) {
    qualified = 1;
  } else if (tok_flags(t) & NF_QUAL) {
    size_t e;
    const nw_qual *m = match_qual(sc, t, &e);
    if (m) {
      tok u = lex(sc, e);
      if (u.gap != 1 && !(u.gap == 0 && u.type == TK_PUNCT)) return 0;
      op = m->op; hedge = m->hedge; qkind = m->kind; pos = e; qualified = 1;
    } else if (t->w->cls == NW_OTHER || t->w->cls == NW_NONE) {
      return 0;  /* "in", "at", "as": no qualifier, and no number starts with them */
    }
  }
  if (op == LEDE_OP_APPROX) hedge = 1;
  if (match_currency(sc, pos, r->currency, &pos)) {
    r->kind = LEDE_NUM_MONEY;
  }
  int rc = parse_quantity(sc, pos, &q, pos != t->s);
  if (rc < 0) { *skip = q.skip; return qualified ? 0 : -1; }
  if (rc == 0) return 0;
  if (qualified && (q.kind == LEDE_NUM_DATE || q.kind == LEDE_NUM_ORDINAL) && qkind == 0 &&
      op != LEDE_OP_EQ)
    return 0;
  r->end = q.e;
  r->value = q.v;
  if (q.has_v) r->flags |= LEDE_NUM_HAS_VALUE;
  if (r->kind != LEDE_NUM_MONEY) r->kind = (lede_num_kind)q.kind;
  r->op = (lede_num_op)op;

  /* "between X and Y", "from X to Y", "X to Y", "X-Y", "X or Y" */
  int range = 0;
  if (qkind) {
    tok u = lex(sc, q.e);
    int ok = u.gap == 1 && (qkind == 1 ? tok_is(&u, "and")
                                        : tok_is(&u, "to") || tok_is(&u, "through") || tok_is(&u, "until"));
    if (!ok && qkind == 2 && tok_dash(&u) && u.gap <= 1) ok = 1;
    if (!ok || !q.has_v) return 0;
    if (parse_quantity(sc, u.e, &q2, 1) <= 0 || !q2.has_v || q2.kind != q.kind) return 0;
    range = 1;
  } else if ((op == LEDE_OP_EQ || op == LEDE_OP_APPROX) && q.has_v &&
             (q.kind == LEDE_NUM_CARDINAL || q.kind == LEDE_NUM_ORDINAL) && !q.plus) {
    tok u = lex(sc, q.e);
    if (u.gap <= 1 && (tok_dash(&u) || tok_punct(&u, '~')) && q.digits) {
      tok v = lex(sc, u.e);
      if (v.type == TK_NUM && v.gap <= 1 && parse_quantity(sc, u.e, &q2, 1) > 0 && q2.has_v &&
          q2.kind == LEDE_NUM_CARDINAL) {
        if (q.plain4 && (q2.e - q2.s == 2 || (q2.plain4 && q2.v <= 2100)) && q.v >= 1000 && q.v <= 2100) {
          if (q2.e - q2.s == 2) q2.v += floor(q.v / 100) * 100;
          if (q2.v > q.v) { range = 1; r->kind = LEDE_NUM_YEAR; }
        } else if (q2.v > q.v || (q2.scale > q.scale && q.v * q2.scale / q.scale > q.v)) {
          range = 1;
        }
      }
    } else if (u.gap == 1 && (tok_is(&u, "to") || tok_is(&u, "or"))) {
      tok v = lex(sc, u.e);
      int same = (v.type == TK_NUM) == (q.digits && !q.words);
      if (same && v.gap == 1 && parse_quantity(sc, u.e, &q2, 1) > 0 && q2.has_v && q2.kind == q.kind &&
          (q2.v > q.v || q2.scale > q.scale)) {
        if (tok_is(&u, "to") || q2.v <= 10 * q.v + 10 || q2.scale > q.scale) range = 1;
      }
    }
  }
  if (range) {
    double lo = q.v, hi = q2.v;
    if (q2.scale > q.scale && q.scale == 1 && lo * q2.scale <= hi) lo *= q2.scale;  /* "2 to 3 million" */
    r->op = LEDE_OP_RANGE;
    r->value = lo;
    r->min = lo < hi ? lo : hi;
    r->max = lo < hi ? hi : lo;
    r->flags |= LEDE_NUM_HAS_VALUE | LEDE_NUM_HAS_MIN | LEDE_NUM_HAS_MAX;
    r->end = q2.e;
    q.e = q2.e;
    q.plain4 = 0;
    q.last_unitish = q2.last_unitish;
    if (q.couple) q.couple = 0;
  }
  if (q.plus && r->op == LEDE_OP_EQ) r->op = LEDE_OP_GE;
  if (!range && trailing_qual(sc, r) && op == LEDE_OP_APPROX) {
    /* "about 500 or more": the trailing bound wins; the hedge drops out of the span */
    r->start = q.s;
    hedge = 0;
    qualified = 0;
  }

  /* kind from what follows or precedes */
  tok u = lex(sc, r->end);
  int unit = 0;
  if (r->kind == LEDE_NUM_CARDINAL || r->kind == LEDE_NUM_MONEY || r->kind == LEDE_NUM_FRACTION) {
    if (u.gap <= 1 && (tok_punct(&u, '%') || tok_cls(&u) == NW_PERCENT) && r->kind != LEDE_NUM_MONEY) {
      r->kind = LEDE_NUM_PERCENT;
      r->end = u.e;
    } else if (u.gap == 1 && tok_is(&u, "per")) {
      tok v = lex(sc, u.e);
      if (v.gap == 1 && tok_is(&v, "cent")) { r->kind = LEDE_NUM_PERCENT; r->end = v.e; }
    } else if (u.gap == 1 && tok_cls(&u) == NW_CURRENCY) {
      r->kind = LEDE_NUM_MONEY;
      memcpy(r->currency, nw_currency_codes[(int)u.w->val], 4);
      r->end = u.e;
    } else if (r->kind != LEDE_NUM_MONEY && (u.gap == 1 || (tok_dash(&u) && u.gap == 0))) {
      tok v = u;
      if (tok_dash(&u)) v = lex(sc, u.e);
      if (v.gap <= 1 && (unit = time_unit(&v, q.last_unitish)) != 0 &&
          (v.gap == 1) == (u.gap == 1)) {
        r->kind = LEDE_NUM_DURATION;
        r->end = v.e;
      } else unit = 0;
    }
  }
  if ((r->kind == LEDE_NUM_CARDINAL || r->kind == LEDE_NUM_DATE) && q.digits && !q.words &&
      r->flags & LEDE_NUM_HAS_VALUE && r->value <= 12 && r->value >= 0 && !range) {
    /* "9 am", "10 p.m.", "09:00 am" */
    if (u.gap <= 1 && tok_cls(&u) == NW_AMPM) { r->kind = LEDE_NUM_DATE; r->end = u.e; }
    else if (u.gap <= 1 && (tok_is(&u, "a") || tok_is(&u, "p"))) {
      tok d1 = lex(sc, u.e), m = lex(sc, d1.e);
      if (tok_punct(&d1, '.') && glued(&d1) && tok_is(&m, "m") && glued(&m)) {
        tok d2 = lex(sc, m.e);
        r->kind = LEDE_NUM_DATE;
        r->end = tok_punct(&d2, '.') && glued(&d2) ? d2.e : m.e;
      }
    }
  }
  if ((r->kind == LEDE_NUM_CARDINAL) && (r->flags & LEDE_NUM_HAS_VALUE) && r->value >= 1 && r->value <= 12 &&
      !range && tok_is(&u, "o") && u.gap == 1) {
    /* "ten o'clock" */
    tok a = lex(sc, u.e), c = lex(sc, a.e);
    if ((tok_punct(&a, '\'') || tok_punct(&a, 0x2019)) && glued(&a) && tok_is(&c, "clock") && glued(&c)) {
      r->kind = LEDE_NUM_DATE;
      r->end = c.e;
    }
  }
  if (r->kind == LEDE_NUM_DATE && !(r->flags & LEDE_NUM_HAS_VALUE)) {
    /* "09:00 am" */
    tok v = lex(sc, r->end);
    if (v.gap == 1 && tok_cls(&v) == NW_AMPM) r->end = v.e;
  }
  if ((r->kind == LEDE_NUM_CARDINAL || r->kind == LEDE_NUM_ORDINAL) && (r->flags & LEDE_NUM_HAS_VALUE) &&
      r->value >= 1 && r->value <= 31 && r->value == floor(r->value) &&
      (r->op == LEDE_OP_EQ || r->op == LEDE_OP_RANGE)) {
    tok v = lex(sc, r->end);
    int month = v.gap == 1 && tok_month(&v);
    if (!month && r->kind == LEDE_NUM_ORDINAL && v.gap == 1 && tok_is(&v, "of")) {
      tok m = lex(sc, v.e);
      month = m.gap == 1 && tok_month(&m);
    }
    if (!month && !qualified) {
      const tok *p = &sc->prev;
      month = (tok_month(p) && t->gap == 1) ||
              (tok_punct(p, '.') && tok_month(&sc->prev2) && glued(p));
    }
    if (month) r->kind = LEDE_NUM_DATE;
  }
  if (q.decade) {
    r->op = LEDE_OP_RANGE;
    r->min = r->value;
    r->max = r->value + 9;
    r->flags |= LEDE_NUM_HAS_MIN | LEDE_NUM_HAS_MAX;
  }
  if (q.single_one && !qualified) {
    const tok *p = &sc->prev;
    static const char *const det[] = { "the", "this", "that", "which", "each", "every", "any",
                                       "no", "another", "last", "next", "only", "no-", NULL };
    for (int i = 0; det[i]; i++) if (tok_is(p, det[i])) return 0;
    if (tok_is(&u, "another")) return 0;
  }
  if (tok_cls(&sc->prev) == NW_A && !qualified && r->kind == LEDE_NUM_ORDINAL &&
      q.words && !q.digits && r->value >= 100)
    return 0;  /* "a trillionth" is a fraction */

  if (q.vmin > 0 || r->kind == LEDE_NUM_VAGUE || hedge || q.couple) r->flags |= LEDE_NUM_APPROX;
  if (q.couple && r->op == LEDE_OP_EQ) {
    r->op = LEDE_OP_APPROX;
    r->min = 2; r->max = 3;
    r->flags |= LEDE_NUM_HAS_MIN | LEDE_NUM_HAS_MAX;
  } else if (r->op != LEDE_OP_RANGE) {
    set_bounds(r, hedge, q.vmin);
  }
  if (r->kind == LEDE_NUM_DURATION) set_duration(r, unit);

  /* the counted noun */
  if (r->kind == LEDE_NUM_CARDINAL || r->kind == LEDE_NUM_VAGUE || r->kind == LEDE_NUM_FRACTION ||
      (r->kind == LEDE_NUM_DURATION && tok_dash(&u)))
    find_noun(sc, r);
  if (q.plain4 && r->kind == LEDE_NUM_CARDINAL && r->op == LEDE_OP_EQ && r->value >= 1000 &&
      r->value <= 2100) {
    int counted = r->noun_end > r->noun_start && !(r->of_end > r->of_start && r->np_start == r->of_start);
    if (counted) {
      tok nt = lex(sc, r->noun_start);
      counted = word_plural(sc, &nt) && r->noun_end == nt.e;
    }
    if (!counted || prev_is_year_word(sc)) {
      r->kind = LEDE_NUM_YEAR;
      clear_noun(r);
    }
  }
  if (r->kind == LEDE_NUM_YEAR && q.plain4 == 0 && !q.decade && r->op == LEDE_OP_RANGE) clear_noun(r);

  if (fabs(r->value) >= 9007199254740992.0) r->flags |= LEDE_NUM_INEXACT;
  if (!isfinite(r->value)) { r->flags &= ~(unsigned)(LEDE_NUM_HAS_VALUE | LEDE_NUM_HAS_MIN | LEDE_NUM_HAS_MAX); r->flags |= LEDE_NUM_INEXACT; }

  /* "more than 10 and less than 20": one range */
  if (!nested && (r->op == LEDE_OP_GT || r->op == LEDE_OP_GE || r->op == LEDE_OP_LT || r->op == LEDE_OP_LE) &&
      r->kind == LEDE_NUM_CARDINAL && r->noun_end == r->noun_start) {
    tok a = lex(sc, r->end);
    if (a.gap == 1 && (tok_is(&a, "and") || tok_is(&a, "but"))) {
      tok b = lex(sc, a.e);
      lede_number r2;
      size_t sk;
      int lower1 = r->op == LEDE_OP_GT || r->op == LEDE_OP_GE;
      if (b.gap == 1 && (tok_flags(&b) & NF_QUAL) && parse_record(sc, &b, &r2, &sk, 1) > 0 &&
          r2.kind == LEDE_NUM_CARDINAL) {
        int lower2 = r2.op == LEDE_OP_GT || r2.op == LEDE_OP_GE;
        int upper2 = r2.op == LEDE_OP_LT || r2.op == LEDE_OP_LE;
        const lede_number *lo = lower1 ? r : &r2, *hi = lower1 ? &r2 : r;
        if ((lower1 ? upper2 : lower2) && lo->min <= hi->max) {
          double mn = lo->min, mx = hi->max;
          r->op = LEDE_OP_RANGE;
          r->min = mn;
          r->max = mx;
          r->flags |= LEDE_NUM_HAS_MIN | LEDE_NUM_HAS_MAX;
          r->end = r2.end;
          clear_noun(r);
          find_noun(sc, r);
        }
      }
    }
  }
  return 1;
}

/* Can a quantity start at token t? (A cheap test before parsing.) */
static int may_start(const scan *sc, const tok *t) {
  switch (t->type) {
  case TK_NUM: return 1;
  case TK_WORD:
    if (!t->w) return 0;
    if (t->w->flags & NF_QUAL) return 1;
    switch (t->w->cls) {
    case NW_UNIT: case NW_TENS: case NW_ORD: case NW_VAGUE: case NW_A: case NW_HALF: case NW_MINUS:
      return 1;
    default:
      return tok_is(t, "us");
    }
  case TK_PUNCT:
    return t->cp == '$' || t->cp == 0x20AC || t->cp == 0xA3 || t->cp == 0xA5 || t->cp == 0x20BD ||
           t->cp == 0x20BC || t->cp == 0x058F || t->cp == '<' || t->cp == '>' ||
           (t->cp == '-' && t->e < sc->n && lede_is_digit(sc->s[t->e]));
  default: return 0;
  }
}

/* After "http", "https" or "www": the end of the address. */
static size_t skip_url(const scan *sc, const tok *t) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, i = t->e;
  int url = (tok_is(t, "http") || tok_is(t, "https")) && i + 2 < n && s[i] == ':' && s[i + 1] == '/';
  url |= tok_is(t, "www") && i < n && s[i] == '.';
  if (!url) return 0;
  while (i < n && !lede_is_space(s[i]) && s[i] != '"' && s[i] != '<' && s[i] != '>') i++;
  return i;
}

int lede_numbers(const char *text, size_t n, lede_number_list *out) {
  if (!out || (!text && n)) return LEDE_EINVAL;
  scan *sc = malloc(sizeof *sc);
  if (!sc) return LEDE_ENOMEM;
  sc->s = (const unsigned char *)text;
  sc->n = n;
  nw_index_build(&sc->ix);
  memset(&sc->prev, 0, sizeof sc->prev);
  memset(&sc->prev2, 0, sizeof sc->prev2);
  tok prev = sc->prev, prev2 = sc->prev2;
  size_t pos = 0;
  int status = LEDE_OK;
  for (;;) {
    tok t = lex(sc, pos);
    if (t.type == TK_END) break;
    size_t next = t.e;
    if (may_start(sc, &t)) {
      lede_number r;
      size_t skip = 0;
      sc->prev = prev;
      sc->prev2 = prev2;
      int rc = parse_record(sc, &t, &r, &skip, 0);
      if (rc > 0) {
        if (LEDE_GROW(out)) { status = LEDE_ENOMEM; break; }
        out->items[out->n++] = r;
        prev2 = prev;
        memset(&prev, 0, sizeof prev);
        prev.type = TK_NUM;
        pos = r.end;
        continue;
      }
      if (rc < 0 && skip > next) next = skip;
    } else if (t.type == TK_WORD) {
      size_t u = skip_url(sc, &t);
      if (u) next = u;
    }
    prev2 = prev;
    prev = t;
    pos = next;
  }
  free(sc);
  return status;
}

void lede_numbers_free(lede_number_list *l) {
  if (!l) return;
  free(l->items);
  l->items = NULL;
  l->n = l->cap = 0;
}

const char *lede_num_op_name(lede_num_op op) {
  static const char *const names[] = { "=", "~", ">", ">=", "<", "<=", "range" };
  return (unsigned)op < 7 ? names[op] : "?";
}

const char *lede_num_kind_name(lede_num_kind kind) {
  static const char *const names[] = { "cardinal", "ordinal", "percent", "money", "year",
                                       "date", "duration", "vague", "fraction" };
  return (unsigned)kind < 9 ? names[kind] : "?";
}
