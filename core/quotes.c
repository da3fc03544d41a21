/* quotes.c -- quotation spans, their cues, and (on request) indirect speech.
 *
 * Pass 1 walks the bytes once and pairs the marks: “ ” „ « » ‟, straight "
 * and ``...'' for double quotes; ‘ ’ ‹ › ` and straight ' for single quotes outside a
 * double quote. A ’ or ' between letters, before digits (’90s) or in ’n’ is an
 * apostrophe. An opening mark still open at the end of a paragraph either
 * goes on (the next paragraph starts with an opening mark: the quotation is
 * cut into one record per paragraph, flagged CONTINUES/CONTINUED) or is
 * reported without its closing mark (NO_CLOSE). A closing mark with nothing
 * open is a quotation whose opening mark was lost when a cue follows it
 * (`...implemented,” the ministry said.`): it starts at its sentence start.
 *
 * Pass 2 gives each quotation its sentence, its kind and its cue: after the
 * quotation when it ends with , ? ! or a dash (“...,” she added), else the
 * last cue before it in its sentence (Vossik said: “...”).
 *
 * Pass 3 (opts->indirect) looks at sentences without quotation marks for
 * "X said (that) ...", "..., X said." and "according to X, ...".
 *
 * Every look backward or forward is bounded by WINDOW bytes, so the whole is
 * linear in the length of the text. */
#include "internal.h"
#include <strings.h>

#define WINDOW 1500      /* bytes looked at around a quotation for its sentence */
#define POST_WORDS 12    /* words after a quotation searched for its cue */

/* ---- characters around a mark ---- */

enum { C_SPACE, C_OPEN, C_ALNUM, C_DIGIT, C_PUNCT, C_MARK };

static int ascii_class(unsigned char c) {
  if (c == 0 || lede_is_space(c)) return C_SPACE;
  if (lede_is_digit(c)) return C_DIGIT;
  if (lede_is_alpha(c)) return C_ALNUM;
  if (c == '(' || c == '[' || c == '{' || c == '-' || c == '/') return C_OPEN;
  if (c == '"' || c == '\'' || c == '`') return C_MARK;
  return C_PUNCT;
}

/* Class of the multi-byte character s[k..end). */
static int multi_class(const unsigned char *s, size_t k, size_t end) {
  size_t len = end - k;
  if (len == 2 && s[k] == 0xC2) {
    if (s[k + 1] == 0xA0) return C_SPACE;
    if (s[k + 1] == 0xAB || s[k + 1] == 0xBB) return C_MARK;
    return C_PUNCT;
  }
  if (len == 3 && s[k] == 0xE2 && s[k + 1] == 0x80) {
    unsigned char c = s[k + 2];
    if (c >= 0x93 && c <= 0x95) return C_OPEN;          /* – — ― */
    if (c >= 0x98 && c <= 0x9F) return C_MARK;          /* ‘ ’ ‚ ‛ “ ” „ ‟ */
    if (c == 0xB9 || c == 0xBA) return C_MARK;          /* ‹ › */
    if (c == 0xA6) return C_PUNCT;                      /* … */
    if (c <= 0x8F || c == 0xAF) return C_SPACE;         /* spaces, zero-width */
    return C_PUNCT;
  }
  return C_ALNUM;
}

/* Class of the character that ends at s[i] (exclusive); the start counts as space. */
static int class_before(const unsigned char *s, size_t i) {
  if (i == 0) return C_SPACE;
  if (s[i - 1] < 0x80) return ascii_class(s[i - 1]);
  size_t k = i - 1;
  while (k > 0 && i - k < 4 && (s[k] & 0xC0) == 0x80) k--;
  return multi_class(s, k, i);
}

/* Class of the character at s[i]; the end counts as space. */
static int class_after(const unsigned char *s, size_t n, size_t i) {
  if (i >= n) return C_SPACE;
  if (s[i] < 0x80) return ascii_class(s[i]);
  size_t len = s[i] >= 0xF0 ? 4 : s[i] >= 0xE0 ? 3 : s[i] >= 0xC0 ? 2 : 1;
  if (i + len > n) return C_ALNUM;
  for (size_t k = 1; k < len; k++) if ((s[i + k] & 0xC0) != 0x80) return C_ALNUM;
  return multi_class(s, i, i + len);
}

/* ---- marks ---- */

enum {
  M_NONE, M_DQ_OPEN, M_DQ_CLOSE, M_DQ_LOW, M_DQ_STRAIGHT, M_GUIL_OPEN, M_GUIL_CLOSE,
  M_SQ_OPEN, M_SQ_CLOSE, M_SQ_STRAIGHT
};

