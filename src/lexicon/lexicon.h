/* lexicon.h: the compiled dictionaries: actor entries, phrase matching and lemmas (internal). */
#ifndef DL_LEXICON_LEXICON_H
#define DL_LEXICON_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "core/context.h"
#include "dateline.h"
#include "text/tokenize.h"

/*
 * A lexicon is the read-only compiled blob (embedded in the program or
 * memory-mapped) plus, in front of it, the entries of dictionaries a user
 * loads at run time, which take precedence. Several threads may read one
 * lexicon at once.
 */
typedef struct dl_lexicon dl_lexicon;

/* What an entry's phrases name; see docs/DICTIONARIES.md. */
typedef enum lex_kind {
  LEX_COUNTRY = 1,
  LEX_DEMONYM,
  LEX_CAPITAL,
  LEX_BODY,
  LEX_GROUP,
  LEX_PERSON,
  LEX_ROLE,
  LEX_DISCARD
} lex_kind;

/* Entry flags (lex_entry.flags). */
enum {
  LEX_FLAG_STORY = 1,   /* a discard that drops the whole story, not just the sentence (PETRARCH '+') */
  LEX_FLAG_PETRARCH = 2 /* read from a PETRARCH/TABARI dictionary; the kind was inferred from the code */
};

/* Open ends of a date range. */
#define LEX_DAY_MIN INT32_MIN
#define LEX_DAY_MAX INT32_MAX

/* One dictionary entry, as a phrase lookup returns it. Strings are NUL-terminated
 * and owned by the lexicon. */
typedef struct lex_entry {
  const char *code;      /* "AFGMIL", "AFG", "IGOUNO", "~MIL" */
  const char *canonical; /* the entry's first phrase as written */
  const char *source;    /* "countries.txt:12", the line that defined it */
  uint8_t kind;          /* lex_kind */
  uint8_t flags;         /* LEX_FLAG_* */
  char country[4];       /* ISO alpha-3 the code starts with, or "" */
  char roles[16];        /* role codes after the country ("GOV", "MIL"), or "" */
  int32_t from_day;      /* first day it applies (days since 1970-01-01), or LEX_DAY_MIN */
  int32_t to_day;        /* last day it applies, or LEX_DAY_MAX */
} lex_entry;

/*
 * A phrase key is the sequence of token keys joined by single spaces: each
 * token's key is its noun lemma in lower case ("soldiers" -> "soldier"), or
 * "^" and the lower-case word for an acronym of 2 to 4 capitals ("US" -> "^us").
 * lex_token_key writes one token's key.
 */
size_t lex_token_key(const dl_lexicon *lex, const char *word, size_t len, char *out, size_t cap);

/*
 * The keys of a sentence's tokens[0, n) in text (text_len bytes), for lex_match: each as
 * lex_token_key writes it with cap max_key, except that tokens of the kinds
 * in verbatim_kinds (bits 1u << DL_TOKEN_*) and tokens of max_key bytes or
 * more are their own text (the first max_key bytes). A token that no phrase
 * can use where it stands gets an empty key instead: the lexicon's key
 * filter tells, from the token and its neighbours, without computing lemmas.
 * lex_match finds the same phrases in these keys as in the full ones.
 * Appends the keys to keys (OUT) and sets starts[i], the offset of token
 * i's key there, and lens[i]. Returns DL_OK or DL_ENOMEM.
 */
int lex_phrase_keys(const dl_lexicon *lex, const char *text, size_t text_len, const dl_token *tokens, size_t n,
                    unsigned verbatim_kinds, size_t max_key, dl_buffer *keys, uint32_t *starts, size_t *lens);

/* A buffer this big holds any token key a lexicon stores; lex_token_key and the
 * lemma functions return 0 (and write "") when the result does not fit in cap,
 * and no phrase with a longer token key is ever stored. */
#define LEX_MAX_TOKEN_KEY 128

/* The most entries one phrase may carry. */
#define LEX_MAX_HITS 16
/* The most tokens in one phrase. */
#define LEX_MAX_PHRASE_TOKENS 12

/*
 * Longest match: given the keys of tokens[0..n), finds the longest phrase
 * starting at token 0 that has entries. Returns the number of tokens it covers
 * (0 when none) and fills hits[0..*nhits) (OUT), user entries first. Phrase
 * prefixes are stored, so the search stops as soon as no longer phrase can
 * match; no key is hashed twice.
 */
