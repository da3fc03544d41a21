/* test_quotes.c -- lede_quotes_find: spans, kinds, cues, bad input; the
 * built-in cue list against data/cues.txt. Run from the source directory. */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;
#define CHECK(cond, ...)                                              \
  do {                                                                \
    if (!(cond)) {                                                    \
      failures++;                                                     \
      fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);            \
      fprintf(stderr, __VA_ARGS__);                                   \
      fputc('\n', stderr);                                            \
    }                                                                 \
  } while (0)

static lede_quotes run(const char *s, size_t n, int indirect, int scare) {
  lede_quotes q = {0};
  lede_quote_opts o = { indirect, scare, NULL, 0 };
  int st = lede_quotes_find(s, n, &o, &q);
  CHECK(st == LEDE_OK, "status %d", st);
  return q;
}

static int span_is(const char *s, size_t a, size_t b, const char *want) {
  return b >= a && b - a == strlen(want) && memcmp(s + a, want, b - a) == 0;
}

/* One quotation expected: its text, kind, cue text ("" for none) and flags. */
static void expect1(const char *s, const char *text, int kind, const char *cue, int flags) {
  lede_quotes q = run(s, strlen(s), 0, 0);
  CHECK(q.n == 1, "%zu quotes in <%s>, want 1", q.n, s);
  if (q.n >= 1) {
    lede_quote *r = &q.items[0];
    CHECK(span_is(s, r->start, r->end, text), "text <%.*s> want <%s>", (int)(r->end - r->start), s + r->start, text);
    CHECK(r->kind == kind, "kind %d want %d in <%s>", r->kind, kind, s);
    if (*cue) CHECK(r->cue_start != LEDE_NO_POS && span_is(s, r->cue_start, r->cue_end, cue), "cue want <%s> in <%s>", cue, s);
    else CHECK(r->cue_start == LEDE_NO_POS, "no cue wanted in <%s>", s);
    CHECK(r->flags == flags, "flags %d want %d in <%s>", r->flags, flags, s);
  }
  lede_quotes_free(&q);
}

static void test_forms(void) {
  expect1("\u201CWe will not retreat,\u201D General Mira Osei told reporters.", "We will not retreat",
          LEDE_QUOTE_DIRECT, "told", 0);
  expect1("Vossik said: \u201CThe border is closed.\u201D", "The border is closed.", LEDE_QUOTE_DIRECT, "said", 0);
  expect1("\"We are ready,\" said Karen Whitfield.", "We are ready", LEDE_QUOTE_DIRECT, "said", 0);
  expect1("The envoy said the talks were \u201Cbroadly useful\u201D for both sides.", "broadly useful",
          LEDE_QUOTE_PARTIAL, "said", 0);
  expect1("\u00ABNous restons\u00BB, a dit Roeder, who added nothing.", "Nous restons", LEDE_QUOTE_DIRECT, "added", 0);
  expect1("Roeder sagte: \u201EWir bleiben hier.\u201C", "Wir bleiben hier.", LEDE_QUOTE_DIRECT, "", 0);
  expect1("\u2018We held Tarvos,\u2019 she said.", "We held Tarvos", LEDE_QUOTE_DIRECT, "said", 0);
  expect1("``We stay ,'' Vossik said.", "We stay", LEDE_QUOTE_DIRECT, "said", 0);
  expect1("\u201CWe start tomorrow\u201D as planned, Roeder told reporters.", "We start tomorrow",
          LEDE_QUOTE_DIRECT, "told", 0);
  expect1("According to Janssen, the convoy was \u201Cturned back at Ulmet\u201D on Tuesday.",
          "turned back at Ulmet", LEDE_QUOTE_PARTIAL, "According to", 0);
  /* a missing opening mark, recovered from the cue after it */
  expect1("Troops moved at dawn. With Lorvian help, we expect calm by Friday,\u201D the ministry said.",
          "With Lorvian help, we expect calm by Friday", LEDE_QUOTE_DIRECT, "said", LEDE_QF_NO_OPEN);
  /* a closing mark with no cue after it is not a quotation */
  const char *stray = "They agreed to stabilise the line.\u201D Then they left.";
  lede_quotes q = run(stray, strlen(stray), 0, 0);
  CHECK(q.n == 0, "stray closing mark gave %zu quotes", q.n);
  lede_quotes_free(&q);
}

