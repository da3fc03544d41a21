/* bench_numbers.c FILE [REPEAT]: throughput of lede_numbers (the full
 * extraction: qualifiers, written numbers, bounds, nouns), best of REPEAT
 * runs, CPU time, two ways: one call over the whole file, and one call per
 * document (the file cut at blank lines into pieces of at least 4 KB, as a
 * corpus of articles is read), reusing the record list.
 * Prints: whole-file MB/s, per-document MB/s, records. */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: bench_numbers FILE [REPEAT]\n"); return 2; }
  int repeat = argc > 2 ? atoi(argv[2]) : 3;
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 1; }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *s = malloc((size_t)n + 1);  /* NUL-terminated for strstr */
  if (!s || fread(s, 1, (size_t)n, f) != (size_t)n) { fprintf(stderr, "read failed\n"); return 1; }
  fclose(f);
  s[n] = 0;
  double best = 1e30, best_doc = 1e30;
  size_t records = 0, records_doc = 0;
  for (int r = 0; r < repeat; r++) {
    lede_number_list l = { 0 };
    double t0 = cpu_now();
    if (lede_numbers(s, (size_t)n, &l) != LEDE_OK) { fprintf(stderr, "lede_numbers failed\n"); return 1; }
    double t = cpu_now() - t0;
    if (t < best) best = t;
    records = l.n;
    lede_numbers_free(&l);
    /* per document */
    t0 = cpu_now();
    records_doc = 0;
    for (size_t off = 0; off < (size_t)n;) {
      size_t end = off + 4096;
      if (end >= (size_t)n) end = (size_t)n;
      else {
        char *p = strstr(s + end, "\n\n");
        end = p ? (size_t)(p - s) + 2 : (size_t)n;
      }
      l.n = 0;
      if (lede_numbers(s + off, end - off, &l) != LEDE_OK) { fprintf(stderr, "lede_numbers failed\n"); return 1; }
      records_doc += l.n;
      off = end;
    }
    t = cpu_now() - t0;
    if (t < best_doc) best_doc = t;
    lede_numbers_free(&l);
  }
  printf("%.1f\t%.1f\t%zu\t%zu\n", n / 1e6 / best, n / 1e6 / best_doc, records, records_doc);
  free(s);
  return 0;
}
