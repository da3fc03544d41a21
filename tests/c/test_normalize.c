/* test_normalize.c -- lede_normalize and lede_fold: exact outputs and maps,
 * bad input, and a comparison with utf8proc_map on every code point and on
 * random strings of troublesome characters. */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static int failures = 0;
#define FAIL(...) do { failures++; fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
                       fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } while (0)

static const lede_norm_opts NFC = {LEDE_NFC, 0, 0, 0, LEDE_MAP_FLAT};
static const lede_norm_opts NFKC = {LEDE_NFKC, 0, 0, 0, LEDE_MAP_FLAT};
static const lede_norm_opts FOLD = {LEDE_NFC, 1, 0, 0, LEDE_MAP_FLAT};
static const lede_norm_opts ASCII = {LEDE_NFC, 0, 1, 0, LEDE_MAP_FLAT};
static const lede_norm_opts SPACE = {LEDE_NFC, 0, 0, 1, LEDE_MAP_FLAT};
static const lede_norm_opts ALL = {LEDE_NFKC, 1, 1, 1, LEDE_MAP_FLAT};

/* For every input byte, the offset where its character starts (as
 * lede_utf8_next reads s); entry n is n. */
static size_t *char_starts(const char *s, size_t n) {
  size_t *b = malloc((n + 1) * sizeof *b);
  for (size_t i = 0; i < n;) {
    size_t at = i;
    lede_utf8_next(s, n, &i);
    for (size_t k = at; k < i; k++) b[k] = at;
  }
  b[n] = n;
  return b;
}

/* Checks the map of r for input s: orig[len] == n; the first byte of every
 * output character maps to the start of an input character, and its other
 * bytes to the same input character; the flat and run forms agree. */
static void check_map(const char *name, const char *s, size_t n, const lede_normalized *r,
                      const lede_norm_opts *o) {
  size_t *starts = char_starts(s, n), lead = 0;
  if (r->orig[r->len] != n) FAIL("%s: orig[len] = %zu, want %zu", name, r->orig[r->len], n);
  for (size_t i = 0; i < r->len; i++) {
    int cont = ((unsigned char)r->text[i] & 0xC0) == 0x80;
    if (!cont) lead = i;
    if (r->orig[i] >= n || (!cont && starts[r->orig[i]] != r->orig[i]) ||
        (cont && starts[r->orig[i]] != r->orig[lead])) {
      FAIL("%s: orig[%zu] = %zu is not in the character that made output byte %zu", name, i, r->orig[i], i);
      break;
    }
    if (lede_normalized_orig(r, i) != r->orig[i]) {
      FAIL("%s: lede_normalized_orig(%zu) disagrees with orig", name, i);
      break;
    }
  }
  free(starts);
  /* the run-only form gives the same text and the same offsets */
  lede_norm_opts ro = o ? *o : (lede_norm_opts){0};
  ro.map = LEDE_MAP_RUNS;
  lede_normalized q;
  if (lede_normalize(s, n, &ro, &q) != LEDE_OK) { FAIL("%s: runs form failed", name); return; }
  if (q.orig != NULL) FAIL("%s: runs form has a flat map", name);
  if (q.len != r->len || memcmp(q.text, r->text, q.len) != 0) FAIL("%s: runs form text differs", name);
  else for (size_t i = 0; i <= q.len; i++)
    if (lede_normalized_orig(&q, i) != r->orig[i]) { FAIL("%s: runs map differs at %zu", name, i); break; }
  lede_normalized_free(&q);
}

/* Normalizes s[0..n) and compares text and (when want_map is not NULL) the
 * map, given as -1-terminated offsets for bytes 0..len. */
static void expect_n(const char *name, const char *s, size_t n, const lede_norm_opts *o,
                     const char *want, const long *want_map) {
  lede_normalized r;
  int st = lede_normalize(s, n, o, &r);
  if (st != LEDE_OK) { FAIL("%s: status %d", name, st); return; }
  if (r.len != strlen(want) || memcmp(r.text, want, r.len) != 0 || r.text[r.len] != '\0')
    FAIL("%s: got \"%.*s\", want \"%s\"", name, (int)r.len, r.text, want);
  check_map(name, s, n, &r, o);
  if (want_map) {
    size_t i = 0;
    for (; want_map[i] >= 0 && i <= r.len; i++)
      if ((long)r.orig[i] != want_map[i]) { FAIL("%s: orig[%zu] = %zu, want %ld", name, i, r.orig[i], want_map[i]); break; }
    if (i != r.len + 1 || want_map[i] != -1) FAIL("%s: map has %zu entries, want %zu", name, r.len + 1, i);
  }
  lede_normalized_free(&r);
}
#define expect(name, s, o, ...) expect_n(name, s, strlen(s), o, __VA_ARGS__)

