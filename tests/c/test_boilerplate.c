/* test_boilerplate.c -- lede_boilerplate: exact lines and reasons for each
 * kind of page furniture, news sentences that must not be flagged, the
 * sample corpus (every flagged line listed), and bad input. */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0, checks = 0;

#define FAIL(...) do { failures++; fprintf(stderr, "FAIL %s: ", name); fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } while (0)

/* want[] alternates line text and reason, NULL-ended. */
static void expect_n(const char *name, const char *s, size_t n, const char *const *want) {
  lede_boilers bl = {0};
  checks++;
  int st = lede_boilerplate(s, n, &bl);
  if (st != LEDE_OK) { FAIL("status %d", st); return; }
  size_t k = 0;
  while (want[2 * k]) k++;
  if (bl.n != k) FAIL("%zu records, want %zu", bl.n, k);
  for (size_t i = 0; i < bl.n; i++) {
    const lede_boiler *b = &bl.items[i];
    size_t len = b->end - b->start;
    if (b->start > b->end || b->end > n) { FAIL("record %zu out of range", i); continue; }
    if (i >= k) { FAIL("extra record [%.*s] (%s)", (int)len, s + b->start, b->reason); continue; }
    if (len != strlen(want[2 * i]) || memcmp(s + b->start, want[2 * i], len) != 0)
      FAIL("record %zu is [%.*s], want [%s]", i + 1, (int)len, s + b->start, want[2 * i]);
    if (!b->reason || strcmp(b->reason, want[2 * i + 1]) != 0)
      FAIL("record %zu reason [%s], want [%s]", i + 1, b->reason ? b->reason : "(null)", want[2 * i + 1]);
  }
  lede_boilers_free(&bl);
}

static void expect(const char *name, const char *s, const char *const *want) {
  expect_n(name, s, strlen(s), want);
}

#define WANT(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NONE ((const char *const[]){NULL})

static void test_kinds(void) {
  expect("aggregator footer",
         "The guns fell silent at ten.\n\nSource link\n\n\nNews of max: world headlines around the clock .Updated news 24/7: clips.\n\nRelated Articles\n\nBack to top button",
         WANT("Source link", "source link",
              "News of max: world headlines around the clock .Updated news 24/7: clips.", "aggregator blurb",
              "Related Articles", "related-articles link", "Back to top button", "back-to-top link"));
  expect("institute footer",
         "Related Articles\n\n1 Comment\n\nLeave a comment\n\nCopyright \xC2\xA9 2025 HSR - Highlands Security Review\n\n"
         "HSR is an independent research group.\n\nSubscribe to HSR News\nEnter your email address:\n\nBack to Top",
         WANT("Related Articles", "related-articles link", "1 Comment", "comment counter",
              "Leave a comment", "comment counter", "Copyright \xC2\xA9 2025 HSR - Highlands Security Review", "copyright line",
              "Subscribe to HSR News", "share/subscribe line", "Enter your email address:", "share/subscribe line",
              "Back to Top", "back-to-top link"));
  expect("category line", "Europe, News 1 Comment on More than 80 soldiers dead\n\nClashes went on.",
         WANT("Europe, News 1 Comment on More than 80 soldiers dead", "category/comment line"));
  expect("image caption and credit",
         "Map of the highlands after the 2019 war\nMap of the highlands after the 2019 war. (Image Credit: Jo Lind/Highlands Review)\n",
         WANT("Map of the highlands after the 2019 war", "image caption",
              "Map of the highlands after the 2019 war. (Image Credit: Jo Lind/Highlands Review)", "image credit"));
  expect("photo credits", "Photo: Elin Marr/Harbour Post\nVehicles near Tarvos. Photo: Harbour Post\nA checkpoint (AFP/Getty Images)",
         WANT("Photo: Elin Marr/Harbour Post", "image credit", "Vehicles near Tarvos. Photo: Harbour Post", "image credit",
              "A checkpoint (AFP/Getty Images)", "image credit"));
  expect("embedded tweet",
         "Residents describe a night in cellars. pic.twitter.com/Qx7Lm2Vd9K\n\xE2\x80\x94 Keldor Today (@KeldorToday) March 11, 2025\nDravania said it had losses.",
         WANT("Residents describe a night in cellars. pic.twitter.com/Qx7Lm2Vd9K", "embedded-tweet link",
              "\xE2\x80\x94 Keldor Today (@KeldorToday) March 11, 2025", "embedded-tweet signature"));
  expect("tweet signature with hyphen", "- Lorvia MFA (@Lorvia_MFA) March 12, 2025",
         WANT("- Lorvia MFA (@Lorvia_MFA) March 12, 2025", "embedded-tweet signature"));
  expect("source and read also", "Source: Web\nThe talks resumed.\nRead Also: Keldoria asks Lorvia for help",
         WANT("Source: Web", "source link", "Read Also: Keldoria asks Lorvia for help", "related-articles link"));
  expect("share and read more", "Share this:\nRead more\nShare this article\n  Read more \xE2\x80\xBA  ",
         WANT("Share this:", "share/subscribe line", "Read more", "read-more link", "Share this article",
              "share/subscribe line", "Read more \xE2\x80\xBA", "read-more link"));
  expect("mobile version", "Exit mobile version", WANT("Exit mobile version", "mobile-version link"));
  expect("copyright forms", "\xC2\xA9 2025 Keldor Today. All rights reserved.\nCopyright 2025 Valley Wire\n(c) 2024 Harbour Post Media",
         WANT("\xC2\xA9 2025 Keldor Today. All rights reserved.", "copyright line", "Copyright 2025 Valley Wire",
              "copyright line", "(c) 2024 Harbour Post Media", "copyright line"));
  expect("comment counters", "12 comments\nNo Comments\nNo comments yet\nComments are closed.",
         WANT("12 comments", "comment counter", "No Comments", "comment counter", "No comments yet",
              "comment counter", "Comments are closed.", "comment counter"));
  expect("navigation", "Home | World | Opinion | Subscribe\nAdvertisement\nTags: Keldoria, Dravania",
         WANT("Home | World | Opinion | Subscribe", "navigation line", "Advertisement", "advertisement label",
              "Tags: Keldoria, Dravania", "category/tag line"));
  expect("reporting credit", "Reporting by Ana Vel; Editing by Tom Orr\nValley Wire staff contributed reporting.",
         WANT("Reporting by Ana Vel; Editing by Tom Orr", "reporting credit",
              "Valley Wire staff contributed reporting.", "reporting credit"));
  expect("site notices", "We use cookies to improve your experience. By continuing you agree.\nPrivacy Policy\n"
         "Click here to subscribe\nThis article was originally published by Valley Wire.\nSign in",
         WANT("We use cookies to improve your experience. By continuing you agree.", "site notice",
              "Privacy Policy", "site notice", "Click here to subscribe", "site notice",
              "This article was originally published by Valley Wire.", "site notice", "Sign in", "navigation line"));
  expect("CRLF and trimmed", "News.\r\n  Back to top  \r\n", WANT("Back to top", "back-to-top link"));
}

