/* test_sentences.c -- lede_sentences: exact sentence texts and spans for each
 * rule (abbreviations, initials, closing quotes, line breaks, ellipses,
 * decimals, domains) and bad input (invalid UTF-8, NUL, empty, huge). */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0, checks = 0;

#define FAIL(...) do { failures++; fprintf(stderr, "FAIL %s: ", name); fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } while (0)

/* Splits s (length n) and compares the sentence texts with want[] (NULL-ended). */
static void expect_n(const char *name, const char *s, size_t n, const char *const *want) {
  lede_spans sp = {0};
  checks++;
  int st = lede_sentences(s, n, &sp);
  if (st != LEDE_OK) { FAIL("status %d", st); return; }
  size_t k = 0;
  while (want[k]) k++;
  if (sp.n != k) FAIL("%zu sentences, want %zu", sp.n, k);
  for (size_t i = 0; i < sp.n; i++) {
    const lede_span *x = &sp.items[i];
    if (x->start > x->end || x->end > n) { FAIL("span %zu out of range", i); continue; }
    if (i > 0 && x->start < sp.items[i - 1].end) FAIL("span %zu overlaps", i);
    if (i < k) {
      size_t len = x->end - x->start;
      if (len != strlen(want[i]) || memcmp(s + x->start, want[i], len) != 0)
        FAIL("sentence %zu is [%.*s], want [%s]", i + 1, (int)len, s + x->start, want[i]);
    } else {
      FAIL("extra sentence [%.*s]", (int)(x->end - x->start), s + x->start);
    }
  }
  lede_spans_free(&sp);
}

static void expect(const char *name, const char *s, const char *const *want) {
  expect_n(name, s, strlen(s), want);
}

#define WANT(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NONE ((const char *const[]){NULL})

static void test_abbreviations(void) {
  expect("U.S. before a name", "The U.S. State Department said it was concerned. Dr. Anahit Serobyan agreed.",
         WANT("The U.S. State Department said it was concerned.", "Dr. Anahit Serobyan agreed."));
  expect("U.N. before a name", "The U.N. Security Council meets on Friday. Lorvia asked for it.",
         WANT("The U.N. Security Council meets on Friday.", "Lorvia asked for it."));
  expect("U.S. at the end", "Aid came from the U.S. The E.U. sent money too.",
         WANT("Aid came from the U.S.", "The E.U. sent money too."));
  expect("titles", "Gen. Tigran Asatrian and Lt. Col. Davit Harutyunov met Mr. Vossik and Mrs. Vossik. Sen. Hale and Rep. Ortiz did not.",
         WANT("Gen. Tigran Asatrian and Lt. Col. Davit Harutyunov met Mr. Vossik and Mrs. Vossik.",
              "Sen. Hale and Rep. Ortiz did not."));
  expect("St. before a name", "Pilgrims gathered at St. Anna church. Nobody was hurt.",
         WANT("Pilgrims gathered at St. Anna church.", "Nobody was hurt."));
  expect("state in a dateline", "INDEPENDENCE, Mo. (AP) -- Poland joined. They live in Springfield, Mo. The town is small.",
         WANT("INDEPENDENCE, Mo. (AP) -- Poland joined.", "They live in Springfield, Mo.", "The town is small."));
  expect("St. at the end", "They live on Harbour St. The house was hit.",
         WANT("They live on Harbour St.", "The house was hit."));
  expect("month before a number", "The war ended in Sept. 2019 with a deal. On Jan. 5 talks began. Dec. 31 passed.",
         WANT("The war ended in Sept. 2019 with a deal.", "On Jan. 5 talks began.", "Dec. 31 passed."));
  expect("No. before a number", "Route No. 4 was closed. It reopened.",
         WANT("Route No. 4 was closed.", "It reopened."));
  expect("e.g. and i.e.", "Heavy weapons, e.g. howitzers, were used, i.e. not only mortars. They hit Ulmet.",
         WANT("Heavy weapons, e.g. howitzers, were used, i.e. not only mortars.", "They hit Ulmet."));
  expect("e.g. before a capital", "Several towns, e.g. Tarvos and Ulmet, were hit. Dorn was spared.",
         WANT("Several towns, e.g. Tarvos and Ulmet, were hit.", "Dorn was spared."));
  expect("etc. at the end", "They brought tents, blankets, water etc. The Red Cross helped.",
         WANT("They brought tents, blankets, water etc.", "The Red Cross helped."));
  expect("etc. inside", "They brought tents, water etc. and stayed. Then they left.",
         WANT("They brought tents, water etc. and stayed.", "Then they left."));
  expect("a.m. before a day", "The truce began at 10 a.m. Tuesday in Ostgrad. It held.",
         WANT("The truce began at 10 a.m. Tuesday in Ostgrad.", "It held."));
  expect("a.m. before a bracket", "The truce began at 10 a.m. (GMT+4) on Tuesday. It held.",
         WANT("The truce began at 10 a.m. (GMT+4) on Tuesday.", "It held."));
  expect("a.m. before a quotation", "It began at 10 a.m. “We stopped,” he said.",
         WANT("It began at 10 a.m.", "“We stopped,” he said."));
  expect("a.m. at the end", "The truce began at 10 a.m. The guns fell silent.",
         WANT("The truce began at 10 a.m.", "The guns fell silent."));
  expect("Inc. before a name", "Orlan Inc. Chief Ed Mott spoke. Orlan Inc. It was brief.",
         WANT("Orlan Inc. Chief Ed Mott spoke.", "Orlan Inc.", "It was brief."));
}

