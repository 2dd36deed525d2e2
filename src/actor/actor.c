/* actor.c: actor mentions: longest dictionary matches combined into coded noun phrases. */
#include "actor/actor.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/buffer.h"
#include "core/words.h"
#include "lexicon/places.h"
#include "tag/wordclass.h"
#include "text/tokenize.h"

/* Longest key of one token that is looked up; longer tokens are not names. */
#define ACTOR_MAX_KEY 64
/* How far back (in sentences) "the soldiers" looks for who the soldiers are. */
#define ACTOR_ANTECEDENT_SENTENCES 4
/* Capitalised words after a title that are taken as a name ("President Abdelaziz Bouteflika"). */
#define ACTOR_MAX_NAME 4
/* Words allowed between a country and its role ("Afghan civil officials"). */
#define ACTOR_MAX_GAP 2

/* Why a town or region was looked up in the gazetteer (actor_atom.cue). */
enum {
  CUE_NAMED = 1,  /* a place noun says it is a place: "the town of Cizre", "Sindh province" */
  CUE_ROLE_OF,    /* it follows a role and "of", "in" or "from": "the government of Sindh" */
  CUE_LOCATIVE,   /* it follows a locative preposition: "in Samarra" */
  CUE_ROLE_AFTER, /* a word that may start a role follows: "Darfur rebels"; kept only when one does */
  CUE_TAKEN       /* it is what an act of force or a move was done to: "captured Raqqa", "shelled Idlib" */
};

/* A dictionary match: tokens [start, end) of the sentence and its entry. */
/* Most countries one phrase is given to that the story may choose among ("Kurds": Iraq, Syria, Turkey, Iran). */
#define ACTOR_MAX_ALTS 4

/* A shared phrase's entries, one a country, the one first chosen first; n is 0 for a phrase no other country shares. */
typedef struct entry_choices {
  uint8_t n;
  const lex_entry *entries[ACTOR_MAX_ALTS];
} entry_choices;

typedef struct actor_atom {
  uint32_t start;         /* first token, relative to the sentence */
  uint32_t end;           /* one past the last */
  const lex_entry *entry; /* the entry chosen among the phrase's hits; a place's country entry */
  const lex_place *place; /* a town or region of the gazetteer that names the country, or NULL */
  uint8_t cue;            /* CUE_*, for a place */
  uint8_t locative;       /* a place that reads as where, not who: "near the town of Samarra" */
  uint8_t past;           /* a person named after their last office, now an elite (ELI) */
  int32_t ref;            /* a surname's earlier mention in the story ("Mr Kennedy"), or -1 */
  entry_choices alts;     /* the entries of the other countries the phrase is given to, with entry */
  uint8_t apposed;        /* a name set off by commas after a role: its holder ("the home secretary, Sajid Javid,");
                             2 for a name before ", for" a group: the group's ("Vincent Cable, for the Lib Dems,") */
  const lex_entry *home;  /* a firm's country, from the city its name opens with ("New York Stock Exchange"), or NULL */
} actor_atom;

/* A mention named by a shared phrase, and the phrase's entries: decided again once the story is read. */
typedef struct actor_shared {
  uint32_t mention;       /* index into the output */
  entry_choices alts;
} actor_shared;

/* Per-sentence scratch space, reused across sentences so tokens cost no allocation. */
typedef struct actor_scratch {
  dl_buffer keys;             /* every token's key, one after another */
  DL_VEC(uint32_t) key_start; /* offset of each token's key in keys */
  DL_VEC(const char *) key_ptr; /* pointers into keys, built once the buffer is complete */
  DL_VEC(size_t) key_len;     /* key lengths */
  DL_VEC(actor_atom) atoms;   /* the sentence's matches */
  DL_VEC(uint16_t) facts;     /* what the token_* helpers found out about each token (FACT_*), 0 until asked */
  char countries[64][4];      /* the distinct countries of the story's mentions so far, for place_choose */
  size_t ncountries;          /* how many */
  size_t scanned;             /* mentions looked at for them */
  DL_VEC(uint32_t) persons;   /* the story's mentions of named people with a country, for surname_atom */
  DL_VEC(actor_shared) shared; /* mentions named by shared phrases, decided again at the end of the story */
  size_t persons_scanned;     /* mentions looked at for them */
  int story_discarded;        /* a story discard matched: the story has no actors */
} actor_scratch;

/*
 * Facts about a token, found once per sentence: its word class (in the low 4
 * bits), whether WordNet lists it as an adjective, and whether its lemma is a
 * noun or a verb as token_lemma_is asks.
 */
enum {
  FACT_CLASS = 0x10,           /* the class is known */
  FACT_ADJECTIVE_KNOWN = 0x20, /* FACT_ADJECTIVE is known */
  FACT_ADJECTIVE = 0x40,       /* the word (lower case, shorter than ACTOR_MAX_KEY) is an adjective */
  FACT_NOUN_KNOWN = 0x80,      /* FACT_NOUN is known */
  FACT_NOUN = 0x100,           /* token_lemma_is(i, 0) */
  FACT_VERB_KNOWN = 0x200,     /* FACT_VERB is known */
  FACT_VERB = 0x400,           /* token_lemma_is(i, 1) */
  FACT_MATCHED = 0x800         /* a dictionary phrase found in the sentence covers the token, chosen or not */
};

/* Everything one sentence's pass reads. */
typedef struct actor_sentence {
  const dl_document *doc;  /* the document */
  const dl_lexicon *lex;   /* the dictionaries */
  const char *text;        /* the normalised text */
  const dl_token *tokens;  /* the sentence's tokens */
  uint32_t base;           /* index of tokens[0] in the document */
  uint32_t n;              /* token count */
  uint32_t index;          /* sentence number */
  actor_scratch *scratch;  /* keys and atoms */
  const dl_mention_vec *story; /* the mentions of the sentences before */
  size_t story_first;      /* the story's first mention in it */
} actor_sentence;

/* Nonzero for a company's entry: a group of business, not a body of states such as the WTO (IGOBUSWTO). */
static int entry_is_firm(const lex_entry *e) {
  return e->kind == LEX_GROUP && strncmp(e->roles, "BUS", 3) == 0 && strncmp(e->code, "IGO", 3) != 0;
}

/* Priority of an entry kind when one phrase has several. */
static int kind_rank(uint8_t kind) {
  switch (kind) {
    case LEX_PERSON: return 7;
    case LEX_GROUP: return 6;
    case LEX_BODY: return 5;
    case LEX_COUNTRY: return 4;
    case LEX_CAPITAL: return 3;
    case LEX_DEMONYM: return 2;
    case LEX_ROLE: return 1;
    default: return 0;
  }
}

/* The lower-case form of a token, for the function-word table. */
static size_t token_lower(const actor_sentence *as, uint32_t i, char *out, size_t cap) {
  const dl_token *t = &as->tokens[i];
  return words_lower_ascii(as->text + t->start, t->len, out, cap);
}

/* The word class of token i (WC_OPEN for content words and out-of-range indices). */
static word_class token_class(const actor_sentence *as, uint32_t i) {
  if (i >= as->n) return WC_OPEN;
  uint16_t *fact = &as->scratch->facts.items[i];
  if (*fact & FACT_CLASS) return (word_class)(*fact & 15);
  char low[32];
  word_class c = WC_OPEN;
  if (as->tokens[i].len <= sizeof low) {
    size_t n = token_lower(as, i, low, sizeof low);
    c = word_class_of(low, n);
  }
  if ((unsigned)c <= 15) *fact = (uint16_t)(*fact | FACT_CLASS | (unsigned)c);
  return c;
}

/* Nonzero when token i is a locative preposition ("in", "to", "from"). */
static int token_locative(const actor_sentence *as, uint32_t i) {
  if (i >= as->n) return 0;
  char low[32];
  if (as->tokens[i].len > sizeof low) return 0;
  size_t n = token_lower(as, i, low, sizeof low);
  return word_is_locative_preposition(low, n);
}

/* Nonzero when token i is the lower-case word w (shorter than 32 bytes), in any case. */
static int token_is(const actor_sentence *as, uint32_t i, const char *w) {
  if (i >= as->n || as->tokens[i].len >= 32) return 0;
  const dl_token *t = &as->tokens[i];
  const char *s = as->text + t->start;
  uint32_t k = 0;
  for (; k < t->len; k++) {
    char c = s[k];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (w[k] == '\0' || c != w[k]) return 0;
  }
  return w[k] == '\0';
}

/* Nonzero when token i's key (its lemma) differs from the word: a plural or other inflection. */
static int token_plural(const actor_sentence *as, uint32_t i) {
  char low[ACTOR_MAX_KEY], key[ACTOR_MAX_KEY];
  const dl_token *t = &as->tokens[i];
  if (t->len >= sizeof low) return 0;
  size_t n = token_lower(as, i, low, sizeof low);
  if (n <= 1 || low[n - 1] != 's') return 0;
  /* The key as sentence_keys would make it in full (it leaves keys no phrase uses empty). */
  size_t key_len;
  if (t->kind == DL_TOKEN_PUNCT || t->kind == DL_TOKEN_SYMBOL) {
    key_len = t->len;
    memcpy(key, as->text + t->start, key_len);
  } else {
    key_len = lex_token_key(as->lex, as->text + t->start, t->len, key, sizeof key);
  }
  return key_len != n || memcmp(key, low, n) != 0;
}

/*
 * Nonzero when token i is written as a name: a capital first, in capitals,
 * or an Arabic article before a capital ("al-Qaeda", "el-Sisi").
 */
static int token_capitalised(const actor_sentence *as, uint32_t i) {
  const dl_token *t = &as->tokens[i];
  if (t->flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)) return 1;
  /* Most words are neither: no hyphen among w[1..3], or too short for one before a letter. */
  const char *w = as->text + t->start;
  if (t->len < 3) return 0;
  for (uint32_t k = 1; k <= 3 && k + 1 < t->len; k++)
    if (w[k] == '-') return w[k + 1] >= 'A' && w[k + 1] <= 'Z';
  return 0;
}

/*
 * The first hyphen of token i, or NULL. Words of up to 16 bytes are looked
 * at 8 bytes at a time, with no branch per byte: most have no hyphen.
 */
static const char *token_hyphen(const actor_sentence *as, uint32_t i) {
  const dl_token *t = &as->tokens[i];
  const char *w = as->text + t->start;
  if (t->len >= 1 && t->len <= 16 && (size_t)t->start + 16 <= as->doc->text.text.len) {
    /* The 16 bytes from the word's start (some past it), tested for a '-' byte (S. E. Anderson, "Bit Twiddling Hacks"). */
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u, dashes = '-' * ones;
    uint64_t a, b;
    memcpy(&a, w, 8);
    memcpy(&b, w + 8, 8);
    a ^= dashes;
    b ^= dashes;
    if (!((((a - ones) & ~a) | ((b - ones) & ~b)) & highs)) return NULL;
  }
  return memchr(w, '-', t->len);
}

/* Nonzero when token i is a name joined by a hyphen to a participle of making: "American-made", "Soviet-built". */
static int made_in(const actor_sentence *as, uint32_t i) {
  const char *h = token_hyphen(as, i);
  if (!h) return 0;
  const dl_token *t = &as->tokens[i];
  /* (in byte order, for words_sorted_contain) */
  static const char *const made[] = {"assembled", "brewed",       "built",    "designed", "developed",
                                     "grown",     "made",         "manufactured", "produced", "supplied"};
  char low[16];
  size_t n = (size_t)(as->text + t->start + t->len - (h + 1));
  if (n >= sizeof low) return 0;
  n = words_lower_ascii(h + 1, n, low, sizeof low);
  return words_sorted_contain(made, sizeof made / sizeof *made, low, n);
}

/* Nonzero when token i has a digit: a number or a model ("777", "A320", "Su-24"). */
static int token_has_digit(const actor_sentence *as, uint32_t i) {
  const dl_token *t = &as->tokens[i];
  for (uint32_t k = 0; k < t->len; k++)
    if (as->text[t->start + k] >= '0' && as->text[t->start + k] <= '9') return 1;
  return 0;
}

/* Nonzero when token i is a lower-case word. */
static int token_lowercase_word(const actor_sentence *as, uint32_t i) {
  if (i >= as->n) return 0;
  const dl_token *t = &as->tokens[i];
  char c = as->text[t->start];
  return t->kind == DL_TOKEN_WORD && c >= 'a' && c <= 'z';
}

/* Words of direction between a preposition and a place: "in western Afghanistan", "in south Serbia"; sorted by byte value. */
static const char *const compass_words[] = {"central",      "east",         "eastern",      "neighboring", "neighbouring",
                                           "north",        "northeast",    "northeastern", "northern",    "northwest",
                                           "northwestern", "south",        "southeast",    "southeastern", "southern",
                                           "southwest",    "southwestern", "west",         "western"};

/*
 * Nonzero when a locative preposition comes before token first, maybe with a
 * word of direction between: "in Pakistan", "in western Afghanistan".
 */
static int locative_before(const actor_sentence *as, uint32_t first) {
  if (first == 0) return 0;
  if (token_locative(as, first - 1)) return 1;
  if (first < 2 || !token_lowercase_word(as, first - 1)) return 0;
  const dl_token *t = &as->tokens[first - 1];
  return words_sorted_contain(compass_words, sizeof compass_words / sizeof *compass_words, as->text + t->start, t->len) &&
         token_locative(as, first - 2);
}


/*
 * Computes every token's key into the scratch buffers. Punctuation keeps its
 * own text, so no phrase matches across it; a token no phrase can use where
 * it stands gets an empty key (see lex_phrase_keys).
 */
static int sentence_keys(actor_sentence *as) {
  actor_scratch *sc = as->scratch;
  dl_context *ctx = as->doc->ctx;
  dl_buffer_clear(&sc->keys);
  /* Room for every token of the document at the first sentence: no growing after. */
  size_t need = as->doc->tokens.len > as->n ? as->doc->tokens.len : as->n;
  if (dl_vec_reserve(ctx, (void **)&sc->key_start.items, &sc->key_start.cap, need, sizeof *sc->key_start.items) ||
      dl_vec_reserve(ctx, (void **)&sc->key_len.items, &sc->key_len.cap, need, sizeof *sc->key_len.items) ||
      dl_vec_reserve(ctx, (void **)&sc->key_ptr.items, &sc->key_ptr.cap, need, sizeof *sc->key_ptr.items) ||
      dl_vec_reserve(ctx, (void **)&sc->facts.items, &sc->facts.cap, need, sizeof *sc->facts.items))
    return DL_ENOMEM;
  /* Nothing is known yet of this sentence's tokens. */
  memset(sc->facts.items, 0, as->n * sizeof *sc->facts.items);
  sc->facts.len = as->n;
  if (lex_phrase_keys(as->lex, as->text, as->doc->text.text.len, as->tokens, as->n,
                      (1u << DL_TOKEN_PUNCT) | (1u << DL_TOKEN_SYMBOL), ACTOR_MAX_KEY, &sc->keys,
                      sc->key_start.items, sc->key_len.items) != DL_OK)
    return DL_ENOMEM;
  for (uint32_t i = 0; i < as->n; i++) sc->key_ptr.items[i] = sc->keys.data + sc->key_start.items[i];
  sc->key_start.len = sc->key_len.len = sc->key_ptr.len = as->n;
  return DL_OK;
}

/* Most phrases of one entry that written_as and spelled_as read. */
#define ACTOR_MAX_PHRASES 64

/* Whether a phrase's word wl bytes at w fits token k of a phrase that starts at token at. */
typedef int (*phrase_word_test)(const actor_sentence *as, uint32_t k, uint32_t at, const char *w, size_t wl);

/*
 * Holds phrase w, word by word, against tokens [at, end); with
 * skip_possessive, a possessive token goes with the word before it. Returns
 * 1 when the phrase has as many words and every one passes test, 0 when one
 * fails, and -1 when the phrase has another number of words.
 */
static int phrase_walk(const actor_sentence *as, uint32_t at, uint32_t end, const char *w, phrase_word_test test,
                       int skip_possessive) {
  uint32_t k = at;
  int fits = 1;
  for (;;) {
    while (*w == ' ') w++;
    if (!*w || k >= end) break;
    size_t wl = strcspn(w, " ");
    if (fits && !test(as, k, at, w, wl)) fits = 0;
    w += wl;
    k++;
    if (skip_possessive && k < end && as->tokens[k].kind == DL_TOKEN_POSSESSIVE) k++;
  }
  while (*w == ' ') w++;
  return *w || k != end ? -1 : fits;
}

/*
 * A word the dictionary writes capitalised is so in the text, unless an
 * article, preposition or conjunction. The word must be the token's, by
 * its first letter at least: "the west" is not "Western powers" written so.
 */
static int written_word(const actor_sentence *as, uint32_t k, uint32_t at, const char *w, size_t wl) {
  unsigned char first = (unsigned char)as->text[as->tokens[k].start];
  if (wl && as->tokens[k].len && first < 0x80 && (unsigned char)*w < 0x80 && (first | 32) != ((unsigned char)*w | 32))
    return 0;
  if ((*w >= 'a' && *w <= 'z') || as->tokens[k].kind != DL_TOKEN_WORD || token_capitalised(as, k)) return 1;
  /* A name's first word may be "the" in lower case: "the Guardian", "The Hague". */
  word_class c = k == at && !token_is(as, k, "the") ? WC_OPEN : token_class(as, k);
  return c == WC_DET || c == WC_PREP || c == WC_CONJ;
}

/*
 * Nonzero when entry e has a phrase, as its dictionary wrote it, with a
 * lower-case word wherever the text at tokens [at, at + len) has one (other
 * than an article, preposition or conjunction): "the UN refugee agency",
 * "the world body", "the Congress party". A possessive token goes with the
 * written word before it ("UN children's agency").
 */
static int written_as(const actor_sentence *as, uint32_t at, size_t len, const lex_entry *e) {
  const char *phrases[ACTOR_MAX_PHRASES];
  size_t n = lex_entry_phrases(as->lex, e, phrases, ACTOR_MAX_PHRASES);
  if (n > ACTOR_MAX_PHRASES) n = ACTOR_MAX_PHRASES;
  for (size_t p = 0; p < n; p++)
    if (phrase_walk(as, at, at + (uint32_t)len, phrases[p], written_word, 1) == 1) return 1;
  return 0;
}

/*
 * Nonzero when two words are spelled alike in any ASCII case; words with
 * other letters ("İbrahim", "Ibrahim") are taken as alike, their keys having
 * matched.
 */
static int same_spelling(const char *a, size_t alen, const char *b, size_t blen) {
  for (size_t i = 0; i < alen; i++)
    if ((unsigned char)a[i] >= 0x80) return 1;
  for (size_t i = 0; i < blen; i++)
    if ((unsigned char)b[i] >= 0x80) return 1;
  return alen == blen && strncasecmp(a, b, alen) == 0;
}

/* A phrase's word is spelled as token k is. */
static int spelled_word(const actor_sentence *as, uint32_t k, uint32_t at, const char *w, size_t wl) {
  (void)at;
  return same_spelling(w, wl, as->text + as->tokens[k].start, as->tokens[k].len);
}

/*
 * Nonzero unless the words at tokens [at, at + len) spell, in any case, none
 * of entry e's phrases of as many words. Phrases match on lemmas, but a
 * name is spelled one way: "Penny" is not "Pence", whose key is "penny" too.
 */
static int spelled_as(const actor_sentence *as, uint32_t at, size_t len, const lex_entry *e) {
  const char *phrases[ACTOR_MAX_PHRASES];
  size_t n = lex_entry_phrases(as->lex, e, phrases, ACTOR_MAX_PHRASES);
  if (n > ACTOR_MAX_PHRASES) n = ACTOR_MAX_PHRASES;
  int comparable = 0;
  for (size_t p = 0; p < n; p++) {
    int walk = phrase_walk(as, at, at + (uint32_t)len, phrases[p], spelled_word, 0);
    if (walk == 1) return 1;
    if (walk == 0) comparable = 1;
  }
  return !comparable;
}

/* Nonzero when two entries come from the same dictionary file ("peoples.txt:40" and "peoples.txt:43"). */
static int same_file(const lex_entry *a, const lex_entry *b) {
  const char *x = a->source ? a->source : "", *y = b->source ? b->source : "";
  size_t n = strcspn(x, ":");
  return n == strcspn(y, ":") && strncmp(x, y, n) == 0;
}

/* How much a mention says whose a shared name is: where things happen (a place) counts twice. */
static size_t mention_weight(const dl_mention *m) { return m->place || (m->flags & MENTION_LOCATIVE) ? 2 : 1; }

/* How many of the latest mentions, and of the sentence's latest names, say whose a shared name is. */
#define ACTOR_STORY_WINDOW 64

/*
 * How much the story's latest mentions, and the sentence's names so far,
 * name country c: a mention once, a place twice. Shared names and what was
 * inferred from them do not count, or the first guess would decide every
 * later one.
 */
static size_t story_country_count(const actor_sentence *as, const char *c) {
  size_t count = 0, from = as->story_first;
  /* Where things happen says more than who acts: "Turkish troops" in Afrin fight Syria's Kurds. A place counts twice. */
  if (as->story->len > from + ACTOR_STORY_WINDOW) from = as->story->len - ACTOR_STORY_WINDOW;
  for (size_t k = from; k < as->story->len; k++) {
    const dl_mention *m = &as->story->items[k];
    if (!(m->flags & MENTION_SHARED) && strncmp(m->country, c, 3) == 0) count += mention_weight(m);
  }
  const actor_scratch *sc = as->scratch;
  for (size_t k = sc->atoms.len > ACTOR_STORY_WINDOW ? sc->atoms.len - ACTOR_STORY_WINDOW : 0; k < sc->atoms.len; k++) {
    const actor_atom *a = &sc->atoms.items[k];
    if (!a->alts.n && strncmp(a->entry->country, c, 3) == 0) count += a->place || a->locative ? 2 : 1;
  }
  return count;
}

/* Nouns of bodies that end their names: "the Labour party", "the Free Syrian army". */
static const char *const name_end_nouns[] = {"party", "movement", "front", "army", "council", "union", "alliance",
                                         "organisation", "organization", "league", "federation", "brigade",
                                         "brigades", "coalition", "committee", "militia", NULL};

static int token_in(const actor_sentence *as, uint32_t i, const char *const *list);

/*
 * Chooses among a phrase's hits: user entries come first, then the most
 * specific kind. Names (not roles) must be capitalised in the text as their
 * dictionary writes them, so "turkey" and "chad" stay words. Where one
 * dictionary file gives the phrase to several countries ("Kurds", "the
 * Conservatives"), the country the story has named most so far wins; on a
 * tie, the entry taken as for any phrase. Returns NULL when nothing applies, and
 * sets *discard when a discard entry covers the phrase, unless the phrase
 * also names a group or people of a country the story has named: a
 * discarded shared name ("the Liberals") is coded only where the story says
 * whose it is; to 2 when a story discard covers it. With nothing
 * that applies on the article's date, a person named in full whose last
 * office ended before it is returned, with *past set: a former
 * office-holder is an elite.
 */
static const lex_entry *choose_entry(const actor_sentence *as, uint32_t at, size_t len,
                                     const lex_entry **hits, size_t nhits, int32_t day,
                                     int *discard, int *past, entry_choices *alts) {
  const lex_entry *best = NULL, *before = NULL;
  int discarded = 0;
  /* Every word of a name but its articles, prepositions and conjunctions is capitalised: "Russia Today", not "Russia today". */
  int capitalised = 1;
  for (uint32_t k = at; k < at + len && capitalised; k++) {
    if (as->tokens[k].kind != DL_TOKEN_WORD || token_capitalised(as, k)) continue;
    /* ...but the body's noun that ends it, which some papers write in lower case: "the Kurdistan Workers' party". */
    /* (Not the tail of a longer name, "The Social Democratic party", nor capitalised only as the sentence's first word.) */
    if (k + 1 == at + len && token_in(as, k, name_end_nouns) &&
        !(at > 1 && as->tokens[at - 1].kind == DL_TOKEN_WORD && token_capitalised(as, at - 1) && !token_is(as, at - 1, "the"))) {
      int named = 0;
      for (uint32_t q = at > 0 ? at : 1; q < k && !named; q++)
        named = as->tokens[q].kind == DL_TOKEN_WORD && token_capitalised(as, q) && !token_is(as, q, "the");
      if (named) continue;
    }
    word_class c = k == at && !token_is(as, k, "the") ? WC_OPEN : token_class(as, k);
    if (c != WC_DET && c != WC_PREP && c != WC_CONJ) capitalised = 0;
  }
  *discard = 0;
  *past = 0;
  alts->n = 0;
  for (size_t h = 0; h < nhits; h++) {
    const lex_entry *e = hits[h];
    if (!lex_entry_applies(e, day)) {
      /* A person named in full after their last office: "Carlos Menem" in 2005. */
      if (e->kind == LEX_PERSON && len > 1 && day != LEX_DAY_MIN && e->to_day < day && e->country[0] &&
          capitalised && (!before || e->to_day > before->to_day) && spelled_as(as, at, len, e))
        before = e;
      continue;
    }
    if (e->kind == LEX_DISCARD) {
      /* A story discard ("Champions League") drops the whole story, whatever else the phrase names. */
      if (e->flags & LEX_FLAG_STORY) {
        *discard = 2;
        return NULL;
      }
      /* With no article date, a discard that holds only from a date ("Soviet Union" after 1991) gives way to what the phrase names. */
      if (day == LEX_DAY_MIN && e->from_day != LEX_DAY_MIN && nhits > 1) continue;
      discarded = 1;
      continue;
    }
    if (e->kind != LEX_ROLE && !capitalised && !written_as(as, at, len, e)) continue;
    /* People and firms alike: "Philip" is not "Philips". */
    if ((e->kind == LEX_PERSON || (e->kind == LEX_GROUP && strncmp(e->roles, "BUS", 3) == 0)) &&
        !spelled_as(as, at, len, e))
      continue;
    if (!best || kind_rank(e->kind) > kind_rank(best->kind)) {
      best = e;
    } else if (kind_rank(e->kind) == kind_rank(best->kind) && day == LEX_DAY_MIN &&
               e->from_day > best->from_day) {
      /* With no article date, the latest status stands: the Taliban now govern. */
      best = e;
    }
  }
  if (best && best->country[0] && (discarded || nhits > 1)) {
    /* One entry a country, the chosen one first: for each other country the entry that applies (with no date, its latest status). */
    const lex_entry **cand = alts->entries;
    size_t ncand = 1;
    cand[0] = best;
    for (size_t h = 0; h < nhits; h++) {
      const lex_entry *e = hits[h];
      if (e == best || !e->country[0] || kind_rank(e->kind) != kind_rank(best->kind) ||
          !lex_entry_applies(e, day) || !same_file(e, best) ||
          (e->kind != LEX_ROLE && !capitalised && !written_as(as, at, len, e)))
        continue;
      size_t k = 0;
      while (k < ncand && strncmp(cand[k]->country, e->country, 3) != 0) k++;
      if (k == ncand && ncand < ACTOR_MAX_ALTS) cand[ncand++] = e;
      else if (k > 0 && k < ncand && day == LEX_DAY_MIN && e->from_day > cand[k]->from_day) cand[k] = e;
    }
    /* Counted only when needed: most phrases with several entries are one country's, dated. */
    size_t named = ncand > 1 || discarded ? story_country_count(as, best->country) : 0;
    for (size_t k = 1; k < ncand; k++) {
      size_t c = story_country_count(as, cand[k]->country);
      if (c > named) {
        best = cand[k];
        named = c;
      }
    }
    alts->n = ncand > 1 ? (uint8_t)ncand : 0;
    if (discarded && (named == 0 || best->kind == LEX_COUNTRY)) best = NULL;
  } else if (discarded) {
    best = NULL;
  }
  if (discarded && !best) {
    *discard = 1;
    return NULL;
  }
  if (!best && before) {
    *past = 1;
    return before;
  }
  return best;
}

/*
 * Prepositions after which a name is a place: "in Samarra", "near Kandahar".
 * Not "to", "at" or "from", after which people, clubs and firms come as
 * often: "lost to Davis", "at Nokia", "a transfer from Ajax".
 */
static const char *const place_prepositions[] = {"in", "near", "outside", "inside", "across", "throughout",
                                                 "around", "into", "within", NULL};
/*
 * Forms of acts of force and of moves whose object is often a town, and
 * seldom a person or a firm: "captured Raqqa", "shelled Idlib", "entered
 * Mosul" (not "attacked", "targeted" or "surrounded": "speculation
 * surrounded Santa Fe"). A big town or a region named right after one is
 * the place acted on.
 */
static const char *const taking_verbs[] = {
    "besieged", "bombarded", "bombed", "captured", "encircled", "entered", "invaded", "liberated", "occupied", "pounded",
    "overran", "raided", "recaptured", "retook", "seized", "shelled", "stormed", "besieging",
    "bombarding", "bombing", "capturing", "encircling", "entering", "invading", "liberating", "occupying",
    "raiding", "recapturing", "retaking", "seizing", "shelling", "storming", "pounding", "annexed", "annexing",
    "blockaded", "blockading", NULL};

/* Particles that carry a name on: "Stade de France", "Real del Monte". */
static const char *const name_particles[] = {"de", "del", "della", "di", "du", "des", "la", "le", "von", "van", "da",
                                             "dos", "al", "el", "bin", "ibn", NULL};

/* Words that join the parts of a firm's name: "Bank of Tokyo", "Banque Generale du Luxembourg", "Compagnie Generale des Eaux". */
static const char *const firm_particles[] = {"of", "du", "de", "des", "del", "della", "di", NULL};
/* ...those of them in French, Spanish, Italian or Portuguese, before a place that ends the name: "Credit Commercial de France". */
static const char *const romance_particles[] = {"de", "du", "des", "di", "del", "della", "da", "do", NULL};
/* First words of firms' names in French, Spanish, Italian or Portuguese: "Credit Commercial de France", "Petroles de Venezuela". */
static const char *const firm_heads[] = {"banque", "banco", "banca", "credit", "caisse", "compagnie", "compania",
                                         "companhia", "petroles", "petroleos", "societe", "sociedad", "industrias",
                                         "empresa", "grupo", "caja", "cementos", "telefonos", "aceites", "aerolineas",
                                         "lineas", "cie", NULL};

/* Nouns after a name that make it a place: "Sindh province", "West Darfur State". */
static const char *const place_nouns_after[] = {"province", "region", "state", "district", "governorate",
                                                "prefecture", "oblast", "municipality", NULL};
/* Nouns before "of" and a name that make it a place: "the town of Cizre". */
static const char *const place_nouns_of[] = {"town", "city", "village", "province", "region", "district", "state",
                                             "governorate", "port", "suburb", "outskirts", NULL};

/* Nonzero when token i is one of the lower-case words of list. */
static int token_in(const actor_sentence *as, uint32_t i, const char *const *list) {
  if (i >= as->n) return 0;
  /* Most words start with a letter none of the list's words starts with: only words with its first letter are compared. */
  char c = as->text[as->tokens[i].start];
  if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
  for (; *list; list++)
    if ((*list)[0] == c && token_is(as, i, *list)) return 1;
  return 0;
}

static int token_name_word(const actor_sentence *as, uint32_t i);

static uint32_t company_name_end(const actor_sentence *as, uint32_t i, uint32_t limit);
static int token_legal_form(const actor_sentence *as, uint32_t i);

/* Words that end the name of a trade body: "New Zealand Foreign Exchange Association", "Taiwan Textile Federation". */
static const char *const trade_body_ends[] = {"association", "federation", "society", "union", "institute", NULL};

/*
 * Nonzero when the phrase at token i names a body no dictionary knows that
 * speaks for no state: a common noun ("the network", "the brokerage firm",
 * "a smaller refiner"), a firm's name ("Taiwan Sugar Corp") or a trade
 * body's; not "the Federal Statistics Office" or "Chancellor Franz
 * Vranitzky".
 */
static int unknown_body_at(const actor_sentence *as, uint32_t i) {
  while (i < as->n && (token_class(as, i) == WC_DET || token_class(as, i) == WC_POSSESSIVE)) i++;
  if (i >= as->n || !token_name_word(as, i)) return i < as->n && token_lowercase_word(as, i);
  uint32_t k = i;
  while (k < as->n && k < i + 6 && token_name_word(as, k)) k++;
  return token_in(as, k - 1, trade_body_ends) || token_legal_form(as, k - 1) || company_name_end(as, i, k) > i;
}

static void copy_code(char *out, size_t cap, const char *s);
static void mention_set_code(dl_mention *m, const char *country, const char *roles);

/* The token after the legal form and wire ticker that may follow a firm's name at token k ("Inc", "AG <MMWG.F>"), or k. */
static uint32_t after_legal_form(const actor_sentence *as, uint32_t k) {
  uint32_t f = k;
  while (f < as->n && f < k + 2 && token_legal_form(as, f)) f++;
  if (f > k && f < as->n && token_is(as, f, "<")) {
    uint32_t close = f + 1;
    while (close < as->n && close < f + 4 && !token_is(as, close, ">")) close++;
    if (close < as->n && token_is(as, close, ">")) f = close + 1;
  }
  return f;
}

/*
 * Adds the officer m of a body no state's ("an official of the union",
 * "President of the Japan Chamber of Commerce"), from token first to end,
 * coded with the body's country (or none) and roles.
 */
static int push_officer(actor_sentence *as, dl_mention_vec *out, dl_mention *m, const lex_entry *role, uint32_t first,
                        uint32_t end, const char *country, const char *roles) {
  char code_roles[4];
  copy_code(code_roles, sizeof code_roles, roles);
  m->kind = MENTION_ROLE;
  m->role_entry = role;
  mention_set_code(m, country, code_roles);
  m->first = as->base + first;
  m->end = as->base + end;
  m->head = as->base + end - 1;
  return DL_VEC_PUSH(as->doc->ctx, *out, *m);
}

/* Titles in a party that stand between its name and a person's: "Conservative co-chairman Liam Fox". */
static const char *const party_titles[] = {"chairman", "co-chairman", "chairwoman", "chair", "co-chair", "deputy",
                                           "vice", "treasurer", "secretary", "general", "spokesman", "spokeswoman",
                                           "leader", "whip", "chief", "candidate", "president", "party", NULL};

/* Verbs and nouns of moving people out of a place: after them "troops from Syria" leave Syria, not serve it. */
static const char *const moving_verbs[] = {"withdraw", "pull",     "remove", "evacuate", "redeploy", "move",
                                           "recall",   "deport",   "repatriate", NULL};
static const char *const moving_nouns[] = {"withdrawal", "pullout",     "removal",     "evacuation", "redeployment",
                                           "deportation", "repatriation", "exit",        NULL};