static void test_news_not_flagged(void) {
  expect("news sentences", "Share prices fell in Marsk after the clashes.\n"
         "Subscribers to the Keldor Today newsletter were told of the toll.\n"
         "Related talks in Ostgrad were postponed.\n"
         "Copyright lawyers in 2024 said the map was public.\n"
         "The ministry posted 1 comment on its website.\n"
         "Back to the front line went 300 more troops.\n"
         "Read more than 200 reports, the envoy said.\n"
         "Source: Keldor Today\n"
         "Photographers near Tarvos said the shelling went on.\n"
         "Reporting by state media suggested a lull.\n"
         "We use artillery only in defence, the ministry said.\n"
         "Register of the dead was published on Friday.\n"
         "Dravania says it lost 41 servicemen; Keldoria says at least 38.\n"
         "ceasefire\nTuesday\n"
         "12/3/2025\xE2\x80\x93|Last update: 3/12/202509:41 AM (Ostgrad)",
         NONE);
}

/* Every line of the sample corpus that is furniture, and nothing else. */
static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  rewind(f);
  char *b = malloc((size_t)len + 1);
  *n = fread(b, 1, (size_t)len, f);
  fclose(f);
  return b;
}

static void sample(const char *file, const char *const *want) {
  char path[256];
  const char *name = file;
  snprintf(path, sizeof path, "data/sample/%s", file);
  size_t n;
  char *s = slurp(path, &n);
  checks++;
  if (!s) { FAIL("cannot read %s (run from the source directory)", path); return; }
  expect_n(file, s, n, want);
  free(s);
}

