/* reader.c -- walking a corpus: directories (recursive, sorted), single
 * files, standard input; JSON Lines read line by line, so that memory does
 * not grow with the corpus: a directory walk keeps only the stack of the
 * directories being read (each one's sorted entry names). */
#include "doc_internal.h"
#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>

typedef struct frame {
  char *path;       /* the directory, as its entries' paths start */
  char **names;     /* its entries, byte-sorted */
  size_t n, i;
  dev_t dev;
  ino_t ino;
} frame;

typedef struct frames { frame *items; size_t n, cap; } frames;

struct lede_reader {
  char *source;
  int hidden, started;
  frames stack;
  /* an open JSON Lines stream */
  FILE *fp;
  int own_fp, pending;    /* pending: line_buf holds a line not yet read */
  ssize_t pending_len;
  char *fpath;
  long line;
  long long off;
  char *line_buf;
  size_t line_cap;
  /* a JSON array being read */
  cJSON *arr, *item;
  char *apath;
  long aindex;
  lede_problems probs;    /* of the last lede_reader_next call */
  size_t count, skipped;
};

#define STDIN_NAME "stdin"

int lede_reader_open(const char *source, const lede_reader_opts *opts, lede_reader **out) {
  *out = NULL;
  if (!source) return LEDE_EINVAL;
  lede_reader *r = calloc(1, sizeof *r);
  if (!r || !(r->source = lede_strdup(source))) { free(r); return LEDE_ENOMEM; }
  r->hidden = opts ? opts->hidden : 0;
  *out = r;
  return LEDE_OK;
}

static void close_stream(lede_reader *r) {
  if (r->fp && r->own_fp) fclose(r->fp);
  r->fp = NULL;
  r->pending = 0;
  free(r->fpath);
  r->fpath = NULL;
}

static void close_array(lede_reader *r) {
  cJSON_Delete(r->arr);
  r->arr = r->item = NULL;
  free(r->apath);
  r->apath = NULL;
}

static void pop_frame(lede_reader *r) {
  frame *f = &r->stack.items[--r->stack.n];
  for (size_t i = 0; i < f->n; i++) free(f->names[i]);
  free(f->names);
  free(f->path);
}

void lede_reader_close(lede_reader *r) {
  if (!r) return;
  close_stream(r);
  close_array(r);
  while (r->stack.n) pop_frame(r);
  free(r->stack.items);
  free(r->line_buf);
  lede_problems_clear(&r->probs);
  free(r->source);
  free(r);
}

const lede_problems *lede_reader_problems(const lede_reader *r) { return &r->probs; }
size_t lede_reader_count(const lede_reader *r) { return r->count; }
size_t lede_reader_skipped(const lede_reader *r) { return r->skipped; }

/* Something was skipped: a problem not tied to a document. */
static int skip(lede_reader *r, const char *file, long line, const char *fmt, const char *a,
                const char *b) {
  r->skipped++;
  return lede_problems_add(&r->probs, file, line, -1, fmt, a, b);
}

/* ---- file kinds ---- */

enum { K_OTHER, K_TEXT, K_HTML, K_JSON, K_JSONL };

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  if (k > n) return 0;
  for (size_t i = 0; i < k; i++)
    if (lede_to_lower((unsigned char)s[n - k + i]) != suffix[i]) return 0;
  return 1;
}

static int file_kind(const char *path) {
  if (ends_with(path, ".txt") || ends_with(path, ".md")) return K_TEXT;
  if (ends_with(path, ".html") || ends_with(path, ".htm")) return K_HTML;
  if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson")) return K_JSONL;
  if (ends_with(path, ".json")) return K_JSON;
  return K_OTHER;
}

/* Reads all of fp into *buf (room for a NUL after *n bytes). 0 or errno. */
static int slurp(FILE *fp, char **buf, size_t *n) {
  struct stat st;
  size_t cap = 65536, len = 0;
  /* room for the file, its NUL and one byte more, so that the read that
   * meets the end of the file needs no doubling first */
  if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size + 2 > cap)
    cap = (size_t)st.st_size + 2;
  char *p = malloc(cap);
  if (!p) return ENOMEM;
  for (;;) {
    if (len + 1 >= cap) {
      char *q = realloc(p, cap * 2);
      if (!q) { free(p); return ENOMEM; }
      p = q, cap *= 2;
    }
    size_t got = fread(p + len, 1, cap - len - 1, fp);
    len += got;
    if (got == 0) break;
  }
  if (ferror(fp)) { int e = errno ? errno : EIO; free(p); return e; }
  *buf = p, *n = len;
  return 0;
}