size_t lex_match(const dl_lexicon *lex, const char *const *keys, const size_t *key_lens,
                 size_t n, const lex_entry **hits, size_t *nhits);

/* The first country entry (kind LEX_COUNTRY) of an ISO alpha-3 code, user dictionaries first; NULL when none. */
const lex_entry *lex_country_entry(const dl_lexicon *lex, const char *country);

/*
 * The phrases of entry e as its dictionary wrote them, canonical first, into
 * out[0, max) (OUT); returns how many it has. Matching ignores case; these
 * say which words the dictionary wrote in lower case ("UN refugee agency").
 */
size_t lex_entry_phrases(const dl_lexicon *lex, const lex_entry *e, const char **out, size_t max);

/* Every entry of one whole phrase (already a key), for `dict lookup`. */
size_t lex_lookup_key(const dl_lexicon *lex, const char *key, size_t len,
                      const lex_entry **hits, size_t max_hits);

/* Dictionary formats. */
typedef enum lex_format {
  LEX_FORMAT_AUTO = 0,
  LEX_FORMAT_NATIVE,   /* CODE KIND phrase | phrase [FROM..TO] (docs/DICTIONARIES.md) */
  LEX_FORMAT_ACTORS,   /* PETRARCH/TABARI .actors: NAME_ [CODE], +SYNONYM, [CODE DATES] */
  LEX_FORMAT_AGENTS,   /* PETRARCH agents: NOUN {PLURAL} [~CODE], !SET! = A, B */
  LEX_FORMAT_DISCARDS, /* PETRARCH discards: a phrase a line, + for the whole story */
  LEX_FORMAT_VERBS,    /* CODE[/INTENT] pattern | pattern (docs/VERBS.md) */
  LEX_FORMAT_PETRARCH_VERBS, /* PETRARCH/TABARI verbs: --- VERB [CODE] --- blocks, - pattern [CODE] */
  LEX_FORMAT_CODES,    /* the CAMEO code table (data/cameo/codes.txt) */
  LEX_FORMAT_PLACES    /* the gazetteer: one place a line, 9 tab-separated fields (data/geo/README) */
} lex_format;

/* A verb pattern file or code table kept whole in a layer of the lexicon. */
typedef struct lex_text {
  int format;       /* lex_format */
  const char *name; /* the file's name */
  const char *text; /* its text, NUL-terminated */
  size_t len;       /* bytes of text */
  int user;         /* from a dictionary loaded in front of the blob */
} lex_text;

/*
 * The kept texts of every layer, in the order lookups ask them: loaded
 * dictionaries first, in load order, then the blob the lexicon was opened
 * on. Fills out[0, max) and returns how many there are in all.
 */
size_t lex_texts(const dl_lexicon *lex, lex_text *out, size_t max);

/* Lemmas from WordNet's exception lists and morphy's suffix rules; the result
 * is written to out (lower case) and its length returned. */
size_t lex_lemma_noun(const dl_lexicon *lex, const char *word, size_t len, char *out, size_t cap);
size_t lex_lemma_verb(const dl_lexicon *lex, const char *word, size_t len, char *out, size_t cap);

/*
 * lex_lemma_noun, lex_lemma_verb and whether WordNet knows the lemmas as a
 * noun and a verb and the word as an adjective, in one pass with fewer
 * lookups. Writes both lemmas (lower case, cap bytes each) and returns the
 * bits LEX_POS_NOUN, LEX_POS_VERB and LEX_POS_ADJ.
 */
unsigned lex_analyse_word(const dl_lexicon *lex, const char *word, size_t len, char *noun, size_t *noun_len,
                          char *verb, size_t *verb_len, size_t cap);
enum { LEX_POS_NOUN = 1, LEX_POS_VERB = 2, LEX_POS_ADJ = 4 };

/* Nonzero when WordNet knows the lower-case word as that part of speech. */
int lex_is_noun(const dl_lexicon *lex, const char *word, size_t len);
int lex_is_verb(const dl_lexicon *lex, const char *word, size_t len);
int lex_is_adjective(const dl_lexicon *lex, const char *word, size_t len);

/* Days since 1970-01-01 of "YYYY-MM-DD" (or YYYY-MM, YYYY: the first day); -1 on error
 * via *ok = 0. */
int32_t lex_day_number(const char *date, size_t len, int *ok);

/* Nonzero when the entry applies on that day (LEX_DAY_MIN when the day is unknown). */
int lex_entry_applies(const lex_entry *e, int32_t day);

#endif
