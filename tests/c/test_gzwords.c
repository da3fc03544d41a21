/* test_gzwords.c -- the gazetteer's batch word reader (gz_words_read, which
 * reads ASCII 64 bytes at a time from byte masks) must give exactly the words
 * of the general reader gz_next_token, which reads one code point at a time:
 * same spans, folded forms, hashes and flags, on random text built from the
 * pieces that take the special paths (non-ASCII letters and punctuation,
 * possessives, initials, apostrophes, words across the 64-byte windows). */
#include "expect.h"
#include "gz_internal.h"
#include <stdint.h>
#include <stdlib.h>

static uint64_t rng = 88172645463325252ull;
static unsigned next_rand(unsigned n) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned)(rng % n);
}

static const char *pieces[] = {
    "Kelbajar", "Jeyhun", "Bayramov", "Çavuşoğlu", "Kəlbəcər", "São", "Zürich", "straße", "ﬁnance", "Ørsted",
    "naïve", "O", "US", "U", "S", "x", "I", "a", "the", "said", "1990s", "12", "abcdefgh", "ABCDEFGHIJKLMNOP",
    "officials", "Tuesday", "border", "Armenia", "Azerbaijan", "Blinken", "Dashkesan", "Pashinyan",
    "abcdefghabcdefghabcdefghabcdefghabcdefghabcdefghabcdefghabcdefghx"};
static const char *seps[] = {
    " ", " ", " ", "  ", ", ", ". ", "’s ", "'s ", "'S ", "s' ", " “", "” ", " — ", "\xC2\xA0", "-", "\n",
    "'", "’", ".", "; ", " (", ") ", "\"", "… ", "‘", "\t", "!", "s ", "'t ", "'st ", "'", ".", "U.S. ",
    "U.K.", "'s", "’", "\xE2\x80\x99s", "\xFF", "\xC3", "\x00", "ʼs ", "'sé ", "'s\xE2\x80\x9D"};

static size_t build_text(char *buf, size_t cap) {
  size_t n = 0;
  while (n + 80 < cap) {
    const char *p = pieces[next_rand(sizeof pieces / sizeof *pieces)];
    size_t k = strlen(p);
    memcpy(buf + n, p, k);
    if (next_rand(4) == 0) for (size_t i = 0; i < k; i++) buf[n + i] = (char)lede_to_lower((unsigned char)buf[n + i]);
    n += k;
    const char *sp = seps[next_rand(sizeof seps / sizeof *seps)];
    k = sp[0] ? strlen(sp) : 1;  /* the NUL separator */
    memcpy(buf + n, sp, k);
    n += k;
  }
  return n;
}

typedef struct ref_word { size_t start, end, next; char *fold; size_t flen; int cap, poss, ascii; } ref_word;

/* The words of gz_next_token, empty folded forms left out (as the reader does). */
static size_t reference_words(const char *s, size_t n, ref_word **out) {
  size_t pos = 0, cnt = 0, cap = 0;
  gz_tok t;
  gz_buf fold = {0};
  ref_word *w = NULL;
  while (gz_next_token(s, n, &pos, &t, &fold) == 1) {
    if (fold.n == 0) continue;
    if (cnt == cap) {
      cap = cap ? cap * 2 : 64;
      w = realloc(w, cap * sizeof *w);
    }
    w[cnt].start = t.start;
    w[cnt].end = t.end;
    w[cnt].next = t.next;
    w[cnt].fold = malloc(fold.n);
    memcpy(w[cnt].fold, fold.p, fold.n);
    w[cnt].flen = fold.n;
    w[cnt].cap = t.cap;
    w[cnt].poss = t.poss;
    w[cnt].ascii = t.ascii;
    cnt++;
  }
  gz_buf_free(&fold);
  *out = w;
  return cnt;
}

/* Compares the batch reader, reading step words at a time and dropping what
 * it compared, with the reference; returns the number of mismatches (the
 * first is printed). */