/* Nonzero when token i is a form of one of the verbs listed, by the lexicon's verb lemma: "withdrew" is "withdraw". */
static int token_verb_in(const actor_sentence *as, uint32_t i, const char *const *verbs) {
  if (i >= as->n || !token_lowercase_word(as, i) || as->tokens[i].len >= ACTOR_MAX_KEY) return 0;
  char lemma[ACTOR_MAX_KEY];
  size_t m = lex_lemma_verb(as->lex, as->text + as->tokens[i].start, as->tokens[i].len, lemma, sizeof lemma);
  for (const char *const *v = verbs; m && *v; v++)
    if (strlen(*v) == m && memcmp(*v, lemma, m) == 0) return 1;
  return 0;
}

/* Nonzero when the phrase at token first is what a verb or noun of moving people out takes: "withdrawing troops from". */
static int moved_from(const actor_sentence *as, uint32_t first) {
  uint32_t b = first;
  while (b > 0 && (token_class(as, b - 1) == WC_DET || token_class(as, b - 1) == WC_POSSESSIVE ||
                   as->tokens[b - 1].kind == DL_TOKEN_NUMBER))
    b--;
  if (b > 0 && token_is(as, b - 1, "of")) b--;
  return b > 0 && (token_verb_in(as, b - 1, moving_verbs) || token_in(as, b - 1, moving_nouns));
}

/* Nonzero when token i is a capitalised word. */
static int token_name_word(const actor_sentence *as, uint32_t i) {
  return i < as->n && as->tokens[i].kind == DL_TOKEN_WORD &&
         (as->tokens[i].flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS));
}

/* Names the gazetteer has for towns that news uses for the world's regions: "in Asia", "the Gulf". */
static const char *const world_regions[] = {"asia", "africa", "europe", "america", "americas", "oceania",
                                            "antarctica", "arctic", "pacific", "atlantic", "caribbean",
                                            "mediterranean", "balkans", "scandinavia", "gulf", "midlands", "sahel",
                                            "maghreb", "levant", "orient", "west", "east", "north", "south", NULL};

/* Peoples and faiths across many states whose names are also towns somewhere ("Arab", Alabama): no place here. */
static const char *const peoples_not_places[] = {"arab", "arabs", "muslim", "christian", "jewish", "sunni", "shia",
                                                 "shiite", "catholic", "hindu", "buddhist", "latin", "bedouin",
                                                 "roma", NULL};

/* Adds the countries of the story's mentions not yet looked at to the scratch's distinct countries. */
static void story_countries(const actor_sentence *as) {
  actor_scratch *sc = as->scratch;
  if (sc->scanned < as->story_first) sc->scanned = as->story_first;
  for (; sc->scanned < as->story->len; sc->scanned++) {
    const char *c = as->story->items[sc->scanned].country;
    size_t k = 0;
    while (c[0] && k < sc->ncountries && memcmp(sc->countries[k], c, 4) != 0) k++;
    if (c[0] && k == sc->ncountries && k < sizeof sc->countries / sizeof *sc->countries)
      memcpy(sc->countries[sc->ncountries++], c, 4);
  }
}

/* Nonzero when the story so far, or the sentence up to here, names the country c. */
static int country_named(const actor_sentence *as, const char *c) {
  const actor_scratch *sc = as->scratch;
  for (size_t k = 0; k < sc->ncountries; k++)
    if (strncmp(sc->countries[k], c, 3) == 0) return 1;
  for (size_t k = 0; k < sc->atoms.len; k++)
    if (strncmp(sc->atoms.items[k].entry->country, c, 3) == 0) return 1;
  return 0;
}

/*
 * Which of a name's places (the most populous first) it names: the first in
 * a country the story names, else the first when no place of another
 * country has a fifth of its people; NULL when that cannot be told.
 */
/*
 * Nonzero when place p may be the one a name means here: any place but a
 * county or district, which needs its noun after it ("Nad Ali district")
 * or its country named in the story ("Kent Police" in a British story);
 * the thousands of districts elsewhere would otherwise make "Abba" a
 * people of the Central African Republic. noun says a division's noun
 * follows the name.
 */
static int place_may_be_meant(const actor_sentence *as, const lex_place *p, int noun) {
  return noun || strcmp(p->feature, "ADM2") != 0 || country_named(as, p->country);
}

static const lex_place *place_choose(const actor_sentence *as, const lex_place *const *hits, size_t n, int noun) {
  story_countries(as);
  for (size_t k = 0; k < n; k++)
    if (country_named(as, hits[k]->country) && place_may_be_meant(as, hits[k], noun)) return hits[k];
  /* The most populous place that may be meant. */
  size_t first = 0;
  while (first < n && !place_may_be_meant(as, hits[first], noun)) first++;
  if (first == n) return NULL;
  const lex_place *best = hits[first];
  /* A division of unknown population elsewhere ("Kent", "Essex") may be the one meant as well; a district that
     may not be meant here stands in no one's way ("San Francisco" is a district in Colombia too). */
  for (size_t k = first + 1; k < n; k++)
    if (strcmp(hits[k]->country, best->country) != 0 && place_may_be_meant(as, hits[k], noun) &&
        ((uint64_t)hits[k]->population * 5 >= best->population ||
         (!hits[k]->population && strncmp(hits[k]->feature, "ADM", 3) == 0)))
      return NULL;
  return best;
}

/* Nonzero when token i, in lower case, is an English verb or adjective ("Ford", "Nice", "Federal", "Home"). */
static int token_english_modifier(const actor_sentence *as, uint32_t i) {
  char low[ACTOR_MAX_KEY];
  if (as->tokens[i].len >= sizeof low) return 1;
  size_t n = token_lower(as, i, low, sizeof low);
  return lex_is_verb(as->lex, low, n) || lex_is_adjective(as->lex, low, n);
}

/*
 * The role phrase that starts at token i: its length in tokens, or 0 when
 * none does. With which 1, only a government's role counts; with 2, only a
 * state's civil ones (government, courts, legislature, police).
 */
static size_t role_at(const actor_sentence *as, uint32_t i, int which) {
  const actor_scratch *sc = as->scratch;
  if (i >= as->n || !sc->key_len.items[i]) return 0;
  size_t left = as->n - i, nhits = 0;
  if (left > LEX_MAX_PHRASE_TOKENS) left = LEX_MAX_PHRASE_TOKENS;
  const lex_entry *hits[LEX_MAX_HITS];
  size_t m = lex_match(as->lex, sc->key_ptr.items + i, sc->key_len.items + i, left, hits, &nhits);
  for (size_t h = 0; m && h < nhits; h++)
    if (hits[h]->kind == LEX_ROLE &&
        (which == 0 || (which == 1 && strstr(hits[h]->roles, "GOV")) ||
         (which == 2 && (!strncmp(hits[h]->roles, "GOV", 3) || !strncmp(hits[h]->roles, "JUD", 3) ||
                         !strncmp(hits[h]->roles, "LEG", 3) || !strncmp(hits[h]->roles, "COP", 3)))))
      return m;
  return 0;
}

/* Nonzero when a role's phrase starts at token i: "police", "rebels", "security forces". */
static int role_starts(const actor_sentence *as, uint32_t i) { return role_at(as, i, 0) > 0; }

/* Nouns after "war" or "border" that make a body of the country's: "war cabinet", "border guards". */
static const char *const compound_body_heads[] = {"cabinet", "council", "games", "agents", "agent", "guards", "guard",
                                                  "police", "patrol", "forces", "force", "troops", "officials",
                                                  "authorities", "ministry", "minister", NULL};

/* Nonzero when a civil role of a state's (its government, courts, legislature or police) starts at token i. */
static int state_role_starts(const actor_sentence *as, uint32_t i) { return role_at(as, i, 2) > 0; }

/*
 * Nonzero when a government title of two words or more starts at token i
 * ("and Prime Minister Leo Varadkar" ends a portfolio), not a sector a
 * portfolio names ("Media").
 */
static int title_starts(const actor_sentence *as, uint32_t i) { return role_at(as, i, 1) > 1; }

/* Nonzero when a place is big enough, or a region, to stand for its country with no place noun beside it. */
static int place_notable(const lex_place *p) {
  return p->population >= 10000 || strncmp(p->feature, "ADM", 3) == 0 || strncmp(p->feature, "PCL", 3) == 0 ||
         strcmp(p->feature, "RGN") == 0 || strcmp(p->feature, "AREA") == 0;
}

/*
 * What the words before the name at token i say of it (CUE_*, 0 for
 * nothing): "the town of", a role and "of"/"in"/"from", or a place
 * preposition. Sets *locative when it reads as where something happened.
 */
static uint8_t place_cue_before(const actor_sentence *as, uint32_t i, const actor_atom *last, uint8_t *locative) {
  /* The word before the name, past "the". Most names follow no preposition: one look at the word class settles it. */
  uint32_t q = i;
  if (q > 0 && token_lowercase_word(as, q - 1) && token_class(as, q - 1) == WC_DET) q--;
  *locative = 0;
  if (q == 0 || !token_lowercase_word(as, q - 1) || token_class(as, q - 1) != WC_PREP) return 0;
  int after_role = last && last->entry->kind == LEX_ROLE && last->end == q - 1;
  if (token_is(as, q - 1, "of")) {
    if (q > 1 && token_in(as, q - 2, place_nouns_of)) {
      /* "near the town of Samarra": where it happened. */
      uint32_t r = q - 2;
      if (r > 0 && token_class(as, r - 1) == WC_DET) r--;
      *locative = r > 0 && token_locative(as, r - 1);
      return CUE_NAMED;
    }
    return after_role ? CUE_ROLE_OF : 0;
  }
  if (after_role && token_locative(as, q - 1) && !token_is(as, q - 1, "to")) return CUE_ROLE_OF;
  if (token_in(as, q - 1, place_prepositions)) {
    *locative = 1;
    return CUE_LOCATIVE;
  }
  return 0;
}

/* Nouns of attacks, before "on" or "against" and the place attacked: "a government assault on Idlib". */
static const char *const attack_nouns[] = {"assault", "attack", "attacks", "offensive", "strike", "strikes",
                                           "airstrike", "airstrikes", "raid", "raids", "bombardment", "bombing",
                                           "shelling", "siege", "advance", "push", "march", "incursion",
                                           "invasion", NULL};

/*
 * CUE_TAKEN when the name at token i follows a verb of taking_verbs (not
 * past "the": "captured the Phoenix hotel"), or an attack noun and "on" or
 * "against" ("the assault on Idlib"), else 0.
 */
static uint8_t place_cue_taken(const actor_sentence *as, uint32_t i) {
  /* Most names follow "the", "in" or a name: the word's class, known once per token, settles it. */
  if (i == 0 || !token_lowercase_word(as, i - 1)) return 0;
  word_class c = token_class(as, i - 1);
  if (c == WC_OPEN) return token_in(as, i - 1, taking_verbs) ? CUE_TAKEN : 0;
  return c == WC_PREP && i > 1 && (token_is(as, i - 1, "on") || token_is(as, i - 1, "against")) &&
                 token_lowercase_word(as, i - 2) && token_class(as, i - 2) == WC_OPEN &&
                 token_in(as, i - 2, attack_nouns)
             ? CUE_TAKEN
             : 0;
}

/*
 * Nonzero when the one word at token i may name the place here, with no
 * place noun to say so: not an English verb or adjective ("Reading",
 * "Ford", "Nice"; nouns are let be, as WordNet lists towns such as
 * "Kandahar" among them), not a noun that opens the sentence ("Car makers")
 * unless the place is big, and after a preposition not a noun ("God",
 * "Davis") unless the place is a city of some size.
 */
static int place_word_ok(const actor_sentence *as, uint32_t i, uint8_t cue, const lex_place *place) {
  char low[ACTOR_MAX_KEY];
  if (as->tokens[i].len >= sizeof low || token_english_modifier(as, i)) return 0;
  size_t n = token_lower(as, i, low, sizeof low);
  int big = place->population >= 100000;
  int region = strncmp(place->feature, "ADM", 3) == 0 || strcmp(place->feature, "RGN") == 0;
  int opens = i == 0 || (as->tokens[i - 1].kind == DL_TOKEN_PUNCT && (as->text[as->tokens[i - 1].start] == '"' ||
                                                                       as->text[as->tokens[i - 1].start] == '('));
  if (opens && !big && !region && lex_is_noun(as->lex, low, n)) return 0;
  if (cue == CUE_LOCATIVE && !big && lex_is_noun(as->lex, low, n)) return 0;
  return 1;
}

/*
 * Adds token k, folded, to the gazetteer key key[0, *klen) (after a space
 * when spaced) and looks the key up: fills hits and *nhits (OUT). Returns 0
 * when the key no longer fits.
 */
static int place_words_lookup(const actor_sentence *as, uint32_t k, int spaced, char key[LEX_MAX_TOKEN_KEY],
                              size_t *klen, const lex_place **hits, size_t *nhits) {
  if (spaced) key[(*klen)++] = ' ';
  const dl_token *t = &as->tokens[k];
  size_t n = *klen + 1 < LEX_MAX_TOKEN_KEY
                 ? lex_place_fold(as->text + t->start, t->len, key + *klen, LEX_MAX_TOKEN_KEY - *klen)
                 : 0;
  if (!n) return 0;
  *klen += n;
  *nhits = lex_place_lookup(as->lex, key, *klen, hits, LEX_MAX_PLACES);
  if (*nhits > LEX_MAX_PLACES) *nhits = LEX_MAX_PLACES;
  return 1;
}

/*
 * A town or region the dictionaries lack but the gazetteer knows, at token
 * i, where the words around it make it a place or a role's home: "the town
 * of Samarra", "Sindh province", "the government of Sindh", "in Tel Aviv",
 * "Darfur rebels". Fills *atom (its entry is the country's) and returns
 * nonzero. Names of people and firms are kept out: an English verb or
 * adjective ("Ford", "Nice"), a name that runs on ("Calgary Flames") or
 * began before ("John Calgary"), and, with no place noun beside it, a place
 * of under 10,000 people are not taken.
 */
static int place_atom(const actor_sentence *as, uint32_t i, actor_atom *atom) {
  if (!token_name_word(as, i)) return 0;
  const actor_scratch *sc = as->scratch;
  const actor_atom *last = sc->atoms.len ? &sc->atoms.items[sc->atoms.len - 1] : NULL;
  uint8_t locative;
  uint8_t cue = place_cue_before(as, i, last, &locative);
  if (!cue) cue = place_cue_taken(as, i);
  if (!cue) {
    /* "John Calgary", "Fleet Street": a name that began before. */
    /* (A capitalised article is no name: "The Texas governor".) */
    if (i > 0 && (as->tokens[i - 1].flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)) && !token_is(as, i - 1, "the"))
      return 0;
    /* With nothing before it, only what comes after the name can say what it is: a role or a place noun. */
    uint32_t after = i + 1;
    while (after < as->n && after < i + 4 && token_name_word(as, after)) after++;
    if (!(after < as->n && token_lowercase_word(as, after) &&
          (token_in(as, after, place_nouns_after) || role_starts(as, after))) &&
        /* (or maybe a state's role written with capitals right after a state's name: "the Texas Supreme Court"; */
        /* whether it is one is asked once the gazetteer has the name) */
        !(after > i + 1 && !(as->tokens[i].flags & TOKEN_ALLCAPS) && sc->key_len.items[i + 1]))
      return 0;
  }
  /* The longest run of capitalised words that the gazetteer knows. */
  char key[LEX_MAX_TOKEN_KEY];
  size_t klen = 0;
  uint32_t len = 0;
  const lex_place *place = NULL;
  for (uint32_t k = i; k < as->n && k < i + 4 && token_name_word(as, k); k++) {
    const lex_place *hits[LEX_MAX_PLACES];
    size_t nhits;
    if (!place_words_lookup(as, k, k > i, key, &klen, hits, &nhits)) break;
    if (nhits) {
      /* A division's noun after the name, or ending it ("Tarrant County", "Rapides Parish"). */
      int noun = (k + 1 < as->n && token_in(as, k + 1, place_nouns_after)) ||
                 (k > i && token_in(as, k, (const char *const[]){"county", "parish", "borough", "district", NULL}));
      place = place_choose(as, hits, nhits, noun);
      len = k - i + 1;
    }
    if (!lex_place_prefix(as->lex, key, klen)) break;
  }
  if (!place) return 0;
  if (len == 1 && (token_in(as, i, world_regions) || token_in(as, i, peoples_not_places))) return 0;
  uint32_t end = i + len;
  /* "in the Gulf of Mexico", "at the Riverside", "the Phoenix consortium": a town seldom takes "the". */
  int the = i > 0 && token_class(as, i - 1) == WC_DET;
  if (end < as->n && (token_is(as, end, "of") || token_in(as, end, name_particles))) return 0;
  if (end < as->n && token_in(as, end, place_nouns_after)) {
    /* "Federal District", "Eastern Province", "Home State": words, not names. */
    if (len == 1 && token_english_modifier(as, i)) return 0;
    the = 0; /* "the Tyumen region" */
    end++;
    if (cue != CUE_ROLE_OF) cue = CUE_NAMED; /* "in West Darfur State" stays where it happened */
  } else if (token_name_word(as, end) && !(strcmp(place->feature, "ADM1") == 0 && state_role_starts(as, end))) {
    return 0; /* "Calgary Flames", "Jericho Road"; not "Texas Supreme Court" */
  } else if (!cue) {
    if (!role_starts(as, end)) return 0;
    cue = CUE_ROLE_AFTER;
  }
  if (cue != CUE_NAMED) {
    /* A short name ("Ifo", "Car"), "the X", a small town or a doubtful word is a place only where a place noun says so. */
    /* (A state or province may: "the Texas governor", "the Texas Supreme Court".) */
    if ((the && !(cue == CUE_ROLE_AFTER && token_is(as, i - 1, "the") && strcmp(place->feature, "ADM1") == 0 &&
                  state_role_starts(as, end))) ||
        !place_notable(place))
      return 0;
    if (len == 1 && (as->tokens[i].len < 4 || !place_word_ok(as, i, cue, place))) return 0;
  }
  /* "in Saltillo, Coahuila state": a place in apposition to a place where something happened is one too. */
  if (!locative && i > 1 && token_is(as, i - 1, ",") && last && last->end == i - 1 &&
      (last->locative || (last->start > 0 && token_locative(as, last->start - 1))))
    locative = 1;
  const lex_entry *country = lex_country_entry(as->lex, place->country);
  if (!country) return 0;
  *atom = (actor_atom){i, end, country, place, cue, locative, 0, -1, {0, {NULL}}, 0, NULL};
  return 1;
}

/* Nonzero when two tokens of the document have the same text, ignoring case. */
static int same_word(const dl_document *doc, uint32_t a, uint32_t b) {
  const dl_token *x = &doc->tokens.items[a], *y = &doc->tokens.items[b];
  if (x->len != y->len) return 0;
  const char *p = doc->text.text.data + x->start, *q = doc->text.text.data + y->start;
  for (uint32_t i = 0; i < x->len; i++) {
    char c = p[i], d = q[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (d >= 'A' && d <= 'Z') d = (char)(d - 'A' + 'a');
    if (c != d) return 0;
  }
  return 1;
}

/* Nonzero when document token j is a capitalised word, as names are written. */
static int name_token(const dl_document *doc, uint32_t j) {
  const dl_token *t = &doc->tokens.items[j];
  return t->kind == DL_TOKEN_WORD && (t->flags & TOKEN_CAPITALISED);
}

/* Most phrases of a person's entry compared with a name. */
#define ACTOR_MAX_NAME_PHRASES 16

/*
 * Nonzero when document token given, the word before a surname, may be a
 * given or middle name of entry e's person: it begins as a word of one of
 * its phrases that is not the last does (up to three letters: "Yassir" for
 * "Yasser", "Walker" for "W.", "Raza" of `Yousaf Raza Gilani`). Then the
 * full name is the entry's own, not someone else's ("Tim Osborne").
 */
static int entry_names_word(const actor_sentence *as, const lex_entry *e, uint32_t given, int whole);

static int entry_names(const actor_sentence *as, const lex_entry *e, uint32_t given) {
  return entry_names_word(as, e, given, 0);
}

/* As entry_names; with whole set, the word must be a word of a phrase, not just begin as one does. */
static int entry_names_word(const actor_sentence *as, const lex_entry *e, uint32_t given, int whole) {
  const char *phrases[ACTOR_MAX_NAME_PHRASES];
  size_t n = lex_entry_phrases(as->lex, e, phrases, ACTOR_MAX_NAME_PHRASES);
  if (n > ACTOR_MAX_NAME_PHRASES) n = ACTOR_MAX_NAME_PHRASES;
  const dl_document *doc = as->doc;
  if (given >= doc->tokens.len) return 0;
  const dl_token *t = &doc->tokens.items[given];
  const char *g = doc->text.text.data + t->start;
  for (size_t k = 0; k < n; k++) {
    /* Each word of the phrase but its last. */
    for (const char *w = phrases[k], *space; (space = strchr(w, ' ')) != NULL; w = space + 1) {
      size_t wl = (size_t)(space - w);
      if (wl && w[wl - 1] == '.') wl--;
      if (whole) {
        if (wl == t->len && strncasecmp(w, g, wl) == 0) return 1;
        continue;
      }
      size_t cmp = wl < 3 ? wl : 3;
      if (cmp > t->len) cmp = t->len;
      if (cmp && strncasecmp(w, g, cmp) == 0) return 1;
    }
  }
  return 0;
}

/* Words of the calendar that follow a role as a name would: "officials Thursday said". */
static const char *const calendar_words[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                             "sunday", "january", "february", "march", "april", "june", "july",
                                             "august", "september", "october", "november", "december", NULL};

/*
 * Nonzero when the name at tokens [first, end) stands between commas after
 * a name that follows a locative preposition: "based in Cornwall, England,"
 * is where, not who ("fled to Poland, Moldova's government said" is who).
 */
static int place_apposed(const actor_sentence *as, uint32_t first, uint32_t end) {
  if (first < 3 || !token_is(as, first - 1, ",") || end >= as->n || !token_is(as, end, ",")) return 0;
  /* Not a list of names: "a summit in Brussels, Germany, France and Italy agreed". */
  if (end + 1 < as->n && as->tokens[end + 1].kind == DL_TOKEN_WORD &&
      (as->tokens[end + 1].flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)))
    return 0;
  uint32_t start = first - 1;
  while (start > 0 && first - 1 - start < 3 && token_capitalised(as, start - 1) && token_class(as, start - 1) == WC_OPEN)
    start--;
  /* "In November, Alexander Bortnikov, head of ...": a month is no place. */
  for (uint32_t k = start; k < first - 1; k++)
    if (token_in(as, k, calendar_words)) return 0;
  return start < first - 1 && locative_before(as, start);
}

/* Honorifics before a name that no dictionary keys: "Sir Menzies Campbell", "Sheikh Hasina". */
static const char *const honorifics[] = {"sir", "dame", "lord", "lady", "baroness", "baron", "king", "queen",
                                         "prince", "princess", "sheikh", "sheik", "emir", "ayatollah", "mullah",
                                         "imam", "maulana", "pope", "cardinal", "archbishop", "bishop", "rabbi",
                                         "father", "brother", "sister", "saint", "general", "colonel", "major",
                                         "captain", "lieutenant", "sergeant", "admiral", "marshal", "commander",
                                         "chief", "judge", "justice", "mayor", "governor", "senator", "president",
                                         "chancellor", "premier", "speaker", "secretary", "minister", NULL};

/* Nonzero when the document's token i is one of the lower-case words of list, in any case. */
static int doc_token_in(const dl_document *doc, uint32_t i, const char *const *list) {
  const dl_token *t = &doc->tokens.items[i];
  for (; *list; list++)
    if (strlen(*list) == t->len && strncasecmp(doc->text.text.data + t->start, *list, t->len) == 0) return 1;
  return 0;
}

/* Nonzero when the role is a counterpart's and token i says so: "his counterpart", not "diplomats". */
static int counterpart_word(const actor_sentence *as, const lex_entry *role, uint32_t i) {
  return role->canonical && strcmp(role->canonical, "counterpart") == 0 &&
         token_in(as, i, (const char *const[]){"counterpart", "counterparts", NULL});
}

/*
 * Nonzero when a word before head from first says the role's people are of
 * many states: "an international force", "a multinational peacekeeping
 * force". Such a role is no one country's, by context or by antecedent.
 */
static int many_states_role(const dl_document *doc, uint32_t first, uint32_t head) {
  static const char *const many[] = {"international", "multinational", "multi-national", NULL};
  /* (Forces and monitors only: "international development minister" is a portfolio, "international law professor" a field.) */
  /* (Their first letters first: most roles' heads are none of them.) */
  const dl_token *h = &doc->tokens.items[head];
  char first_letter = (char)(doc->text.text.data[h->start] | 0x20);
  if (h->len < 5 || !strchr("ftpomc", first_letter) ||
      !doc_token_in(doc, head, (const char *const[]){"force", "forces", "troops", "peacekeepers", "observers", "monitors",
                                                       "coalition", "contingent", "mission", NULL}))
    return 0;
  for (uint32_t k = first; k < head; k++)
    if (doc_token_in(doc, k, many)) return 1;
  /* (Or a word or two before the mention: "an international protection force".) */
  for (uint32_t k = first; k > 0 && k + 3 > first;) {
    const dl_token *t = &doc->tokens.items[--k];
    char c = doc->text.text.data[t->start];
    if (t->kind != DL_TOKEN_WORD || c < 'a' || c > 'z' ||
        doc_token_in(doc, k, (const char *const[]){"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or",
                                                    "the", "to", "with", NULL}))
      return 0;
    if (doc_token_in(doc, k, many)) return 1;
  }
  return 0;
}

/* Nonzero when document token j is a title: a short one ("Gen", "Sen") or an honorific ("Sir", "President"). */
static int doc_title(const dl_document *doc, uint32_t j) {
  const dl_token *t = &doc->tokens.items[j];
  const char *w = doc->text.text.data + t->start;
  return token_is_abbreviation(w, t->len) == ABBREV_TITLE || doc_token_in(doc, j, honorifics);
}

/*
 * The story's earlier mention of someone else named in full with the
 * surname at token i ("First Minister Jack McConnell"), or -1: the surname
 * alone is that person, not entry e's, even while the story has not yet
 * said whose that person is.
 */
static int32_t named_before_as_other(const actor_sentence *as, uint32_t i, const lex_entry *e) {
  const dl_document *doc = as->doc;
  for (size_t k = as->story_first; k < as->story->len; k++) {
    const dl_mention *p = &as->story->items[k];
    if (p->kind != MENTION_PERSON || p->entry == e || p->end < p->first + 2) continue;
    /* Not "President Reagan": the word before the surname is a given name, not a title. */
    uint32_t given = p->end - 2;
    if (name_token(doc, p->end - 1) && name_token(doc, given) && same_word(doc, p->end - 1, as->base + i) &&
        !doc_title(doc, given) && !entry_names(as, e, given))
      return (int32_t)k;
  }
  return -1;
}

/* Courtesy titles before a surname: "Mr Kennedy". */
static const char *const courtesy_titles[] = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", NULL};

static int token_lemma_is(const actor_sentence *as, uint32_t i, int verb);
static int token_adjective(const actor_sentence *as, uint32_t i);
static int token_known_word(const actor_sentence *as, uint32_t i);
static int token_verbal(const actor_sentence *as, uint32_t i);
static int region_named(const actor_sentence *as, uint32_t i);

/*
 * A person named earlier in the story in full, named again at token i by
 * surname, maybe with a courtesy title or the given names: "Lib Dem leader
 * Charles Kennedy ... Mr Kennedy said". Fills *atom (ref is the earlier
 * mention) and returns nonzero. A name that runs on ("Kennedy Center") is
 * not taken.
 */
static int surname_atom(const actor_sentence *as, uint32_t i, actor_atom *atom) {
  if (!token_name_word(as, i) || token_name_word(as, i + 1)) return 0;
  actor_scratch *sc = as->scratch;
  /* The story's named people so far, added to as its sentences are read: most stories name none. */
  if (sc->persons_scanned < as->story_first) sc->persons_scanned = as->story_first;
  for (; sc->persons_scanned < as->story->len; sc->persons_scanned++) {
    const dl_mention *p = &as->story->items[sc->persons_scanned];
    /* A role's holder ("Minister Jim Wallace", "the home secretary, Sajid Javid,") may get a country only later. */
    if (p->kind == MENTION_PERSON && p->entry &&
        (p->country[0] || (p->entry->kind == LEX_ROLE && p->entry == p->role_entry)) &&
        DL_VEC_PUSH(as->doc->ctx, sc->persons, (uint32_t)sc->persons_scanned) != DL_OK)
      return 0;
  }
  /* A surname that is also a function word ("May") only after a courtesy title: "Mrs May", not "in May". */
  if (!sc->persons.len || (token_class(as, i) != WC_OPEN && !(i > 0 && token_in(as, i - 1, courtesy_titles))))
    return 0;
  uint32_t lo = sc->atoms.len ? sc->atoms.items[sc->atoms.len - 1].end : 0;
  const dl_document *doc = as->doc;
  for (size_t n = sc->persons.len; n-- > 0;) {
    size_t k = sc->persons.items[n];
    const dl_mention *p = &as->story->items[k];
    /* "Sir Nicholas Scott ... Sir Nicholas said": a knight goes by a given name. */
    if (i > lo && token_in(as, i - 1, (const char *const[]){"sir", "dame", NULL}) && !same_word(doc, p->head, as->base + i)) {
      int knight = 0;
      for (uint32_t q = p->first; q + 1 < p->head && !knight; q++)
        knight = same_word(doc, q, as->base + i - 1) && same_word(doc, q + 1, as->base + i);
      if (knight) {
        *atom = (actor_atom){i - 1, i + 1, p->entry, NULL, 0, 0, 0, (int32_t)k, {0, {NULL}}, 0, NULL};
        return 1;
      }
      continue;
    }
    if (!same_word(doc, p->head, as->base + i)) continue;
    uint32_t start = i, q = p->head;
    while (start > lo && q > p->first && token_name_word(as, start - 1) && same_word(doc, q - 1, as->base + start - 1)) {
      start--;
      q--;
    }
    /* A role's holder with no country yet is found again by surname alone ("Mr Wallace"); named in full, the
       name goes with the words before it ("former minister Kate Hoey"), which may give the country. */
    /*
     * (...and so does a name with a given name of its own, "Kirsty Wallace",
     * "UK ambassador Alexander Yakovenko", and a surname that is a word
     * before a noun: "Green activists", "Field hospitals".)
     */
    if (!p->country[0] &&
        (start < i || (i >= 1 && token_name_word(as, i - 1) && token_class(as, i - 1) == WC_OPEN &&
                       !token_in(as, i - 1, courtesy_titles) && !token_in(as, i - 1, honorifics)) ||
         (!(i >= 1 && (token_in(as, i - 1, courtesy_titles) || token_in(as, i - 1, honorifics))) && i + 1 < as->n &&
          token_lemma_is(as, i + 1, 0) && !token_lemma_is(as, i + 1, 1))))
      return 0;
    if (start == i && i > lo && token_in(as, i - 1, courtesy_titles)) start--;
    *atom = (actor_atom){start, i + 1, p->entry, NULL, 0, 0, 0, (int32_t)k, {0, {NULL}}, 0, NULL};
    return 1;
  }
  return 0;
}

/* The legal forms a firm's name ends with, sorted: "Quebecor Inc", "Swedish Match AB", "Siemens AG"; and a market's "Exchange". */
static const char *const legal_forms[] = {"AB",  "AG",  "ASA",  "BV",      "Bancorp",      "Co",      "Corp",
                                          "Corporation",  "Cos", "Exchange", "GmbH", "Holdings", "Inc",
                                          "Incorporated", "LLC", "Limited", "Ltd", "NV",  "Oyj",  "PLC", "Plc",
                                          "SA", "SpA"};
#define LEGAL_FORMS (sizeof legal_forms / sizeof *legal_forms)

/*
 * Nonzero when the legal form at token i is a title or a county instead:
 * "AG", "SA" and "Co" before a capitalised name ("Deputy AG Rod
 * Rosenstein", "Newry Co Down") are no firm's.
 */
static int legal_form_is_title(const actor_sentence *as, uint32_t i) {
  const dl_token *t = &as->tokens[i];
  const char *w = as->text + t->start;
  if (!(t->len == 2 && (memcmp(w, "AG", 2) == 0 || memcmp(w, "SA", 2) == 0 || memcmp(w, "Co", 2) == 0))) return 0;
  return i + 1 < as->n && as->tokens[i + 1].kind == DL_TOKEN_WORD && (as->tokens[i + 1].flags & TOKEN_CAPITALISED) &&
         !(as->tokens[i + 1].flags & TOKEN_ALLCAPS);
}

/* Nonzero when token i is a legal form ("Inc", "Inc.", "AB"). */
static int token_legal_form(const actor_sentence *as, uint32_t i) {
  const dl_token *t = &as->tokens[i];
  size_t len = t->len;
  if (t->kind == DL_TOKEN_ABBREV && len > 1 && as->text[t->start + len - 1] == '.') len--;
  if ((t->kind != DL_TOKEN_WORD && t->kind != DL_TOKEN_ABBREV) || len < 2 || len > 12) return 0;
  /* Every capitalised word of a name is asked: most fail on their length or first letter. */
  static const char first[] = "ABCEGHILNOPS";
  if (!memchr(first, as->text[t->start], sizeof first - 1) || len == 5 || len == 6 || len == 9 || len == 10)
    return 0;
  return words_sorted_contain(legal_forms, LEGAL_FORMS, as->text + t->start, len);
}

/*
 * Exchange suffixes of wire-service tickers and the country of each, sorted:
 * "<VOWG.F>" is Frankfurt's, "(AAPL.O)" Nasdaq's. ".S" and ".A" are left
 * out: Sydney's once and Zurich's now, and no one place.
 */
static const char *const ticker_suffixes[][2] = {
    {"AS", "NLD"}, {"AX", "AUS"}, {"BK", "THA"}, {"BO", "IND"}, {"BR", "BEL"}, {"CO", "DNK"}, {"DE", "DEU"},
    {"F", "DEU"},  {"HE", "FIN"}, {"HK", "HKG"}, {"HKG", "HKG"}, {"IS", "TUR"}, {"J", "ZAF"},  {"JK", "IDN"},
    {"JO", "ZAF"}, {"KL", "MYS"}, {"KS", "KOR"}, {"L", "GBR"},  {"MC", "ESP"}, {"MI", "ITA"}, {"MX", "MEX"},
    {"N", "USA"},  {"NS", "IND"}, {"O", "USA"},  {"OL", "NOR"}, {"PA", "FRA"}, {"SA", "BRA"}, {"SI", "SGP"},
    {"SS", "CHN"}, {"ST", "SWE"}, {"SW", "CHE"}, {"SZ", "CHN"}, {"T", "JPN"},  {"TA", "ISR"}, {"TO", "CAN"},
    {"TW", "TWN"}, {"V", "CAN"},  {"VI", "AUT"}, {"Z", "CHE"}};