/* The mark at s[i] and its length in bytes, or M_NONE. */
static int mark_at(const unsigned char *s, size_t n, size_t i, size_t *len) {
  unsigned char c = s[i];
  *len = 1;
  if (c == '"') return M_DQ_STRAIGHT;
  /* ``...'' (typewriter and Penn Treebank style) */
  if (c == '`' && i + 1 < n && s[i + 1] == '`') { *len = 2; return M_DQ_OPEN; }
  if (c == '\'' && i + 1 < n && s[i + 1] == '\'') { *len = 2; return M_DQ_CLOSE; }
  if (c == '`') return M_SQ_OPEN;
  if (c == '\'') return M_SQ_STRAIGHT;
  if (c == 0xC2 && i + 1 < n) {
    *len = 2;
    if (s[i + 1] == 0xAB) return M_GUIL_OPEN;
    if (s[i + 1] == 0xBB) return M_GUIL_CLOSE;
    return M_NONE;
  }
  if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80) {
    *len = 3;
    switch (s[i + 2]) {
      case 0x9C: case 0x9F: return M_DQ_OPEN;   /* “ ‟ */
      case 0x9D: return M_DQ_CLOSE;             /* ” */
      case 0x9E: return M_DQ_LOW;               /* „ */
      case 0x98: case 0x9B: return M_SQ_OPEN;   /* ‘ ‛ */
      case 0x99: return M_SQ_CLOSE;             /* ’ */
      case 0xB9: return M_SQ_OPEN;              /* ‹ */
      case 0xBA: return M_SQ_CLOSE;             /* › */
      default: return M_NONE;
    }
  }
  return M_NONE;
}

static int is_single(int m) { return m == M_SQ_OPEN || m == M_SQ_CLOSE || m == M_SQ_STRAIGHT; }
static int is_double_opener(int m) {
  return m == M_DQ_OPEN || m == M_DQ_LOW || m == M_DQ_STRAIGHT || m == M_GUIL_OPEN;
}

/* ---- sentences, bounded ---- */

static int is_hspace(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == 0; }

/* An abbreviation or initial ends at the '.' at s[k]: "U.S.", "Gen.", "J." */
static int abbrev_before(const unsigned char *s, size_t lo, size_t k) {
  static const char *const abbr[] = { "mr", "mrs", "ms", "dr", "gen", "sen", "gov", "lt", "col", "st",
                                      "rep", "prof", "sgt", "capt", "maj", "no", "vs", "jr", "sr", "adm",
                                      "rev", "fr", "gens", "cmdr", "brig", "pres", "cpl", "pvt", NULL };
  size_t w = k;
  while (w > lo && lede_is_alpha(s[w - 1])) w--;
  size_t len = k - w;
  if (len == 0) return 0;
  if (len == 1 && lede_is_upper(s[w])) return 1;          /* initial, U.S. */
  if (w > lo && s[w - 1] == '.') return 1;                /* U.S. (second part) */
  if (len > 4) return 0;
  for (int a = 0; abbr[a]; a++) {
    size_t al = strlen(abbr[a]);
    if (al != len) continue;
    size_t j = 0;
    while (j < len && lede_to_lower(s[w + j]) == (unsigned char)abbr[a][j]) j++;
    if (j == len) return 1;
  }
  return 0;
}

/* Length of a closing mark (” ’ » " ' ) ]) at s[i], or 0. */
static size_t closer_len(const unsigned char *s, size_t n, size_t i) {
  if (i >= n) return 0;
  if (s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']') return 1;
  if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xBB) return 2;
  if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0x9D || s[i + 2] == 0x99)) return 3;
  return 0;
}

/* Does a sentence end at the terminator s[k] (looking no further than hi)?
 * Sets *next to the first byte after the terminator and its closing marks. */
static int ends_sentence(const unsigned char *s, size_t lo, size_t hi, size_t k, size_t *next) {
  unsigned char c = s[k];
  if (c != '.' && c != '?' && c != '!') return 0;
  size_t j = k + 1, cl;
  while (j < hi && (s[j] == '.' || s[j] == '?' || s[j] == '!')) j++;
  while ((cl = closer_len(s, hi, j)) > 0) j += cl;
  *next = j;
  if (j >= hi) return 1;
  if (!is_hspace(s[j]) && s[j] != '\n') return 0;
  size_t t = j;
  while (t < hi && is_hspace(s[t])) t++;
  if (t >= hi || s[t] == '\n') return 1;
  if (c == '.' && abbrev_before(s, lo, k)) return 0;
  return lede_is_upper(s[t]) || lede_is_digit(s[t]) || s[t] >= 0x80 || s[t] == '"' || s[t] == '\'' ||
         s[t] == '(';
}

/* Start of the sentence holding s[i], looking back no further than lo;
 * *found (may be NULL) tells whether a line break or terminator was met. */
static size_t sentence_start_f(const unsigned char *s, size_t lo, size_t i, int *found) {
  size_t k = i;
  if (found) *found = 0;
  while (k > lo) {
    size_t p = k - 1, next;
    unsigned char c = s[p];
    if (c == '\n') { if (found) *found = 1; break; }
    if ((c == '.' || c == '?' || c == '!') && ends_sentence(s, lo, i, p, &next) && next <= i) {
      k = next;
      if (found) *found = 1;
      break;
    }
    k = p;
  }
  while (k < i && (is_hspace(s[k]) || s[k] == '\n')) k++;
  return k;
}

static size_t sentence_start(const unsigned char *s, size_t lo, size_t i) {
  return sentence_start_f(s, lo, i, NULL);
}

/* End (exclusive) of the sentence going on at s[i], looking no further than hi. */
static size_t sentence_end(const unsigned char *s, size_t lo, size_t i, size_t hi) {
  for (size_t k = i; k < hi; k++) {
    size_t next;
    unsigned char c = s[k];
    if (c == '\n') return k;
    if ((c == '.' || c == '?' || c == '!') && ends_sentence(s, lo, hi, k, &next)) return next;
  }
  return hi;
}

/* ---- building the list ---- */

typedef struct scan {
  const unsigned char *s;
  size_t n;
  const lede_quote_opts *opts;
  lede_quotes *out;
  size_t floor;        /* no recovered quotation starts before this */
  size_t para_start;
  int err;
} scan;