static void test_initials(void) {
  expect("middle initial", "He met John F. Kennedy there. It was late.",
         WANT("He met John F. Kennedy there.", "It was late."));
  expect("two initials", "A report by J. R. Haines was cited. Nobody objected.",
         WANT("A report by J. R. Haines was cited.", "Nobody objected."));
  expect("letter at the end", "He served in World War I. The war ended.",
         WANT("He served in World War I.", "The war ended."));
}

static void test_quotes_and_brackets(void) {
  expect("curly close after stop", "She said: “They fired first.” The ministry denied it.",
         WANT("She said: “They fired first.”", "The ministry denied it."));
  expect("straight quotes", "\"We did not start this,\" Pakirov said. \"We will not break the truce.\" He left.",
         WANT("\"We did not start this,\" Pakirov said.", "\"We will not break the truce.\"", "He left."));
  expect("question in a quote", "“Is it over?” he asked. Nobody answered!",
         WANT("“Is it over?” he asked.", "Nobody answered!"));
  expect("single curly", "He called it ‘a first step.’ Then he left.",
         WANT("He called it ‘a first step.’", "Then he left."));
  expect("bracket after stop", "It ended (as planned.) Then war resumed.",
         WANT("It ended (as planned.)", "Then war resumed."));
  expect("no space after quote", "He said.”The war goes on.",
         WANT("He said.”", "The war goes on."));
  expect("quote mark then stop", "It was “almost immediately broken”. Kirby said so.",
         WANT("It was “almost immediately broken”.", "Kirby said so."));
  expect("quote over paragraphs", "“We will bring them home.\n\n“The people will answer,” he said.",
         WANT("“We will bring them home.", "“The people will answer,” he said."));
  expect("question then exclamation", "Why now?! Nobody knows.", WANT("Why now?!", "Nobody knows."));
}