/*
 * Nonzero when a stock ticker in brackets starts at token j: "<MB.TO>" and
 * "<TCB>", as Reuters marks a firm, or "(AAPL.O)"; in round brackets only
 * with a known exchange's suffix, as "(DUP)" is a name's short form. Sets
 * *country (OUT) to the suffix's country, or NULL.
 */
static int ticker_at(const actor_sentence *as, uint32_t j, const char **country) {
  *country = NULL;
  if (j >= as->n || as->tokens[j].len != 1) return 0;
  const char *p = as->text + as->tokens[j].start, *limit = as->text + as->doc->text.text.len;
  char close = 0;
  if (*p == '<') close = '>';
  if (*p == '(') close = ')';
  if (!close) return 0;
  const char *q = ++p, *dot = NULL;
  while (q < limit && q - p <= 12 && ((*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || (*q == '.' && !dot))) {
    if (*q == '.') dot = q;
    q++;
  }
  if (q >= limit || *q != close || q == p || dot == p || (dot && (q - dot < 2 || q - dot > 4))) return 0;
  if (dot) {
    size_t n = (size_t)(q - dot - 1);
    for (size_t k = 0; k < sizeof ticker_suffixes / sizeof *ticker_suffixes; k++)
      if (strlen(ticker_suffixes[k][0]) == n && memcmp(ticker_suffixes[k][0], dot + 1, n) == 0)
        *country = ticker_suffixes[k][1];
  }
  /* Reuters marks every firm's ticker in angle brackets; in round ones only an exchange's suffix says so: not "(PM2.5)". */
  return close == '>' || *country != NULL;
}

/*
 * A firm the dictionaries lack, named with its legal form: capitalised words
 * from token i, at most seven and in mixed case, the last a legal form
 * ("Quebecor Inc", "Bear Stearns and Co Inc") or the last before a ticker
 * ("Dart Group <DARTA.O>"). Returns the end of the name, or i. Such a firm
 * is its sector, BUS, with no country unless its name or ticker gives one.
 */
static uint32_t firm_name_end(const actor_sentence *as, uint32_t i) {
  uint32_t end = i;
  int joined = 0;
  for (uint32_t j = i; j < as->n && j < i + 8; j++) {
    const dl_token *t = &as->tokens[j];
    /* "Texas Commerce Bancshares <TCB>": a ticker after the name says it is a firm's. */
    const char *listed;
    if (j > i && (t->kind == DL_TOKEN_PUNCT || t->kind == DL_TOKEN_SYMBOL) && ticker_at(as, j, &listed)) {
      /* Not the tail of a name cut by a particle or a slash: "Compagnie Generale des Eaux", "Oljeselskap A/S". */
      if (as->tokens[i].len < 2 ||
          (i > 0 && (token_in(as, i - 1, name_particles) || token_is(as, i - 1, "/") || token_is(as, i - 1, "des") ||
                     token_is(as, i - 1, "et"))))
        return i;
      end = j;
      break;
    }
    if (j > i && token_legal_form(as, j)) {
      /* "Oppenheimer and Co Inc": forms one after another. */
      while (j + 1 < as->n && token_legal_form(as, j + 1)) j++;
      /* "Nikko Securities Co International Inc": the name goes on; "Deputy AG Rod Rosenstein" is no firm's. */
      if (legal_form_is_title(as, j)) continue;
      end = j + 1;
      break;
    }
    if ((t->flags & TOKEN_CAPITALISED) && !(t->flags & TOKEN_ALLCAPS) && t->kind == DL_TOKEN_WORD) continue;
    /* "Banque Generale du Luxembourg SA", "Bank of Tokyo Ltd": a particle between capitalised words. */
    if (j > i && t->len <= 5 && token_name_word(as, j + 1) &&
        token_in(as, j, firm_particles))
      continue;
    /* "Bear Stearns and Co Inc", "Dow Jones & Co": one "and"; two join two firms. */
    if (j > i && !joined && token_name_word(as, j + 1) &&
        ((t->kind == DL_TOKEN_SYMBOL && t->len == 1 && as->text[t->start] == '&') || token_is(as, j, "and"))) {
      joined = 1;
      continue;
    }
    return i;
  }
  /* Not from a capitalised function word ("In Quebecor Inc's view") nor from the end of a name ("Co Inc"). */
  if (end == i || token_class(as, i) != WC_OPEN || token_legal_form(as, i) || token_is(as, i, "sons")) return i;
  /* "French-owned Minatome Corp": a name before a hyphen says whose the firm is; the mention rules read it. */
  if (token_hyphen(as, i)) return i;
  return end;
}

/*
 * The country of the city a firm's name opens with, tokens [i, end) being
 * the name: "New York Stock Exchange", "Tokyo Electric Power Co". Only a
 * city of a million people or more whose name no other place of note in
 * another country has, so "Santa Fe Pacific Corp", "Hamilton Oil Corp" and
 * "National Data Corp" name none. NULL when there is none.
 */
static const lex_entry *firm_home(const actor_sentence *as, uint32_t i, uint32_t end) {
  char key[LEX_MAX_TOKEN_KEY];
  size_t klen = 0;
  const lex_place *home = NULL;
  for (uint32_t k = i; k + 1 < end && k < i + 3 && token_name_word(as, k); k++) {
    const lex_place *hits[LEX_MAX_PLACES];
    size_t nhits;
    if (!place_words_lookup(as, k, k > i, key, &klen, hits, &nhits)) break;
    /* A longer name is another place: "Perth Amboy" is not Perth. */
    if (nhits) home = NULL;
    /* A city (PPL...), not a region: "National", "Piedmont" and "Capital Region" name regions, and firms everywhere. */
    const lex_place *city = NULL;
    for (size_t h = 0; h < nhits && !city; h++)
      if (strncmp(hits[h]->feature, "PPL", 3) == 0) city = hits[h];
    if (city && city->population >= 1000000) {
      int alone = 1;
      for (size_t h = 0; h < nhits; h++)
        if (strcmp(hits[h]->country, city->country) != 0 && hits[h]->population >= city->population / 4) alone = 0;
      home = alone ? city : NULL;
    }
    if (!lex_place_prefix(as->lex, key, klen)) break;
  }
  if (!home) return NULL;
  return lex_country_entry(as->lex, home->country);
}

/* firm_home, or the city after a particle in the name: "Bank of New York Co Inc", "First National Bank of Chicago". */
static const lex_entry *firm_home_named(const actor_sentence *as, uint32_t i, uint32_t end) {
  const lex_entry *home = firm_home(as, i, end);
  for (uint32_t q = i + 1; !home && q + 1 < end; q++)
    if (token_in(as, q, firm_particles))
      home = firm_home(as, q + 1, end);
  return home;
}

/* The entry of a firm named by firm_name_end: a rule, not a dictionary line. */
static const lex_entry firm_by_name = {"BUS", "Inc", "rule:firm-name", LEX_GROUP, 0, "", "BUS", LEX_DAY_MIN, LEX_DAY_MAX};

/* The entries of bodies named by body_name_end: civil society's and parties'. */
static const lex_entry ngo_by_name = {"NGO", "Society", "rule:body-name", LEX_GROUP, 0, "", "NGO", LEX_DAY_MIN, LEX_DAY_MAX};
static const lex_entry party_by_name = {"PTY", "Party", "rule:body-name", LEX_GROUP, 0, "", "PTY", LEX_DAY_MIN, LEX_DAY_MAX};

/* Nouns that end the name of a body of civil society: "the Hansard Society", "the Institute of Fiscal Studies". */
/* (Not "trust", most often a bank's or a fund's: "Bankers Trust".) */
static const char *const civil_body_nouns[] = {"society", "institute", "institution", "foundation", "campaign", NULL};

/* Nouns that end the name of a bloc of parties, or of a lobby, both political: "the Grand Alliance", "the Countryside Alliance". */
static const char *const bloc_nouns[] = {"alliance", "coalition", NULL};

/* Words that make an institute the state's: "the National Statistics Institute", "the State Statistics Institute". */
static const char *const state_body_words[] = {"statistics", "statistic", "statistical", "census", "state", NULL};
static const lex_entry state_body_by_name = {"GOV", "Institute", "rule:body-name", LEX_GROUP, 0, "", "GOV", LEX_DAY_MIN,
                                             LEX_DAY_MAX};

/* Words that make a society a firm: "Society for Savings", "the Equitable Life Assurance Society". */
static const char *const mutual_firm_words[] = {"savings", "assurance", "insurance", "building", "mutual", "loan",
                                                "investment", NULL};

/* Nonzero when token i is a noun of civil_body_nouns, bloc_nouns or "party"; by its length and first letter before its letters, as most words are none. */
static int body_noun_at(const actor_sentence *as, uint32_t i) {
  const dl_token *t = &as->tokens[i];
  char c = (char)(as->text[t->start] | 0x20);
  int maybe = (t->len == 5 && c == 'p') || (t->len == 7 && c == 's') || (t->len == 8 && (c == 'c' || c == 'a')) ||
              (t->len == 9 && (c == 'i' || c == 'c')) || (t->len == 10 && c == 'f') || (t->len == 11 && c == 'i');
  return maybe && (token_in(as, i, civil_body_nouns) || token_in(as, i, bloc_nouns) || token_is(as, i, "party"));
}

/* Nonzero for the entry of a body named by its noun, not a firm: civil society's, a party's or a state's. */
static int body_by_name(const lex_entry *e) {
  return e == &ngo_by_name || e == &party_by_name || e == &state_body_by_name;
}

/*
 * A body the dictionaries lack, named by its noun: capitalised words from
 * token i in mixed case, at most eight, with "of", "for", "and", "on" or
 * "the" between them, that end with a noun of civil_body_nouns, a bloc's
 * noun or "Party" ("the Hansard Society", "Veritas Party", "the Grand
 * Alliance", a party's: PTY), or open with it and go on after
 * "of" or "for" ("the Institute of Fiscal Studies"). Sets *entry (OUT);
 * returns the end of the name, or i.
 */
static uint32_t body_name_end(const actor_sentence *as, uint32_t i, const lex_entry **entry) {
  uint32_t j = i, head = UINT32_MAX;
  while (j < as->n && j < i + 8) {
    const dl_token *t = &as->tokens[j];
    if (t->kind == DL_TOKEN_WORD && (t->flags & TOKEN_CAPITALISED) && !(t->flags & TOKEN_ALLCAPS)) {
      if (body_noun_at(as, j)) head = j;
      j++;
      continue;
    }
    /* (Not "and" right after the body's noun: "the Hansard Society and Veritas Party" are two.) */
    if (j > i && token_name_word(as, j + 1) && token_in(as, j, (const char *const[]){"of", "for", "and", "on", "the", NULL}) &&
        !(head == j - 1 && token_is(as, j, "and"))) {
      j++;
      continue;
    }
    break;
  }
  while (j > i && !token_name_word(as, j - 1)) j--;
  if (head == UINT32_MAX) return i;
  /* The noun last, after a name of its own; or before "of" or "for" and a name ("the Aspen Institute for Humanistic Studies"). */
  int last = head > i && head + 1 == j;
  int before_of = head + 2 < j && token_in(as, head + 1, (const char *const[]){"of", "for", NULL});
  if (!last && !before_of) return i;
  /* "Communist Party leader Hu Yaobang": a party's title and a name are read with the party by the mention rules. */
  if (last && token_is(as, head, "party") && token_in(as, j, party_titles)) return i;
  /* (A name with a role in it is the role's: "the Opposition Alliance", "the Rebel Coalition".) */
  for (uint32_t k = i; k < head; k++)
    if (role_starts(as, k)) return i;
  *entry = token_is(as, head, "party") || token_in(as, head, bloc_nouns) ? &party_by_name : &ngo_by_name;
  for (uint32_t k = i; k < j && *entry == &ngo_by_name; k++)
    if (token_in(as, k, mutual_firm_words))
      *entry = &firm_by_name;
    else if (token_in(as, k, state_body_words))
      *entry = &state_body_by_name;
  return j;
}

static int modifies_noun(const actor_sentence *as, uint32_t last, uint32_t next);
static int token_in_wordnet_as_adjective(const actor_sentence *as, uint32_t i);

/* Words of time that may stand capitalised before a name: "On Tuesday Europe agreed". */
static const char *const time_names[] = {"april",  "august",   "december", "february", "friday",   "january",
                                         "july",   "june",     "march",    "monday",   "november", "october",
                                         "saturday", "september", "sunday", "thursday", "tuesday",  "wednesday"};

/*
 * Nonzero when the region named at tokens [i, i + m) is no actor: in
 * brackets ("Nikko Securities (Europe) Ltd"), inside a longer name ("Lycos
 * Europe", "the West Virginia commission", "the Economic Commission for
 * Africa", "Bank of the West"), before a role whose brief it is ("the
 * Middle East envoy", "Asia correspondent"), a noun it describes ("Africa
 * debt relief") or a possessive with no role after ("Europe's biggest
 * drugmaker"), a country in the singular ("the African country") or a
 * compass point ("the west of the country").
 */
static int region_not_actor(const actor_sentence *as, uint32_t i, uint32_t m) {
  uint32_t end = i + m;
  if (i > 0 && token_is(as, i - 1, "(")) return 1;
  if (role_starts(as, end) || modifies_noun(as, end - 1, end)) return 1;
  if (end < as->n && as->tokens[end].kind == DL_TOKEN_POSSESSIVE && !role_starts(as, end + 1)) return 1;
  if (m > 1 && token_in(as, end - 1, (const char *const[]){"country", "nation", "state", NULL})) return 1;
  if (end < as->n && token_is(as, end, "of") && token_is(as, i, "the") && !token_capitalised(as, i + 1)) return 1;
  /*
   * A capitalised neighbour carries a name on, unless the sentence is in
   * capitals or the neighbour a time; before "the West" only what follows
   * may.
   */
  const dl_token *t = &as->tokens[i];
  int mixed = (t->flags & TOKEN_CAPITALISED) && !(t->flags & TOKEN_ALLCAPS);
  if (mixed && i > 0 && (as->tokens[i - 1].flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)) &&
      (as->tokens[i - 1].kind == DL_TOKEN_WORD || as->tokens[i - 1].kind == DL_TOKEN_ABBREV) &&
      token_class(as, i - 1) == WC_OPEN) {
    char low[12];
    size_t n = as->tokens[i - 1].len < sizeof low ? token_lower(as, i - 1, low, sizeof low) : 0;
    /* (Nor a compass point's adjective, or the sentence's first word when it is an adjective: "Several European leaders".) */
    static const char *const compass[] = {"central", "eastern", "northern", "southern", "western"};
    int modifier = n && (words_sorted_contain(compass, sizeof compass / sizeof *compass, low, n) ||
                         (i == 1 && token_in_wordnet_as_adjective(as, 0)));
    if (!modifier && (!n || !words_sorted_contain(time_names, sizeof time_names / sizeof *time_names, low, n))) return 1;
  }
  if (!(t->flags & TOKEN_ALLCAPS) && end < as->n && token_name_word(as, end)) return 1;
  /* "the Economic Commission for Africa", "Bank of the West". */
  uint32_t b = i > 0 && token_is(as, i - 1, "the") ? i - 1 : i;
  return b >= 2 && (token_is(as, b - 1, "of") || token_is(as, b - 1, "for")) && token_capitalised(as, b - 2) &&
         token_class(as, b - 2) == WC_OPEN && !(as->tokens[b - 2].flags & TOKEN_ALLCAPS);
}

/* The entries of the longest phrase that starts at capitalised token i (OUT hits, LEX_MAX_HITS of room); how many. */
static size_t capitalised_hits(const actor_sentence *as, uint32_t i, const lex_entry **hits) {
  const actor_scratch *sc = as->scratch;
  if (i >= as->n || !sc->key_len.items[i] || !token_capitalised(as, i)) return 0;
  size_t left = as->n - i, nhits = 0;
  if (left > LEX_MAX_PHRASE_TOKENS) left = LEX_MAX_PHRASE_TOKENS;
  if (!lex_match(as->lex, sc->key_ptr.items + i, sc->key_len.items + i, left, hits, &nhits)) return 0;
  return nhits > LEX_MAX_HITS ? LEX_MAX_HITS : nhits;
}

/* The entry of a country's name that starts at token i, or NULL: "of Canada", not "of Spokane". */
static const lex_entry *country_starts(const actor_sentence *as, uint32_t i) {
  const lex_entry *hits[LEX_MAX_HITS];
  size_t nhits = capitalised_hits(as, i, hits);
  for (size_t h = 0; h < nhits; h++)
    if (hits[h]->kind == LEX_COUNTRY) return hits[h];
  return NULL;
}

/* Nonzero for an entry of regions.txt: a world region ("Europe", "the West"). */
static int entry_is_region(const lex_entry *e) { return e->source && strncmp(e->source, "regions.txt:", 12) == 0; }

/* Nonzero when a capitalised dictionary name (not a role) starts at token i; hits is scratch room. */
static int name_starts(const actor_sentence *as, uint32_t i, const lex_entry **hits) {
  size_t nhits = capitalised_hits(as, i, hits);
  /* A region in a firm's name is the firm's market, not an owner: "Daiwa Europe Ltd", "Gulf States Utilities Co". */
  for (size_t h = 0; h < nhits; h++)
    if (hits[h]->kind != LEX_ROLE && hits[h]->kind != LEX_DISCARD && !entry_is_region(hits[h])) return 1;
  return 0;
}

/*
 * Words after a name and a hyphen that make the name another's backer, not
 * the owner of what follows: "US-backed forces", "Iranian-trained militias";
 * sorted by byte value. Not "based": "a London-based firm" is British.
 */
static const char *const backing_words[] = {"affiliated", "aligned",  "allied", "armed",     "backed",    "financed",
                                            "friendly",   "funded",   "inspired", "leaning", "linked",
                                            "sponsored", "supported", "trained"};

/*
 * The word after token i's first hyphen, in lower case, into after (16
 * bytes); 0 when it has no hyphen or the word is too long. The caller has
 * found the hyphen.
 */
static size_t token_after_hyphen(const actor_sentence *as, uint32_t i, const char *hyphen, char *after) {
  const dl_token *t = &as->tokens[i];
  size_t len = t->len - (size_t)(hyphen + 1 - (as->text + t->start));
  return len < 16 ? words_lower_ascii(hyphen + 1, len, after, 16) : 0;
}

static void copy_code(char *out, size_t cap, const char *s);

/*
 * When token i names a country as the backer of what follows ("Ankara-backed",
 * "Iranian-trained"), copies the country's code to country[4] and returns
 * nonzero; hits is scratch room.
 */
static int token_backer(const actor_sentence *as, uint32_t i, const lex_entry **hits, char *country) {
  const dl_token *t = &as->tokens[i];
  const char *hyphen = t->kind == DL_TOKEN_WORD ? token_hyphen(as, i) : NULL;
  char after[16];
  size_t n = hyphen ? token_after_hyphen(as, i, hyphen, after) : 0;
  if (!n || !words_sorted_contain(backing_words, sizeof backing_words / sizeof *backing_words, after, n)) return 0;
  char key[ACTOR_MAX_KEY];
  size_t klen = lex_token_key(as->lex, as->text + t->start, (size_t)(hyphen - (as->text + t->start)), key, sizeof key);
  const char *kp = key;
  size_t nhits = 0;
  if (!klen || lex_match(as->lex, &kp, &klen, 1, hits, &nhits) != 1) return 0;
  for (size_t h = 0; h < nhits; h++)
    if (hits[h]->country[0] && (hits[h]->kind == LEX_COUNTRY || hits[h]->kind == LEX_CAPITAL ||
                                hits[h]->kind == LEX_DEMONYM)) {
      copy_code(country, 4, hits[h]->country);
      return 1;
    }
  return 0;
}

/* Finds the sentence's dictionary matches, longest first, left to right. */

/*
 * Nonzero when the word before token i is a capitalised name no
 * dictionary knows ("Jack" before "McConnell"): a given name, so a person
 * entry matched by the surname alone is someone else. Titles, roles and
 * parties before a surname are words of a dictionary phrase found there
 * ("Senator McConnell", "Christian Democrat Andreotti"), whether or not its
 * entry was chosen.
 */
static int token_in_wordnet_as_adjective(const actor_sentence *as, uint32_t i);

static int other_given_name(const actor_sentence *as, uint32_t i) {
  if (i == 0) return 0;
  const dl_token *t = &as->tokens[i - 1];
  /* An initial ("George W Bush") is part of the name. */
  if (t->kind != DL_TOKEN_WORD || !(t->flags & TOKEN_CAPITALISED) || (t->flags & TOKEN_ALLCAPS) || t->len < 2)
    return 0;
  if ((as->scratch->facts.items[i - 1] & FACT_MATCHED) || token_class(as, i - 1) != WC_OPEN) return 0;
  /* Titles written short ("Gen", "Mr", "Sen") and honorifics are in no phrase either. */
  if (token_is_abbreviation(as->text + t->start, t->len) == ABBREV_TITLE) return 0;
  if (token_in(as, i - 1, honorifics) || token_in(as, i - 1, calendar_words)) return 0;
  /* "Senior Reagan administration officials", "Athough Reagan's topic": an adjective, or any word opening the
     sentence (capitalised there anyway), is not taken for a given name. */
  return i - 1 > 0 && !token_in_wordnet_as_adjective(as, i - 1);
}

/*
 * Where the name of entry e's person, matched from token i, begins: before
 * the given and middle names and initials the dictionaries do not spell
 * ("President George W Bush", "Turkish premier Recep Erdogan"), so that
 * the mention is the whole name. A given name that is not the entry's is
 * someone else's (other_given_name), and no match was kept there.
 */
