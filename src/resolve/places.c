/* places.c: finding place names in a document's sentences and choosing, for each, the place it means. */
#include "resolve/places.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/buffer.h"
#include "core/words.h"
#include "tag/wordclass.h"
#include "text/tokenize.h"

/* The most words of one place name ("Dera Ismail Khan", "Bosnia and Herzegovina"). */
#define PLACE_MAX_WORDS 6
/* Folded keys are short; longer runs are no place. */
#define PLACE_MAX_KEY 128

/* A name found in the text and the places it may mean. */
typedef struct candidate {
  uint8_t where;      /* PLACE_IN_TEXT, PLACE_DATELINE or PLACE_CAPTION */
  uint32_t sentence;
  uint32_t first, end;
  const lex_place *hits[LEX_MAX_PLACES];
  size_t nhits;
  double local[LEX_MAX_PLACES]; /* each place's score from the name and its own sentence */
  double score[LEX_MAX_PLACES]; /* and with the rest of the story, when last chosen */
  int32_t follows;              /* the candidate this one names the division or country of ("Atlanta, Georgia"), or -1 */
  uint8_t division;             /* named as a division ("Washington state"): not the place the bare name means */
  uint8_t pinned;               /* a division or country after it says which place it is ("Paris, Texas") */
  uint32_t name;                /* the index of its name's first mention (choose_all) */
  const lex_place *chosen;
} candidate;

typedef DL_VEC(candidate) candidate_vec;

/* Words that are never place names, though the gazetteer has towns so called. */
static const char *const not_places[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "reuters", "afp",
    "ap", "president", "minister", "army", "police", "government", "state", "university", "union", "republic",
    "party", "council", "city", "said", "the", "a", "an", "mr", "mrs", "ms", "dr", "gen", "gulf", NULL};

/* Directions alone name no place: "West", "North", "Central". */
static const char *const compass[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                      "southwest", "central", "western", "eastern", "northern", "southern",
                                      "national", "federal", "upper", "lower", "greater", NULL};

/* Titles before a name: "President Jordan", "Mr Chad". */
static const char *const titles[] = {"mr", "mrs", "ms", "miss", "dr", "president", "prime", "minister", "gen",
                                     "general", "sen", "senator", "rep", "judge", "king", "queen", "prince",
                                     "sheikh", "pope", "st", "saint", NULL};

/* Nouns after "X's" that make X a place: "Qatar's capital, Doha". */
static const char *const place_nouns[] = {"capital", "city", "province", "region", "border", "north", "south",
                                          "east", "west", "territory", "state", "district", "town", "coast",
                                          "port", "airport", "outskirts", "centre", "center", "heartland", NULL};

static int in_list(const char *w, size_t n, const char *const *list) {
  for (; *list; list++)
    if (strlen(*list) == n && memcmp(*list, w, n) == 0) return 1;
  return 0;
}

/* The document's tokens and text, and a key buffer. */
typedef struct finder {
  const dl_lexicon *lex;
  const dl_document *doc;
  const dl_mention_vec *mentions;
  const char *text;     /* the normalised text the tokens are in: the document's, or the caption's */
  const dl_token *toks; /* its tokens */
  int32_t *mention_at;  /* per token of the sentence: its actor mention, or -1 */
  struct lower_words *lower; /* the document's words in lower case, made when first asked for */
} finder;

/* A set of the hashes of the words a document writes in lower case. */
typedef struct lower_words {
  dl_context *ctx;
  uint64_t *slots; /* 0 for empty */
  size_t cap;      /* a power of two, or 0 before it is made */
  int failed;      /* out of memory: every word is taken as written in lower case */
} lower_words;

/* A word's hash for the set, never 0. */
static uint64_t word_hash(const char *w, size_t n) { return words_fnv1a(WORDS_FNV_OFFSET, w, n) | 1; }

/* Makes the set of the document's lower-case words. */
static void lower_words_make(lower_words *lw, const dl_document *doc) {
  size_t count = 0;
  for (size_t j = 0; j < doc->tokens.len; j++) {
    const dl_token *t = &doc->tokens.items[j];
    count += t->kind == DL_TOKEN_WORD && !(t->flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS));
  }
  size_t cap = 64;
  while (cap < 2 * count) cap *= 2;
  lw->slots = dl_mem_alloc(lw->ctx, cap * sizeof *lw->slots);
  if (!lw->slots) {
    lw->failed = 1;
    return;
  }
  memset(lw->slots, 0, cap * sizeof *lw->slots);
  lw->cap = cap;
  for (size_t j = 0; j < doc->tokens.len; j++) {
    const dl_token *t = &doc->tokens.items[j];
    if (t->kind != DL_TOKEN_WORD || (t->flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS))) continue;
    uint64_t h = word_hash(doc->text.text.data + t->start, t->len);
    size_t q = (size_t)h & (cap - 1);
    while (lw->slots[q] && lw->slots[q] != h) q = (q + 1) & (cap - 1);
    lw->slots[q] = h;
  }
}

/* Folds token i of the document into out; returns the length (0 when it does not fold). */
static size_t fold_token(const finder *f, uint32_t i, char *out, size_t cap) {
  const dl_token *t = &f->toks[i];
  return lex_place_fold(f->text + t->start, t->len, out, cap);
}

/* Nonzero when token i starts with a capital (or is all capitals). */
static int capitalised(const finder *f, uint32_t i) {
  return (f->toks[i].flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)) != 0;
}

/* Nonzero when token i is the lower-case word w. */
static int token_word(const finder *f, uint32_t i, const char *const *list) {
  char k[PLACE_MAX_KEY];
  size_t n = fold_token(f, i, k, sizeof k);
  return n && in_list(k, n, list);
}

/* Nouns that name a division: "Nad Ali district", "the county of Kent". */
static const char *const division_nouns[] = {"district", "districts", "county", "parish", "municipality", "borough",
                                             "department", "governorate", "province", "region", "lga", "township",
                                             "prefecture", "subdistrict", "tehsil", NULL};

/*
 * The longest place name starting at token i of the sentence [i, end): its
 * length in tokens (0 when none) and its places.
 */
