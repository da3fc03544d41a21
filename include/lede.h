/*
 * lede.h -- the public C API of lede, a toolkit for reading the news in bulk.
 *
 * Conventions
 *  - Every function takes text as (const char *s, size_t n): any bytes, not
 *    NUL-terminated. Invalid UTF-8 is read as Windows-1252 for that byte, NUL
 *    as a space; nothing is rejected for its encoding.
 *  - Offsets are 0-based byte offsets into the exact bytes given; a span is
 *    [start, end) (end exclusive). The Lua binding turns them into 1-based
 *    inclusive spans.
 *  - Functions return an int status: LEDE_OK (0) or a negative LEDE_E* code;
 *    lede_strerror() gives its text. Data problems carry a message in a
 *    lede_problems list (byte offset, line, message).
 *  - Result lists are owned by the caller and freed with the *_free function
 *    named next to them. Compiled objects (lede_gazetteer) are immutable and
 *    safe to share across threads once built.
 *
 * MIT licence; see LICENSE.
 */
#ifndef LEDE_H
#define LEDE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LEDE_VERSION "0.1.0"

/* ===== status codes ===== */
enum {
  LEDE_OK = 0,
  LEDE_ENOMEM = -1,   /* out of memory */
  LEDE_EINVAL = -2,   /* invalid argument (programmer mistake) */
  LEDE_EIO = -3,      /* file could not be opened or read */
  LEDE_EPARSE = -4,   /* malformed data (JSON, gazetteer line, ...) */
  LEDE_ERANGE = -5,   /* a value out of range (a date, a size) */
  LEDE_END = -6       /* an iterator has nothing more */
};

/* Static text for a status code; never NULL. */
const char *lede_strerror(int status);
/* Static version string, e.g. "0.1.0". */
const char *lede_version(void);
/* Frees memory that a lede function handed to the caller as a plain pointer. */
void lede_free(void *p);

/* ===== problems: data faults reported, not fatal ===== */
typedef struct lede_problem {
  char *file;        /* file name or NULL (owned by the list) */
  long line;         /* 1-based line, or 0 when not line-based */
  long long offset;  /* byte offset in the file or string, or -1 */
  char *message;     /* owned by the list */
} lede_problem;

typedef struct lede_problems {
  lede_problem *items;
  size_t n, cap;
} lede_problems;

/* Appends a problem (copies file and message). Returns LEDE_OK or LEDE_ENOMEM. */
int lede_problems_add(lede_problems *p, const char *file, long line, long long offset,
                      const char *fmt, ...);
/* Frees the items (not the struct itself) and resets it to empty. */
void lede_problems_clear(lede_problems *p);

/* ===== UTF-8 (core/utf8.c) ===== */
/* Decodes the code point at s[*i] (i < n) and advances *i. Invalid UTF-8
 * yields the Windows-1252 reading of one byte; NUL yields U+0020. */
int32_t lede_utf8_next(const char *s, size_t n, size_t *i);
/* Writes the UTF-8 encoding of cp into out (4 bytes room); returns its length. */
int lede_utf8_encode(int32_t cp, char *out);
/* Repairs s into valid UTF-8: invalid bytes as Windows-1252, NUL as space.
 * *out (caller frees with lede_free) is NUL-terminated; each repair is
 * reported in probs (may be NULL) with its byte offset in s, under name file.
 * Sets *changed when the output differs from the input. */
int lede_utf8_repair(const char *s, size_t n, const char *file, char **out, size_t *outlen,
                     int *changed, lede_problems *probs);

/* ===== normalization (core/normalize.c) ===== */
enum { LEDE_NFC = 0, LEDE_NFKC = 1 };
typedef struct lede_norm_opts {
  int form;   /* LEDE_NFC or LEDE_NFKC */
  int fold;   /* case-fold and strip diacritics */
  int ascii;  /* quotes, dashes, ellipses and spaces to ASCII */
  int space;  /* collapse runs of white space to one space */
} lede_norm_opts;

typedef struct lede_normalized {
  char *text;     /* NUL-terminated output, owned */
  size_t len;
  size_t *orig;   /* len+1 entries: orig[i] = offset in the input of output byte i */
} lede_normalized;

/* Normalizes s; opts may be NULL (NFC only). Free with lede_normalized_free. */
int lede_normalize(const char *s, size_t n, const lede_norm_opts *opts, lede_normalized *out);
void lede_normalized_free(lede_normalized *out);
/* The matching key of a name: NFKC, case-folded, diacritics stripped, ASCII
 * punctuation, runs of space collapsed, trimmed. *out freed with lede_free. */
int lede_fold(const char *s, size_t n, char **out, size_t *outlen);

/* ===== sentences (core/sentences.c) ===== */
typedef struct lede_span { size_t start, end; } lede_span;
typedef struct lede_spans { lede_span *items; size_t n, cap; } lede_spans;
void lede_spans_free(lede_spans *l);

int lede_sentences(const char *s, size_t n, lede_spans *out);

/* ===== boilerplate (core/boilerplate.c) ===== */
typedef struct lede_boiler {
  size_t start, end;   /* the line judged page furniture */
  const char *reason;  /* static text, e.g. "share/subscribe line" */
} lede_boiler;
typedef struct lede_boilers { lede_boiler *items; size_t n, cap; } lede_boilers;
int lede_boilerplate(const char *s, size_t n, lede_boilers *out);
void lede_boilers_free(lede_boilers *l);

/* ===== documents and corpora (core/document.c, reader.c, html.c, pubdate.c) ===== */
typedef struct lede_doc {
  char *id, *path, *outlet, *title, *url;  /* owned; NULL when unknown */
  char date[11];          /* "YYYY-MM-DD" or "" when nothing supports one */
  char *date_evidence;    /* owned; where the date came from, or NULL */
  int date_estimated;     /* 1 when inferred from the text, not metadata */
  char *text;             /* valid UTF-8, NUL-terminated, owned */
  size_t len;
  lede_problems problems;
} lede_doc;
void lede_doc_free(lede_doc *d); /* frees the fields and the struct */

/* Publication date of a text. meta_date (may be NULL) is a date from metadata
 * in any common spelling. Writes "YYYY-MM-DD" into date (11 bytes) or "" and
 * a static-or-owned description into *evidence (free with lede_free). */
int lede_pubdate(const char *s, size_t n, const char *meta_date, char date[11],
                 char **evidence, int *estimated);

/* ===== numbers (core/numbers.c) -- issue 5 ===== */

/* ===== dates (core/dates.c) -- issue 6 ===== */

/* ===== quotes (core/quotes.c) -- issue 7 ===== */

/* ===== gazetteer and entities (core/gazetteer.c, entities.c) -- issue 4 ===== */

#ifdef __cplusplus
}
#endif
#endif /* LEDE_H */