static void test_lines(void) {
  expect("headline line", "Fresh fighting on the border\nNew exchanges of fire were reported. More later.",
         WANT("Fresh fighting on the border", "New exchanges of fire were reported.", "More later."));
  expect("dateline line", "MARSK, March 12\nKeldoria said on Wednesday that it would respond.",
         WANT("MARSK, March 12", "Keldoria said on Wednesday that it would respond."));
  expect("section head", "ceasefire\nThe ceasefire was announced.\nreaction\nThe U.N. was alarmed.",
         WANT("ceasefire", "The ceasefire was announced.", "reaction", "The U.N. was alarmed."));
  expect("blank line always ends", "One line\n\ntwo line", WANT("One line", "two line"));
  expect("hard wrap", "The ministry said that\nartillery hit the town.",
         WANT("The ministry said that\nartillery hit the town."));
  expect("comma at line end", "Tarvos, Ulmet,\nKesany and Dorn were shelled.",
         WANT("Tarvos, Ulmet,\nKesany and Dorn were shelled."));
  expect("CRLF", "First line\r\nSecond line.\r\n", WANT("First line", "Second line."));
  expect("CR only", "First line\rSecond line.", WANT("First line", "Second line."));
  expect("garbled header", "12/3/2025–|Last update: 3/12/202509:41 AM (Ostgrad)\nFresh fighting reported",
         WANT("12/3/2025–|Last update: 3/12/202509:41 AM (Ostgrad)", "Fresh fighting reported"));
  expect("tweet signature", "Residents describe a night in cellars. pic.twitter.com/Qx7Lm2Vd9K\n— Keldor Today (@KeldorToday) March 11, 2025\nDravania said so.",
         WANT("Residents describe a night in cellars.", "pic.twitter.com/Qx7Lm2Vd9K",
              "— Keldor Today (@KeldorToday) March 11, 2025", "Dravania said so."));
}

static void test_ellipses_numbers_domains(void) {
  expect("ellipsis inside", "The night was quieter… but not silent. Guns fired at four... and then nothing.",
         WANT("The night was quieter… but not silent.", "Guns fired at four... and then nothing."));
  expect("ellipsis before a capital", "He waited... Then the guns opened up. Nothing… “Quiet,” she said.",
         WANT("He waited...", "Then the guns opened up.", "Nothing…", "“Quiet,” she said."));
  expect("ellipsis before a number", "The toll rose to... 72 by Thursday.", WANT("The toll rose to... 72 by Thursday."));
  expect("decimal", "About 1.5 million people live there. Most fled.",
         WANT("About 1.5 million people live there.", "Most fled."));
  expect("domains", "Archyde.com reported it. See pic.twitter.com/Qx7Lm2Vd9K for the video. Nothing else.",
         WANT("Archyde.com reported it.", "See pic.twitter.com/Qx7Lm2Vd9K for the video.", "Nothing else."));
  expect("numbered list", "1. Keldoria asks for help.\n2. Dravania refuses.\n10. Talks in 2019. Then war.",
         WANT("1. Keldoria asks for help.", "2. Dravania refuses.", "10. Talks in 2019.", "Then war."));
  expect("number at sentence start", "Fighting ended in 2019. 50 soldiers had died.",
         WANT("Fighting ended in 2019.", "50 soldiers had died."));
  expect("non-ASCII lower after stop", "Er sagte ca. über 40. Élan followed.",
         WANT("Er sagte ca. über 40.", "Élan followed."));
}

static void test_spans_and_interface(void) {
  const char *name = "exact offsets";
  const char *s = "  Hello there.  Next.  ";
  lede_spans sp = {0};
  checks++;
  if (lede_sentences(s, strlen(s), &sp) != LEDE_OK || sp.n != 2 || sp.items[0].start != 2 ||
      sp.items[0].end != 14 || sp.items[1].start != 16 || sp.items[1].end != 21)
    FAIL("spans wrong (%zu)", sp.n);
  lede_spans_free(&sp);
  expect("interface check text",
         "On Tuesday, the ministry said at least 12 soldiers were killed near Vardenis, while officials "
         "in Baku reported nearly forty wounded. \u201CWe will not retreat,\u201D General Mira Osei told reporters. "
         "About 2,000 people fled between 10 and 12 March.",
         WANT("On Tuesday, the ministry said at least 12 soldiers were killed near Vardenis, while officials "
              "in Baku reported nearly forty wounded.",
              "\u201CWe will not retreat,\u201D General Mira Osei told reporters.",
              "About 2,000 people fled between 10 and 12 March."));
}

