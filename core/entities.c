/* entities.c -- discovery of names: runs of capitalised words (with
 * connectors such as "of" inside organisation names), a title or role split
 * off the front ("Turkish Foreign Minister" | "Mevlut Cavusoglu"), common
 * words at the start of a sentence dropped, and a type from cues: titles,
 * organisation and place words, prepositions, surnames met before, and the
 * gazetteer when one is given. */
#include "gz_internal.h"

#define MAX_RUN 16
#define SURNAME_WINDOW 512

typedef struct etok {
  size_t start, end, next;
  uint32_t foff, flen;      /* folded form in the folds buffer */
  uint8_t cap, poss, initial, joined, allcaps, newline_before;
} etok;

typedef struct ectx {
  const char *s;
  size_t n;
  etok *t; size_t nt, ct;
  gz_buf folds;
  const lede_gazetteer *g;
  lede_gz_matches gm;
  lede_entities *out;
  size_t *lower; size_t nlower;  /* hash set of lower-case words (token index + 1), nlower a power of 2 */
} ectx;

/* ---------- word lists (folded) ---------- */

static const char *const w_common[] = {
  "a", "about", "according", "after", "again", "against", "all", "also", "although", "among", "an",
  "and", "another", "any", "are", "around", "as", "asked", "at", "back", "be", "because", "before",
  "being", "between", "both", "but", "by", "can", "click", "could", "credit", "despite", "did", "do",
  "during", "each", "earlier", "either", "even", "every", "few", "following", "for", "from", "further",
  "had", "has", "have", "he", "her", "here", "his", "how", "however", "i", "if", "in", "instead",
  "into", "is", "it", "its", "just", "last", "later", "leave", "less", "many", "may", "meanwhile",
  "more", "most", "much", "my", "near", "nearly", "next", "no", "nor", "not", "now", "of", "on",
  "once", "one", "only", "or", "other", "our", "over", "read", "related", "several", "she", "should",
  "since", "so", "some", "still", "such", "than", "that", "the", "their", "them", "then", "there",
  "these", "they", "this", "those", "though", "through", "thus", "to", "today", "tomorrow", "two",
  "three", "four", "five", "six", "seven", "eight", "nine", "ten", "fifty", "forty", "thirty",
  "twenty", "hundreds", "thousands", "dozens", "under", "unlike", "until", "up", "upon", "us",
  "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
  "why", "will", "with", "within", "without", "would", "yesterday", "yet", "you", "your", "source",
  "update", "breaking", "video", "photo", "watch", "share", "subscribe", "copyright", "image",
  "map", "exit", "enter", "advertisement", "latest", "live", "top", "comment", "comments",
  "reporting", "editing", "additional", "overnight", "sign", "follow", "like", "tweet", "email",
  "ceasefire", "truce", "yes", "oh", "dear",
  "mr", "mrs", "ms", "sir", "madam", "officials", "residents", "reporters", "protesters",
  "diplomats", "journalists", "witnesses", "aid", "nobody", "police", "troops", "soldiers",
  "analysts", "critics", "experts", "sources", "activists", "authorities", "lawmakers",
  "observers", "rescuers", "doctors", "civilians", "villagers", "refugees", "workers", "students",
  "voters", "fighting", "clashes", "shelling", "shells", "forces", "talks", "people", "thousands",
  "hundreds", "dozens", "residents", "families", "children", "women", "men", "leaders", "officers",
  "everyone", "someone", "anyone", "nothing", "something", "everything", "please", "thank",
  "thanks", "welcome", "note", "editor's", "editors", "updated", "published", "posted", NULL};

/* Words that end a run when capitalised inside it (headline casing). */
static const char *const w_function[] = {"the", "a", "an", "and", "or", "but", "of", "in", "on",
  "at", "to", "for", "from", "by", "with", "as", "if", "it", "he", "she", "they", "we", "i", "you",
  "this", "that", "is", "was", "are", "were", NULL};

static const char *const w_time[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "gmt", "utc", "am", "pm", NULL};