static uint32_t given_names_start(const actor_sentence *as, const lex_entry *e, uint32_t i) {
  const actor_scratch *sc = as->scratch;
  uint32_t lo = sc->atoms.len ? sc->atoms.items[sc->atoms.len - 1].end : 0, k = i, start = i;
  while (k > lo && i - k < 3) {
    const dl_token *t = &as->tokens[k - 1];
    const char *w = as->text + t->start;
    if ((t->kind == DL_TOKEN_WORD && t->len == 1 && w[0] >= 'A' && w[0] <= 'Z') ||
        (t->kind == DL_TOKEN_ABBREV && t->len == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.')) {
      k--; /* an initial, kept only with a given name before it */
      continue;
    }
    /* (The sentence's first word is capitalised anyway: the entry must spell it, "George W Bush will".) */
    int given = k - 1 == 0 ? token_class(as, 0) == WC_OPEN && !(sc->facts.items[0] & FACT_MATCHED) &&
                                 entry_names_word(as, e, as->base, 1)
                           : other_given_name(as, k) && entry_names(as, e, as->base + k - 1);
    if (!given) break;
    start = --k;
  }
  return start;
}

/*
 * The end of the portfolio after a minister's title that ends at token i:
 * "Secretary of State for Culture, Media and Sport", "Minister for Trade and
 * Industry". Its capitalised words, commas and "and" name what the office
 * is for, not actors. Returns i when no portfolio follows.
 */
static uint32_t portfolio_end(const actor_sentence *as, uint32_t i) {
  if (i + 1 >= as->n || !token_is(as, i, "for") || !token_capitalised(as, i + 1)) return i;
  uint32_t j = i + 1;
  while (j < as->n) {
    if (token_capitalised(as, j)) j++;
    else if (j + 1 < as->n && (token_is(as, j, ",") || token_is(as, j, "and") || token_is(as, j, "&")) &&
             token_capitalised(as, j + 1) && !title_starts(as, j + 1))
      j++;
    else
      break;
  }
  return j;
}

/* Role words too general to name an actor unless counted (roles.txt): "12 people", not "people say"; sorted. */
static const char *const counted_only_roles[] = {"people", "persons", NULL};
#define COUNTED_ONLY_ROLES 2

/* Numbers written as words that count people: "twelve people", "a dozen people". */
static const char *const number_words[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
                                           "hundred", "thousand", "dozen", "million", NULL};
/* Counts of many, before "of": "thousands of people". */
static const char *const large_counts[] = {"thousands", "hundreds", "dozens", "scores", "millions", "tens", "number",
                                           "numbers", NULL};

/* Nonzero when token i is a word of a role entry only a number makes an actor ("women", "children"). */
static int token_counted_only(const actor_sentence *as, uint32_t i) {
  const actor_scratch *sc = as->scratch;
  if (!sc->key_len.items[i]) return 0;
  const lex_entry *hits[LEX_MAX_HITS];
  size_t nhits = 0;
  if (lex_match(as->lex, sc->key_ptr.items + i, sc->key_len.items + i, 1, hits, &nhits) != 1) return 0;
  if (nhits > LEX_MAX_HITS) nhits = LEX_MAX_HITS;
  for (size_t h = 0; h < nhits; h++)
    if (hits[h]->kind == LEX_ROLE && hits[h]->canonical &&
        words_sorted_contain(counted_only_roles, COUNTED_ONLY_ROLES, hits[h]->canonical, strlen(hits[h]->canonical)))
      return 1;
  return 0;
}

/*
 * Nonzero when the people at tokens [start, end) are counted by a number
 * ("12 people", "twelve people", "thousands of people") and are not an
 * unnamed source ("two people familiar with the matter").
 */
static int people_numbered(const actor_sentence *as, uint32_t start, uint32_t end) {
  /* Adjectives that single people out as those acted on: "innocent people", "local people", "wounded men". */
  static const char *const singling_adjectives[] = {"displaced", "homeless", "injured", "innocent", "local",
                                                    "trapped",   "unarmed",  "wounded",  NULL};
  if (start == 0) return 0;
  uint32_t b = start - 1;
  if (b > 0 && (token_is(as, b, "and") || token_is(as, b, "or") || token_is(as, b, ",")) &&
      token_counted_only(as, b - 1))
    return people_numbered(as, b - 1, end);
  if (token_in(as, b, singling_adjectives)) return 1;
  if (!(as->tokens[b].kind == DL_TOKEN_NUMBER || token_in(as, b, number_words) ||
        (b > 0 && token_is(as, b, "of") && token_in(as, b - 1, large_counts))))
    return 0;
  return !(end < as->n && (token_is(as, end, "familiar") || token_is(as, end, "close") ||
                           token_is(as, end, "briefed") || token_is(as, end, "with")));
}

/*
 * The end of a name set off by a comma after a role at token i ("the home
 * secretary, Sajid Javid,", "the UN envoy, Staffan de Mistura, said"): two
 * to four capitalised words no dictionary keys, with name particles, and a
 * comma, a full stop or the end after them. Returns i when there is none.
 */
static uint32_t apposed_name_end(const actor_sentence *as, uint32_t i) {
  const actor_scratch *sc = as->scratch;
  if (!sc->atoms.len || i < 2 || !token_is(as, i - 1, ",")) return i;
  const actor_atom *last = &sc->atoms.items[sc->atoms.len - 1];
  if (last->end != i - 1) return i;
  /* "the UN envoy for Syria, Staffan de Mistura,": the role before the country it is for. */
  if (last->entry->kind != LEX_ROLE && sc->atoms.len >= 2 &&
      (last->entry->kind == LEX_COUNTRY || last->entry->kind == LEX_CAPITAL) && last->start >= 1 &&
      (token_is(as, last->start - 1, "for") || token_is(as, last->start - 1, "of") ||
       token_is(as, last->start - 1, "to")) &&
      sc->atoms.items[sc->atoms.len - 2].end == last->start - 1)
    last = &sc->atoms.items[sc->atoms.len - 2];
  if (last->entry->kind != LEX_ROLE) return i;
  uint32_t j = i, words = 0;
  while (j < as->n && j < i + 5) {
    const dl_token *t = &as->tokens[j];
    if (t->kind == DL_TOKEN_WORD && (t->flags & TOKEN_CAPITALISED) && !(t->flags & TOKEN_ALLCAPS) &&
        !sc->key_len.items[j] && !token_in(as, j, calendar_words)) {
      j++;
      words++;
    } else if (words && j + 1 < as->n && token_in(as, j, name_particles) && !token_capitalised(as, j)) {
      j++;
    } else {
      break;
    }
  }
  if (words < 2 || as->tokens[j - 1].flags & TOKEN_ALLCAPS) return i;
  if (j < as->n && !token_is(as, j, ",") && !token_is(as, j, ".") && !token_is(as, j, ")")) return i;
  return j;
}

/*
 * The end of a name no dictionary knows at token i that speaks for a party
 * or group named after it between commas ("Vincent Cable, for the Liberal
 * Democrats, accused"): two to four capitalised words, then ", for (the)",
 * the group and a comma. Sets *group and returns the name's end, or i.
 */
static uint32_t name_for_group_end(const actor_sentence *as, uint32_t i, int32_t day, const lex_entry **group) {
  const actor_scratch *sc = as->scratch;
  /* The cheap tests first: most capitalised words have no comma two to four words after them. */
  int comma = 0;
  for (uint32_t k = i + 2; k < as->n && k <= i + 4 && !comma; k++)
    comma = as->tokens[k].len == 1 && as->text[as->tokens[k].start] == ',';
  if (!comma) return i;
  uint32_t j = i;
  while (j < as->n && j < i + 4 && token_name_word(as, j) && !(as->tokens[j].flags & TOKEN_ALLCAPS)) j++;
  if (j - i < 2 || j + 3 >= as->n || !token_is(as, j, ",") || !token_is(as, j + 1, "for")) return i;
  int unknown = 0; /* a word no dictionary of English knows, as surnames mostly are: not "Polling Day" */
  for (uint32_t k = i; k < j; k++) {
    if (token_class(as, k) != WC_OPEN || token_in(as, k, calendar_words)) return i;
    unknown |= !token_known_word(as, k);
  }
  if (!unknown) return i;
  uint32_t k = j + 2;
  if (token_is(as, k, "the")) k++;
  if (k >= as->n || !sc->key_len.items[k]) return i;
  size_t left = as->n - k;
  if (left > LEX_MAX_PHRASE_TOKENS) left = LEX_MAX_PHRASE_TOKENS;
  const lex_entry *hits[LEX_MAX_HITS];
  size_t nhits = 0;
  size_t m = lex_match(as->lex, sc->key_ptr.items + k, sc->key_len.items + k, left, hits, &nhits);
  if (!m || !token_is(as, k + (uint32_t)m, ",")) return i;
  int discard, past;
  entry_choices alts;
  const lex_entry *e = choose_entry(as, k, m, hits, nhits, day, &discard, &past, &alts);
  if (!e || e->kind != LEX_GROUP || !e->country[0] || entry_is_firm(e)) return i;
  *group = e;
  return j;
}

/* Nonzero when token i carries on a name begun before it: "Sumitomo Trust", "Thailand Smelting and Refining". */
static int inside_name(const actor_sentence *as, uint32_t i) {
  if (i == 0) return 0;
  uint32_t p = i - 1;
  const dl_token *t = &as->tokens[p];
  if (p > 0 && (token_is(as, p, "and") || (t->kind == DL_TOKEN_SYMBOL && t->len == 1 && as->text[t->start] == '&'))) {
    p--;
    /* "National Data Corp and Santa Fe Pacific Corp": a legal form ended the name before. */
    if (token_legal_form(as, p)) return 0;
  }
  return token_name_word(as, p) && token_class(as, p) == WC_OPEN;
}

/* Nonzero when a dictionary name other than a role begins at any of tokens [start, end). */
static int names_inside(const actor_sentence *as, uint32_t start, uint32_t end) {
  const lex_entry *hits[LEX_MAX_HITS];
  for (uint32_t k = start; k < end; k++)
    if (name_starts(as, k, hits)) return 1;
  return 0;
}

/*
 * The country a firm's name holds after a preposition, when no other name is
 * in it: "Banque Generale du Luxembourg SA", "Bank of Tokyo Ltd". NULL
 * otherwise ("Xerox Canada Ltd" names Xerox).
 */
static const lex_entry *firm_of_country(const actor_sentence *as, uint32_t start, uint32_t end) {
  const lex_entry *hits[LEX_MAX_HITS], *country = NULL;
  for (uint32_t k = start + 1; k < end; k++) {
    if (!name_starts(as, k, hits)) continue;
    const lex_entry *c = country_starts(as, k);
    if (country || !c || !token_in(as, k - 1, firm_particles))
      return NULL;
    country = c;
  }
  return country;
}

/*
 * Nonzero when "opposition" at token i is the act of opposing, not the
 * opposition: "the strong opposition of the United States to a new tax",
 * "Turkish opposition to the plan". An adjective of force before it says so,
 * as does "to" and a thing after it; not "the opposition to Maduro" or "to
 * the regime", whom the opposition opposes.
 */
static int opposing_act(const actor_sentence *as, uint32_t i) {
  if (!token_is(as, i, "opposition")) return 0;
  if (i > 0 && token_in(as, i - 1, (const char *const[]){"strong", "stiff", "fierce", "vehement", "vigorous", "bitter",
                                                          "growing", "mounting", "widespread", "continued", "continuing",
                                                          "implacable", "staunch", "adamant", "vocal", "outright",
                                                          "total", "principled", "strenuous", "determined", NULL}))
    return 1;
  /* (An opposition against someone is a body: "arming an anti-Assad opposition to ...".) */
  if (!token_is(as, i + 1, "to") ||
      (i > 0 && as->tokens[i - 1].len > 5 && strncasecmp(as->text + as->tokens[i - 1].start, "anti-", 5) == 0))
    return 0;
  uint32_t k = i + 2;
  if (token_class(as, k) == WC_DET) k++;
  while (k < as->n && token_adjective(as, k) && !(as->tokens[k].flags & TOKEN_CAPITALISED)) k++;
  return token_lowercase_word(as, k) &&
         !token_in(as, k, (const char *const[]){"regime", "government", "president", "king", "junta", "military",
                                                 "army", "rule", "dictatorship", "occupation", "monarchy", "leader",
                                                 "leadership", "authorities", "administration", NULL});
}

/*
 * Nonzero when "official" at token i describes what follows, no one: "the
 * official Iraqi news agency", "official figures", "the official Xinhua news
 * agency" (a people's or country's name after it, any name after "the
 * official", or a noun no verb shares: not "the official said").
 */
static int official_adjective(const actor_sentence *as, uint32_t i) {
  if (!token_is(as, i, "official") || i + 1 >= as->n) return 0;
  const lex_entry *hits[LEX_MAX_HITS];
  size_t nhits = capitalised_hits(as, i + 1, hits);
  for (size_t h = 0; h < nhits; h++)
    if (hits[h]->kind == LEX_DEMONYM || hits[h]->kind == LEX_COUNTRY) return 1;
  /* "the official Shenzhen Economic Zone Daily", "the official Xinhua news agency": a name after "the official". */
  if (i > 0 && token_is(as, i - 1, "the") && token_name_word(as, i + 1)) return 1;
  /* (Not an adjective WordNet also lists as a noun: "a US official familiar with the talks".) */
  return token_lemma_is(as, i + 1, 0) && !token_lemma_is(as, i + 1, 1) && !token_adjective(as, i + 1) &&
         !token_plural(as, i);
}

/*
 * Nonzero when "Treasury" at token i names a state's debt or a post, not
 * its ministry: "Treasury bills", "Treasury-bond yields", "Treasuries", "the
 * company's treasury", "his Treasury post".
 */
static int treasury_paper(const actor_sentence *as, uint32_t i) {
  static const char *const paper[] = {"bill", "bills", "bond", "bonds", "note", "notes", "paper", "securities",
                                      "security", "yield", "yields", "issue", "issues", "futures", "market",
                                      "markets", "rate", "rates", "refunding", "auction", "auctions", "certificates",
                                      "balances", "maturities", "post", "job", "portfolio", NULL};
  const dl_token *t = &as->tokens[i];
  if (t->len < 8 || strncasecmp(as->text + t->start, "treasur", 7) != 0) return 0;
  if (t->len > 8 && memchr(as->text + t->start, '-', t->len)) return 1;
  if (token_is(as, i, "treasuries")) return 1;
  if (i > 0 && as->tokens[i - 1].kind == DL_TOKEN_POSSESSIVE && !(i > 1 && country_starts(as, i - 2))) return 1;
  return token_in(as, i + 1, paper);
}

/* Nonzero when most of the sentence's longer words are capitalised, as a headline's are: "Iran Warns America Against". */
static int title_cased(const actor_sentence *as) {
  uint32_t words = 0, capitals = 0;
  for (uint32_t k = 0; k < as->n; k++) {
    const dl_token *t = &as->tokens[k];
    if (t->kind != DL_TOKEN_WORD || t->len < 4) continue;
    words++;
    capitals += (t->flags & TOKEN_CAPITALISED) != 0;
  }
  return words >= 3 && 5 * capitals >= 3 * words;
}

static int sentence_atoms(actor_sentence *as, int32_t day) {
  actor_scratch *sc = as->scratch;
  sc->atoms.len = 0;
  const lex_entry *hits[LEX_MAX_HITS];
  uint32_t portfolio = 0; /* the end of a minister's portfolio, whose role words are no actors */
  uint32_t opening = 0;   /* the sentence's first word, past quotes and brackets */
  while (opening < as->n && as->tokens[opening].kind == DL_TOKEN_PUNCT) opening++;
  for (uint32_t i = 0; i < as->n;) {
    size_t nhits = 0;
    size_t left = as->n - i;
    if (left > LEX_MAX_PHRASE_TOKENS) left = LEX_MAX_PHRASE_TOKENS;
    /* An empty key starts no phrase. */
    size_t m = sc->key_len.items[i] ? lex_match(as->lex, sc->key_ptr.items + i, sc->key_len.items + i, left, hits, &nhits)
                                    : 0;
    /* "Quebecor Inc", "Union Carbide Corp": a firm by its legal form, unless a longer or named phrase starts here. */
    /* Only from the first word of a name, and not when a name the dictionaries know is in it ("Xerox Canada Ltd"). */
    uint32_t firm = (as->tokens[i].flags & TOKEN_CAPITALISED) ? firm_name_end(as, i) : i;
    if (firm > i && inside_name(as, i)) firm = i;
    /* After a country's name the firm is that country's ("British Airways Plc"): the mention rules find it. */
    if (firm > i && sc->atoms.len && sc->atoms.items[sc->atoms.len - 1].end == i) {
      uint8_t k = sc->atoms.items[sc->atoms.len - 1].entry->kind;
      if (k == LEX_COUNTRY || k == LEX_DEMONYM || k == LEX_CAPITAL) firm = i;
    }
    /* "<American Aircraft Corp>": a people's name opening a firm's gives its home, not an army's aircraft. */
    const lex_entry *people = NULL;
    /* (A firm's legal form, not "Exchange": "Iranian Officials Hail Prisoner Exchange" is a headline.) */
    if (firm > i && i + m < firm && m > 0 && !names_inside(as, (uint32_t)(i + m), firm) && !token_is(as, firm - 1, "exchange"))
      for (size_t h = 0; h < nhits && !people; h++)
        if (hits[h]->kind == LEX_DEMONYM) people = lex_country_entry(as->lex, hits[h]->country);
    const lex_entry *of_country = firm > i && i + m < firm && !people && !name_starts(as, i, hits) ? firm_of_country(as, i, firm) : NULL;
    if (firm > i && i + m < firm && (people || of_country || !names_inside(as, i, firm))) {
      actor_atom atom = {i, firm, &firm_by_name, NULL, 0, 0, 0, -1, {0, {NULL}}, 0,
                         people ? people : of_country ? of_country : firm_home_named(as, i, firm)};
      /*
       * "MacMillan Bloedel Ltd <MB.TO>": the exchange that lists the firm
       * says whose it is, unless the text says: "Canada's Seagram Co Ltd
       * <VO.N>", "Alcan Aluminium Ltd <AL.N> of Canada".
       */
      const char *listed;
      const actor_atom *before = sc->atoms.len ? &sc->atoms.items[sc->atoms.len - 1] : NULL;
      int stated = 0;
      if (before && (before->entry->kind == LEX_COUNTRY || before->entry->kind == LEX_DEMONYM) &&
          before->end + 1 == i && as->tokens[before->end].kind == DL_TOKEN_POSSESSIVE) {
        /* "Britain's Redland Plc <RDLD.L>": the country named. */
        atom.home = lex_country_entry(as->lex, before->entry->country);
        stated = 1;
      }
      for (uint32_t k = firm + 1; !stated && k < as->n && k < firm + 6; k++)
        if (token_is(as, k, ">") || token_is(as, k, ")")) {
          /* "Alcan Aluminium Ltd <AL.N> of Canada". */
          const lex_entry *of = token_is(as, k + 1, "of") ? country_starts(as, k + 2) : NULL;
          if (of) atom.home = of;
          stated = of != NULL;
          break;
        }
      if (!atom.home && !stated && ticker_at(as, firm, &listed) && listed)
        atom.home = lex_country_entry(as->lex, listed);
      if (DL_VEC_PUSH(as->doc->ctx, sc->atoms, atom) != DL_OK) return DL_ENOMEM;
      i = firm;
      continue;
    }
    /* "the Hansard Society", "Veritas Party", "the Institute of Fiscal Studies": a body by its noun, no dictionary's. */
    /* From the name's first word only (not "Research Institute" of "Nomura Research Institute"), and not after a
       country's name, whose rules read "American Petroleum Institute" as the country's. The cheap tests first: a
       capitalised word after another inside the sentence is a name's. */
    const lex_entry *body_entry = NULL;
    uint32_t body = i;
    if ((as->tokens[i].flags & TOKEN_CAPITALISED) && !(as->tokens[i].flags & TOKEN_ALLCAPS) && as->index > 0 &&
        !(i > opening + 1 && token_name_word(as, i - 1)) && (body = body_name_end(as, i, &body_entry)) > i + m) {
      const actor_atom *just_before = sc->atoms.len && sc->atoms.items[sc->atoms.len - 1].end == i
                                          ? &sc->atoms.items[sc->atoms.len - 1]
                                          : NULL;
      if (token_class(as, i) != WC_OPEN ||
          (i == opening + 1 && token_name_word(as, opening) && token_class(as, opening) == WC_OPEN) ||
          (just_before && (just_before->entry->kind == LEX_COUNTRY || just_before->entry->kind == LEX_DEMONYM ||
                           just_before->entry->kind == LEX_CAPITAL || entry_is_region(just_before->entry))))
        body = i;
    }
    if (body > i + m && !names_inside(as, i, body)) {
      actor_atom atom = {i, body, body_entry, NULL, 0, 0, 0, -1, {0, {NULL}}, 0, NULL};
      if (DL_VEC_PUSH(as->doc->ctx, sc->atoms, atom) != DL_OK) return DL_ENOMEM;
      i = body;
      continue;
    }
    if (m == 0) {
      /* "US-led", "Vietnamese-backed": the name before the hyphen. */
      const dl_token *t = &as->tokens[i];
      const char *hyphen =
          t->kind == DL_TOKEN_WORD && (t->flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)) ? token_hyphen(as, i) : NULL;
      /* "US-backed forces", "Turkish-funded rebels": the forces are not the backer's own. */
      /* The word after the hyphen in lower case ("US-Backed" in a headline too). */
      char after[16];
      size_t after_len = hyphen ? token_after_hyphen(as, i, hyphen, after) : 0;
      if (hyphen && after_len &&
          words_sorted_contain(backing_words, sizeof backing_words / sizeof *backing_words, after, after_len))
        hyphen = NULL;
      /* "the Syria-Iraq border", "the Iran-Iraq war": a pair's border or war names no actor. */
      /* (A pair: a name after the hyphen, not "US-led war".) */
      if (hyphen && hyphen + 1 < as->text + t->start + t->len && hyphen[1] >= 'A' && hyphen[1] <= 'Z' &&
          token_in(as, i + 1, (const char *const[]){"border", "borders", "frontier", "boundary", "war", "conflict",
                                                    "crisis", NULL}) &&
          !token_in(as, i + 2, compound_body_heads))
        hyphen = NULL;
      /* "the Kurdish-led Syrian Democratic Forces": the group named next is the actor. */
      if (hyphen && after_len == 3 && memcmp(after, "led", 3) == 0 && name_starts(as, i + 1, hits)) hyphen = NULL;
      if (hyphen) {
        char key[ACTOR_MAX_KEY];
        size_t klen = lex_token_key(as->lex, as->text + t->start,
                                    (size_t)(hyphen - (as->text + t->start)), key, sizeof key);
        const char *kp = key;
        if (lex_match(as->lex, &kp, &klen, 1, hits, &nhits) == 1) m = 1;
      }
      actor_atom place;
      uint32_t name_end = t->kind == DL_TOKEN_WORD && (t->flags & TOKEN_CAPITALISED) ? apposed_name_end(as, i) : i;
      const lex_entry *group = NULL;
      uint32_t spokesman_end = name_end == i && t->kind == DL_TOKEN_WORD && (t->flags & TOKEN_CAPITALISED)
                                   ? name_for_group_end(as, i, day, &group)
                                   : i;
      /* (Not the middle of a longer name: "Prime Minister Vincent Cable".) */
      if (spokesman_end > i && i > 0 && token_name_word(as, i - 1) && token_class(as, i - 1) == WC_OPEN) spokesman_end = i;
      if (spokesman_end > i) {
        actor_atom holder = {i, spokesman_end, group, NULL, 0, 0, 0, -1, {0, {NULL}}, 2, NULL};
        if (DL_VEC_PUSH(as->doc->ctx, sc->atoms, holder) != DL_OK) return DL_ENOMEM;
        i = spokesman_end;
        continue;
      }
      if (name_end > i) {
        const actor_atom *role = &sc->atoms.items[sc->atoms.len - 1];
        if (role->entry->kind != LEX_ROLE) role--;
        actor_atom holder = {i, name_end, role->entry, NULL, 0, 0, 0, -1, {0, {NULL}}, 1, NULL};
        if (DL_VEC_PUSH(as->doc->ctx, sc->atoms, holder) != DL_OK) return DL_ENOMEM;
        i = name_end;
        continue;
      }
      /* Only a capitalised word may name a town or a person named before. */
      /* A person the story named is that person even after "attacked": "Jesse Jackson ... attacked Jackson". */
      if (m == 0 && (t->flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)) &&
          ((place_cue_taken(as, i) && surname_atom(as, i, &place)) || place_atom(as, i, &place) ||
           surname_atom(as, i, &place))) {
        if (DL_VEC_PUSH(as->doc->ctx, sc->atoms, place) != DL_OK) return DL_ENOMEM;
        i = place.end;
        continue;
      }
      if (m == 0) {
        i++;
        continue;
      }
    }
    /* "The Guardian Council", "The Times of India": a name that opens with "the" gives way to a longer one after it. */
    if (m > 1 && token_is(as, i, "the") && sc->key_len.items[i + 1]) {
      const lex_entry *after[LEX_MAX_HITS];
      size_t nafter = 0, left_after = as->n - i - 1;
      if (left_after > LEX_MAX_PHRASE_TOKENS) left_after = LEX_MAX_PHRASE_TOKENS;
      if (lex_match(as->lex, sc->key_ptr.items + i + 1, sc->key_len.items + i + 1, left_after, after, &nafter) + 1 > m) {
        i++;
        continue;
      }
    }
    /* Whatever is chosen, the phrase's words are a dictionary's (other_given_name). */
    for (uint32_t k = i; k < i + (uint32_t)m; k++) sc->facts.items[k] |= FACT_MATCHED;
    int discard;
    int past;
    entry_choices alts;
    const lex_entry *e = choose_entry(as, i, m, hits, nhits, day, &discard, &past, &alts);
    /* When the longest phrase does not apply here, a shorter one may. */
    while (!e && !discard && m > 1) {
      size_t shorter = lex_match(as->lex, sc->key_ptr.items + i, sc->key_len.items + i, m - 1,
                                 hits, &nhits);
      if (shorter == 0) break;
      m = shorter;
      e = choose_entry(as, i, m, hits, nhits, day, &discard, &past, &alts);
    }
    /* "First Minister Jack McConnell" is not Mitch McConnell: a surname alone after another given name, and
       the same surname later ("Mr McConnell said") is the story's own person. */
    /* "Congressman Mike Honda": a firm's one-word name after a given name is a surname. */
    if (e && entry_is_firm(e) && m == 1 && other_given_name(as, i)) e = NULL;
    if (e && e->kind == LEX_ROLE && m == 1 && (opposing_act(as, i) || official_adjective(as, i) || treasury_paper(as, i)))
      e = NULL;
    /* "Sen." and "Rep." are titles only before a name: "the Czech Rep.", "Rep. of Ireland" are a republic. */
    if (e && e->kind == LEX_ROLE && m == 1 && as->tokens[i].kind == DL_TOKEN_ABBREV &&
        token_in(as, i, (const char *const[]){"rep.", "sen.", NULL}) && !token_name_word(as, i + 1))
      e = NULL;
    /* "Howard Archer, economist at Global Insight": a surname alone before a name no dictionary knows is a given name. */
    if (e && e->kind == LEX_PERSON && m == 1 && i + 1 < as->n && token_name_word(as, i + 1) &&
        token_class(as, i + 1) == WC_OPEN && !((as->tokens[i].flags | as->tokens[i + 1].flags) & TOKEN_ALLCAPS) &&
        !token_in(as, i + 1, calendar_words) && !capitalised_hits(as, i + 1, hits) && !title_cased(as))
      e = NULL;
    /* "Sir Howard", "Dame Judi": a knight goes by a given name, so it names no one known by that surname. */
    if (e && e->kind == LEX_PERSON && m == 1 && i > 0 && (token_is(as, i - 1, "sir") || token_is(as, i - 1, "dame")) &&
        (as->tokens[i - 1].flags & TOKEN_CAPITALISED))
      e = NULL;
    /* "Mr Irish", "Mr Wellington": after a courtesy title one word is a surname, not a nation or a city; "DR Congo" is a nation. */
    if (e && e->kind != LEX_PERSON && m == 1 && i > 0 && token_in(as, i - 1, courtesy_titles) &&
        (as->tokens[i - 1].flags & TOKEN_CAPITALISED) && !(token_in(as, i - 1, (const char *const[]){"dr", "dr.", NULL}) &&
                                                           strcmp(e->country, "COD") == 0))
      e = NULL;
    /* "ETA Systems", "ETA Corp": an armed group's letters before a firm's word name the firm. */
    /* (Not an international body's: "the UN Capital Development Fund"; nor words a group's own bodies use: "PKK Media".) */
    if (e && (e->kind == LEX_GROUP || e->kind == LEX_BODY) && strncmp(e->code, "IGO", 3) != 0 && m == 1 &&
        (as->tokens[i].flags & TOKEN_ALLCAPS) &&
        token_name_word(as, i + 1) &&
        !(as->tokens[i + 1].flags & TOKEN_ALLCAPS) &&
        token_in(as, i + 1, (const char *const[]){"systems", "holdings", "technologies", "software", "networks",
                                                  "partners", "entertainment", "films", "studios", "records", "labs",
                                                  "electronics", "pharmaceuticals", "inc", "corp", "ltd", "plc", NULL}))
    {
      actor_atom firm_atom = {i, i + 2, &firm_by_name, NULL, 0, 0, 0, -1, {0, {NULL}}, 0, NULL};
      if (DL_VEC_PUSH(as->doc->ctx, sc->atoms, firm_atom) != DL_OK) return DL_ENOMEM;
      i += 2;
      continue;
    }
    /*
     * "Hyundai Motor America", "Rural America", "America First": a bare
     * "America" that another name's words run into is that name's, which
     * is seldom the state's. (Other countries' names stay: "Communist China".)
     */
    /* "the Iraq war", "the Syria crisis", "the Iraq inquiry", "the Iran arms scandal": a country's name before such a noun names the affair, no actor. */
    /* (Not when the noun describes a body of the country's: "Israel war cabinet", "China war games".) */
    /* (The name itself, not one before a hyphen: "the US-led war" is the US's.) */
    if (e && e->kind == LEX_COUNTRY && i + m < as->n && !token_hyphen(as, i) &&
        (token_in(as, i + (uint32_t)m,
                  (const char *const[]){"war", "conflict", "crisis", "inquiry", "invasion", "scandal", "affair", NULL}) ||
         /* "the Iran arms scandal" */
         (token_is(as, i + (uint32_t)m, "arms") &&
          token_in(as, i + (uint32_t)m + 1, (const char *const[]){"scandal", "affair", NULL}))) &&
        !token_in(as, i + (uint32_t)m + 1, compound_body_heads))
      e = NULL;
    /*
     * "the Syrian conflict", "the Syrian civil war": a people's name before
     * such a noun that ends its phrase names the affair too ("Syrian war
     * refugees" are Syria's refugees).
     */
    if (e && e->kind == LEX_DEMONYM && m == 1 && i + 1 < as->n && !token_hyphen(as, i)) {
      uint32_t k = i + 1;
      if (token_in(as, k, (const char *const[]){"civil", "proxy", NULL})) k++;
      /* (Not an uprising or a revolution, which the people make: "the Syrian uprising against Assad".) */
      if (token_in(as, k, (const char *const[]){"war", "conflict", "crisis", NULL}) &&
          (k + 1 >= as->n || token_class(as, k + 1) != WC_OPEN || as->tokens[k + 1].kind == DL_TOKEN_PUNCT ||
           as->tokens[k + 1].kind == DL_TOKEN_NUMBER)) {
        i = k + 1;
        continue;
      }
    }
    /* "US chief economist at SG", "a Syria expert", "Asia correspondent": a country before a post names its brief, no actor. */
    if (e && e->kind == LEX_COUNTRY && i + m < as->n) {
      uint32_t k = i + (uint32_t)m;
      if (token_in(as, k, (const char *const[]){"chief", "senior", "lead", "head", NULL})) k++;
      if (token_in(as, k, (const char *const[]){"economist", "economists", "analyst", "analysts", "strategist",
                                                "strategists", "expert", "experts", "specialist", "specialists",
                                                "correspondent", "correspondents", "editor", "watcher", "watchers",
                                                NULL})) {
        i = k + 1;
        continue;
      }
    }
    /* "the Khomeini mausoleum", "the Truman doctrine": a person's name before such a noun names a thing after them. */
    /* (A building's name too: "a Trump Tower in Moscow".) */
    if (e && e->kind == LEX_PERSON && i + m < as->n &&
        token_in(as, i + (uint32_t)m, (const char *const[]){"tower", "towers", "plaza", NULL})) {
      i += (uint32_t)m;
      continue;
    }
    if (e && e->kind == LEX_PERSON && i + m < as->n && token_lowercase_word(as, i + (uint32_t)m) &&
        token_in(as, i + (uint32_t)m,
                 (const char *const[]){"airport", "bust", "doctrine", "doctrines", "era", "legacy", "library",
                                       "mausoleum", "memorial", "museum", "portrait", "portraits", "shrine", "stadium",
                                       "statue", "statues", "tomb", NULL})) {
      i += (uint32_t)m;
      continue;
    }
    /* "the February 22 Paris accord", "the Oslo accords", "the Minsk agreement": a capital before a pact's noun names the pact. */
    if (e && e->kind == LEX_CAPITAL && i + m < as->n && !token_hyphen(as, i + (uint32_t)m - 1) &&
        token_in(as, i + (uint32_t)m,
                 (const char *const[]){"accord", "accords", "agreement", "agreements", "pact", "protocol", "declaration",
                                       "treaty", "communique", "consensus", "format", "process", NULL}))
      e = NULL;
    /* ("Americas Watch" is no country at all; a day or a headline's capitals run into nothing: "said Tuesday America".) */
    if (e && e->kind == LEX_COUNTRY && m == 1 && token_is(as, i, "americas")) e = NULL;
    if (e && e->kind == LEX_COUNTRY && m == 1 && token_is(as, i, "america") &&
        !(as->tokens[i].flags & TOKEN_ALLCAPS) && !title_cased(as) &&
        ((i > opening && token_name_word(as, i - 1) && token_class(as, i - 1) == WC_OPEN &&
          !token_in(as, i - 1, calendar_words) && !(sc->facts.items[i - 1] & FACT_MATCHED)) ||
         (token_name_word(as, i + 1) && token_class(as, i + 1) == WC_OPEN && !token_in(as, i + 1, calendar_words) &&
          !(as->tokens[i + 1].flags & TOKEN_ALLCAPS))))
      e = NULL;
    if (e && e->kind == LEX_PERSON && m == 1) {
      int32_t other;
      if (other_given_name(as, i) && !entry_names(as, e, as->base + i - 1)) {
        e = NULL;
      } else if ((other = named_before_as_other(as, i, e)) >= 0) {
        /* The story's own person, whose country the end of the story may yet give. */
        const dl_mention *p = &as->story->items[other];
        uint32_t start = i;
        uint32_t lo = sc->atoms.len ? sc->atoms.items[sc->atoms.len - 1].end : 0;
        if (start > lo && token_in(as, start - 1, courtesy_titles)) start--;
        actor_atom own = {start, i + 1, p->entry, NULL, 0, 0, 0, other, {0, {NULL}}, 0, NULL};
        if (DL_VEC_PUSH(as->doc->ctx, sc->atoms, own) != DL_OK) return DL_ENOMEM;
        i = own.end;
        continue;
      }
    }
    if (discard) {
      if (discard == 2) sc->story_discarded = 1;
      i += (uint32_t)m;
      continue;
    }
    if (!e) {
      /* "Jalal Talabani ... Talabani rose": a surname whose offices are all past is the story's person named before. */
      actor_atom named;
      /* Not after another given name: "Michelle Obama" is not Barack Obama. */
      if ((as->tokens[i].flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)) && surname_atom(as, i, &named) &&
          !(named.start == i && i > 0 && token_name_word(as, i - 1))) {
        if (DL_VEC_PUSH(as->doc->ctx, sc->atoms, named) != DL_OK) return DL_ENOMEM;
        i = named.end;
        continue;
      }
      i++;
      continue;
    }
    /*
     * "the Trades Union Congress", "the Pan Africanist Congress": a one-word
     * body after two capitalised words no dictionary names is another body's name.
     */
    /* Two such words: "the Democratic Congress", "the Soviet-era Kremlin" and "Bush Urges Congress" are the body. */
    if (e->kind == LEX_BODY && m == 1 && i > 1 && token_name_word(as, i - 1) && token_class(as, i - 1) == WC_OPEN &&
        !((as->tokens[i - 1].flags | as->tokens[i].flags) & TOKEN_ALLCAPS) && !token_in(as, i - 1, calendar_words) &&
        !token_hyphen(as, i - 1) && token_name_word(as, i - 2) && token_class(as, i - 2) == WC_OPEN &&
        !(as->tokens[i - 2].flags & TOKEN_ALLCAPS) &&
        (!(sc->facts.items[i - 2] & FACT_MATCHED) ||
         (sc->atoms.len && sc->atoms.items[sc->atoms.len - 1].end == i &&
          sc->atoms.items[sc->atoms.len - 1].start + 1 < i && sc->atoms.items[sc->atoms.len - 1].entry->kind == LEX_ROLE))) {
      actor_atom *prev = sc->atoms.len && sc->atoms.items[sc->atoms.len - 1].end == i ? &sc->atoms.items[sc->atoms.len - 1]
                                                                                     : NULL;
      /* A role word in the name names the body's kind: "the Trades Union Congress" is a union's. */
      if (!prev || prev->entry->kind == LEX_ROLE) {
        if (prev) prev->end = i + 1;
        i++;
        continue;
      }
    }
    /*
     * "Nikko Securities (Europe) Ltd", "the Middle East envoy", "Asia
     * correspondent": a region in brackets or before a role is a firm's
     * market or an office's brief, not an actor.
     */
    /*
     * ...nor is one inside a longer name ("Lycos Europe", "BT Asia", "the
     * West Virginia commission") or before a noun it describes ("Africa debt
     * relief").
     */
    if (entry_is_region(e) && region_not_actor(as, i, (uint32_t)m)) {
      i += (uint32_t)m;
      continue;
    }
    /* "medium and lower quality bonds": "media" is a role, its singular "medium" is not. */
    /*
     * "the control business", "start business at midnight": a firm's trade,
     * not firms; "businesses" and "British business" are. "Britain's premier
     * league": the adjective, before a noun it describes.
     */
    int after_country = sc->atoms.len && sc->atoms.items[sc->atoms.len - 1].end == i &&
                        (sc->atoms.items[sc->atoms.len - 1].entry->kind == LEX_COUNTRY ||
                         sc->atoms.items[sc->atoms.len - 1].entry->kind == LEX_DEMONYM);
    if (e->kind == LEX_ROLE && m == 1 &&
        ((token_is(as, i, "business") && !after_country && !token_plural(as, i)) ||
         (token_is(as, i, "premier") && token_lemma_is(as, i + 1, 0) && !token_lemma_is(as, i + 1, 1)))) {
      i++;
      continue;
    }
    /* "National Bank of Canada", "Royal Bank of Canada": a name before a central bank's makes a firm of that country. */
    /* (Words that name banks only, not "Senior Bank of Japan officials" or a headline's "Expect Bank of Japan".) */
    static const char *const bank_firm_words[] = {"national", "royal", "industrial", "commercial", "continental",
                                                  "mercantile", "merchant", "first", "provincial", "imperial",
                                                  "chartered", "agricultural", "cooperative", "co-operative", "credit",
                                                  "savings", "trust", "investment", "overseas", "popular", NULL};
    if (e->kind == LEX_BODY && e->country[0] && token_is(as, i, "bank") && i > 0 && token_name_word(as, i - 1) &&
        token_in(as, i - 1, bank_firm_words) && !(as->tokens[i - 1].flags & TOKEN_ALLCAPS) &&
        !(sc->atoms.len && sc->atoms.items[sc->atoms.len - 1].end == i)) {
      uint32_t end = i + (uint32_t)m;
      while (end < as->n && token_legal_form(as, end)) end++; /* "Industrial Bank of Japan Ltd" */
      actor_atom atom = {i - 1, end, &firm_by_name, NULL, 0, 0, 0, -1, {0, {NULL}}, 0,
                         lex_country_entry(as->lex, e->country)};
      if (DL_VEC_PUSH(as->doc->ctx, sc->atoms, atom) != DL_OK) return DL_ENOMEM;
      i = end;
      continue;
    }
    /* "the House Iran committee", "the Senate Iraq panel": a chamber's committee on a country, not the country. */
    if ((e->kind == LEX_COUNTRY || e->kind == LEX_DEMONYM) && i > 0 && i + (uint32_t)m < as->n &&
        as->tokens[i + (uint32_t)m].len >= 5 &&
        token_in(as, i + (uint32_t)m, (const char *const[]){"committee", "panel", "subcommittee", "caucus", "inquiry",
                                                              NULL}) &&
        token_in(as, i - 1, (const char *const[]){"house", "senate", "congressional", "parliamentary", "commons",
                                                   "select", NULL})) {
      /* (A chamber named just before takes the committee into its name.) */
      if (sc->atoms.len && sc->atoms.items[sc->atoms.len - 1].end == i) sc->atoms.items[sc->atoms.len - 1].end = i + (uint32_t)m + 1;
      i += (uint32_t)m + 1;
      continue;
    }
    /* "hold firm", "stood firm": the adjective after a verb of standing, no firm. */
    if (e->kind == LEX_ROLE && m == 1 && i > 0 && as->tokens[i].len == 4 && token_is(as, i, "firm") &&
        (token_in(as, i - 1, (const char *const[]){"hold", "holds", "held", "stand", "stands", "stood", "remain",
                                                    "remains", "remained", "stay", "stays", "stayed", NULL}) ||
         /* ("holding firm" after an auxiliary only: "the holding firm said" is a firm) */
         (i > 1 && token_in(as, i - 1, (const char *const[]){"holding", "standing", NULL}) &&
          token_in(as, i - 2, (const char *const[]){"is", "are", "was", "were", "be", "been", NULL})))) {
      i++;
      continue;
    }
    if (e->kind == LEX_ROLE && m == 1 && token_is(as, i, "medium")) {
      i++;
      continue;
    }
    /* "Diamond Shamrock <DIA>": a ticker in Reuters' angle brackets is a firm's, not the agency the letters spell. */
    if (i > 0) {
      const char *listed;
      if (ticker_at(as, i - 1, &listed) && as->text[as->tokens[i - 1].start] == '<') {
        i += (uint32_t)m;
        continue;
      }
    }
    /* "Dumas" is a surname, not the Duma in the plural: a body's one-word name takes no plural "s" (groups do: "Peshmergas"). */
    /* ...nor is "Frances" France, nor "Jordans" Jordan: a country's or a city's name takes none either. */
    /* (Counted, they are the country's parts: "the two Germanys", "both Koreas".) */
    if ((e->kind == LEX_BODY || e->kind == LEX_COUNTRY || e->kind == LEX_CAPITAL) && m == 1 && e->canonical &&
        as->text[as->tokens[i].start + as->tokens[i].len - 1] == 's' && as->tokens[i].len == strlen(e->canonical) + 1 &&
        token_capitalised(as, i) && strncasecmp(as->text + as->tokens[i].start, e->canonical, as->tokens[i].len - 1) == 0 &&
        !(i > 0 && token_in(as, i - 1, (const char *const[]){"two", "both", "three", NULL}))) {
      i++;
      continue;
    }
    if (e->kind == LEX_ROLE && i < portfolio) {
      i += (uint32_t)m;
      continue;
    }
    /*
     * "People say", "the men": a role only a number makes an actor, dropped
     * here so no rule looks at it, unless a name just before may take it
     * ("an Australian woman", "Baghdadi's men").
     */
    if (e->kind == LEX_ROLE && e->canonical &&
        words_sorted_contain(counted_only_roles, COUNTED_ONLY_ROLES, e->canonical, strlen(e->canonical)) &&
        !(sc->atoms.len && sc->atoms.items[sc->atoms.len - 1].end + 2 >= i) &&
        !people_numbered(as, i, i + (uint32_t)m)) {
      i += (uint32_t)m;
      continue;
    }
    if (e->kind == LEX_ROLE && strstr(e->roles, "GOV")) portfolio = portfolio_end(as, i + (uint32_t)m);
    actor_atom atom = {i, i + (uint32_t)m, e, NULL, 0, 0, (uint8_t)past, -1, {0, {NULL}}, 0, NULL};
    if (e->kind == LEX_PERSON) atom.start = given_names_start(as, e, i);
    /* The phrase's entries of each country, the one chosen among them, for the end of the story. */
    atom.alts = alts;
    if (DL_VEC_PUSH(as->doc->ctx, sc->atoms, atom) != DL_OK) return DL_ENOMEM;
    i += (uint32_t)m;
  }
  return DL_OK;
}

/*
 * Nonzero when token i, after a people's name at atom j, is a capitalised
 * English word of a minister's portfolio that no dictionary has: "Argentine
 * Economic Minister", "Argentine Planning Minister". A minister's, a
 * secretary's or an envoy's title must follow within the gap.
 */
static int portfolio_title_word(const actor_sentence *as, const actor_atom *atoms, size_t natoms, size_t j, uint32_t i) {
  if (atoms[j].entry->kind != LEX_DEMONYM || !token_capitalised(as, i) || (as->tokens[i].flags & TOKEN_ALLCAPS))
    return 0;
  static const char *const titles[] = {"minister", "ministry", "secretary", "undersecretary", "ambassador", "envoy",
                                       "commissioner", NULL};
  /* The title first, which few words before have; then the word itself. */
  size_t r = j + 1;
  while (r < natoms && atoms[r].start <= i) r++;
  if (r >= natoms || atoms[r].start > i + ACTOR_MAX_GAP || atoms[r].entry->kind != LEX_ROLE ||
      !token_in(as, atoms[r].end - 1, titles))
    return 0;
  return token_class(as, i) == WC_OPEN && token_known_word(as, i);
}

/* Copies at most cap-1 bytes of s into out, NUL-terminated. */
static void copy_code(char *out, size_t cap, const char *s) {
  size_t n = strlen(s);
  if (n >= cap) n = cap - 1;
  memcpy(out, s, n);
  out[n] = '\0';
}

/* Sets a mention's code from its country and roles. */
static void mention_set_code(dl_mention *m, const char *country, const char *roles) {
  copy_code(m->country, sizeof m->country, country);
  copy_code(m->roles, sizeof m->roles, roles);
  size_t c = strlen(m->country), r = strlen(m->roles);
  if (c + r >= sizeof m->code) r = sizeof m->code - 1 - c;
  memcpy(m->code, m->country, c);
  memcpy(m->code + c, m->roles, r);
  m->code[c + r] = '\0';
}

/* Extends a mention back over its determiner ("the Pakistan army"); returns the new first token. */
static uint32_t take_determiner(const actor_sentence *as, uint32_t first) {
  if (first > 0 && token_class(as, first - 1) == WC_DET) return first - 1;
  return first;
}

/* Nonzero when atom a is a place by its kind: a country, a capital, a region or a town of the gazetteer. */
static int atom_is_place_kind(const actor_atom *a) {
  return a->place || a->entry->kind == LEX_COUNTRY || a->entry->kind == LEX_CAPITAL || entry_is_region(a->entry);
}

/* Nonzero when token k links items of a list: a comma, "and" or "or". */
static int token_is_link(const actor_sentence *as, uint32_t k) {
  return token_is(as, k, ",") || token_is(as, k, "and") || token_is(as, k, "or");
}

/*
 * Nonzero when atom a names a place: a country, a capital, a town, or a
 * one-word name the gazetteer knows ("Brussels"). Copies its country into
 * country (4 bytes), empty where the gazetteer gives none.
 */