static void test_defaults(void) {
  expect("empty", "", &NFC, "", (long[]){0, -1});
  expect("ascii unchanged", "Tarvos, 11 March", &NFC, "Tarvos, 11 March", NULL);
  expect("NULL opts mean NFC", "x", NULL, "x", NULL);
  /* e + COMBINING ACUTE -> é; both bytes map to the e */
  expect("compose e+acute", "Cafe\xCC\x81!", &NFC, "Caf\xC3\xA9!", (long[]){0, 1, 2, 3, 3, 6, 7, -1});
  expect("precomposed kept", "Caf\xC3\xA9", &NFC, "Caf\xC3\xA9", (long[]){0, 1, 2, 3, 4, 5, -1});
  /* curly quotes, dashes and ligatures are kept by default */
  expect("NFC keeps quotes", "\xE2\x80\x9Cx\xE2\x80\x9D \xE2\x80\x94 \xEF\xAC\x81", &NFC,
         "\xE2\x80\x9Cx\xE2\x80\x9D \xE2\x80\x94 \xEF\xAC\x81", NULL);
  /* a mark with no precomposed form stays after its letter */
  expect("q+acute", "q\xCC\x81", &NFC, "q\xCC\x81", (long[]){0, 1, 2, 3, -1});
  /* canonical order: dot below (220) before acute (230); e+dot below composes */
  expect("reorder marks", "e\xCC\x81\xCC\xA3", &NFC, "\xE1\xBA\xB9\xCC\x81", (long[]){0, 0, 0, 1, 2, 5, -1});
  /* a composition exclusion is not produced: U+0958 stays decomposed */
  expect("exclusion", "\xE0\xA4\x95\xE0\xA4\xBC", &NFC, "\xE0\xA4\x95\xE0\xA4\xBC", NULL);
  /* singletons: ANGSTROM SIGN -> Å, OHM SIGN -> Ω */
  expect("singletons", "\xE2\x84\xAB\xE2\x84\xA6", &NFC, "\xC3\x85\xCE\xA9", (long[]){0, 0, 3, 3, 6, -1});
  /* Hangul: L + V + T composes to one syllable */
  expect("hangul", "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8", &NFC, "\xEA\xB0\x81", (long[]){0, 0, 0, 9, -1});
  /* Cyrillic й as и + BREVE composes; Latin after Cyrillic keeps offsets */
  expect("cyrillic short i", "\xD0\xB8\xCC\x86 Vossik", &NFC, "\xD0\xB9 Vossik", (long[]){0, 0, 4, 5, 6, 7, 8, 9, 10, 11, -1});
}

static void test_nfkc(void) {
  expect("NFC keeps fi ligature", "\xEF\xAC\x81nal", &NFC, "\xEF\xAC\x81nal", NULL);
  expect("NFKC splits fi ligature", "\xEF\xAC\x81nal", &NFKC, "final", (long[]){0, 0, 3, 4, 5, 6, -1});
  expect("NFC keeps superscript", "km\xC2\xB2", &NFC, "km\xC2\xB2", NULL);
  expect("NFKC superscript two", "km\xC2\xB2", &NFKC, "km2", (long[]){0, 1, 2, 4, -1});
  expect("NFKC fullwidth", "\xEF\xBC\xA1\xEF\xBC\x91", &NFKC, "A1", (long[]){0, 3, 6, -1});
  expect("NFKC ellipsis", "wait\xE2\x80\xA6", &NFKC, "wait...", (long[]){0, 1, 2, 3, 4, 4, 4, 7, -1});
}

