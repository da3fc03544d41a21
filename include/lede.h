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
/* What lede_normalize builds besides the text: FLAT fills orig (len+1
 * size_t, 8 bytes per output byte); RUNS leaves orig NULL and keeps only the
 * compact runs (read with lede_normalized_orig), which costs next to nothing
 * on text that needs few changes. */
enum { LEDE_MAP_FLAT = 0, LEDE_MAP_RUNS = 1 };
typedef struct lede_norm_opts {
  int form;   /* LEDE_NFC or LEDE_NFKC */
  int fold;   /* case-fold, strip diacritics and default-ignorables (see doc/normalize.md) */
  int ascii;  /* quotes, dashes, ellipses and spaces to ASCII */
  int space;  /* collapse each run of white space to one U+0020 */
  int map;    /* LEDE_MAP_FLAT (default) or LEDE_MAP_RUNS */
} lede_norm_opts;

/* One piece of the offset map: output bytes [out, next run's out) come from
 * input offset in + (i - out) when step is 1 (a copy), or all from in when
 * step is 0 (a changed or composed character). */
typedef struct lede_norm_run {
  size_t out, in;
  int step;
} lede_norm_run;

typedef struct lede_normalized {
  char *text;          /* NUL-terminated output, owned */
  size_t len;
  size_t *orig;        /* LEDE_MAP_FLAT: len+1 entries, orig[i] = input offset of
                          output byte i, orig[len] = n; NULL with LEDE_MAP_RUNS */
  size_t n;            /* the input length */
  lede_norm_run *runs; /* the compact map, owned, in output order */
  size_t nruns, cap;
  size_t invalid, first_invalid; /* bytes of invalid UTF-8 read as Windows-1252; offset of the first */
  size_t nuls, first_nul;        /* NUL bytes read as spaces; offset of the first */
} lede_normalized;

/* Normalizes s[0..n) (any bytes: invalid UTF-8 read as Windows-1252, NUL as a
 * space); opts may be NULL (NFC, flat map). Thread-safe. *out is overwritten; free it with
 * lede_normalized_free. Returns LEDE_OK, LEDE_ENOMEM, or LEDE_EINVAL for a
 * bad form or map value. */
int lede_normalize(const char *s, size_t n, const lede_norm_opts *opts, lede_normalized *out);
/* The input offset of output byte i (0 <= i <= len; i == len gives n). */
size_t lede_normalized_orig(const lede_normalized *out, size_t i);
/* Frees what out owns and zeroes it; a zeroed struct is fine. */
void lede_normalized_free(lede_normalized *out);
/* The matching key of a name: NFKC, case-folded, diacritics stripped, ASCII
 * punctuation, runs of space collapsed, trimmed. *out (NUL-terminated) is
 * freed with lede_free. Returns LEDE_OK or LEDE_ENOMEM. */
int lede_fold(const char *s, size_t n, char **out, size_t *outlen);

/* ===== sentences (core/sentences.c) ===== */
typedef struct lede_span { size_t start, end; } lede_span;
typedef struct lede_spans { lede_span *items; size_t n, cap; } lede_spans;
/* Frees the items of a span list (not the struct) and resets it to empty. */
void lede_spans_free(lede_spans *l);

/* Appends the sentences of s to out (zero-initialized by the caller, freed
 * with lede_spans_free), in text order, each trimmed of white space. Knows
 * abbreviations, initials, closing quotes after the full stop, lines without
 * final punctuation, ellipses, decimals and domains (rules: doc/sentences.md).
 * Any bytes; linear time. Returns LEDE_OK, LEDE_ENOMEM, or LEDE_EINVAL when
 * out is NULL or s is NULL with n > 0. */
int lede_sentences(const char *s, size_t n, lede_spans *out);

/* ===== boilerplate (core/boilerplate.c) ===== */
typedef struct lede_boiler {
  size_t start, end;   /* the line judged page furniture */
  const char *reason;  /* static text, e.g. "share/subscribe line" */
} lede_boiler;
typedef struct lede_boilers { lede_boiler *items; size_t n, cap; } lede_boilers;
/* Appends the lines of s judged page furniture (share/subscribe lines,
 * "Related Articles", "Source link", "Back to top", copyright lines, comment
 * counters, image credits, embedded-tweet signatures, ...) to out, each span
 * trimmed of white space, with a static reason (list: doc/boilerplate.md).
 * The text is not changed. out is zero-initialized by the caller and freed
 * with lede_boilers_free. Any bytes; linear time. Returns LEDE_OK,
 * LEDE_ENOMEM, or LEDE_EINVAL when out is NULL or s is NULL with n > 0. */
