/* normalize.c -- Unicode normalization (NFC/NFKC, folding, ASCII punctuation,
 * space collapsing) with a map from every output byte back to the input.
 *
 * The Unicode data and the per-character work come from utf8proc
 * (utf8proc_decompose_char, and utf8proc_normalize_utf32 on pairs for
 * composition), so the output is utf8proc_map's for the same options. What is
 * ours is the driving loop, which keeps offsets and avoids work:
 *  - runs of ASCII are copied a word at a time (lower-cased with SWAR when
 *    folding); only the last ASCII character before non-ASCII text goes
 *    through the slow path, since a combining mark may follow it;
 *  - a non-ASCII character that normalization leaves alone and that cannot
 *    combine with what precedes it ("inert") is copied without being
 *    decomposed, and one that changes on its own ("simple": "Д" -> "д" when
 *    folding) is written from a cache when its neighbours cannot join it;
 *    both caches are filled on first use, per option set;
 *  - everything else is collected one combining sequence at a time
 *    (a starter and the marks after it), decomposed, put in canonical order,
 *    composed and written out. A boundary is placed before every character
 *    whose decomposition starts with a starter that cannot combine backwards,
 *    which is where utf8proc's own whole-string pass could not join either.
 * The map is kept as runs (a copied stretch, or the bytes of one changed
 * character that all point at its source), and expanded to one offset per
 * byte only when the caller asks for the flat form. */
#include "internal.h"
#include <stdatomic.h>
#include <utf8proc.h>

/* ---- output: text and offset runs ---- */

typedef struct seq_item {
  int32_t cp;
  int32_t ccc;     /* canonical combining class */
  size_t off;      /* input offset of the character this came from */
  size_t srclen;   /* its input length when this is its only product, else 0 */
  int raw;         /* an inert character kept undecomposed */
} seq_item;

typedef struct norm {
  const char *s;
  size_t n;
  int cls;                 /* option class for the inert cache */
  utf8proc_option_t uopts; /* utf8proc options equivalent to ours */
  int fold, ascii, space;
  int in_space;            /* the last byte written is a collapsed space */
  unsigned char ascii_ok[128]; /* ASCII bytes copied as they are under these options */
  _Atomic uint64_t *simple;    /* the simple cache of this option class, or NULL */
  char *buf;
  size_t o, cap;           /* bytes written, room */
  lede_normalized *out;    /* runs live here */
  seq_item *seq;           /* the current combining sequence */
  size_t nseq, capseq;
  seq_item *tmp;           /* scratch for sorting long runs of marks */
  size_t captmp;
  int err;
} norm;

static int grow_text(norm *st, size_t need) {
  if (st->o + need <= st->cap) return 0;
  size_t cap = st->cap ? st->cap : 64;
  while (cap < st->o + need) cap += cap / 2 + 64;
  char *b = realloc(st->buf, cap);
  if (!b) return st->err = LEDE_ENOMEM;
  st->buf = b;
  st->cap = cap;
  return 0;
}

static int push_run(norm *st, size_t in, int step) {
  lede_normalized *m = st->out;
  if (m->nruns == m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 16;
    lede_norm_run *r = realloc(m->runs, cap * sizeof *r);
    if (!r) return st->err = LEDE_ENOMEM;
    m->runs = r;
    m->cap = cap;
  }
  m->runs[m->nruns++] = (lede_norm_run){st->o, in, step};
  return 0;
}

/* Notes that the bytes written next (at st->o) come from input offset in:
 * copied byte for byte (step 1) or all from that one offset (step 0). */
static int map_at(norm *st, size_t in, int step) {
  lede_normalized *m = st->out;
  if (m->nruns) {
    const lede_norm_run *r = &m->runs[m->nruns - 1];
    if (step && r->step && r->in + (st->o - r->out) == in) return 0;
    if (!step && !r->step && r->in == in) return 0;
    if (r->out == st->o) { m->runs[m->nruns - 1] = (lede_norm_run){st->o, in, step}; return 0; }
  }
  return push_run(st, in, step);
}