static int has_alnum(const unsigned char *s, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (lede_is_alnum(s[i]) || s[i] >= 0xC3) return 1;
  return 0;
}

/* Adds a quotation with content [a, b) (trimmed, final comma dropped) between
 * the marks [ms, me). Empty or letterless content is not a quotation. */
static void emit(scan *sc, size_t ms, size_t a, size_t b, size_t me, int flags) {
  const unsigned char *s = sc->s;
  while (a < b && (is_hspace(s[a]) || s[a] == '\n')) a++;
  while (b > a && (is_hspace(s[b - 1]) || s[b - 1] == '\n')) b--;
  if (b > a && s[b - 1] == ',') b--;
  while (b > a && is_hspace(s[b - 1])) b--;
  if (me > sc->floor) sc->floor = me;
  if (b <= a || !has_alnum(s, a, b)) return;
  if (LEDE_GROW(sc->out)) { sc->err = LEDE_ENOMEM; return; }
  lede_quote *q = &sc->out->items[sc->out->n++];
  memset(q, 0, sizeof *q);
  q->start = a; q->end = b; q->mark_start = ms; q->mark_end = me;
  q->cue_start = q->cue_end = LEDE_NO_POS;
  q->kind = LEDE_QUOTE_DIRECT;
  q->flags = flags;
}

static size_t cue_at(scan *sc, size_t i) {
  const char *const *extra = sc->opts ? sc->opts->cues : NULL;
  size_t nextra = sc->opts ? sc->opts->ncues : 0;
  return lede_quote_cue_at((const char *)sc->s, sc->n, i, extra, nextra);
}

/* Is the cue [cs, ce) used as a noun: "the Keldorian claims", "its demands"? */
static int noun_use(const unsigned char *s, size_t a, size_t cs, size_t ce) {
  static const char *const nounish[] = { "claim", "claims", "demand", "demands", "reports", "notes", "states",
                                         "tweets", "warning", "read", "say", NULL };
  int hit = 0;
  for (int k = 0; nounish[k]; k++)
    if (strlen(nounish[k]) == ce - cs && strncasecmp((const char *)s + cs, nounish[k], ce - cs) == 0) hit = 1;
  if (!hit) return 0;
  static const char *const det[] = { "the", "a", "an", "its", "his", "her", "their", "our", "these", "those",
                                     "this", "such", "new", "any", "no", NULL };
  size_t b = cs;
  for (int words = 0; words < 2; words++) {
    while (b > a && is_hspace(s[b - 1])) b--;
    size_t w = b;
    while (w > a && lede_is_alpha(s[w - 1])) w--;
    if (w == b) return 0;
    for (int k = 0; det[k]; k++)
      if (strlen(det[k]) == b - w && strncasecmp((const char *)s + w, det[k], b - w) == 0) return 1;
    if (!lede_is_upper(s[w])) return 0;  /* only "the Keldorian claims" looks two words back */
    b = w;
  }
  return 0;
}

/* First cue among the first POST_WORDS words of [a, b); sets *cs and *ce. */
static int first_cue(scan *sc, size_t a, size_t b, size_t *cs, size_t *ce) {
  const unsigned char *s = sc->s;
  int words = 0;
  for (size_t i = a; i < b && words < POST_WORDS;) {
    if (!lede_is_alpha(s[i]) || (i > 0 && lede_is_alpha(s[i - 1]))) { i++; continue; }
    size_t m = cue_at(sc, i);
    if (m && i + m <= b && !noun_use(s, a, i, i + m)) { *cs = i; *ce = i + m; return 1; }
    words++;
    while (i < b && lede_is_alpha(s[i])) i++;
  }
  return 0;
}

/* Last cue in [a, b); sets *cs and *ce. */
static int last_cue(scan *sc, size_t a, size_t b, size_t *cs, size_t *ce) {
  const unsigned char *s = sc->s;
  int found = 0;
  for (size_t i = a; i < b;) {
    if (!lede_is_alpha(s[i]) || (i > 0 && lede_is_alpha(s[i - 1]))) { i++; continue; }
    size_t m = cue_at(sc, i);
    if (m && i + m <= b && !noun_use(s, a, i, i + m)) { *cs = i; *ce = i + m; found = 1; }
    while (i < b && lede_is_alpha(s[i])) i++;
  }
  return found;
}

/* Does a quotation ending at content end b / mark end me hand over to a cue
 * after it: “...,” / “...?” / “...!” / “...—” / “...”, */
static int ends_for_cue(const unsigned char *s, size_t n, size_t b_raw, size_t me) {
  size_t b = b_raw;
  while (b > 0 && is_hspace(s[b - 1])) b--;
  if (b > 0 && (s[b - 1] == ',' || s[b - 1] == '?' || s[b - 1] == '!' || s[b - 1] == '-')) return 1;
  if (b >= 3 && s[b - 3] == 0xE2 && s[b - 2] == 0x80 && (s[b - 1] == 0x94 || s[b - 1] == 0x93 || s[b - 1] == 0xA6))
    return 1;
  size_t j = me;
  while (j < n && is_hspace(s[j])) j++;
  return j < n && s[j] == ',';
}

/* A closing mark at [i, i+len) with nothing open: keep it as a quotation
 * from its sentence start when a cue follows. */