int lede_boilerplate(const char *s, size_t n, lede_boilers *out);
/* Frees the items of the list (not the struct) and resets it to empty. */
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
  char *author;           /* owned; NULL when unknown */
} lede_doc;
void lede_doc_free(lede_doc *d); /* frees the fields and the struct; NULL is fine */

/* Publication date of a text. meta_date (may be NULL) is a date from metadata
 * in any common spelling. Writes "YYYY-MM-DD" into date (11 bytes) or "" and
 * a description into *evidence (NULL when there is nothing to say; free with
 * lede_free). *estimated is 1 when the date is inferred from dates in the text. */
int lede_pubdate(const char *s, size_t n, const char *meta_date, char date[11],
                 char **evidence, int *estimated);

/* How lede_document reads its input. AUTO: HTML when the text starts with
 * <!DOCTYPE html> or <html, else TEXT. TEXT: plain text with an optional
 * metadata header (Title:, Date:, ...). PLAIN: text as is, no header.
 * JSON: one JSON object with a "text" field. */
enum { LEDE_FORMAT_AUTO = 0, LEDE_FORMAT_TEXT, LEDE_FORMAT_PLAIN, LEDE_FORMAT_HTML, LEDE_FORMAT_JSON };

/* Metadata given by the caller; every field may be NULL. Fields found in the
 * input (header, HTML meta tags, JSON fields) take precedence over these. */
typedef struct lede_doc_meta {
  const char *id, *path, *outlet, *title, *url, *date, *author;
  int format;          /* LEDE_FORMAT_* */
  const char *file;    /* name used in problems; defaults to path, then id */
} lede_doc_meta;

/* Builds a document from s[0..n) (any bytes; repaired and reported as in
 * lede_utf8_repair). *out is freed with lede_doc_free. Returns LEDE_OK,
 * LEDE_ENOMEM, or LEDE_EPARSE for JSON that is invalid or has no "text"
 * string; then *err (if err is not NULL) is a message to free with lede_free. */
int lede_document(const char *s, size_t n, const lede_doc_meta *meta, lede_doc **out,
                  char **err);

/* A streaming corpus reader. source: a directory (read recursively, in
 * byte-sorted order, files *.txt *.md *.html *.htm *.json *.jsonl *.ndjson;
 * names starting with '.' skipped unless opts->hidden), a file of any name,
 * or "-" for standard input. Memory does not grow with the corpus. */
typedef struct lede_reader lede_reader;
typedef struct lede_reader_opts {
  int hidden;          /* also read entries whose name starts with '.' */
} lede_reader_opts;

/* opts may be NULL. A missing or unreadable source is not an error here: it
 * is reported by the first lede_reader_next. Returns LEDE_OK or LEDE_ENOMEM;
 * close *r with lede_reader_close. */
int lede_reader_open(const char *source, const lede_reader_opts *opts, lede_reader **r);
/* Next document: LEDE_OK with *doc (caller frees with lede_doc_free),
 * LEDE_END when the corpus is exhausted, LEDE_ENOMEM. */
int lede_reader_next(lede_reader *r, lede_doc **doc);
/* Problems not tied to one document (a skipped JSON record: file and line;
 * an unreadable path; a symlink loop) found by the last lede_reader_next call.
 * Each means something was skipped. Owned by the reader. */
const lede_problems *lede_reader_problems(const lede_reader *r);
/* Totals since the reader was opened: documents returned, things skipped. */
size_t lede_reader_count(const lede_reader *r);
size_t lede_reader_skipped(const lede_reader *r);
void lede_reader_close(lede_reader *r); /* NULL is fine */

/* Reads one file as one document (a .json/.jsonl file must hold exactly one
 * record). LEDE_OK with *out, or LEDE_EIO/LEDE_EPARSE with *err "path: why"
 * (free with lede_free). */
int lede_read_file(const char *path, lede_doc **out, char **err);

/* ===== numbers (core/numbers.c) -- issue 5 ===== */
/* A stated quantity: "at least 49", "nearly fifty", "$1.2bn", "six-week".
 * The span [start, end) covers the qualifier, the number, a currency sign,
 * a percent sign/word and a duration unit; the counted noun lies outside it. */
