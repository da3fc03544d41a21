/* test_utf8.c -- the lenient UTF-8 decoder, the encoder and the repair
 * function of core/utf8.c. */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;
#define FAIL(...) do { failures++; fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
                       fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } while (0)

/* Decodes s[0..n) and compares the code points and the offsets they start at. */
static void expect_decode(const char *name, const char *s, size_t n, const int32_t *cps,
                          const size_t *starts, size_t count) {
  size_t i = 0, k = 0;
  while (i < n) {
    size_t at = i;
    int32_t c = lede_utf8_next(s, n, &i);
    if (i <= at) { FAIL("%s: no progress at %zu", name, at); return; }
    if (k >= count) { FAIL("%s: more code points than expected", name); return; }
    if (c != cps[k] || at != starts[k])
      FAIL("%s: #%zu is U+%04X at %zu, want U+%04X at %zu", name, k, (unsigned)c, at,
           (unsigned)cps[k], starts[k]);
    k++;
  }
  if (k != count) FAIL("%s: %zu code points, want %zu", name, k, count);
}
#define DECODE(name, s, n, ...)                                                   \
  do {                                                                           \
    const int32_t cps_[] = {__VA_ARGS__};                                        \
    expect_decode(name, s, n, cps_, starts_, sizeof cps_ / sizeof *cps_);        \
  } while (0)

static void test_next(void) {
  { const size_t starts_[] = {0, 1, 3, 6}; DECODE("valid 1-4 bytes", "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80", 10, 'a', 0xE9, 0x201C, 0x1F600); }
  { const size_t starts_[] = {0, 1, 2}; DECODE("NUL is a space", "a\0b", 3, 'a', ' ', 'b'); }
  { const size_t starts_[] = {0, 1, 2}; DECODE("Latin-1 bytes", "\xE9t\xE9", 3, 0xE9, 't', 0xE9); }
  { const size_t starts_[] = {0, 1, 2, 3}; DECODE("cp1252 punctuation", "\x93\x94\x96\x85", 4, 0x201C, 0x201D, 0x2013, 0x2026); }
  { const size_t starts_[] = {0, 1}; DECODE("cp1252 holes are C1", "\x81\x9D", 2, 0x81, 0x9D); }
  { const size_t starts_[] = {0, 1}; DECODE("overlong NUL", "\xC0\x80", 2, 0xC0, 0x20AC); }
  { const size_t starts_[] = {0, 1, 2}; DECODE("overlong 3-byte", "\xE0\x80\xAF", 3, 0xE0, 0x20AC, 0xAF); }
  { const size_t starts_[] = {0, 1, 2}; DECODE("surrogate", "\xED\xA0\x80", 3, 0xED, 0xA0, 0x20AC); }
  { const size_t starts_[] = {0, 1, 2, 3}; DECODE("above U+10FFFF", "\xF4\x90\x80\x80", 4, 0xF4, 0x0090, 0x20AC, 0x20AC); }
  { const size_t starts_[] = {0, 1, 2}; DECODE("truncated at the end", "x\xE2\x80", 3, 'x', 0xE2, 0x20AC); }
  { const size_t starts_[] = {0, 1, 2}; DECODE("lead byte then ASCII", "\xC3" "A!", 3, 0xC3, 'A', '!'); }
  { const size_t starts_[] = {0, 1}; DECODE("F5..FF never lead", "\xF5\xFF", 2, 0xF5, 0xFF); }
  { const size_t starts_[] = {0}; DECODE("U+10FFFF", "\xF4\x8F\xBF\xBF", 4, 0x10FFFF); }
}

static void test_encode(void) {
  struct { int32_t cp; const char *want; int len; } cases[] = {
    {0x41, "A", 1}, {0x7F, "\x7F", 1}, {0x80, "\xC2\x80", 2}, {0x7FF, "\xDF\xBF", 2},
    {0x800, "\xE0\xA0\x80", 3}, {0xFFFF, "\xEF\xBF\xBF", 3}, {0x10000, "\xF0\x90\x80\x80", 4},
    {0x10FFFF, "\xF4\x8F\xBF\xBF", 4}, {0xD800, "\xEF\xBF\xBD", 3}, {-1, "\xEF\xBF\xBD", 3},
    {0x110000, "\xEF\xBF\xBD", 3},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char out[4];
    int len = lede_utf8_encode(cases[i].cp, out);
    if (len != cases[i].len || memcmp(out, cases[i].want, (size_t)len) != 0)
      FAIL("encode U+%04X: length %d", (unsigned)cases[i].cp, len);
  }
  /* round trip of every scalar value */
  for (int32_t c = 1; c <= 0x10FFFF; c++) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    char out[4];
    size_t i = 0;
    int len = lede_utf8_encode(c, out);
    if (lede_utf8_next(out, (size_t)len, &i) != c || i != (size_t)len) { FAIL("round trip U+%04X", (unsigned)c); break; }
  }
}