static void unopened(scan *sc, size_t i, size_t len) {
  const unsigned char *s = sc->s;
  int before = class_before(s, i);
  if (before == C_SPACE || before == C_OPEN) return;
  if (!ends_for_cue(s, sc->n, i, i + len)) return;
  size_t lo = sc->floor > sc->para_start ? sc->floor : sc->para_start;
  if (i > WINDOW && i - WINDOW > lo) lo = i - WINDOW;
  size_t start = sentence_start(s, lo, i);
  size_t end = sentence_end(s, lo, i + len, sc->n - i - len > WINDOW ? i + len + WINDOW : sc->n);
  size_t cs, ce;
  if (!first_cue(sc, i + len, end, &cs, &ce)) return;
  emit(sc, start, start, i, i + len, LEDE_QF_NO_OPEN);
}

typedef struct open_mark { int on, kind; size_t mark, content; } open_mark;

/* Is the newline at s[i] a paragraph break? Not when the next line starts
 * lower case (hard-wrapped text). Sets *next to the next line's first byte. */
static int paragraph_break(const unsigned char *s, size_t n, size_t i, size_t *next) {
  size_t j = i + 1;
  int blank = 0;
  while (j < n && (is_hspace(s[j]) || s[j] == '\n')) { if (s[j] == '\n') blank = 1; j++; }
  *next = j;
  if (blank || j >= n) return 1;
  return !lede_is_lower(s[j]);
}

static void handle_newline(scan *sc, open_mark *dq, open_mark *sq, size_t *i, int *cont) {
  const unsigned char *s = sc->s;
  size_t next;
  if (!paragraph_break(s, sc->n, *i, &next)) { (*i)++; return; }
  sq->on = 0;
  if (dq->on) {
    size_t len = 0;
    int m = next < sc->n ? mark_at(s, sc->n, next, &len) : M_NONE;
    if (is_double_opener(m) && class_after(s, sc->n, next + len) != C_SPACE) {
      size_t before = sc->out->n;
      emit(sc, dq->mark, dq->content, *i, *i, LEDE_QF_CONTINUES | *cont);
      *cont = sc->out->n > before ? LEDE_QF_CONTINUED : *cont;
      dq->mark = next; dq->content = next + len; dq->kind = m;
      sc->para_start = next;
      *i = next + len;
      return;
    }
    emit(sc, dq->mark, dq->content, *i, *i, LEDE_QF_NO_CLOSE | *cont);
    dq->on = 0;
    *cont = 0;
  }
  sc->para_start = next;
  *i = next;
}

static void close_dq(scan *sc, open_mark *dq, size_t i, size_t len, int *cont) {
  emit(sc, dq->mark, dq->content, i, i + len, *cont);
  dq->on = 0;
  *cont = 0;
}

static void open_dq(open_mark *dq, int kind, size_t i, size_t len) {
  dq->on = 1; dq->kind = kind; dq->mark = i; dq->content = i + len;
}

/* A double-quote mark while one is open and the mark could open a new one:
 * the open one lost its closing mark. */
static void reopen_dq(scan *sc, open_mark *dq, int kind, size_t i, size_t len, int *cont) {
  emit(sc, dq->mark, dq->content, i, i, LEDE_QF_NO_CLOSE | *cont);
  *cont = 0;
  open_dq(dq, kind, i, len);
}

static void double_mark(scan *sc, open_mark *dq, int m, size_t i, size_t len, int *cont) {
  const unsigned char *s = sc->s;
  int before = class_before(s, i), after = class_after(s, sc->n, i + len);
  int spaced_before = before == C_SPACE || before == C_OPEN;
  int spaced_after = after == C_SPACE || after == C_PUNCT || after == C_MARK;
  switch (m) {
    case M_DQ_OPEN:
      if (!dq->on) open_dq(dq, m, i, len);
      else if (dq->kind == M_DQ_LOW || (!spaced_before && spaced_after)) close_dq(sc, dq, i, len, cont);
      else reopen_dq(sc, dq, m, i, len, cont);
      break;
    case M_DQ_LOW:
    case M_GUIL_OPEN:
      if (dq->on && dq->kind == M_GUIL_CLOSE && m == M_GUIL_OPEN) close_dq(sc, dq, i, len, cont);
      else if (dq->on) reopen_dq(sc, dq, m, i, len, cont);
      else open_dq(dq, m, i, len);
      break;
    case M_DQ_CLOSE:
    case M_GUIL_CLOSE:
      if (dq->on) close_dq(sc, dq, i, len, cont);
      else if (spaced_before && (after == C_ALNUM || after == C_DIGIT)) open_dq(dq, m, i, len);
      else unopened(sc, i, len);
      break;
    case M_DQ_STRAIGHT:
      if (dq->on) {
        if (!spaced_before) close_dq(sc, dq, i, len, cont);
        else if (after != C_SPACE) reopen_dq(sc, dq, m, i, len, cont);
      } else if (after != C_SPACE) {
        open_dq(dq, m, i, len);
      } else if (!spaced_before) {
        unopened(sc, i, len);
      }
      break;
  }
}