static void test_fold(void) {
  expect("fold turkish", "\xC3\x87" "avu\xC5\x9F" "o\xC4\x9F" "lu", &FOLD, "cavusoglu", NULL);
  expect("fold map", "\xC3\x87" "a", &FOLD, "ca", (long[]){0, 2, 3, -1});
  expect("fold sharp s", "Stra\xC3\x9F" "e", &FOLD, "strasse", (long[]){0, 1, 2, 3, 4, 4, 6, 7, -1});
  expect("fold dotless and dotted i", "K\xC4\xB1l\xC4\xB1\xC3\xA7 \xC4\xB0stanbul", &FOLD, "kilic istanbul", NULL);
  expect("fold schwa kept", "\xC6\x8Fliyev M\xC9\x99mm\xC9\x99" "dov", &FOLD, "\xC9\x99liyev m\xC9\x99mm\xC9\x99" "dov", NULL);
  expect("fold stroked letters", "\xC5\x81\xC3\xB3" "d\xC5\xBA \xC3\x98stergaard \xC4\x90" "akovi\xC4\x87", &FOLD,
         "lodz ostergaard dakovic", NULL);
  expect("fold cyrillic", "\xD0\x94\xD0\xBC\xD0\xB8\xD1\x82\xD1\x80\xD0\xB8\xD0\x99 \xD0\x81\xD0\xBB\xD0\xBA\xD0\xB0", &FOLD,
         /* stripping marks takes the breve off й and the diaeresis off ё */
         "\xD0\xB4\xD0\xBC\xD0\xB8\xD1\x82\xD1\x80\xD0\xB8\xD0\xB8 \xD0\xB5\xD0\xBB\xD0\xBA\xD0\xB0", NULL);
  expect("fold decomposed input", "CAFE\xCC\x81", &FOLD, "cafe", (long[]){0, 1, 2, 3, 6, -1});
  expect("fold soft hyphen", "Kel\xC2\xAD" "doria", &FOLD, "keldoria", NULL);
  expect("all options", "  \xEF\xAC\x81NAL \xE2\x80\x94  Vossik\xE2\x80\x99s ", &ALL, " final - vossik's ", NULL);
  expect("fold keeps punctuation", "Vossik\xE2\x80\x99s", &FOLD, "vossik\xE2\x80\x99s", NULL);
}

static void test_ascii(void) {
  expect("ascii quotes", "\xE2\x80\x98" "a\xE2\x80\x99 \xE2\x80\x9C" "b\xE2\x80\x9D \xE2\x80\x9E" "c\xC2\xAB" "d\xC2\xBB", &ASCII,
         "'a' \"b\" \"c\"d\"", NULL);
  expect("ascii dashes", "a\xE2\x80\x93" "b\xE2\x80\x94" "c\xE2\x80\x92" "d\xE2\x88\x92" "1", &ASCII, "a-b-c-d-1",
         (long[]){0, 1, 4, 5, 8, 9, 12, 13, 16, 17, -1});
  expect("ascii ellipsis", "so\xE2\x80\xA6", &ASCII, "so...", (long[]){0, 1, 2, 2, 2, 5, -1});
  expect("ascii spaces", "10\xC2\xA0km\xE2\x80\xAF" "a\xE2\x80\x89" "b\xE3\x80\x80" "c", &ASCII, "10 km a b c", NULL);
  expect("ascii line separator", "a\xE2\x80\xA8" "b", &ASCII, "a\nb", NULL);
  expect("ascii keeps letters", "Caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D", &ASCII, "Caf\xC3\xA9 \"x\"", NULL);
  lede_norm_opts af = ASCII;
  af.fold = 1;
  expect("check-interface case", "Caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D", &af, "cafe \"x\"", NULL);
}

static void test_space(void) {
  expect("space collapse", "a  \t\n b", &SPACE, "a b", (long[]){0, 1, 6, 7, -1});
  expect("space single tab", "a\tb", &SPACE, "a b", NULL);
  expect("space keeps ends", "  a  ", &SPACE, " a ", (long[]){0, 2, 3, 5, -1});
  expect("space unicode", "a\xC2\xA0 \xE2\x80\x83" "b", &SPACE, "a b", (long[]){0, 1, 7, 8, -1});
  expect_n("space with NUL", "a \0 b", 5, &SPACE, "a b", (long[]){0, 1, 4, 5, -1});
  lede_norm_opts sa = SPACE;
  sa.fold = 1;
  expect("space and fold", "Marsk   CITY", &sa, "marsk city", NULL);
}