static uint32_t longest_name(const finder *f, uint32_t i, uint32_t end, const lex_place **hits, size_t *nhits) {
  char key[PLACE_MAX_KEY];
  size_t len = 0;
  uint32_t best = 0;
  *nhits = 0;
  for (uint32_t k = 0; k < PLACE_MAX_WORDS && i + k < end; k++) {
    const dl_token *t = &f->toks[i + k];
    if (k > 0) {
      /* A name's words: capitalised, or a joining word ("Bosnia and Herzegovina", "Dera Ismail Khan"). */
      if (t->kind != DL_TOKEN_WORD && t->kind != DL_TOKEN_ABBREV) break;
      if (len + 1 >= sizeof key) break;
      key[len++] = ' ';
    }
    size_t n = fold_token(f, i + k, key + len, sizeof key - len);
    if (!n) break;
    len += n;
    const lex_place *h[LEX_MAX_PLACES];
    size_t nh = lex_place_lookup(f->lex, key, len, h, LEX_MAX_PLACES);
    /* Later words are capitalised ("New Delhi"), or name a crossing or area ("Rafah crossing", "Gaza strip") or
       a division by its noun ("Idlib province"). */
    int lower_ok = 0;
    for (size_t q = 0; q < nh && !lower_ok; q++)
      lower_ok = strcmp(h[q]->feature, "CRSS") == 0 || strcmp(h[q]->feature, "RGN") == 0 ||
                 strcmp(h[q]->feature, "AREA") == 0 ||
                 ((strcmp(h[q]->feature, "ADM1") == 0 || strcmp(h[q]->feature, "ADM2") == 0) && k > 0 &&
                  token_word(f, i + k, division_nouns));
    if (nh && (k == 0 || capitalised(f, i + k) || lower_ok)) {
      best = k + 1;
      *nhits = nh < LEX_MAX_PLACES ? nh : LEX_MAX_PLACES;
      for (size_t q = 0; q < *nhits; q++) hits[q] = h[q];
    }
    if (!lex_place_prefix(f->lex, key, len)) break;
  }
  return best;
}

/* Prepositions after which a name is where something is or goes. */
static const char *const locative_words[] = {"in", "to", "into", "from", "at", "near", "across", "toward", "towards",
                                             "through", "inside", "outside", "between", "via", "around", "throughout",
                                             "within", NULL};

/*
 * Nonzero when a locative preposition stands before token first, over
 * adjectives ("neighbouring") and the other names of a list ("Tajikistan,
 * Iran and").
 */
static int locative_before(const finder *f, uint32_t s_first, uint32_t first) {
  for (uint32_t q = first, steps = 0; q > s_first && steps < 12; steps++) {
    q--;
    const dl_token *t = &f->toks[q];
    char k[PLACE_MAX_KEY];
    size_t n = fold_token(f, q, k, sizeof k);
    if (n && in_list(k, n, locative_words)) return 1;
    if (f->text[t->start] == ',' && t->len == 1) continue;
    if (n && (in_list(k, n, (const char *const[]){"and", "or", "neighbouring", "neighboring", "nearby", NULL}))) continue;
    int32_t m = f->mention_at[q - s_first];
    if (m >= 0 && !f->mentions->items[m].roles[0]) {
      q = f->mentions->items[m].first;
      continue;
    }
    if (!capitalised(f, q) && n && lex_is_adjective(f->lex, k, n)) continue;
    return 0;
  }
  return 0;
}

/* Verbs whose object is a place: "entered the Gaza Strip", "reached Kabul". */
static const char *const movement_verbs[] = {"enter", "entered", "enters", "entering", "reach", "reached", "reaches",
                                             "cross", "crossed", "crosses", "invade", "invaded", "invades", "visit",
                                             "visited", "visits", "visiting", "leave", "left", "leaves", "tour",
                                             "toured", "overran", "captured", "seized", "shelled", "bombed", NULL};

/* Nonzero when a verb of movement stands before token first, over determiners. */
static int moved_to(const finder *f, uint32_t s_first, uint32_t first) {
  uint32_t q = first;
  while (q > s_first && token_word(f, q - 1, (const char *const[]){"the", "a", "an", NULL})) q--;
  return q > s_first && token_word(f, q - 1, movement_verbs);
}

/* Nonzero when token i is an acronym, not a word in capitals: "U.S.", or "US" or "REAL" among words that are not
   all capitals. */
static int acronym(const finder *f, uint32_t s_first, uint32_t s_end, uint32_t i) {
  const dl_token *t = &f->toks[i];
  if (t->kind == DL_TOKEN_ABBREV && t->len > 2 && memchr(f->text + t->start, '.', t->len - 1)) return 1;
  /* Longer words in capitals are names set in capitals ("TORRINGTON —"), not acronyms. */
  if (!(t->flags & TOKEN_ALLCAPS) || t->len > 5) return 0;
  int before = i > s_first && f->toks[i - 1].kind == DL_TOKEN_WORD && (f->toks[i - 1].flags & TOKEN_ALLCAPS);
  int after = i + 1 < s_end && f->toks[i + 1].kind == DL_TOKEN_WORD && (f->toks[i + 1].flags & TOKEN_ALLCAPS);
  return !before && !after;
}


/* Nonzero when the document has the folded word k in lower case somewhere: a word, not only a name. */
static int written_lower(const finder *f, const char *k, size_t n) {
  if (f->toks != f->doc->tokens.items || !f->lower) return 0; /* the caption is tokenised on its own */
  lower_words *lw = f->lower;
  if (!lw->cap && !lw->failed) lower_words_make(lw, f->doc);
  if (lw->failed) return 1;
  uint64_t h = word_hash(k, n);
  for (size_t q = (size_t)h & (lw->cap - 1); lw->slots[q]; q = (q + 1) & (lw->cap - 1))
    if (lw->slots[q] == h) return 1;
  return 0;
}

/* Nonzero for a place news names without a cue: a country, division, capital, region, or a town of 50,000 or
   more (a county or district is named with its noun). */
static int named_without_cue(const lex_place *p) {
  static const char *const kinds[] = {"PCLI", "ADM1", "PPLC", "PPLA", "RGN", "AREA", "CRSS", NULL};
  for (size_t k = 0; kinds[k]; k++)
    if (strcmp(p->feature, kinds[k]) == 0) return 1;
  return p->population >= 50000 && strcmp(p->feature, "ADM2") != 0;
}

/* Nonzero when ", NAME" or "and NAME" follows at token i, NAME a place that is no actor: "Georgia, Florida and
   Alabama" is a list of places. */
static int place_listed_after(const finder *f, uint32_t s_first, uint32_t s_end, uint32_t i) {
  if (i + 1 >= s_end || !(token_word(f, i, (const char *const[]){"and", "or", NULL}) ||
                          (f->toks[i].kind == DL_TOKEN_PUNCT && f->text[f->toks[i].start] == ',')))
    return 0;
  const lex_place *h[LEX_MAX_PLACES];
  size_t nh = 0;
  return capitalised(f, i + 1) && f->mention_at[i + 1 - s_first] < 0 && longest_name(f, i + 1, s_end, h, &nh) > 0;
}