/* Heads of titles and roles. */
static const char *const w_title[] = {
  "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "general",
  "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt",
  "commander", "chairman", "chairwoman", "chair", "governor", "gov", "mayor", "envoy", "ambassador",
  "senator", "sen", "representative", "rep", "king", "queen", "prince", "princess", "pope",
  "chancellor", "premier", "dr", "mr", "mrs", "ms", "prof", "professor", "director", "chief",
  "coordinator", "leader", "speaker", "sheikh", "emir", "judge", "justice", "marshal", "admiral",
  "adviser", "advisor", "counterpart", "negotiator", "correspondent", "reporter", "journalist",
  "analyst", "official", "officer", "head", "commissioner", "mediator", "spokesmen", "deputy",
  "aide", "lawmaker", "mp", "ceo", "founder", "editor", "researcher", "sir", "lord", "dame",
  "sultan", "ayatollah", "cardinal", "bishop", "rabbi", "imam", "private", "corporal", "brigadier",
  "attorney", "prosecutor", "inspector", "superintendent", "president-elect", "monitor", NULL};

/* Words that extend a title: "Foreign", "Prime", "State", "Defence" ... */
static const char *const w_title_mod[] = {
  "prime", "foreign", "defence", "defense", "interior", "finance", "state", "deputy", "vice",
  "acting", "former", "first", "senior", "chief", "general", "presidential", "executive",
  "national", "security", "affairs", "economy", "energy", "health", "home", "justice", "trade",
  "military", "armed", "forces", "ministry", "department", "office", "strategic", "communications",
  "special", "high", "lead", "top", "regional", "local", "government", "opposition", "press",
  "defence-ministry", "exterior", "external", "internal", "culture", "education", "agriculture",
  "emergency", "emergencies", "situations", "intelligence", "army", "navy", "staff", "joint",
  "assistant", "associate", "permanent", "police", "border", "new", "outgoing", "incoming", NULL};

static const char *const w_connector[] = {"of", "for", "and", "the", "on", "in", "de", "del",
  "der", "den", "van", "von", "al", "el", "bin", "ibn", "da", "do", "dos", "du", "la", "le", "di",
  "y", "&", NULL};
static const char *const w_particle[] = {"de", "del", "der", "den", "van", "von", "al", "el",
  "bin", "ibn", "da", "dos", "du", "la", "le", "di", "y", NULL};

static const char *const w_org[] = {
  "ministry", "council", "organization", "organisation", "committee", "agency", "department",
  "office", "party", "army", "service", "services", "bank", "union", "nations", "parliament",
  "assembly", "court", "university", "institute", "company", "corporation", "corp", "inc", "ltd",
  "group", "association", "commission", "secretariat", "alliance", "guard", "news", "times", "post",
  "press", "television", "tv", "radio", "network", "foundation", "fund", "board", "bureau", "police",
  "navy", "command", "coalition", "government", "cabinet", "senate", "congress", "centre", "center",
  "school", "college", "watch", "house", "kremlin", "pentagon", "today", "wire", "hub", "ledger", "daily", "journal",
  "herald", "tribune", "gazette", "reuters", "forces", "authority", "directorate",
  "headquarters", "church", "club", "media", "airlines", "academy", "embassy", "mission",
  "observatory", "program", "programme", "force", "brigade", "battalion", "regiment", "division",
  "corps", "assembly", "society", "tass", "bbc", "cnn", "twitter", "facebook", "telegram",
  "youtube", "instagram", "insights", "analysis", "treaty", "secretariat", "duma", "knesset",
  "majlis", "administration", "movement", "front", "militia", "red", "cross", "crescent", NULL};

static const char *const w_place_suffix[] = {
  "city", "province", "region", "highlands", "mountains", "mountain", "mount", "river", "lake",
  "sea", "valley", "island", "islands", "republic", "oblast", "district", "county", "street",
  "square", "airport", "gulf", "bay", "strait", "peninsula", "desert", "coast", "heights", "pass",
  "corridor", "village", "town", "krai", "canton", "prefecture", "territory", "territories",
  "border", "kingdom", "emirates", "states", "east", "west", "asia", "europe", "africa", "america",
  "ocean", "hills", "plain", "plateau", "basin", "avenue", "road", "bridge", "port", "harbour",
  "harbor", "capital", "tower", "federation", "palace", "castle", "park", NULL};

static const char *const w_place_prep[] = {"in", "near", "at", "from", "to", "into", "toward",
  "towards", "across", "outside", "inside", "around", "via", "through", "throughout", "visited",
  "visit", "between", "of", "over", "off", "reached", "entered", "left", "occupied", NULL};