static int atom_names_place(const actor_sentence *as, const actor_atom *a, char *country) {
  country[0] = '\0';
  if (atom_is_place_kind(a)) {
    copy_code(country, 4, a->place ? a->place->country : a->entry->country);
    return 1;
  }
  if (a->entry->kind != LEX_GROUP || a->end != a->start + 1 || !token_capitalised(as, a->start)) return 0;
  char key[LEX_MAX_TOKEN_KEY];
  size_t klen = 0, nhits = 0;
  const lex_place *hits[LEX_MAX_PLACES];
  /* A capital or a city of a million: "Nato" and "Hamas" name small places too. */
  if (!place_words_lookup(as, a->start, 0, key, &klen, hits, &nhits) || nhits == 0 ||
      !(strcmp(hits[0]->feature, "PPLC") == 0 || hits[0]->population >= 1000000))
    return 0;
  copy_code(country, 4, hits[0]->country);
  return 1;
}

/* Nonzero when token i names a region or a large city of the gazetteer: "Vice President of Catalonia". */
static int region_named(const actor_sentence *as, uint32_t i) {
  char key[LEX_MAX_TOKEN_KEY];
  size_t klen = 0, nhits = 0;
  const lex_place *hits[LEX_MAX_PLACES];
  if (!place_words_lookup(as, i, 0, key, &klen, hits, &nhits)) return 0;
  for (size_t h = 0; h < nhits; h++)
    if (strncmp(hits[h]->feature, "ADM1", 4) == 0 || strcmp(hits[h]->feature, "PCLI") == 0 ||
        strcmp(hits[h]->feature, "PPLC") == 0 || hits[h]->population >= 100000)
      return 1;
  return 0;
}

/*
 * Nonzero when atom j, whose mention starts at token first, ends a list of
 * places begun after a locative preposition: "lobbying in Washington,
 * Brussels and London". Its places are where, not who, unless a role came
 * before the first ("police in London and Brussels", "courts in France,
 * Germany and Sweden"): then *role is that role, which each place has, and
 * country the place's country.
 */
static int listed_after_place(const actor_sentence *as, const actor_atom *atoms, size_t natoms, size_t j,
                              uint32_t first, const lex_entry **role, char *country) {
  *role = NULL;
  char other[4];
  /* Only a place a link joins to one before it, one of the two a place by its kind: most are not ("IBM, Exxon and Mobil"). */
  if (first == 0 || j == 0 || atoms[j - 1].end + 4 < first || !token_is_link(as, first - 1)) return 0;
  if (!atom_is_place_kind(&atoms[j]) && !atom_is_place_kind(&atoms[j - 1])) return 0;
  if (!atom_names_place(as, &atoms[j], country)) return 0;
  /*
   * A list closes with "and" or "or" ("in Paris, Japan promised" is none),
   * before this place or after a later one; the walk to the list's last
   * place also says whether a verb follows it, which may make the places
   * its subject.
   */
  int closed = token_is(as, first - 1, "and") || token_is(as, first - 1, "or");
  size_t last = j;
  while (last + 1 < natoms) {
    uint32_t k = atoms[last].end; /* the links after place last */
    int conj = 0;
    for (; k < as->n && token_is_link(as, k); k++) conj |= !token_is(as, k, ",");
    if (k == atoms[last].end) break;
    if (k < as->n && token_class(as, k) == WC_DET) k++;
    if (atoms[last + 1].start != k || !atom_names_place(as, &atoms[last + 1], other)) break;
    closed |= conj;
    last++;
  }
  if (!closed) return 0;
  int verb_after = atoms[last].end < as->n && token_verbal(as, atoms[last].end);
  for (; j > 0; j--) {
    uint32_t k = first;
    while (k > 0 && token_is_link(as, k - 1)) k--;
    const actor_atom *p = &atoms[j - 1];
    if (k == first || p->end != k || !atom_names_place(as, p, other)) return 0;
    uint32_t link = k; /* the first link after p */
    first = take_determiner(as, p->start);
    if ((first > 0 && token_locative(as, first - 1)) || locative_before(as, first) || p->locative) {
      /* ("troops in Iraq and Syria" are no country's troops there; nor are "envoys to Britain and France" its envoys.) */
      const lex_entry *r = j >= 2 && first > 0 && token_locative(as, first - 1) && atoms[j - 2].end + 1 == first
                               ? atoms[j - 2].entry
                               : NULL;
      if (r && r->kind == LEX_ROLE && !token_is(as, first - 1, "to") && strncmp(r->roles, "MIL", 3) != 0 &&
          strncmp(r->roles, "SET", 3) != 0) {
        *role = r;
        return 1;
      }
      /*
       * With no role, a verb after the list makes its places the subject,
       * and a comma after a phrase that opens the sentence ends the phrase:
       * "In Paris, France and Germany signed", "Speaking in Moscow, Russia
       * and China condemned".
       */
      if (verb_after) return 0;
      if (token_is(as, link, ",") && !token_is(as, link + 1, "and") && !token_is(as, link + 1, "or")) {
        int comma_before = 0;
        for (uint32_t q = 0; q < first; q++) comma_before |= token_is(as, q, ",");
        if (!comma_before) return 0;
      }
      return 1;
    }
  }
  return 0;
}

/* Nonzero when token i is a lower-case word whose lemma WordNet knows as pos (noun or verb). */
static int token_lemma_is(const actor_sentence *as, uint32_t i, int verb) {
  if (!token_lowercase_word(as, i) || token_class(as, i) != WC_OPEN) return 0;
  uint16_t *fact = &as->scratch->facts.items[i];
  unsigned known = verb ? FACT_VERB_KNOWN : FACT_NOUN_KNOWN, yes = verb ? FACT_VERB : FACT_NOUN;
  if (*fact & known) return (*fact & yes) != 0;
  const dl_token *t = &as->tokens[i];
  char lemma[ACTOR_MAX_KEY];
  size_t n = verb ? lex_lemma_verb(as->lex, as->text + t->start, t->len, lemma, sizeof lemma)
                  : lex_lemma_noun(as->lex, as->text + t->start, t->len, lemma, sizeof lemma);
  int is = verb ? lex_is_verb(as->lex, lemma, n) : lex_is_noun(as->lex, lemma, n);
  *fact = (uint16_t)(*fact | known | (is ? yes : 0));
  return is;
}

/* Nonzero when token i, in lower case and shorter than ACTOR_MAX_KEY bytes, is an adjective in WordNet. */
static int token_in_wordnet_as_adjective(const actor_sentence *as, uint32_t i) {
  uint16_t *fact = &as->scratch->facts.items[i];
  if (*fact & FACT_ADJECTIVE_KNOWN) return (*fact & FACT_ADJECTIVE) != 0;
  char low[ACTOR_MAX_KEY];
  int is = 0;
  if (as->tokens[i].len < sizeof low) {
    size_t n = token_lower(as, i, low, sizeof low);
    is = lex_is_adjective(as->lex, low, n);
  }
  *fact = (uint16_t)(*fact | FACT_ADJECTIVE_KNOWN | (is ? FACT_ADJECTIVE : 0));
  return is;
}

/* Nonzero when token i, in lower case, is a noun, a verb or an adjective WordNet knows ("Planning", "Economic"). */
static int token_known_word(const actor_sentence *as, uint32_t i) {
  char low[ACTOR_MAX_KEY], lemma[ACTOR_MAX_KEY];
  if (as->tokens[i].len >= sizeof low) return 0;
  size_t n = token_lower(as, i, low, sizeof low);
  size_t k = lex_lemma_noun(as->lex, low, n, lemma, sizeof lemma);
  if (lex_is_noun(as->lex, lemma, k)) return 1;
  k = lex_lemma_verb(as->lex, low, n, lemma, sizeof lemma);
  return lex_is_verb(as->lex, lemma, k) || token_in_wordnet_as_adjective(as, i);
}

/*
 * Nonzero when the words before next only describe the noun at next, which
 * is no actor: "an Afghan village", "military positions". An adjective such as
 * "military" describes any noun; a noun or demonym only a noun that cannot
 * be a verb ("Afghans fled" stays an actor).
 */
static int modifies_noun(const actor_sentence *as, uint32_t last, uint32_t next) {
  if (!token_lemma_is(as, next, 0)) return 0;
  /* An adjective that a phrase follows describes the one before it: "an official close to the talks". */
  if (token_adjective(as, next) && token_in(as, next + 1, (const char *const[]){"to", "with", NULL})) return 0;
  const dl_token *t = &as->tokens[last];
  char low[ACTOR_MAX_KEY];
  if (t->len < sizeof low) {
    size_t n = token_lower(as, last, low, sizeof low);
    if (lex_is_adjective(as->lex, low, n)) return 1;
  }
  return !token_lemma_is(as, next, 1);
}

/* Nonzero when token i is a lower-case inflected verb form ("left", "said", "says"), not a base form that may be a noun ("camp"). */
static int token_inflected_verb(const actor_sentence *as, uint32_t i) {
  if (!token_lowercase_word(as, i) || as->tokens[i].len >= ACTOR_MAX_KEY) return 0;
  char low[ACTOR_MAX_KEY], lemma[ACTOR_MAX_KEY];
  size_t n = token_lower(as, i, low, sizeof low);
  size_t m = lex_lemma_verb(as->lex, as->text + as->tokens[i].start, as->tokens[i].len, lemma, sizeof lemma);
  return m && (m != n || memcmp(low, lemma, n) != 0) && lex_is_verb(as->lex, lemma, m);
}

/*
 * Nonzero when the role nouns at [start, end) stand bare, singular, before a
 * plural noun that may also be a verb: "bank accounts", "government bonds",
 * "company shares" name things. With a determiner the word after may be the
 * verb ("the government bans"), a plural role is a subject ("police say"),
 * and people who speak are actors ("government sources said"), so these
 * stay actors.
 */
static int bare_compound(const actor_sentence *as, uint32_t start, uint32_t end) {
  if (end >= as->n || !token_lowercase_word(as, end) || token_plural(as, end - 1)) return 0;
  const dl_token *t = &as->tokens[end];
  if (t->len < 3 || as->text[t->start + t->len - 1] != 's') return 0;
  if (start > 0) {
    word_class before = token_class(as, start - 1);
    if (before == WC_DET || before == WC_POSSESSIVE || as->tokens[start - 1].kind == DL_TOKEN_POSSESSIVE) return 0;
  }
  /* "government sources said": people who speak are actors after all. */
  static const char *const speaking[] = {"said", "say", "says", "told", "tell", "reported", "added", "warned", NULL};
  if (token_in(as, end + 1, speaking)) return 0;
  return token_lemma_is(as, end, 0) && token_lemma_is(as, end, 1);
}

/* Nonzero when token i is a word of time that WordNet also lists as a noun: "today". */
static int token_temporal(const actor_sentence *as, uint32_t i) {
  return token_is(as, i, "today") || token_is(as, i, "yesterday") ||
         token_is(as, i, "tonight") || token_is(as, i, "tomorrow");
}

/* Nonzero when token i is a lower-case word WordNet lists as an adjective. */
static int token_adjective(const actor_sentence *as, uint32_t i) {
  return token_lowercase_word(as, i) && token_in_wordnet_as_adjective(as, i);
}

/*
 * Nonzero when token i is a modifier that may stand inside a mention: a
 * lower-case adjective that is not also a verb form ("local", "senior", not
 * "said").
 */
static int token_modifier(const actor_sentence *as, uint32_t i) {
  /* Most words are no adjective: that test, one lookup, comes before the word class. */
  if (!token_lowercase_word(as, i) || !token_in_wordnet_as_adjective(as, i)) return 0;
  return token_class(as, i) == WC_OPEN && !token_lemma_is(as, i, 1);
}

/* Nonzero when token i reads as a verb: an auxiliary, a modal, or a lower-case verb form. */
static int token_verbal(const actor_sentence *as, uint32_t i) {
  if (i >= as->n) return 0;
  word_class c = token_class(as, i);
  if (c == WC_AUX || c == WC_MODAL || c == WC_ADVERB || c == WC_NEGATION) return 1;
  return token_lemma_is(as, i, 1);
}

/* Nonzero when the document's token i is a plural noun: "officials", "forces", "gunmen", "police". */
static int doc_token_plural(const dl_document *doc, uint32_t i) {
  const dl_token *t = &doc->tokens.items[i];
  const char *w = doc->text.text.data + t->start;
  size_t n = t->len;
  if ((n == 6 && (strncasecmp(w, "police", 6) == 0 || strncasecmp(w, "people", 6) == 0)) ||
      (n > 3 && strncasecmp(w + n - 3, "men", 3) == 0))
    return 1;
  return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i';
}

/*
 * Nonzero when mention p was titled with the other of the two offices a
 * state may have at its head: "President Bush" is not "the prime minister"
 * of a story that also names Tony Blair, nor "Prime Minister Blair" "the
 * president".
 */
static int other_head_office(const dl_document *doc, const dl_mention *p, const lex_entry *role) {
  if (p->kind != MENTION_PERSON || !role->canonical || p->first >= doc->tokens.len) return 0;
  int president = doc_token_in(doc, p->first, (const char *const[]){"president", NULL});
  int premier = doc_token_in(doc, p->first, (const char *const[]){"prime", "premier", NULL});
  return (president && strcmp(role->canonical, "prime minister") == 0) ||
         (premier && strcmp(role->canonical, "president") == 0);
}

/*
 * "The German firm ... Fiat cars have lost market share and the firm has
 * piled up losses": a firm's role that opens a clause is the firm named
 * latest in its sentence when one was named after the mention k its head
 * word matched; else k.
 */
static int32_t later_firm(const dl_document *doc, const dl_mention_vec *out, size_t k, const lex_entry *role,
                          uint32_t sentence) {
  if (strncmp(role->roles, "BUS", 3) != 0) return (int32_t)k;
  for (size_t q = out->len; q-- > k + 1;) {
    const dl_mention *p = &out->items[q];
    if (p->sentence != sentence) break;
    /* (Not a rating agency, which rates the firm: "S&P said ... the carmaker's debt ratings".) */
    if (p->kind == MENTION_GROUP && p->refers_to < 0 && strncmp(p->roles, "BUS", 3) == 0 &&
        strncmp(p->code, "IGO", 3) != 0 &&
        !doc_token_in(doc, p->first, (const char *const[]){"moody", "standard", "fitch", "s&p", NULL}))
      return (int32_t)q;
  }
  return (int32_t)k;
}

/*
 * Finds the mention that "the soldiers" refers to: the latest one in the
 * story with the same head word ("Afghan soldiers"); else, within a few
 * sentences, the latest named by the same role entry, then by the same role.
 * bare is 1 for bare forces, 2 for a role after "a" or "an" (which skips
 * the preference for one person), else 0.
 */
static int32_t find_antecedent(const dl_document *doc, const dl_mention_vec *out,
                               uint32_t sentence, uint32_t head, const lex_entry *role, int bare) {
  /*
   * One person in office ("the prime minister") is, by role alone, the
   * latest one person of that role before the many ("Tony Blair met Turkish
   * officials. The prime minister criticised Iran"); pass 3 takes the many.
   */
  /* (Not "a spokesman", who may be anyone of the role: it takes the latest of the role, one or many.) */
  int one = bare != 2 && !doc_token_plural(doc, head);
  if (bare == 2) bare = 0;
  /* Bare forces ("troops had killed") refer back only within their sentence: "The Israeli military said troops". */
  for (int pass = bare; pass < 4; pass++) {
    if (pass == 2 && !one) continue;
    uint32_t window = bare ? 0 : pass == 0 ? ACTOR_ANTECEDENT_SENTENCES * 4 : ACTOR_ANTECEDENT_SENTENCES;
    for (size_t k = out->len; k-- > 0;) {
      const dl_mention *p = &out->items[k];
      if (p->sentence + window < sentence) break;
      /* A body of no country (the UN's "Secretary General") is one only by the same head word. */
      if ((!p->country[0] && (pass > 0 || p->kind != MENTION_GROUP)) || !p->roles[0]) continue;
      /* (A cabinet secretary is one by portfolio only: "the environment secretary" is not the last minister named.) */
      if (pass >= 2 && role->canonical && strcmp(role->canonical, "cabinet secretary") == 0) break;
      int match = pass == 0   ? same_word(doc, p->head, head)
                  : pass == 1 ? p->role_entry == role
                              : strncmp(p->roles, role->roles, 3) == 0 && (pass == 3 || !doc_token_plural(doc, p->head)) &&
                                    !other_head_office(doc, p, role);
      if (match) return (int32_t)k;
    }
  }
  return -1;
}

/*
 * The latest body or firm in the story's last sentences whose name holds a
 * bank's word with a capital ("the Bank of England", "the Bundesbank",
 * "Barclays Bank"), or -1: whom "the bank" names.
 */
static int32_t bank_named(const dl_document *doc, const dl_mention_vec *out, uint32_t sentence) {
  for (size_t k = out->len; k-- > 0;) {
    const dl_mention *p = &out->items[k];
    if (p->sentence + ACTOR_ANTECEDENT_SENTENCES * 2 < sentence) break;
    if (p->refers_to >= 0 || (p->flags & MENTION_LOCATIVE) || !p->roles[0]) continue;
    for (uint32_t t = p->first; t < p->end; t++) {
      const dl_token *tok = &doc->tokens.items[t];
      const char *w = doc->text.text.data + tok->start;
      if (tok->len < 4 || strncasecmp(w + tok->len - 4, "bank", 4) != 0) continue;
      /* The latest bank named, if it is a bank's name with a capital: not "Central bank president Wim Duisenberg", nor "bank officials". */
      return w[0] >= 'A' && w[0] <= 'Z' && p->kind != MENTION_PERSON && p->kind != MENTION_ROLE
                 ? (int32_t)k
                 : -1;
    }
  }
  return -1;
}

/*
 * "Bethlehem Steel said ... The spokesman said": a spokesman no one else of
 * the role came before speaks for the firm named last, when the actor named
 * last is a firm; -1 otherwise.
 */
static int32_t firm_spokesman(const dl_mention_vec *out, uint32_t sentence, const lex_entry *role) {
  if (!role->canonical || strncmp(role->canonical, "spokes", 6) != 0) return -1;
  for (size_t k = out->len; k-- > 0;) {
    const dl_mention *p = &out->items[k];
    if (p->sentence + ACTOR_ANTECEDENT_SENTENCES < sentence) break;
    if (p->flags & MENTION_LOCATIVE) continue;
    return p->kind == MENTION_GROUP && p->refers_to < 0 && strncmp(p->roles, "BUS", 3) == 0 &&
                   strncmp(p->code, "IGO", 3) != 0
               ? (int32_t)k
               : -1;
  }
  return -1;
}

/*
 * Nonzero when token i opens the party and state the US press puts after a
 * member of Congress: "(D-Okla.)", ", R-Minn.,", "(R-Iowa)".
 */
static int us_party_label(const actor_sentence *as, uint32_t i) {
  if (i >= as->n || !(token_is(as, i, "(") || token_is(as, i, ","))) return 0;
  const char *p = as->text + as->tokens[i].start + 1;
  const char *end = as->text + as->doc->text.text.len;
  while (p < end && *p == ' ') p++;
  return end - p >= 3 && (p[0] == 'D' || p[0] == 'R' || p[0] == 'I') && p[1] == '-' && p[2] >= 'A' && p[2] <= 'Z';
}

/* Nonzero when roles begin with a role of an armed group outside the state's forces. */
static int armed_roles(const char *roles) {
  return strncmp(roles, "REB", 3) == 0 || strncmp(roles, "INS", 3) == 0 || strncmp(roles, "UAF", 3) == 0 ||
         strncmp(roles, "RAD", 3) == 0 || strncmp(roles, "SEP", 3) == 0;
}

/* Nouns of a body that "the militant group", "the terrorist organisation" end with. */
static const char *const armed_body_nouns[] = {"group", "organisation", "organization", "movement", "outfit",
                                               "network", "faction", "militia", NULL};

/*
 * Nonzero when mention p is a named armed group: rebels, insurgents or
 * militias, a militant group of no one country ("IMGMUSISI"), or the Taliban
 * in power or not ("AFGGOVTAL"); not a party, even one with a tag of its own
 * ("PSEGOVFTA" Fatah, "EGYOPPMBR" the Muslim Brotherhood).
 */
static int armed_group_mention(const dl_mention *p) {
  if (p->kind != MENTION_GROUP || p->refers_to >= 0) return 0;
  size_t n = strlen(p->code);
  return armed_roles(p->roles) || strncmp(p->code, "IMG", 3) == 0 || (n >= 9 && strcmp(p->code + n - 3, "TAL") == 0);
}


/* Words that say something was said: a group before one of them seldom calls itself "the terrorist group". */
static const char *const said_words[] = {"said", "says", "say", "told", "added", "stated", "claimed", "announced",
                                         "declared", "warned", "insisted", "accused", "blamed", "reported", NULL};

/*
 * What "the militant group" or "the terrorist organisation" at token first
 * names: the latest armed group the story named within a few sentences
 * ("Boko Haram ... the jihadist group"), or the one such a phrase named
 * before; not one that speaks earlier in the sentence ("The SDF said ...
 * the terrorist group"). -1 when there is none.
 */
static int32_t find_armed_group(const actor_sentence *as, const dl_mention_vec *out, size_t sentence_first,
                                uint32_t first) {
  for (size_t k = out->len; k-- > 0;) {
    const dl_mention *p = &out->items[k];
    if (p->sentence + ACTOR_ANTECEDENT_SENTENCES * 4 < as->index) break;
    /* (A phrase such as this one before: "the terrorist group" names what it named then.) */
    if (p->refers_to >= 0 && p->kind == MENTION_ROLE && armed_group_mention(&out->items[p->refers_to]) &&
        doc_token_in(as->doc, p->head, armed_body_nouns))
      return p->refers_to;
    if (!armed_group_mention(p)) continue;
    int speaks = 0;
    for (uint32_t t = k >= sentence_first ? p->end - as->base : first; t < first && !speaks; t++)
      speaks = token_in(as, t, said_words);
    if (!speaks) return (int32_t)k;
  }
  return -1;
}

/* Words for those who lead or speak for a body of people: "their leaders", "its spokesman". */
static const char *const people_who_speak_for[] = {
    "leader", "leaders", "leadership", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "representative",
    "representatives", "negotiator", "negotiators", NULL};

/*
 * Nonzero when the role at token start is a title a firm's officer has too,
 * written in lower case as wire stories write firms' titles: "president Earl
 * Takefman", "spokesman David Annesley" (not "President Ronald Reagan").
 */
static int firm_officer_title(const actor_sentence *as, const lex_entry *role, uint32_t start) {
  return strncmp(role->roles, "GOV", 3) == 0 && role->canonical &&
         (strcmp(role->canonical, "president") == 0 || strncmp(role->canonical, "spokes", 6) == 0) &&
         token_lowercase_word(as, start);
}

/*
 * The latest firm named earlier in the sentence, or -1: "Dome's lenders ...
 * spokesman David Annesley". A state's actor, a country or a person after
 * the firm (an official, a minister) is nearer, and none is taken.
 */
static int32_t firm_before(const dl_mention_vec *out, size_t sentence_first) {
  for (size_t k = out->len; k-- > sentence_first;) {
    const dl_mention *p = &out->items[k];
    /* (A firm by name or by noun: not "the National Bank of Hungary", a state's, nor OPEC, a body of states.) */
    if (strncmp(p->roles, "BUS", 3) == 0 && p->kind != MENTION_COUNTRY && strncmp(p->code, "IGO", 3) != 0)
      return (int32_t)k;
    /* (A country named alone stops it too: "Exxon pulled out of Nigeria, president Ibrahim Bako said".) */
    if (p->kind == MENTION_PERSON || (p->roles[0] && strncmp(p->roles, "MED", 3) != 0) ||
        (p->kind == MENTION_COUNTRY && !p->roles[0] && !(p->flags & MENTION_DESCRIBES)))
      return -1;
  }
  return -1;
}

/* Finds the possessor of "its diplomats": the latest country or group mention in the sentence. */
static int32_t find_possessor(const dl_mention_vec *out, size_t sentence_first) {
  for (size_t k = out->len; k-- > sentence_first;) {
    const dl_mention *p = &out->items[k];
    if (p->country[0] && (p->kind == MENTION_COUNTRY || p->kind == MENTION_GROUP)) return (int32_t)k;
  }
  return -1;
}

/*
 * What "the country" names: the latest actor of a country earlier in its own
 * sentence ("Russian President Vladimir Putin and the country's legal
 * authorities"), else the latest country named by its name alone before it.
 */
static int32_t find_named_country(const dl_mention_vec *out, size_t sentence_first) {
  /* (Not a place or a people: "the Kurds inside Syria" are not what "the country" names.) */
  for (size_t k = out->len; k-- > sentence_first;) {
    const dl_mention *p = &out->items[k];
    if (p->country[0] && !p->place && !(p->flags & MENTION_LOCATIVE) && strncmp(p->roles, "CVL", 3) != 0 &&
        strncmp(p->roles, "REF", 3) != 0)
      return (int32_t)k;
  }
  for (size_t k = sentence_first; k-- > 0;) {
    const dl_mention *p = &out->items[k];
    if (p->kind == MENTION_COUNTRY && p->country[0] && !p->roles[0] && !p->place) return (int32_t)k;
  }
  return -1;
}

/* Nonzero when token i says its office is past: "former", "ousted", "deposed", "exiled", "ex". */
static int token_former(const actor_sentence *as, uint32_t i) {
  return token_is(as, i, "former") || token_is(as, i, "ousted") || token_is(as, i, "deposed") ||
         token_is(as, i, "exiled") || token_is(as, i, "ex");
}

/*
 * Former office-holders are elites in CAMEO: "former president", "ousted
 * President Askar Akayev". The word may stand in the mention or just before
 * it, past a capitalised party name: "Former Socialist prime minister".
 */
static void mark_former(const actor_sentence *as, dl_mention *m, const lex_entry *role, uint32_t first,
                        uint32_t end) {
  /* "former president Carlos Menem": the title says it already. */
  int former = m->kind == MENTION_PERSON && strncmp(role->roles, "ELI", 3) == 0 && m->country[0];
  if (!former && strncmp(role->roles, "GOV", 3) != 0 && strncmp(role->roles, "LEG", 3) != 0) return;
  for (uint32_t k = first; k < end && !former; k++) former = token_former(as, k);
  for (uint32_t k = first, back = 0; !former && k > 0 && back < 2; back++) {
    k--;
    former = token_former(as, k);
    if (!token_capitalised(as, k)) break;
  }
  if (!former) return;
  char country[4];
  copy_code(country, sizeof country, m->country);
  mention_set_code(m, country, "ELI");
}

/*
 * Nonzero when token i, after a country or demonym, names its people:
 * "people", "population", "nationals", or "national" as a noun ("a US national has been
 * charged", not "the US national team").
 */
static int nationals_follow(const actor_sentence *as, uint32_t i) {
  if (!token_lowercase_word(as, i)) return 0;
  if (token_is(as, i, "people") || token_is(as, i, "nationals") || token_is(as, i, "population")) return 1;
  if (!token_is(as, i, "national")) return 0;
  if (!token_lowercase_word(as, i + 1)) return 1;
  word_class c = token_class(as, i + 1);
  return c == WC_AUX || c == WC_MODAL || c == WC_ADVERB || c == WC_SUBORD || c == WC_PREP || c == WC_CONJ ||
         c == WC_NEGATION;
}

/* Words of a company's name, sorted: "American Express", "British Airways", "Canada Inc", "UK Coal". */
static const char *const company_words[] = {"Aerospace", "Airlines", "Airports", "Airways", "Bancorp", "Bank",
                                            "Bankers", "Brands", "Chemicals", "Co", "Coal", "Corp", "Corporation",
                                            "Electric", "Energy", "Exchange", "Exporters", "Express", "Gas", "Growers",
                                            "Holdings", "Inc", "Industries", "Insurance", "Ltd", "Manufacturers",
                                            "Motors", "Oil", "Petroleum", "Plc", "Producers", "Rail", "Railways",
                                            "Refiners", "Savings", "Shipping", "Steel", "Telecom", "Telegraph",
                                            "Telephone"};

/* Heads of a title or body a portfolio's words ("Energy", "Coal") may open: "the Pakistan Atomic Energy Commission". */
static const char *const portfolio_heads[] = {"secretary", "minister", "ministry", "department", "commissioner",
                                              "commission", "committee", "authority", "regulator", "regulatory", "board",
                                              "council", "agency", "organisation", "organization", "administration",
                                              NULL};

/*
 * The end of a company's name that runs from token i (before limit, the next
 * actor): capitalised words, written in mixed case, of which one is a word of
 * a company's name. Returns i when there is none.
 */
static uint32_t company_name_end(const actor_sentence *as, uint32_t i, uint32_t limit) {
  uint32_t j = i;
  int company = 0;
  while (j < limit && j < i + 5) {
    const dl_token *t = &as->tokens[j];
    /* "Inc." and "Co." are abbreviations: their word is before the full stop. */
    size_t len = t->len;
    if (t->kind == DL_TOKEN_ABBREV && len > 1 && as->text[t->start + len - 1] == '.') len--;
    /* "Swedish Match AB": a legal form in capitals ends the name. */
    if ((t->flags & TOKEN_ALLCAPS) && j > i && token_legal_form(as, j)) {
      /* "US Deputy AG Rod Rosenstein": a title before a name. */
      if (legal_form_is_title(as, j)) break;
      company = 1;
      j++;
      break;
    }
    if ((t->kind != DL_TOKEN_WORD && t->kind != DL_TOKEN_ABBREV) || !(t->flags & TOKEN_CAPITALISED) ||
        (t->flags & TOKEN_ALLCAPS)) {
      if (!(t->kind == DL_TOKEN_SYMBOL && t->len == 1 && as->text[t->start] == '&' && j > i)) break;
    } else if (words_sorted_contain(company_words, sizeof company_words / sizeof *company_words, as->text + t->start,
                                    len)) {
      company = 1;
    } else if (token_in(as, j, portfolio_heads)) {
      /* A portfolio's title or body is no firm's: "British Energy Secretary", "the UK Coal Authority". */
      return i;
    }
    j++;
  }
  return company ? j : i;
}

/*
 * The end of a party's name that runs from token i (before limit, the next
 * actor): at most three capitalised words, the last "Party" ("National
 * Party", "People's Democratic Party"). Returns i when there is none.
 */
static uint32_t party_name_end(const actor_sentence *as, uint32_t i, uint32_t limit) {
  for (uint32_t j = i; j < limit && j < i + 4; j++) {
    const dl_token *t = &as->tokens[j];
    if (t->kind == DL_TOKEN_POSSESSIVE && j > i) continue;
    if (t->kind != DL_TOKEN_WORD || !(t->flags & TOKEN_CAPITALISED) || (t->flags & TOKEN_ALLCAPS)) return i;
    if (j > i && t->len == 5 && memcmp(as->text + t->start, "Party", 5) == 0) return j + 1;
  }
  return i;
}

/* Words that count people before a plural: "many Iraqis", "thousands of Kurds". */
static const char *const people_counts[] = {"some", "many", "several", "few", "more", "most", "all", "thousands",
                                            "hundreds", "dozens", "scores", "millions", "tens", "number", NULL};

/*
 * Nonzero when the plural people at tokens [start, end) are counted or
 * singled out: a number, a count or an adjective before them ("100",
 * "thousands of", "young", "ethnic"), or a participle or place after them
 * ("living in Gaza", "of the West Bank").
 */
static int people_counted(const actor_sentence *as, uint32_t start, uint32_t end) {
  if (start > 0) {
    uint32_t b = start - 1;
    const dl_token *t = &as->tokens[b];
    if (t->kind == DL_TOKEN_NUMBER) return 1;
    if (token_in(as, b, people_counts)) return 1;
    if (token_is(as, b, "of") && b > 0 && token_in(as, b - 1, people_counts)) return 1;
    if (t->kind == DL_TOKEN_WORD && token_class(as, b) == WC_OPEN && token_in_wordnet_as_adjective(as, b)) return 1;
  }
  if (end < as->n && (token_is(as, end, "of") || token_is(as, end, "in") || token_is(as, end, "from")))
    return 1;
  if (token_lowercase_word(as, end)) {
    const dl_token *t = &as->tokens[end];
    const char *w = as->text + t->start;
    if (t->len > 4 && memcmp(w + t->len - 3, "ing", 3) == 0) return 1;
  }
  return 0;
}

/* Nonzero when a role belongs to a firm or an institution rather than to a state or a people: BUS MED EDU HLH AGR LAB. */
static int role_of_an_institution(const lex_entry *role) {
  static const char *const sectors[] = {"BUS", "MED", "EDU", "HLH", "AGR", "LAB", NULL};
  for (const char *const *s = sectors; *s; s++)
    if (strncmp(role->roles, *s, 3) == 0) return 1;
  return 0;
}


/* Nouns that carry on the name of a body, not of a person: "the Athens Police Department". */
static const char *const body_nouns[] = {"department", "ministry", "office", "agency", "service", "services", "force",
                                         "forces", "council", "committee", "commission", "court", "party", "union",
                                         "association", "authority", "bureau", "board", "corps", "institute",
                                         "foundation", "company", "group", "unit", "squad", "station", "headquarters",
                                         "academy", "college", "university", "school", "hospital", "bank", "fund",
                                         "league", "federation", "organisation", "organization", "movement",
                                         "front", "army", "guard", "chamber", "house",
                                         /* firms: "King World Productions Inc" */
                                         "inc", "corp", "corporation", "co", "ltd", "plc", "llc", "holdings",
                                         "industries", "productions", "enterprises", "partners", "airlines",
                                         "airways", "motors", "systems", NULL};

/* Role nouns that name a body, not a person, so that a name after them is the body's: "airline Qantas", "Swiss Army Knife". */
static const char *const collective_roles[] = {"army", "police", "military", "government", "administration",
                                               "parliament", "navy", "cabinet", "regime", "militia", "junta",
                                               "opposition", NULL};

/*
 * Nonzero when the role ending at token end - 1 is a person's title: no firm
 * or body ("bank", "army"), no plural, and not "official", which before a
 * name is an adjective ("the official No campaign").
 */
static int person_title(const actor_sentence *as, const lex_entry *role, uint32_t end) {
  return !role_of_an_institution(role) && !token_plural(as, end - 1) && !token_in(as, end - 1, collective_roles) &&
         !token_in(as, end - 1, body_nouns) && !token_is(as, end - 1, "official");
}

/*
 * How many capitalised words after a title at token end name a person the
 * dictionaries lack: "minister Hoshiyar", "leader Charles Kennedy". It stops
 * at the next atom (atoms[next], when next < natoms), and takes no day or
 * month, nor a word in capitals; none when a surname the dictionaries know
 * follows or a word names a body or a firm ("Police Department", "King
 * World Productions Inc").
 */