static void test_repair(void) {
  char *out;
  size_t len;
  int changed = -1;
  lede_problems probs = {0};

  if (lede_utf8_repair("Marsk \xE2\x80\x94 ok", 12, "f.txt", &out, &len, &changed, &probs) != LEDE_OK) FAIL("repair valid");
  if (changed != 0 || len != 12 || strcmp(out, "Marsk \xE2\x80\x94 ok") != 0 || probs.n != 0) FAIL("valid text changed");
  lede_free(out);

  if (lede_utf8_repair("caf\xE9\0x", 6, "f.txt", &out, &len, &changed, &probs) != LEDE_OK) FAIL("repair bad");
  if (changed != 1 || len != 7 || memcmp(out, "caf\xC3\xA9 x", 8) != 0) FAIL("repair gave \"%s\"", out);
  if (probs.n != 2) FAIL("repair: %zu problems, want 2", probs.n);
  else {
    if (probs.items[0].offset != 3 || strcmp(probs.items[0].file, "f.txt") != 0 ||
        strcmp(probs.items[0].message, "invalid UTF-8 at byte offset 3 (0xE9) read as Windows-1252") != 0)
      FAIL("first problem: %lld %s", probs.items[0].offset, probs.items[0].message);
    if (probs.items[1].offset != 4 || strcmp(probs.items[1].message, "NUL byte at byte offset 4 read as a space") != 0)
      FAIL("second problem: %lld %s", probs.items[1].offset, probs.items[1].message);
  }
  lede_free(out);
  lede_problems_clear(&probs);

  if (lede_utf8_repair("", 0, NULL, &out, &len, &changed, NULL) != LEDE_OK || len != 0 || out[0] != '\0' || changed)
    FAIL("repair empty");
  lede_free(out);

  /* a binary blob: every byte invalid; at most 100 listed plus one total */
  size_t n = 100000;
  char *blob = malloc(n);
  for (size_t i = 0; i < n; i++) blob[i] = (char)(0x80 | (i % 64));
  if (lede_utf8_repair(blob, n, "bin", &out, &len, &changed, &probs) != LEDE_OK) FAIL("repair blob");
  else {
    if (probs.n != 101) FAIL("blob: %zu problems, want 101", probs.n);
    else if (strcmp(probs.items[100].message, "100000 invalid bytes and 0 NUL bytes repaired in all (first 100 listed)") != 0)
      FAIL("blob summary: %s", probs.items[100].message);
    /* the output is valid UTF-8: decoding it never needs the fallback */
    size_t i = 0, cps = 0;
    while (i < len) { size_t at = i; int32_t c = lede_utf8_next(out, len, &i); cps++;
      char enc[4]; int el = lede_utf8_encode(c, enc);
      if ((size_t)el != i - at || memcmp(enc, out + at, (size_t)el) != 0) { FAIL("blob output invalid at %zu", at); break; } }
    if (cps != n) FAIL("blob: %zu characters, want %zu", cps, n);
    lede_free(out);
  }
  lede_problems_clear(&probs);
  free(blob);
}

/* A problem message longer than lede_problems_add's 511 bytes is cut before
 * a UTF-8 character that does not fit, never inside one. */
static void expect_cut(const char *name, const char *pad, size_t want) {
  lede_problems probs = {0};
  char msg[1200] = "";
  for (int i = 0; i < 254; i++) strcat(msg, "\xC3\xA9");  /* 508 bytes of "é" */
  strcat(msg, pad);
  strcat(msg, "\xE2\x80\x94 Tarvos");
  if (lede_problems_add(&probs, "f.txt", 3, -1, "%s", msg) != LEDE_OK || probs.n != 1) {
    FAIL("%s: not added", name);
    return;
  }
  const char *m = probs.items[0].message;
  if (strlen(m) != want || strncmp(m, msg, want) != 0) FAIL("%s: %zu bytes, want %zu", name, strlen(m), want);
  lede_problems_clear(&probs);
}

static void test_long_problem(void) {
  expect_cut("dash ends at byte 511", "", 511);
  expect_cut("dash across byte 511", "x", 509);
}

int main(void) {
  test_long_problem();
  test_next();
  test_encode();
  test_repair();
  if (failures) { fprintf(stderr, "%d failure(s)\n", failures); return 1; }
  printf("test_utf8: all passed\n");
  return 0;
}