static void test_bad_input(void) {
  const char *name;
  expect("empty", "", NONE);
  expect("only space", "   \n\n \t\r\n ", NONE);
  expect("invalid UTF-8", "Caf\xE9 opened. Next \xFF\xFE one.", WANT("Caf\xE9 opened.", "Next \xFF\xFE one."));
  expect("truncated UTF-8 at the end", "A stop. \xC3", WANT("A stop.", "\xC3"));
  expect("invalid byte read as a lower-case letter", "A stop. \xE2\x80", WANT("A stop. \xE2\x80"));

  name = "NUL as space";
  lede_spans sp = {0};
  checks++;
  if (lede_sentences("One\0two. \0Three.\0", 17, &sp) != LEDE_OK || sp.n != 2 || sp.items[0].start != 0 ||
      sp.items[0].end != 8 || sp.items[1].start != 10 || sp.items[1].end != 16)
    FAIL("want [0,8) and [10,16), got %zu spans", sp.n);
  lede_spans_free(&sp);
  expect("lone dot", ".", WANT("."));
  expect("lone quote", "\u201D", WANT("\u201D"));

  name = "NULL with length";
  checks++;
  if (lede_sentences(NULL, 3, &sp) != LEDE_EINVAL) FAIL("NULL text accepted");
  if (lede_sentences(NULL, 0, &sp) != LEDE_OK || sp.n != 0) FAIL("NULL empty text");
  lede_spans_free(&sp);

  /* 1 MB line without punctuation: one sentence, the whole line. */
  name = "1 MB line";
  size_t big = 1u << 20;
  char *b = malloc(big);
  for (size_t i = 0; i < big; i++) b[i] = (i % 7 == 6) ? ' ' : 'a' + (char)(i % 26);
  b[0] = 'X';
  b[big - 1] = 'z';
  checks++;
  if (lede_sentences(b, big, &sp) != LEDE_OK || sp.n != 1 || sp.items[0].start != 0 || sp.items[0].end != big)
    FAIL("want one sentence over the whole line, got %zu", sp.n);
  lede_spans_free(&sp);

  /* 100k dots: one run of terminators, one sentence. */
  name = "100k dots";
  memset(b, '.', 100000);
  checks++;
  if (lede_sentences(b, 100000, &sp) != LEDE_OK || sp.n != 1 || sp.items[0].end != 100000)
    FAIL("want one sentence, got %zu", sp.n);
  lede_spans_free(&sp);

  /* 100k ". " pairs: 100k one-dot sentences. */
  name = "100k dot-space";
  for (size_t i = 0; i < 200000; i++) b[i] = (i % 2) ? ' ' : '.';
  checks++;
  if (lede_sentences(b, 200000, &sp) != LEDE_OK || sp.n != 100000 || sp.items[99999].start != 199998)
    FAIL("want 100000 sentences, got %zu", sp.n);
  lede_spans_free(&sp);

  /* 100k "U." initials and newlines mixed: no crash, spans in order. */
  name = "100k initials";
  for (size_t i = 0; i < 300000; i++) b[i] = "U. "[i % 3];
  checks++;
  if (lede_sentences(b, 300000, &sp) != LEDE_OK || sp.n != 1) FAIL("want 1 sentence, got %zu", sp.n);
  lede_spans_free(&sp);
  free(b);
}

int main(void) {
  test_abbreviations();
  test_initials();
  test_quotes_and_brackets();
  test_lines();
  test_ellipses_numbers_domains();
  test_spans_and_interface();
  test_bad_input();
  printf("test_sentences: %d checks, %d failures\n", checks, failures);
  return failures ? 1 : 0;
}