/* Single marks (outside double quotes). Returns the bytes to skip. */
static size_t single_mark(scan *sc, open_mark *sq, int m, size_t i, size_t len) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, l2;
  int before = class_before(s, i), after = class_after(s, n, i + len);
  /* rock ’n’ roll, 'n' */
  if (i + len + 1 < n && (s[i + len] == 'n' || s[i + len] == 'N') && is_single(mark_at(s, n, i + len + 1, &l2)))
    return len + 1 + l2;
  if (before == C_ALNUM || before == C_DIGIT) {
    if (after == C_ALNUM || after == C_DIGIT) return len;  /* don’t, Keldoria’s */
  }
  if (after == C_DIGIT && (before == C_SPACE || before == C_OPEN)) return len;  /* ’90s */
  int opener = m == M_SQ_OPEN || (m == M_SQ_STRAIGHT && (before == C_SPACE || before == C_OPEN));
  if (opener) {
    if (before == C_ALNUM) return len;  /* a ‘ typed for an apostrophe */
    if (!sq->on && after != C_SPACE) { sq->on = 1; sq->kind = m; sq->mark = i; sq->content = i + len; }
    return len;
  }
  if (sq->on && before != C_SPACE) {
    emit(sc, sq->mark, sq->content, i, i + len, 0);
    sq->on = 0;
  }
  return len;
}

/* Bytes that can start a mark or end a paragraph. */
static const unsigned char interesting[256] = {
  ['\n'] = 1, ['"'] = 1, ['\''] = 1, ['`'] = 1, [0xC2] = 1, [0xE2] = 1
};

static void find_marks(scan *sc) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, i = 0;
  open_mark dq = {0}, sq = {0};
  int cont = 0;
  while (i < n && !sc->err) {
    while (i < n && !interesting[s[i]]) i++;
    if (i >= n) break;
    if (s[i] == '\n') { handle_newline(sc, &dq, &sq, &i, &cont); continue; }
    size_t len;
    int m = mark_at(s, n, i, &len);
    if (m == M_NONE) { i++; continue; }
    if (is_single(m)) {
      if (dq.on) { i += len; continue; }
      i += single_mark(sc, &sq, m, i, len);
      continue;
    }
    if (sq.on && m != M_DQ_STRAIGHT) sq.on = 0;  /* a double mark ends a dangling single */
    double_mark(sc, &dq, m, i, len, &cont);
    i += len;
  }
  if (dq.on) emit(sc, dq.mark, dq.content, n, n, LEDE_QF_NO_CLOSE | cont);
}

/* ---- pass 2: sentence, cue, kind ---- */

static int cmp_quote(const void *a, const void *b) {
  const lede_quote *x = a, *y = b;
  return x->mark_start < y->mark_start ? -1 : x->mark_start > y->mark_start;
}

/* The last word of [a, b) (ASCII letters and hyphens), lower-cased into w. */
static void last_word(const unsigned char *s, size_t a, size_t b, char *w, size_t wcap) {
  while (b > a && is_hspace(s[b - 1])) b--;
  size_t e = b;
  while (b > a && (lede_is_alpha(s[b - 1]) || s[b - 1] == '-')) b--;
  size_t len = e - b < wcap - 1 ? e - b : wcap - 1;
  for (size_t k = 0; k < len; k++) w[k] = (char)lede_to_lower(s[b + k]);
  w[len] = 0;
}

static int is_naming_word(const char *w) {
  static const char *const names[] = { "so-called", "dubbed", "termed", "titled", "entitled", "nicknamed",
                                       "labelled", "labeled", "branded", NULL };
  for (int k = 0; names[k]; k++) if (strcmp(w, names[k]) == 0) return 1;
  return 0;
}

static int kind_of(const unsigned char *s, const lede_quote *q, size_t pre_a, int prev_direct) {
  if (q->flags & (LEDE_QF_NO_OPEN | LEDE_QF_CONTINUED)) return LEDE_QUOTE_DIRECT;
  size_t b = q->mark_start;
  while (b > pre_a && is_hspace(s[b - 1])) b--;
  if (b <= q->sent_start) return LEDE_QUOTE_DIRECT;
  if (b <= pre_a) return LEDE_QUOTE_PARTIAL;  /* right after another quotation */
  unsigned char c = s[b - 1];
  int upper = lede_is_upper(s[q->start]) || s[q->start] >= 0xC3 || lede_is_digit(s[q->start]);
  if (c == ':' || c == '\n') return LEDE_QUOTE_DIRECT;
  if (c == ',' && upper) return LEDE_QUOTE_DIRECT;
  /* “We are not at war,” Vossik said, “but we will defend ourselves.” */
  if (c == ',' && prev_direct) return LEDE_QUOTE_DIRECT;
  if (b >= 3 && s[b - 3] == 0xE2 && s[b - 2] == 0x80 && (s[b - 1] == 0x93 || s[b - 1] == 0x94) && upper)
    return LEDE_QUOTE_DIRECT;
  return LEDE_QUOTE_PARTIAL;
}

static size_t count_words(const unsigned char *s, size_t a, size_t b);

/* A cue near the end of the sentence after a comma: ", X said." */
static void late_cue(scan *sc, lede_quote *q, size_t b) {
  const unsigned char *s = sc->s;
  size_t comma = LEDE_NO_POS;
  for (size_t k = q->mark_end; k < b; k++) if (s[k] == ',') comma = k;
  if (comma == LEDE_NO_POS || count_words(s, q->mark_end, comma) > 12) return;
  size_t cs, ce;
  if (!first_cue(sc, comma + 1, b, &cs, &ce)) return;
  if (count_words(s, comma + 1, cs) > 8 || count_words(s, ce, b) > 6) return;
  q->cue_start = cs; q->cue_end = ce; q->cue_side = LEDE_CUE_AFTER;
}