/* Nonzero when token i is an English word (WordNet has it as a noun, verb or adjective). */
static int english_word(const finder *f, uint32_t i) {
  char k[PLACE_MAX_KEY];
  size_t n = fold_token(f, i, k, sizeof k);
  return n && (lex_is_noun(f->lex, k, n) || lex_is_verb(f->lex, k, n) || lex_is_adjective(f->lex, k, n));
}

/*
 * Whether the words [i, i + len) may be a place here: not an actor at work
 * ("Washington said"), not a demonym, a person or a group, not a person's
 * name ("Jordan Peterson", "President Jordan"), not a sentence's first word
 * that is an ordinary English word.
 */
static int may_be_place(const finder *f, uint32_t s_first, uint32_t s_end, uint32_t i, uint32_t len,
                        const lex_place *const *hits, size_t nhits) {
  const dl_token *t = &f->toks[i];
  if (!capitalised(f, i)) return 0;
  char k[PLACE_MAX_KEY];
  size_t n = fold_token(f, i, k, sizeof k);
  if (len == 1 && n && in_list(k, n, not_places)) return 0;
  if (len == 1 && n && (in_list(k, n, compass) || (word_class_of(k, n) != WC_OPEN && !acronym(f, s_first, s_end, i))))
    return 0;
  /* "Laurel County", "Rapides Parish": a county the gazetteer lacks, not the town. */
  if (i + len < s_end && token_word(f, i + len, (const char *const[]){"county", "parish", "township", "borough", NULL}))
    return 0;
  int32_t m = f->mention_at[i - s_first];
  if (m >= 0) {
    /* "protesters in Nairobi", "the government of Sindh province": a place after a role's preposition is a place. */
    const dl_mention *x = &f->mentions->items[m];
    if (x->first < i && x->roles[0]) {
      uint32_t p = i - 1;
      if (p > x->first && token_word(f, p, (const char *const[]){"the", NULL})) p--;
      if (token_word(f, p, locative_words) || token_word(f, p, (const char *const[]){"of", NULL})) m = -1;
    }
  }
  /* "Paris police", "the Dublin City Council": a capital before the role it gives a country is the town they serve. */
  int serves = 0;
  if (m >= 0) {
    const dl_mention *x = &f->mentions->items[m];
    serves = x->entry && x->entry->kind == LEX_CAPITAL && x->roles[0] && i + len <= x->head;
    if (serves) m = -1;
  }
  if (m >= 0) {
    const dl_mention *x = &f->mentions->items[m];
    if (x->kind == MENTION_PERSON || x->kind == MENTION_GROUP) return 0;
    if (x->entry && x->entry->kind == LEX_DEMONYM) return 0;
    if (!(x->flags & MENTION_LOCATIVE)) {
      /* "Qatar's capital": the possessor of a place noun is a place. */
      uint32_t after = i + len;
      int possessor = after + 1 < s_end && f->toks[after].kind == DL_TOKEN_POSSESSIVE &&
                      token_word(f, after + 1, place_nouns);
      /* "fled to neighbouring Tajikistan, Iran and Pakistan": a locative word before the list it is in;
         "entered the Gaza Strip": a verb of movement before it. */
      int listed = !x->roles[0] && (locative_before(f, s_first, x->first) || moved_to(f, s_first, x->first) ||
                                    place_listed_after(f, s_first, s_end, x->end));
      if (!possessor && !listed) return 0;
    }
  } else {
    /* The first word of a sentence or a quotation is capitalised anyway: an English word there is no name. */
    int opens = i == s_first || (f->toks[i - 1].kind == DL_TOKEN_PUNCT && (f->text[f->toks[i - 1].start] == '"' ||
                                                                           f->text[f->toks[i - 1].start] == '('));
    int english = english_word(f, i);
    /* Unless it starts a longer name the gazetteer has ("New York"), or is a notable place alone that the story
       never writes in lower case ("Aleppo", but not "Mobile" in a story of mobile phones). */
    int notable = 0;
    for (size_t p = 0; p < nhits && !notable; p++) notable = named_without_cue(hits[p]);
    if (opens && english && !serves &&
        (!lex_place_prefix(f->lex, k, n) || (len == 1 && (!notable || written_lower(f, k, n)))))
      return 0;
  }
  if (i > s_first && token_word(f, i - 1, titles)) return 0;
  /* "Chad Smith": a name after another capitalised word that is no place is a surname. */
  if (len == 1 && i > s_first + 1 && capitalised(f, i - 1) && f->toks[i - 1].kind == DL_TOKEN_WORD &&
      f->mention_at[i - 1 - s_first] < 0) {
    char k0[PLACE_MAX_KEY];
    size_t n0 = fold_token(f, i - 1, k0, sizeof k0);
    const lex_place *h[1];
    if (n0 && !lex_place_lookup(f->lex, k0, n0, h, 1)) return 0;
  }
  /* "Jordan Peterson": a one-word name before another capitalised word that is no place and no English word. */
  if (len == 1 && i + 1 < s_end && capitalised(f, i + 1) && f->toks[i + 1].kind == DL_TOKEN_WORD &&
      f->mention_at[i + 1 - s_first] < 0) {
    char k2[PLACE_MAX_KEY];
    size_t n2 = fold_token(f, i + 1, k2, sizeof k2);
    const lex_place *h[1];
    if (n2 && !lex_place_lookup(f->lex, k2, n2, h, 1) && !lex_is_noun(f->lex, k2, n2)) return 0;
  }
  (void)t;
  return 1;
}



/* Nonzero when the words before token i say a place follows: "in", "near", or "of" after a lower-case word or a
   surname ("a man of Lindsay", "Mages, 45, of Lindsay", "Norb Mages of Lindsay"), not after a capitalised English
   word that begins a longer name ("Chamber of Commerce", "Medal of Valor"). */
static int place_cue_before(const finder *f, uint32_t s_first, uint32_t i) {
  if (locative_before(f, s_first, i)) return 1;
  if (i < s_first + 2 || !token_word(f, i - 1, (const char *const[]){"of", NULL})) return 0;
  const dl_token *p = &f->toks[i - 2];
  return p->kind != DL_TOKEN_WORD || !capitalised(f, i - 2) || !english_word(f, i - 2);
}

