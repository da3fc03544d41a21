/* bench_core.c -- CPU-time throughput of lede_sentences and lede_boilerplate on one file (best of 3). */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(void) { struct timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec / 1e9; }
int main(int argc, char **argv) {
  FILE *f = fopen(argv[1], "rb"); fseek(f, 0, SEEK_END); long n = ftell(f); rewind(f);
  char *b = malloc(n); if (fread(b, 1, n, f) != (size_t)n) return 1; fclose(f);
  double best1 = 1e9, best2 = 1e9; size_t ns = 0, nb = 0;
  for (int r = 0; r < 3; r++) {
    lede_spans sp = {0}; double t = now(); lede_sentences(b, n, &sp); t = now() - t; if (t < best1) best1 = t; ns = sp.n; lede_spans_free(&sp);
    lede_boilers bl = {0}; t = now(); lede_boilerplate(b, n, &bl); t = now() - t; if (t < best2) best2 = t; nb = bl.n; lede_boilers_free(&bl);
  }
  printf("%.1f MB: lede_sentences %.0f MB/s (%zu), lede_boilerplate %.0f MB/s (%zu)\n", n / 1e6, n / 1e6 / best1, ns, n / 1e6 / best2, nb);
  return 0;
}