static const char *const w_speech[] = {"said", "says", "told", "added", "wrote", "stated",
  "tweeted", "asked", "noted", "warned", "accused", "called", "insisted", "explained", "argued",
  "claimed", "announced", "urged", "stressed", "replied", "responded", "confirmed", "denied",
  "declared", "spoke", "met", "visited", "thanked", "praised", "criticised", "criticized", NULL};

/* Demonyms used as adjectives ("Armenian forces"): not names on their own. */
static const char *const w_demonym[] = {
  "american", "armenian", "azerbaijani", "azeri", "russian", "turkish", "french", "british",
  "german", "iranian", "israeli", "palestinian", "ukrainian", "chinese", "japanese", "indian",
  "pakistani", "afghan", "syrian", "iraqi", "saudi", "egyptian", "european", "soviet", "western",
  "eastern", "georgian", "belarusian", "polish", "italian", "spanish", "canadian", "australian",
  "korean", "arab", "kurdish", "lebanese", "jordanian", "qatari", "emirati", "yemeni", "libyan",
  "sudanese", "ethiopian", "somali", "kenyan", "nigerian", "venezuelan", "brazilian", "mexican",
  "cuban", "greek", "cypriot", "serbian", "croatian", "bosnian", "albanian", "kosovar",
  "hungarian", "romanian", "bulgarian", "moldovan", "dutch", "belgian", "swiss", "austrian",
  "swedish", "norwegian", "danish", "finnish", "estonian", "latvian", "lithuanian", "kazakh",
  "uzbek", "turkmen", "tajik", "kyrgyz", "mongolian", "vietnamese", "thai", "filipino",
  "indonesian", "malaysian", "african", "asian", "latin", "muslim", "christian", "jewish",
  "islamic", "catholic", "orthodox", "sunni", "shia", "shiite", "international", "global",
  "national", "federal", "northern", "southern", "central", "keldorian", "dravanian", "lorvian",
  "karabakh", "ex-soviet", "pro-russian", "anti-war", NULL};

static int in_list(const char *const *list, const char *w, size_t n) {
  for (int i = 0; list[i]; i++)
    if (strncmp(list[i], w, n) == 0 && list[i][n] == '\0') return 1;
  return 0;
}

/* ---------- tokens ---------- */

static const char *fw(const ectx *c, size_t i) { return c->folds.p + c->t[i].foff; }
static size_t fl(const ectx *c, size_t i) { return c->t[i].flen; }
static int is_w(const ectx *c, size_t i, const char *const *list) { return in_list(list, fw(c, i), fl(c, i)); }
static int word_is(const ectx *c, size_t i, const char *w) {
  return fl(c, i) == strlen(w) && memcmp(fw(c, i), w, fl(c, i)) == 0;
}

static int is_abbrev_title(const ectx *c, size_t i) {
  static const char *const ab[] = {"gen", "dr", "mr", "mrs", "ms", "col", "lt", "sgt", "sen", "rep",
                                   "gov", "capt", "maj", "prof", "st", "mt", "ft", "adm", "gens", NULL};
  return is_w(c, i, ab);
}

static int all_caps(const char *s, size_t a, size_t b) {
  int letters = 0;
  for (size_t i = a; i < b; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (lede_is_lower(ch)) return 0;
    if (lede_is_upper(ch)) letters++;
  }
  return letters >= 2;
}

/* Reads all words; marks which start a sentence and which are joined to
 * the previous one by spaces or a hyphen only. */
