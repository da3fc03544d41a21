/* test_numbers.c -- lede_numbers on sentences written for the test, and bad input. */
#include "lede.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(cond, ...)                                                    \
  do {                                                                      \
    if (!(cond)) {                                                          \
      failures++;                                                           \
      fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);                       \
      fprintf(stderr, __VA_ARGS__);                                         \
      fputc('\n', stderr);                                                  \
    }                                                                       \
  } while (0)

/* Expected record: text, op, kind, value (NAN: none), min, max (NAN: none), noun (NULL: none). */
typedef struct want {
  const char *text, *op, *kind;
  double value, min, max;
  const char *noun;
} want;

static void expect(const char *s, const want *w, size_t nw) {
  lede_number_list l = { 0 };
  int st = lede_numbers(s, strlen(s), &l);
  CHECK(st == LEDE_OK, "status %d for %s", st, s);
  CHECK(l.n == nw, "%zu records, want %zu, in: %s", l.n, nw, s);
  for (size_t i = 0; i < l.n && i < nw; i++) {
    const lede_number *r = &l.items[i];
    size_t len = r->end - r->start;
    CHECK(len == strlen(w[i].text) && memcmp(s + r->start, w[i].text, len) == 0,
          "record %zu: text '%.*s', want '%s'", i, (int)len, s + r->start, w[i].text);
    CHECK(strcmp(lede_num_op_name(r->op), w[i].op) == 0, "'%s': op %s, want %s", w[i].text,
          lede_num_op_name(r->op), w[i].op);
    CHECK(strcmp(lede_num_kind_name(r->kind), w[i].kind) == 0, "'%s': kind %s, want %s", w[i].text,
          lede_num_kind_name(r->kind), w[i].kind);
    if (isnan(w[i].value)) CHECK(!(r->flags & LEDE_NUM_HAS_VALUE), "'%s': unexpected value", w[i].text);
    else CHECK((r->flags & LEDE_NUM_HAS_VALUE) && r->value == w[i].value, "'%s': value %g, want %g",
               w[i].text, r->value, w[i].value);
    if (isnan(w[i].min)) CHECK(!(r->flags & LEDE_NUM_HAS_MIN), "'%s': unexpected min %g", w[i].text, r->min);
    else CHECK((r->flags & LEDE_NUM_HAS_MIN) && r->min == w[i].min, "'%s': min %g, want %g", w[i].text,
               r->min, w[i].min);
    if (isnan(w[i].max)) CHECK(!(r->flags & LEDE_NUM_HAS_MAX), "'%s': unexpected max %g", w[i].text, r->max);
    else CHECK((r->flags & LEDE_NUM_HAS_MAX) && r->max == w[i].max, "'%s': max %g, want %g", w[i].text,
               r->max, w[i].max);
    size_t nl = r->noun_end - r->noun_start;
    if (!w[i].noun) CHECK(nl == 0, "'%s': unexpected noun '%.*s'", w[i].text, (int)nl, s + r->noun_start);
    else CHECK(nl == strlen(w[i].noun) && memcmp(s + r->noun_start, w[i].noun, nl) == 0,
               "'%s': noun '%.*s', want '%s'", w[i].text, (int)nl, s + r->noun_start, w[i].noun);
  }
  lede_numbers_free(&l);
}

#define N NAN
#define EXPECT(s, ...)                                  \
  do {                                                  \
    static const want w_[] = { __VA_ARGS__ };           \
    expect(s, w_, sizeof w_ / sizeof w_[0]);            \
  } while (0)

static void test_qualifiers(void) {
  EXPECT("Keldoria said at least 38 of its soldiers were killed.",
         { "at least 38", ">=", "cardinal", 38, 38, N, "soldiers" });
  EXPECT("More than 80 soldiers dead, nearly forty wounded and about 1,500 Lorvian peacekeepers.",
         { "More than 80", ">", "cardinal", 80, 81, N, "soldiers" },
         { "nearly forty", "<", "cardinal", 40, 36, 39, "wounded" },
         { "about 1,500", "~", "cardinal", 1500, 1350, 1650, "peacekeepers" });
  EXPECT("up to 700 workers and fewer than 20 buses",
         { "up to 700", "<=", "cardinal", 700, N, 700, "workers" },
         { "fewer than 20", "<", "cardinal", 20, N, 19, "buses" });
}