/* Nonzero when token i is a capitalised word that is no place noun ("Sumner" after "Linda", not "County"). */
static int name_word(const finder *f, uint32_t i) {
  return (f->toks[i].kind == DL_TOKEN_WORD || f->toks[i].kind == DL_TOKEN_ABBREV) && capitalised(f, i) &&
         !token_word(f, i, (const char *const[]){"county", "parish", "township", "borough", "city", NULL});
}

/* The abbreviations American news writes a state with after a town ("Gainesville, Ga."), sorted by strcmp. */
static const struct {
  const char *abbreviation;
  const char *state; /* its folded name */
} state_abbreviations[] = {
    {"Ala.", "alabama"},       {"Ariz.", "arizona"},        {"Ark.", "arkansas"},       {"Calif.", "california"},
    {"Colo.", "colorado"},     {"Conn.", "connecticut"},    {"D.C.", "district of columbia"},
    {"Del.", "delaware"},      {"Fla.", "florida"},         {"Ga.", "georgia"},         {"Ill.", "illinois"},
    {"Ind.", "indiana"},       {"Kan.", "kansas"},          {"Ky.", "kentucky"},        {"La.", "louisiana"},
    {"Mass.", "massachusetts"}, {"Md.", "maryland"},        {"Mich.", "michigan"},      {"Minn.", "minnesota"},
    {"Miss.", "mississippi"},  {"Mo.", "missouri"},         {"Mont.", "montana"},       {"N.C.", "north carolina"},
    {"N.D.", "north dakota"},  {"N.H.", "new hampshire"},   {"N.J.", "new jersey"},     {"N.M.", "new mexico"},
    {"N.Y.", "new york"},      {"Neb.", "nebraska"},        {"Nev.", "nevada"},         {"Okla.", "oklahoma"},
    {"Ore.", "oregon"},        {"Pa.", "pennsylvania"},     {"R.I.", "rhode island"},   {"S.C.", "south carolina"},
    {"S.D.", "south dakota"},  {"Tenn.", "tennessee"},      {"Tex.", "texas"},          {"Va.", "virginia"},
    {"Vt.", "vermont"},        {"W.Va.", "west virginia"},  {"Wash.", "washington"},    {"Wis.", "wisconsin"},
    {"Wyo.", "wyoming"},
};

/*
 * The state token i abbreviates ("Ga.", "W.Va."), as the gazetteer's
 * first-level division of the United States, or NULL; *len gets how many
 * tokens it takes ("W. Va." two). end bounds the sentence.
 */
static const lex_place *state_abbreviated(const finder *f, uint32_t i, uint32_t end, uint32_t *len) {
  const dl_token *t = &f->toks[i];
  if (t->kind != DL_TOKEN_ABBREV || t->len > 6) return NULL;
  char w[8];
  memcpy(w, f->text + t->start, t->len);
  w[t->len] = '\0';
  *len = 1;
  /* "W.Va." may come as "W." and "Va.", and is written "W. Va." too. */
  const dl_token *u = i + 1 < end ? &f->toks[i + 1] : NULL;
  if (strcmp(w, "W.") == 0 && u && u->len == 3 && memcmp(f->text + u->start, "Va.", 3) == 0) {
    memcpy(w, "W.Va.", 6);
    *len = 2;
  }
  size_t lo = 0, hi = sizeof state_abbreviations / sizeof *state_abbreviations;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(w, state_abbreviations[mid].abbreviation);
    if (c == 0) {
      const lex_place *h[LEX_MAX_PLACES];
      const char *name = state_abbreviations[mid].state;
      size_t n = lex_place_lookup(f->lex, name, strlen(name), h, LEX_MAX_PLACES);
      for (size_t k = 0; k < n && k < LEX_MAX_PLACES; k++)
        if (strcmp(h[k]->feature, "ADM1") == 0 && strcmp(h[k]->country, "USA") == 0) return h[k];
      return NULL;
    }
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return NULL;
}

/* Nonzero when ", DIVISION" or ", COUNTRY" follows at token i ("Hudson, Ohio", "Hudson, Ga."): the name before
   is a town. */
static int division_after(const finder *f, uint32_t s_end, uint32_t i) {
  if (i + 1 >= s_end || f->toks[i].kind != DL_TOKEN_PUNCT || f->text[f->toks[i].start] != ',') return 0;
  uint32_t n;
  if (state_abbreviated(f, i + 1, s_end, &n)) return 1;
  const lex_place *h[LEX_MAX_PLACES];
  size_t nh = 0;
  if (!capitalised(f, i + 1) || !longest_name(f, i + 1, s_end, h, &nh)) return 0;
  for (size_t p = 0; p < nh; p++)
    if (strcmp(h[p]->feature, "ADM1") == 0 || strcmp(h[p]->feature, "PCLI") == 0) return 1;
  return 0;
}

/*
 * Whether a one-word name whose places are all small towns is a place here.
 * Such towns share their names with people, words and parts of longer
 * names. It is none after a capitalised word ("Athens Parks", "Main
 * Street"). After a locative word ("in Commerce", "Mages of Lindsay") it is
 * one. Otherwise it is none before a capitalised word that is no English
 * word ("Linda Sumner"; but "the Gainesville Riding Club" names the town),
 * when it says something ("Callahan said"), or when it is an acronym ("the
 * REAL Act") or an English word ("Commerce", "Arab").
 */
static int small_town_here(const finder *f, uint32_t s_first, uint32_t s_end, uint32_t i, uint32_t len,
                           const lex_place *const *hits, size_t nhits) {
  if (len != 1) return 1;
  for (size_t p = 0; p < nhits; p++)
    if (named_without_cue(hits[p])) return 1;
  if (i > s_first + 1 && name_word(f, i - 1)) return 0;
  /* A district with no town of its name is named with its noun: "Edu district", "the district of Edu". */
  int towns = 0;
  for (size_t p = 0; p < nhits && !towns; p++) towns = strcmp(hits[p]->feature, "ADM2") != 0;
  if (!towns)
    return (i + 1 < s_end && token_word(f, i + 1, division_nouns)) ||
           (i >= s_first + 2 && token_word(f, i - 1, (const char *const[]){"of", NULL}) &&
            token_word(f, i - 2, division_nouns));
  if (place_cue_before(f, s_first, i) || division_after(f, s_end, i + 1)) return 1;
  if (i + 1 < s_end && name_word(f, i + 1) && !english_word(f, i + 1)) return 0;
  if (i + 1 < s_end && token_word(f, i + 1, (const char *const[]){"said", "says", "told", "added", NULL})) return 0;
  return !acronym(f, s_first, s_end, i) && !english_word(f, i);
}

