/* fuzzy.c -- name variants: a transliteration-aware phonetic key and a
 * weighted edit distance (in the spirit of Daitch-Mokotoff and Beider-Morse:
 * letters that transliterations swap share a class, vowels and h/y drop). */
#include "gz_internal.h"

static int is_vowel(int c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
static int is_soft(int c) { return is_vowel(c) || c == 'y' || c == 'h'; }

/* The class of one letter: P (b p), F (f v w), K (k g q c before a hard
 * letter), S (s z c j x-like sibilants and affricates), T (d t), M, N, L, R;
 * 0 for vowels, h and y (dropped). */
static char letter_class(int c) {
  switch (c) {
  case 'b': case 'p': return 'P';
  case 'f': case 'v': case 'w': return 'F';
  case 'k': case 'g': case 'q': return 'K';
  case 's': case 'z': case 'c': case 'j': return 'S';
  case 'x': return 'X';
  case 'd': case 't': return 'T';
  case 'm': return 'M';
  case 'n': return 'N';
  case 'l': return 'L';
  case 'r': return 'R';
  default: return 0;
  }
}

/* Reads the class at w[*i] taking digraphs (kh gh ch sh zh th ph ts tz dz dj
 * ck tch dzh) as one sound; advances *i. */
static char next_class(const char *w, size_t n, size_t *i) {
  int c = (unsigned char)w[*i], d = *i + 1 < n ? (unsigned char)w[*i + 1] : 0;
  int e = *i + 2 < n ? (unsigned char)w[*i + 2] : 0;
  if (c == 't' && d == 'c' && e == 'h') { *i += 3; return 'S'; }
  if (c == 'd' && d == 'z' && e == 'h') { *i += 3; return 'S'; }
  if (d == 'h') {
    switch (c) {
    case 'k': case 'g': *i += 2; return 'K';
    case 'c': case 's': case 'z': *i += 2; return 'S';
    case 't': *i += 2; return 'T';
    case 'p': *i += 2; return 'F';
    default: break;
    }
  }
  if ((c == 't' && (d == 's' || d == 'z')) || (c == 'd' && (d == 'z' || d == 'j'))) { *i += 2; return 'S'; }
  if (c == 'c' && d == 'k') { *i += 2; return 'K'; }
  /* hard c (Cabul = Kabul, Corrientes = Korientes); soft c stays a sibilant */
  if (c == 'c' && (d == 'a' || d == 'o' || d == 'u' || d == 'l' || d == 'r')) { *i += 1; return 'K'; }
  *i += 1;
  return letter_class(c);
}

/* A j that is the glide y of other transliterations (Jangon, Fukujama):
 * first before a vowel, or between vowels. */
static int glide_j(const char *w, size_t n, size_t i) {
  if (w[i] != 'j' || i + 1 >= n || !is_vowel((unsigned char)w[i + 1])) return 0;
  return i == 0 || is_vowel((unsigned char)w[i - 1]);
}

size_t gz_phonetic_key(const char *w, size_t n, gz_buf *out) {
  size_t start = out->n, i = 0;
  char last = 0;
  while (i < n && (w[i] == 'y' || w[i] == 'h' || w[i] == 'w' || glide_j(w, n, i))) i++;
  if (i < n && is_vowel((unsigned char)w[i])) {
    if (gz_buf_add(out, "A", 1)) return 0;
    last = 'A';
    while (i < n && is_soft((unsigned char)w[i])) i++;
  }
  while (i < n) {
    int c = (unsigned char)w[i];
    if (c >= '0' && c <= '9') {   /* digits are kept as they are */
      char d = (char)c;
      if (gz_buf_add(out, &d, 1)) return 0;
      last = d;
      i++;
      continue;
    }
    if (c < 'a' || c > 'z') return out->n = start, 0;
    if (glide_j(w, n, i)) { i++; continue; }  /* dropped like y, without separating repeats */
    char k = next_class(w, n, &i);
    if (k == 0) { last = 0; continue; }     /* a vowel separates repeats */
    if (k == 'X') {
      if (gz_buf_add(out, "KS", 2)) return 0;
      last = 'S';
      continue;
    }
    if (k == last) continue;
    if (gz_buf_add(out, &k, 1)) return 0;
    last = k;
  }
  return out->n - start;
}

static inline double sub_cost(int a, int b) {
  if (a == b) return 0;
  if (a == ' ' || b == ' ') return 1;
  if (is_vowel(a) && is_vowel(b)) return 0.3;
  if (is_soft(a) && is_soft(b)) return 0.5;   /* a vowel for h or y */
  if ((a == 'j' && b == 'y') || (a == 'y' && b == 'j')) return 0.5;  /* Jangon, Yangon */
  if ((a == 'u' && b == 'w') || (a == 'w' && b == 'u')) return 0.5;  /* Uinipeg, Winnipeg */
  char ka = letter_class(a), kb = letter_class(b);
  if (ka && ka == kb) return 0.5;
  if ((a == 'c' && kb == 'K') || (b == 'c' && ka == 'K')) return 0.5;
  return 1;
}

/* Adding or dropping a first letter is never cheap: Armenia is not Romania.
 * A doubled letter is one sound: Otava, Misisaga, Bisau. */
static double indel_cost(const char *s, size_t at) {
  int c = (unsigned char)s[at];
  if (at == 0) return 1;
  return is_soft(c) || c == 'w' || c == (unsigned char)s[at - 1] ? 0.5 : 1;
}

double gz_name_distance(const char *a, size_t na, const char *b, size_t nb, double limit) {
  enum { MAXN = 128 };
  if (na > MAXN || nb > MAXN) return 1e9;
  /* every letter of length difference costs at least 0.5 */
  if ((na > nb ? na - nb : nb - na) * 0.5 > limit) return 1e9;
  /* first letters that differ at full cost never match */
  if (na && nb && sub_cost((unsigned char)a[0], (unsigned char)b[0]) >= 1) return 1e9;
  double row[MAXN + 1], prev[MAXN + 1], ins_b[MAXN + 1];  /* ins_b[j]: adding b[j - 1] */
  prev[0] = 0;
  for (size_t j = 1; j <= nb; j++) {
    ins_b[j] = indel_cost(b, j - 1);
    prev[j] = prev[j - 1] + ins_b[j];
  }
  for (size_t i = 1; i <= na; i++) {
    int ca = (unsigned char)a[i - 1];
    double del_a = indel_cost(a, i - 1);
    row[0] = prev[0] + del_a;
    double best = row[0];
    for (size_t j = 1; j <= nb; j++) {
      int cb = (unsigned char)b[j - 1];
      double v = prev[j - 1] + sub_cost(ca, cb);
      double del = prev[j] + del_a, ins = row[j - 1] + ins_b[j];
      if (del < v) v = del;
      if (ins < v) v = ins;
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return 1e9;
    memcpy(prev, row, (nb + 1) * sizeof *row);
  }
  return prev[nb];
}

/* Capitalised words that start sentences or make up titles: never fuzzy names. */
static const char *const common_words[] = {
  "about", "according", "across", "after", "against", "again", "also", "although", "among",
  "another", "armed", "army", "asked", "because", "before", "being", "below", "between", "both",
  "border", "breaking", "but", "called", "chairman", "chief", "city", "coordinator", "could",
  "council", "country", "court", "daily", "defence", "defense", "department", "deputy",
  "despite", "director", "during", "earlier", "eastern", "either", "emergency", "even",
  "every", "federal", "fighting", "first", "following", "foreign", "former", "forces",
  "friday", "from", "further", "general", "government", "governor", "great", "having",
  "however", "interior", "international", "island", "their", "there", "these", "they",
  "this", "those", "though", "through", "thursday", "today", "tuesday", "under", "united",
  "until", "update", "wednesday", "were", "western", "what", "when", "where", "which",
  "while", "whose", "with", "within", "without", "would", "yesterday", "latest", "later",
  "leader", "little", "major", "meanwhile", "minister", "ministry", "monday", "more",
  "most", "national", "nearly", "news", "northern", "other", "over", "people", "please",
  "police", "president", "prime", "read", "region", "related", "republic", "saturday",
  "secretary", "security", "senior", "several", "should", "since", "some", "source",
  "southern", "spokesman", "spokeswoman", "state", "states", "still", "sunday", "then",
  "january", "february", "march", "april", "june", "july", "august", "september",
  "october", "november", "december", "service", "services", "share", "subscribe",
  "statement", "talks", "treaty", "troops", "union", "video", "village", "world",
  "affairs", "agency", "alliance", "ambassador", "analysis", "attack", "attacks", "back",
  "colonel", "committee", "communications", "contact", "copyright", "democratic", "embassy",
  "europe", "office", "organization", "organisation", "parliament", "party", "photo",
  "political", "press", "program", "programme", "public", "reporting", "reports",
  "research", "speaker", "strategic", "tensions", "there", "time", "towards", "world",
  NULL};

int gz_common_word(const char *w, size_t n) {
  if (n == 0) return 0;
  /* first letters compared before anything else: most words differ there */
  for (int i = 0; common_words[i]; i++)
    if (common_words[i][0] == w[0] && strncmp(common_words[i], w, n) == 0 && common_words[i][n] == '\0')
      return 1;
  return 0;
}
