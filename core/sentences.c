/* sentences.c -- sentence spans in news text.
 *
 * One pass over the bytes. A sentence opens at its first non-space byte and
 * closes:
 *  - after a run of terminators (. ? ! … ...) and the closing quotes and
 *    brackets right after it, when the next word does not continue the
 *    sentence (see ends_at_terminator: abbreviations, initials, ellipses);
 *  - at a blank line, always;
 *  - at a single line break, unless the line ends with a comma or semicolon
 *    or the next line starts with a lower-case letter (hard-wrapped text):
 *    headlines, datelines and section heads have no final punctuation.
 * Spans are trimmed of white space (ASCII, NUL, U+00A0). Every decision
 * looks at a bounded number of bytes around the current position, so the
 * whole scan is linear. Invalid UTF-8 never matches a multi-byte mark and
 * is otherwise just a non-space byte. */
#include "internal.h"
#include <utf8proc.h>

static int push_span(lede_spans *out, size_t start, size_t end) {
  if (LEDE_GROW(out)) return LEDE_ENOMEM;
  out->items[out->n].start = start;
  out->items[out->n].end = end;
  out->n++;
  return LEDE_OK;
}

/* Length of the white space at s[i] (0 if none): ASCII space, NUL, U+00A0. */
static size_t space_len(const char *s, size_t n, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c == 0 || lede_is_space(c)) return 1;
  if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) return 2;
  return 0;
}

/* A line break at s[i]: "\n", or "\r" not followed by "\n". */
static int is_newline(const char *s, size_t n, size_t i) {
  return s[i] == '\n' || (s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n'));
}

static int bytes3(const char *s, size_t n, size_t i, int b1, int b2) {
  return i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == b1 &&
         (unsigned char)s[i + 2] == b2;
}

/* Length of a terminator at s[i]: . ? ! (1 byte) or … U+2026 (3 bytes). */
static size_t term_len(const char *s, size_t n, size_t i) {
  char c = s[i];
  if (c == '.' || c == '?' || c == '!') return 1;
  if (bytes3(s, n, i, 0x80, 0xA6)) return 3;
  return 0;
}

/* Length of a closing mark at s[i]: ” ’ » " ' ) ] }. */
static size_t closer_len(const char *s, size_t n, size_t i) {
  char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return 1;
  if (bytes3(s, n, i, 0x80, 0x9D) || bytes3(s, n, i, 0x80, 0x99)) return 3;
  if ((unsigned char)c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xBB) return 2;
  return 0;
}

/* Length of an opening mark at s[i]: “ ‘ « " ' ( [. */
static size_t opener_len(const char *s, size_t n, size_t i) {
  char c = s[i];
  if (c == '"' || c == '\'' || c == '(' || c == '[') return 1;
  if (bytes3(s, n, i, 0x80, 0x9C) || bytes3(s, n, i, 0x80, 0x98)) return 3;
  if ((unsigned char)c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xAB) return 2;
  return 0;
}

/* Letter case of the character at s[i]: 1 upper (or title), -1 lower, 0 other. */
static int letter_case(const char *s, size_t n, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) return lede_is_upper(c) ? 1 : lede_is_lower(c) ? -1 : 0;
  size_t j = i;
  int32_t cp = lede_utf8_next(s, n, &j);
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return 1;
  case UTF8PROC_CATEGORY_LL: return -1;
  default: return 0;
  }
}

/* Skips opening marks at s[i]. */
static size_t skip_openers(const char *s, size_t n, size_t i) {
  size_t k;
  while (i < n && (k = opener_len(s, n, i)) > 0) i += k;
  return i;
}

static int in_list(const char *w, size_t len, const char *const *list) {
  for (; *list; list++)
    if (strlen(*list) == len && memcmp(*list, w, len) == 0) return 1;
  return 0;
}

/* Abbreviations that never end a sentence (titles before a name, Latin). */
static const char *const never_end[] = {
  "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl",
  "Adm", "Brig", "Cmdr", "Gov", "Sen", "Rep", "Pres", "Rev", "Hon", "Amb", "Supt", "Insp",
  "Gens", "Sens", "Reps", "Drs", "vs", "approx", "cf", "viz", "e.g", "i.e",
  "E.g", "I.e", NULL};
