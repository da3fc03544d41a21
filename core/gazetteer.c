/* gazetteer.c -- a compiled name matcher: every name is folded into words,
 * the words get ids through a hash table, and the word sequences form a trie
 * whose edges live in one hash table keyed by (node, word id). Matching folds
 * the text word by word and walks the trie: leftmost-longest, no regex. */
#include "gz_internal.h"
#include <stdio.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#define MAX_NAME_WORDS 64
#define FUZZY_MAX_WORDS 4

typedef struct entry {
  uint32_t id, type, name;       /* offsets in g->chars */
  uint32_t vfirst, vlast;        /* variant chain (aliases, demonyms), 0 = none */
  uint32_t naliases, ndemonyms;
  uint32_t surname;              /* word id of the last word of a person's name, 0 */
} entry;

typedef struct variant { uint32_t str, next; uint8_t kind; } variant;
/* A trie node. flags: NODE_CAPS (an acronym, matches capitals only),
 * NODE_KIDS (some longer name continues here), NODE_SURNAME (the entry has
 * a surname to remember); the last two are set by lede_gazetteer_finish. */
typedef struct node { int32_t entry; uint8_t how, flags; } node;
enum { NODE_KIDS = 1, NODE_SURNAME = 2, NODE_CAPS = 4 };
enum { WORD_SURNAME = 8 };  /* in a wslot's flags: the word is some person's surname */
typedef struct edge { uint32_t parent, word, child; } edge;
typedef struct word { uint32_t off, len; uint64_t hash; } word;
#define MAX_WORD_BYTES 65534   /* a name's word may not be longer (len is 16 bits below) */
/* A slot of the word table keeps the word's length and bytes: the first
 * eight in head, the next eight in rest for a word of up to 16 bytes
 * (which decide equality without another memory access) or else where its
 * bytes are (offset in wchars); and a copy of the word's first-word trie
 * node (root, 0 when no name starts with the word), so that a one-word
 * match touches one cache line. */
typedef struct wslot {
  uint64_t head, rest;
  uint32_t id, root;
  int32_t entry;         /* the root node's */
  uint16_t len;
  uint8_t how, flags;    /* the root node's */
} wslot;
/* The edges as matching walks them: placed by gz_step_hash (see
 * build_medges), with the word as in a wslot and a copy of the child node:
 * one cache line per step of a walk, no word-table lookup for the words
 * after the first. */
typedef struct medge {
  uint64_t head, rest;
  uint32_t parent, child;
  int32_t entry;         /* the child node's */
  uint16_t len;
  uint8_t how, flags;    /* the child node's */
} medge;
/* the word reader addresses both tables by shifts */
typedef char wslot_is_32_bytes[sizeof(wslot) == 32 ? 1 : -1];
typedef char medge_is_32_bytes[sizeof(medge) == 32 ? 1 : -1];
typedef struct fitem { uint32_t entry, folded, flen, next; } fitem;  /* fuzzy index item */
typedef struct fslot { uint32_t key, klen, first; } fslot;          /* key -> chain */

struct lede_gazetteer {
  gz_buf chars;                                  /* entry strings */
  entry *entries; size_t nentries, centries;
  variant *variants; size_t nvariants, cvariants;
  gz_buf wchars;                                 /* folded words */
  word *words; size_t nwords, cwords;            /* word ids are 1-based */
  wslot *wslots; size_t wmask;
  uint64_t *wbits; size_t bmask;                 /* filters (see filter_flags) */
  node *nodes; size_t nnodes, cnodes;
  edge *edges; size_t nedges, emask;
  medge *medges; size_t mmask;                   /* built by lede_gazetteer_finish */
  uint64_t *pbits; size_t pmask;                 /* filter of (parent, word) pairs of medges */
  uint32_t *idslots; size_t idmask, nids;        /* id -> entry+1 (building) */
  gz_buf fchars;                                 /* fuzzy keys and folded forms */
  fitem *fitems; size_t nfitems, cfitems;
  fslot *fslots; size_t fmask, nfslots;
  int finished;
};

/* ---------- small helpers ---------- */

static int grow(void **p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return LEDE_OK;
  size_t c = *cap ? *cap : 64;
  while (c < need) c *= 2;
  void *q = realloc(*p, c * size);
  if (!q) return LEDE_ENOMEM;
  *p = q;
  *cap = c;
  return LEDE_OK;
}

/* Zeroed memory for the big tables that matching reads at random: at 100k
 * names they pass 8 MB, and with 4 KB pages nearly every lookup would also
 * miss the TLB; on Linux they are asked for huge pages. Freed with free. */
static void *big_table(size_t n, size_t size) {
  if (n > SIZE_MAX / size) return NULL;
  size_t bytes = n * size;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  const size_t huge = (size_t)2 << 20;
  if (bytes >= huge) {
    void *p = NULL;
    if (posix_memalign(&p, huge, bytes)) return NULL;
    madvise(p, bytes, MADV_HUGEPAGE);  /* advice only: fine when refused */
    memset(p, 0, bytes);
    return p;
  }
#endif
  return calloc(n, size);
}

static int put_string(gz_buf *b, const char *s, size_t n, uint32_t *off) {
  if (b->n + n + 1 > UINT32_MAX) return LEDE_ENOMEM;
  *off = (uint32_t)b->n;
  if (gz_buf_add(b, s, n)) return LEDE_ENOMEM;
  b->n++;  /* keep the NUL */
  return LEDE_OK;
}