static int tokenize(ectx *c) {
  gz_buf f = {0};
  gz_tok t;
  size_t pos = 0, prev_next = 0;
  int r;
  while ((r = gz_next_token(c->s, c->n, &pos, &t, &f)) == 1) {
    if (f.n == 0) continue;
    if (c->nt == c->ct) {
      size_t nc = c->ct ? c->ct * 2 : 256;
      etok *p = realloc(c->t, nc * sizeof *p);
      if (!p) { r = LEDE_ENOMEM; break; }
      c->t = p;
      c->ct = nc;
    }
    etok *e = &c->t[c->nt];
    memset(e, 0, sizeof *e);
    e->start = t.start;
    e->end = t.end;
    e->next = t.next;
    e->cap = (uint8_t)t.cap;
    e->poss = (uint8_t)t.poss;
    e->allcaps = (uint8_t)all_caps(c->s, t.start, t.end);
    e->foff = (uint32_t)c->folds.n;
    e->flen = (uint32_t)f.n;
    if (gz_buf_add(&c->folds, f.p, f.n)) { r = LEDE_ENOMEM; break; }
    int initial = c->nt == 0, joined = c->nt > 0, nl = 0, stop = 0, quote = 0, sp = 0;
    for (size_t i = prev_next; c->nt > 0 && i < t.start; i++) {
      unsigned char ch = (unsigned char)c->s[i];
      if (ch == '\n') nl++;
      else if (ch == '.' || ch == '!' || ch == '?') stop = 1;
      else if (ch == ':' || ch == '"' || ch == '(' || ch == ';') quote = 1;
      else if (ch == 0xE2 && i + 2 < t.start + 1 && (unsigned char)c->s[i + 1] == 0x80 &&
               ((unsigned char)c->s[i + 2] == 0x9C || (unsigned char)c->s[i + 2] == 0x9D ||
                (unsigned char)c->s[i + 2] == 0x94 || (unsigned char)c->s[i + 2] == 0x93))
        quote = 1;  /* curly double quotes and dashes */
      if (ch == ' ' || ch == '-') sp++;
      else if (!(ch == '.' && c->nt > 0 && is_abbrev_title(c, c->nt - 1))) joined = 0;
    }
    if (c->nt > 0 && c->t[c->nt - 1].poss) joined = 0;
    if (stop && c->nt > 0 && is_abbrev_title(c, c->nt - 1)) stop = 0;
    if (nl || stop || quote) initial = 1;
    if (nl) joined = 0;
    e->initial = (uint8_t)initial;
    e->joined = (uint8_t)(joined && sp >= 0);
    e->newline_before = (uint8_t)(nl > 0 || c->nt == 0);
    c->nt++;
    prev_next = t.next;
  }
  gz_buf_free(&f);
  return r < 0 ? r : LEDE_OK;
}

/* Lines that are mostly capitalised words (headlines) are left to the
 * gazetteer: their capitals say nothing about names. */
static void mark_headlines(ectx *c, uint8_t *headline) {
  size_t a = 0;
  while (a < c->nt) {
    size_t b = a + 1;
    while (b < c->nt && !c->t[b].newline_before) b++;
    size_t caps = 0;
    for (size_t i = a; i < b; i++) caps += c->t[i].cap || (fl(c, i) && lede_is_digit((unsigned char)fw(c, i)[0]));
    /* the line's last visible character: headlines do not end with a full stop */
    size_t end = c->t[b - 1].next;
    while (end < c->n && c->s[end] != '\n') end++;
    while (end > c->t[b - 1].end && lede_is_space((unsigned char)c->s[end - 1])) end--;
    int closed = end > 0 && strchr(".!?\"", c->s[end - 1]) != NULL;
    if (end >= 3 && (unsigned char)c->s[end - 3] == 0xE2 && (unsigned char)c->s[end - 2] == 0x80 &&
        (unsigned char)c->s[end - 1] == 0x9D)
      closed = 1;  /* ” */
    int head = !closed && (b - a) >= 4 && caps * 10 >= (b - a) * 7;
    for (size_t i = a; i < b; i++) headline[i] = (uint8_t)head;
    a = b;
  }
}

static int candidate(const ectx *c, size_t i) {
  if (!c->t[i].cap) return 0;
  if (is_w(c, i, w_time)) return 0;
  if (lede_is_digit((unsigned char)fw(c, i)[0])) return 0;
  return 1;
}

static int run_has(const ectx *c, size_t a, size_t b, const char *const *list) {
  for (size_t i = a; i < b; i++)
    if (c->t[i].cap && is_w(c, i, list)) return 1;
  return 0;
}

static int ends_in(const ectx *c, size_t i, const char *suf);

/* How many connector words at j ("of", "of the", "von der") can join the
 * run [a, j) to a capitalised word after them; 0 when none may. */