/* Countries the story's actors name, with counts, for choosing among places of one name. */
typedef struct country_votes {
  char code[64][4];
  size_t count[64];
  size_t n;
} country_votes;

static void vote(country_votes *v, const char *code) {
  if (!code[0]) return;
  for (size_t i = 0; i < v->n; i++)
    if (memcmp(v->code[i], code, 4) == 0) {
      v->count[i]++;
      return;
    }
  if (v->n < 64) {
    memcpy(v->code[v->n], code, 4);
    v->count[v->n++] = 1;
  }
}

static size_t votes_for(const country_votes *v, const char *code) {
  for (size_t i = 0; i < v->n; i++)
    if (memcmp(v->code[i], code, 4) == 0) return v->count[i];
  return 0;
}

/* A prior for a place's kind: capitals and first-level seats over villages. */
static double feature_prior(const char *f) {
  if (strcmp(f, "PCLI") == 0) return 2.0;
  /* A capital is named more than a division of its name elsewhere ("Washington"). */
  if (strcmp(f, "PPLC") == 0) return 2.5;
  if (strcmp(f, "ADM1") == 0 || strcmp(f, "PPLA") == 0 || strcmp(f, "RGN") == 0 || strcmp(f, "AREA") == 0 ||
      strcmp(f, "CRSS") == 0)
    return 1.0;
  if (strcmp(f, "PPLA2") == 0) return 0.5;
  return 0;
}


/*
 * Hints from the words around a name: "Qatar's capital, Doha" (the country
 * before it), "Hyderabad, Sindh" and "Doha, Qatar" (a division or country
 * after it). Adds to scores[] of the candidate's places.
 */
static void context_hints(const finder *f, candidate *c, uint32_t s_first, uint32_t s_end, double *scores) {
  /* After: ", NAME". */
  if (c->end + 1 < s_end && f->toks[c->end].kind == DL_TOKEN_PUNCT &&
      f->text[f->toks[c->end].start] == ',') {
    const lex_place *h[LEX_MAX_PLACES];
    size_t nh = 0;
    /* A state's abbreviation first: "Auburn, Ala." is not Ala in Italy. */
    uint32_t len = 0;
    const lex_place *state = state_abbreviated(f, c->end + 1, s_end, &len);
    if (state) {
      h[0] = state;
      nh = 1;
    } else {
      len = longest_name(f, c->end + 1, s_end, h, &nh);
    }
    for (size_t a = 0; len && a < nh; a++)
      for (size_t p = 0; p < c->nhits; p++) {
        const lex_place *x = c->hits[p];
        int same_country = strcmp(x->country, h[a]->country) == 0;
        int division = h[a]->admin1[0] && strcmp(x->admin1, h[a]->admin1) == 0 && strcmp(h[a]->feature, "ADM1") == 0;
        int country = strcmp(h[a]->feature, "PCLI") == 0 && same_country;
        if (division) scores[p] += 6;
        else if (country) scores[p] += 5;
        if (division || country) c->pinned = 1;
      }
  }
  /* "Washington state", "Mexico state": the division, not the city or country of the name. */
  if (c->end < s_end && token_word(f, c->end, (const char *const[]){"state", NULL})) {
    c->division = 1;
    for (size_t p = 0; p < c->nhits; p++)
      if (strcmp(c->hits[p]->feature, "ADM1") == 0) scores[p] += 6;
  }
  /* Before: "COUNTRY's capital, NAME" within a few words. */
  for (uint32_t i = c->first > s_first + 6 ? c->first - 6 : s_first; i + 1 < c->first; i++) {
    if (f->toks[i + 1].kind != DL_TOKEN_POSSESSIVE) continue;
    int32_t m = f->mention_at[i - s_first];
    const char *country = m >= 0 ? f->mentions->items[m].country : "";
    if (!country[0]) continue;
    for (size_t p = 0; p < c->nhits; p++)
      if (strcmp(c->hits[p]->country, country) == 0) scores[p] += 5;
  }
}

/* Divisions of the places chosen so far in the story: Gainesville in a story of Georgia towns is Georgia's. */
typedef struct division_votes {
  char code[32][8];
  size_t count[32];
  size_t n;
} division_votes;

static void vote_division(division_votes *v, const char *code) {
  if (!code[0]) return;
  for (size_t i = 0; i < v->n; i++)
    if (strncmp(v->code[i], code, 8) == 0) {
      v->count[i]++;
      return;
    }
  if (v->n < 32) {
    memcpy(v->code[v->n], code, 8);
    v->count[v->n++] = 1;
  }
}

static size_t division_votes_for(const division_votes *v, const char *code) {
  if (!code[0]) return 0;
  for (size_t i = 0; i < v->n; i++)
    if (strncmp(v->code[i], code, 8) == 0) return v->count[i];
  return 0;
}

/* Surnames seen in the story ("Tom Ripley"), so that "Ripley said" later is no town. */
typedef struct surnames {
  char key[64][32];
  size_t n;
} surnames;

static void add_surname(surnames *sn, const finder *f, uint32_t i) {
  char k[PLACE_MAX_KEY];
  size_t n = fold_token(f, i, k, sizeof k);
  if (!n || n >= sizeof sn->key[0] || sn->n == 64) return;
  for (size_t q = 0; q < sn->n; q++)
    if (strcmp(sn->key[q], k) == 0) return;
  memcpy(sn->key[sn->n++], k, n + 1);
}

static int is_surname(const surnames *sn, const finder *f, uint32_t i) {
  char k[PLACE_MAX_KEY];
  size_t n = fold_token(f, i, k, sizeof k);
  for (size_t q = 0; n && q < sn->n; q++)
    if (strcmp(sn->key[q], k) == 0) return 1;
  return 0;
}

/* How far apart two places may be and still be read as one story's neighbours, in km. */
#define PLACE_NEAR_KM 120.0

/* Distance in km between two places (equirectangular: exact enough at the scale of PLACE_NEAR_KM). */
static double place_km(const lex_place *a, const lex_place *b) {
  const double rad = 3.14159265358979323846 / 180.0;
  double dlon = fabs((double)a->lon - (double)b->lon);
  if (dlon > 180.0) dlon = 360.0 - dlon;
  double x = dlon * rad * cos(((double)a->lat + (double)b->lat) * 0.5 * rad);
  double y = ((double)a->lat - (double)b->lat) * rad;
  return 6371.0 * sqrt(x * x + y * y);
}