static uint64_t mix2(uint32_t a, uint32_t b) {
  uint64_t h = ((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

/* ---------- words ---------- */



enum { W_FIRST = GZ_FIRST, W_CONT = GZ_CONT };
static void filter_set(uint64_t *bits, size_t mask, uint64_t h, int cont) {
  bits[gz_filter_at(mask, h)] |= gz_filter_bits(h) << (cont ? 32 : 0);
}

/* head and rest of a word of the table (see wslot). */
static uint64_t word_rest(const lede_gazetteer *g, const word *x) {
  return x->len <= 16 ? gz_le_chunk(g->wchars.p + x->off + 8 * (x->len > 8), x->len > 8 ? x->len - 8 : 0)
                      : x->off;
}

/* Equality of a folded word (n bytes at w, first 8 bytes head) with a word
 * of the table (len, whead, wrest as in a wslot). */
static int same_word(const lede_gazetteer *g, const char *w, size_t n, uint64_t head,
                     uint16_t len, uint64_t whead, uint64_t wrest) {
  if (whead != head || len != n) return 0;
  if (n <= 8) return 1;
  if (n <= 16) return gz_le_chunk(w + 8, n - 8) == wrest;
  return memcmp(g->wchars.p + wrest + 8, w + 8, n - 8) == 0;
}

/* The slot of a folded word w (n bytes, hash h, first 8 bytes head). */
#if defined(__GNUC__) || defined(__clang__)
#define HOT_INLINE inline __attribute__((always_inline))
#else
#define HOT_INLINE inline
#endif

static HOT_INLINE wslot *word_slot(const lede_gazetteer *g, const char *w, size_t n, uint64_t h, uint64_t head) {
  if (!g->wslots) return NULL;
  for (size_t i = h & g->wmask;; i = (i + 1) & g->wmask) {
    wslot *sl = &g->wslots[i];
    if (!sl->id) return NULL;
    if (same_word(g, w, n, head, sl->len, sl->head, sl->rest)) return sl;
  }
}

static uint32_t word_find(const lede_gazetteer *g, const char *w, size_t n, uint64_t h, uint64_t head) {
  const wslot *sl = word_slot(g, w, n, h, head);
  return sl ? sl->id : 0;
}

static void wslot_put(wslot *t, size_t mask, const lede_gazetteer *g, uint32_t id) {
  const word *x = &g->words[id - 1];
  size_t i = x->hash & mask;
  while (t[i].id) i = (i + 1) & mask;
  t[i] = (wslot){gz_le_chunk(g->wchars.p + x->off, x->len), word_rest(g, x), id, 0, -1, (uint16_t)x->len, 0, 0};
}

static int word_rehash(lede_gazetteer *g) {
  size_t cap = g->wmask ? (g->wmask + 1) * 2 : 1024;
  wslot *s = big_table(cap, sizeof *s);
  if (!s) return LEDE_ENOMEM;
  for (size_t k = 0; k < g->nwords; k++) wslot_put(s, cap - 1, g, (uint32_t)k + 1);
  free(g->wslots);
  g->wslots = s;
  g->wmask = cap - 1;
  return LEDE_OK;
}

static int word_intern(lede_gazetteer *g, const char *w, size_t n, uint32_t *id) {
  uint64_t h = gz_word_hash(w, n);
  if ((*id = word_find(g, w, n, h, gz_le_chunk(w, n)))) return LEDE_OK;
  if ((g->nwords + 1) * 2 > g->wmask + 1 && word_rehash(g)) return LEDE_ENOMEM;
  if (grow((void **)&g->words, &g->cwords, g->nwords + 1, sizeof *g->words)) return LEDE_ENOMEM;
  word *x = &g->words[g->nwords];
  if (put_string(&g->wchars, w, n, &x->off)) return LEDE_ENOMEM;
  x->len = (uint32_t)n;
  x->hash = h;
  g->nwords++;
  *id = (uint32_t)g->nwords;
  wslot_put(g->wslots, g->wmask, g, *id);
  return LEDE_OK;
}

/* ---------- trie ---------- */

static uint32_t edge_find(const lede_gazetteer *g, uint32_t parent, uint32_t w) {
  if (!g->edges) return 0;
  for (size_t i = mix2(parent, w) & g->emask;; i = (i + 1) & g->emask) {
    const edge *e = &g->edges[i];
    if (!e->child) return 0;
    if (e->parent == parent && e->word == w) return e->child;
  }
}

static int edge_rehash(lede_gazetteer *g) {
  size_t cap = g->emask ? (g->emask + 1) * 2 : 1024;
  edge *t = calloc(cap, sizeof *t);
  if (!t) return LEDE_ENOMEM;
  for (size_t k = 0; g->edges && k <= g->emask; k++) {
    edge e = g->edges[k];
    if (!e.child) continue;
    size_t i = mix2(e.parent, e.word) & (cap - 1);
    while (t[i].child) i = (i + 1) & (cap - 1);
    t[i] = e;
  }
  free(g->edges);
  g->edges = t;
  g->emask = cap - 1;
  return LEDE_OK;
}

static int node_child(lede_gazetteer *g, uint32_t parent, uint32_t w, uint32_t *child) {
  if ((*child = edge_find(g, parent, w))) return LEDE_OK;
  if ((g->nedges + 1) * 2 > g->emask + 1 && edge_rehash(g)) return LEDE_ENOMEM;
  if (grow((void **)&g->nodes, &g->cnodes, g->nnodes + 1, sizeof *g->nodes)) return LEDE_ENOMEM;
  g->nodes[g->nnodes].entry = -1;
  g->nodes[g->nnodes].how = 0;
  g->nodes[g->nnodes].flags = 0;
  *child = (uint32_t)g->nnodes++;
  size_t i = mix2(parent, w) & g->emask;
  while (g->edges[i].child) i = (i + 1) & g->emask;
  g->edges[i] = (edge){parent, w, *child};
  g->nedges++;
  return LEDE_OK;
}

/* "US", "U.K.", "UAE": short names in capitals, which in lower case are
 * ordinary words ("us"); they match only text in capitals. */
static int is_acronym(const char *s, size_t n) {
  size_t letters = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (lede_is_upper(c)) letters++;
    else if (c != '.' && c != ' ') return 0;
  }
  return letters >= 2 && letters <= 4;
}

static int no_lower(const char *s, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (lede_is_lower((unsigned char)s[i])) return 0;
  return 1;
}

/* Adds one name of an entry to the trie. Returns LEDE_OK, LEDE_EPARSE
 * (empty or too long: reported), LEDE_ENOMEM. *last gets the last word id. */
static int trie_add(lede_gazetteer *g, const char *s, size_t n, uint32_t ent, int how,
                    uint32_t *last, int *nwords, const char *file, long line, lede_problems *probs) {
  gz_buf fold = {0};
  gz_tok t;
  size_t pos = 0;
  uint32_t at = 0, w = 0;
  int k = 0, r;
  while ((r = gz_next_token(s, n, &pos, &t, &fold)) == 1) {
    if (fold.n == 0) continue;
    if (fold.n > MAX_WORD_BYTES) {
      gz_buf_free(&fold);
      lede_problems_add(probs, file, line, -1, "name with a word of more than %d bytes skipped: \"%.40s...\"",
                        MAX_WORD_BYTES, s);
      return LEDE_EPARSE;
    }
    if (++k > MAX_NAME_WORDS) {
      gz_buf_free(&fold);
      lede_problems_add(probs, file, line, -1, "name of more than %d words skipped: \"%.40s...\"",
                        MAX_NAME_WORDS, s);
      return LEDE_EPARSE;
    }
    if (word_intern(g, fold.p, fold.n, &w) || node_child(g, at, w, &at)) { r = LEDE_ENOMEM; break; }
  }
  gz_buf_free(&fold);
  if (r < 0) return r;
  if (k == 0) {
    lede_problems_add(probs, file, line, -1, "empty name skipped");
    return LEDE_EPARSE;
  }
  node *nd = &g->nodes[at];
  if (nd->entry < 0 || how < nd->how) {
    nd->entry = (int32_t)ent;
    nd->how = (uint8_t)how;
    nd->flags = (uint8_t)((nd->flags & ~NODE_CAPS) | (is_acronym(s, n) ? NODE_CAPS : 0));
  }
  if (last) *last = w;
  if (nwords) *nwords = k;
  return LEDE_OK;
}

/* ---------- entries ---------- */

static long id_find(const lede_gazetteer *g, const char *id, uint64_t h) {
  if (!g->idslots) return -1;
  for (size_t i = h & g->idmask;; i = (i + 1) & g->idmask) {
    uint32_t e = g->idslots[i];
    if (!e) return -1;
    if (strcmp(g->chars.p + g->entries[e - 1].id, id) == 0) return (long)e - 1;
  }
}

static int id_insert(lede_gazetteer *g, const char *id, uint32_t ent) {
  if ((g->nids + 1) * 2 > g->idmask + 1) {
    size_t cap = g->idmask ? (g->idmask + 1) * 2 : 1024;
    uint32_t *s = calloc(cap, sizeof *s);
    if (!s) return LEDE_ENOMEM;
    for (size_t k = 0; g->idslots && k <= g->idmask; k++) {
      uint32_t e = g->idslots[k];
      if (!e) continue;
      const char *x = g->chars.p + g->entries[e - 1].id;
      size_t i = gz_hash(x, strlen(x)) & (cap - 1);
      while (s[i]) i = (i + 1) & (cap - 1);
      s[i] = e;
    }
    free(g->idslots);
    g->idslots = s;
    g->idmask = cap - 1;
  }
  size_t i = gz_hash(id, strlen(id)) & g->idmask;
  while (g->idslots[i]) i = (i + 1) & g->idmask;
  g->idslots[i] = ent + 1;
  g->nids++;
  return LEDE_OK;
}

static int variant_add(lede_gazetteer *g, uint32_t ent, const char *s, int kind) {
  if (grow((void **)&g->variants, &g->cvariants, g->nvariants + 2, sizeof *g->variants))
    return LEDE_ENOMEM;
  if (g->nvariants == 0) g->nvariants = 1;  /* index 0 means "none" */
  variant *v = &g->variants[g->nvariants];
  if (put_string(&g->chars, s, strlen(s), &v->str)) return LEDE_ENOMEM;
  v->kind = (uint8_t)kind;
  v->next = 0;
  entry *e = &g->entries[ent];
  if (e->vlast) g->variants[e->vlast].next = (uint32_t)g->nvariants;
  else e->vfirst = (uint32_t)g->nvariants;
  e->vlast = (uint32_t)g->nvariants++;
  if (kind == LEDE_GZ_DEMONYM) e->ndemonyms++;
  else e->naliases++;
  return LEDE_OK;
}

/* A name in valid UTF-8: s itself or a repaired copy in *tmp (reported). */
static const char *valid_name(const char *s, char **tmp, const char *file, long line,
                              lede_problems *probs) {
  char *out;
  size_t outlen;
  int changed = 0;
  *tmp = NULL;
  if (lede_utf8_repair(s, strlen(s), NULL, &out, &outlen, &changed, NULL)) return s;
  if (!changed) { free(out); return s; }
  lede_problems_add(probs, file, line, -1, "invalid UTF-8 in \"%s\" read as Windows-1252", out);
  return *tmp = out;
}

static int ends_plural_able(const char *s) {
  size_t n = strlen(s);
  return n >= 3 && (s[n - 1] == 'n' || s[n - 1] == 'i');
}

/* Adds one name variant (alias or demonym) to entry ent; demonyms also get
 * their plural ("Armenians"). */
static int add_variant_name(lede_gazetteer *g, uint32_t ent, const char *raw, int kind,
                            const char *file, long line, lede_problems *probs) {
  char *tmp;
  const char *s = valid_name(raw, &tmp, file, line, probs);
  int r = LEDE_OK;
  if (!*s) goto done;   /* empty alias fields are common: "a||b" */
  r = trie_add(g, s, strlen(s), ent, kind, NULL, NULL, file, line, probs);
  if (r == LEDE_EPARSE) { r = LEDE_OK; goto done; }
  if (r == LEDE_OK) r = variant_add(g, ent, s, kind);
  if (r == LEDE_OK && kind == LEDE_GZ_DEMONYM && ends_plural_able(s)) {
    size_t n = strlen(s);
    char *pl = malloc(n + 2);
    if (!pl) { r = LEDE_ENOMEM; goto done; }
    memcpy(pl, s, n);
    memcpy(pl + n, "s", 2);
    r = trie_add(g, pl, n + 1, ent, kind, NULL, NULL, file, line, probs);
    free(pl);
    if (r == LEDE_EPARSE) r = LEDE_OK;
  }
done:
  free(tmp);
  return r;
}

int lede_gazetteer_new(lede_gazetteer **out) {
  lede_gazetteer *g = calloc(1, sizeof *g);
  if (!g) return LEDE_ENOMEM;
  g->nodes = malloc(64 * sizeof *g->nodes);
  if (!g->nodes) { free(g); return LEDE_ENOMEM; }
  g->cnodes = 64;
  g->nnodes = 1;
  g->nodes[0].entry = -1;
  g->nodes[0].how = 0;
  g->nodes[0].flags = 0;
  *out = g;
  return LEDE_OK;
}

void lede_gazetteer_free(lede_gazetteer *g) {
  if (!g) return;
  gz_buf_free(&g->chars);
  gz_buf_free(&g->wchars);
  gz_buf_free(&g->fchars);
  free(g->entries);
  free(g->variants);
  free(g->words);
  free(g->wslots);
  free(g->wbits);
  free(g->nodes);
  free(g->edges);
  free(g->medges);
  free(g->pbits);
  free(g->idslots);
  free(g->fitems);
  free(g->fslots);
  free(g);
}

static int is_person(const char *type) { return type && strcmp(type, "person") == 0; }

int lede_gazetteer_add(lede_gazetteer *g, const char *id, const char *type, const char *name,
                       const char *const *aliases, size_t naliases,
                       const char *const *demonyms, size_t ndemonyms,
                       const char *file, long line, lede_problems *probs) {
  if (!g || g->finished) return LEDE_EINVAL;
  if (!name || !*name) {
    lede_problems_add(probs, file, line, -1, "entry %s%s%shas an empty name: skipped",
                      id ? "\"" : "", id ? id : "", id ? "\" " : "");
    return LEDE_EPARSE;
  }
  if (g->nentries >= UINT32_MAX - 1) return LEDE_ERANGE;
  char *tmpname;
  const char *nm = valid_name(name, &tmpname, file, line, probs);
  char idbuf[32];
  if (!id || !*id) {  /* no id: the entry's number */
    snprintf(idbuf, sizeof idbuf, "#%zu", g->nentries + 1);
    id = idbuf;
  }
  int r = LEDE_OK;
  long ent = id_find(g, id, gz_hash(id, strlen(id)));
  if (ent >= 0) {  /* a repeated id: merge the names */
    lede_problems_add(probs, file, line, -1, "duplicate id \"%s\": names merged into the first entry", id);
    const char *first = g->chars.p + g->entries[ent].name;
    if (strcmp(first, nm) != 0) r = add_variant_name(g, (uint32_t)ent, nm, LEDE_GZ_ALIAS, file, line, probs);
  } else {
    uint32_t last = 0;
    int nw = 0;
    ent = (long)g->nentries;
    r = trie_add(g, nm, strlen(nm), (uint32_t)ent, LEDE_GZ_NAME, &last, &nw, file, line, probs);
    if (r == LEDE_OK) r = grow((void **)&g->entries, &g->centries, g->nentries + 1, sizeof *g->entries);
    if (r == LEDE_OK) {
      entry *e = &g->entries[ent];
      memset(e, 0, sizeof *e);
      if (put_string(&g->chars, id, strlen(id), &e->id) ||
          put_string(&g->chars, type ? type : "", type ? strlen(type) : 0, &g->entries[ent].type) ||
          put_string(&g->chars, nm, strlen(nm), &g->entries[ent].name))
        r = LEDE_ENOMEM;
      else {
        g->entries[ent].surname = (is_person(type) && nw >= 2) ? last : 0;
        g->nentries++;
        r = id_insert(g, id, (uint32_t)ent);
      }
    }
  }
  for (size_t k = 0; r == LEDE_OK && k < naliases; k++)
    if (aliases[k]) r = add_variant_name(g, (uint32_t)ent, aliases[k], LEDE_GZ_ALIAS, file, line, probs);
  for (size_t k = 0; r == LEDE_OK && k < ndemonyms; k++)
    if (demonyms[k]) r = add_variant_name(g, (uint32_t)ent, demonyms[k], LEDE_GZ_DEMONYM, file, line, probs);
  free(tmpname);
  return r;
}

size_t lede_gazetteer_size(const lede_gazetteer *g) { return g ? g->nentries : 0; }

int lede_gazetteer_entry(const lede_gazetteer *g, size_t i, lede_gz_entry *e) {
  if (!g || i >= g->nentries) return LEDE_EINVAL;
  const entry *x = &g->entries[i];
  e->id = g->chars.p + x->id;
  e->type = g->chars.p + x->type;
  e->name = g->chars.p + x->name;
  e->naliases = x->naliases;
  e->ndemonyms = x->ndemonyms;
  return LEDE_OK;
}

const char *lede_gazetteer_variant(const lede_gazetteer *g, size_t i, int demonym, size_t k) {
  if (!g || i >= g->nentries) return NULL;
  for (uint32_t v = g->entries[i].vfirst; v; v = g->variants[v].next) {
    if ((g->variants[v].kind == LEDE_GZ_DEMONYM) != (demonym != 0)) continue;
    if (k-- == 0) return g->chars.p + g->variants[v].str;
  }
  return NULL;
}

/* ---------- fuzzy index: phonetic key of each Latin name -> entries ---------- */

static fslot *fslot_find(const lede_gazetteer *g, const char *k, size_t n) {
  if (!g->fslots) return NULL;
  for (size_t i = gz_hash(k, n) & g->fmask;; i = (i + 1) & g->fmask) {
    fslot *s = &g->fslots[i];
    if (!s->first) return NULL;
    if (s->klen == n && memcmp(g->fchars.p + s->key, k, n) == 0) return s;
  }
}

static int fslot_get(lede_gazetteer *g, const char *k, size_t n, fslot **out) {
  if ((*out = fslot_find(g, k, n))) return LEDE_OK;
  if ((g->nfslots + 1) * 2 > g->fmask + 1) {
    size_t cap = g->fmask ? (g->fmask + 1) * 2 : 1024;
    fslot *t = calloc(cap, sizeof *t);
    if (!t) return LEDE_ENOMEM;
    for (size_t j = 0; g->fslots && j <= g->fmask; j++) {
      fslot s = g->fslots[j];
      if (!s.first) continue;
      size_t i = gz_hash(g->fchars.p + s.key, s.klen) & (cap - 1);
      while (t[i].first) i = (i + 1) & (cap - 1);
      t[i] = s;
    }
    free(g->fslots);
    g->fslots = t;
    g->fmask = cap - 1;
  }
  size_t i = gz_hash(k, n) & g->fmask;
  while (g->fslots[i].first) i = (i + 1) & g->fmask;
  *out = &g->fslots[i];
  return LEDE_OK;
}

/* Folded words of a name joined by spaces into fold, keys into key.
 * Returns 1 when the name can be fuzzy matched (Latin, 1-4 words, keyed). */
static int fuzzy_form(const char *s, size_t n, gz_buf *fold, gz_buf *key, gz_buf *tmp) {
  size_t pos = 0;
  gz_tok t;
  int k = 0, r;
  fold->n = key->n = 0;
  while ((r = gz_next_token(s, n, &pos, &t, tmp)) == 1) {
    if (tmp->n == 0) continue;
    if (!t.ascii || ++k > FUZZY_MAX_WORDS) return 0;
    if (k > 1 && (gz_buf_add(fold, " ", 1) || gz_buf_add(key, " ", 1))) return 0;
    if (gz_buf_add(fold, tmp->p, tmp->n)) return 0;
    if (gz_phonetic_key(tmp->p, tmp->n, key) == 0) return 0;
  }
  return r == 0 && k > 0 && fold->n >= 4;
}

/* Marks the first word's key ("\1KEY") so that a text word whose key starts
 * no indexed name is dismissed before any window is built. */
static int fuzzy_mark_first(lede_gazetteer *g, const gz_buf *key) {
  size_t n = 0;
  while (n < key->n && key->p[n] != ' ') n++;
  char buf[80];
  if (n + 1 > sizeof buf) return LEDE_OK;
  buf[0] = '\1';
  memcpy(buf + 1, key->p, n);
  fslot *slot;
  if (fslot_get(g, buf, n + 1, &slot)) return LEDE_ENOMEM;
  if (slot->first) return LEDE_OK;
  uint32_t off;
  if (put_string(&g->fchars, buf, n + 1, &off)) return LEDE_ENOMEM;
  slot->key = off;
  slot->klen = (uint32_t)(n + 1);
  slot->first = UINT32_MAX;  /* a mark, not a chain */
  g->nfslots++;
  return LEDE_OK;
}

static int fuzzy_index_one(lede_gazetteer *g, uint32_t ent, const char *s, gz_buf *fold, gz_buf *key,
                           gz_buf *tmp) {
  if (!fuzzy_form(s, strlen(s), fold, key, tmp)) return LEDE_OK;
  if (fuzzy_mark_first(g, key)) return LEDE_ENOMEM;
  fslot *slot;
  if (fslot_get(g, key->p, key->n, &slot)) return LEDE_ENOMEM;
  if (!slot->first) {
    uint32_t off;
    if (put_string(&g->fchars, key->p, key->n, &off)) return LEDE_ENOMEM;
    slot->key = off;
    slot->klen = (uint32_t)key->n;
    g->nfslots++;
  } else {  /* the same folded form of the same entry is there already */
    for (uint32_t i = slot->first; i; i = g->fitems[i].next)
      if (g->fitems[i].entry == ent && g->fitems[i].flen == fold->n &&
          memcmp(g->fchars.p + g->fitems[i].folded, fold->p, fold->n) == 0)
        return LEDE_OK;
  }
  if (grow((void **)&g->fitems, &g->cfitems, g->nfitems + 2, sizeof *g->fitems)) return LEDE_ENOMEM;
  if (g->nfitems == 0) g->nfitems = 1;
  fitem *it = &g->fitems[g->nfitems];
  if (put_string(&g->fchars, fold->p, fold->n, &it->folded)) return LEDE_ENOMEM;
  it->flen = (uint32_t)fold->n;
  it->entry = ent;
  it->next = slot->first;
  slot->first = (uint32_t)g->nfitems++;
  return LEDE_OK;
}

/* Node flags; each word's first-word trie node copied into its slot, so that
 * matching skips one lookup; and the filters of the words that can start a
 * match (first words and surnames) and of the words that continue one,
 * which keep the lookups of most text words out of the big tables. */
static int build_filter(lede_gazetteer *g) {
  for (size_t k = 0; k <= g->emask; k++)
    if (g->edges[k].child) g->nodes[g->edges[k].parent].flags |= NODE_KIDS;
  for (size_t k = 0; k < g->nnodes; k++)
    if (g->nodes[k].entry >= 0 && g->entries[g->nodes[k].entry].surname) g->nodes[k].flags |= NODE_SURNAME;
  size_t nkeys = 0;
  for (size_t i = 0; i <= g->wmask; i++) {
    wslot *sl = &g->wslots[i];
    if (!sl->id) continue;
    sl->root = edge_find(g, 0, sl->id);
    if (sl->root) {
      const node *r = &g->nodes[sl->root];
      sl->entry = r->entry;
      sl->how = r->how;
      sl->flags = r->flags;
      nkeys++;
    }
  }
  for (size_t k = 0; k < g->nentries; k++) {
    uint32_t w = g->entries[k].surname;
    if (!w) continue;
    nkeys++;
    const word *x = &g->words[w - 1];
    wslot *sl = word_slot(g, g->wchars.p + x->off, x->len, x->hash, gz_le_chunk(g->wchars.p + x->off, x->len));
    if (sl) sl->flags |= WORD_SURNAME;
  }
  size_t ckeys = 0;
  for (size_t k = 0; k <= g->emask; k++) ckeys += g->edges[k].child && g->edges[k].parent;
  if (ckeys > nkeys) nkeys = ckeys;
  size_t words64 = 64;                    /* about 8 bits per key in each half */
  while (words64 * 4 < nkeys && words64 < ((size_t)1 << 26)) words64 *= 2;
  g->wbits = calloc(words64, sizeof *g->wbits);
  if (!g->wbits) return LEDE_ENOMEM;
  g->bmask = words64 - 1;
  for (size_t i = 0; i <= g->wmask; i++)
    if (g->wslots[i].id && g->wslots[i].root) filter_set(g->wbits, g->bmask, g->words[g->wslots[i].id - 1].hash, 0);
  for (size_t k = 0; k < g->nentries; k++)
    if (g->entries[k].surname) filter_set(g->wbits, g->bmask, g->words[g->entries[k].surname - 1].hash, 0);
  for (size_t k = 0; k <= g->emask; k++)
    if (g->edges[k].child && g->edges[k].parent) filter_set(g->wbits, g->bmask, g->words[g->edges[k].word - 1].hash, 1);
  return LEDE_OK;
}

/* The walking copy of the edges below the first word (see medge), placed
 * by gz_step_hash: from the hash of the first word for the edges out of a
 * first word's node (so that the word reader can start loading them), from
 * the node number further on. pbits is a Bloom filter of one bit per edge
 * (about 16 bits each): most steps that find no edge ("the" before a word
 * that continues some other name) stop there, in a table that stays in
 * the cache. */
static int build_medges(lede_gazetteer *g) {
  size_t n = 0, cap = 64, pwords = 64;
  for (size_t k = 0; k <= g->emask; k++) n += g->edges[k].child && g->edges[k].parent;
  while (cap < n + n / 2) cap *= 2;  /* at most 2/3 full: probes stay short, the table half the size */
  while (pwords * 4 < n) pwords *= 2;
  uint64_t *first = calloc(g->nnodes, sizeof *first);  /* of a first word's node: that word's hash */
  unsigned char *isroot = calloc(g->nnodes, 1);
  g->medges = big_table(cap, sizeof *g->medges);
  g->pbits = calloc(pwords, sizeof *g->pbits);
  if (!first || !isroot || !g->medges || !g->pbits) { free(first); free(isroot); return LEDE_ENOMEM; }
  g->mmask = cap - 1;
  g->pmask = pwords - 1;
  for (size_t k = 0; k <= g->emask; k++) {
    const edge *e = &g->edges[k];
    if (e->child && !e->parent) { first[e->child] = g->words[e->word - 1].hash; isroot[e->child] = 1; }
  }
  for (size_t k = 0; k <= g->emask; k++) {
    const edge *e = &g->edges[k];
    if (!e->child || !e->parent) continue;
    const word *w = &g->words[e->word - 1];
    uint64_t sh = gz_step_hash(isroot[e->parent] ? first[e->parent] : e->parent, w->hash);
    size_t i = sh & g->mmask;
    while (g->medges[i].child) i = (i + 1) & g->mmask;
    const node *c = &g->nodes[e->child];
    g->medges[i] = (medge){gz_le_chunk(g->wchars.p + w->off, w->len), word_rest(g, w), e->parent, e->child,
                           c->entry, (uint16_t)w->len, c->how, c->flags};
    g->pbits[(sh >> 20) & g->pmask] |= 1ull << (sh >> 58);
  }
  free(first);
  free(isroot);
  return LEDE_OK;
}

/* The child of node parent by the folded word w (step hash sh), or NULL. */
static const medge *medge_find(const lede_gazetteer *g, uint32_t parent, uint64_t sh, const char *w,
                               size_t n, uint64_t head) {
  if (!gz_step_maybe(g->pbits, g->pmask, sh)) return NULL;
  for (size_t i = sh & g->mmask;; i = (i + 1) & g->mmask) {
    const medge *e = &g->medges[i];
    if (!e->child) return NULL;
    if (e->parent == parent && same_word(g, w, n, head, e->len, e->head, e->rest)) return e;
  }
}

int lede_gazetteer_finish(lede_gazetteer *g) {
  if (!g) return LEDE_EINVAL;
  if (g->finished) return LEDE_OK;
  gz_buf fold = {0}, key = {0}, tmp = {0};
  int r = LEDE_OK;
  for (size_t i = 0; r == LEDE_OK && i < g->nentries; i++) {
    r = fuzzy_index_one(g, (uint32_t)i, g->chars.p + g->entries[i].name, &fold, &key, &tmp);
    for (uint32_t v = g->entries[i].vfirst; r == LEDE_OK && v; v = g->variants[v].next)
      if (g->variants[v].kind == LEDE_GZ_ALIAS)
        r = fuzzy_index_one(g, (uint32_t)i, g->chars.p + g->variants[v].str, &fold, &key, &tmp);
  }
  gz_buf_free(&fold);
  gz_buf_free(&key);
  gz_buf_free(&tmp);
  if (r) return r;
  if (!g->wslots && word_rehash(g)) return LEDE_ENOMEM;
  if (!g->edges && edge_rehash(g)) return LEDE_ENOMEM;
  if (build_filter(g) || build_medges(g)) return LEDE_ENOMEM;
  free(g->idslots);
  g->idslots = NULL;
  g->finished = 1;
  return LEDE_OK;
}

/* ---------- lookup ---------- */

long lede_gazetteer_lookup(const lede_gazetteer *g, const char *s, size_t n) {
  gz_buf fold = {0};
  gz_tok t;
  size_t pos = 0;
  uint32_t at = 0;
  int r, k = 0;
  while ((r = gz_next_token(s, n, &pos, &t, &fold)) == 1) {
    if (fold.n == 0) continue;
    uint32_t w = word_find(g, fold.p, fold.n, gz_word_hash(fold.p, fold.n), gz_le_chunk(fold.p, fold.n));
    if (!w || !(at = edge_find(g, at, w))) { k = 0; break; }
    k++;
  }
  gz_buf_free(&fold);
  if (r < 0 || k == 0) return -1;
  return g->nodes[at].entry;
}

/* ---------- matching ---------- */

typedef struct seen { uint32_t word; uint32_t entry; } seen;  /* surnames met so far */

/* A remembered fuzzy window result (state 0 empty, 1 nothing, 2 found). */
enum { MEMO_WORD = 38, MEMO_SLOTS = 512 };
typedef struct memo { char w[MEMO_WORD]; uint8_t len, state; uint32_t entry; double score; } memo;

/* Words are read in batches of BATCH ahead of matching; when fewer than
 * AHEAD are left (a name's walk looks ahead), the batch is refilled. The
 * reader marks the words that can start or continue a name and starts
 * loading their word-table slots, which at 100k names is far larger than
 * the caches: by the time the matcher gets to a word, its slot is there. */
enum { BATCH = 1024, AHEAD = 64 };
typedef struct matcher {
  const lede_gazetteer *g;
  const char *s;
  size_t n;
  const lede_gz_opts *o;
  double min_score;
  gz_words ws;                        /* the batch of words */
  /* capitalised surnames met before any full name of theirs: linked at the
   * end to the next full name with that surname (at = out->n then) */
  struct pending { size_t start, end, at; uint32_t word; long entry; } *pend;
  size_t npend, cpend;
  gz_buf tmp, wfold, wkey;
  int err;                            /* LEDE_ENOMEM met while reading ahead in a walk */
  memo *memo;                         /* one-word fuzzy results, allocated on first use */
  seen *seen; size_t nseen, cseen;
  gz_buf fseen;                      /* fuzzy-found surnames: "word\0entry(4 bytes)" */
  lede_gz_matches *out;
} matcher;

static HOT_INLINE int emit(matcher *m, size_t start, size_t end, uint32_t ent, double score, int how) {
  if (LEDE_GROW(m->out)) return LEDE_ENOMEM;
  m->out->items[m->out->n++] = (lede_gz_match){start, end, ent, score, how};
  return LEDE_OK;
}

static int remember_surname(matcher *m, uint32_t ent) {
  uint32_t w = m->g->entries[ent].surname;
  if (!w || m->o->no_backoff) return LEDE_OK;
  for (size_t i = 0; i < m->nseen; i++)
    if (m->seen[i].word == w) { m->seen[i].entry = ent; return LEDE_OK; }
  if (grow((void **)&m->seen, &m->cseen, m->nseen + 1, sizeof *m->seen)) return LEDE_ENOMEM;
  m->seen[m->nseen++] = (seen){w, ent};
  return LEDE_OK;
}

static long surname_of(const matcher *m, uint32_t w) {
  for (size_t i = m->nseen; i-- > 0;)
    if (m->seen[i].word == w) return (long)m->seen[i].entry;
  return -1;
}

/* A name does not run over a sentence end, a line break or brackets. */
static int breaks_name(const char *s, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    switch (s[i]) {
    case '.': case '!': case '?': case ';': case ':': case '\n': case '(': case ')': case '"': return 1;
    default: break;
    }
  }
  return 0;
}

/* Reads words up to index want; 0 when the text ends first. */
static int have_word(matcher *m, size_t want) {
  gz_words *ws = &m->ws;
  if (want < ws->n) return 1;
  const lede_gazetteer *g = m->g;
  /* exact matching needs only the words that pass a filter (a walk stops
   * at a gap in their numbers); fuzzy matching looks at every word */
  gz_filter f = {g->wbits, g->bmask, (const char *)g->wslots, g->wmask,
                 g->pbits, g->pmask, (const char *)g->medges, g->mmask, !m->o->fuzzy};
  int r = gz_words_read(m->s, m->n, ws, want + 1, &f);
  if (r) { m->err = r; return 0; }
  return want < ws->n;
}

static const wslot *slot_of(const matcher *m, const gz_word *w) {
  return word_slot(m->g, m->ws.fold.p + w->foff, w->flen, w->hash, w->head);
}

/* Longest trie walk from word i (slot sl). Returns the end node's entry
 * and fills *last with the index of the match's last word and *hit with
 * its node, or -1. */
static long walk(matcher *m, const wslot *sl, size_t i, size_t *last, node *hit) {
  const lede_gazetteer *g = m->g;
  node nd = {sl->entry, sl->how, sl->flags};
  uint32_t at = sl->root;
  long found = -1;
  size_t tstart = m->ws.w[i].start, prev_end = m->ws.w[i].next, prev_seq = m->ws.w[i].seq;
#define TERMINAL(nd, a, b) ((nd).entry >= 0 && (!((nd).flags & NODE_CAPS) || no_lower(m->s, (a), (b))))
  if (TERMINAL(nd, tstart, m->ws.w[i].end)) { found = nd.entry; *hit = nd; *last = i; }
  int poss = m->ws.w[i].poss;
  for (size_t j = i + 1; (nd.flags & NODE_KIDS) && !poss && have_word(m, j); j++) {
    const gz_word *u = &m->ws.w[j];
    if (u->seq != prev_seq + 1) break;  /* the next word was not kept: it continues no name */
    prev_seq = u->seq;
    if (!(u->flags & W_CONT) || breaks_name(m->s, prev_end, u->start)) break;
    prev_end = u->next;
    poss = u->poss;
    uint64_t sh = gz_step_hash(j == i + 1 ? m->ws.w[i].hash : at, u->hash);
    const medge *ce = medge_find(g, at, sh, m->ws.fold.p + u->foff, u->flen, u->head);
    if (!ce) break;
    at = ce->child;
    nd = (node){ce->entry, ce->how, ce->flags};
    if (TERMINAL(nd, tstart, u->end)) { found = nd.entry; *hit = nd; *last = j; }
  }
#undef TERMINAL
  return found;
}

/* True when only spaces and hyphens lie between two words (fuzzy windows
 * stay inside one name-like stretch). */
static int joined_by_space(const char *s, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (s[i] != ' ' && s[i] != '-') return 0;
  return b > a;
}

/* The best entry for the window of L words whose folded form and key are
 * the first flen bytes of m->wfold and klen bytes of m->wkey: 1 when it
 * scores at least min_score (and is not exact), else 0. */
static int window_score(matcher *m, int L, size_t flen, size_t klen, uint32_t *ent, double *score) {
  const lede_gazetteer *g = m->g;
  if (flen < (L == 1 ? 5u : 6u)) return 0;
  fslot *slot = fslot_find(g, m->wkey.p, klen);
  if (!slot) return 0;
  if (L == 1 && gz_common_word(m->wfold.p, flen)) return 0;
  double best = 0;
  uint32_t be = 0;
  for (uint32_t i = slot->first; i; i = g->fitems[i].next) {
    const fitem *it = &g->fitems[i];
    size_t mx = it->flen > flen ? it->flen : flen;
    double limit = (1 - m->min_score) * (double)mx;
    /* a short single word may differ by one cheap edit only ("Porto" is not "Perth") */
    if (L == 1 && mx <= 7 && limit > 0.6) limit = 0.6;
    double d = gz_name_distance(m->wfold.p, flen, g->fchars.p + it->folded, it->flen, limit);
    double sc = 1 - d / (double)mx;
    if (d <= limit && sc > best) { best = sc; be = it->entry; }
  }
  if (best >= m->min_score && best < 1) {
    *ent = be;
    *score = best;
    return 1;
  }
  return 0;
}

/* window_score remembered for the rest of the text: the same capitalised
 * words come back again and again ("Tuesday", "Officials said"), and their
 * edit distances are the bulk of fuzzy matching. The result depends on the
 * folded window alone (its key and its number of words follow from it). */
static int memo_score(matcher *m, int L, size_t flen, size_t klen, uint32_t *ent, double *score) {
  if (flen > MEMO_WORD) return window_score(m, L, flen, klen, ent, score);
  if (!m->memo && !(m->memo = calloc(MEMO_SLOTS, sizeof *m->memo)))
    return window_score(m, L, flen, klen, ent, score);
  memo *x = &m->memo[gz_hash(m->wfold.p, flen) & (MEMO_SLOTS - 1)];
  if (x->state && x->len == flen && memcmp(x->w, m->wfold.p, flen) == 0) {
    *ent = x->entry;
    *score = x->score;
    return x->state == 2;
  }
  int found = window_score(m, L, flen, klen, ent, score);
  memcpy(x->w, m->wfold.p, flen);
  x->len = (uint8_t)flen;
  x->state = (uint8_t)(found ? 2 : 1);
  x->entry = found ? *ent : 0;
  x->score = found ? *score : 0;
  return found;
}

/* Fuzzy: up to four capitalised words from t; the longest window whose
 * phonetic key is in the index and whose distance scores >= min_score wins. */
static int fuzzy_at(matcher *m, const gz_tok *t, gz_tok *last, uint32_t *ent, double *score) {
  const lede_gazetteer *g = m->g;
  gz_tok win[FUZZY_MAX_WORDS];
  size_t foldlen[FUZZY_MAX_WORDS], keylen[FUZZY_MAX_WORDS];
  int k = 0;
  m->wfold.n = m->wkey.n = 0;
  gz_tok u = *t;
  size_t pos = t->start;
  while (k < FUZZY_MAX_WORDS && gz_next_token(m->s, m->n, &pos, &u, &m->tmp) == 1) {
    if (m->tmp.n == 0) break;
    if (!u.cap || !u.ascii) break;
    if (k > 0 && !joined_by_space(m->s, win[k - 1].next, u.start)) break;
    if (k > 0 && (gz_buf_add(&m->wfold, " ", 1) || gz_buf_add(&m->wkey, " ", 1))) return LEDE_ENOMEM;
    if (gz_buf_add(&m->wfold, m->tmp.p, m->tmp.n)) return LEDE_ENOMEM;
    size_t kl = gz_phonetic_key(m->tmp.p, m->tmp.n, &m->wkey);
    if (kl == 0) break;
    if (k == 0) {  /* no indexed name starts with this word's key: done */
      char buf[80];
      if (kl + 1 > sizeof buf) return 0;
      buf[0] = '\1';
      memcpy(buf + 1, m->wkey.p, kl);
      if (!fslot_find(g, buf, kl + 1)) return 0;
    }
    win[k] = u;
    foldlen[k] = m->wfold.n;
    keylen[k] = m->wkey.n;
    k++;
    if (u.poss) break;
  }
  for (int L = k; L >= 1; L--) {
    int found = memo_score(m, L, foldlen[L - 1], keylen[L - 1], ent, score);
    if (found) {
      *last = win[L - 1];
      return 1;
    }
  }
  return 0;
}

static long fuzzy_surname(matcher *m, const char *w, size_t n) {
  size_t i = 0;
  while (i < m->fseen.n) {
    size_t len = strlen(m->fseen.p + i);
    if (len == n && memcmp(m->fseen.p + i, w, len) == 0) {
      uint32_t e;
      memcpy(&e, m->fseen.p + i + len + 1, 4);
      return e;
    }
    i += len + 5;
  }
  return -1;
}

static int remember_fuzzy_surname(matcher *m, const gz_tok *last, uint32_t ent) {
  if (!is_person(m->g->chars.p + m->g->entries[ent].type) || m->o->no_backoff) return LEDE_OK;
  gz_buf w = {0};
  size_t pos = last->start;
  gz_tok u;
  int r = gz_next_token(m->s, m->n, &pos, &u, &w);
  if (r == 1 && w.n > 0) {
    char nul = 0;
    if (gz_buf_add(&m->fseen, w.p, w.n) || gz_buf_add(&m->fseen, &nul, 1) ||
        gz_buf_add(&m->fseen, (const char *)&ent, 4))
      r = LEDE_ENOMEM;
  }
  gz_buf_free(&w);
  return r < 0 ? r : LEDE_OK;
}

/* Fuzzy matching at word i. Returns 1 with the index of the first word
 * after the match in *next, 0, LEDE_ENOMEM. */
static int fuzzy_word(matcher *m, size_t i, size_t *next) {
  const gz_word *t = &m->ws.w[i];
  long e = m->fseen.n ? fuzzy_surname(m, m->ws.fold.p + t->foff, t->flen) : -1;
  if (e >= 0) {
    if (emit(m, t->start, t->end, (uint32_t)e, 1.0, LEDE_GZ_SURNAME)) return LEDE_ENOMEM;
    *next = i + 1;
    return 1;
  }
  gz_tok tok = {t->start, t->end, t->next, t->cap, t->poss, t->ascii}, best;
  uint32_t fe;
  double sc;
  int r = fuzzy_at(m, &tok, &best, &fe, &sc);
  if (r != 1) return r;
  if (emit(m, tok.start, best.end, fe, sc, LEDE_GZ_FUZZY) || remember_surname(m, fe) ||
      remember_fuzzy_surname(m, &best, fe))
    return LEDE_ENOMEM;
  size_t j = i + 1;
  while (have_word(m, j) && m->ws.w[j].start < best.next) j++;
  *next = j;
  return m->err ? m->err : 1;
}

static int match_loop(matcher *m) {
  gz_words *ws = &m->ws;
  size_t i = 0;
  for (;;) {
    if (i + AHEAD >= ws->n && !ws->done) {  /* refill: drop what is done */
      gz_words_drop(ws, i);
      i = 0;
      have_word(m, BATCH - 1);
      if (m->err) return m->err;
    }
    size_t stop = ws->done ? ws->n : ws->n - AHEAD;
    if (i >= stop) break;
    if (!m->o->fuzzy) {  /* most words start no name: pass them in a tight loop */
      while (i < stop && !(ws->w[i].flags & W_FIRST)) i++;
      if (i == stop) continue;
    }
    const gz_word *t = &ws->w[i];
    const wslot *sl = (t->flags & W_FIRST) ? slot_of(m, t) : NULL;
    if (sl) {
      node hit = {-1, 0, 0};
      size_t last;
      long e = sl->root ? walk(m, sl, i, &last, &hit) : -1;
      if (m->err) return m->err;
      t = &ws->w[i];  /* the walk may have read more words */
      if (e >= 0) {
        if (emit(m, t->start, ws->w[last].end, (uint32_t)e, 1.0, hit.how) ||
            ((hit.flags & NODE_SURNAME) && remember_surname(m, (uint32_t)e)))
          return LEDE_ENOMEM;
        i = last + 1;
        continue;
      }
      if (t->cap && m->nseen && (e = surname_of(m, sl->id)) >= 0) {
        if (emit(m, t->start, t->end, (uint32_t)e, 1.0, LEDE_GZ_SURNAME)) return LEDE_ENOMEM;
        i++;
        continue;
      }
      if (t->cap && (sl->flags & WORD_SURNAME) && !m->o->no_backoff && !m->o->fuzzy) {
        if (grow((void **)&m->pend, &m->cpend, m->npend + 1, sizeof *m->pend)) return LEDE_ENOMEM;
        m->pend[m->npend++] = (struct pending){t->start, t->end, m->out->n, sl->id, -1};
      }
    }
    if (m->o->fuzzy && t->cap && t->ascii) {
      size_t next;
      int r = fuzzy_word(m, i, &next);
      if (r < 0) return r;
      if (r == 1) { i = next; continue; }
    }
    i++;
  }
  return m->err;
}

/* Links the surnames met before a full name ("Bayramov said ... Jeyhun
 * Bayramov") to the next full name with that surname, and merges them into
 * the matches from index base on, in text order. */
static int link_earlier_surnames(matcher *m, size_t base) {
  const lede_gazetteer *g = m->g;
  lede_gz_matches *out = m->out;
  seen *map = NULL;
  size_t nmap = 0, cmap = 0, linked = 0, j = out->n;
  for (size_t p = m->npend; p-- > 0;) {
    while (j > m->pend[p].at) {  /* the matches after this surname, nearest last */
      const lede_gz_match *it = &out->items[--j];
      uint32_t w = g->entries[it->entry].surname;
      if (!w || it->how == LEDE_GZ_SURNAME) continue;
      size_t k = 0;
      while (k < nmap && map[k].word != w) k++;
      if (k == nmap) {
        if (grow((void **)&map, &cmap, nmap + 1, sizeof *map)) { free(map); return LEDE_ENOMEM; }
        nmap++;
      }
      map[k] = (seen){w, (uint32_t)it->entry};
    }
    for (size_t k = 0; k < nmap; k++)
      if (map[k].word == m->pend[p].word) { m->pend[p].entry = map[k].entry; linked++; break; }
  }
  free(map);
  if (!linked) return LEDE_OK;
  size_t total = out->n + linked;
  lede_gz_match *items = malloc(total * sizeof *items);
  if (!items) return LEDE_ENOMEM;
  memcpy(items, out->items, base * sizeof *items);
  size_t k = base, p = 0;
  for (size_t i = base; i <= out->n; i++) {
    for (; p < m->npend && m->pend[p].at == i; p++)
      if (m->pend[p].entry >= 0)
        items[k++] = (lede_gz_match){m->pend[p].start, m->pend[p].end, (size_t)m->pend[p].entry, 1.0, LEDE_GZ_SURNAME};
    if (i < out->n) items[k++] = out->items[i];
  }
  free(out->items);
  out->items = items;
  out->n = out->cap = total;
  return LEDE_OK;
}

int lede_gazetteer_match(const lede_gazetteer *g, const char *s, size_t n,
                         const lede_gz_opts *opts, lede_gz_matches *out) {
  if (!g || (!s && n) || !out) return LEDE_EINVAL;
  if (!g->finished) return LEDE_EINVAL;
  lede_gz_opts dflt = {0};
  matcher m = {0};
  m.g = g;
  m.s = s;
  m.n = n;
  m.o = opts ? opts : &dflt;
  m.min_score = m.o->min_score > 0 ? m.o->min_score : 0.8;
  m.out = out;
  size_t base = out->n;
  int r = g->nentries ? match_loop(&m) : LEDE_OK;
  if (r == LEDE_OK && m.npend) r = link_earlier_surnames(&m, base);
  free(m.pend);
  gz_words_free(&m.ws);
  gz_buf_free(&m.tmp);
  gz_buf_free(&m.wfold);
  gz_buf_free(&m.wkey);
  free(m.memo);
  gz_buf_free(&m.fseen);
  free(m.seen);
  return r;
}

void lede_gz_matches_free(lede_gz_matches *m) {
  if (!m) return;
  free(m->items);
  m->items = NULL;
  m->n = m->cap = 0;
}