/* ---- character classes ---- */

static int is_white(int32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 9 && c <= 13);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Can c be the second character of a composition (so it may join the
 * character before it)? Hangul vowels and trailing consonants compose by
 * rule; the rest is in utf8proc's composition index. */
static int combines_back(int32_t c, const utf8proc_property_t *p) {
  if (c >= 0x1161 && c <= 0x11C2) return 1;
  return p->comb_index != UINT16_MAX && p->comb_index >= 0x8000;
}

/* ---- our own mappings, applied before utf8proc's ---- */

/* ascii: quotes, dashes, ellipsis and spaces. Writes up to 3 code points into
 * to and returns how many, or 0 when c is not mapped. */
static int map_ascii(int32_t c, int32_t *to) {
  switch (c) {
  case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
  case 0x2039: case 0x203A: case 0x02BC: case 0xFF07:
    to[0] = '\''; return 1;
  case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
  case 0x2033: case 0x2036: case 0x301D: case 0x301E: case 0x301F: case 0xFF02:
    to[0] = '"'; return 1;
  case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
  case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D: case 0x2E3A: case 0x2E3B:
    to[0] = '-'; return 1;
  case 0x2026:
    to[0] = to[1] = to[2] = '.'; return 3;
  case 0x0085: case 0x2028: case 0x2029:
    to[0] = '\n'; return 1;
  case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    to[0] = ' '; return 1;
  default:
    if (c >= 0x2000 && c <= 0x200A) { to[0] = ' '; return 1; }
    return 0;
  }
}

/* fold: letters whose diacritic is not a separate mark in Unicode (dotless i,
 * the stroked letters), so that "Kılıçdaroğlu" folds like "Kilicdaroglu". */
