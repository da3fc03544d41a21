/* test_gazetteer.c -- the C API of the gazetteer, fuzzy keys and entity
 * discovery, with exact expected spans. */
#include "gz_internal.h"
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;
#define CHECK(cond) do { if (!(cond)) { failures++; fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

static lede_gazetteer *story(lede_problems *p) {
  lede_gazetteer *g;
  CHECK(lede_gazetteer_new(&g) == LEDE_OK);
  const char *kal[] = {"Kelbajar", "Kəlbəcər"};
  const char *kd[] = {"Keldorian"}, *dd[] = {"Dravanian"};
  const char *jb[] = {"Jeyran Bakirov"};
  CHECK(lede_gazetteer_add(g, "keldoria", "country", "Keldoria", NULL, 0, kd, 1, NULL, 0, p) == LEDE_OK);
  CHECK(lede_gazetteer_add(g, "dravania", "country", "Dravania", NULL, 0, dd, 1, NULL, 0, p) == LEDE_OK);
  CHECK(lede_gazetteer_add(g, "us", "country", "United States", (const char *[]){"US", "U.S.A."}, 2, NULL, 0, NULL, 0, p) == LEDE_OK);
  CHECK(lede_gazetteer_add(g, "kalbajar", "place", "Kalbajar", kal, 2, NULL, 0, NULL, 0, p) == LEDE_OK);
  CHECK(lede_gazetteer_add(g, "bakirov", "person", "Jeyran Bakirov", jb, 0, NULL, 0, NULL, 0, p) == LEDE_OK);
  CHECK(lede_gazetteer_add(g, "samar", "place", "Samar Highlands", NULL, 0, NULL, 0, NULL, 0, p) == LEDE_OK);
  CHECK(lede_gazetteer_add(g, "samar-town", "place", "Samar", NULL, 0, NULL, 0, NULL, 0, p) == LEDE_OK);
  CHECK(lede_gazetteer_add(g, "cav", "person", "Mevlüt Çavuşoğlu", NULL, 0, NULL, 0, NULL, 0, p) == LEDE_OK);
  CHECK(lede_gazetteer_finish(g) == LEDE_OK);
  return g;
}

static void expect(const lede_gz_matches *m, size_t k, const char *s, const char *text, const char *id,
                   const lede_gazetteer *g, int how) {
  if (k >= m->n) { failures++; fprintf(stderr, "missing match %zu (%s)\n", k, text); return; }
  const lede_gz_match *x = &m->items[k];
  lede_gz_entry e;
  lede_gazetteer_entry(g, x->entry, &e);
  size_t len = x->end - x->start;
  if (len != strlen(text) || memcmp(s + x->start, text, len) != 0 || strcmp(e.id, id) != 0 || x->how != how) {
    failures++;
    fprintf(stderr, "match %zu: got \"%.*s\" %s how=%d, want \"%s\" %s how=%d\n", k, (int)len, s + x->start,
            e.id, x->how, text, id, how);
  }
}

static void test_exact(void) {
  lede_problems p = {0};
  lede_gazetteer *g = story(&p);
  CHECK(p.n == 0);
  CHECK(lede_gazetteer_size(g) == 8);
  const char *s = "Keldoria’s army shelled the SAMAR highlands; Keldorian-Dravanian border, U.S. envoy, "
                  "Cavusoglu? No: Mevlut Cavusoglu met Jeyran Bakirov. Bakirov's aides. Keldorians.";
  lede_gz_matches m = {0};
  CHECK(lede_gazetteer_match(g, s, strlen(s), NULL, &m) == LEDE_OK);
  expect(&m, 0, s, "Keldoria", "keldoria", g, LEDE_GZ_NAME);
  expect(&m, 1, s, "SAMAR highlands", "samar", g, LEDE_GZ_NAME);
  expect(&m, 2, s, "Keldorian", "keldoria", g, LEDE_GZ_DEMONYM);
  expect(&m, 3, s, "Dravanian", "dravania", g, LEDE_GZ_DEMONYM);
  expect(&m, 4, s, "U.S.", "us", g, LEDE_GZ_ALIAS);
  expect(&m, 5, s, "Cavusoglu", "cav", g, LEDE_GZ_SURNAME);  /* before the full name: linked to the next one */
  expect(&m, 6, s, "Mevlut Cavusoglu", "cav", g, LEDE_GZ_NAME);
  expect(&m, 7, s, "Jeyran Bakirov", "bakirov", g, LEDE_GZ_NAME);
  expect(&m, 8, s, "Bakirov", "bakirov", g, LEDE_GZ_SURNAME);
  expect(&m, 9, s, "Keldorians", "keldoria", g, LEDE_GZ_DEMONYM);
  CHECK(m.n == 10);
  lede_gz_matches_free(&m);
  CHECK(lede_gazetteer_lookup(g, "KELBAJAR", 8) == 3);
  CHECK(lede_gazetteer_lookup(g, "KALBACAR", 8) == 3);   /* folded alias Kəlbəcər */
  CHECK(lede_gazetteer_lookup(g, "Nowhere", 7) == -1);
  /* empty and binary text */
  CHECK(lede_gazetteer_match(g, "", 0, NULL, &m) == LEDE_OK && m.n == 0);
  char bin[256];
  for (int i = 0; i < 256; i++) bin[i] = (char)i;
  CHECK(lede_gazetteer_match(g, bin, sizeof bin, NULL, &m) == LEDE_OK);
  lede_gz_matches_free(&m);
  lede_gazetteer_free(g);
  lede_problems_clear(&p);
}