static int compare(const char *name, const char *s, size_t n, size_t step) {
  ref_word *ref;
  size_t nref = reference_words(s, n, &ref), k = 0;
  gz_words ws = {0};
  int bad = 0;
  for (;;) {
    if (gz_words_read(s, n, &ws, step, NULL) != LEDE_OK) { bad++; break; }
    if (ws.n == 0) break;
    for (size_t i = 0; i < ws.n; i++, k++) {
      const gz_word *w = &ws.w[i];
      const char *f = ws.fold.p + w->foff;
      if (k >= nref || w->start != ref[k].start || w->end != ref[k].end || w->next != ref[k].next ||
          w->flen != ref[k].flen || memcmp(f, ref[k].fold, w->flen) != 0 || w->cap != ref[k].cap ||
          w->poss != ref[k].poss || w->ascii != ref[k].ascii || w->seq != k ||
          w->hash != gz_word_hash(ref[k].fold, ref[k].flen) || w->head != gz_le_chunk(ref[k].fold, ref[k].flen)) {
        if (!bad)
          fprintf(stderr, "FAIL %s: word %zu at byte %zu [%.*s]: got %zu-%zu next %zu poss %d, want %zu-%zu next %zu poss %d\n",
                  name, k, w->start, (int)(w->end - w->start), s + w->start, w->start, w->end, w->next, w->poss,
                  k < nref ? ref[k].start : 0, k < nref ? ref[k].end : 0, k < nref ? ref[k].next : 0,
                  k < nref ? ref[k].poss : 0);
        bad++;
      }
    }
    gz_words_drop(&ws, ws.n);
  }
  if (k != nref) {
    if (!bad) fprintf(stderr, "FAIL %s: %zu words, want %zu\n", name, k, nref);
    bad++;
  }
  for (size_t i = 0; i < nref; i++) free(ref[i].fold);
  free(ref);
  gz_words_free(&ws);
  return bad;
}

/* Words of 62 to 66 letters and texts that end at and around the 64-byte
 * windows' edges. */
static int edges(void) {
  char buf[400];
  int bad = 0;
  for (size_t len = 1; len <= 140; len++) {
    for (size_t pre = 0; pre < 3; pre++) {
      size_t n = 0;
      for (size_t i = 0; i < pre; i++) buf[n++] = ' ';
      for (size_t i = 0; i < len; i++) buf[n++] = (char)('a' + (i % 26));
      bad += compare("edge word", buf, n, 1000);
      buf[n++] = '\'';
      buf[n++] = 's';
      bad += compare("edge possessive", buf, n, 1000);
      buf[n++] = '.';
      bad += compare("edge stop", buf, n, 1000);
    }
  }
  return bad;
}

/* Sparse reading keeps only what passes the filter; word numbers still
 * count every word. */
static void sparse(const char *s, size_t n) {
  uint64_t none = 0, all = ~0ull;
  char slots[64];
  uint64_t cont = 0xFFFFFFFF00000000ull;  /* every word may continue a name, none start one */
  gz_filter keep_none = {&none, 0, slots, 0, &none, 0, slots, 0, 1};
  gz_filter keep_all = {&all, 0, slots, 0, &all, 0, slots, 0, 1};
  gz_filter cont_only = {&cont, 0, slots, 0, &none, 0, slots, 0, 1};
  ref_word *ref;
  size_t nref = reference_words(s, n, &ref);
  gz_words ws = {0};
  gz_words_read(s, n, &ws, (size_t)-1, &keep_none);
  expect_int("sparse: no word kept when none passes", (long long)ws.n, 0);
  expect_int("sparse: every word counted", (long long)ws.seq, (long long)nref);
  gz_words_free(&ws);
  gz_words_read(s, n, &ws, (size_t)-1, &cont_only);
  expect_int("sparse: no continuing word kept without a word that starts", (long long)ws.n, 0);
  gz_words_free(&ws);
  gz_words_read(s, n, &ws, (size_t)-1, &keep_all);
  expect_int("sparse: every word kept when all pass", (long long)ws.n, (long long)nref);
  int flags_ok = 1;
  for (size_t i = 0; i < ws.n; i++) flags_ok &= ws.w[i].flags == (GZ_FIRST | GZ_CONT);
  expect_int("sparse: flags of words that pass", flags_ok, 1);
  gz_words_free(&ws);
  for (size_t i = 0; i < nref; i++) free(ref[i].fold);
  free(ref);
}