static void analyse(scan *sc) {
  const unsigned char *s = sc->s;
  size_t n = sc->n;
  lede_quotes *L = sc->out;
  if (L->n > 1) qsort(L->items, L->n, sizeof *L->items, cmp_quote);
  size_t floor = 0;
  /* the last forward scan for a sentence end: from, result, limit (reused
   * while quotations follow one another inside one long sentence) */
  size_t scan_from = 0, scan_end = 0, scan_hi = 0;
  for (size_t k = 0; k < L->n; k++) {
    lede_quote *q = &L->items[k];
    lede_quote *prev = k > 0 ? &L->items[k - 1] : NULL;
    size_t lo = q->mark_start > WINDOW ? q->mark_start - WINDOW : 0;
    if (lo < floor) lo = floor;
    if (q->flags & (LEDE_QF_NO_OPEN | LEDE_QF_CONTINUED)) {
      q->sent_start = q->mark_start;
    } else if (prev && prev->mark_start > lo && prev->mark_start <= q->mark_start) {
      /* look back only to the quotation before: with no sentence break in
       * between, this one is in its sentence (keeps the pass linear) */
      int found;
      size_t st = sentence_start_f(s, prev->mark_start, q->mark_start, &found);
      q->sent_start = found ? st : prev->sent_start;
    } else {
      q->sent_start = sentence_start(s, lo, q->mark_start);
    }
    floor = q->sent_start;
    size_t hi = n - q->mark_end > WINDOW ? q->mark_end + WINDOW : n;
    /* a quotation that ends its sentence with its own . ? ! */
    size_t e = q->end;
    int ended = e > q->start && (s[e - 1] == '.' || s[e - 1] == '?' || s[e - 1] == '!') && !(e < n && s[e] == ',');
    size_t t = q->mark_end;
    while (t < n && is_hspace(s[t])) t++;
    if (ended && (t >= n || s[t] == '\n' || lede_is_upper(s[t]) || is_double_opener(mark_at(s, n, t, &(size_t){0}))))
      q->sent_end = q->mark_end;
    else if (q->mark_end >= scan_from && q->mark_end < scan_end && scan_end < scan_hi)
      q->sent_end = scan_end;  /* the same sentence end as the quotation before */
    else if (q->mark_end >= scan_from && q->mark_end < scan_end && hi > scan_end) {
      /* the scan before found no end up to scan_end: go on from there */
      q->sent_end = sentence_end(s, q->sent_start, scan_end, hi);
      scan_end = q->sent_end; scan_hi = hi;
    } else {
      q->sent_end = sentence_end(s, q->sent_start, q->mark_end, hi);
      scan_from = q->mark_end; scan_end = q->sent_end; scan_hi = hi;
    }
    if (q->sent_end < q->mark_end) q->sent_end = q->mark_end;

    int same_sentence = prev && prev->sent_start == q->sent_start && prev->mark_end <= q->mark_start;
    size_t pre_a = same_sentence ? prev->mark_end : q->sent_start;
    if (pre_a > q->mark_start) pre_a = q->mark_start;
    if (q->mark_start - pre_a > WINDOW) pre_a = q->mark_start - WINDOW;  /* cues are near their quotation */
    size_t post_b = q->sent_end;
    if (k + 1 < L->n && L->items[k + 1].mark_start < post_b && L->items[k + 1].mark_start >= q->mark_end)
      post_b = L->items[k + 1].mark_start;

    size_t cs, ce;
    size_t eb = q->end;  /* the end of the words, with the comma dropped from the record */
    while (eb < q->mark_end && eb < n && is_hspace(s[eb])) eb++;
    eb = eb < n && s[eb] == ',' ? eb + 1 : q->end;
    int post = !(q->flags & LEDE_QF_CONTINUES) && ends_for_cue(s, n, eb, q->mark_end) &&
               first_cue(sc, q->mark_end, post_b, &cs, &ce);
    if (post) {
      q->cue_start = cs; q->cue_end = ce; q->cue_side = LEDE_CUE_AFTER;
    } else if (last_cue(sc, pre_a, q->mark_start, &cs, &ce)) {
      q->cue_start = cs; q->cue_end = ce; q->cue_side = LEDE_CUE_BEFORE;
    }
    q->kind = kind_of(s, q, pre_a, same_sentence && prev->kind == LEDE_QUOTE_DIRECT);
    /* “...” in making the arrest, police spokesman X said. -- a direct
     * quotation with words after it, then ", <speaker> <cue>" ending the sentence */
    if (q->cue_side == LEDE_CUE_NONE && q->kind == LEDE_QUOTE_DIRECT && !(q->flags & LEDE_QF_CONTINUES))
      late_cue(sc, q, post_b);
    if (q->cue_side == LEDE_CUE_NONE && prev && (same_sentence || (q->flags & LEDE_QF_CONTINUED)) &&
        prev->cue_side != LEDE_CUE_NONE) {
      q->cue_start = prev->cue_start; q->cue_end = prev->cue_end; q->cue_side = prev->cue_side;
      q->flags |= LEDE_QF_SHARED_CUE;
    }
    if (q->kind == LEDE_QUOTE_PARTIAL) {
      char w[16];
      last_word(s, pre_a, q->mark_start, w, sizeof w);
      int named = is_naming_word(w) ||
                  (strcmp(w, "called") == 0 && !(q->cue_end == q->mark_start));
      if (named || q->cue_side == LEDE_CUE_NONE) q->kind = LEDE_QUOTE_SCARE;
    }
  }
  /* continued parts take the cue of the part that has one (the last) */
  for (size_t k = L->n; k-- > 1;) {
    lede_quote *q = &L->items[k - 1], *nx = &L->items[k];
    if ((q->flags & LEDE_QF_CONTINUES) && (nx->flags & LEDE_QF_CONTINUED) && q->cue_side == LEDE_CUE_NONE &&
        nx->cue_side != LEDE_CUE_NONE) {
      q->cue_start = nx->cue_start; q->cue_end = nx->cue_end; q->cue_side = nx->cue_side;
      q->flags |= LEDE_QF_SHARED_CUE;
    }
  }
  /* drop scare quotes unless asked for */
  if (!(sc->opts && sc->opts->scare)) {
    size_t w = 0;
    for (size_t k = 0; k < L->n; k++)
      if (L->items[k].kind != LEDE_QUOTE_SCARE) L->items[w++] = L->items[k];
    L->n = w;
  }
}