static void test_written_and_ranges(void) {
  EXPECT("one hundred and five troops, two thousand people, 1.5 million",
         { "one hundred and five", "=", "cardinal", 105, 105, 105, "troops" },
         { "two thousand", "=", "cardinal", 2000, 2000, 2000, "people" },
         { "1.5 million", "=", "cardinal", 1.5e6, 1.5e6, 1.5e6, NULL });
  EXPECT("between 10 and 12 drones; one or two fronts",
         { "between 10 and 12", "range", "cardinal", 10, 10, 12, "drones" },
         { "one or two", "range", "cardinal", 1, 1, 2, "fronts" });
  EXPECT("dozens of homes", { "dozens", ">=", "vague", N, 24, N, "homes" });
}

static void test_kinds(void) {
  EXPECT("a six-week war in 2019 and a 40-minute break at 09:00",
         { "six-week", "=", "duration", 6, 6, 6, "war" },
         { "2019", "=", "year", 2019, 2019, 2019, NULL },
         { "40-minute", "=", "duration", 40, 40, 40, "break" },
         { "09:00", "=", "date", N, N, N, NULL });
  EXPECT("$1.2bn and 12%", { "$1.2bn", "=", "money", 1.2e9, 1.2e9, 1.2e9, NULL },
         { "12%", "=", "percent", 12, 12, 12, NULL });
  lede_number_list l = { 0 };
  const char *s = "a six-week war";
  lede_numbers(s, strlen(s), &l);
  CHECK(l.n == 1 && strcmp(l.items[0].duration, "P6W") == 0, "duration P6W");
  lede_numbers_free(&l);
}

static void test_not_counts(void) {
  expect("COVID-19, the G7, pic.twitter.com/YGr04UxVnG and +1-222-2222/2222 or 555-123-4567", NULL, 0);
  EXPECT("on 9/14/2022", { "9/14/2022", "=", "date", N, N, N, NULL });
}

static void test_bad_input(void) {
  /* 10,000 digits: one record, value not finite so unset, no crash */
  size_t n = 10000;
  char *big = malloc(n + 1);
  memset(big, '7', n);
  big[n] = 0;
  lede_number_list l = { 0 };
  CHECK(lede_numbers(big, n, &l) == LEDE_OK && l.n == 1, "10,000 digits: %zu records", l.n);
  if (l.n == 1) {
    CHECK(l.items[0].start == 0 && l.items[0].end == n, "span of the long number");
    CHECK(l.items[0].flags & LEDE_NUM_INEXACT, "long number is inexact");
  }
  lede_numbers_free(&l);
  free(big);
  /* beyond 2^53: kept, flagged inexact */
  const char *h = "9007199254740993 soldiers";
  lede_numbers(h, strlen(h), &l);
  CHECK(l.n == 1 && (l.items[0].flags & LEDE_NUM_INEXACT) && (l.items[0].flags & LEDE_NUM_HAS_VALUE),
        "2^53+1 is inexact");
  lede_numbers_free(&l);
  /* odd punctuation, invalid UTF-8, NUL, empty */
  static const char odd[] = "1,2,3,4 1..5 --5 \xff\xfe 12 \xc3\x28 \x00 7 \xe4\xb8\x83\xe5\x8d\x81 5";
  CHECK(lede_numbers(odd, sizeof odd - 1, &l) == LEDE_OK, "odd input");
  for (size_t i = 0; i < l.n; i++)
    CHECK(l.items[i].start < l.items[i].end && l.items[i].end <= sizeof odd - 1, "span inside the input");
  CHECK(l.n == 10, "odd input: %zu records, want 10 (1 2 3 4 1 5 5 12 7 5)", l.n);
  lede_numbers_free(&l);
  CHECK(lede_numbers("", 0, &l) == LEDE_OK && l.n == 0, "empty input");
  CHECK(lede_numbers(NULL, 0, &l) == LEDE_OK && l.n == 0, "NULL, 0");
  CHECK(lede_numbers(NULL, 3, &l) == LEDE_EINVAL, "NULL with a length");
  lede_numbers_free(&l);
}

int main(void) {
  test_qualifiers();
  test_written_and_ranges();
  test_kinds();
  test_not_counts();
  test_bad_input();
  if (failures) fprintf(stderr, "test_numbers: %d failures\n", failures);
  return failures != 0;
}