static void test_fuzzy(void) {
  lede_problems p = {0};
  lede_gazetteer *g = story(&p);
  lede_gz_opts o = {1, 0, 0};
  const char *s = "Officials in Kelbajar met Jeran Pakirov. Later Pakirov left. Keldorea said.";
  lede_gz_matches m = {0};
  CHECK(lede_gazetteer_match(g, s, strlen(s), &o, &m) == LEDE_OK);
  expect(&m, 0, s, "Kelbajar", "kalbajar", g, LEDE_GZ_ALIAS);
  expect(&m, 1, s, "Jeran Pakirov", "bakirov", g, LEDE_GZ_FUZZY);
  expect(&m, 2, s, "Pakirov", "bakirov", g, LEDE_GZ_SURNAME);
  expect(&m, 3, s, "Keldorea", "keldoria", g, LEDE_GZ_FUZZY);
  CHECK(m.n == 4);
  CHECK(m.n > 1 && m.items[1].score < 1 && m.items[1].score >= 0.8);
  lede_gz_matches_free(&m);
  /* without fuzzy: only the exact alias */
  CHECK(lede_gazetteer_match(g, s, strlen(s), NULL, &m) == LEDE_OK && m.n == 1);
  lede_gz_matches_free(&m);
  lede_gazetteer_free(g);
  lede_problems_clear(&p);
}

static void test_keys(void) {
  gz_buf a = {0}, b = {0};
  gz_phonetic_key("armenia", 7, &a);
  gz_phonetic_key("romania", 7, &b);
  CHECK(a.n == 4 && memcmp(a.p, "ARMN", 4) == 0);
  CHECK(b.n == 3 && memcmp(b.p, "RMN", 3) == 0);
  a.n = b.n = 0;
  gz_phonetic_key("peramov", 7, &a);
  gz_phonetic_key("bayramov", 8, &b);
  CHECK(a.n == b.n && memcmp(a.p, b.p, a.n) == 0);
  a.n = b.n = 0;
  gz_phonetic_key("anthony", 7, &a);
  gz_phonetic_key("antony", 6, &b);
  CHECK(a.n == b.n && memcmp(a.p, b.p, a.n) == 0);
  gz_buf_free(&a);
  gz_buf_free(&b);
  CHECK(gz_name_distance("kelbajar", 8, "kalbajar", 8, 10) < 0.31);
  CHECK(1 - gz_name_distance("armenia", 7, "romania", 7, 10) / 7 < 0.8);
}