static uint32_t name_after(const actor_sentence *as, const actor_atom *atoms, size_t natoms, size_t next,
                           uint32_t end) {
  uint32_t name = 0;
  /* A word in capitals ("ADMINISTRATOR ENGEN TO RESIGN") may be any word of a headline; an initial may be one. */
  while (name < ACTOR_MAX_NAME && end + name < as->n) {
    uint32_t k = end + name;
    /* A particle inside a name: "Staffan de Mistura", "Lula da Silva". */
    if (name > 0 && k + 1 < as->n && token_lowercase_word(as, k) && token_in(as, k, name_particles) &&
        token_capitalised(as, k + 1) && !(next < natoms && atoms[next].start == k + 1)) {
      name++;
      continue;
    }
    if (!(as->tokens[k].kind == DL_TOKEN_WORD && token_capitalised(as, k) &&
          !(next < natoms && atoms[next].start == k) && !token_in(as, k, calendar_words) &&
          !((as->tokens[k].flags & TOKEN_ALLCAPS) && as->tokens[k].len > 2)))
      break;
    name++;
  }
  /* A name does not end on a particle. */
  while (name > 0 && token_lowercase_word(as, end + name - 1) && token_in(as, end + name - 1, name_particles)) name--;
  for (uint32_t k = 0; k < name; k++)
    if (token_in(as, end + k, body_nouns)) return 0;
  /* "Foreign Minister Hoshiyar Zebari": a first name before a known surname goes with neither. */
  if (next < natoms && atoms[next].start == end + name && atoms[next].entry->kind == LEX_PERSON) return 0;
  return name;
}

/* A government's portfolios and seats, before its spokesmen: "a Treasury spokesman", "an Interior spokesman". */
static const char *const portfolio_words[] = {
    "agriculture", "army",     "cabinet",  "commerce",   "defence",   "defense", "education", "embassy", "energy",
    "environment", "finance",  "foreign",  "government", "health",    "home",    "industry",  "interior", "justice",
    "labor",       "labour",   "ministry", "navy",       "palace",    "police",  "presidency", "security", "state",
    "trade",       "transport", "treasury", NULL};

/* Nouns that make a name a state's body: "the Department for Culture", "Darlington Council", "the Prison Service". */
static const char *const state_body_nouns[] = {"department", "ministry", "office", "council", "commission", "agency",
                                               "administration", "authority", "government", "cabinet", "executive",
                                               "treasury", "bureau", "service", "inspectorate", "tribunal",
                                               "court", NULL};

/* Nonzero when the name from token i (capitalised words, and "of", "for" or "and" between them) has a state_body_noun. */
static int names_state_body(const actor_sentence *as, uint32_t i) {
  for (uint32_t k = i; k < as->n && k < i + 8; k++) {
    if (token_name_word(as, k)) {
      if (token_in(as, k, state_body_nouns)) return 1;
    } else if (!(token_is(as, k, "of") || token_is(as, k, "for") || token_is(as, k, "and") || token_is(as, k, ",") ||
                 (as->tokens[k].kind == DL_TOKEN_POSSESSIVE))) {
      return 0;
    }
  }
  return 0;
}

/* Nonzero when token i is an acronym of 2 to 5 capitals in no dictionary phrase, in a sentence not all in capitals. */
static int unknown_acronym(const actor_sentence *as, uint32_t i) {
  const dl_token *t = &as->tokens[i];
  if (t->kind != DL_TOKEN_WORD || !(t->flags & TOKEN_ALLCAPS) || t->len < 2 || t->len > 5 ||
      (as->scratch->facts.items[i] & FACT_MATCHED))
    return 0;
  /* A headline in capitals is no name: "MINISTER SAYS". */
  uint32_t other = i > 0 ? i - 1 : i + 1;
  return other < as->n && !(as->tokens[other].kind == DL_TOKEN_WORD && (as->tokens[other].flags & TOKEN_ALLCAPS));
}

/*
 * Nonzero when capitalised words no dictionary or gazetteer knows stand
 * between an article and token i, after the atom that ends at lo: "a Nikko
 * official", "an American President Lines spokesman". Not a word the
 * dictionaries matched ("a Treasury official") nor a place ("a Basra
 * official", an atom).
 */
static int unknown_name_before(const actor_sentence *as, uint32_t i, uint32_t lo) {
  uint32_t k = i;
  while (k > lo && token_name_word(as, k - 1) && token_class(as, k - 1) == WC_OPEN &&
         !(as->scratch->facts.items[k - 1] & FACT_MATCHED) && !(as->tokens[k - 1].flags & TOKEN_ALLCAPS))
    k--;
  if (!(k < i && k > lo && token_in(as, k - 1, (const char *const[]){"a", "an", "the", NULL}))) return 0;
  /* (A public body's name is no firm's: "a Coffee Board official", "a Customs spokesman".) */
  if (token_in(as, i - 1, (const char *const[]){"board", "commission", "customs", "authority", "agency", "council",
                                                 "bureau", "directorate", "railway", "railways", "ministry",
                                                 "department", "office", "committee", "service", "municipality",
                                                 "corporation", "administration", NULL}))
    return 0;
  /* (A town the gazetteer knows is the official's place: "a Basra official".) */
  char key[LEX_MAX_TOKEN_KEY];
  size_t klen = 0, nhits = 0;
  const lex_place *hits[LEX_MAX_PLACES];
  return !(place_words_lookup(as, k, 0, key, &klen, hits, &nhits) && nhits > 0);
}

/* Role words that are common surnames too: "Bishop's colleague" is Julie Bishop's. */
static const char *const surname_roles[] = {"bishop", "cardinal", "dean",   "farmer", "fisher",
                                            "judge",  "king",     "marshal", "priest", "sheriff", NULL};

/*
 * Money a country's name may come before: "U.S. dlrs", "Australian dollars",
 * "the Hong Kong currency". Not words that are verbs or titles after a name
 * too: "Russia pounds", "Germany marks", "the Saudi crown prince".
 */
static const char *const currency_words[] = {"dollar", "dollars", "dlr",      "dlrs",      "currency", "currencies",
                                             "sterling", "yen",   "franc",    "francs",    "lira",     "lire",
                                             "peso",   "pesos",   "rupee",    "rupees",    "rand",     "ringgit",
                                             "yuan",   "renminbi", "rouble",  "roubles",   "ruble",    "rubles",
                                             "euro",   "euros",   "krona",    "kronor",    "krone",    "kroner",
                                             "shilling", "shillings", "dinar", "dinars",   "riyal",    "riyals",
                                             "rial",   "rials",   "bonds",    "treasuries", "cent",   "cents",
                                             "guilder", "guilders", "schilling", "schillings", "peseta", "pesetas",
                                             "drachma", "drachmas", "escudo", "escudos", "zloty", "zlotys",
                                             "forint", "forints", "dirham", "dirhams", "baht", "rupiah", NULL};
/* ...and money only after a people's name: "Irish pounds", "West German marks", "Danish crowns" (not "Russia pounds"). */
static const char *const demonym_currency_words[] = {"pound", "pounds", "mark", "marks", "crowns", "pence", "won", NULL};

/* Others named by their tie to a country or a side: "Syria's neighbours", "Iran's allies". */
static const char *const relation_plurals[] = {"neighbours", "neighbors", "allies", "backers", "partners", "enemies",
                                               "foes", "rivals", "adversaries", "opponents", "critics", "supporters",
                                               "proxies", "creditors", NULL};

/* Verbs that urge, lead or let another act, before its infinitive: "urged Tokyo to stimulate demand". */
static const char *const urging_verbs[] = {
    "urge",     "urges",    "urged",    "urging",   "press",    "presses",   "pressed",  "pressing", "push",
    "pushes",   "pushed",   "pushing",  "pressure", "pressured", "pressuring", "ask",    "asks",     "asked",
    "asking",   "lead",     "leads",    "led",      "leading",  "force",    "forces",    "forced",   "forcing",
    "allow",    "allows",   "allowed",  "allowing", "persuade", "persuaded", "encourage", "encouraged", "encouraging",
    "want",     "wants",    "wanted",   "tell",     "tells",    "told",      "invite",   "invited",  "prompt",
    "prompted", "expect",   "expects",  "expected", "compel",   "compelled", "warn",     "warned",   "warns",
    "lobby",    "lobbies",  "lobbied",  "lobbying", "convince", "convinced", "convincing", "help",   "helped",
    "helping",  NULL};

/* Nonzero when token i is a form of "call" ("called on Ankara to avoid ..."). */
static int token_is_call(const actor_sentence *as, uint32_t i) {
  return token_is(as, i, "call") || token_is(as, i, "calls") || token_is(as, i, "called") || token_is(as, i, "calling");
}

/* Verbs done to people that a body's name may come before ("Hamas urge fighters", "Labour want workers"). */
static const char *const people_verbs[] = {"accuse", "advise", "allow", "ask",    "back",  "blame", "call",  "force",
                                           "help",   "invite", "join",  "kill",   "lead",  "let",   "make",  "need",
                                           "order",  "pay",    "push",  "send",   "support", "tell", "thank", "train",
                                           "urge",   "want",   "warn",  "welcome", NULL};

/* Role words for a country's envoys to an international body ("Syria's UN ambassador"). */
static const char *const envoy_words[] = {"ambassador", "ambassadors", "envoy",     "envoys",    "representative",
                                          "representatives", "delegation", "delegate", "delegates", NULL};

/* Nonzero when group is a party (a group coded GOV or OPP alone) of another country than country's. */
static int party_of_another(const lex_entry *country, const lex_entry *group) {
  return group->kind == LEX_GROUP && group->country[0] && strcmp(group->country, country->country) != 0 &&
         (strcmp(group->roles, "GOV") == 0 || strcmp(group->roles, "OPP") == 0);
}

/*
 * Codes each minority of the sentence's mentions (from sentence_first) by
 * where it lives: the country after "in" ("ethnic Albanians in Serbia"),
 * else the first other country the sentence names ("Serb forces killed
 * three ethnic Albanians"); with none, its own people's.
 */
static void ethnic_residence(const actor_sentence *as, dl_mention_vec *out, size_t sentence_first) {
  for (size_t k = sentence_first; k < out->len; k++) {
    dl_mention *m = &out->items[k];
    if (!(m->flags & MENTION_ETHNIC)) continue;
    const dl_mention *home = NULL;
    if (k + 1 < out->len && out->items[k + 1].first == m->end + 1 && token_is(as, m->end - as->base, "in"))
      home = &out->items[k + 1];
    for (size_t q = sentence_first; q < out->len && !home; q++) {
      const dl_mention *o = &out->items[q];
      if (!(o->flags & MENTION_ETHNIC) && o->kind == MENTION_COUNTRY && o->country[0] &&
          strcmp(o->country, m->country) != 0)
        home = o;
    }
    if (!home || home->kind != MENTION_COUNTRY || !home->country[0] || strcmp(home->country, m->country) == 0)
      continue;
    char roles[16];
    copy_code(roles, sizeof roles, m->roles);
    mention_set_code(m, home->country, roles);
  }
}

/* Appends mention m, spanning the sentence's tokens [first, end), to out. */
static int push_mention(const actor_sentence *as, dl_mention_vec *out, dl_mention *m, uint32_t first, uint32_t end) {
  m->first = as->base + first;
  m->end = as->base + end;
  m->head = as->base + end - 1;
  return DL_VEC_PUSH(as->doc->ctx, *out, *m);
}