static int32_t map_fold(int32_t c) {
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

/* Our mappings of c; returns the count written into to (1 when unchanged). */
static int premap(const norm *st, int32_t c, int32_t to[3]) {
  if (c >= 0x80) {
    if (st->ascii) {
      int k = map_ascii(c, to);
      if (k) return k;
    }
    if (st->fold) { to[0] = map_fold(c); return 1; }
  }
  to[0] = c;
  return 1;
}

/* ---- the inert cache ---- */

#define NCLASS 8 /* compat x fold x ascii */
static _Atomic unsigned char inert_cache[NCLASS][0x10000]; /* 0 unknown, 1 inert, 2 not */

/* An inert character comes out as itself and cannot join or reorder with
 * what comes before it, so it ends the current combining sequence. */
static int compute_inert(const norm *st, int32_t c) {
  int32_t to[3], buf[32];
  if (premap(st, c, to) != 1 || to[0] != c) return 0;
  const utf8proc_property_t *p = utf8proc_get_property(c);
  if (p->combining_class != 0 || combines_back(c, p)) return 0;
  utf8proc_ssize_t k = utf8proc_decompose_char(c, buf, 32, st->uopts, NULL);
  if (k < 1 || k > 32) return 0;
  if (k == 1) return buf[0] == c;
  const utf8proc_property_t *q = utf8proc_get_property(buf[0]);
  if (q->combining_class != 0 || combines_back(buf[0], q)) return 0;
  k = utf8proc_normalize_utf32(buf, k, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
  return k == 1 && buf[0] == c;
}

static int is_inert(const norm *st, int32_t c) {
  if (c >= 0x10000) return compute_inert(st, c);
  unsigned char v = atomic_load_explicit(&inert_cache[st->cls][c], memory_order_relaxed);
  if (!v) {
    v = compute_inert(st, c) ? 1 : 2;
    atomic_store_explicit(&inert_cache[st->cls][c], v, memory_order_relaxed);
  }
  return v == 1;
}

/* ---- the combining sequence ---- */

static int seq_push(norm *st, int32_t cp, size_t off, size_t srclen, int raw) {
  if (st->nseq == st->capseq) {
    size_t cap = st->capseq ? st->capseq * 2 : 32;
    seq_item *q = realloc(st->seq, cap * sizeof *q);
    if (!q) return st->err = LEDE_ENOMEM;
    st->seq = q;
    st->capseq = cap;
  }
  st->seq[st->nseq++] = (seq_item){cp, utf8proc_get_property(cp)->combining_class, off, srclen, raw};
  return 0;
}

/* Writes one code point with its map entry; collapses white space. */
static int emit(norm *st, int32_t cp, size_t off, size_t srclen) {
  char enc[4];
  if (st->space && is_white(cp)) {
    if (st->in_space) return 0;
    st->in_space = 1;
    cp = ' ';
  } else {
    st->in_space = 0;
  }
  int len = lede_utf8_encode(cp, enc);
  if (grow_text(st, 4) || map_at(st, off, (size_t)len == srclen)) return st->err;
  memcpy(st->buf + st->o, enc, (size_t)len);
  st->o += (size_t)len;
  return 0;
}

/* Stable sort of items [a, b) by combining class: insertion sort for the
 * usual handful of marks, counting sort for a long run (linear time). */
static int sort_marks(norm *st, size_t a, size_t b) {
  seq_item *q = st->seq;
  if (b - a <= 32) {
    for (size_t i = a + 1; i < b; i++) {
      seq_item x = q[i];
      size_t j = i;
      while (j > a && q[j - 1].ccc > x.ccc) { q[j] = q[j - 1]; j--; }
      q[j] = x;
    }
    return 0;
  }
  if (st->captmp < b - a) {
    seq_item *t = realloc(st->tmp, (b - a) * sizeof *t);
    if (!t) return st->err = LEDE_ENOMEM;
    st->tmp = t;
    st->captmp = b - a;
  }
  size_t count[257] = {0};
  for (size_t i = a; i < b; i++) count[q[i].ccc + 1]++;
  for (int c = 1; c < 257; c++) count[c] += count[c - 1];
  for (size_t i = a; i < b; i++) st->tmp[count[q[i].ccc]++] = q[i];
  memcpy(q + a, st->tmp, (b - a) * sizeof *q);
  return 0;
}

/* An inert first character was kept whole; now that marks follow it, it is
 * decomposed like everything else so that they can reorder and compose. */
static int expand_first(norm *st) {
  int32_t buf[32];
  seq_item first = st->seq[0];
  utf8proc_ssize_t k = utf8proc_decompose_char(first.cp, buf, 32, st->uopts, NULL);
  st->seq[0].raw = 0;
  if (k <= 1 || k > 32) return 0;
  size_t rest = st->nseq - 1;
  for (utf8proc_ssize_t i = 1; i < k; i++)
    if (seq_push(st, 0, 0, 0, 0)) return st->err;
  memmove(st->seq + k, st->seq + 1, rest * sizeof *st->seq);
  for (utf8proc_ssize_t i = 0; i < k; i++)
    st->seq[i] = (seq_item){buf[i], utf8proc_get_property(buf[i])->combining_class, first.off, 0, 0};
  return 0;
}

/* Canonical order and composition of the sequence, as utf8proc does it on a
 * whole string; a composed character maps to its starter's offset. */
static int compose_seq(norm *st) {
  seq_item *q = st->seq;
  size_t n = st->nseq;
  for (size_t i = 0; i < n;) {
    if (q[i].ccc == 0) { i++; continue; }
    size_t j = i;
    while (j < n && q[j].ccc != 0) j++;
    if (j - i > 1 && sort_marks(st, i, j)) return st->err;
    i = j;
  }
  size_t w = 0, starter = SIZE_MAX;
  int32_t maxccc = -1;
  for (size_t r = 0; r < n; r++) {
    seq_item x = q[r];
    if (starter != SIZE_MAX && x.ccc > maxccc &&
        combines_back(x.cp, utf8proc_get_property(x.cp))) {
      int32_t pair[2] = {q[starter].cp, x.cp};
      if (utf8proc_normalize_utf32(pair, 2, UTF8PROC_COMPOSE | UTF8PROC_STABLE) == 1) {
        q[starter].cp = pair[0];
        q[starter].srclen = 0;
        continue;
      }
    }
    q[w] = x;
    if (x.ccc) { if (x.ccc > maxccc) maxccc = x.ccc; }
    else { starter = w; maxccc = -1; }
    w++;
  }
  st->nseq = w;
  return 0;
}

static int flush(norm *st) {
  if (st->nseq == 0) return 0;
  if (st->nseq > 1) {
    if (st->seq[0].raw && expand_first(st)) return st->err;
    if (compose_seq(st)) return st->err;
  }
  for (size_t i = 0; i < st->nseq; i++)
    if (emit(st, st->seq[i].cp, st->seq[i].off, st->seq[i].srclen)) return st->err;
  st->nseq = 0;
  return 0;
}

static void note_nul(norm *st, size_t at) {
  if (st->out->nuls++ == 0) st->out->first_nul = at;
}

static void note_invalid(norm *st, size_t at) {
  if (st->out->invalid++ == 0) st->out->first_invalid = at;
}

/* One input character at *i through the general path. */
static int slow_one(norm *st, size_t *i) {
  size_t start = *i;
  int32_t c = lede_utf8_next(st->s, st->n, i), to[3], buf[32];
  size_t srclen = *i - start;
  unsigned char b = (unsigned char)st->s[start];
  if (b == 0) note_nul(st, start);
  else if (b >= 0x80 && srclen == 1) note_invalid(st, start);
  if (is_inert(st, c)) {
    if (flush(st)) return st->err;
    return seq_push(st, c, start, srclen, 1);
  }
  int nto = premap(st, c, to);
  for (int t = 0; t < nto; t++) {
    utf8proc_ssize_t k = utf8proc_decompose_char(to[t], buf, 32, st->uopts, NULL);
    if (k < 0 || k > 32) { buf[0] = to[t]; k = 1; } /* cannot happen for valid code points */
    for (utf8proc_ssize_t d = 0; d < k; d++) {
      const utf8proc_property_t *p = utf8proc_get_property(buf[d]);
      if (p->combining_class == 0 && !combines_back(buf[d], p) && flush(st)) return st->err;
      if (seq_push(st, buf[d], start, (nto == 1 && k == 1) ? srclen : 0, 0)) return st->err;
    }
  }
  return 0;
}

/* ---- the simple cache ----
 * A "simple" character is not inert, but cannot join what precedes it, and
 * its output alone is short (at most 5 bytes): "Ç" -> "c" when folding, "Д"
 * -> "д", "ß" -> "ss" (never nothing). When the character after it cannot join it either, that
 * output is final and can be written without building a sequence. Entries
 * (basic plane only) pack: byte 0 state (0 unknown, 1 no, 2 yes), byte 1 the
 * output length, byte 2 whether it is the only product of one code point,
 * bytes 3..7 the output. Tables are made on first use, one per option class. */
typedef _Atomic uint64_t simple_slot;
static simple_slot *_Atomic simple_tables[NCLASS];

static simple_slot *simple_table(int cls) {
  simple_slot *t = atomic_load_explicit(&simple_tables[cls], memory_order_acquire);
  if (t) return t;
  simple_slot *nt = calloc(0x10000, sizeof *nt);
  if (!nt) return NULL;
  if (!atomic_compare_exchange_strong(&simple_tables[cls], &t, nt)) { free(nt); return t; }
  return nt;
}

static uint64_t compute_simple(const norm *st, int32_t c) {
  int32_t to[3], buf[40];
  const utf8proc_property_t *p = utf8proc_get_property(c);
  if (p->combining_class != 0 || combines_back(c, p)) return 1;
  int nto = premap(st, c, to);
  utf8proc_ssize_t k = 0;
  for (int t = 0; t < nto; t++) {
    utf8proc_ssize_t d = utf8proc_decompose_char(to[t], buf + k, 32, st->uopts, NULL);
    if (d < 0 || d > 32) return 1;
    k += d;
  }
  /* a character that vanishes (an ignorable when folding) is not simple: the
   * characters on both sides of it may join */
  if (k == 0) return 1;
  const utf8proc_property_t *q = utf8proc_get_property(buf[0]);
  if (q->combining_class != 0 || combines_back(buf[0], q)) return 1;
  k = utf8proc_normalize_utf32(buf, k, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
  unsigned char out[5];
  size_t len = 0;
  for (utf8proc_ssize_t d = 0; d < k; d++) {
    char enc[4];
    if (is_white(buf[d])) return 1; /* the space option decides those, and it is not in cls */
    int el = lede_utf8_encode(buf[d], enc);
    if (len + (size_t)el > 5) return 1;
    memcpy(out + len, enc, (size_t)el);
    len += (size_t)el;
  }
  uint64_t e = 2 | ((uint64_t)len << 8) | ((uint64_t)(nto == 1 && k == 1) << 16);
  for (size_t b = 0; b < len; b++) e |= (uint64_t)out[b] << (24 + 8 * b);
  return e;
}

/* The simple entry of c, or 0 when c is not simple (or out of the table). */
static uint64_t simple_of(const norm *st, int32_t c) {
  if (c >= 0x10000 || !st->simple) return 0;
  uint64_t e = atomic_load_explicit(&st->simple[c], memory_order_relaxed);
  if (!e) {
    e = compute_simple(st, c);
    atomic_store_explicit(&st->simple[c], e, memory_order_relaxed);
  }
  return (e & 0xFF) == 2 ? e : 0;
}

/* Nothing at u[j] can join the character before it. */
static int boundary_at(const norm *st, size_t j) {
  const unsigned char *u = (const unsigned char *)st->s;
  int32_t cp;
  if (j >= st->n || u[j] < 0x80 || !lede_utf8_valid(u, st->n, j, &cp)) return 1;
  return is_inert(st, cp) || simple_of(st, cp) != 0;
}

static int copy_verbatim(norm *st, size_t a, size_t b) {
  if (b <= a) return 0;
  if (grow_text(st, b - a) || map_at(st, a, 1)) return st->err;
  memcpy(st->buf + st->o, st->s + a, b - a);
  st->o += b - a;
  st->in_space = 0;
  return 0;
}

static int write_simple(norm *st, uint64_t e, size_t at, size_t srclen) {
  size_t len = (e >> 8) & 0xFF;
  if (len == 0) return 0;
  if (grow_text(st, len) || map_at(st, at, ((e >> 16) & 1) && len == srclen)) return st->err;
  for (size_t b = 0; b < len; b++) st->buf[st->o++] = (char)(e >> (24 + 8 * b));
  st->in_space = 0;
  return 0;
}

/* Handles a run of inert and simple characters starting at i (valid UTF-8,
 * and single ASCII bytes between them): inert ones are copied as they are,
 * simple ones written from the cache. A last inert character is kept as the
 * pending starter, since marks may follow it. Stops before two ASCII bytes in
 * a row (the fast path's business). Returns the next offset, or i when the
 * character at i is neither. */
static size_t inert_run(norm *st, size_t i) {
  const unsigned char *u = (const unsigned char *)st->s;
  size_t n = st->n, j = i, seg = i, pend = 0, plen = 0;
  int32_t pcp = 0, cp;
  int have_pend = 0, started = 0;
  while (j < n) {
    unsigned c = u[j];
    int len;
    uint64_t e = 0;
    if (c < 0x80) {
      /* a single space after a character of the run needs no collapsing */
      int ok = st->ascii_ok[c] || (c == ' ' && j > i);
      if (!ok || (j + 1 < n && u[j + 1] < 0x80)) break;
      cp = (int32_t)c;
      len = 1;
    } else {
      len = lede_utf8_valid(u, n, j, &cp);
      if (!len) break;
      if (!is_inert(st, cp) || (st->space && is_white(cp))) {
        e = simple_of(st, cp);
        if (!e || !boundary_at(st, j + (size_t)len)) break;
      }
    }
    if (!started) {
      if (flush(st)) return i;
      started = 1;
    }
    if (!e) {
      have_pend = 1;
      pend = j;
      pcp = cp;
      plen = (size_t)len;
    } else {
      if (copy_verbatim(st, seg, j) || write_simple(st, e, j, (size_t)len)) return i;
      have_pend = 0;
      seg = j + (size_t)len;
    }
    j += (size_t)len;
  }
  if (!started) return i;
  if (have_pend) {
    if (copy_verbatim(st, seg, pend) || seq_push(st, pcp, pend, plen, 1)) return i;
  }
  return j;
}

/* ---- the ASCII fast path ---- */

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* True when none of the 32 bytes at p is >= 0x80. */
static inline int block_ascii(const unsigned char *p) {
  uint64_t w[4];
  memcpy(w, p, 32);
  return ((w[0] | w[1] | w[2] | w[3]) & HIGHS) == 0;
}

static inline uint64_t lower_word(uint64_t w) {
  uint64_t ge_a = w + ONES * (0x80 - 'A'), gt_z = w + ONES * (0x7F - 'Z');
  return w | (((ge_a & ~gt_z) & HIGHS) >> 2);
}

/* Writes the ASCII bytes [i, e) (lower-cased when folding; NUL as a space). */
static void copy_ascii(norm *st, size_t i, size_t e) {
  const unsigned char *u = (const unsigned char *)st->s;
  char *o = st->buf + st->o;
  size_t k = 0, len = e - i;
  if (st->fold) {
    for (; k + 8 <= len; k += 8) {
      uint64_t w;
      memcpy(&w, u + i + k, 8);
      w = lower_word(w);
      memcpy(o + k, &w, 8);
    }
    for (; k < len; k++) o[k] = (char)lede_to_lower(u[i + k]);
  } else {
    memcpy(o, u + i, len);
  }
  for (char *z = memchr(o, 0, len); z; z = memchr(z + 1, 0, (size_t)(o + len - z - 1))) {
    *z = ' '; /* NUL reads as a space */
    note_nul(st, i + (size_t)(z - o));
  }
  st->o += len;
}

/* Copies ASCII text from i to the first byte >= 0x80 (or n), leaving the last
 * ASCII character before non-ASCII text unwritten (a mark may follow it).
 * s[i] and s[i+1] (when it exists) are ASCII. Returns the next input offset. */
static size_t fast_ascii(norm *st, size_t i) {
  const unsigned char *u = (const unsigned char *)st->s;
  size_t n = st->n, e = i;
  while (e + 32 <= n && block_ascii(u + e)) e += 32;
  while (e < n && u[e] < 0x80) e++;
  if (e < n) e--; /* keep the last one for the slow path; e - i >= 2 here */
  if (grow_text(st, e - i + 1)) return i;
  if (!st->space) {
    if (map_at(st, i, 1)) return i;
    copy_ascii(st, i, e);
    if (e > i) st->in_space = 0;
    return e;
  }
  /* collapsing white space: a single ' ' between two other characters stays
   * part of the copied stretch; other runs of space (and NUL) become one ' ' */
  while (i < e) {
    size_t j = i;
    for (; j < e; j++) {
      unsigned c = u[j];
      if (c != 0 && !lede_is_space((int)c)) continue;
      if (c == ' ' && (j > i || !st->in_space) && j + 1 < e && u[j + 1] != 0 && !lede_is_space(u[j + 1]))
        continue;
      break;
    }
    if (j > i) {
      if (map_at(st, i, 1)) return i;
      copy_ascii(st, i, j);
      st->in_space = 0;
      i = j;
    }
    if (i < e) {  /* a run of space at i */
      if (!st->in_space) {
        if (map_at(st, i, 1)) return i;
        st->buf[st->o++] = ' ';
        st->in_space = 1;
      }
      for (; i < e && (u[i] == 0 || lede_is_space(u[i])); i++)
        if (u[i] == 0) note_nul(st, i);
    }
  }
  return e;
}

/* ---- the public functions ---- */

static void expand_map(lede_normalized *m) {
  size_t r = 0;
  for (size_t i = 0; i < m->len; r++) {
    size_t end = r + 1 < m->nruns ? m->runs[r + 1].out : m->len;
    const lede_norm_run *x = &m->runs[r];
    if (x->step) for (; i < end; i++) m->orig[i] = x->in + (i - x->out);
    else for (; i < end; i++) m->orig[i] = x->in;
  }
  m->orig[m->len] = m->n;
}

int lede_normalize(const char *s, size_t n, const lede_norm_opts *opts, lede_normalized *out) {
  lede_norm_opts o = opts ? *opts : (lede_norm_opts){0};
  memset(out, 0, sizeof *out);
  if ((o.form != LEDE_NFC && o.form != LEDE_NFKC) || (o.map != LEDE_MAP_FLAT && o.map != LEDE_MAP_RUNS))
    return LEDE_EINVAL;
  norm st = {.s = s, .n = n, .fold = !!o.fold, .ascii = !!o.ascii, .space = !!o.space, .out = out};
  st.cls = (o.form == LEDE_NFKC) | (st.fold << 1) | (st.ascii << 2);
  st.uopts = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
  if (o.form == LEDE_NFKC) st.uopts |= UTF8PROC_COMPAT;
  if (st.fold) st.uopts |= UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;
  st.simple = simple_table(st.cls);
  for (int c = 0; c < 128; c++)
    st.ascii_ok[c] = c != 0 && !(st.fold && lede_is_upper(c)) && !(st.space && lede_is_space(c));
  out->n = n;
  if (grow_text(&st, n + 16) == 0) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n && !st.err) {
      if (u[i] < 0x80 && (i + 1 == n || u[i + 1] < 0x80)) {
        if (flush(&st)) break;
        i = fast_ascii(&st, i);
      } else {
        size_t j = inert_run(&st, i);
        if (j != i) i = j;
        else slow_one(&st, &i);
      }
    }
    if (!st.err) flush(&st);
    if (!st.err) grow_text(&st, 1);
  }
  free(st.seq);
  free(st.tmp);
  if (st.err) {
    free(st.buf);
    lede_normalized_free(out);
    return st.err;
  }
  st.buf[st.o] = '\0';
  out->text = st.buf;
  out->len = st.o;
  if (o.map == LEDE_MAP_FLAT) {
    out->orig = malloc((out->len + 1) * sizeof *out->orig);
    if (!out->orig) { lede_normalized_free(out); return LEDE_ENOMEM; }
    expand_map(out);
  }
  return LEDE_OK;
}

size_t lede_normalized_orig(const lede_normalized *m, size_t i) {
  if (i >= m->len) return m->n;
  if (m->orig) return m->orig[i];
  size_t lo = 0, hi = m->nruns; /* the last run with out <= i */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (m->runs[mid].out <= i) lo = mid; else hi = mid;
  }
  const lede_norm_run *r = &m->runs[lo];
  return r->step ? r->in + (i - r->out) : r->in;
}

void lede_normalized_free(lede_normalized *m) {
  if (!m) return;
  free(m->text);
  free(m->orig);
  free(m->runs);
  memset(m, 0, sizeof *m);
}

int lede_fold(const char *s, size_t n, char **out, size_t *outlen) {
  lede_norm_opts o = {LEDE_NFKC, 1, 1, 1, LEDE_MAP_RUNS};
  lede_normalized r;
  int st = lede_normalize(s, n, &o, &r);
  if (st) return st;
  size_t a = 0, b = r.len;
  while (a < b && r.text[a] == ' ') a++;
  while (b > a && r.text[b - 1] == ' ') b--;
  memmove(r.text, r.text + a, b - a);
  r.text[b - a] = '\0';
  *out = r.text;
  *outlen = b - a;
  r.text = NULL;
  lede_normalized_free(&r);
  return LEDE_OK;
}