/* ---- JSON ---- */

/* Line number (1-based) of byte off in s. */
static long line_of(const char *s, size_t off) {
  long line = 1;
  for (size_t i = 0; i < off; i++) line += s[i] == '\n';
  return line;
}

static int json_record(lede_reader *r, const cJSON *rec, const char *path, const char *id,
                       long line, lede_doc **doc) {
  lede_doc_meta m = {.id = id, .path = strcmp(path, STDIN_NAME) ? path : NULL, .file = path};
  char *err = NULL;
  int st = lede_document_json(rec, &m, doc, &err);
  if (st == LEDE_EPARSE) {
    st = skip(r, path, line, "%s%s", err ? err : "bad record", "");
    free(err);
    *doc = NULL;
  }
  return st;
}

/* The next record of the JSON array being read. */
static int next_item(lede_reader *r, lede_doc **doc) {
  while (r->item) {
    const cJSON *rec = r->item;
    r->item = rec->next;
    r->aindex++;
    char id[32];
    snprintf(id, sizeof id, "#%ld", r->aindex);
    char *full = lede_doc_fmt("%s%s", r->apath, id);
    if (!full) return LEDE_ENOMEM;
    int st = json_record(r, rec, r->apath, full, 0, doc);
    if (st == LEDE_OK && !*doc) {  /* say which record was skipped */
      lede_problem *p = &r->probs.items[r->probs.n - 1];
      char *msg = lede_doc_fmt("record %ld: %s", r->aindex, p->message);
      if (msg) free(p->message), p->message = msg;
    }
    free(full);
    if (st || *doc) return st;
  }
  close_array(r);
  return LEDE_END;
}

/* NUL and lone surrogate escapes of a file are reported on the first
 * document read from it. */
static int report_nuls(lede_doc *d, const char *path, size_t nuls, size_t lone) {
  if (!d) return LEDE_OK;
  return lede_json_escape_problems(&d->problems, path, 0, nuls, lone, " in the file");
}

static int read_json_file(lede_reader *r, FILE *fp, const char *path, lede_doc **doc) {
  char *buf;
  size_t n;
  int e = slurp(fp, &buf, &n);
  if (e == ENOMEM) return LEDE_ENOMEM;
  if (e) return skip(r, path, 0, "cannot read: %s%s", strerror(e), "");
  size_t lone, nuls = lede_json_unnul(buf, n, &lone);
  const char *end = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts(buf, n, &end, 0);
  if (!root) {
    size_t off = end ? (size_t)(end - buf) : 0;
    char where[64];
    snprintf(where, sizeof where, "%zu", off);
    int st = skip(r, path, line_of(buf, off), "invalid JSON at byte %s%s", where, "");
    free(buf);
    return st;
  }
  free(buf);
  if (cJSON_IsArray(root)) {
    r->arr = root;
    r->item = root->child;
    r->aindex = 0;
    if (!(r->apath = lede_strdup(path))) return LEDE_ENOMEM;
    int st = next_item(r, doc);
    if (st == LEDE_END) st = LEDE_OK;
    return st == LEDE_OK ? report_nuls(*doc, path, nuls, lone) : st;
  }
  int st = json_record(r, root, path, path, 0, doc);
  cJSON_Delete(root);
  return st == LEDE_OK ? report_nuls(*doc, path, nuls, lone) : st;
}

/* Moves the repair problems of a JSON Lines line into the document, with
 * the line number and offsets in the file. */
static int adopt_repairs(lede_doc *d, lede_problems *repairs, long line, long long off) {
  for (size_t i = 0; i < repairs->n; i++) {
    repairs->items[i].line = line;
    if (repairs->items[i].offset >= 0) repairs->items[i].offset += off;
  }
  for (size_t i = 0; i < d->problems.n; i++)
    if (d->problems.items[i].line == 0) d->problems.items[i].line = line;
  int st = lede_problems_move(repairs, &d->problems);
  d->problems = *repairs;
  *repairs = (lede_problems){0};
  return st;
}

static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) if (!lede_is_space((unsigned char)s[i])) return 0;
  return 1;
}