typedef enum lede_num_op {
  LEDE_OP_EQ, LEDE_OP_APPROX, LEDE_OP_GT, LEDE_OP_GE, LEDE_OP_LT, LEDE_OP_LE, LEDE_OP_RANGE
} lede_num_op;
typedef enum lede_num_kind {
  LEDE_NUM_CARDINAL, LEDE_NUM_ORDINAL, LEDE_NUM_PERCENT, LEDE_NUM_MONEY, LEDE_NUM_YEAR,
  LEDE_NUM_DATE, LEDE_NUM_DURATION, LEDE_NUM_VAGUE, LEDE_NUM_FRACTION
} lede_num_kind;
enum {
  LEDE_NUM_HAS_VALUE = 1, /* value is set (not for "dozens", "many", "09:00") */
  LEDE_NUM_HAS_MIN = 2,   /* min is set (inclusive lower bound) */
  LEDE_NUM_HAS_MAX = 4,   /* max is set (inclusive upper bound) */
  LEDE_NUM_APPROX = 8,    /* a hedge ("about", "nearly") or a vague quantity */
  LEDE_NUM_INEXACT = 16   /* |value| > 2^53 (the double is rounded) or not finite */
};
typedef struct lede_number {
  size_t start, end;             /* the whole expression */
  double value, min, max;        /* see flags */
  unsigned flags;
  lede_num_op op;
  lede_num_kind kind;
  size_t noun_start, noun_end;   /* head noun counted ("soldiers"); empty when none */
  size_t np_start, np_end;       /* noun phrase: modifiers + head ("Armenian soldiers") */
  size_t of_start, of_end;       /* the words after "of" ("its soldiers", "the Army") */
  char currency[4];              /* ISO 4217 code for kind money ("USD"), else "" */
  char duration[16];             /* TIMEX3 value for kind duration ("P6W"), else "" */
} lede_number;
typedef struct lede_number_list { lede_number *items; size_t n, cap; } lede_number_list;

/* Finds the quantities in s in text order, appending them to out (which the
 * caller zero-initializes and frees with lede_numbers_free). Any bytes are
 * accepted; time is linear in n. Returns LEDE_OK or LEDE_ENOMEM. */
int lede_numbers(const char *s, size_t n, lede_number_list *out);
void lede_numbers_free(lede_number_list *l);
/* Static names: "=", "~", ">", ">=", "<", "<=", "range" and "cardinal", ... */
const char *lede_num_op_name(lede_num_op op);
const char *lede_num_kind_name(lede_num_kind kind);

/* ===== dates (core/dates.c) -- issue 6 ===== */
/* TIMEX3 types of a temporal expression. */
enum { LEDE_TIMEX_DATE = 0, LEDE_TIMEX_TIME = 1, LEDE_TIMEX_DURATION = 2, LEDE_TIMEX_SET = 3 };
/* Order of numeric dates such as 3/4/2022. AUTO decides from the other dates
 * of the same text and flags the record ambiguous when nothing decides. */
enum { LEDE_ORDER_AUTO = 0, LEDE_ORDER_MDY = 1, LEDE_ORDER_DMY = 2 };

typedef struct lede_date_opts {
  const char *ref;  /* "YYYY-MM-DD" anchoring relative expressions, or NULL */
  const char *tz;   /* default zone given to times that state none, or NULL */
  int order;        /* LEDE_ORDER_* */
  int ref_estimated;/* 1: ref is only a lower bound of the article's date (the latest
                       date it mentions); a weekday may then resolve up to 2 days after it */
} lede_date_opts;

typedef struct lede_date {
  size_t start, end;          /* the expression, [start, end) */
  int type;                   /* LEDE_TIMEX_* */
  char value[32];             /* TIMEX3 value: "2022-09-13", "P6W", "PRESENT_REF", ... */
  char tz[40];                /* IANA zone, "UTC" or "+04:00"; "" when none is known */
  size_t zone_start, zone_end;/* words naming the zone; zone_start == zone_end when none */
  const char *mod;            /* static TIMEX3 mod ("START", "APPROX", ...) or NULL */
  int ambiguous;              /* 1 when a numeric date's order was not decided */
  int range;                  /* 0; 1 first and 2 second end of "between X and Y" */
} lede_date;
typedef struct lede_date_list { lede_date *items; size_t n, cap; } lede_date_list;