static void test_sample_corpus(void) {
  sample("01_keldor_today_border_clashes.txt",
         WANT("Share this article", "share/subscribe line",
              "\xC2\xA9 2025 Keldor Today. All rights reserved.", "copyright line"));
  sample("02_valley_wire_ceasefire.txt",
         WANT("Share this:", "share/subscribe line", "Read more", "read-more link"));
  sample("03_daily_update_hub.txt",
         WANT("Source link", "source link",
              "News of max: world headlines around the clock, politics, business and culture .Updated news 24/7: "
              "breaking stories, photos and clips from every region.", "aggregator blurb",
              "Related Articles", "related-articles link", "Back to top button", "back-to-top link"));
  sample("04_harbour_post_analysis.txt",
         WANT("Reporting by the Harbour Post foreign desk; editing by Dr. Nadia Ferrell.", "reporting credit"));
  sample("05_northern_ledger_no_date.txt", WANT("Exit mobile version", "mobile-version link"));
  sample("06_live_blog_tweet.txt",
         WANT("At least 38 Keldorian soldiers have died in the worst fighting with Dravania in years. Lorvia says both "
              "sides accepted a ceasefire. Residents of Tarvos describe a night spent in cellars. pic.twitter.com/Qx7Lm2Vd9K",
              "embedded-tweet link",
              "\xE2\x80\x94 Keldor Today (@KeldorToday) March 11, 2025", "embedded-tweet signature",
              "Source: Web", "source link",
              "Read Also: Keldoria asks Lorvia for help after night of shelling", "related-articles link"));
  sample("07_highlands_review.txt",
         WANT("Europe, News 1 Comment on More than 80 soldiers dead in Keldoria-Dravania border fighting", "category/comment line",
              "Map of the Samar Highlands after the 2019 war", "image caption",
              "Map of the Samar Highlands after the 2019 war. (Image Credit: Jo Lind/Highlands Review)", "image credit",
              "Related Articles", "related-articles link", "1 Comment", "comment counter",
              "Leave a comment", "comment counter",
              "Copyright \xC2\xA9 2025 HSR - Highlands Security Review", "copyright line",
              "Subscribe to HSR News", "share/subscribe line", "Enter your email address:", "share/subscribe line",
              "Back to Top", "back-to-top link"));
  sample("08_keldor_today_toll_72.txt", WANT("Leave a comment", "comment counter"));
  sample("09_valley_wire_un.txt", WANT("Subscribe to Valley Wire News", "share/subscribe line"));
  sample("10_northern_ledger_timeline.txt", WANT("Back to top", "back-to-top link"));
}

static void test_bad_input(void) {
  const char *name;
  expect("empty", "", NONE);
  expect("blank lines only", "\n\n \r\n\t\n", NONE);
  expect("invalid UTF-8 around furniture", "\xFF\xFE\n Source link \n\xE9t\xE9", WANT("Source link", "source link"));
  expect_n("NUL as space", "\0Back to top\0\nnews", 17, WANT("Back to top", "back-to-top link"));
  expect("no final newline", "Related Articles", WANT("Related Articles", "related-articles link"));

  name = "NULL with length";
  lede_boilers bl = {0};
  checks++;
  if (lede_boilerplate(NULL, 1, &bl) != LEDE_EINVAL) FAIL("NULL text accepted");
  if (lede_boilerplate(NULL, 0, &bl) != LEDE_OK || bl.n != 0) FAIL("NULL empty text");

  /* A 1 MB line: prose, not furniture, read once. */
  name = "1 MB line";
  size_t big = 1u << 20;
  char *b = malloc(big + 16);
  for (size_t i = 0; i < big; i++) b[i] = (i % 9 == 8) ? ' ' : 'a' + (char)(i % 26);
  checks++;
  if (lede_boilerplate(b, big, &bl) != LEDE_OK || bl.n != 0) FAIL("want no record, got %zu", bl.n);
  lede_boilers_free(&bl);

  /* 1 MB line ending in the aggregator mark: the whole line is the blurb. */
  name = "1 MB blurb";
  memcpy(b + big - 17, "Updated news 24/7", 17);
  checks++;
  if (lede_boilerplate(b, big, &bl) != LEDE_OK || bl.n != 1 || bl.items[0].end != big)
    FAIL("want one record, got %zu", bl.n);
  lede_boilers_free(&bl);

  /* 100k furniture lines. */
  name = "100k lines";
  const char *line = "1 Comment\n";
  size_t ln = strlen(line), count = 100000;
  char *many = malloc(ln * count);
  for (size_t i = 0; i < count; i++) memcpy(many + i * ln, line, ln);
  checks++;
  if (lede_boilerplate(many, ln * count, &bl) != LEDE_OK || bl.n != count ||
      bl.items[count - 1].start != (count - 1) * ln)
    FAIL("want %zu records, got %zu", count, bl.n);
  lede_boilers_free(&bl);
  /* 100k dots on one line */
  memset(many, '.', 100000);
  checks++;
  if (lede_boilerplate(many, 100000, &bl) != LEDE_OK || bl.n != 0) FAIL("dots flagged");
  lede_boilers_free(&bl);
  free(many);
  free(b);
}

int main(void) {
  test_kinds();
  test_news_not_flagged();
  test_sample_corpus();
  test_bad_input();
  printf("test_boilerplate: %d checks, %d failures\n", checks, failures);
  return failures ? 1 : 0;
}