/* The next record of the JSON Lines stream; LEDE_END when it is exhausted. */
static int next_line(lede_reader *r, lede_doc **doc) {
  *doc = NULL;
  for (;;) {
    ssize_t len;
    if (r->pending) len = r->pending_len, r->pending = 0;
    else {
      errno = 0;
      len = getline(&r->line_buf, &r->line_cap, r->fp);
      if (len < 0) {
        int st = LEDE_OK;
        if (ferror(r->fp)) st = skip(r, r->fpath, r->line + 1, "cannot read: %s%s",
                                     strerror(errno ? errno : EIO), "");
        close_stream(r);
        return st ? st : LEDE_END;
      }
    }
    long long start = r->off;
    r->line++;
    r->off += len;
    const char *s = r->line_buf;
    size_t n = (size_t)len;
    if (r->line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) s += 3, n -= 3, start += 3;
    if (blank(s, n)) continue;
    lede_problems repairs = {0};
    char *fixed = NULL;  /* the repaired line, when it needed repair */
    size_t flen = n;
    int changed, st = LEDE_OK;
    if (!lede_utf8_clean(s, n)) {
      st = lede_utf8_repair(s, n, r->fpath, &fixed, &flen, &changed, &repairs);
      if (st) { lede_problems_clear(&repairs); return st; }
    }
    char *line = fixed ? fixed : r->line_buf + (s - r->line_buf);
    size_t lone, nuls = lede_json_unnul(line, flen, &lone);
    const char *end = NULL;
    cJSON *rec = cJSON_ParseWithLengthOpts(line, flen, &end, 0);
    if (!rec) {
      char col[32];
      snprintf(col, sizeof col, "%zu", end ? (size_t)(end - line) + 1 : (size_t)1);
      st = skip(r, r->fpath, r->line, "invalid JSON at column %s%s; record skipped", col, "");
    } else {
      while (end < line + flen && lede_is_space((unsigned char)*end)) end++;
      if (end < line + flen)
        st = skip(r, r->fpath, r->line, "text after the JSON value%s%s; record skipped", "", "");
      else {
        char *id = lede_doc_fmt("%s:%ld", r->fpath, r->line);
        st = id ? json_record(r, rec, r->fpath, id, r->line, doc) : LEDE_ENOMEM;
        free(id);
        if (st == LEDE_OK && !*doc) {
          lede_problem *p = &r->probs.items[r->probs.n - 1];
          char *msg = lede_doc_fmt("%s; record skipped", p->message);
          if (msg) free(p->message), p->message = msg;
        }
      }
      cJSON_Delete(rec);
    }
    free(fixed);
    if (st == LEDE_OK && *doc)
      st = lede_json_escape_problems(&repairs, r->fpath, r->line, nuls, lone, "");
    if (st == LEDE_OK && *doc) st = adopt_repairs(*doc, &repairs, r->line, start);
    lede_problems_clear(&repairs);
    if (st || *doc) return st;
  }
}

/* ---- files ---- */

static int read_document(lede_reader *r, FILE *fp, const char *path, int format, lede_doc **doc) {
  char *buf;
  size_t n;
  int e = slurp(fp, &buf, &n);
  if (e == ENOMEM) return LEDE_ENOMEM;
  if (e) return skip(r, path, 0, "cannot read: %s%s", strerror(e), "");
  int is_stdin = strcmp(path, STDIN_NAME) == 0;
  lede_doc_meta m = {.id = path, .path = is_stdin ? NULL : path, .file = path, .format = format};
  return lede_document_owned(buf, n, &m, doc, NULL);
}

static int open_sniffed(lede_reader *r, FILE *fp, int own, const char *name, lede_doc **doc);

static int open_file(lede_reader *r, const char *path, int kind, lede_doc **doc) {
  FILE *fp = fopen(path, "rb");
  if (!fp) return skip(r, path, 0, "cannot open: %s%s", strerror(errno), "");
  if (kind == K_OTHER) return open_sniffed(r, fp, 1, path, doc);
  if (kind == K_JSONL) {
    r->fp = fp, r->own_fp = 1, r->line = 0, r->off = 0;
    if (!(r->fpath = lede_strdup(path))) return LEDE_ENOMEM;
    int st = next_line(r, doc);
    return st == LEDE_END ? LEDE_OK : st;
  }
  int st = kind == K_JSON ? read_json_file(r, fp, path, doc)
                          : read_document(r, fp, path,
                                          kind == K_HTML ? LEDE_FORMAT_HTML
                                          : kind == K_TEXT ? LEDE_FORMAT_TEXT : LEDE_FORMAT_AUTO,
                                          doc);
  fclose(fp);
  return st;
}

