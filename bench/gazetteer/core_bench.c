/* core_bench.c -- lede's matcher through the C API (no Lua tables): compile a
 * TSV gazetteer, match the corpus in 4 MB blocks cut at line ends.
 *   cc -O2 -I include core_bench.c build/liblede.a -lutf8proc -lcjson -lpcre2-8 -lm
 *   ./core_bench NAMES.tsv CORPUS [fuzzy]
 * REPEAT (environment, default 3) passes over the corpus; the fastest pass
 * is reported (the machine is shared: the others show the noise). */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);  /* CPU time: the machine is shared */
  return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: core_bench NAMES.tsv CORPUS [fuzzy]\n"); return 2; }
  lede_gazetteer *g;
  lede_problems p = {0};
  double t0 = now();
  if (lede_gazetteer_new(&g) || lede_gazetteer_load(g, argv[1], NULL, &p) || lede_gazetteer_finish(g)) {
    fprintf(stderr, "cannot load %s\n", argv[1]);
    return 1;
  }
  double compile = now() - t0;
  lede_gz_opts o = {argc > 3 && strcmp(argv[3], "fuzzy") == 0, 0, 1};
  int repeat = getenv("REPEAT") ? atoi(getenv("REPEAT")) : 3;
  if (repeat < 1) repeat = 1;
  size_t bs = 4 << 20;
  char *buf = malloc(bs);
  unsigned long long bytes = 0, matches = 0;
  double best = 0;
  lede_gz_matches m = {0};
  for (int pass = 0; pass < repeat; pass++) {
    FILE *cf = fopen(argv[2], "rb");
    if (!cf) { perror(argv[2]); return 1; }
    size_t keep = 0;
    double scan = 0;
    bytes = matches = 0;
    for (;;) {
      size_t got = fread(buf + keep, 1, bs - keep, cf), len = keep + got, cut = len;
      if (len == 0) break;
      if (got > 0) { while (cut > 0 && buf[cut - 1] != '\n') cut--; if (cut == 0) cut = len; }
      m.n = 0;
      t0 = now();
      if (lede_gazetteer_match(g, buf, cut, &o, &m)) { fprintf(stderr, "match failed\n"); return 1; }
      scan += now() - t0;
      matches += m.n;
      bytes += cut;
      keep = len - cut;
      memmove(buf, buf + cut, keep);
      if (got == 0) break;
    }
    fclose(cf);
    if (pass == 0 || scan < best) best = scan;
  }
  double scan = best;
  printf("lede-core(%s) names=%zu compile_s=%.2f MB=%.1f scan_s=%.3f MB_per_s=%.1f matches=%llu passes=%d\n",
         o.fuzzy ? "fuzzy" : "exact", lede_gazetteer_size(g), compile, bytes / 1048576.0, scan,
         bytes / 1048576.0 / scan, matches, repeat);
  lede_gz_matches_free(&m);
  lede_gazetteer_free(g);
  lede_problems_clear(&p);
  free(buf);
  return 0;
}