/* ---- pass 3: indirect speech ---- */

/* Cues that report speech in "X said (that) ..." form. */
static int reporting_cue(const unsigned char *s, size_t a, size_t b) {
  static const char *const verbs[] = {
    "according to", "acknowledged", "added", "adds", "admitted", "alleged", "announced", "announces",
    "argued", "argues", "claimed", "claims", "confirmed", "confirms", "declared", "declares", "denied",
    "emphasised", "emphasized", "explained", "insisted", "insists", "maintained", "noted", "notes",
    "reiterated", "reported", "reports", "said", "say", "says", "stated", "states", "stressed",
    "suggested", "told", "tweeted", "warned", "warns", "wrote", "writes", NULL };
  size_t len = b - a;
  for (int k = 0; verbs[k]; k++) {
    if (strlen(verbs[k]) != len) continue;
    size_t j = 0;
    while (j < len && lede_to_lower(s[a + j]) == (unsigned char)verbs[k][j]) j++;
    if (j == len) return 1;
  }
  return 0;
}

static int word_is(const unsigned char *s, size_t n, size_t i, const char *w) {
  size_t k = 0;
  for (; w[k]; k++) if (i + k >= n || lede_to_lower(s[i + k]) != (unsigned char)w[k]) return 0;
  return i + k >= n || !lede_is_alpha(s[i + k]);
}

static size_t skip_space(const unsigned char *s, size_t i, size_t b) {
  while (i < b && (is_hspace(s[i]) || s[i] == '\n')) i++;
  return i;
}

static size_t count_words(const unsigned char *s, size_t a, size_t b) {
  size_t w = 0;
  for (size_t i = a; i < b; i++)
    if (!is_hspace(s[i]) && s[i] != '\n' && (i == a || is_hspace(s[i - 1]) || s[i - 1] == '\n')) w++;
  return w;
}

/* End of the reported clause starting at a: the sentence end without its
 * terminator, or an earlier ", while" / ", but" / ";". */
static size_t clause_end(const unsigned char *s, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    if (s[i] == ';') { b = i; break; }
    if (s[i] == ',') {
      size_t j = skip_space(s, i + 1, b);
      if (word_is(s, b, j, "while") || word_is(s, b, j, "but") || word_is(s, b, j, "whereas") ||
          word_is(s, b, j, "according")) { b = i; break; }
    }
  }
  while (b > a && (is_hspace(s[b - 1]) || s[b - 1] == '.' || s[b - 1] == '!' || s[b - 1] == '\n' ||
                   closer_len(s, b, b - 1) == 1))
    b--;
  return b;
}

static int is_determiner(const char *w) {
  static const char *const d[] = { "the", "a", "an", "its", "his", "her", "their", "these", "those", "such",
                                   "of", "our", "your", "my", "this", "that", "despite", "no", NULL };
  for (int k = 0; d[k]; k++) if (strcmp(w, d[k]) == 0) return 1;
  return 0;
}

static void push_indirect(scan *sc, size_t a, size_t b, size_t ss, size_t se, size_t cs, size_t ce, int side) {
  if (b <= a || count_words(sc->s, a, b) < 3) return;
  if (LEDE_GROW(sc->out)) { sc->err = LEDE_ENOMEM; return; }
  lede_quote *q = &sc->out->items[sc->out->n++];
  memset(q, 0, sizeof *q);
  q->start = q->mark_start = a; q->end = q->mark_end = b;
  q->sent_start = ss; q->sent_end = se;
  q->cue_start = cs; q->cue_end = ce; q->cue_side = side;
  q->kind = LEDE_QUOTE_INDIRECT;
}

/* Is the cue at cs negated or an infinitive: "did not say", "didn’t say", "to say"? */
static int negated(const unsigned char *s, size_t a, size_t cs) {
  size_t b = cs;
  while (b > a && is_hspace(s[b - 1])) b--;
  size_t w = b;
  while (w > a && (lede_is_alpha(s[w - 1]) || s[w - 1] == '\'' || s[w - 1] == 0x99 || s[w - 1] == 0x80 ||
                   s[w - 1] == 0xE2))
    w--;
  size_t len = b - w;
  if (len == 3 && (word_is(s, b, w, "not") || word_is(s, b, w, "n't"))) return 1;
  if (len == 2 && word_is(s, b, w, "to")) return 1;
  if (len == 5 && word_is(s, b, w, "never")) return 1;
  if (len >= 3 && s[b - 1] == 't' && (s[b - 2] == '\'' || s[b - 2] == 0x99)) return 1;  /* didn't, didn’t */
  return 0;
}