/* Standard input, or a file given by a name without a known extension (a
 * pipe such as <(zcat x.jsonl.gz)): JSON Lines when the first non-blank line
 * starts with '{', else one document (HTML when it looks like HTML). */
static int open_sniffed(lede_reader *r, FILE *fp, int own, const char *name, lede_doc **doc) {
  r->fp = fp, r->own_fp = own, r->line = 0, r->off = 0;
  if (!(r->fpath = lede_strdup(name))) { if (own) fclose(fp); r->fp = NULL; return LEDE_ENOMEM; }
  size_t held = 0;  /* blank lines read before the first non-blank one */
  char *lead = NULL;
  ssize_t len;
  while ((len = getline(&r->line_buf, &r->line_cap, fp)) >= 0) {
    const char *s = r->line_buf;
    size_t i = (held == 0 && len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    while (i < (size_t)len && lede_is_space((unsigned char)s[i])) i++;
    if (i < (size_t)len) break;
    char *nl = realloc(lead, held + (size_t)len + 1);
    if (!nl) { free(lead); return LEDE_ENOMEM; }
    lead = nl;
    memcpy(lead + held, s, (size_t)len);
    held += (size_t)len;
  }
  if (len >= 0 && r->line_buf[strspn(r->line_buf, "\xEF\xBB\xBF \t\r\n")] == '{') {
    r->pending = 1, r->pending_len = len, r->off = (long long)held;
    r->line = (long)line_of(lead ? lead : "", held) - 1;
    free(lead);
    int st = next_line(r, doc);
    return st == LEDE_END ? LEDE_OK : st;
  }
  /* one text document: what was held, this line, and the rest */
  char *rest;
  size_t nrest;
  int e = slurp(fp, &rest, &nrest);
  size_t first = len > 0 ? (size_t)len : 0;
  char *buf = e ? NULL : malloc(held + first + nrest + 1);
  if (!buf) {
    free(lead);
    if (!e) free(rest);
    close_stream(r);
    return e && e != ENOMEM ? skip(r, name, 0, "cannot read: %s%s", strerror(e), "") : LEDE_ENOMEM;
  }
  if (held) memcpy(buf, lead, held);
  if (first) memcpy(buf + held, r->line_buf, first);
  memcpy(buf + held + first, rest, nrest);
  free(lead);
  free(rest);
  lede_doc_meta m = {.id = r->fpath, .path = fp == stdin ? NULL : r->fpath, .file = r->fpath};
  int st = lede_document_owned(buf, held + first + nrest, &m, doc, NULL);
  close_stream(r);
  return st;
}

/* ---- directories ---- */

static int by_bytes(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int push_dir(lede_reader *r, const char *path, const struct stat *st) {
  for (size_t i = 0; i < r->stack.n; i++) {
    if (r->stack.items[i].dev == st->st_dev && r->stack.items[i].ino == st->st_ino)
      return skip(r, path, 0, "symlink loop: the directory is already being read as %s%s",
                  r->stack.items[i].path, "");
  }
  DIR *dir = opendir(path);
  if (!dir) return skip(r, path, 0, "cannot read directory: %s%s", strerror(errno), "");
  frame f = {.dev = st->st_dev, .ino = st->st_ino};
  size_t cap = 0;
  struct dirent *e;
  int status = LEDE_OK;
  while ((e = readdir(dir))) {
    const char *nm = e->d_name;
    if (strcmp(nm, ".") == 0 || strcmp(nm, "..") == 0 || (nm[0] == '.' && !r->hidden)) continue;
    if (f.n == cap) {
      size_t nc = cap ? cap * 2 : 32;
      char **p = realloc(f.names, nc * sizeof *p);
      if (!p) { status = LEDE_ENOMEM; break; }
      f.names = p, cap = nc;
    }
    if (!(f.names[f.n] = lede_strdup(nm))) { status = LEDE_ENOMEM; break; }
    f.n++;
  }
  closedir(dir);
  size_t pl = strlen(path);
  while (pl > 1 && path[pl - 1] == '/') pl--;
  if (status == LEDE_OK && !(f.path = lede_strndup(path, pl))) status = LEDE_ENOMEM;
  if (status == LEDE_OK && LEDE_GROW(&r->stack)) status = LEDE_ENOMEM;
  if (status) {
    for (size_t i = 0; i < f.n; i++) free(f.names[i]);
    free(f.names);
    free(f.path);
    return status;
  }
  if (f.n) qsort(f.names, f.n, sizeof *f.names, by_bytes);
  r->stack.items[r->stack.n++] = f;
  return LEDE_OK;
}

/* Reads path: a directory is pushed, a file read. top: given by the caller
 * (any name is read), else found in a walk (only the known extensions). */
static int open_path(lede_reader *r, const char *path, int top, lede_doc **doc) {
  *doc = NULL;
  if (top && strcmp(path, "-") == 0) return open_sniffed(r, stdin, 0, STDIN_NAME, doc);
  struct stat st;
  if (stat(path, &st) != 0) {
    int e = errno;
    struct stat lst;
    if (e == ELOOP || (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)))
      return skip(r, path, 0, "cannot read: %s (a broken or looping symlink)%s", strerror(e), "");
    return skip(r, path, 0, "cannot read: %s%s", strerror(e), "");
  }
  if (S_ISDIR(st.st_mode)) return push_dir(r, path, &st);
  int kind = file_kind(path);
  if (!top && kind == K_OTHER) return LEDE_OK;
  if (!top && !S_ISREG(st.st_mode))
    return skip(r, path, 0, "not a regular file%s%s", "", "");
  return open_file(r, path, kind, doc);
}

static char *join_path(const char *dir, const char *name) {
  if (strcmp(dir, "/") == 0) return lede_doc_fmt("/%s", name);
  return lede_doc_fmt("%s/%s", dir, name);
}

int lede_reader_next(lede_reader *r, lede_doc **doc) {
  *doc = NULL;
  lede_problems_clear(&r->probs);
  for (;;) {
    int st = LEDE_END;
    if (r->fp) st = next_line(r, doc);
    else if (r->arr) st = next_item(r, doc);
    else if (!r->started) {
      r->started = 1;
      st = open_path(r, r->source, 1, doc);
    } else if (r->stack.n) {
      frame *f = &r->stack.items[r->stack.n - 1];
      if (f->i == f->n) { pop_frame(r); continue; }
      char *path = join_path(f->path, f->names[f->i++]);
      if (!path) return LEDE_ENOMEM;
      st = open_path(r, path, 0, doc);
      free(path);
    } else return LEDE_END;
    if (st == LEDE_OK && *doc) { r->count++; return LEDE_OK; }
    if (st != LEDE_OK && st != LEDE_END) return st;
  }
}

int lede_read_file(const char *path, lede_doc **out, char **err) {
  *out = NULL;
  *err = NULL;
  struct stat st;
  if (strcmp(path, "-") != 0) {
    if (stat(path, &st) != 0) {
      *err = lede_doc_fmt("%s: %s", path, strerror(errno));
      return *err ? LEDE_EIO : LEDE_ENOMEM;
    }
    if (S_ISDIR(st.st_mode)) {
      *err = lede_doc_fmt("%s: is a directory (lede.corpus reads a directory)", path);
      return *err ? LEDE_EIO : LEDE_ENOMEM;
    }
  }
  lede_reader *r;
  int s = lede_reader_open(path, NULL, &r);
  if (s) return s;
  lede_problems kept = {0};
  lede_doc *doc = NULL, *extra = NULL;
  s = lede_reader_next(r, &doc);
  if (s == LEDE_OK) {
    lede_problems_move(&kept, (lede_problems *)lede_reader_problems(r));
    s = lede_reader_next(r, &extra);
  }
  if (s == LEDE_OK) {
    *err = lede_doc_fmt("%s: holds more than one document (lede.corpus reads them all)", path);
    s = LEDE_EPARSE;
  } else if (s == LEDE_END && doc) {
    lede_problems_move(&kept, (lede_problems *)lede_reader_problems(r));
    s = lede_problems_move(&kept, &doc->problems);
    doc->problems = kept;
    kept = (lede_problems){0};
    *out = doc;
    doc = NULL;
  } else if (s == LEDE_END) {
    const lede_problems *p = lede_reader_problems(r);
    if (p->n && p->items[0].line > 0)
      *err = lede_doc_fmt("%s:%ld: %s", p->items[0].file, p->items[0].line, p->items[0].message);
    else if (p->n) *err = lede_doc_fmt("%s: %s", p->items[0].file, p->items[0].message);
    else *err = lede_doc_fmt("%s: holds no document", path);
    s = LEDE_EPARSE;
  }
  lede_problems_clear(&kept);
  lede_doc_free(doc);
  lede_doc_free(extra);
  lede_reader_close(r);
  return s;
}
