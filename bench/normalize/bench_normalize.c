/* bench_normalize.c -- lede_normalize against utf8proc_map on one file.
 *   bench_normalize FILE
 * The file is cut into documents of about 64 KB at line ends (news comes in
 * articles, and both libraries allocate per call); each variant runs once over
 * all of them (best of REPEAT runs, CPU time). Prints MB/s of input, the ratio to utf8proc, and whether the
 * outputs are identical where the options agree. */
#include "lede.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <utf8proc.h>

typedef struct { const char *s; size_t n; } doc;

/* CPU time of this process: the machine is shared, wall time is not ours */
static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* lede's fold adds these letters to utf8proc's CASEFOLD|STRIPMARK (see
 * doc/normalize.md); given to utf8proc as its custom mapping so the options agree. */
static utf8proc_int32_t fold_extra(utf8proc_int32_t c, void *data) {
  (void)data;
  switch (c) {
  case 0x0131: return 'i';
  case 0x0141: case 0x0142: return 'l';
  case 0x00D8: case 0x00F8: return 'o';
  case 0x0110: case 0x0111: return 'd';
  case 0x0126: case 0x0127: return 'h';
  case 0x0166: case 0x0167: return 't';
  default: return c;
  }
}

static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); exit(2); }
  fseek(f, 0, SEEK_END);
  long sz = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)sz + 1);
  if (!b || fread(b, 1, (size_t)sz, f) != (size_t)sz) { fprintf(stderr, "%s: read error\n", path); exit(2); }
  fclose(f);
  *n = (size_t)sz;
  return b;
}

static doc *split(const char *s, size_t n, size_t *count) {
  size_t cap = n / 65536 + 2, k = 0;
  doc *d = malloc(cap * sizeof *d);
  for (size_t i = 0; i < n;) {
    size_t e = i + 65536 < n ? i + 65536 : n;
    while (e < n && s[e - 1] != '\n') e++;
    d[k++] = (doc){s + i, e - i};
    i = e;
  }
  *count = k;
  return d;
}

/* hash of the outputs, to compare variants without keeping them */
static unsigned long long hash_bytes(unsigned long long h, const void *p, size_t n) {
  const unsigned char *u = p;
  for (size_t i = 0; i < n; i++) h = (h ^ u[i]) * 1099511628211ULL;
  return h;
}

typedef struct { double secs; unsigned long long hash; size_t out; } result;
static int REPEAT = 3;

static result run_lede1(const doc *d, size_t nd, lede_norm_opts o, int check) {
  result r = {0, 1469598103934665603ULL, 0};
  double t0 = now();
  for (size_t i = 0; i < nd; i++) {
    lede_normalized x;
    if (lede_normalize(d[i].s, d[i].n, &o, &x) != LEDE_OK) { fprintf(stderr, "lede_normalize failed\n"); exit(1); }
    r.out += x.len;
    if (check) r.hash = hash_bytes(r.hash, x.text, x.len);
    lede_normalized_free(&x);
  }
  r.secs = now() - t0;
  return r;
}

static result run_lede(const doc *d, size_t nd, lede_norm_opts o, int check) {
  result best = run_lede1(d, nd, o, check);
  for (int k = 1; k < REPEAT; k++) {
    result r = run_lede1(d, nd, o, 0);
    if (r.secs < best.secs) best.secs = r.secs;
  }
  return best;
}

static result run_utf8proc(const doc *d, size_t nd, int opts, int extra, int check) {
  result r = {0, 1469598103934665603ULL, 0};
  double t0 = now();
  for (size_t i = 0; i < nd; i++) {
    utf8proc_uint8_t *out;
    utf8proc_ssize_t len = utf8proc_map_custom((const utf8proc_uint8_t *)d[i].s, (utf8proc_ssize_t)d[i].n, &out,
                                               (utf8proc_option_t)opts, extra ? fold_extra : NULL, NULL);
    if (len < 0) { fprintf(stderr, "utf8proc_map: %s\n", utf8proc_errmsg(len)); exit(1); }
    r.out += (size_t)len;
    if (check) r.hash = hash_bytes(r.hash, out, (size_t)len);
    free(out);
  }
  r.secs = now() - t0;
  return r;
}

static double mbps(size_t n, double secs) { return (double)n / 1e6 / secs; }

int main(int argc, char **argv) {
  if (argc != 2) { fprintf(stderr, "usage: bench_normalize FILE\n"); return 2; }
  if (getenv("REPEAT")) REPEAT = atoi(getenv("REPEAT")) > 0 ? atoi(getenv("REPEAT")) : 1;
  size_t n, nd;
  char *s = slurp(argv[1], &n);
  doc *d = split(s, n, &nd);
  size_t ascii = 0;
  for (size_t i = 0; i < n; i++) ascii += (unsigned char)s[i] < 0x80;
  printf("%s: %.1f MB, %zu documents, %.2f%% ASCII bytes\n", argv[1], (double)n / 1e6, nd, 100.0 * (double)ascii / (double)n);

  /* memcpy of the same documents, as the floor */
  char *dst = malloc(65536 * 2 + 64);
  double t0 = now();
  double best = 1e9;
  for (int k = 0; k < REPEAT; k++) {
    t0 = now();
    for (size_t i = 0; i < nd; i++) { memcpy(dst, d[i].s, d[i].n); __asm__ volatile("" ::"r"(dst) : "memory"); }
    if (now() - t0 < best) best = now() - t0;
  }
  printf("  %-34s %8.0f MB/s\n", "memcpy", mbps(n, best));
  free(dst);

  const int NFC = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
  const int FOLD = NFC | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;
  struct {
    const char *name; lede_norm_opts o; int uopts; int extra;
  } cases[] = {
    {"NFC", {LEDE_NFC, 0, 0, 0, LEDE_MAP_RUNS}, NFC, 0},
    {"NFKC", {LEDE_NFKC, 0, 0, 0, LEDE_MAP_RUNS}, NFC | UTF8PROC_COMPAT, 0},
    {"fold (NFC)", {LEDE_NFC, 1, 0, 0, LEDE_MAP_RUNS}, FOLD, 1},
  };
  int all_same = 1;
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    run_utf8proc(d, nd < 64 ? nd : 64, cases[c].uopts, cases[c].extra, 0); /* warm-up, untimed */
    result u = run_utf8proc(d, nd, cases[c].uopts, cases[c].extra, 1);
    result l = run_lede(d, nd, cases[c].o, 1);
    lede_norm_opts flat = cases[c].o;
    flat.map = LEDE_MAP_FLAT;
    result f = run_lede(d, nd, flat, 0);
    int same = u.hash == l.hash && u.out == l.out;
    all_same &= same;
    printf("  %-12s utf8proc_map %8.0f MB/s | lede (runs map) %7.0f MB/s = %5.1fx | lede (flat map) %7.0f MB/s = %5.1fx | output %s\n",
           cases[c].name, mbps(n, u.secs), mbps(n, l.secs), u.secs / l.secs, mbps(n, f.secs), u.secs / f.secs,
           same ? "identical" : "DIFFERENT");
  }
  /* options utf8proc has no equivalent for */
  lede_norm_opts key = {LEDE_NFKC, 1, 1, 1, LEDE_MAP_RUNS};
  result k = run_lede(d, nd, key, 0);
  printf("  %-12s lede NFKC+fold+ascii+space (runs map) %7.0f MB/s\n", "all", mbps(n, k.secs));
  free(d);
  free(s);
  return all_same ? 0 : 1;
}