static void test_bad_input(void) {
  /* invalid UTF-8 is read as Windows-1252, one byte at a time */
  expect("latin-1 byte", "caf\xE9!", &NFC, "caf\xC3\xA9!", (long[]){0, 1, 2, 3, 3, 4, 5, -1});
  expect("cp1252 quotes", "\x93Hi\x94 \x96 x", &ASCII, "\"Hi\" - x", NULL);
  expect("cp1252 quotes kept in NFC", "\x93Hi\x94", &NFC, "\xE2\x80\x9CHi\xE2\x80\x9D", (long[]){0, 0, 0, 1, 2, 3, 3, 3, 4, -1});
  expect("truncated sequence", "a\xE2\x80", &NFC, "a\xC3\xA2\xE2\x82\xAC", (long[]){0, 1, 1, 2, 2, 2, 3, -1});
  expect("lone continuation then mark", "\x80\xCC\x81", &NFC, "\xE2\x82\xAC\xCC\x81", NULL);
  expect("invalid then fold", "\xC9TAT", &FOLD, "etat", (long[]){0, 1, 2, 3, 4, -1});
  expect_n("NUL as space", "a\0b", 3, &NFC, "a b", (long[]){0, 1, 2, 3, -1});
  expect_n("NUL before non-ASCII", "a\0\xC3\xA9", 4, &NFC, "a \xC3\xA9", (long[]){0, 1, 2, 3, 4, -1});
  expect_n("only NULs", "\0\0", 2, &SPACE, " ", (long[]){0, 2, -1});
  expect("mark at start", "\xCC\x81" "a", &NFC, "\xCC\x81" "a", NULL);
  /* the counts of what was read leniently, with the first offset */
#define LIT(s) s, sizeof(s) - 1
  struct { const char *s; size_t n; lede_norm_opts o; size_t invalid, first_invalid, nuls, first_nul; } counts[] = {
    {LIT("caf\xE9 \x93ok\x94"), NFC, 3, 3, 0, 0},
    {LIT("Marsk \xE2\x80\x94 ok"), NFC, 0, 0, 0, 0},
    {LIT("a\0b\0"), NFC, 0, 0, 2, 1},
    {LIT("ab \0\0 cd\0"), SPACE, 0, 0, 3, 3},
    {LIT("long ascii run with a NUL\0 inside it and then \xC3\xA9\0"), FOLD, 0, 0, 2, 25},
    {LIT("\xFF\0"), ALL, 1, 0, 1, 1},
  };
  for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
    lede_normalized r;
    if (lede_normalize(counts[i].s, counts[i].n, &counts[i].o, &r) != LEDE_OK) { FAIL("counts %zu failed", i); continue; }
    if (r.invalid != counts[i].invalid || (r.invalid && r.first_invalid != counts[i].first_invalid) ||
        r.nuls != counts[i].nuls || (r.nuls && r.first_nul != counts[i].first_nul))
      FAIL("counts %zu: invalid %zu at %zu, NUL %zu at %zu", i, r.invalid, r.first_invalid, r.nuls, r.first_nul);
    lede_normalized_free(&r);
  }
  lede_norm_opts bad = {7, 0, 0, 0, 0};
  lede_normalized r;
  if (lede_normalize("x", 1, &bad, &r) != LEDE_EINVAL) FAIL("bad form accepted");
  if (r.text || r.orig || r.runs) FAIL("bad form left memory");
  bad = (lede_norm_opts){0, 0, 0, 0, 9};
  if (lede_normalize("x", 1, &bad, &r) != LEDE_EINVAL) FAIL("bad map accepted");
  lede_normalized_free(&r); /* a zeroed struct is fine */
}

static void test_lede_fold(void) {
  struct { const char *in, *want; } cases[] = {
    {"\xC3\x87" "avu\xC5\x9F" "o\xC4\x9F" "lu", "cavusoglu"},
    {"ANTONY  Blinken\xE2\x80\x99s", "antony blinken's"},
    {"  Jeyran\xC2\xA0\xC2\xA0" "Bakirov \n", "jeyran bakirov"},
    {"\xEF\xAC\x81" "nance", "finance"},
    {"Mamedli\xE2\x80\x94" "Vossik", "mamedli-vossik"},
    {"", ""},
    {" \t ", ""},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *out = NULL;
    size_t len = 99;
    if (lede_fold(cases[i].in, strlen(cases[i].in), &out, &len) != LEDE_OK) { FAIL("fold %zu failed", i); continue; }
    if (len != strlen(out) || strcmp(out, cases[i].want) != 0)
      FAIL("lede_fold(\"%s\") = \"%s\", want \"%s\"", cases[i].in, out, cases[i].want);
    lede_free(out);
  }
}