static size_t connector_span(const ectx *c, size_t a, size_t j) {
  size_t k = j;
  while (k < c->nt && k - j < 2 && !c->t[k].cap && c->t[k].joined && is_w(c, k, w_connector)) k++;
  if (k == j || k >= c->nt || !c->t[k].joined || !candidate(c, k) || is_w(c, k, w_common)) return 0;
  int org = run_has(c, a, j, w_org), title = run_has(c, a, j, w_title);
  size_t last = j - 1;
  /* "Ministry of", "Secretary of", "Gulf of": the word before is a head;
   * "Organization for Security and ...": an organisation still going on */
  int head = is_w(c, last, w_org) || is_w(c, last, w_title) || is_w(c, last, w_title_mod) ||
             is_w(c, last, w_place_suffix);
  for (size_t i = j; i < k; i++) {
    if (is_w(c, i, w_particle) && !org && !title && !head) continue;
    if (word_is(c, i, "and") || word_is(c, i, "&")) {
      if (!org || is_w(c, last, w_org) || title) return 0;
      continue;
    }
    if (word_is(c, i, "in") || word_is(c, i, "on")) {
      if (!(word_is(c, last, "operation") || word_is(c, last, "cooperation"))) return 0;
      continue;
    }
    if (!(head || (org && !title))) return 0;
  }
  return k - j;
}

static int emit(ectx *c, size_t a, size_t b, size_t ta, size_t tb, int type, long entry) {
  if (LEDE_GROW(c->out)) return LEDE_ENOMEM;
  lede_entity *e = &c->out->items[c->out->n++];
  e->start = c->t[a].start;
  e->end = c->t[b - 1].end;
  if (ta < tb) {
    e->title_start = c->t[ta].start;
    e->title_end = c->t[tb - 1].end;
    if (is_abbrev_title(c, tb - 1) && e->title_end < c->n && c->s[e->title_end] == '.') e->title_end++;
  }
  else e->title_start = e->title_end = e->start;
  e->type = type;
  e->entry = entry;
  return LEDE_OK;
}

static int ends_in(const ectx *c, size_t i, const char *suf) {
  size_t n = fl(c, i), m = strlen(suf);
  return n > m && memcmp(fw(c, i) + n - m, suf, m) == 0;
}

static int type_of_entry(const lede_gazetteer *g, long e) {
  lede_gz_entry x;
  if (lede_gazetteer_entry(g, (size_t)e, &x)) return LEDE_ENT_PLACE;
  if (strcmp(x.type, "person") == 0) return LEDE_ENT_PERSON;
  if (strcmp(x.type, "org") == 0 || strcmp(x.type, "organization") == 0 ||
      strcmp(x.type, "organisation") == 0) return LEDE_ENT_ORG;
  if (strcmp(x.type, "group") == 0) return LEDE_ENT_GROUP;
  return LEDE_ENT_PLACE;
}

/* The gazetteer entry whose match covers exactly the words [a, b), or -1;
 * *demonym is set when that match was a demonym. */
/* The first gazetteer match starting at or after pos (matches come in text
 * order), so that lookups cost log n rather than a scan from the start. */
