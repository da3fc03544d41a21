/* doc_internal.h -- shared by document.c, reader.c, html.c and pubdate.c;
 * not part of the API. */
#ifndef LEDE_DOC_INTERNAL_H
#define LEDE_DOC_INTERNAL_H

#include "internal.h"

/* The text of an HTML page and the metadata found in its head. */
typedef struct lede_html {
  char *text;                 /* NUL-terminated, owned */
  size_t len;
  char *title, *date, *outlet, *url, *author;  /* owned or NULL */
  const char *date_field;     /* static: the meta tag that gave date */
} lede_html;

/* s must be valid UTF-8 (entities may add any code point). */
int lede_html_to_text(const char *s, size_t n, lede_html *out);
void lede_html_free(lede_html *h);
/* True when s starts (after white space and a BOM) with <!DOCTYPE html or <html. */
int lede_looks_like_html(const char *s, size_t n);

/* lede_pubdate with the name of the metadata field that gave meta_date,
 * used in the evidence ("metadata field Date: '2025-03-12'"). */
int lede_pubdate_field(const char *s, size_t n, const char *meta_date, const char *field,
                       char date[11], char **evidence, int *estimated);

/* Builds a document that takes ownership of buf (malloc'ed, n bytes plus
 * room for a NUL); buf is freed on failure too. Otherwise as lede_document. */
int lede_document_owned(char *buf, size_t n, const lede_doc_meta *meta, lede_doc **out,
                        char **err);

struct cJSON;
/* A document from one parsed JSON record (an object with a "text" string). */
int lede_document_json(const struct cJSON *rec, const lede_doc_meta *meta, lede_doc **out,
                       char **err);

/* True when s is valid UTF-8 without NUL bytes (nothing to repair). */
int lede_utf8_clean(const char *s, size_t n);

/* Rewrites each JSON escape \u0000 in s[0..n) as \u0020 (a NUL would end
 * cJSON's C string and lose the rest of the text), and each lone surrogate
 * escape (\uD800-\uDFFF not in a pair, which cJSON rejects with the whole
 * record) as \uFFFD; returns how many NULs, *lone (may be NULL) how many
 * surrogates. The text keeps its length. */
size_t lede_json_unnul(char *s, size_t n, size_t *lone);
/* Reports what lede_json_unnul rewrote, as problems of file (and line);
 * where is "" or, e.g., " in the file". */
int lede_json_escape_problems(lede_problems *p, const char *file, long line, size_t nuls,
                              size_t lone, const char *where);

/* Appends the items of src to dst (ownership moves); src ends empty. */
int lede_problems_move(lede_problems *dst, lede_problems *src);

/* snprintf into a fresh malloc'ed string; NULL on ENOMEM. */
char *lede_doc_fmt(const char *fmt, ...);

#endif