/* Abbreviations that do not end a sentence before a number (Sept. 2019, No. 5). */
static const char *const before_number[] = {
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "No", "Nos", "Nr", "Art", "Vol", "Fig", "p", "pp", "ch", "para", NULL};
/* Abbreviations that end a sentence only before a word that usually opens
 * one ("in the U.S. The ..."), not before a name ("U.S. State Department"). */
static const char *const maybe_end[] = {
  "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Bros", "Plc", "St", "Mt", "Ft", "Sq", "Ave", "Rd",
  /* US states in datelines: "INDEPENDENCE, Mo. (AP)" */
  "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
  "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
  "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo", NULL};
/* Words that usually open a sentence. */
static const char *const openers[] = {
  "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We",
  "I", "You", "His", "Her", "Their", "Our", "My", "There", "Here", "In", "On", "At", "By",
  "For", "From", "With", "But", "And", "Or", "So", "Yet", "If", "As", "When", "While",
  "After", "Before", "Since", "Meanwhile", "However", "Some", "Many", "Most", "No", "Not",
  "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Both",
  "Each", "All", "According", "Asked", "What", "Who", "Why", "How", "Where", "Earlier",
  "Later", "Also", "Still", "Then", "Now", "Officials", NULL};

/* The word that starts at s[i] is one of openers[]. */
static int next_word_opens(const char *s, size_t n, size_t i) {
  size_t j = i;
  while (j < n && j - i < 16 && lede_is_alpha((unsigned char)s[j])) j++;
  if (j < n && lede_is_alnum((unsigned char)s[j])) return 0;
  return j > i && in_list(s + i, j - i, openers);
}

/* A word made of short parts joined by dots: U.S, e.g, a.m, Ph.D. */
static int is_dotted(const char *w, size_t len) {
  size_t part = 0;
  int dots = 0;
  for (size_t i = 0; i < len; i++) {
    if (w[i] == '.') {
      if (part == 0) return 0;
      dots++;
      part = 0;
    } else if (++part > 2) {
      return 0;
    }
  }
  return dots > 0 && part > 0;
}

/* Decides whether the single full stop at s[dot] ends the sentence; m is
 * the next non-space byte after it (m < n). */
static int full_stop_ends(const char *s, size_t n, size_t dot, size_t m, int list_number) {
  size_t w = dot;
  while (w > 0 && dot - w < 24 && (lede_is_alpha((unsigned char)s[w - 1]) || s[w - 1] == '.')) w--;
  while (w < dot && s[w] == '.') w++;
  size_t len = dot - w;
  if (len == 0) return !list_number;            /* "in 2019." or "said)."; not "1. " */
  if (w > 0 && (lede_is_digit((unsigned char)s[w - 1]) || (unsigned char)s[w - 1] >= 0x80))
    return 1;                                   /* part of a longer token */
  const char *word = s + w;
  int digit_next = lede_is_digit((unsigned char)s[m]);
  if (in_list(word, len, never_end)) return 0;
  if (in_list(word, len, before_number)) return !digit_next;
  size_t a = skip_openers(s, n, m);
  int quote_next = a > m && s[m] != '(' && s[m] != '[';  /* a quotation, not "(GMT+4)" */
  /* an initial: "John F. Kennedy" */
  if (len == 1 && lede_is_upper((unsigned char)word[0]))
    return quote_next || (a < n && next_word_opens(s, n, a));
  if (is_dotted(word, len) || in_list(word, len, maybe_end))
    return quote_next || (a < n && next_word_opens(s, n, a));
  return 1;
}

/* A link starts at s[m]: it is not the rest of the sentence before it. */
static int starts_link(const char *s, size_t n, size_t m) {
  static const char *const prefixes[] = {"http://", "https://", "www.", "pic.twitter.com/", NULL};
  for (const char *const *p = prefixes; *p; p++) {
    size_t len = strlen(*p);
    if (n - m >= len && memcmp(s + m, *p, len) == 0) return 1;
  }
  return 0;
}