static size_t gm_first_from(const ectx *c, size_t pos) {
  size_t lo = 0, hi = c->gm.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (c->gm.items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

static long gz_exact(const ectx *c, size_t a, size_t b, int *demonym) {
  *demonym = 0;
  size_t s = c->t[a].start, e = c->t[b - 1].end;
  for (size_t i = gm_first_from(c, s); i < c->gm.n; i++) {
    const lede_gz_match *m = &c->gm.items[i];
    if (m->start == s && m->end == e) {
      *demonym = m->how == LEDE_GZ_DEMONYM;
      return (long)m->entry;
    }
    if (m->start > e) break;
  }
  return -1;
}

static int is_demonym_word(const ectx *c, size_t i) {
  if (is_w(c, i, w_demonym)) return 1;
  return ends_in(c, i, "ian") && !ends_in(c, i, "yan");
}

/* Plural demonyms and named communities: "Armenians", "Keldorians". */
static int is_group_word(const ectx *c, size_t i) {
  static const char *const groups[] = {"taliban", "hamas", "hezbollah", "houthis", "kurds", "isis",
                                       "jews", "muslims", "christians", "arabs", "azeris", "turks",
                                       "russians", "armenians", "azerbaijanis", "ukrainians", NULL};
  if (is_w(c, i, groups)) return 1;
  size_t n = fl(c, i);
  const char *w = fw(c, i);
  if (n > 4 && w[n - 1] == 's' && (in_list(w_demonym, w, n - 1) ||
                                    (n > 5 && memcmp(w + n - 4, "ians", 4) == 0)))
    return 1;
  return 0;
}

/* The type of a name made of words [a, b) without a title. */
static int guess_type(ectx *c, size_t a, size_t b) {
  size_t last = b - 1;
  if (run_has(c, a, b, w_org)) return LEDE_ENT_ORG;
  if (is_w(c, last, w_place_suffix)) return LEDE_ENT_PLACE;
  if (b - a == 1) {
    static const char *const places[] = {"us", "usa", "uk", "uae", "dprk", "drc", "car", NULL};
    if (is_w(c, a, places)) return LEDE_ENT_PLACE;
    if (c->t[a].allcaps) return LEDE_ENT_ORG;
    if (is_group_word(c, a)) return LEDE_ENT_GROUP;
  }
  /* a surname (or the same name) met before in this text: among the last
   * SURNAME_WINDOW names, which keeps long texts linear */
  size_t k_end = c->out->n > SURNAME_WINDOW ? c->out->n - SURNAME_WINDOW : 0;
  for (size_t k = c->out->n; k-- > k_end;) {
    const lede_entity *e = &c->out->items[k];
    size_t len = e->end - e->start, mylen = c->t[last].end - c->t[a].start;
    if (len == mylen && memcmp(c->s + e->start, c->s + c->t[a].start, len) == 0) return e->type;
    if (b - a == 1 && e->type == LEDE_ENT_PERSON && len > fl(c, a)) {
      size_t w = c->t[a].end - c->t[a].start;
      if (w < len && memcmp(c->s + e->end - w, c->s + c->t[a].start, w) == 0 && c->s[e->end - w - 1] == ' ')
        return LEDE_ENT_PERSON;
    }
  }
  int prep = a > 0 && !c->t[a - 1].cap && is_w(c, a - 1, w_place_prep);
  if (word_is(c, a, "the")) return prep ? LEDE_ENT_PLACE : LEDE_ENT_ORG;  /* "The Hague", "The Guardian" */
  for (size_t i = a + 1; i < b; i++)
    if (c->s[c->t[i].start - 1] == '-' && c->t[i].start == c->t[i - 1].end + 1) return LEDE_ENT_PLACE;
  if (b - a == 1) {
    static const char *const psuf[] = {"ov", "ova", "ev", "eva", "yan", "enko", "ko", "ski", "sky",
                                       "vic", "vich", "son", "sen", "ez", "ini", "elli", "ian", NULL};
    static const char *const lsuf[] = {"ia", "stan", "land", "ine", "ey", "grad", "burg", "abad",
                                       "pol", "polis", "ton", "ville", NULL};
    for (int k = 0; lsuf[k]; k++) if (ends_in(c, a, lsuf[k])) return LEDE_ENT_PLACE;
    int speech = b < c->nt && !c->t[b].cap && is_w(c, b, w_speech);
    if (!prep) for (int k = 0; psuf[k]; k++) if (ends_in(c, a, psuf[k])) return LEDE_ENT_PERSON;
    if (speech && !prep) return LEDE_ENT_PERSON;
    return LEDE_ENT_PLACE;
  }
  if (prep) return LEDE_ENT_PLACE;
  return LEDE_ENT_PERSON;
}

/* A lowercase role just before the name: "Kremlin spokesman", "defence
 * ministry spokeswoman". Returns the first word of the title or a. */
static size_t title_before(ectx *c, size_t a) {
  size_t k = a, head = 0;
  while (k > 0 && c->t[k].joined && !c->t[k - 1].cap &&
         (is_w(c, k - 1, w_title) || is_w(c, k - 1, w_title_mod))) {
    if (is_w(c, k - 1, w_title)) head = 1;
    k--;
  }
  if (!head) return a;
  /* capitalised words or demonyms directly before the role belong to it */
  size_t j = k;
  while (j > 0 && c->t[j].joined && c->t[j - 1].cap && k - j < 4 && !is_w(c, j - 1, w_common)) j--;
  return j;
}

/* A capitalised word that the same text also writes in lower case is a
 * common word ("Residents ... residents"). */
static int lowercase_elsewhere(const ectx *c, size_t a) {
  if (!c->nlower) return 0;
  size_t mask = c->nlower - 1;
  for (size_t h = (size_t)gz_hash(fw(c, a), fl(c, a)) & mask; c->lower[h]; h = (h + 1) & mask) {
    size_t i = c->lower[h] - 1;
    if (fl(c, i) == fl(c, a) && memcmp(fw(c, i), fw(c, a), fl(c, a)) == 0) return 1;
  }
  return 0;
}

/* Builds the set lowercase_elsewhere asks: every word written in lower case. */
static int index_lowercase(ectx *c) {
  size_t count = 0;
  for (size_t i = 0; i < c->nt; i++) count += !c->t[i].cap;
  if (!count) return LEDE_OK;
  size_t size = 16;
  while (size < count * 2) size *= 2;
  c->lower = calloc(size, sizeof *c->lower);
  if (!c->lower) return LEDE_ENOMEM;
  c->nlower = size;
  for (size_t i = 0; i < c->nt; i++) {
    if (c->t[i].cap) continue;
    size_t h = (size_t)gz_hash(fw(c, i), fl(c, i)) & (size - 1);
    while (c->lower[h]) {
      size_t j = c->lower[h] - 1;
      if (fl(c, j) == fl(c, i) && memcmp(fw(c, j), fw(c, i), fl(c, i)) == 0) break;
      h = (h + 1) & (size - 1);
    }
    if (!c->lower[h]) c->lower[h] = i + 1;
  }
  return LEDE_OK;
}

/* Handles the run [a, b): splits off a title, types it, emits it. */
static int take_run(ectx *c, size_t a, size_t b, const uint8_t *headline) {
  int dem = 0;
  long whole = gz_exact(c, a, b, &dem);
  if (headline[a]) {  /* only the gazetteer's names inside the run */
    for (size_t i = gm_first_from(c, c->t[a].start); i < c->gm.n; i++) {
      const lede_gz_match *m = &c->gm.items[i];
      if (m->start > c->t[b - 1].end) break;
      if (m->end > c->t[b - 1].end || m->how == LEDE_GZ_DEMONYM) continue;
      if (LEDE_GROW(c->out)) return LEDE_ENOMEM;
      lede_entity *e = &c->out->items[c->out->n++];
      e->start = e->title_start = e->title_end = m->start;
      e->end = m->end;
      e->type = type_of_entry(c->g, (long)m->entry);
      e->entry = (long)m->entry;
    }
    (void)whole;
    return LEDE_OK;
  }
  /* the title: words up to a name of at most four plain words at the end */
  size_t na = b;
  while (na > a && b - na < 4) {
    size_t i = na - 1;
    if (is_w(c, i, w_title) || is_w(c, i, w_title_mod) || is_w(c, i, w_org) || !c->t[i].cap ||
        is_demonym_word(c, i))
      break;
    na--;
  }
  size_t ta = a, tb = a;
  int has_title = 0;
  if (na > a && na < b && c->t[na - 1].cap && run_has(c, a, na, w_title)) {
    int dd;
    if (gz_exact(c, a, b, &dd) < 0) { ta = a; tb = na; has_title = 1; a = na; }
  } else if (na > a && na < b && !c->t[na - 1].cap && run_has(c, a, na, w_title)) {
    /* "Prime Minister of Armenia": a role, and a place in it */
    a = na;
  }
  if (!has_title) {
    size_t tstart = title_before(c, a);
    if (tstart < a) {
      ta = tstart;
      tb = a;
      has_title = 1;
      while (c->out->n > 0 && c->out->items[c->out->n - 1].start >= c->t[ta].start) c->out->n--;
    }
  }
  /* a leading demonym of a bare name ("Armenian Nikol Pashinyan") is not part of it */
  while (!has_title && b - a > 1 && is_w(c, a, w_demonym) && !run_has(c, a, b, w_org) &&
         !is_w(c, b - 1, w_place_suffix))
    a++;
  long ent = gz_exact(c, a, b, &dem);
  int next_lower = b < c->nt && !c->t[b].cap && c->t[b].joined;
  int all_dem = 1;
  for (size_t i = a; i < b; i++) all_dem &= is_demonym_word(c, i);
  int next_speech = next_lower && is_w(c, b, w_speech);
  if (!has_title && ((ent >= 0 && dem) || (ent < 0 && all_dem && ((next_lower && !next_speech) ||
      (b < c->nt && c->t[b].joined && (is_w(c, b, w_title) || c->t[b].cap))))))
    return LEDE_OK;  /* "Armenian forces", "Armenian-Azerbaijani border" */
  int only_titles = 1;
  for (size_t i = a; i < b; i++)
    only_titles &= is_w(c, i, w_title) || (is_w(c, i, w_title_mod) && !is_w(c, i, w_org)) ||
                   is_w(c, i, w_connector);
  if (only_titles && ent < 0) return LEDE_OK;  /* "the Secretary-General", "Prime Minister" */
  if (!has_title && ent < 0 && b - a == 1 && lowercase_elsewhere(c, a)) return LEDE_OK;
  if (!has_title && ent < 0 && b - a == 1 && c->t[a].initial &&
      (ends_in(c, a, "ing") || ends_in(c, a, "ed") || ends_in(c, a, "ly")))
    return LEDE_OK;  /* "Fighting between ...", "Asked if ..." */
  int type;
  if (ent >= 0) type = type_of_entry(c->g, ent);
  else if (has_title) type = LEDE_ENT_PERSON;
  else type = guess_type(c, a, b);
  if (has_title && ent >= 0 && type != LEDE_ENT_PERSON) type = LEDE_ENT_PERSON;
  return emit(c, a, b, ta, tb, type, ent);
}

static int find_runs(ectx *c) {
  uint8_t *headline = calloc(c->nt ? c->nt : 1, 1);
  if (!headline) return LEDE_ENOMEM;
  mark_headlines(c, headline);
  int r = LEDE_OK;
  size_t i = 0;
  while (r == LEDE_OK && i < c->nt) {
    /* a capitalised "The" inside a sentence belongs to the name after it
     * ("in The Hague", "told The Guardian"); at a sentence start it says nothing */
    int the = word_is(c, i, "the") && c->t[i].cap && !c->t[i].allcaps && !c->t[i].initial && !headline[i] &&
              i + 1 < c->nt && c->t[i + 1].joined && candidate(c, i + 1) && !is_w(c, i + 1, w_common);
    if (!the && (!candidate(c, i) || (is_w(c, i, w_common) && !c->t[i].allcaps))) { i++; continue; }
    size_t j = i + 1;
    while (j < c->nt && j - i < MAX_RUN && c->t[j].joined) {
      if (c->t[j - 1].poss) break;
      if (candidate(c, j) && !(is_w(c, j, w_function) && !c->t[j].allcaps)) { j++; continue; }
      /* "Co-operation": a lower-case word hyphenated to a short capitalised one */
      if (!c->t[j].cap && fl(c, j - 1) <= 2 && c->t[j - 1].cap && c->t[j].start == c->t[j - 1].end + 1 &&
          c->s[c->t[j - 1].end] == '-') { j++; continue; }
      size_t k = connector_span(c, i, j);
      if (!k) break;
      j += k;
    }
    r = take_run(c, i, j, headline);
    i = j;
  }
  free(headline);
  return r;
}

int lede_entities_find(const char *s, size_t n, const lede_gazetteer *g, lede_entities *out) {
  if ((!s && n) || !out) return LEDE_EINVAL;
  ectx c = {0};
  c.s = s;
  c.n = n;
  c.g = g;
  c.out = out;
  int r = tokenize(&c);
  if (r == LEDE_OK && g) r = lede_gazetteer_match(g, s, n, NULL, &c.gm);
  if (r == LEDE_OK) r = index_lowercase(&c);
  if (r == LEDE_OK) r = find_runs(&c);
  free(c.lower);
  free(c.t);
  gz_buf_free(&c.folds);
  lede_gz_matches_free(&c.gm);
  return r;
}

void lede_entities_free(lede_entities *l) {
  if (!l) return;
  free(l->items);
  l->items = NULL;
  l->n = l->cap = 0;
}

const char *lede_entity_type_name(int type) {
  switch (type) {
  case LEDE_ENT_PERSON: return "person";
  case LEDE_ENT_PLACE: return "place";
  case LEDE_ENT_ORG: return "org";
  case LEDE_ENT_GROUP: return "group";
  default: return "unknown";
  }
}