/* ---- against utf8proc_map ---- */

static utf8proc_int32_t fold_extra(utf8proc_int32_t c, void *data) {
  (void)data;
  switch (c) {
  case 0x0131: return 'i';
  case 0x0141: case 0x0142: return 'l';
  case 0x00D8: case 0x00F8: return 'o';
  case 0x0110: case 0x0111: return 'd';
  case 0x0126: case 0x0127: return 'h';
  case 0x0166: case 0x0167: return 't';
  default: return c;
  }
}

static const struct { const char *name; lede_norm_opts o; int uopts; int extra; } PEERS[] = {
  {"NFC", {LEDE_NFC, 0, 0, 0, LEDE_MAP_FLAT}, UTF8PROC_STABLE | UTF8PROC_COMPOSE, 0},
  {"NFKC", {LEDE_NFKC, 0, 0, 0, LEDE_MAP_FLAT}, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT, 0},
  {"fold", {LEDE_NFC, 1, 0, 0, LEDE_MAP_FLAT},
   UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE, 1},
  {"NFKC fold", {LEDE_NFKC, 1, 0, 0, LEDE_MAP_FLAT},
   UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE, 1},
};
#define NPEERS (sizeof PEERS / sizeof *PEERS)

static long compared = 0;

/* s must be valid UTF-8 without NUL; returns 0 when they differ. */
static int same_as_utf8proc(const char *s, size_t n, size_t p, int with_map) {
  utf8proc_uint8_t *want = NULL;
  utf8proc_ssize_t wl = utf8proc_map_custom((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &want,
                                            (utf8proc_option_t)PEERS[p].uopts,
                                            PEERS[p].extra ? fold_extra : NULL, NULL);
  lede_normalized r;
  lede_norm_opts o = PEERS[p].o;
  if (!with_map) o.map = LEDE_MAP_RUNS;
  int ok = 1;
  if (wl < 0) { FAIL("utf8proc failed on a valid string"); free(want); return 0; }
  if (lede_normalize(s, n, &o, &r) != LEDE_OK) { FAIL("lede_normalize failed"); free(want); return 0; }
  if ((size_t)wl != r.len || memcmp(want, r.text, r.len) != 0) {
    ok = 0;
    FAIL("%s differs from utf8proc on input of %zu bytes:", PEERS[p].name, n);
    for (size_t i = 0; i < n && i < 60; i++) fprintf(stderr, " %02X", (unsigned char)s[i]);
    fprintf(stderr, "\n  lede:    ");
    for (size_t i = 0; i < r.len && i < 60; i++) fprintf(stderr, " %02X", (unsigned char)r.text[i]);
    fprintf(stderr, "\n  utf8proc:");
    for (utf8proc_ssize_t i = 0; i < wl && i < 60; i++) fprintf(stderr, " %02X", want[i]);
    fputc('\n', stderr);
  } else if (with_map) {
    check_map(PEERS[p].name, s, n, &r, &o);
  }
  compared++;
  lede_normalized_free(&r);
  free(want);
  return ok;
}

/* Every assigned code point in the planes that text uses, alone and between
 * letters and marks that it might compose or reorder with. */
static void test_every_code_point(void) {
  int bad = 0;
  for (int32_t c = 1; c < 0x30000 && bad < 5; c++) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    if (utf8proc_category(c) == UTF8PROC_CATEGORY_CN && c > 0x80) continue;
    char s[64];
    size_t n = 0;
    char x[4];
    int xl = lede_utf8_encode(c, x);
    s[n++] = 'e';
    memcpy(s + n, x, (size_t)xl); n += (size_t)xl;
    memcpy(s + n, "\xCC\xA3\xCC\x81", 4); n += 4;   /* dot below, acute */
    memcpy(s + n, x, (size_t)xl); n += (size_t)xl;
    memcpy(s + n, "\xE1\x84\x80", 3); n += 3;        /* Hangul L */
    memcpy(s + n, x, (size_t)xl); n += (size_t)xl;
    s[n++] = 'A';
    for (size_t p = 0; p < NPEERS; p++)
      if (!same_as_utf8proc(s, n, p, 0)) bad++;
  }
}

/* The space option collapses white space in what the other options give:
 * compares it with collapsing the output of a run without it. */