/* Builds the sentence's mentions from its atoms and appends them to out. */
static int sentence_mentions(actor_sentence *as, dl_mention_vec *out) {
  actor_scratch *sc = as->scratch;
  size_t sentence_first = out->len;
  actor_atom *atoms = sc->atoms.items;
  size_t natoms = sc->atoms.len;
  for (size_t j = 0; j < natoms; j++) {
    const actor_atom *a = &atoms[j];
    dl_mention m;
    memset(&m, 0, sizeof m);
    m.sentence = as->index;
    m.entry = a->entry;
    m.refers_to = -1;
    uint32_t first = a->start, end = a->end;
    const lex_entry *role = NULL;
    if (a->apposed == 2) {
      /* "Vincent Cable, for the Liberal Democrats,": the group's person. */
      copy_code(m.code, sizeof m.code, a->entry->code);
      copy_code(m.country, sizeof m.country, a->entry->country);
      copy_code(m.roles, sizeof m.roles, a->entry->roles);
      m.kind = MENTION_PERSON;
      m.flags = MENTION_INFERRED;
      if (push_mention(as, out, &m, first, end) != DL_OK) return DL_ENOMEM;
      continue;
    }
    if (a->apposed) {
      /* "the home secretary, Sajid Javid,": the role's holder, coded as the role is. */
      /* The role's mention is the last of the sentence, or the one before a country it is for. */
      size_t k = out->len;
      if (k > sentence_first && out->items[k - 1].role_entry != a->entry) k--;
      if (k <= sentence_first || out->items[k - 1].role_entry != a->entry) continue;
      const dl_mention *r = &out->items[k - 1];
      memcpy(m.code, r->code, sizeof m.code);
      memcpy(m.country, r->country, sizeof m.country);
      memcpy(m.roles, r->roles, sizeof m.roles);
      m.kind = MENTION_PERSON;
      m.role_entry = a->entry;
      m.flags = MENTION_INFERRED;
      m.refers_to = (int32_t)(k - 1);
      if (push_mention(as, out, &m, first, end) != DL_OK) return DL_ENOMEM;
      continue;
    }
    if (a->ref >= 0) {
      /* "Mr Kennedy": the person named before, and who they were. */
      const dl_mention *p = &out->items[a->ref];
      memcpy(m.code, p->code, sizeof m.code);
      memcpy(m.country, p->country, sizeof m.country);
      memcpy(m.roles, p->roles, sizeof m.roles);
      m.kind = MENTION_PERSON;
      m.entry = p->entry;
      m.role_entry = p->role_entry;
      m.flags = MENTION_INFERRED;
      m.refers_to = a->ref;
      if (push_mention(as, out, &m, first, end) != DL_OK) return DL_ENOMEM;
      continue;
    }

    if (a->entry->kind != LEX_ROLE) {
      /* "American-made vehicles", "Russian-built jets": a country joined to a maker's participle names where a thing was made. */
      if ((a->entry->kind == LEX_COUNTRY || a->entry->kind == LEX_DEMONYM || a->entry->kind == LEX_CAPITAL) &&
          made_in(as, a->start))
        continue;
      /*
       * "Credit Commercial de France", "Petroles de Venezuela": a country
       * after "de" ends the name of a firm of that country, which the
       * capitalised words before it open.
       */
      if ((a->entry->kind == LEX_COUNTRY || a->entry->kind == LEX_CAPITAL) && a->start >= 2 &&
          token_in(as, a->start - 1, romance_particles) && (as->tokens[a->start - 2].flags & TOKEN_CAPITALISED)) {
        uint32_t from = a->start - 1;
        /* (Past elided articles too: "Caisse d'Epargne de l'Etat".) */
        while (from > 0 && a->start - from < 10 &&
               ((as->tokens[from - 1].flags & TOKEN_CAPITALISED) || token_in(as, from - 1, romance_particles) ||
                (as->tokens[from - 1].len > 2 && as->text[as->tokens[from - 1].start + 1] == '\'' &&
                 (as->text[as->tokens[from - 1].start] == 'd' || as->text[as->tokens[from - 1].start] == 'l'))))
          from--;
        /* (A name another mention holds already is that one's: "the Banque de France" is in the dictionaries.) */
        if (out->len > sentence_first && out->items[out->len - 1].end > as->base + from) continue;
        if (token_in(as, from, romance_particles)) from++;
        /* (Only a firm's name, by its first word: not "Fuerzas Armadas Revolucionarias de Colombia" or "Jornal do Brasil".) */
        int firm = token_in(as, from, firm_heads);
        for (uint32_t w = from; w < a->start && firm; w++)
          if (token_in(as, w, (const char *const[]){"central", "nacional", "nationale", "national", NULL})) firm = 0;
        if (firm) {
          mention_set_code(&m, a->entry->country, "BUS");
          m.kind = MENTION_GROUP;
          if (push_mention(as, out, &m, from, end) != DL_OK) return DL_ENOMEM;
          continue;
        }
      }
      /* "a rapper of Iraqi-Kurdish origin", "of Pakistani descent": a people's name before an origin names a person's roots. */
      /* (Not a ministry's title: "Canadian Heritage Minister".) */
      if (a->entry->kind == LEX_DEMONYM && end < as->n && !(as->tokens[end].flags & TOKEN_CAPITALISED) &&
          token_in(as, end, (const char *const[]){"origin", "descent", "heritage", "extraction", "ancestry", NULL}))
        continue;
      /* "22 mln U.S. dlrs", "the Canadian dollar": a country's name before its money names the currency. */
      if ((a->entry->kind == LEX_COUNTRY || a->entry->kind == LEX_DEMONYM || a->entry->kind == LEX_CAPITAL) &&
          end < as->n &&
          (token_in(as, end, currency_words) ||
           /* (not a people's verb: "Syrian Kurds mark Newroz", "Irish mark St Patrick's Day") */
           (a->entry->kind == LEX_DEMONYM && token_in(as, end, demonym_currency_words) && !token_plural(as, end - 1) &&
            !(end + 1 < as->n && (token_class(as, end + 1) == WC_DET || token_class(as, end + 1) == WC_POSSESSIVE ||
                                  (as->tokens[end + 1].flags & TOKEN_CAPITALISED))))) &&
          !(end + 1 < as->n && as->tokens[end + 1].kind == DL_TOKEN_NUMBER)) /* "lent Russia dollars 6bn" */
        continue;
      /* "Asia shares defy gloom", "Tokyo stocks fell": a market's name before its shares names the market. */
      /* ("Russia shares Iran's concern", "China shares intelligence": the verb, before a name or a noun only.) */
      if ((a->entry->kind == LEX_COUNTRY || a->entry->kind == LEX_CAPITAL || entry_is_region(a->entry)) && end < as->n &&
          (token_in(as, end, (const char *const[]){"equities", "bourses", "bourse", NULL}) ||
           (token_in(as, end, (const char *const[]){"shares", "stocks", NULL}) &&
            (end + 1 >= as->n || as->tokens[end + 1].kind != DL_TOKEN_WORD ||
             (token_lowercase_word(as, end + 1) && token_lemma_is(as, end + 1, 1))))))
        continue;
      /*
       * "a Boeing 777", "an Airbus": a maker's name before a model, or after
       * "a", names the product, not the firm; not before a role ("a Boeing
       * spokesman", "an Airbus executive"), whose firm it names.
       */
      if (entry_is_firm(a->entry) &&
          ((end < as->n && token_has_digit(as, end)) ||
           (a->start > 0 && (token_is(as, a->start - 1, "a") || token_is(as, a->start - 1, "an")) &&
            !(j + 1 < natoms && atoms[j + 1].start == after_legal_form(as, end) &&
              atoms[j + 1].entry->kind == LEX_ROLE))))
        continue;
      /* A name, then maybe 's, a modifier or two, and roles: "Pakistan's army". */
      uint32_t k = end;
      int possessive = k < as->n && as->tokens[k].kind == DL_TOKEN_POSSESSIVE;
      if (possessive) k++;
      /*
       * Modifiers, or after 's a name, may stand between: "Nicaragua's
       * Sandinista government". After 's a participle describes too: "Syria's
       * embattled president".
       */
      uint32_t gap = 0;
      /* A firm's legal form and ticker stand between too: "A Mannesmann AG <MMWG.F> spokesman", "a Texaco Inc spokesman". */
      if (entry_is_firm(a->entry) && !possessive) {
        uint32_t f = after_legal_form(as, k);
        if (f > k && j + 1 < natoms && atoms[j + 1].start == f && atoms[j + 1].entry->kind == LEX_ROLE) gap = f - k;
      }
      while (gap < ACTOR_MAX_GAP && k + gap < as->n &&
             !(j + 1 < natoms && atoms[j + 1].start == k + gap) &&
             (token_modifier(as, k + gap) ||
              (possessive && as->tokens[k + gap].kind == DL_TOKEN_WORD &&
               (token_capitalised(as, k + gap) || token_adjective(as, k + gap))) ||
              portfolio_title_word(as, atoms, natoms, j, k + gap)))
        gap++;
      /*
       * A noun or two may say what the role works at: "French paper workers",
       * "Lib Dem home affairs spokesman", "EU farm ministers". After a plural
       * or a country's name the first may be a verb ("the Tories say people",
       * "help Iraq fight insurgents"), so it may not be one there; after a
       * body's, not a verb done to people ("Hamas urge fighters").
       */
      if (j + 1 < natoms && atoms[j + 1].entry->kind == LEX_ROLE && atoms[j + 1].start > k + gap &&
          atoms[j + 1].start <= k + ACTOR_MAX_GAP) {
        uint32_t w = k + gap;
        while (w < atoms[j + 1].start && token_lowercase_word(as, w) && token_class(as, w) == WC_OPEN &&
               token_lemma_is(as, w, 0) && !token_inflected_verb(as, w) &&
               !(w == k && token_lemma_is(as, w, 1) &&
                 (token_plural(as, end - 1) || a->entry->kind == LEX_COUNTRY || a->entry->kind == LEX_CAPITAL ||
                  (a->entry->kind != LEX_DEMONYM && token_in(as, w, people_verbs)))))
          w++;
        if (w == atoms[j + 1].start) gap = w - k;
      }
      /* The first role's atom: the next, or past an international body for the country's envoy to it. */
      size_t r = j + 1;
      /* "Syria's UN ambassador", "the Syrian UN envoy": the country's envoy to the body, not the body's. */
      /* ...and "Russia's UK ambassador" Russia's envoy to Britain. */
      if ((possessive || a->entry->kind == LEX_DEMONYM) && j + 2 < natoms && atoms[j + 1].start == k &&
          ((atoms[j + 1].entry->kind == LEX_GROUP && strncmp(atoms[j + 1].entry->code, "IGO", 3) == 0) ||
           (possessive && atoms[j + 1].entry->kind == LEX_COUNTRY)) &&
          atoms[j + 2].start == atoms[j + 1].end && atoms[j + 2].entry->kind == LEX_ROLE &&
          token_in(as, atoms[j + 2].end - 1, envoy_words) &&
          /* The dictionary knows whose envoy a person named next is: "Libya's UN envoy Ghassan Salame". */
          !(j + 3 < natoms && atoms[j + 3].start == atoms[j + 2].end && atoms[j + 3].entry->kind == LEX_PERSON)) {
        r = j + 2;
        gap = atoms[r].start - k;
      }
      if (!(r < natoms && atoms[r].start == k + gap && atoms[r].entry->kind == LEX_ROLE))
        gap = 0;
      /* The run of role nouns that follows ("army soldiers", "military commander"). */
      size_t last_role = j;
      if (r < natoms && atoms[r].start == k + gap && atoms[r].entry->kind == LEX_ROLE) {
        last_role = r;
        while (last_role + 1 < natoms && atoms[last_role + 1].start == atoms[last_role].end &&
               atoms[last_role + 1].entry->kind == LEX_ROLE)
          last_role++;
      }
      /*
       * The run names the actor's role even when it describes a thing: "Israeli
       * army bulldozers" and "a police station" are the army's and the police's.
       */
      /* Firms, clubs and schools are named after towns ("Mercedes chief executive", "Ajax spokesman"). */
      if (last_role > j && a->place && a->cue == CUE_ROLE_AFTER && role_of_an_institution(atoms[r].entry))
        continue;
      int named = 0;
      if (last_role > j) {
        role = atoms[r].entry;
        j = last_role;
        end = atoms[j].end;
        /* "Lib Dem leader Charles Kennedy", "Iraqi Foreign Minister Hoshiyar": the person who holds the title. */
        uint32_t name = name_after(as, atoms, natoms, j + 1, end);
        if (name && person_title(as, role, end)) {
          end += name;
          named = 1;
        }
      } else if (a->place && a->cue == CUE_ROLE_AFTER) {
        continue; /* "Boston market": no role came */
      } else if (possessive) {
        /* "Syria's neighbours", "Iran's allies": others named by their tie to the country, not the country. */
        /* (A country's only: "Guaido's supporters" are his side.) */
        uint32_t tie = end + 1;
        while (tie < as->n && tie < end + 3 && token_adjective(as, tie)) tie++;
        if ((a->entry->kind == LEX_COUNTRY || a->entry->kind == LEX_CAPITAL) && token_in(as, tie, relation_plurals))
          continue;
        m.flags |= MENTION_POSSESSOR;
      }
      first = take_determiner(as, first);
      int listed = 0;
      const lex_entry *list_role = NULL;
      char list_country[4];
      if (locative_before(as, first) || a->locative ||
          (first == a->start && !role && !possessive && place_apposed(as, first, end)) ||
          (!role && !possessive && (listed = listed_after_place(as, atoms, natoms, j, first, &list_role, list_country))))
        m.flags |= MENTION_LOCATIVE;
      m.place = a->place;
      switch (a->entry->kind) {
        case LEX_CAPITAL:
          /*
           * "Kabul said" is the government; "in Kabul" and "cities such as
           * Kabul" are the country as a place.
           */
          /* A capital that opens the sentence is its subject: "Beirut again rejected". */
          /* After "by" it is an agent: "an admission by Moscow", "rejected by Beijing". */
          /* With a determiner it names a thing of the city: "the Paris accord", "the Paris Bourse". */
          /* Urged or led to act, it acts: "led Riyadh to renege", not "left Kabul to escape". */
          /* Before a noun it describes it is the place: "the Moscow talks", "in afternoon Tokyo trading". */
          if (!role && !possessive &&
              (modifies_noun(as, end - 1, end) ||
               (first > 0 && token_class(as, first - 1) == WC_OPEN && token_lemma_is(as, end, 0) &&
                as->tokens[end].len > 4 && memcmp(as->text + as->tokens[end].start + as->tokens[end].len - 3, "ing", 3) == 0)))
            m.flags |= MENTION_LOCATIVE;
          if (!role && ((!token_verbal(as, end) && !(first == 0 && !(m.flags & MENTION_LOCATIVE)) &&
                         !(first > 0 && token_is(as, first - 1, "by")) &&
                         !(!(m.flags & MENTION_LOCATIVE) && first > 0 &&
                           (token_in(as, first - 1, urging_verbs) ||
                            (first > 1 && token_is(as, first - 1, "on") && token_is_call(as, first - 2))) &&
                           token_is(as, end, "to") && end + 1 < as->n && token_lowercase_word(as, end + 1) &&
                           token_lemma_is(as, end + 1, 1) && !token_inflected_verb(as, end + 1))) ||
                        (first < a->start && token_class(as, first) == WC_DET)))
            m.flags |= MENTION_LOCATIVE;
          /* "the London Stock Exchange", "Tokyo Electric Power Co": a firm of the city, not its government. */
          uint32_t firm_end;
          if (!role && (j + 1 >= natoms || atoms[j + 1].start > end) &&
              (firm_end = company_name_end(as, end, j + 1 < natoms ? atoms[j + 1].start : as->n)) > end) {
            end = firm_end;
            m.flags &= (uint8_t)~MENTION_LOCATIVE;
            mention_set_code(&m, a->entry->country, "BUS");
            m.kind = MENTION_COUNTRY;
            break;
          }
          mention_set_code(&m, a->entry->country,
                           role ? role->roles : (m.flags & MENTION_LOCATIVE) ? "" : "GOV");
          m.kind = MENTION_COUNTRY;
          break;
        case LEX_COUNTRY:
        case LEX_DEMONYM:
          /*
           * "Lithuanian Conservatives", "Israel's Labour Party": a party after
           * a people or a country's possessive is that country's, whose ever
           * party the dictionary gives the name to; it keeps its standing (GOV
           * or OPP). Not after a bare name: "the Georgia Democrat".
           */
          if (!role && !a->place && (possessive || a->entry->kind == LEX_DEMONYM) && j + 1 < natoms &&
              atoms[j + 1].start == (possessive ? end + 1 : end) &&
              party_of_another(a->entry, atoms[j + 1].entry)) {
            m.flags &= (uint8_t)~MENTION_POSSESSOR;
            m.entry = atoms[++j].entry;
            end = atoms[j].end;
            mention_set_code(&m, a->entry->country, m.entry->roles);
            m.kind = MENTION_GROUP;
            break;
          }
          /*
           * "ethnic Albanians", "ethnic Albanian guerrillas": a minority, coded
           * as the civilians (or the role named) of where they live
           * (ethnic_residence), as CAMEO codes ethnic groups.
           */
          if (a->entry->kind == LEX_DEMONYM && a->start > 0 && token_is(as, a->start - 1, "ethnic") &&
              (role || token_plural(as, a->end - 1))) {
            first = take_determiner(as, a->start - 1);
            mention_set_code(&m, a->entry->country, role ? role->roles : "CVL");
            m.flags |= MENTION_ETHNIC;
            m.kind = MENTION_COUNTRY;
            break;
          }
          /*
           * "Yoruba leaders", "Kurdish leaders": a people's leaders lead no
           * state; CAMEO codes them as elites.
           */
          if (role && a->entry->kind == LEX_DEMONYM && a->entry->source &&
              strncmp(a->entry->source, "peoples.txt:", 12) == 0 && strncmp(role->roles, "GOV", 3) == 0 &&
              token_in(as, end - 1, (const char *const[]){"leader", "leaders", "elder", "elders", "chief", "chiefs",
                                                           NULL})) {
            mention_set_code(&m, a->entry->country, "ELI");
            m.kind = MENTION_COUNTRY;
            break;
          }
          /*
           * "Kurdish forces", "Kurdish troops": a people's armed forces are no
           * state's military; they are its unaligned armed forces, as "Kurdish
           * fighters" are.
           */
          if (role && a->entry->kind == LEX_DEMONYM && a->entry->source &&
              strncmp(a->entry->source, "peoples.txt:", 12) == 0 && strncmp(role->roles, "MIL", 3) == 0) {
            mention_set_code(&m, a->entry->country, "UAF");
            m.kind = MENTION_COUNTRY;
            break;
          }
          /*
           * "Thailand's Securities and Exchange Commission", "the Philippine
           * FDA": a body the dictionaries give one state, named for another,
           * is that other state's.
           */
          if (!role && !a->place && j + 1 < natoms && atoms[j + 1].entry->kind == LEX_BODY &&
              atoms[j + 1].entry->country[0] && strcmp(atoms[j + 1].entry->country, a->entry->country) != 0 &&
              (atoms[j + 1].start == end ||
               (atoms[j + 1].start == end + 1 && as->tokens[end].kind == DL_TOKEN_POSSESSIVE))) {
            mention_set_code(&m, a->entry->country, atoms[j + 1].entry->roles);
            end = atoms[++j].end;
            m.kind = MENTION_COUNTRY;
            break;
          }
          /* "American Express said", "British Airways", "Canada Inc": a company of the country, not the country. */
          uint32_t company_end;
          if (!role && !a->place && (j + 1 >= natoms || atoms[j + 1].start > end) &&
              (company_end = company_name_end(as, end, j + 1 < natoms ? atoms[j + 1].start : as->n)) > end &&
              !(j + 1 < natoms && atoms[j + 1].start == company_end && atoms[j + 1].entry->kind == LEX_ROLE)) {
            end = company_end;
            mention_set_code(&m, a->entry->country, "BUS");
            m.kind = MENTION_COUNTRY;
            break;
          }
          /* "the British National Party": a party of the country that the dictionaries lack. */
          uint32_t party_end;
          if (!role && !a->place && (j + 1 >= natoms || atoms[j + 1].start > end) &&
              (party_end = party_name_end(as, end, j + 1 < natoms ? atoms[j + 1].start : as->n)) > end) {
            end = party_end;
            mention_set_code(&m, a->entry->country, "PTY");
            m.kind = MENTION_COUNTRY;
            break;
          }
          /* "British nationals", "a US national", "the Zambian people": the country's civilians. */
          if (!role && !a->place && (a->entry->kind == LEX_DEMONYM || a->end == end) && nationals_follow(as, end)) {
            end++;
            mention_set_code(&m, a->entry->country, "CVL");
            m.kind = MENTION_COUNTRY;
            break;
          }
          /* "an Iranian tanker" is Iran's, though not Iran acting. */
          if (a->entry->kind == LEX_DEMONYM && !role && modifies_noun(as, end - 1, end) &&
              !(end < as->n && token_class(as, end) == WC_CONJ)) {
            m.flags |= MENTION_DESCRIBES;
            /* The thing described belongs in the text: "an Iranian oil tanker". */
            uint32_t nouns = 0;
            /* (A later word before "a", "its" or a pronoun is the verb: "a Cypriot tanker | hit a tower".) */
            while (nouns < 3 && token_lemma_is(as, end, 0) && !token_temporal(as, end) &&
                   !(nouns > 0 && token_adjective(as, end)) &&
                   !(nouns > 0 && end + 1 < as->n && token_lemma_is(as, end, 1) &&
                     (token_class(as, end + 1) == WC_DET || token_class(as, end + 1) == WC_POSSESSIVE ||
                      token_class(as, end + 1) == WC_PRONOUN))) {
              end++;
              nouns++;
              /* A plural ends the compound: "Israeli air strikes | hit Gaza". */
              if (token_plural(as, end - 1)) break;
            }
            /* "a Russian general", "Iranian generals": the noun a rank, not the adjective of "general strike". */
            if (nouns == 1 && token_in(as, end - 1, (const char *const[]){"general", "generals", NULL}) &&
                !token_in(as, end, (const char *const[]){"public", "election", "elections", "assembly", "staff", NULL})) {
              /* not "the Israeli general public" */
              m.flags &= (uint8_t)~MENTION_DESCRIBES;
              mention_set_code(&m, a->entry->country, "MIL");
              m.kind = MENTION_COUNTRY;
              break;
            }
          }
          /*
           * A people named in the plural is the people as a whole ("the
           * Palestinians rejected the plan"), as PETRARCH codes it; counted
           * or singled out, they are its civilians: "100 Palestinians",
           * "thousands of Nigerians", "young Algerians", "Palestinians
           * living in Gaza".
           */
          const char *people = "";
          if (a->entry->kind == LEX_DEMONYM && !role && !(m.flags & MENTION_DESCRIBES) &&
              token_plural(as, end - 1) && people_counted(as, a->start, end))
            people = "CVL";
          mention_set_code(&m, a->entry->country, role ? role->roles : people);
          m.kind = MENTION_COUNTRY;
          break;
        default:
          /* Groups, bodies and people carry their whole code. */
          copy_code(m.code, sizeof m.code, a->entry->code);
          copy_code(m.country, sizeof m.country, a->entry->country);
          copy_code(m.roles, sizeof m.roles, a->entry->roles);
          if (a->home) mention_set_code(&m, a->home->country, "BUS");
          /*
           * An international body's people take the role named: "UN
           * peacekeepers" are IGOUNOMIL, "the U.N. Secretary-General" IGOUNOGOV.
           */
          if (role && a->entry->kind == LEX_GROUP && !a->entry->country[0] && !a->entry->roles[0] &&
              (strncmp(a->entry->code, "IGO", 3) == 0 || entry_is_region(a->entry)) &&
              strlen(a->entry->code) + 3 < sizeof m.code &&
              !(token_lemma_is(as, end, 0) && !token_inflected_verb(as, end))) { /* not "the UN refugee camp" */
            size_t c = strlen(m.code);
            memcpy(m.code + c, role->roles, 3);
            m.code[c + 3] = '\0';
            copy_code(m.roles, sizeof m.roles, role->roles);
            m.roles[3] = '\0';
          }
          /*
           * "Vladimir Putin's air force", "Assad's forces": the forces a
           * government's leader commands are the country's. Not "Riek Machar's
           * forces" (a rebel's), "Assad's opposition" or "Blair's monthly
           * media": other nouns are the person's, or no actor.
           */
          if (role && possessive && a->entry->kind == LEX_PERSON && a->entry->country[0] && !a->past &&
              strncmp(a->entry->roles, "GOV", 3) == 0 &&
              (strncmp(role->roles, "MIL", 3) == 0 || strncmp(role->roles, "COP", 3) == 0 ||
               strncmp(role->roles, "SPY", 3) == 0))
            mention_set_code(&m, a->entry->country, role->roles);
          /* "Labour MP Diane Abbott", "Republican senators": a party's legislators are the legislature's. */
          if (role && a->entry->kind == LEX_GROUP && a->entry->country[0] && strncmp(role->roles, "LEG", 3) == 0)
            mention_set_code(&m, a->entry->country, "LEG");
          m.kind = a->entry->kind == LEX_PERSON  ? MENTION_PERSON
                   : a->entry->kind == LEX_GROUP ? MENTION_GROUP
                                                 : MENTION_COUNTRY;
          /* "American Motors Corp" names its country as "American workers" would: the story's country counts it. */
          if (a->entry == &firm_by_name && a->home) {
            const lex_entry *hits[LEX_MAX_HITS];
            size_t nhits = capitalised_hits(as, a->start, hits);
            for (size_t h = 0; h < nhits; h++)
              if (hits[h]->kind == LEX_DEMONYM) m.kind = MENTION_COUNTRY;
            /* ...and so does "Industrial Bank of Japan", "Banque Generale du Luxembourg SA". */
            for (uint32_t q = a->start + 1; q + 1 < a->end; q++)
              if (token_in(as, q, firm_particles)) {
                const lex_entry *c = country_starts(as, q + 1);
                if (c && strcmp(c->country, a->home->country) == 0) m.kind = MENTION_COUNTRY;
              }
          }
          if (a->entry->kind == LEX_PERSON && a->end - a->start == 1 && a->entry->canonical &&
              strchr(a->entry->canonical, ' '))
            m.flags |= MENTION_SURNAME;
          if (a->past) mention_set_code(&m, a->entry->country, "ELI");
          break;
      }
      if (named) m.kind = MENTION_PERSON;
      /* "police in London and Brussels": Brussels' police. */
      if (listed && list_role && list_country[0]) {
        m.flags &= (uint8_t)~MENTION_LOCATIVE;
        mention_set_code(&m, list_country, list_role->roles);
        m.kind = MENTION_COUNTRY;
        m.place = NULL;
      }
    } else {
      /* A role on its own: "the soldiers", "its diplomats", "civil officials". */
      role = a->entry;
      /* "firm but fair", "a firm commitment", "a firm line": the adjective, no company. */
      if (a->end == a->start + 1 && token_is(as, a->start, "firm") && a->end < as->n &&
          token_in(as, a->end, (const char *const[]){"but", "hand", "line", "stance",
                                                       "grip", "commitment", "commitments", "belief", "support", "basis",
                                                       "evidence", "date", "offer", "offers", "bid", "favourite",
                                                       "favorite", "footing", "ground", "majority", "opposition",
                                                       "response", "message", "signal", "indication", "decision",
                                                       "pledge", "promise", "assurance", "assurances", "action",
                                                       "control", "view", "views", "friend", "friends", "ally", NULL}))
        continue;
      /* "to force workers to retire", "to force the government": the verb after "to", no forces. */
      if (a->end == a->start + 1 && a->start > 0 && token_is(as, a->start, "force") && token_is(as, a->start - 1, "to") &&
          a->end < as->n &&
          (token_class(as, a->end) == WC_DET || token_class(as, a->end) == WC_POSSESSIVE ||
           (j + 1 < natoms && atoms[j + 1].start == a->end && atoms[j + 1].entry->kind == LEX_ROLE)))
        continue;
      /* "to join forces with", "joined forces to fight": an idiom of working together, no forces. */
      /* (Not forces described after: "joined forces loyal to the government", "join forces of the Free Syrian Army".) */
      if (a->end == a->start + 1 && a->start > 0 && token_is(as, a->start, "forces") &&
          token_in(as, a->start - 1, (const char *const[]){"join", "joins", "joined", "joining", NULL}) &&
          !token_in(as, a->end, (const char *const[]){"loyal", "of", "from", "led", "backed", "commanded", NULL}))
        continue;
      /* "the law will come into force", "remains in force": a law's force, no forces. */
      if (a->end == a->start + 1 && a->start > 0 && token_is(as, a->start, "force") &&
          token_in(as, a->start - 1, (const char *const[]){"into", "in", NULL}))
        continue;
      while (j + 1 < natoms && atoms[j + 1].start == end && atoms[j + 1].entry->kind == LEX_ROLE)
        end = atoms[++j].end;
      /* "military positions", "foreign military presence": the role word only describes a thing. */
      if (modifies_noun(as, end - 1, end) || bare_compound(as, a->start, end)) continue;
      /* "the sanctions regime", "the e-mail regime": a regime of rules, not a government ("the coup regime" is one). */
      static const char *const governing_nouns[] = {"apartheid", "client", "coup", "occupation", "proxy", "puppet",
                                                    "terror", NULL};
      if (end == a->end && a->start > 0 && token_is(as, end - 1, "regime") && token_lowercase_word(as, a->start - 1) &&
          token_class(as, a->start - 1) == WC_OPEN && token_lemma_is(as, a->start - 1, 0) &&
          !token_adjective(as, a->start - 1) && !token_in(as, a->start - 1, governing_nouns))
        continue;
      /*
       * "a MAB spokesman", "a Serco spokeswoman": a spokesman after a name no
       * dictionary knows, with no actor just before ("Lib Dem Treasury
       * spokesman"), is that body's, whose code is unknown; no government's.
       */
      /*
       * So is a leader or chief after one: "PCS leader Mark Serwotka", "the
       * UAW leader"; not leaders of a people or of the world ("Arab leaders",
       * "House leaders", "Commonwealth leaders").
       */
      static const char *const body_heads[] = {"leader", "chief", "boss", "chairman", "chairwoman", NULL};
      static const char *const leaders_of_many[] = {"world", "house", "senate", "commonwealth", "faith", "majority",
                                                    "minority", "community", "church", "business", "union", NULL};
      if (strncmp(role->roles, "GOV", 3) == 0 && role->canonical && a->start > 0 &&
          (strncmp(role->canonical, "spokes", 6) == 0 ||
           (end == a->start + 1 && token_in(as, a->start, body_heads) && !token_in(as, a->start - 1, leaders_of_many) &&
            !token_in_wordnet_as_adjective(as, a->start - 1))) &&
          first == a->start && (a->start > 1 || (a->start == 1 && (as->tokens[0].flags & TOKEN_ALLCAPS))) &&
          token_lowercase_word(as, a->start) && !(as->scratch->facts.items[a->start - 1] & FACT_MATCHED) && (j == 0 || atoms[j - 1].end + 3 < a->start) &&
          token_name_word(as, a->start - 1) && token_class(as, a->start - 1) == WC_OPEN &&
          !token_in(as, a->start - 1, honorifics) && !token_in(as, a->start - 1, portfolio_words))
        continue;
      /*
       * "a spokesman for the Salvation Army": for a body no dictionary knows,
       * which is no government unless its name says so ("the Department for
       * Culture", "Darlington Council").
       */
      if (strncmp(role->roles, "GOV", 3) == 0 && role->canonical && strncmp(role->canonical, "spokes", 6) == 0 &&
          end + 1 < as->n && token_is(as, end, "for")) {
        uint32_t k = end + 1 + (token_class(as, end + 1) == WC_DET && end + 2 < as->n);
        if (token_name_word(as, k) && token_class(as, k) == WC_OPEN && !(as->tokens[k].flags & TOKEN_ALLCAPS) &&
            !names_state_body(as, k) &&
            !token_in(as, k, honorifics) && !token_in(as, k, courtesy_titles) &&
            !(j + 1 < natoms && (atoms[j + 1].start == k ||
                                 (atoms[j + 1].start == k + 1 && atoms[j + 1].entry->kind != LEX_ROLE))))
          continue;
      }
      /*
       * "the CBI director general", "the CBI's director general", "director
       * general of the CBI": an acronym no dictionary knows names the body
       * whose officer it is, which is no government's.
       */
      static const char *const officer_heads[] = {"director", "director-general", "general", "chairman", "chairwoman",
                                                  "president", "vice-president", "secretary-general", "chief", "head",
                                                  "leader", "boss", NULL};
      /* Only an officer's title: "MITI officials" are a ministry's, whose acronym no dictionary knows either. */
      if (strncmp(role->roles, "GOV", 3) == 0 && first == a->start && token_in(as, end - 1, officer_heads) &&
          ((a->start > 0 && unknown_acronym(as, a->start - 1)) ||
           (a->start > 1 && as->tokens[a->start - 1].kind == DL_TOKEN_POSSESSIVE && unknown_acronym(as, a->start - 2)) ||
           (end + 1 < as->n && token_is(as, end, "of") &&
            unknown_acronym(as, end + 1 + (token_class(as, end + 1) == WC_DET && end + 2 < as->n)))))
        continue;
      /* "a Nikko official said": a name no dictionary knows before one who speaks for a body is that body's, no state's. */
      if (strncmp(role->roles, "GOV", 3) == 0 && first == a->start && end == a->start + 1 &&
          token_in(as, a->start, (const char *const[]){"official", "officials", "spokesman", "spokeswoman",
                                                       "spokesperson", NULL}) &&
          unknown_name_before(as, a->start, j > 0 ? atoms[j - 1].end : 0))
        continue;
      /* "People" are an actor only when counted: "killed 12 people", "thousands of people protested". */
      if (end == a->end && role->canonical &&
          words_sorted_contain(counted_only_roles, COUNTED_ONLY_ROLES, role->canonical, strlen(role->canonical)) &&
          !people_numbered(as, a->start, end))
        continue;
      /* "Bishop's cabinet colleague": a role word that is a common surname, with a capital, no determiner and 's. */
      if (end == a->end && first == a->start && end == a->start + 1 && a->start > 0 && end < as->n &&
          token_in(as, a->start, surname_roles) &&
          as->tokens[end].kind == DL_TOKEN_POSSESSIVE && (as->tokens[a->start].flags & TOKEN_CAPITALISED) &&
          !(as->tokens[a->start].flags & TOKEN_ALLCAPS) && token_class(as, a->start - 1) != WC_DET &&
          !token_capitalised(as, a->start - 1))
        continue;
      uint32_t gap = 0;
      while (gap < ACTOR_MAX_GAP && first > 0 && token_modifier(as, first - 1)) {
        first--;
        gap++;
      }
      /* "Turkey said Ankara-backed rebels ...": the rebels are not Turkey's. */
      if (first > 0) {
        const lex_entry *hits[LEX_MAX_HITS];
        token_backer(as, first - 1, hits, m.backer);
      }
      word_class before = first > 0 ? token_class(as, first - 1) : WC_OPEN;
      /* "to repair his presidency", "under her leadership": a person's office or term, not a body acting. */
      if (before == WC_POSSESSIVE && end == a->end && first + 1 == end &&
          token_in(as, first - 1, (const char *const[]){"his", "her", NULL}) &&
          token_in(as, end - 1, (const char *const[]){"presidency", "premiership", "leadership", "chancellorship", NULL}))
        continue;
      /* "the militia is a terrorist organisation", "he might be a terrorist": what someone is said to be, no one */
      /* else. (Not after "as", which may be the subject's own office: "her responsibility as a Cabinet minister".) */
      if (before == WC_DET && first >= 2 && token_in(as, first - 1, (const char *const[]){"a", "an", NULL}) &&
          token_in(as, first - 2, (const char *const[]){"is", "are", "was", "were", "be", "been", "being", "become",
                                                        "became", "becomes", "remains", "remained", NULL}) &&
          !token_plural(as, end - 1) && end == a->end && !(j + 1 < natoms && atoms[j + 1].start == end) &&
          /* (not a subject turned round: "It was a police officer who shot", "was a militia commander in Darfur") */
          !token_in(as, end, (const char *const[]){"who", "that", "which", "whose", "in", "from", "of", "at", "on",
                                                   NULL}))
        continue;
      int32_t link = -1;
      int armed_body = 0; /* link is the armed group "the militant group" names */
      int bank_ref = 0;   /* link is the bank "the bank" names */
      if (first >= 3 && as->tokens[first - 1].kind == DL_TOKEN_POSSESSIVE &&
          token_in(as, first - 2, (const char *const[]){"country", "nation", NULL}) && token_is(as, first - 3, "the")) {
        /* "the country's president": the country its sentence named before it, or the story named last. */
        first -= 3;
        link = find_named_country(out, sentence_first);
      } else if (before == WC_POSSESSIVE) {
        first--;
        /* "Erdogan praised his counterpart": a counterpart serves the other state, not the possessor's. */
        if (!counterpart_word(as, role, end - 1)) link = find_possessor(out, sentence_first);
      } else if (before == WC_DET) {
        first--;
        /* "the prime minister" names one known already; "a spokesman" may be anyone of the role. */
        int definite = token_is(as, first, "the");
        /* "Boko Haram ... the jihadist group": the body named, with its own code. */
        /* (Not "the new extremist group", "a rival militant group": another one.) */
        int other = 0;
        for (uint32_t t = first + 1; t + 1 < end && !other; t++)
          other = token_in(as, t, (const char *const[]){"new", "another", "other", "rival", "second", "splinter", NULL});
        int armed_noun = armed_roles(role->roles) && token_in(as, end - 1, armed_body_nouns);
        if (definite && !other && armed_noun && !token_name_word(as, end) &&
            (link = find_armed_group(as, out, sentence_first, first)) >= 0)
          armed_body = 1;
        else if (!(armed_noun && token_name_word(as, end)) && /* "the jihadist group Katiba Serma" is a group of its own */
                 !many_states_role(as->doc, as->base + first, as->base + end - 1)) {
          link = find_antecedent(as->doc, out, as->index, as->base + end - 1, role, definite ? 0 : 2);
          /* (One firm, the subject of its clause: "the firm has piled up losses"; not "the banks", "delivered to the firm".) */
          if (link >= 0 && definite && !token_plural(as, end - 1) && end < as->n && token_lowercase_word(as, end) &&
              (token_inflected_verb(as, end) ||
               token_in(as, end, (const char *const[]){"has", "had", "is", "was", "will", "would", "said", "says", NULL})))
            link = later_firm(as->doc, out, (size_t)link, role, as->index);
        }
        /* (Not one who speaks for a body named after: "a spokeswoman for the Corporate Affairs Commission".) */
        if (link < 0 && !token_in(as, end, (const char *const[]){"for", "of", "at", "with", "from", NULL}))
          link = firm_spokesman(out, as->index, role);
        /* "the Bank of England ... The Bank's latest inflation report": the bank named last, central or not. */
        int32_t bank;
        if (definite && end == first + 2 && role->canonical && strcmp(role->canonical, "bank") == 0 &&
            !token_plural(as, end - 1) && !token_is(as, end, "of") && (bank = bank_named(as->doc, out, as->index)) >= 0) {
          link = bank;
          bank_ref = 1;
        }
      } else if (first == a->start && token_plural(as, end - 1) &&
                 (strncmp(role->roles, "MIL", 3) == 0 || strncmp(role->roles, "COP", 3) == 0)) {
        link = find_antecedent(as->doc, out, as->index, as->base + end - 1, role, 1);
      }
      m.kind = MENTION_ROLE;
      /* A title before a name: "President Barack Obama", "Judge Ana Ruiz". */
      if (j + 1 < natoms && atoms[j + 1].start == end && atoms[j + 1].entry->kind == LEX_PERSON) {
        const lex_entry *person = atoms[++j].entry;
        end = atoms[j].end;
        m.kind = MENTION_PERSON;
        m.entry = person;
        copy_code(m.code, sizeof m.code, person->code);
        copy_code(m.country, sizeof m.country, person->country);
        copy_code(m.roles, sizeof m.roles, person->roles);
        if (atoms[j].past) mention_set_code(&m, person->country, "ELI");
        if (atoms[j].ref >= 0) {
          /* The person named before, as they were coded then. */
          const dl_mention *p = &out->items[atoms[j].ref];
          memcpy(m.code, p->code, sizeof m.code);
          memcpy(m.country, p->country, sizeof m.country);
          memcpy(m.roles, p->roles, sizeof m.roles);
          m.refers_to = atoms[j].ref;
          m.flags |= MENTION_INFERRED;
        }
        if (locative_before(as, first)) m.flags |= MENTION_LOCATIVE;
        mark_former(as, &m, role, first, end);
        m.role_entry = role;
        if (push_mention(as, out, &m, first, end) != DL_OK) return DL_ENOMEM;
        continue;
      }
      uint32_t name = name_after(as, atoms, natoms, j + 1, end);
      if (name && person_title(as, role, end)) {
        end += name;
        m.kind = MENTION_PERSON;
      }
      /* "the president of Armenia", "rebels in Darfur", "refugees from Syria": the country follows. */
      uint32_t of_country = end + 1;
      if (of_country < as->n && token_class(as, of_country) == WC_DET) of_country++;
      /*
       * "the leader of the rebels", "a commander of the militia", "the head
       * of the opposition": one who leads or speaks for armed men, rebels or
       * the opposition is of their side, as "the rebels" would be.
       */
      if (token_is(as, end, "of") && j + 1 < natoms && atoms[j + 1].entry->kind == LEX_ROLE &&
          atoms[j + 1].start >= of_country && atoms[j + 1].start <= of_country + 1 &&
          token_in(as, end - 1, (const char *const[]){"leader", "leaders", "commander", "commanders", "head", "chief",
                                                       "spokesman", "spokeswoman", "member", "members", NULL}) &&
          (strncmp(atoms[j + 1].entry->roles, "REB", 3) == 0 || strncmp(atoms[j + 1].entry->roles, "INS", 3) == 0 ||
           strncmp(atoms[j + 1].entry->roles, "OPP", 3) == 0 || strncmp(atoms[j + 1].entry->roles, "UAF", 3) == 0)) {
        role = atoms[++j].entry;
        end = atoms[j].end;
        /* ("of a rebel faction": the body's noun too) */
        if (token_in(as, end, (const char *const[]){"faction", "group", "movement", "brigade", "unit", "alliance", NULL}))
          end++;
        link = find_antecedent(as->doc, out, as->index, as->base + end - 1, role, 0);
      }
      /* "in" says where, not whose, for forces and settlers: "troops in Afghanistan" are seldom Afghan. */
      int affiliation = token_is(as, end, "of") || (token_is(as, end, "from") && !moved_from(as, first));
      /* "a spokesman for UKIP", "a spokeswoman for the Kenyan army": who the spokesman speaks for. */
      int speaks_for = token_is(as, end, "for") && role->canonical && strncmp(role->canonical, "spokes", 6) == 0;
      affiliation |= speaks_for;
      if (speaks_for) {
        /* "a spokesman for the network", "for the British Casino Association": for a body no dictionary knows. */
        int actor_next = j + 1 < natoms && atoms[j + 1].start == of_country;
        if ((!actor_next && unknown_body_at(as, end + 1)) ||
            (actor_next && (atoms[j + 1].entry->kind == LEX_DEMONYM || atoms[j + 1].entry->kind == LEX_COUNTRY) &&
             token_name_word(as, atoms[j + 1].end) && !(j + 2 < natoms && atoms[j + 2].start == atoms[j + 1].end) &&
             unknown_body_at(as, atoms[j + 1].end)))
          continue;
        /* "a spokesman for the company": a firm's, the press's or a school's speaker is no official. */
        const char *body = actor_next ? atoms[j + 1].entry->roles : "";
        /* (A bank may be the central bank the sentence named: "The Swiss National Bank bought dollars, a spokesman for the bank said".) */
        if (actor_next && atoms[j + 1].entry->kind == LEX_ROLE &&
            !(atoms[j + 1].entry->canonical && strcmp(atoms[j + 1].entry->canonical, "bank") == 0) &&
            (strncmp(body, "BUS", 3) == 0 || strncmp(body, "MED", 3) == 0 || strncmp(body, "EDU", 3) == 0 ||
             strncmp(body, "HLH", 3) == 0))
          continue;
      }
      /*
       * "a senior official of a major bank", "an official of the company":
       * a firm's officer is no official of a state; nor is a vice president
       * of a body no dictionary knows ("vice president of Ford Europe").
       */
      if (token_is(as, end, "of") && strncmp(role->roles, "GOV", 3) == 0 && role->canonical &&
          token_in(as, end - 1, (const char *const[]){"official", "officials", "president", "vice-president", NULL})) {
        uint32_t k = end + 1;
        int indefinite = k < as->n && (token_is(as, k, "a") || token_is(as, k, "an"));
        if (k < as->n && token_class(as, k) == WC_DET) k++;
        uint32_t described = k;
        size_t q = j + 1;
        while (q < natoms && atoms[q].start < k) q++;
        /* (Past a word or two that describe it: "a major bank".) */
        if (q < natoms && atoms[q].start > k && atoms[q].start <= k + 2 && atoms[q].entry->kind == LEX_ROLE) {
          uint32_t w = k;
          /* (or that begin its name: "the National Merchant Marine Union") */
          while (w < atoms[q].start && token_class(as, w) == WC_OPEN &&
                 (token_lowercase_word(as, w) || token_name_word(as, w)))
            w++;
          if (w == atoms[q].start) k = w;
        }
        const lex_entry *body = q < natoms && atoms[q].start == k ? atoms[q].entry : NULL;
        /*
         * "President of the Japan Chamber of Commerce", "president of the
         * Brazilian Association of Citrus Juice Industries": a country's name
         * that opens a body's names the body, whose officer this is: the
         * country's business, or its labour for a union.
         */
        if (body && (body->kind == LEX_COUNTRY || body->kind == LEX_DEMONYM) && k == described) {
          uint32_t after = atoms[q].end;
          const lex_entry *next = q + 1 < natoms && atoms[q + 1].start == after ? atoms[q + 1].entry : NULL;
          uint32_t name_end = after;
          while (name_end < as->n && name_end < after + 6 && token_name_word(as, name_end)) name_end++;
          /* (Not an institute, as often the state's: "the Brazilian Coffee Institute".) */
          if (next ? next->kind == LEX_ROLE && (strncmp(next->roles, "BUS", 3) == 0 || strncmp(next->roles, "MED", 3) == 0 ||
                                                strncmp(next->roles, "LAB", 3) == 0)
                   : token_name_word(as, after) && unknown_body_at(as, after) && !token_is(as, name_end - 1, "institute")) {
            int labour = next ? strncmp(next->roles, "LAB", 3) == 0 : token_is(as, name_end - 1, "union");
            if (push_officer(as, out, &m, role, first, end, body->country, labour ? "LAB" : next ? next->roles : "BUS") != DL_OK)
              return DL_ENOMEM;
            continue;
          }
        }
        /* (Not a union of states, whose officer is no one's labour: "the International Telecommunication Union".) */
        int of_states = 0;
        for (uint32_t w = described; body && w < atoms[q].end && !of_states; w++)
          of_states = token_in(as, w, (const char *const[]){"international", "european", "african", "arab", "soviet",
                                                           "customs", "monetary", "economic", "postal", "world",
                                                           "telecommunication", NULL});
        if (body && body->kind == LEX_ROLE && !of_states &&
            (strncmp(body->roles, "BUS", 3) == 0 || strncmp(body->roles, "MED", 3) == 0 ||
             strncmp(body->roles, "LAB", 3) == 0) &&
            (!(body->canonical && strcmp(body->canonical, "bank") == 0) || indefinite || k > described)) {
          /* "a senior official of the National Merchant Marine Union": a union's officer is its labour. */
          if (strncmp(body->roles, "LAB", 3) == 0 || token_is(as, atoms[q].end - 1, "union")) {
            if (push_officer(as, out, &m, role, first, end, "", "LAB") != DL_OK) return DL_ENOMEM;
          }
          continue;
        }
        int vice = end >= 2 && token_is(as, end - 1, "president") &&
                   (token_is(as, end - 2, "vice") || token_is(as, end - 2, "vice-president"));
        vice |= token_is(as, end - 1, "vice-president");
        if (vice && !body && k == described && k < as->n && token_name_word(as, k) &&
            !(as->tokens[k].flags & TOKEN_ALLCAPS) && !(as->scratch->facts.items[k] & FACT_MATCHED) &&
            !region_named(as, k))
          continue;
      }
      /* "a vice president at Merrill Lynch": an officer of the firm; "workers at Boeing" are labour. */
      int at_firm = token_is(as, end, "at") && j + 1 < natoms && atoms[j + 1].start == of_country &&
                    entry_is_firm(atoms[j + 1].entry);
      int officer = strncmp(role->roles, "GOV", 3) == 0 || strncmp(role->roles, "BUS", 3) == 0;
      affiliation |= at_firm && officer;
      /* "workers at General Motors": labour of the firm's country, and the firm an actor of its own. */
      if (at_firm && !officer && link < 0 && atoms[j + 1].entry->country[0]) {
        mention_set_code(&m, atoms[j + 1].entry->country, role->roles);
        m.kind = MENTION_COUNTRY;
        link = -2; /* coded: no branch below */
      }
      /* "an official at a leading U.S. bank": an officer of a country's firm named by its noun is its business. */
      if (token_is(as, end, "at") && officer && !at_firm && link < 0 && j + 2 < natoms &&
          (atoms[j + 1].entry->kind == LEX_COUNTRY || atoms[j + 1].entry->kind == LEX_DEMONYM) &&
          atoms[j + 2].start == atoms[j + 1].end && atoms[j + 2].entry->kind == LEX_ROLE &&
          strncmp(atoms[j + 2].entry->roles, "BUS", 3) == 0) {
        uint32_t w = of_country;
        while (w < atoms[j + 1].start && w < of_country + 2 && token_lowercase_word(as, w) && token_class(as, w) == WC_OPEN)
          w++;
        if (w == atoms[j + 1].start) {
          mention_set_code(&m, atoms[j + 1].entry->country, "BUS");
          m.kind = MENTION_COUNTRY;
          link = -2; /* coded: no branch below */
        }
      }
      /* "a spokesman for Michael Howard": the person's side, whatever the spokesman's role would say. */
      if (speaks_for && j + 1 < natoms && atoms[j + 1].start == of_country && atoms[j + 1].entry->kind == LEX_PERSON &&
          atoms[j + 1].entry->country[0] && !atoms[j + 1].past) {
        mention_set_code(&m, atoms[j + 1].entry->country, atoms[j + 1].entry->roles);
        m.kind = MENTION_COUNTRY;
        affiliation = 0;
        link = -2; /* coded: no branch below */
      }
      if (speaks_for && (link < 0 || before == WC_DET) && j + 2 < natoms && atoms[j + 1].start == of_country &&
          (atoms[j + 1].entry->kind == LEX_DEMONYM || atoms[j + 1].entry->kind == LEX_COUNTRY) &&
          atoms[j + 2].start == atoms[j + 1].end + (as->tokens[atoms[j + 1].end].kind == DL_TOKEN_POSSESSIVE) &&
          atoms[j + 2].entry->kind == LEX_ROLE) {
        mention_set_code(&m, atoms[j + 1].entry->country, atoms[j + 2].entry->roles);
        end = atoms[j + 2].end;
        j += 2;
        m.kind = MENTION_COUNTRY;
        affiliation = 0;
        link = -2; /* coded: no branch below */
      }
      int located = token_is(as, end, "in") || token_is(as, end, "throughout") ||
                    token_is(as, end, "across");
      /*
       * An explicit country beats an antecedent: "Putin ... the president of
       * Armenia"; so does the seat of a government ("Ankara informed the
       * government in Damascus").
       */
      int seat = located && token_in(as, end - 1, (const char *const[]){"government", "authorities", "regime",
                                                                     "administration", "leadership", NULL});
      if ((link < 0 || ((affiliation || seat) && before == WC_DET)) && end < as->n &&
          (affiliation || (located && strncmp(role->roles, "MIL", 3) != 0 &&
                           strncmp(role->roles, "SET", 3) != 0 &&
                           /* (nor envoys: "the embassy in Tehran", "diplomats in Moscow" serve other states; */
                           /* a counterpart there is its own: "met his counterpart in Tehran") */
                           !(role->canonical && strcmp(role->canonical, "counterpart") == 0 &&
                             !token_in(as, end - 1, (const char *const[]){"counterpart", "counterparts", NULL})))) &&
          j + 1 < natoms &&
          atoms[j + 1].start == of_country &&
          (atoms[j + 1].entry->kind == LEX_COUNTRY || atoms[j + 1].entry->kind == LEX_CAPITAL)) {
        const lex_entry *country = atoms[++j].entry;
        end = atoms[j].end;
        /* "the president of the U.S. Sugar Corp": the country's firm, not the country. */
        uint32_t firm_end = company_name_end(as, end, j + 1 < natoms ? atoms[j + 1].start : as->n);
        mention_set_code(&m, country->country, firm_end > end ? "BUS" : role->roles);
        if (firm_end > end) end = firm_end;
        m.kind = MENTION_COUNTRY;
      } else if ((link < 0 || before == WC_DET) && affiliation && j + 1 < natoms && atoms[j + 1].start == of_country &&
                 atoms[j + 1].entry->kind == LEX_GROUP && !atoms[j + 1].apposed && atoms[j + 1].ref < 0 &&
                 strncmp(role->roles, "CVL", 3) != 0 && strncmp(role->roles, "REF", 3) != 0 &&
                 !(strncmp(role->roles, "MIL", 3) == 0 && entry_is_firm(atoms[j + 1].entry))) {
        /*
         * "the president of Texaco", "the leader of Hamas": the group's, as
         * "Hamas leader" is. Not "children of Isis" or "aircraft from Boeing".
         */
        const lex_entry *group = atoms[++j].entry;
        end = atoms[j].end;
        copy_code(m.code, sizeof m.code, group->code);
        copy_code(m.country, sizeof m.country, group->country);
        copy_code(m.roles, sizeof m.roles, group->roles);
        /* "the president of the Chicago Mercantile Exchange": the firm's country's business. */
        if (atoms[j].home) mention_set_code(&m, atoms[j].home->country, "BUS");
        /* "lawmakers from Labour" are the legislature, as "Labour MPs" are. */
        if (group->country[0] && strncmp(role->roles, "LEG", 3) == 0) mention_set_code(&m, group->country, "LEG");
        /* "officials of the United Nations" are IGOUNOGOV, as "UN officials" are. */
        if (!group->country[0] && !group->roles[0] &&
            (strncmp(group->code, "IGO", 3) == 0 || entry_is_region(group)) &&
            strlen(group->code) + 3 < sizeof m.code) {
          size_t c = strlen(m.code);
          memcpy(m.code + c, role->roles, 3);
          m.code[c + 3] = '\0';
          copy_code(m.roles, sizeof m.roles, role->roles);
          m.roles[3] = '\0';
        }
        m.entry = group;
        m.kind = MENTION_GROUP;
      } else if (link == -2) {
        /* coded above */
      } else if (link >= 0) {
        const dl_mention *ante = &out->items[link];
        static const char *const body_people[] = {"chairman", "chairwoman", "chief", "director", "executive",
                                                  "official", "president", "spokesman", "spokesperson",
                                                  "spokeswoman"};
        if (bank_ref) {
          /* "The Bank": the bank's own code, the central bank's GBRGOV or a firm's BUS. */
          copy_code(m.code, sizeof m.code, ante->code);
          copy_code(m.country, sizeof m.country, ante->country);
          copy_code(m.roles, sizeof m.roles, ante->roles);
        } else if (ante->country[0] && (ante->role_entry == role || ante->kind == MENTION_GROUP) && role->canonical &&
            words_sorted_contain(body_people, sizeof body_people / sizeof *body_people, role->canonical,
                                 strlen(role->canonical)) &&
            (strncmp(ante->roles, "BUS", 3) == 0 || strncmp(ante->roles, "MED", 3) == 0 ||
             strncmp(ante->roles, "NGO", 3) == 0)) {
          /* "A spokesman for Preussag AG ... The spokesman": the firm's spokesman again, not a government's. */
          copy_code(m.code, sizeof m.code, ante->code);
          copy_code(m.country, sizeof m.country, ante->country);
          copy_code(m.roles, sizeof m.roles, ante->roles);
        } else if (before == WC_POSSESSIVE && ante->country[0] && ante->roles[0] &&
                   token_in(as, first, (const char *const[]){"their", "its", NULL}) && end == first + 2 &&
                   token_in(as, end - 1, people_who_speak_for) && !strstr(ante->roles, "OPP") &&
                   !strstr(ante->roles, "CVL")) {
          /* "Spanish farmers ... their leaders", "the rebels and their spokesman": the people's own, not the state's. */
          /* (The word right after "their" only: "their union leaders" are labour's; and not protesters' or civilians', whose
              "leaders" are seldom theirs: "clashed with protesters as their commanders watched".) */
          copy_code(m.code, sizeof m.code, ante->code);
          copy_code(m.country, sizeof m.country, ante->country);
          copy_code(m.roles, sizeof m.roles, ante->roles);
        } else if (ante->country[0] && !armed_body) {
          mention_set_code(&m, ante->country, role->roles);
        } else {
          /* (An armed group named before: its code, "IMGMUSISI" or "NGAREB", whole.) */
          /* "UN Secretary General Antonio Guterres ... the secretary general said": the UN's. */
          copy_code(m.code, sizeof m.code, ante->code);
          copy_code(m.roles, sizeof m.roles, ante->roles);
          copy_code(m.country, sizeof m.country, ante->country);
        }
        m.flags |= MENTION_INFERRED;
        m.refers_to = link;
        if (out->items[link].flags & MENTION_SHARED) m.flags |= MENTION_SHARED;
      } else if (m.kind == MENTION_PERSON && firm_officer_title(as, role, a->start) &&
                 (link = firm_before(out, sentence_first)) >= 0) {
        /* "(Charan Industries Inc) expects ..., president Earl Takefman told reporters": the firm's officer. */
        const dl_mention *firm = &out->items[link];
        copy_code(m.code, sizeof m.code, firm->code);
        copy_code(m.country, sizeof m.country, firm->country);
        copy_code(m.roles, sizeof m.roles, firm->roles);
      } else if (m.kind == MENTION_PERSON && strncmp(role->roles, "LEG", 3) == 0 && us_party_label(as, end)) {
        /* "Sen. David Boren (D-Okla.)", "Rep. Hal Daub, R-Nebr.,": a member of the US Congress. */
        mention_set_code(&m, "USA", role->roles);
      } else {
        mention_set_code(&m, "", role->roles);
      }
      if (locative_before(as, first)) m.flags |= MENTION_LOCATIVE;
    }
    if (role && m.kind != MENTION_GROUP) mark_former(as, &m, role, first, end);
    m.role_entry = role;
    m.first = as->base + first;
    m.end = as->base + end;
    m.head = as->base + end - 1;
    if (a->alts.n > 1 && m.entry == a->entry && !(m.flags & MENTION_ETHNIC)) {
      actor_shared sh = {(uint32_t)out->len, a->alts};
      m.flags |= MENTION_SHARED;
      if (DL_VEC_PUSH(as->doc->ctx, sc->shared, sh) != DL_OK) return DL_ENOMEM;
    }
    if (DL_VEC_PUSH(as->doc->ctx, *out, m) != DL_OK) return DL_ENOMEM;
  }

  ethnic_residence(as, out, sentence_first);

  /*
   * "Conservative co-chairman Liam Fox", "Labour deputy leader Harriet
   * Harman": a party's title before a name says whose the person is, whatever
   * office the dictionary gives the name at some other time.
   */
  for (size_t k = sentence_first + 1; k < out->len; k++) {
    dl_mention *party = &out->items[k - 1], *person = &out->items[k];
    if (person->kind != MENTION_PERSON || party->kind != MENTION_GROUP || !party->country[0] ||
        !(strstr(party->roles, "OPP") || strstr(party->roles, "PTY")) || person->first <= party->end ||
        person->first - party->end > 3)
      continue;
    uint32_t t = party->end - as->base;
    while (t < person->first - as->base && token_in(as, t, party_titles)) t++;
    if (t != person->first - as->base) continue;
    char roles[16];
    copy_code(roles, sizeof roles, party->roles);
    mention_set_code(person, party->country, roles);
  }

  /* "the foreign minister, Adel al-Jubeir,": a role with no country is its holder's, named after it between commas. */
  for (size_t k = sentence_first + 1; k < out->len; k++) {
    dl_mention *role = &out->items[k - 1], *person = &out->items[k];
    /* (It outweighs a country taken from an earlier sentence: "the foreign minister" there was another's.) */
    int taken_before = (role->flags & MENTION_INFERRED) && role->refers_to >= 0 && (size_t)role->refers_to < sentence_first;
    if (role->kind != MENTION_ROLE || (role->country[0] && !taken_before) || person->kind != MENTION_PERSON ||
        !person->country[0] || (person->flags & MENTION_INFERRED) || person->refers_to >= 0 ||
        person->first != role->end + 1 || !token_is(as, role->end - as->base, ",") ||
        !(person->end - as->base >= as->n || token_is(as, person->end - as->base, ",")))
      continue;
    char roles[16];
    copy_code(roles, sizeof roles, role->roles);
    mention_set_code(role, person->country, roles);
    role->flags |= MENTION_INFERRED;
    role->refers_to = (int32_t)k;
  }

  /*
   * Coordination shares a role and a country across "and":
   * "Afghan and U.S. officials" -> AFGGOV, USAGOV;
   * "Afghan army soldiers and civil officials" -> AFGMIL, AFGGOV.
   */
  for (size_t k = sentence_first; k + 1 < out->len; k++) {
    dl_mention *left = &out->items[k], *right = &out->items[k + 1];
    uint32_t between = left->end;
    if (right->first != between + 1 || token_class(as, between - as->base) != WC_CONJ) continue;
    /* ...not past a noun of the left's own: "clashes between Kurdish groups and Turkish-led forces". */
    /* (Not a name that ends in its own role word: "the United States and the United Steelworkers Union said".) */
    if (left->kind == MENTION_COUNTRY && !left->roles[0] && right->role_entry && right->kind != MENTION_ROLE &&
        (as->tokens[left->end - 1 - as->base].flags & (TOKEN_CAPITALISED | TOKEN_ALLCAPS)) &&
        !(right->kind == MENTION_GROUP && (as->tokens[right->end - 1 - as->base].flags & TOKEN_CAPITALISED) &&
          !(as->tokens[right->end - 1 - as->base].flags & TOKEN_ALLCAPS))) {
      /* "US and EU officials": the role noun, not the right-hand code, is shared. */
      mention_set_code(left, left->country, right->role_entry->roles);
    } else if (right->kind == MENTION_ROLE && !right->country[0] && left->country[0] &&
               left->kind == MENTION_COUNTRY) {
      char roles[16];
      copy_code(roles, sizeof roles, right->roles);
      mention_set_code(right, left->country, roles);
      right->flags |= MENTION_INFERRED;
      right->refers_to = (int32_t)k;
    }
  }
  return DL_OK;
}