/* One sentence [a, b): the first reporting cue decides. */
static void indirect_sentence(scan *sc, size_t a, size_t b) {
  const unsigned char *s = sc->s;
  for (size_t i = a; i < b; i++) {
    if (!lede_is_alpha(s[i]) || (i > a && lede_is_alpha(s[i - 1]))) continue;
    size_t m = cue_at(sc, i);
    if (!m || !reporting_cue(s, i, i + m)) continue;
    size_t cs = i, ce = i + m;
    char w[16];
    last_word(s, a, cs, w, sizeof w);
    if (is_determiner(w)) continue;
    size_t lb = cs;
    while (lb > a && is_hspace(s[lb - 1])) lb--;
    if (ce - cs == 12) {  /* according to */
      if (lb > a && s[lb - 1] == ',') {  /* ..., according to X. */
        push_indirect(sc, a, clause_end(s, a, lb - 1), a, b, cs, ce, LEDE_CUE_AFTER);
        return;
      }
      size_t c = ce;
      while (c < b && s[c] != ',') c++;
      if (c < b && lb == a) push_indirect(sc, skip_space(s, c + 1, b), clause_end(s, c + 1, b), a, b, cs, ce, LEDE_CUE_BEFORE);
      return;
    }
    if (lb == a) continue;  /* no subject */
    if (negated(s, a, cs)) continue;
    size_t comma = LEDE_NO_POS;
    for (size_t k = a; k < lb; k++) if (s[k] == ',') comma = k;
    size_t tj = skip_space(s, ce, b);
    if (comma != LEDE_NO_POS && !word_is(s, b, tj, "that") && count_words(s, comma + 1, cs) <= 8 && count_words(s, ce, b) <= 6 &&
        count_words(s, a, comma) >= 3) {  /* ..., the ministry said. */
      push_indirect(sc, a, clause_end(s, a, comma), a, b, cs, ce, LEDE_CUE_AFTER);
      return;
    }
    if (lb > a && s[lb - 1] == ',') continue;  /* a participle or an apposition: not here */
    /* X said (– in a statement –) that ... */
    size_t c = ce, that = LEDE_NO_POS;
    int words = 0;
    while (c < b && words < 9) {
      if (lede_is_alpha(s[c]) && !lede_is_alpha(s[c - 1])) {
        if (word_is(s, b, c, "that")) { that = c + 4; break; }
        words++;
      }
      c++;
    }
    size_t from = that != LEDE_NO_POS ? that : ce;
    if (that == LEDE_NO_POS) {
      static const char *const bare[] = { "said", "says", "say", "claimed", "claims", "insisted", "insists",
                                          "added", "adds", "warned", "warns", NULL };
      int ok = 0;
      for (int k = 0; bare[k]; k++) if (word_is(s, b, cs, bare[k])) ok = 1;
      if (!ok) return;
      size_t j = skip_space(s, ce, b);
      if (j < b && (s[j] == ',' || s[j] == ':' || s[j] == '.')) return;
      if (word_is(s, b, j, "to") || word_is(s, b, j, "in") || word_is(s, b, j, "on") || word_is(s, b, j, "of")) return;
    }
    from = skip_space(s, from, b);
    push_indirect(sc, from, clause_end(s, from, b), a, b, cs, ce, LEDE_CUE_BEFORE);
    return;
  }
}

static void find_indirect(scan *sc) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, nq = sc->out->n, qi = 0, i = 0;
  while (i < n && !sc->err) {
    i = skip_space(s, i, n);
    if (i >= n) break;
    size_t hi = n - i > WINDOW ? i + WINDOW : n;
    size_t e = sentence_end(s, i, i, hi);
    if (e <= i) e = i + 1;
    while (qi < nq && sc->out->items[qi].mark_end <= i) qi++;
    int quoted = qi < nq && sc->out->items[qi].mark_start < e;
    /* marks that were not quotations still mean quoted words are near */
    int marks = 0;
    for (size_t k = i; k < e && !marks; k++)
      if (s[k] == '"' || (s[k] == 0xE2 && k + 2 < e && s[k + 1] == 0x80 && (s[k + 2] == 0x9C || s[k + 2] == 0x9D)))
        marks = 1;
    if (!quoted && !marks) indirect_sentence(sc, i, e);
    i = e;
  }
  if (sc->out->n > nq) qsort(sc->out->items, sc->out->n, sizeof *sc->out->items, cmp_quote);
}

int lede_quotes_find(const char *s, size_t n, const lede_quote_opts *opts, lede_quotes *out) {
  if (!out || (!s && n)) return LEDE_EINVAL;
  scan sc = { (const unsigned char *)s, n, opts, out, 0, 0, 0 };
  size_t first = out->n;
  if (first != 0) return LEDE_EINVAL;  /* the list must start empty */
  find_marks(&sc);
  if (!sc.err) analyse(&sc);
  if (!sc.err && opts && opts->indirect) find_indirect(&sc);
  if (sc.err) { lede_quotes_free(out); return sc.err; }
  return LEDE_OK;
}

void lede_quotes_free(lede_quotes *l) {
  if (!l) return;
  free(l->items);
  l->items = NULL;
  l->n = l->cap = 0;
}
