/* cues.c -- the cue verbs and phrases that attach a quotation to its speaker.
 * The list is data/cues.txt built in (tests/c/test_quotes.c checks that the
 * two agree); callers may add cues at run time (lede_quote_opts.cues). */
#include "internal.h"

/* Sorted (strcmp order), lower case, words separated by one space. */
static const char *const builtin_cues[] = {
  "according to",
  "acknowledged",
  "add",
  "added",
  "adding",
  "adds",
  "admitted",
  "alleged",
  "announced",
  "announces",
  "announcing",
  "argued",
  "argues",
  "arguing",
  "asked",
  "asks",
  "assured",
  "called",
  "called for",
  "called on",
  "calling for",
  "calling on",
  "calls for",
  "calls on",
  "cautioned",
  "claim",
  "claimed",
  "claiming",
  "claims",
  "commented",
  "complained",
  "concluded",
  "confirmed",
  "confirms",
  "contended",
  "continued",
  "criticised",
  "criticized",
  "declared",
  "declares",
  "demand",
  "demanded",
  "demanding",
  "demands",
  "denied",
  "denies",
  "described",
  "emphasise",
  "emphasised",
  "emphasises",
  "emphasising",
  "emphasize",
  "emphasized",
  "emphasizes",
  "emphasizing",
  "explained",
  "explains",
  "expressed",
  "expressing",
  "insisted",
  "insists",
  "maintained",
  "mentioned",
  "noted",
  "notes",
  "noting",
  "observed",
  "pledged",
  "pointed out",
  "posted",
  "predicted",
  "promised",
  "quoted",
  "read",
  "recalled",
  "reiterated",
  "remarked",
  "replied",
  "reported",
  "reports",
  "responded",
  "said",
  "say",
  "saying",
  "says",
  "shouted",
  "state",
  "stated",
  "states",
  "stating",
  "stressed",
  "stresses",
  "stressing",
  "suggested",
  "tell",
  "telling",
  "tells",
  "threatened",
  "told",
  "tweeted",
  "tweets",
  "underlined",
  "urge",
  "urged",
  "urges",
  "urging",
  "voiced",
  "vowed",
  "warned",
  "warning",
  "warns",
  "writes",
  "writing",
  "wrote",
};
#define NCUES (sizeof builtin_cues / sizeof builtin_cues[0])

const char *const *lede_quote_cues(size_t *count) {
  if (count) *count = NCUES;
  return builtin_cues;
}

/* Length of cue c matched at s[i] (ASCII case-insensitive, whole words), or 0. */
static size_t match_one(const char *s, size_t n, size_t i, const char *c) {
  size_t k = 0;
  for (; c[k]; k++) {
    if (i + k >= n || lede_to_lower((unsigned char)s[i + k]) != (unsigned char)c[k]) return 0;
  }
  if (i + k < n && lede_is_alpha((unsigned char)s[i + k])) return 0;
  return k;
}

size_t lede_quote_cue_at(const char *s, size_t n, size_t i, const char *const *extra, size_t nextra) {
  if (i >= n || !lede_is_alpha((unsigned char)s[i])) return 0;
  if (i > 0 && (lede_is_alpha((unsigned char)s[i - 1]) || s[i - 1] == '-')) return 0;  /* so-called */
  /* a capitalised word is a name ("Secretary of State"), except "According to" */
  if (lede_is_upper((unsigned char)s[i]) && match_one(s, n, i, "according to") == 0) return 0;
  int first = lede_to_lower((unsigned char)s[i]);
  /* binary search for the first cue starting with that letter */
  size_t lo = 0, hi = NCUES;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if ((unsigned char)builtin_cues[mid][0] < first) lo = mid + 1; else hi = mid;
  }
  size_t best = 0;
  for (size_t k = lo; k < NCUES && (unsigned char)builtin_cues[k][0] == first; k++) {
    size_t m = match_one(s, n, i, builtin_cues[k]);
    if (m > best) best = m;
  }
  for (size_t k = 0; k < nextra; k++) {
    if (!extra[k] || (unsigned char)extra[k][0] != first) continue;
    size_t m = match_one(s, n, i, extra[k]);
    if (m > best) best = m;
  }
  return best;
}