/* The words kept from s with a filter of random bits (sparse or not): the
 * same with the AVX-512 reader as with the portable one (where the CPU has
 * AVX-512; elsewhere both runs take the portable code). */
static int same_kept(const char *s, size_t n, int sparse, size_t step) {
  uint64_t bits[64], pbits[8];
  char slots[64 * 32];
  for (int i = 0; i < 64; i++) bits[i] = ((uint64_t)next_rand(1u << 31) << 33) ^ ((uint64_t)next_rand(1u << 31) << 2) ^ next_rand(4);
  for (int i = 0; i < 8; i++) pbits[i] = (uint64_t)next_rand(1u << 31) << 32 | next_rand(1u << 31);
  gz_filter f = {bits, 63, slots, 63, pbits, 7, slots, 63, sparse};
  gz_words ws[2] = {{0}, {0}};
  int bad = 0;
  for (;;) {
    for (int p = 0; p < 2; p++) {
      gz_words_portable = p;
      if (gz_words_read(s, n, &ws[p], step, &f) != LEDE_OK) bad++;
    }
    gz_words_portable = 0;
    if (ws[0].n != ws[1].n || ws[0].seq != ws[1].seq || ws[0].prev_flags != ws[1].prev_flags) { bad++; break; }
    if (ws[0].n == 0) break;
    for (size_t i = 0; i < ws[0].n; i++) {
      const gz_word *a = &ws[0].w[i], *b = &ws[1].w[i];
      bad += a->start != b->start || a->end != b->end || a->next != b->next || a->seq != b->seq ||
             a->flags != b->flags || a->hash != b->hash || a->head != b->head || a->flen != b->flen ||
             a->cap != b->cap || a->poss != b->poss || a->ascii != b->ascii ||
             memcmp(ws[0].fold.p + a->foff, ws[1].fold.p + b->foff, a->flen) != 0;
    }
    for (int p = 0; p < 2; p++) gz_words_drop(&ws[p], ws[p].n);
  }
  for (int p = 0; p < 2; p++) gz_words_free(&ws[p]);
  return bad;
}

int main(void) {
  static char buf[1 << 20];
  int bad = 0;
  for (int round = 0; round < 300; round++) {
    size_t n = build_text(buf, 100 + next_rand(3000));
    bad += compare("random text", buf, n, 1 + next_rand(300));
  }
  size_t n = build_text(buf, sizeof buf);
  bad += compare("1 MB random text", buf, n, 256);
  expect_int("batch reader = gz_next_token on 301 random texts", bad, 0);
  expect_int("batch reader = gz_next_token at the windows' edges", edges(), 0);
  gz_words_portable = 1;  /* the same for the portable reader where AVX-512 is used */
  bad = 0;
  for (int round = 0; round < 100; round++) {
    size_t k = build_text(buf, 100 + next_rand(3000));
    bad += compare("random text (portable)", buf, k, 1 + next_rand(300));
  }
  expect_int("portable batch reader = gz_next_token on 100 random texts", bad, 0);
  expect_int("portable batch reader = gz_next_token at the windows' edges", edges(), 0);
  gz_words_portable = 0;
  bad = 0;
  for (int round = 0; round < 200; round++) {
    size_t k = build_text(buf, 100 + next_rand(5000));
    bad += same_kept(buf, k, round & 1, 1 + next_rand(300));
  }
  expect_int("filtered words: AVX-512 reader = portable reader on 200 random texts", bad, 0);
  sparse(buf, n);
  expect_int("empty text", compare("empty", "", 0, 10), 0);
  return failures != 0;
}