/* Nonzero for a town or point, not a country or a division. */
static int place_is_point(const lex_place *p) {
  return strcmp(p->feature, "PCLI") != 0 && strcmp(p->feature, "ADM1") != 0 && strcmp(p->feature, "RGN") != 0 &&
         strcmp(p->feature, "AREA") != 0;
}

/* Each place's score from its name alone and its own sentence: kind, population, the story's countries, the dateline. */
static void local_scores(const finder *f, candidate *c, uint32_t s_first, uint32_t s_end, const country_votes *story,
                         const char *dateline_country) {
  for (size_t p = 0; p < c->nhits; p++) {
    const lex_place *x = c->hits[p];
    c->local[p] = log10((double)x->population + 10.0) + feature_prior(x->feature);
    size_t v = votes_for(story, x->country);
    /* The story's countries choose among notable places of a name ("Hyderabad"); they count less for a small
       town, which its division or its neighbours place better. */
    if (v) c->local[p] += (2.5 + (v > 3 ? 1.0 : 0.3 * (double)v)) * (named_without_cue(x) ? 1.0 : 0.7);
    if (dateline_country && strcmp(x->country, dateline_country) == 0) c->local[p] += 1.5;
  }
  if (c->where == PLACE_IN_TEXT) context_hints(f, c, s_first, s_end, c->local);
}

/* The division votes bonus of place x. */
static double division_bonus(const division_votes *divisions, const lex_place *x) {
  size_t dv = divisions ? division_votes_for(divisions, x->admin1) : 0;
  return dv ? 1.5 + (dv > 2 ? 1.0 : 0.5 * (double)dv) : 0;
}

/* The place with the best score; before is the place the candidate follows ("Atlanta, Georgia"), or NULL. */
static const lex_place *pick(candidate *c, const lex_place *before, const division_votes *divisions,
                             const double *near) {
  size_t best = 0;
  double best_score = 0;
  for (size_t p = 0; p < c->nhits; p++) {
    const lex_place *x = c->hits[p];
    double score = c->local[p] + division_bonus(divisions, x) + (near ? near[p] : 0);
    /* The division or country of the place before it: Atlanta's state is Georgia, Tbilisi's country Georgia. */
    if (before && strcmp(x->feature, "ADM1") == 0 && x->admin1[0] && strcmp(x->admin1, before->admin1) == 0)
      score += 8;
    else if (before && strcmp(x->country, before->country) == 0)
      score += 4;
    c->score[p] = score;
    if (p == 0 || score > best_score) {
      best = p;
      best_score = score;
    }
  }
  return c->hits[best];
}

/* Nonzero when a candidate's place is pooled with the other mentions of its name. */
static int pooled(const candidate *c) { return c->follows < 0 && !c->division; }

/* A town or division votes for its division; a country, or a division alone in its name, votes too. */
static void vote_chosen(division_votes *v, const candidate *c) {
  if (strcmp(c->chosen->feature, "PCLI") != 0 || c->nhits == 1) vote_division(v, c->chosen->admin1);
}

/* Nonzero when mention m is a country named as another country's first-level division is ("Georgia" the state):
   it does not vote, or every Georgia would be the country. */
static int division_too(const finder *f, const dl_mention *m) {
  if (!m->entry || m->entry->kind != LEX_COUNTRY || m->head >= f->doc->tokens.len) return 0;
  char k[PLACE_MAX_KEY];
  size_t n = fold_token(f, m->head, k, sizeof k);
  const lex_place *h[LEX_MAX_PLACES];
  size_t nh = n ? lex_place_lookup(f->lex, k, n, h, LEX_MAX_PLACES) : 0;
  for (size_t p = 0; p < nh && p < LEX_MAX_PLACES; p++)
    if (strcmp(h[p]->feature, "ADM1") == 0 && strcmp(h[p]->country, m->country) != 0) return 1;
  return 0;
}

/* How many other names, nearest in the story's order, a name's second choice weighs: a bound on the work of a
   story that names thousands of places. */
#define PLACE_CONTEXT_NAMES 128

/* A candidate's name, for grouping the mentions of one name. */
typedef struct name_key {
  const lex_place *first, *last;
  size_t nhits;
  uint32_t index;
} name_key;