/* The distinct countries of a story's mentions in the order first named, each with a count. */
typedef struct country_tally {
  char countries[64][4];
  size_t counts[64];
  size_t n;
} country_tally;

/* Adds weight to country c (ISO alpha-3); a story of more than 64 countries drops the rest. */
static void tally_add(country_tally *t, const char *c, size_t weight) {
  size_t k = 0;
  while (k < t->n && strncmp(t->countries[k], c, 3) != 0) k++;
  if (k == t->n) {
    if (t->n == sizeof t->counts / sizeof *t->counts) return;
    memcpy(t->countries[k], c, 4);
    t->counts[t->n++] = 0;
  }
  t->counts[k] += weight;
}

/* The count of country c, 0 when it is not there. */
static size_t tally_count(const country_tally *t, const char *c) {
  for (size_t k = 0; k < t->n; k++)
    if (strncmp(t->countries[k], c, 3) == 0) return t->counts[k];
  return 0;
}

/*
 * A named office-holder with no country of their own ("President Laurent
 * Gbagbo") belongs to the country the sentence names, when it names only one,
 * or else to the country the story names most. A role alone ("Darfur rebels",
 * "the military") takes the one country its sentence names, if any.
 */
/* Nonzero for a town or region of the gazetteer named as where ("in Texas"): it says where people are, not whose they are. */
static int town_where(const dl_mention *m) { return m->place && (m->flags & MENTION_LOCATIVE); }

/*
 * A person named again by surname ("Mr McConnell") is whoever the first
 * mention turned out to be, and a role's holder named in apposition ("the
 * home secretary, Sajid Javid,") takes the country the role was given.
 */
static void follow_referents(dl_mention_vec *out, size_t from) {
  for (size_t k = from; k < out->len; k++) {
    dl_mention *m = &out->items[k];
    if (m->kind != MENTION_PERSON || m->refers_to < (int32_t)from || (size_t)m->refers_to >= k) continue;
    const dl_mention *first = &out->items[m->refers_to];
    if (!first->country[0] || strcmp(first->code, m->code) == 0 || strcmp(first->roles, m->roles) != 0) continue;
    char roles[16];
    copy_code(roles, sizeof roles, m->roles);
    mention_set_code(m, first->country, roles);
    m->flags |= MENTION_INFERRED;
  }
}

/*
 * Nonzero when m is a news outlet or a firm ("the Guardian", "Reuters",
 * "Huawei"): whose it is says nothing of what its sentence is about.
 */
static int lends_no_country(const dl_mention *m) {
  return m->kind == MENTION_GROUP && (strncmp(m->roles, "MED", 3) == 0 || strncmp(m->roles, "BUS", 3) == 0);
}

/*
 * "Ambassador Yakovenko ... Russia's UK ambassador Alexander Yakovenko": a
 * person whose country was only guessed from the story, or not given,
 * takes the country the story gives the same surname elsewhere.
 */
/* Nonzero when document token k is a capitalised word that is no title written short ("Mr", "Gen."). */
static int name_word_at(const dl_document *doc, uint32_t k) {
  const dl_token *t = &doc->tokens.items[k];
  const char *w = doc->text.text.data + t->start;
  return t->kind == DL_TOKEN_WORD && t->len > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z' &&
         token_is_abbreviation(w, t->len) != ABBREV_TITLE && w[t->len - 1] != '.';
}

/* Nonzero when the word before a person's surname may be a given name: not the title a role's mention opens with ("Ambassador Yakovenko"). */
static int given_name_before(const dl_mention *m) {
  return m->head > m->first && (m->head - 1 > m->first || !m->entry || m->entry->kind != LEX_ROLE);
}

static void named_with_country(const dl_document *doc, dl_mention_vec *out, size_t from) {
  for (size_t k = from; k < out->len; k++) {
    dl_mention *m = &out->items[k];
    if (m->kind != MENTION_PERSON || (m->country[0] && !(m->flags & MENTION_INFERRED)) || m->refers_to >= 0 ||
        !m->roles[0])
      continue;
    for (size_t q = from; q < out->len; q++) {
      const dl_mention *o = &out->items[q];
      if (q == k || o->kind != MENTION_PERSON || (o->flags & MENTION_INFERRED) || !o->country[0] ||
          strcmp(o->country, m->country) == 0 || strcmp(o->roles, m->roles) != 0 || !same_word(doc, o->head, m->head))
        continue;
      /* Given names, where both have one, must agree: "Tom Harwood" is not "Ian Harwood". */
      if (given_name_before(o) && given_name_before(m) && name_word_at(doc, o->head - 1) &&
          name_word_at(doc, m->head - 1) && !same_word(doc, o->head - 1, m->head - 1))
        continue;
      char roles[16];
      copy_code(roles, sizeof roles, m->roles);
      mention_set_code(m, o->country, roles);
      break;
    }
  }
}

/* Nonzero for a capital named as where ("reached in Paris"): it says where an office-holder was, not whose. */
static int capital_where(const dl_mention *m) {
  return (m->flags & MENTION_LOCATIVE) && m->kind == MENTION_COUNTRY && !m->roles[0] && m->entry &&
         m->entry->kind == LEX_CAPITAL;
}

/*
 * Nonzero when "foreign" right before its head says a mention's people are
 * foreign: "foreign bankers and Chinese officials", "Foreign bankers met";
 * not "the foreign minister" or "the foreign trade minister".
 */
static int foreign_mention(const dl_document *doc, const dl_mention *m) {
  if (m->role_entry && m->role_entry->canonical && strstr(m->role_entry->canonical, "foreign")) return 0;
  if (m->head + 1 != m->end || m->head == 0) return 0;
  const dl_token *t = &doc->tokens.items[m->head - 1], *h = &doc->tokens.items[m->head];
  if (t->len != 7 || strncasecmp(doc->text.text.data + t->start, "foreign", 7) != 0) return 0;
  /* (People, in the plural: not "the foreign minister", "the shadow foreign secretary".) */
  return h->len > 3 && doc->text.text.data[h->start + h->len - 1] == 's' &&
         !(h->len == 9 && strncasecmp(doc->text.text.data + h->start, "ministers", 9) == 0);
}

/* Nonzero when document token k is "in", "at" or "to": the place after it is where someone is or goes. */
static int after_where_word(const dl_document *doc, uint32_t k) {
  return doc_token_in(doc, k, (const char *const[]){"in", "at", "to", NULL});
}

/* The dateline's country, looked up once and only when a rule needs it (most stories never do). */
typedef struct dateline_home {
  const dl_lexicon *lex;
  const dl_article *article;
  int looked;
  char country[4];
} dateline_home;

static const char *home_country(dateline_home *h) {
  if (!h->looked) {
    actor_dateline_country(h->lex, h->article, h->country);
    h->looked = 1;
  }
  return h->country;
}

/*
 * Nonzero when country mention m is what something is about: after "about"
 * or "regarding", or after "on" or "over" that follow a word for talk or
 * policy ("a security briefing on Syria", "concern over China"; not
 * "police on Cyprus"). A role with no country does not take it.
 */
static int topic_country(const dl_document *doc, const dl_mention *m) {
  /* (Not a possessor, which says where: "on Ecuador's main pipeline".) */
  if (m->kind != MENTION_COUNTRY || m->roles[0] || m->first == 0 || (m->flags & MENTION_POSSESSOR)) return 0;
  uint32_t k = m->first - 1;
  if (k > 0 && doc_token_in(doc, k, (const char *const[]){"the", NULL})) k--;
  if (doc_token_in(doc, k, (const char *const[]){"about", "regarding", NULL})) return 1;
  static const char *const topic_nouns[] = {"authority", "briefing",    "concern",     "concerns", "consultations",
                                            "debate",    "discussion",  "discussions", "expert",   "experts",
                                            "policy",    "position",    "report",      "resolution", "stance",
                                            "statement", "talks",       "views",       NULL};
  return k > 0 && doc_token_in(doc, k, (const char *const[]){"on", "over", NULL}) && doc_token_in(doc, k - 1, topic_nouns);
}

/*
 * Nonzero when role m is a state's whole government ("the government",
 * "the authorities") and every mention of [lo, hi) that lends its sentence
 * a country is a government or a capital named after m, not after a
 * preposition ("Washington", "the Kremlin"): one government does not name
 * itself twice in a clause, so m is another's.
 */
static int only_later_governments(const dl_document *doc, const dl_mention_vec *out, size_t lo, size_t hi,
                                  const dl_mention *m) {
  /* (A state's whole government only: "a spokesman for the Home Office" speaks for the body named.) */
  if (!doc_token_in(doc, m->head, (const char *const[]){"government", "authorities", "administration", "cabinet", NULL}))
    return 0;
  int any = 0;
  for (size_t q = lo; q < hi; q++) {
    const dl_mention *o = &out->items[q];
    if (o == m || !o->country[0] || town_where(o) || lends_no_country(o) || topic_country(doc, o)) continue;
    if (o->first <= m->end + 1 || o->kind != MENTION_COUNTRY ||
        (strcmp(o->roles, "GOV") != 0 && !(o->entry && o->entry->kind == LEX_CAPITAL)) ||
        doc_token_in(doc, o->first - 1, (const char *const[]){"in", "of", "for", "at", "to", "near", "from", "into",
                                                                "toward", "towards", "around", "outside", "inside",
                                                                "across", "through", "on", "over", "with", "by", NULL}))
      return 0;
    any = 1;
  }
  return any;
}

/*
 * The country of a cabinet secretary named by portfolio ("Commerce
 * Secretary", "the environment secretary"), a title of Britain's and
 * America's mostly (Argentina and Bangladesh have them too): the
 * dateline's, the story's or the sentence's when it is one of the two,
 * else the one of them the story names more; NULL when it names neither.
 */
static const char *cabinet_country(const char *dateline, const char *story, const char *sentence,
                                   const country_tally *tally) {
  const char *const candidates[] = {dateline, story, sentence};
  for (size_t k = 0; k < 3; k++)
    if (candidates[k] && (strncmp(candidates[k], "USA", 3) == 0 || strncmp(candidates[k], "GBR", 3) == 0))
      return candidates[k];
  size_t usa = tally_count(tally, "USA"), gbr = tally_count(tally, "GBR");
  return usa > gbr ? "USA" : gbr > usa ? "GBR" : NULL;
}

/*
 * "Shadow local government secretary Ed Davey": an office right after
 * "shadow" is the opposition's spokesman for it, whichever office the
 * dictionaries list.
 */
static void shadow_offices(const dl_document *doc, dl_mention_vec *out, size_t from) {
  for (size_t k = from; k < out->len; k++) {
    dl_mention *m = &out->items[k];
    if (strncmp(m->roles, "GOV", 3) != 0 || m->first == 0 ||
        !doc_token_in(doc, m->first - 1, (const char *const[]){"shadow", NULL}))
      continue;
    char country[4];
    copy_code(country, sizeof country, m->country);
    mention_set_code(m, country, "OPP");
  }
}

static void infer_person_countries(const dl_document *doc, dl_mention_vec *out, size_t from, dateline_home *home) {
  /* The story's most named country: counted per distinct country, so the work is linear in the mentions. */
  country_tally tally;
  tally.n = 0;
  const char *story_country = NULL;
  size_t best = 1;
  for (size_t k = from; k < out->len; k++)
    if (out->items[k].country[0] && !town_where(&out->items[k]) && !lends_no_country(&out->items[k]))
      tally_add(&tally, out->items[k].country, 1);
  /* Named at least twice; of equals, the one named first. */
  for (size_t i = 0; i < tally.n; i++)
    if (tally.counts[i] > best) {
      best = tally.counts[i];
      story_country = tally.countries[i];
    }
  /* A story that names a country mostly as a capital where things were done ("reached in Paris") is the dateline's. */
  if (story_country) {
    size_t where = 0;
    for (size_t k = from; k < out->len; k++)
      where += capital_where(&out->items[k]) && strcmp(out->items[k].country, story_country) == 0;
    if (2 * where >= best && home_country(home)[0]) story_country = home_country(home);
  }
  /* Mentions come in sentence order: each sentence's country, or none when it names two, once a sentence. */
  for (size_t lo = from, hi; lo < out->len; lo = hi) {
    uint32_t sentence = out->items[lo].sentence;
    const char *sentence_country = NULL;
    int ambiguous = 0, only_where = 1;
    for (hi = lo; hi < out->len && out->items[hi].sentence == sentence; hi++) {
      const char *c = out->items[hi].country;
      if (!c[0] || town_where(&out->items[hi]) || lends_no_country(&out->items[hi])) continue;
      /* (A sentence about a country lends no other country either: "talks on Syria with Russian officials".) */
      if (topic_country(doc, &out->items[hi])) {
        ambiguous = 1;
        continue;
      }
      if (sentence_country && strcmp(sentence_country, c) != 0) ambiguous = 1;
      sentence_country = c;
      if (!capital_where(&out->items[hi])) only_where = 0;
    }
    for (size_t k = lo; k < hi; k++) {
      dl_mention *m = &out->items[k];
      /* Only mentions whose code is their roles alone: "IGOUNO" people stay as they are. */
      /* (A body named by its noun too: "Portugal's consumer prices rose, the National Statistics Institute said".) */
      int body = m->kind == MENTION_GROUP && body_by_name(m->entry);
      if ((m->kind != MENTION_PERSON && m->kind != MENTION_ROLE && !body) || m->country[0] ||
          strcmp(m->code, m->roles) != 0)
        continue;
      /* A role's holder named in apposition takes the role's country, whenever the role gets one (follow_referents). */
      if (m->kind == MENTION_PERSON && m->entry && m->entry == m->role_entry && m->refers_to >= 0) continue;
      /* "Israeli air strikes killed 15 people": people counted are seldom the country's the sentence names. */
      if (m->role_entry && m->role_entry->canonical &&
          words_sorted_contain(counted_only_roles, COUNTED_ONLY_ROLES, m->role_entry->canonical,
                               strlen(m->role_entry->canonical)))
        continue;
      /* A role alone ("the rebels") takes only its own sentence's country. */
      /* (A state's body named so is the story's, as a person is: "the State Statistics Institute said".) */
      const char *country = sentence_country && !ambiguous ? sentence_country
                            : !sentence_country && (m->kind == MENTION_PERSON || m->entry == &state_body_by_name)
                                ? story_country
                                : NULL;
      /*
       * "TOKYO - Finance Minister Kiichi Miyazawa ... the accord reached in
       * Paris": an office-holder whose sentence names a country only as a
       * capital where something was done is the dateline's.
       */
      /* (Not a capital right after the person, where the person is: "Watanabe, speaking in Tokyo,", "was arrested in Kabul".) */
      if (m->kind == MENTION_PERSON && sentence_country && only_where && home_country(home)[0]) {
        int near = 0;
        for (size_t q = lo; q < hi && !near; q++)
          near = capital_where(&out->items[q]) && out->items[q].first >= m->end && out->items[q].first <= m->end + 6 &&
                 out->items[q].first > 0 && after_where_word(doc, out->items[q].first - 1);
        if (!near) country = home_country(home);
      }
      if (m->kind == MENTION_ROLE && (foreign_mention(doc, m) || many_states_role(doc, m->first, m->head))) continue;
      /* "authoritarian, rightwing regimes", "western governments": governments in the plural are many states'. */
      if (m->kind == MENTION_ROLE && m->refers_to < 0 &&
          doc_token_in(doc, m->head, (const char *const[]){"governments", "regimes", "administrations", NULL}))
        continue;
      /* "Shadow International Development Secretary Kate Osamor ... the Syrian government": a shadow office is Britain's. */
      if (m->first > 0 && doc_token_in(doc, m->first - 1, (const char *const[]){"shadow", NULL})) {
        const char *uk = cabinet_country(home_country(home), story_country, NULL, &tally);
        if (!uk || strncmp(uk, "GBR", 3) != 0) continue;
        country = uk;
      }
      /* "Commerce Secretary Malcolm Baldrige ... computers to Iran": a cabinet secretary is Britain's or America's. */
      if (m->role_entry && m->role_entry->canonical && strcmp(m->role_entry->canonical, "cabinet secretary") == 0) {
        const char *cabinet = cabinet_country(home_country(home), story_country, sentence_country, &tally);
        if (cabinet) country = cabinet;
      }
      /* "The government has denied reports Washington is pressing": a state named later as another actor is not the role's. */
      if (m->kind == MENTION_ROLE && country == sentence_country && strcmp(m->roles, "GOV") == 0 &&
          only_later_governments(doc, out, lo, hi, m))
        continue;
      /* "the diplomats said" of Hungary's prices, "the embassy in Tehran": envoys serve a state the sentence seldom names. */
      /* ...and "his counterpart" serves a state other than his. */
      if (m->kind == MENTION_ROLE && m->role_entry && m->role_entry->canonical &&
          strcmp(m->role_entry->canonical, "counterpart") == 0 &&
          (!doc_token_in(doc, m->head, (const char *const[]){"counterpart", "counterparts", NULL}) ||
           doc_token_in(doc, m->first, (const char *const[]){"his", "her", "their", "its", NULL})))
        continue;
      if (!country || strcmp(country, m->backer) == 0) continue;
      char roles[16];
      copy_code(roles, sizeof roles, m->roles);
      mention_set_code(m, country, roles);
      m->flags |= MENTION_INFERRED;
      /* The country it now has counts for the mentions after it, as any other would. */
      if (sentence_country && strcmp(sentence_country, m->country) != 0) ambiguous = 1;
      sentence_country = m->country;
    }
  }
  follow_referents(out, from);
}

/* Sentences (the headline counted) from which a story is expected to name a person in full before using a surname alone. */
#define ACTOR_SURNAME_STORY 4

/* qsort and bsearch orders for the pointers and the country codes below. */
static int compare_pointer(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)*(const void *const *)a, y = (uintptr_t)*(const void *const *)b;
  return x < y ? -1 : x > y;
}

static int compare_country(const void *a, const void *b) { return memcmp(a, b, 4); }

/*
 * A surname alone ("Howard", "Bolton") is the dictionary's office-holder
 * only when the article bears it out: it names them in full somewhere, or
 * names their country (or body) apart from them. "Mr Howard" in a story
 * about British politics is not Australia's prime minister, nor "Bolton" in
 * a football report an American envoy. A title ("President Putin") is
 * support enough and never gets here. Other mentions are left as they are;
 * refers_to indices are moved with them.
 */
static int drop_unsupported_surnames(dl_context *ctx, dl_mention_vec *out, size_t from) {
  size_t n = out->len - from, surnames = 0;
  for (size_t k = from; k < out->len; k++) surnames += (out->items[k].flags & MENTION_SURNAME) != 0;
  if (!surnames) return DL_OK;
  /* What the other mentions name, sorted, so that each surname costs a search: the work stays n log n. */
  const void **entries = dl_mem_alloc(ctx, n * sizeof *entries);
  char(*countries)[4] = dl_mem_alloc(ctx, n * sizeof *countries);
  uint32_t *to = dl_mem_alloc(ctx, n * sizeof *to);
  int rc = entries && countries && to ? DL_OK : DL_ENOMEM;
  size_t ne = 0, nc = 0, dropped = 0;
  for (size_t k = from; rc == DL_OK && k < out->len; k++) {
    const dl_mention *o = &out->items[k];
    /* A role that took its country from another mention ("the government" after "Howard") is no support. */
    if (o->flags & (MENTION_SURNAME | MENTION_INFERRED)) continue;
    entries[ne++] = o->entry;
    if (o->country[0]) memcpy(countries[nc++], o->country, 4);
  }
  if (rc == DL_OK) {
    qsort(entries, ne, sizeof *entries, compare_pointer);
    qsort(countries, nc, sizeof *countries, compare_country);
    for (size_t k = from; k < out->len; k++) {
      dl_mention *m = &out->items[k];
      if (!(m->flags & MENTION_SURNAME) || !m->country[0]) continue;
      const void *e = m->entry;
      char c[4];
      memcpy(c, m->country, 4);
      if (bsearch(&e, entries, ne, sizeof *entries, compare_pointer) ||
          bsearch(c, countries, nc, sizeof *countries, compare_country))
        continue;
      m->kind = 0; /* dropped below */
      dropped++;
    }
  }
  if (rc == DL_OK && dropped) {
    size_t w = from;
    for (size_t k = from; k < out->len; k++) {
      to[k - from] = out->items[k].kind ? (uint32_t)(w - from) : UINT32_MAX;
      if (out->items[k].kind) out->items[w++] = out->items[k];
    }
    out->len = w;
    for (size_t k = from; k < out->len; k++) {
      dl_mention *m = &out->items[k];
      if (m->refers_to < 0 || (size_t)m->refers_to < from || (size_t)m->refers_to >= from + n) continue;
      uint32_t t = to[(size_t)m->refers_to - from];
      if (t != UINT32_MAX) {
        m->refers_to = (int32_t)(from + t);
        continue;
      }
      /* Its antecedent is gone, and the country it took from it with it. */
      m->refers_to = -1;
      if (m->flags & MENTION_INFERRED) {
        char roles[16];
        copy_code(roles, sizeof roles, m->roles);
        mention_set_code(m, "", roles);
        m->flags &= (uint8_t)~MENTION_INFERRED;
      }
    }
  }
  dl_mem_free(ctx, entries, n * sizeof *entries);
  dl_mem_free(ctx, countries, n * sizeof *countries);
  dl_mem_free(ctx, to, n * sizeof *to);
  return rc;
}

/*
 * Decides each shared name again with the whole story read: the country its
 * other mentions name most (a place twice, the shared names themselves not
 * at all), so a headline's "Kurdish forces" follow the Syria the story
 * names after them. A tie keeps the first choice.
 */
static void decide_shared(dl_mention_vec *out, size_t first_mention, const actor_shared *shared, size_t nshared) {
  if (!nshared) return;
  /* What was inferred from a shared name is no evidence of its own: "Kurdish fighters ... the fighters". */
  for (size_t k = first_mention; k < out->len; k++) {
    dl_mention *m = &out->items[k];
    if (m->refers_to >= 0 && (size_t)m->refers_to < k && (out->items[m->refers_to].flags & MENTION_SHARED))
      m->flags |= MENTION_SHARED;
  }
  country_tally tally;
  tally.n = 0;
  for (size_t k = first_mention; k < out->len; k++) {
    const dl_mention *m = &out->items[k];
    if (m->country[0] && !(m->flags & MENTION_SHARED)) tally_add(&tally, m->country, mention_weight(m));
  }
  for (size_t s = 0; s < nshared; s++) {
    dl_mention *m = &out->items[shared[s].mention];
    const lex_entry *best = m->entry;
    size_t most = tally_count(&tally, best->country);
    for (size_t a = 0; a < shared[s].alts.n; a++) {
      size_t count = tally_count(&tally, shared[s].alts.entries[a]->country);
      if (count > most) {
        best = shared[s].alts.entries[a];
        most = count;
      }
    }
    if (best == m->entry) continue;
    /* A group or a person carries its whole code ("Howard": AUSGOV or GBROPP); a people or country its own country. */
    if (best->kind == LEX_GROUP || best->kind == LEX_PERSON) {
      copy_code(m->code, sizeof m->code, best->code);
      copy_code(m->country, sizeof m->country, best->country);
      copy_code(m->roles, sizeof m->roles, best->roles);
    } else {
      char roles[16];
      copy_code(roles, sizeof roles, m->roles);
      mention_set_code(m, best->country, roles);
    }
    m->entry = best;
  }
  /* What was inferred from a mention decided again follows it: "Kurdish forces ... the fighters". */
  for (size_t k = first_mention; k < out->len; k++) {
    dl_mention *m = &out->items[k];
    if (!(m->flags & MENTION_INFERRED) || m->refers_to < 0) continue;
    const dl_mention *to = &out->items[m->refers_to];
    if (!(to->flags & MENTION_SHARED) || !to->country[0] || strcmp(to->country, m->country) == 0) continue;
    char roles[16];
    copy_code(roles, sizeof roles, m->roles);
    mention_set_code(m, to->country, roles);
    m->flags |= MENTION_SHARED;
  }
}

/*
 * Nonzero when m is a state's institution named with no country and nothing
 * it refers back to: "the government", "the army", "the president". People
 * ("troops", "officials") are left alone: in a story from Gaza City the
 * troops may well be Israel's.
 */
static int home_role(const dl_mention *m, const char *const *state, size_t nstate, const dl_document *doc, int dated) {
  static const char *const institutions[] = {"administration", "army",     "authorities", "cabinet",    "court",
                                             "government",     "junta",    "military",    "minister",   "ministry",
                                             "navy",           "parliament", "police",    "presidency", "president",
                                             "regime",         "treasury"};
  if (m->kind != MENTION_ROLE || m->country[0] || m->refers_to >= 0 || strcmp(m->code, m->roles) != 0 ||
      !words_sorted_contain(state, nstate, m->roles, 3) || many_states_role(doc, m->first, m->head))
    return 0;
  const dl_token *t = &doc->tokens.items[m->head];
  char head[16];
  size_t n = t->len < sizeof head ? words_lower_ascii(doc->text.text.data + t->start, t->len, head, sizeof head) : 0;
  /* Without a dateline, a president may be a firm's: "the vice president of marketing". */
  if (!dated && n == 9 && memcmp(head, "president", 9) == 0) return 0;
  return n && words_sorted_contain(institutions, sizeof institutions / sizeof *institutions, head, n);
}

/*
 * "BAMAKO, Mali (AP) - ... The government declared three days of
 * mourning": in a story about its dateline's country, a government, army,
 * police, court or parliament named with no country and no antecedent is
 * that country's. The story is about it when no other country is named
 * more often; a Nairobi dateline on a story about Somalia gives nothing.
 */
static void home_roles(const dl_document *doc, dl_mention_vec *out, size_t from, dateline_home *dateline) {
  static const char *const state[] = {"COP", "GOV", "JUD", "LEG", "MIL", "SPY"};
  size_t k0 = from;
  while (k0 < out->len && !home_role(&out->items[k0], state, sizeof state / sizeof *state, doc, 1)) k0++;
  if (k0 == out->len) return; /* most stories: no institution without its country */
  char home[4];
  memcpy(home, home_country(dateline), sizeof home);
  int dated = home[0] != 0;
  country_tally t;
  memset(&t, 0, sizeof t);
  size_t all = 0;
  for (size_t k = from; k < out->len; k++)
    if (out->items[k].country[0] && !(out->items[k].flags & MENTION_INFERRED)) {
      tally_add(&t, out->items[k].country, 1);
      all++;
    }
  if (!home[0]) {
    /*
     * With no dateline, a story that names one country far more than any
     * other is about it: "the government" of a BBC story about Labour and
     * the Tories is Britain's. At least 5 of its names, three in five of
     * all, and three times the next country's.
     */
    size_t best = 0, second = 0;
    for (size_t k = 0; k < t.n; k++) {
      if (t.counts[k] > best) {
        second = best;
        best = t.counts[k];
        memcpy(home, t.countries[k], 4);
      } else if (t.counts[k] > second) {
        second = t.counts[k];
      }
    }
    if (best < 5 || 5 * best < 3 * all || best < 3 * second) return;
    /* ...and where things happen is there too: American tourists arrested in Bali meet Indonesia's police. */
    country_tally where;
    memset(&where, 0, sizeof where);
    for (size_t k = from; k < out->len; k++)
      if (out->items[k].country[0] && (out->items[k].place || (out->items[k].flags & MENTION_LOCATIVE)))
        tally_add(&where, out->items[k].country, 1);
    for (size_t k = 0; k < where.n; k++)
      if (strncmp(where.countries[k], home, 3) != 0 && where.counts[k] >= tally_count(&where, home)) return;
  }
  size_t own = tally_count(&t, home);
  if (own == 0) return;
  for (size_t k = 0; k < t.n; k++)
    if (t.counts[k] > own) return;
  for (size_t k = k0; k < out->len; k++) {
    dl_mention *m = &out->items[k];
    if (!home_role(m, state, sizeof state / sizeof *state, doc, dated)) continue;
    mention_set_code(m, home, m->roles);
    m->flags |= MENTION_INFERRED | MENTION_HOME;
  }
}

int actor_find(dl_context *ctx, const dl_lexicon *lex, const dl_document *doc, const actor_story *story,
               dl_mention_vec *out) {
  int32_t day = story->day;
  size_t first_mention = out->len;
  actor_scratch sc;
  memset(&sc, 0, sizeof sc);
  dl_buffer_init(&sc.keys, ctx);
  int rc = DL_OK;
  for (size_t s = 0; s < doc->sentences.len && rc == DL_OK; s++) {
    const dl_sentence *sent = &doc->sentences.items[s];
    if (sent->token_count == 0) continue;
    actor_sentence as = {doc,
                         lex,
                         doc->text.text.data,
                         doc->tokens.items + sent->first_token,
                         sent->first_token,
                         sent->token_count,
                         (uint32_t)s,
                         &sc,
                         out,
                         first_mention};
    rc = sentence_keys(&as);
    if (rc == DL_OK) rc = sentence_atoms(&as, day);
    if (rc == DL_OK) rc = sentence_mentions(&as, out);
    if (sc.story_discarded) {
      /* A story a story discard names (sport, PETRARCH's '+') has no actors, so no events. */
      out->len = first_mention;
      sc.shared.len = 0;
      break;
    }
  }
  if (rc == DL_OK) decide_shared(out, first_mention, sc.shared.items, sc.shared.len);
  /* A lone sentence or two may name a famous leader by surname alone ("Putin offered ..."); a story introduces its people. */
  if (rc == DL_OK && doc->sentences.len >= ACTOR_SURNAME_STORY) rc = drop_unsupported_surnames(ctx, out, first_mention);
  /* The dateline's country, which both steps may need, is looked up at most once. */
  dateline_home home = {lex, story->article, 0, ""};
  if (rc == DL_OK) shadow_offices(doc, out, first_mention);
  if (rc == DL_OK) infer_person_countries(doc, out, first_mention, &home);
  if (rc == DL_OK) home_roles(doc, out, first_mention, &home);
  if (rc == DL_OK) named_with_country(doc, out, first_mention);
  /* ...and again once the dateline has given unnamed institutions their country. */
  if (rc == DL_OK) follow_referents(out, first_mention);
  dl_buffer_free(&sc.keys);
  DL_VEC_FREE(ctx, sc.key_start);
  DL_VEC_FREE(ctx, sc.key_ptr);
  DL_VEC_FREE(ctx, sc.key_len);
  DL_VEC_FREE(ctx, sc.atoms);
  DL_VEC_FREE(ctx, sc.facts);
  DL_VEC_FREE(ctx, sc.persons);
  DL_VEC_FREE(ctx, sc.shared);
  return rc;
}
