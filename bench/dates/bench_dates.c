/* bench_dates.c CORPUS [REPEAT]: lede_dates over a whole file, best of
 * REPEAT runs; prints "MB/s records". */
#define _POSIX_C_SOURCE 200809L
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: the machine is shared */
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: bench_dates CORPUS [REPEAT]\n"); return 2; }
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 1; }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *s = malloc((size_t)n);
  if (!s || fread(s, 1, (size_t)n, f) != (size_t)n) { fprintf(stderr, "read failed\n"); return 1; }
  fclose(f);
  int repeat = argc > 2 ? atoi(argv[2]) : 3;
  double best = 1e30;
  size_t recs = 0;
  lede_date_opts o = { "2025-03-12", NULL, LEDE_ORDER_AUTO, 0 };
  for (int r = 0; r < repeat; r++) {
    lede_date_list l = { 0 };
    double t0 = now();
    if (lede_dates(s, (size_t)n, &o, &l) != LEDE_OK) { fprintf(stderr, "lede_dates failed\n"); return 1; }
    double t = now() - t0;
    if (t < best) best = t;
    recs = l.n;
    lede_date_list_free(&l);
  }
  printf("%.1f %zu\n", n / 1e6 / best, recs);
  free(s);
  return 0;
}