static int compare_name_key(const void *a, const void *b) {
  const name_key *x = a, *y = b;
  if (x->first != y->first) return (uintptr_t)x->first < (uintptr_t)y->first ? -1 : 1;
  if (x->last != y->last) return (uintptr_t)x->last < (uintptr_t)y->last ? -1 : 1;
  if (x->nhits != y->nhits) return x->nhits < y->nhits ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/*
 * Gives each candidate the index of its name's first mention (cands[k].name) and lists the names' first
 * mentions in story order in firsts[]; returns how many names there are. keys is scratch room for n keys.
 */
static size_t group_names(candidate *cands, size_t n, name_key *keys, uint32_t *firsts) {
  for (size_t k = 0; k < n; k++)
    keys[k] = (name_key){cands[k].hits[0], cands[k].hits[cands[k].nhits - 1], cands[k].nhits, (uint32_t)k};
  qsort(keys, n, sizeof *keys, compare_name_key);
  for (size_t k = 0; k < n; k++) {
    int same = k > 0 && keys[k].first == keys[k - 1].first && keys[k].last == keys[k - 1].last &&
               keys[k].nhits == keys[k - 1].nhits;
    cands[keys[k].index].name = same ? cands[keys[k - 1].index].name : keys[k].index;
  }
  size_t names = 0;
  for (size_t k = 0; k < n; k++)
    if (cands[k].name == k) firsts[names++] = (uint32_t)k;
  return names;
}

/*
 * Chooses every candidate's place, in two rounds. The first reads the
 * story in order: each name by its own sentence and the divisions of the
 * places chosen before it. The second chooses again with what the whole
 * story says: the divisions of every other name's place, and the towns of
 * other names near each of a name's places ("Gainesville" in a story that
 * names Sherman and Denton is the Texas town). A name never votes for
 * itself, or its first choice would confirm itself. Then each name is one
 * place throughout the story.
 */
static void choose_all(candidate *cands, size_t n, const lex_place *dateline_place, name_key *keys,
                       uint32_t *firsts) {
  division_votes divisions;
  memset(&divisions, 0, sizeof divisions);
  if (dateline_place) vote_division(&divisions, dateline_place->admin1);
  for (size_t k = 0; k < n; k++) {
    candidate *c = &cands[k];
    c->chosen = pick(c, c->follows >= 0 ? cands[c->follows].chosen : NULL, &divisions, NULL);
    vote_chosen(&divisions, c);
  }
  size_t names = group_names(cands, n, keys, firsts);
  double near[LEX_MAX_PLACES] = {0};
  for (size_t a = 0; a < names; a++) {
    const candidate *c = &cands[firsts[a]];
    if (c->nhits < 2) continue;
    memset(&divisions, 0, sizeof divisions);
    if (dateline_place) vote_division(&divisions, dateline_place->admin1);
    unsigned same_country[LEX_MAX_PLACES] = {0}, near_count[LEX_MAX_PLACES] = {0};
    /* The name is a country's and a division's elsewhere ("Georgia"). */
    int country_too = 0;
    for (size_t p = 0; p < c->nhits && !country_too; p++) country_too = strcmp(c->hits[p]->feature, "PCLI") == 0;
    for (size_t p = 0; p < c->nhits; p++) near[p] = 0;
    /* Each other name counts once, however often the story names it. */
    size_t from = a > PLACE_CONTEXT_NAMES ? a - PLACE_CONTEXT_NAMES : 0;
    size_t to = a + PLACE_CONTEXT_NAMES < names ? a + PLACE_CONTEXT_NAMES + 1 : names;
    for (size_t b = from; b < to; b++) {
      if (b == a) continue;
      const candidate *d = &cands[firsts[b]];
      vote_chosen(&divisions, d);
      for (size_t p = 0; p < c->nhits; p++) {
        /* A division over a country of its name, a little, by the story's other places in the division's
           country: "Georgia, Florida and Alabama". */
        if (country_too && strcmp(c->hits[p]->feature, "ADM1") == 0 &&
            strcmp(c->hits[p]->country, d->chosen->country) == 0 && same_country[p] < 3) {
          near[p] += 0.5;
          same_country[p]++;
        }
        if (place_is_point(d->chosen) && place_is_point(c->hits[p]) && place_km(c->hits[p], d->chosen) < PLACE_NEAR_KM)
          near[p] += near_count[p]++ ? 0.5 : 1.5;
      }
    }
    for (size_t k = firsts[a]; k < n; k++)
      if (cands[k].name == firsts[a])
        cands[k].chosen = pick(&cands[k], cands[k].follows >= 0 ? cands[cands[k].follows].chosen : NULL,
                               &divisions, near);
  }
  /* One name, one place in a story: "Dublin police" and "Dublin, Ohio" are one town. A mention a division or
     country after it pins ("Dublin, Ohio", "Paris, Texas") decides for the others; else each place's scores
     are summed over the name's mentions. A name placed by the place before it ("Atlanta, Georgia", "Tbilisi,
     Georgia") or named as a division ("Washington state") keeps its own. */
  for (size_t a = 0; a < names; a++) {
    uint32_t name = firsts[a];
    if (cands[name].nhits < 2) continue;
    double total[LEX_MAX_PLACES] = {0};
    const lex_place *pinned = NULL;
    for (size_t k = name; k < n; k++) {
      const candidate *c = &cands[k];
      if (c->name != name || !pooled(c)) continue;
      if (c->pinned && !pinned) pinned = c->chosen;
      for (size_t p = 0; p < c->nhits; p++) total[p] += c->score[p];
    }
    size_t best = 0;
    for (size_t p = 1; p < cands[name].nhits; p++)
      if (total[p] > total[best]) best = p;
    for (size_t k = name; k < n; k++)
      if (cands[k].name == name && pooled(&cands[k])) cands[k].chosen = pinned ? pinned : cands[name].hits[best];
  }
}

int places_find(dl_context *ctx, const dl_lexicon *lex, const dl_article *a, const dl_document *doc,
                const dl_mention_vec *mentions, const uint8_t *only, place_mention_vec *out) {
  lower_words lower = {ctx, NULL, 0, 0};
  finder f = {lex, doc, mentions, doc->text.text.data, doc->tokens.items, NULL, &lower};
  if (lex_place_count(lex) == 0) return DL_OK;
  f.mention_at = dl_mem_alloc(ctx, DOC_MAX_SENTENCE_TOKENS * sizeof *f.mention_at);
  if (!f.mention_at) return DL_ENOMEM;
  candidate_vec cands = {0};
  int rc = DL_OK;
  country_votes story;
  memset(&story, 0, sizeof story);
  /* A capital acting for its government ("Dublin police") does not vote: in a story of Dublin, Ohio, it would
     vote for Ireland, and for every town of its name the capital. Nor does a country taken from another mention
     ("the high school" after it), which would only echo that mention. */
  for (size_t k = 0; k < mentions->len; k++) {
    const dl_mention *m = &mentions->items[k];
    if ((!m->entry || m->entry->kind != LEX_CAPITAL) && !(m->flags & MENTION_INFERRED) && !division_too(&f, m))
      vote(&story, m->country);
  }

  surnames names;
  memset(&names, 0, sizeof names);
  /* The last word of every person the actors name is a surname. */
  for (size_t k = 0; k < mentions->len; k++)
    if (mentions->items[k].kind == MENTION_PERSON && mentions->items[k].end > mentions->items[k].first)
      add_surname(&names, &f, mentions->items[k].end - 1);
  /* The dateline's place. */
  const char *dateline_country = NULL;
  const lex_place *dateline_place = NULL;
  candidate dl;
  memset(&dl, 0, sizeof dl);
  if (a && a->dateline_place.end > a->dateline_place.start) {
    char key[PLACE_MAX_KEY];
    size_t n = lex_place_fold(a->src + a->dateline_place.start, a->dateline_place.end - a->dateline_place.start, key,
                              sizeof key);
    dl.nhits = n ? lex_place_lookup(lex, key, n, dl.hits, LEX_MAX_PLACES) : 0;
    if (dl.nhits > LEX_MAX_PLACES) dl.nhits = LEX_MAX_PLACES;
    if (dl.nhits) {
      dl.where = PLACE_DATELINE;
      dl.first = a->dateline_place.start;
      dl.end = a->dateline_place.end;
      local_scores(&f, &dl, 0, 0, &story, NULL);
      dateline_place = pick(&dl, NULL, NULL, NULL);
      dateline_country = dateline_place->country;
      place_mention pm = {PLACE_DATELINE, 0, dl.first, dl.end, dateline_place};
      rc = DL_VEC_PUSH(ctx, *out, pm);
    }
  }

  size_t mi = 0;
  for (size_t si = 0; si < doc->sentences.len && rc == DL_OK; si++) {
    if (only && !only[si]) continue;
    const dl_sentence *sen = &doc->sentences.items[si];
    uint32_t s_first = sen->first_token;
    uint32_t n = sen->token_count > DOC_MAX_SENTENCE_TOKENS ? DOC_MAX_SENTENCE_TOKENS : sen->token_count;
    uint32_t s_end = s_first + n;
    for (uint32_t i = 0; i < n; i++) f.mention_at[i] = -1;
    while (mi < mentions->len && mentions->items[mi].sentence < si) mi++;
    /* A mention the actor stage named through the gazetteer ("Darfur rebels") leaves its place to be found here. */
    for (size_t k = mi; k < mentions->len && mentions->items[k].sentence == si; k++)
      for (uint32_t t = mentions->items[k].first; t < mentions->items[k].end && !mentions->items[k].place; t++)
        if (t >= s_first && t < s_end) f.mention_at[t - s_first] = (int32_t)k;
    size_t from = cands.len;
    uint32_t name_end = UINT32_MAX; /* after a capitalised name that is no place: "President Chad Smith" */
    for (uint32_t i = s_first; i < s_end && rc == DL_OK;) {
      const dl_token *t = &doc->tokens.items[i];
      if ((t->kind != DL_TOKEN_WORD && t->kind != DL_TOKEN_ABBREV) || !capitalised(&f, i)) {
        i++;
        continue;
      }
      candidate c;
      memset(&c, 0, sizeof c);
      c.where = PLACE_IN_TEXT;
      c.sentence = (uint32_t)si;
      uint32_t len = longest_name(&f, i, s_end, c.hits, &c.nhits);
      /* "Atlanta, Georgia", "Tbilisi, Georgia": a name after a place and a comma says where that place is. */
      int after_place = i >= s_first + 2 && cands.len > from && cands.items[cands.len - 1].end == i - 1 &&
                        f.text[doc->tokens.items[i - 1].start] == ',';
      /* "Gainesville, Ga.": a state's abbreviation there is the state, whatever else it may name ("Ala."). */
      uint32_t state_len = 0;
      const lex_place *state = after_place ? state_abbreviated(&f, i, s_end, &state_len) : NULL;
      if (state) {
        c.hits[0] = state;
        c.nhits = 1;
        len = state_len;
      }
      after_place = after_place && len;
      if (i == name_end && capitalised(&f, i) && t->kind == DL_TOKEN_WORD) add_surname(&names, &f, i);
      if (!len || i == name_end || (len == 1 && is_surname(&names, &f, i)) ||
          (!after_place && (!may_be_place(&f, s_first, s_end, i, len, c.hits, c.nhits) ||
                            !small_town_here(&f, s_first, s_end, i, len, c.hits, c.nhits)))) {
        /* Only a name's first word makes the next a surname: not "The", "In", a sentence's first word, or an
           English word that is a town's name too ("Rodeo Gainesville"). */
        char k[PLACE_MAX_KEY];
        size_t kn = fold_token(&f, i, k, sizeof k);
        name_end = i > s_first && kn && word_class_of(k, kn) == WC_OPEN && !in_list(k, kn, titles) &&
                           !(len && english_word(&f, i))
                       ? i + 1
                       : UINT32_MAX;
        i++;
        continue;
      }
      c.first = i;
      c.end = i + len;
      /* "Atlanta, Georgia" reads the second name by the first. */
      c.follows = after_place ? (int32_t)cands.len - 1 : -1;
      /* Scored now, while the sentence's actors are at hand; chosen once the whole story is read. */
      local_scores(&f, &c, s_first, s_end, &story, dateline_country);
      rc = DL_VEC_PUSH(ctx, cands, c);
      i += len;
    }
  }
  /* The caption ("A general view of the border post in Torkham"): no actors of its own. */
  dl_token_vec ctoks = {0};
  if (rc == DL_OK && doc->caption.text.len && !only)
    rc = tokenize(ctx, doc->caption.text.data, 0, doc->caption.text.len, &ctoks);
  if (rc == DL_OK && ctoks.len) {
    f.text = doc->caption.text.data;
    f.toks = ctoks.items;
    uint32_t n = ctoks.len > DOC_MAX_SENTENCE_TOKENS ? DOC_MAX_SENTENCE_TOKENS : (uint32_t)ctoks.len;
    for (uint32_t i = 0; i < n; i++) f.mention_at[i] = -1;
    for (uint32_t i = 0; i < n && rc == DL_OK;) {
      candidate c;
      memset(&c, 0, sizeof c);
      c.where = PLACE_CAPTION;
      c.sentence = 0;
      uint32_t len = ((ctoks.items[i].kind == DL_TOKEN_WORD || ctoks.items[i].kind == DL_TOKEN_ABBREV) &&
                      capitalised(&f, i))
                         ? longest_name(&f, i, n, c.hits, &c.nhits)
                         : 0;
      if (!len || !may_be_place(&f, 0, n, i, len, c.hits, c.nhits)) {
        i++;
        continue;
      }
      c.first = i;
      c.end = i + len;
      c.follows = -1;
      local_scores(&f, &c, 0, n, &story, dateline_country);
      rc = DL_VEC_PUSH(ctx, cands, c);
      i += len;
    }
  }
  if (rc == DL_OK && cands.len) {
    name_key *keys = dl_mem_alloc(ctx, cands.len * sizeof *keys);
    uint32_t *firsts = dl_mem_alloc(ctx, cands.len * sizeof *firsts);
    if (keys && firsts) choose_all(cands.items, cands.len, dateline_place, keys, firsts);
    else rc = DL_ENOMEM;
    dl_mem_free(ctx, keys, cands.len * sizeof *keys);
    dl_mem_free(ctx, firsts, cands.len * sizeof *firsts);
  }
  for (size_t k = 0; k < cands.len && rc == DL_OK; k++) {
    const candidate *c = &cands.items[k];
    place_mention pm = {c->where, c->sentence, c->first, c->end, c->chosen};
    rc = DL_VEC_PUSH(ctx, *out, pm);
  }
  DL_VEC_FREE(ctx, ctoks);
  DL_VEC_FREE(ctx, cands);
  dl_mem_free(ctx, f.mention_at, DOC_MAX_SENTENCE_TOKENS * sizeof *f.mention_at);
  dl_mem_free(ctx, lower.slots, lower.cap * sizeof *lower.slots);
  return rc;
}