/* Checks a reference date "YYYY-MM-DD" (a real calendar day, year 1..9999).
 * Returns LEDE_OK and the parts, or LEDE_EINVAL. */
int lede_date_parse_ref(const char *ref, int *y, int *m, int *d);
/* Finds the temporal expressions of s in text order (opts may be NULL) and
 * appends them to out (zero-initialized by the caller, who owns it). Returns
 * LEDE_OK, LEDE_EINVAL for an invalid opts->ref or an opts->tz of 40 bytes or
 * more, or LEDE_ENOMEM. Linear in n; see doc/dates.md for the rules. */
int lede_dates(const char *s, size_t n, const lede_date_opts *opts, lede_date_list *out);
/* Frees the items (not the struct itself) and resets the list to empty. */
void lede_date_list_free(lede_date_list *l);

/* ===== quotes (core/quotes.c) -- issue 7 ===== */
/* Kinds of quotation. SCARE: a short quoted fragment with no cue in its
 * sentence, or after "so-called", "dubbed", ... (kept only on request). */
enum { LEDE_QUOTE_DIRECT = 0, LEDE_QUOTE_PARTIAL = 1, LEDE_QUOTE_INDIRECT = 2, LEDE_QUOTE_SCARE = 3 };
/* Flags of a quotation. */
enum {
  LEDE_QF_NO_OPEN = 1,    /* no opening mark: recovered from the closing mark and a cue */
  LEDE_QF_NO_CLOSE = 2,   /* no closing mark: runs to the end of its paragraph */
  LEDE_QF_CONTINUES = 4,  /* goes on in the next paragraph (opening mark repeated) */
  LEDE_QF_CONTINUED = 8,  /* goes on from the previous paragraph */
  LEDE_QF_SHARED_CUE = 16 /* no cue of its own: shares the cue of the quote before it */
};
/* Where the cue is: none, before the quoted words, after them. */
enum { LEDE_CUE_NONE = 0, LEDE_CUE_BEFORE = 1, LEDE_CUE_AFTER = 2 };
#define LEDE_NO_POS ((size_t)-1)

typedef struct lede_quote {
  size_t start, end;            /* the quoted words, without the marks (and without a final comma) */
  size_t mark_start, mark_end;  /* from the opening mark to past the closing mark (= start/end where missing) */
  size_t sent_start, sent_end;  /* the sentence the quotation sits in */
  size_t cue_start, cue_end;    /* the cue verb or phrase, or LEDE_NO_POS */
  int kind;                     /* LEDE_QUOTE_* */
  int flags;                    /* LEDE_QF_* */
  int cue_side;                 /* LEDE_CUE_* */
} lede_quote;
typedef struct lede_quotes { lede_quote *items; size_t n, cap; } lede_quotes;

typedef struct lede_quote_opts {
  int indirect;               /* also find indirect speech ("X said that ...") */
  int scare;                  /* keep scare quotes and titles (kind LEDE_QUOTE_SCARE) */
  const char *const *cues;    /* extra cue phrases (lower case, single spaces), or NULL */
  size_t ncues;
} lede_quote_opts;

/* Finds quotations in s, in text order; opts may be NULL. Linear in n.
 * Appends to *out (zero it first); free with lede_quotes_free. */
int lede_quotes_find(const char *s, size_t n, const lede_quote_opts *opts, lede_quotes *out);
void lede_quotes_free(lede_quotes *l);
/* The built-in cue list (static, sorted; same as data/cues.txt). */
const char *const *lede_quote_cues(size_t *count);
/* Length of the cue phrase starting at s[i] (a word start), or 0; extra cues as in opts. */
size_t lede_quote_cue_at(const char *s, size_t n, size_t i, const char *const *extra, size_t nextra);

/* ===== gazetteer and entities (core/gazetteer.c, entities.c) -- issue 4 ===== */
/* A gazetteer is built with lede_gazetteer_new, filled with _add/_load, then
 * sealed with lede_gazetteer_finish; after that it is immutable and may be
 * shared by threads (matching allocates only its own scratch). */
typedef struct lede_gazetteer lede_gazetteer;

enum { LEDE_GZ_NAME = 0, LEDE_GZ_ALIAS = 1, LEDE_GZ_DEMONYM = 2,
       LEDE_GZ_SURNAME = 3, LEDE_GZ_FUZZY = 4 };  /* how a match was made */