static void test_apostrophes(void) {
  const char *s = "Keldoria\u2019s army, the \u201990s war, rock \u2019n\u2019 roll and don\u2019t: "
                  "\u2018We stay,\u2019 Arakelian said.";
  lede_quotes q = run(s, strlen(s), 0, 0);
  CHECK(q.n == 1, "apostrophes: %zu quotes", q.n);
  if (q.n == 1) CHECK(span_is(s, q.items[0].start, q.items[0].end, "We stay"), "apostrophes: wrong span");
  lede_quotes_free(&q);
  const char *t = "It's the soldiers' view, 'n' all that, isn't it?";
  q = run(t, strlen(t), 0, 0);
  CHECK(q.n == 0, "straight apostrophes gave %zu quotes", q.n);
  lede_quotes_free(&q);
}

static void test_scare(void) {
  const char *s = "The so-called \u201Cpeacekeepers\u201D stayed in Dorn.";
  lede_quotes q = run(s, strlen(s), 0, 0);
  CHECK(q.n == 0, "scare quote kept by default");
  lede_quotes_free(&q);
  q = run(s, strlen(s), 0, 1);
  CHECK(q.n == 1 && q.items[0].kind == LEDE_QUOTE_SCARE, "scare quote not reported on request");
  lede_quotes_free(&q);
}

static void test_paragraphs(void) {
  const char *s = "\u201CWe lost two posts near Kesany.\n\n\u201CWe will take them back,\u201D Vossik said.";
  lede_quotes q = run(s, strlen(s), 0, 0);
  CHECK(q.n == 2, "paragraph quote: %zu parts", q.n);
  if (q.n == 2) {
    CHECK(span_is(s, q.items[0].start, q.items[0].end, "We lost two posts near Kesany."), "part 1");
    CHECK(q.items[0].flags & LEDE_QF_CONTINUES, "part 1 flags %d", q.items[0].flags);
    CHECK(span_is(s, q.items[1].start, q.items[1].end, "We will take them back"), "part 2");
    CHECK(q.items[1].flags & LEDE_QF_CONTINUED, "part 2 flags");
    CHECK(q.items[0].cue_start == q.items[1].cue_start && q.items[0].cue_start != LEDE_NO_POS, "shared cue");
  }
  lede_quotes_free(&q);
  /* an opening mark never closed: to the end of its paragraph */
  const char *t = "Olenko said: \u201CThe ceasefire holds\n\nNext paragraph.";
  q = run(t, strlen(t), 0, 0);
  CHECK(q.n == 1 && span_is(t, q.items[0].start, q.items[0].end, "The ceasefire holds") &&
        (q.items[0].flags & LEDE_QF_NO_CLOSE), "unclosed quote");
  lede_quotes_free(&q);
}

static void test_indirect(void) {
  const char *s = "Keldoria said at least 38 of its soldiers were killed. Nothing else.";
  lede_quotes q = run(s, strlen(s), 1, 0);
  CHECK(q.n == 1, "indirect: %zu", q.n);
  if (q.n == 1) {
    CHECK(q.items[0].kind == LEDE_QUOTE_INDIRECT, "indirect kind");
    CHECK(span_is(s, q.items[0].start, q.items[0].end, "at least 38 of its soldiers were killed"), "indirect span");
    CHECK(span_is(s, q.items[0].cue_start, q.items[0].cue_end, "said"), "indirect cue");
  }
  lede_quotes_free(&q);
  q = run(s, strlen(s), 0, 0);
  CHECK(q.n == 0, "indirect without the option");
  lede_quotes_free(&q);
}

