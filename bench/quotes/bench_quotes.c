/* bench_quotes.c CORPUS [REPEAT] -- lede_quotes_find (spans and cues, C core)
 * over the corpus cut into documents of about 64 KB at paragraph breaks.
 * Prints "MB/s records wall-MB/s" (best of REPEAT runs; MB/s from CPU time). */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* CPU time of this process: the machine is shared, wall time measures the neighbours. */
static double cpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}
static double wall(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: bench_quotes CORPUS [REPEAT]\n"); return 2; }
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 2; }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *s = malloc((size_t)n);
  if (!s || fread(s, 1, (size_t)n, f) != (size_t)n) { fprintf(stderr, "read failed\n"); return 2; }
  fclose(f);
  int repeat = argc > 2 ? atoi(argv[2]) : 3;
  double best = 1e9, best_wall = 1e9;
  size_t records = 0;
  for (int r = 0; r < repeat; r++) {
    double t0 = cpu(), w0 = wall();
    records = 0;
    size_t i = 0;
    while (i < (size_t)n) {
      size_t end = i + 65536 < (size_t)n ? i + 65536 : (size_t)n;
      while (end < (size_t)n && !(s[end - 1] == '\n' && s[end - 2] == '\n')) end++;
      lede_quotes q = {0};
      if (lede_quotes_find(s + i, end - i, NULL, &q) != LEDE_OK) { fprintf(stderr, "error\n"); return 1; }
      records += q.n;
      lede_quotes_free(&q);
      i = end;
    }
    double t = cpu() - t0, w = wall() - w0;
    if (t < best) best = t;
    if (w < best_wall) best_wall = w;
  }
  printf("%.1f %zu %.1f\n", n / 1e6 / best, records, n / 1e6 / best_wall);
  free(s);
  return 0;
}