/* New empty gazetteer (free with lede_gazetteer_free). */
int lede_gazetteer_new(lede_gazetteer **out);
void lede_gazetteer_free(lede_gazetteer *g);
/* Adds one entry (strings copied; aliases/demonyms may be NULL). A repeated id
 * merges the names into the first entry and is reported; empty names, names
 * of more than 64 words and invalid UTF-8 (repaired) are reported in probs
 * under file:line (file may be NULL). Returns LEDE_OK, LEDE_EPARSE (entry
 * skipped, reported) or LEDE_ENOMEM. */
int lede_gazetteer_add(lede_gazetteer *g, const char *id, const char *type, const char *name,
                       const char *const *aliases, size_t naliases,
                       const char *const *demonyms, size_t ndemonyms,
                       const char *file, long line, lede_problems *probs);
/* Loads a file: .tsv (id, type, name, aliases|..., demonyms|...; or a header
 * naming the columns, as GeoNames-derived tables), .json (array of objects),
 * .jsonl, GeoNames dumps (cities*.txt, allCountries.txt). Malformed lines are
 * reported with file:line and skipped. Returns LEDE_OK, LEDE_EIO (unreadable)
 * or LEDE_ENOMEM; *added counts the entries taken (may be NULL). */
int lede_gazetteer_load(lede_gazetteer *g, const char *path, size_t *added, lede_problems *probs);
/* Seals the gazetteer (builds the fuzzy index). */
int lede_gazetteer_finish(lede_gazetteer *g);
size_t lede_gazetteer_size(const lede_gazetteer *g);

/* An entry's fields; the pointers live as long as the gazetteer. */
typedef struct lede_gz_entry {
  const char *id, *type, *name;
  size_t naliases, ndemonyms;
} lede_gz_entry;
int lede_gazetteer_entry(const lede_gazetteer *g, size_t i, lede_gz_entry *e);
/* The k-th alias (demonym=0) or demonym (demonym=1) of entry i, or NULL. */
const char *lede_gazetteer_variant(const lede_gazetteer *g, size_t i, int demonym, size_t k);
/* Entry index of a name, alias or demonym (folded comparison), or -1. */
long lede_gazetteer_lookup(const lede_gazetteer *g, const char *s, size_t n);

typedef struct lede_gz_match {
  size_t start, end;   /* span of the name in the text (no possessive ending) */
  size_t entry;        /* entry index */
  double score;        /* 1 exact; < 1 fuzzy */
  int how;             /* LEDE_GZ_NAME ... LEDE_GZ_FUZZY */
} lede_gz_match;
typedef struct lede_gz_matches { lede_gz_match *items; size_t n, cap; } lede_gz_matches;
void lede_gz_matches_free(lede_gz_matches *m);

typedef struct lede_gz_opts {
  int fuzzy;         /* also misspelled / re-transliterated names */
  double min_score;  /* fuzzy threshold (0: default 0.8) */
  int no_backoff;    /* do not link surnames alone to earlier full names */
} lede_gz_opts;
/* Whole-word, case- and diacritic-insensitive, leftmost-longest matches in
 * text order; opts may be NULL. Appends to out (caller frees). Returns
 * LEDE_OK, LEDE_ENOMEM, LEDE_EINVAL (g not finished). */
int lede_gazetteer_match(const lede_gazetteer *g, const char *s, size_t n,
                         const lede_gz_opts *opts, lede_gz_matches *out);

/* Entity discovery: capitalised name sequences with titles and types. */
enum { LEDE_ENT_PERSON = 0, LEDE_ENT_PLACE = 1, LEDE_ENT_ORG = 2, LEDE_ENT_GROUP = 3 };
typedef struct lede_entity {
  size_t start, end;              /* the name alone */
  size_t title_start, title_end;  /* title/role before it; equal when none */
  int type;                       /* LEDE_ENT_* */
  long entry;                     /* gazetteer entry index, or -1 */
} lede_entity;
typedef struct lede_entities { lede_entity *items; size_t n, cap; } lede_entities;
void lede_entities_free(lede_entities *l);
/* Static name of a LEDE_ENT_* type ("person", "place", "org", "group"). */
const char *lede_entity_type_name(int type);
/* Finds names in s; g (may be NULL) resolves and types them. Appends to out. */
int lede_entities_find(const char *s, size_t n, const lede_gazetteer *g, lede_entities *out);

#ifdef __cplusplus
}
#endif
#endif /* LEDE_H */