static void test_bad_input(void) {
  lede_quotes q = run("", 0, 1, 1);
  CHECK(q.n == 0, "empty");
  lede_quotes_free(&q);
  q = run("\u201C\u201D\"\"''\u00AB\u00BB", strlen("\u201C\u201D\"\"''\u00AB\u00BB"), 1, 1);
  CHECK(q.n == 0, "marks only gave %zu", q.n);
  lede_quotes_free(&q);
  /* 10,000 opening marks and no closing one */
  size_t n = 10000 * 4;
  char *s = malloc(n);
  for (size_t i = 0; i < 10000; i++) memcpy(s + i * 4, "\u201Ca", 4);
  q = run(s, n, 1, 1);
  CHECK(q.n <= 10000, "many opening marks: %zu", q.n);
  for (size_t i = 0; i < q.n; i++) CHECK(q.items[i].end <= n && q.items[i].start <= q.items[i].end, "bad span");
  lede_quotes_free(&q);
  free(s);
  /* a 1 MB quotation */
  n = 1 << 20;
  s = malloc(n + 64);
  memcpy(s, "\u201C", 3);
  for (size_t i = 3; i < n; i++) s[i] = "word "[i % 5];
  memcpy(s + n, ",\u201D Vossik said.", strlen(",\u201D Vossik said."));
  size_t total = n + strlen(",\u201D Vossik said.");
  q = run(s, total, 1, 0);
  CHECK(q.n == 1 && q.items[0].start == 3 && q.items[0].cue_start != LEDE_NO_POS, "1 MB quote");
  lede_quotes_free(&q);
  /* invalid UTF-8 and NUL bytes around a quotation */
  const char bad[] = "\xff\xfe \xe2\x80 \x00\"Keep \xc3 out,\" he said.\xe2";
  q = run(bad, sizeof bad - 1, 1, 1);
  CHECK(q.n == 1, "invalid UTF-8: %zu", q.n);
  if (q.n == 1) CHECK(span_is(bad, q.items[0].start, q.items[0].end, "Keep \xc3 out"), "invalid UTF-8 span");
  lede_quotes_free(&q);
  free(s);
  CHECK(lede_quotes_find(NULL, 5, NULL, &q) == LEDE_EINVAL, "NULL text");
}

static void test_cue_list(void) {
  size_t nc;
  const char *const *c = lede_quote_cues(&nc);
  FILE *f = fopen("data/cues.txt", "r");
  CHECK(f != NULL, "data/cues.txt not found (run from the source directory)");
  if (!f) return;
  char line[128];
  size_t k = 0;
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = 0;
    if (!line[0] || line[0] == '#') continue;
    CHECK(k < nc && strcmp(line, c[k]) == 0, "cue %zu: file <%s> built in <%s>", k, line, k < nc ? c[k] : "");
    k++;
  }
  fclose(f);
  CHECK(k == nc, "data/cues.txt has %zu cues, built in %zu", k, nc);
  for (size_t i = 1; i < nc; i++) CHECK(strcmp(c[i - 1], c[i]) < 0, "cues not sorted at %zu", i);
  const char *t = "She said so. He TOLD. Secretary of State. According to him";
  CHECK(lede_quote_cue_at(t, strlen(t), 4, NULL, 0) == 4, "said");
  CHECK(lede_quote_cue_at(t, strlen(t), 16, NULL, 0) == 0, "upper-case TOLD is not a cue");
  CHECK(lede_quote_cue_at(t, strlen(t), 35, NULL, 0) == 0, "State is not a cue");
  CHECK(lede_quote_cue_at(t, strlen(t), 42, NULL, 0) == 12, "According to");
  const char *extra[] = { "quipped" };
  const char *u = "he quipped";
  CHECK(lede_quote_cue_at(u, strlen(u), 3, extra, 1) == 7, "extra cue");
  CHECK(lede_quote_cue_at(u, strlen(u), 3, NULL, 0) == 0, "no extra cue");
}

int main(void) {
  test_forms();
  test_apostrophes();
  test_scare();
  test_paragraphs();
  test_indirect();
  test_bad_input();
  test_cue_list();
  if (failures) { fprintf(stderr, "%d failures\n", failures); return 1; }
  printf("test_quotes: ok\n");
  return 0;
}