static void test_bad_entries(void) {
  lede_problems p = {0};
  lede_gazetteer *g;
  CHECK(lede_gazetteer_new(&g) == LEDE_OK);
  CHECK(lede_gazetteer_add(g, "a", "place", "", NULL, 0, NULL, 0, "x.tsv", 3, &p) == LEDE_EPARSE);
  CHECK(p.n == 1 && p.items[0].line == 3);
  CHECK(lede_gazetteer_add(g, "b", "place", "Tarvos", NULL, 0, NULL, 0, "x.tsv", 4, &p) == LEDE_OK);
  CHECK(lede_gazetteer_add(g, "b", "place", "Tarvoz", NULL, 0, NULL, 0, "x.tsv", 5, &p) == LEDE_OK);
  CHECK(p.n == 2 && strstr(p.items[1].message, "duplicate id") != NULL);
  CHECK(lede_gazetteer_add(g, "c", "place", "Ulm\xe9t", NULL, 0, NULL, 0, "x.tsv", 6, &p) == LEDE_OK);
  CHECK(p.n == 3 && strstr(p.items[2].message, "invalid UTF-8") != NULL);
  char *big = malloc(10001);
  memset(big, 'q', 10000);
  big[10000] = 0;
  CHECK(lede_gazetteer_add(g, "d", "place", big, NULL, 0, NULL, 0, "x.tsv", 7, &p) == LEDE_OK);
  for (int i = 0; i < 10000; i += 2) big[i] = ' ';
  CHECK(lede_gazetteer_add(g, "e", "place", big, NULL, 0, NULL, 0, "x.tsv", 8, &p) == LEDE_EPARSE);
  CHECK(p.n == 4 && p.items[3].line == 8);
  CHECK(lede_gazetteer_finish(g) == LEDE_OK);
  CHECK(lede_gazetteer_size(g) == 3);
  CHECK(lede_gazetteer_lookup(g, "tarvoz", 6) == 0);
  CHECK(lede_gazetteer_lookup(g, "Ulmét", 6) == 1);
  memset(big, 'q', 10000);
  lede_gz_matches m = {0};
  CHECK(lede_gazetteer_match(g, big, 10000, NULL, &m) == LEDE_OK && m.n == 1 && m.items[0].end == 10000);
  lede_gz_matches_free(&m);
  free(big);
  lede_gazetteer_free(g);
  lede_problems_clear(&p);
  /* a missing file */
  CHECK(lede_gazetteer_new(&g) == LEDE_OK);
  CHECK(lede_gazetteer_load(g, "/nonexistent/gaz.tsv", NULL, &p) == LEDE_EIO);
  CHECK(p.n == 1 && strstr(p.items[0].file, "gaz.tsv") != NULL);
  lede_gazetteer_free(g);
  lede_problems_clear(&p);
}

static void test_entities(void) {
  const char *s = "General Mira Osei told reporters that Turkish Foreign Minister Mevlut Cavusoglu "
                  "and Kremlin spokesman Dmitry Peskov met in Velgrad. The Collective Security Treaty "
                  "Organization said so.";
  lede_entities l = {0};
  CHECK(lede_entities_find(s, strlen(s), NULL, &l) == LEDE_OK);
  struct { const char *text, *title; int type; } want[] = {
    {"Mira Osei", "General", LEDE_ENT_PERSON},
    {"Mevlut Cavusoglu", "Turkish Foreign Minister", LEDE_ENT_PERSON},
    {"Dmitry Peskov", "Kremlin spokesman", LEDE_ENT_PERSON},
    {"Velgrad", "", LEDE_ENT_PLACE},
    {"Collective Security Treaty Organization", "", LEDE_ENT_ORG},
  };
  CHECK(l.n == 5);
  for (size_t i = 0; i < 5 && i < l.n; i++) {
    const lede_entity *e = &l.items[i];
    int ok = e->end - e->start == strlen(want[i].text) && memcmp(s + e->start, want[i].text, strlen(want[i].text)) == 0 &&
             e->title_end - e->title_start == strlen(want[i].title) &&
             memcmp(s + e->title_start, want[i].title, strlen(want[i].title)) == 0 && e->type == want[i].type;
    if (!ok) {
      failures++;
      fprintf(stderr, "entity %zu: got \"%.*s\" title \"%.*s\" %d\n", i, (int)(e->end - e->start), s + e->start,
              (int)(e->title_end - e->title_start), s + e->title_start, e->type);
    }
  }
  lede_entities_free(&l);
}

int main(void) {
  test_exact();
  test_fuzzy();
  test_keys();
  test_bad_entries();
  test_entities();
  if (failures) { fprintf(stderr, "%d failure(s)\n", failures); return 1; }
  puts("test_gazetteer: ok");
  return 0;
}