static int space_same_as_collapsed(const char *s, size_t n, lede_norm_opts o, int ascii) {
  lede_normalized a, b;
  o.ascii = ascii;
  o.space = 0;
  if (lede_normalize(s, n, &o, &a) != LEDE_OK) { FAIL("normalize failed"); return 0; }
  o.space = 1;
  if (lede_normalize(s, n, &o, &b) != LEDE_OK) { FAIL("normalize failed"); lede_normalized_free(&a); return 0; }
  char *want = malloc(a.len + 1);
  size_t w = 0;
  int in_space = 0;
  for (size_t i = 0; i < a.len;) {
    size_t at = i;
    int32_t c = lede_utf8_next(a.text, a.len, &i);
    int white = c == ' ' || (c >= 9 && c <= 13) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
                (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
                c == 0x205F || c == 0x3000;
    if (white) { if (!in_space) want[w++] = ' '; in_space = 1; }
    else { memcpy(want + w, a.text + at, i - at); w += i - at; in_space = 0; }
  }
  int ok = w == b.len && memcmp(want, b.text, w) == 0;
  if (!ok) FAIL("space option differs from collapsing (ascii=%d, fold=%d, form=%d): \"%.*s\" vs \"%.*s\"",
                ascii, o.fold, o.form, (int)b.len, b.text, (int)w, want);
  else check_map("space", s, n, &b, &o);
  free(want);
  lede_normalized_free(&a);
  lede_normalized_free(&b);
  return ok;
}

/* Random strings of characters that compose, reorder, decompose or fold. */
static void test_random_strings(void) {
  static const int32_t pool[] = {
    'a', 'e', 'A', 'E', 'i', 'I', 'o', 's', 'S', 'k', ' ', ' ', '\t', '\n', ',', '\'', 0x2028, 0x2009, 0x00C0, 0x00C7, 0x00E9,
    0x00DF, 0x1E9E, 0x0130, 0x0131, 0x0142, 0x00D8, 0x0259, 0x018F, 0x011F, 0x015F, 0x0300, 0x0301,
    0x0302, 0x0303, 0x0306, 0x0307, 0x0308, 0x030A, 0x030C, 0x0313, 0x0323, 0x0327, 0x0328, 0x0331,
    0x0345, 0x0344, 0x0340, 0x0374, 0x037E, 0x0390, 0x03B9, 0x1F80, 0x1FBE, 0x0418, 0x0438, 0x0419,
    0x0439, 0x0415, 0x0401, 0x0451, 0x0410, 0x0416, 0x04C1, 0x0915, 0x093C, 0x0958, 0x0B47, 0x0B3E,
    0x0B57, 0x0BC6, 0x0BBE, 0x0CBF, 0x0CD5, 0x0F71, 0x0F72, 0x0F73, 0x0F80, 0x0FB5, 0x1100, 0x1101,
    0x1161, 0x1175, 0x11A7, 0x11A8, 0x11C2, 0xAC00, 0xAC01, 0xD7A3, 0x3099, 0x304B, 0x304C, 0x309A,
    0x212B, 0x2126, 0x00C5, 0x0041, 0xFB01, 0xFB03, 0x00B2, 0x2460, 0x3300, 0xFDFA, 0x00A0, 0x2003,
    0x2019, 0x201C, 0x2014, 0x2026, 0x00AD, 0x200B, 0x200D, 0xFEFF, 0x1D15E, 0x1D165, 0x1D16D,
    0x1F600, 0x2F800, 0x05B0, 0x05B7, 0x05D0, 0x0591, 0x0CC6, 0x0CC2, 0x0CD6, 0x1B05, 0x1B35,
  };
  unsigned long x = 12345;
  int bad = 0;
  for (int t = 0; t < 60000 && bad < 5; t++) {
    char s[200];
    size_t n = 0;
    x = x * 6364136223846793005UL + 1442695040888963407UL;
    int len = 1 + (int)((x >> 33) % 14);
    for (int k = 0; k < len; k++) {
      x = x * 6364136223846793005UL + 1442695040888963407UL;
      n += (size_t)lede_utf8_encode(pool[(x >> 33) % (sizeof pool / sizeof *pool)], s + n);
    }
    if (!same_as_utf8proc(s, n, (size_t)(t % (int)NPEERS), t % 4 == 0)) bad++;
    if (t % 3 == 0 && !space_same_as_collapsed(s, n, PEERS[t % (int)NPEERS].o, t % 2)) bad++;
  }
}

/* A 1 MB line: ASCII news with accented names and marks scattered in it;
 * and 1 MB of marks after one letter (linear time, canonical order). */
static void test_big(void) {
  size_t n = 1 << 20;
  char *s = malloc(n + 8);
  size_t i = 0;
  const char *words[] = {"Keldoria  ", "said\t\n ", "\xC3\x87" "avu\xC5\x9F" "o\xC4\x9F" "lu ", "Marsk, ",
                         "e\xCC\x81" "lan ", "\xD0\x92\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD0\xBA ", "\xE2\x80\x9Cquoted\xE2\x80\x9D "};
  unsigned k = 7;
  while (i + 32 < n) {
    k = k * 1103515245u + 12345u;
    const char *w = words[(k >> 16) % 7];
    memcpy(s + i, w, strlen(w));
    i += strlen(w);
  }
  for (size_t p = 0; p < NPEERS; p++) same_as_utf8proc(s, i, p, p == 0);
  space_same_as_collapsed(s, i, ALL, 1);
  space_same_as_collapsed(s, i, NFC, 0);

  /* marks: canonical order puts all the 220s (dot below) before the 230s */
  size_t m = 1;
  s[0] = 'q';
  while (m + 4 <= n) { memcpy(s + m, "\xCC\x81\xCC\xA3", 4); m += 4; }
  lede_normalized r;
  if (lede_normalize(s, m, &NFC, &r) != LEDE_OK) FAIL("marks: failed");
  else {
    size_t half = (m - 1) / 2;
    int ok = r.len == m && r.text[0] == 'q';
    for (size_t j = 1; ok && j < r.len; j += 2) {
      const char *want = (j - 1 < half) ? "\xCC\xA3" : "\xCC\x81";
      if (memcmp(r.text + j, want, 2) != 0) ok = 0;
    }
    if (!ok) FAIL("1 MB of marks not in canonical order");
    lede_normalized_free(&r);
  }
  free(s);
}

/* The caches are filled on first use by whichever thread gets there; several
 * threads starting cold must all get the same text as one thread alone. */
#include <pthread.h>
static const char THREAD_TEXT[] =
  "\xC3\x87" "avu\xC5\x9F" "o\xC4\x9F" "lu \xE2\x80\x9C\xD0\x92\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD0\xBA\xE2\x80\x9D "
  "e\xCC\x81" "lan \xEF\xAC\x81" "n \xC2\xB2 \xE1\x84\x80\xE1\x85\xA1 Stra\xC3\x9F" "e \xC3\x98" "st \xE2\x80\xA6 ";
static void *thread_run(void *arg) {
  lede_normalized *r = arg;
  lede_norm_opts o = {LEDE_NFKC, 0, 1, 0, LEDE_MAP_RUNS};
  char big[sizeof THREAD_TEXT * 200];
  size_t n = 0;
  for (int k = 0; k < 200; k++) { memcpy(big + n, THREAD_TEXT, sizeof THREAD_TEXT - 1); n += sizeof THREAD_TEXT - 1; }
  if (lede_normalize(big, n, &o, r) != LEDE_OK) r->text = NULL;
  return NULL;
}
static void test_threads(void) {
  pthread_t th[4];
  lede_normalized r[5];
  for (int k = 0; k < 4; k++) pthread_create(&th[k], NULL, thread_run, &r[k]);
  for (int k = 0; k < 4; k++) pthread_join(th[k], NULL);
  thread_run(&r[4]);
  for (int k = 0; k < 4; k++) {
    if (!r[k].text || r[k].len != r[4].len || memcmp(r[k].text, r[4].text, r[4].len) != 0)
      FAIL("thread %d got a different text", k);
    lede_normalized_free(&r[k]);
  }
  lede_normalized_free(&r[4]);
}

int main(void) {
  test_threads(); /* first, while the caches of its options are cold */
  test_defaults();
  test_nfkc();
  test_fold();
  test_ascii();
  test_space();
  test_bad_input();
  test_lede_fold();
  test_every_code_point();
  test_random_strings();
  test_big();
  if (failures) { fprintf(stderr, "%d failure(s)\n", failures); return 1; }
  printf("test_normalize: all passed (%ld comparisons with utf8proc)\n", compared);
  return 0;
}