/* Decides whether a run of terminators s[t..j) followed by closing marks up
 * to k ends the sentence. */
static int ends_at_terminator(const char *s, size_t n, size_t start, size_t t, size_t j, size_t k) {
  if (k >= n) return 1;
  int closed = k > j;
  size_t sp = space_len(s, n, k);
  if (sp == 0)  /* "Archyde.com", "1.5", "U.S.-led"; but "said.”The" ends */
    return closed && letter_case(s, n, k) > 0;
  size_t m = k;
  int broken = 0;  /* the gap holds a line break */
  while (m < n && (sp = space_len(s, n, m)) > 0) {
    broken |= is_newline(s, n, m);
    m += sp;
  }
  if (m >= n || starts_link(s, n, m)) return 1;
  /* "e.g. the", "“Why?” he asked"; but a lower-case line after a full
   * stop is a new line of its own (a section head like "ceasefire"). */
  if (letter_case(s, n, m) < 0 && !broken) return 0;
  int ellipsis = (j - t) > 1 && memchr(s + t, '?', j - t) == NULL && memchr(s + t, '!', j - t) == NULL;
  if (ellipsis) {
    size_t a = skip_openers(s, n, m);
    return a < n && letter_case(s, n, a) > 0;
  }
  if (s[t] != '.' || closed) return 1;
  /* "1. Keldoria" at the head of a sentence: an item number, not a sentence */
  int list_number = t > start && t - start <= 2;
  for (size_t q = start; list_number && q < t; q++) list_number = lede_is_digit((unsigned char)s[q]);
  return full_stop_ends(s, n, t, m, list_number);
}

/* At a line break s[i] with an open sentence whose last non-space byte is
 * s[last-1]: does the sentence go on on the next line? */
static int continues_on_next_line(const char *s, size_t n, size_t i, size_t last) {
  size_t m = i + 1;
  if (s[i] == '\r' && m < n && s[m] == '\n') m++;
  size_t sp;
  while (m < n && !is_newline(s, n, m) && (sp = space_len(s, n, m)) > 0) m += sp;
  if (m >= n || is_newline(s, n, m)) return 0;  /* blank line or end */
  char p = s[last - 1];
  if (p == ',' || p == ';') return 1;
  return letter_case(s, n, m) < 0;
}

/* Bytes that may start white space, a line break or a terminator. */
static const unsigned char special[256] = {
  [0] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
  ['.'] = 1, ['?'] = 1, ['!'] = 1, [0xC2] = 1, [0xE2] = 1};

int lede_sentences(const char *s, size_t n, lede_spans *out) {
  if (!out || (!s && n)) return LEDE_EINVAL;
  const size_t none = (size_t)-1;
  size_t start = none, last = 0, i = 0;
  while (i < n) {
    if (is_newline(s, n, i)) {
      if (start != none && !continues_on_next_line(s, n, i, last)) {
        if (push_span(out, start, last)) return LEDE_ENOMEM;
        start = none;
      }
      i++;
      continue;
    }
    size_t sp = space_len(s, n, i);
    if (sp) { i += sp; continue; }
    if (start == none) start = i;
    size_t tl = term_len(s, n, i);
    if (!tl) {
      /* fast path: letters, digits and most punctuation decide nothing */
      i++;
      while (i < n && !special[(unsigned char)s[i]]) i++;
      last = i;
      continue;
    }
    size_t j = i + tl, k, cl;
    while (j < n && (tl = term_len(s, n, j)) > 0) j += tl;
    k = j;
    /* closing marks, and terminators after them: “(over.)”. */
    while (k < n && ((cl = closer_len(s, n, k)) > 0 || (cl = term_len(s, n, k)) > 0)) k += cl;
    int ends = ends_at_terminator(s, n, start, i, j, k);
    last = k;
    i = k;
    if (ends) {
      if (push_span(out, start, last)) return LEDE_ENOMEM;
      start = none;
    }
  }
  if (start != none && push_span(out, start, last)) return LEDE_ENOMEM;
  return LEDE_OK;
}
