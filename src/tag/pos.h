/* pos.h: parts of speech and lemmas for a sentence's tokens, from WordNet and closed classes (internal). */
#ifndef DL_TAG_POS_H
#define DL_TAG_POS_H

#include <stddef.h>
#include <stdint.h>

#include "core/context.h"
#include "lexicon/lexicon.h"
#include "text/tokenize.h"

/* Coarse parts of speech, enough for phrase chunks and clause roles. */
typedef enum pos_tag {
  POS_OTHER = 0,
  POS_NOUN,       /* common noun */
  POS_PROPN,      /* name */
  POS_VERB,       /* lexical verb */
  POS_AUX,        /* be, have, do */
  POS_MODAL,      /* will, would, can, ... */
  POS_ADJ,        /* adjective */
  POS_ADV,        /* adverb */
  POS_DET,        /* determiner */
  POS_POSS,       /* possessive pronoun: its, their */
  POS_PRON,       /* personal pronoun */
  POS_PREP,       /* preposition */
  POS_TO,         /* "to" before a verb */
  POS_CONJ,       /* and, or, but */
  POS_SUBORD,     /* that, which, who, although, ... */
  POS_NEG,        /* not, n't, never */
  POS_NUM,        /* number */
  POS_POSSESSIVE, /* 's */
  POS_PUNCT       /* punctuation and symbols */
} pos_tag;

/* The form of a verb or auxiliary. */
typedef enum verb_form {
  VF_NONE = 0,
  VF_BASE,        /* seek, give */
  VF_PRESENT,     /* seeks, says */
  VF_PAST,        /* sought, said (finite) */
  VF_PARTICIPLE,  /* given, sought (after have or be) */
  VF_GERUND       /* giving */
} verb_form;

/* One token's tag: its part of speech, verb form and lemma. */
typedef struct pos_token {
  uint8_t pos;        /* pos_tag */
  uint8_t form;       /* verb_form, for verbs and auxiliaries */
  uint16_t lemma_len; /* length of the lemma */
  uint32_t lemma;     /* offset of the lemma in the tagger's lemma buffer */
} pos_token;

/* A tagged sentence: one pos_token a token, lemmas in one buffer. */
typedef struct pos_word_cache pos_word_cache;

typedef struct pos_sentence {
  DL_VEC(pos_token) tokens; /* tags, in token order */
  dl_buffer lemmas;         /* every lemma, one after another */
  pos_word_cache *cache;    /* WordNet's answers for words seen before: the context's, kept between documents */
} pos_sentence;

void pos_sentence_init(pos_sentence *ps, dl_context *ctx);
void pos_sentence_free(pos_sentence *ps, dl_context *ctx);

/*
 * Tags tokens[0, n) of text: closed classes from a table, open classes from
 * WordNet's word lists (through the lexicon), suffixes, and the neighbours'
 * tags where a word may be a noun or a verb ("the attacks" / "rebels attack").
 * Replaces what ps held. Returns DL_OK or DL_ENOMEM.
 */
int pos_tag_sentence(pos_sentence *ps, dl_context *ctx, const dl_lexicon *lex, const char *text,
                     const dl_token *tokens, size_t n);

/* The lemma of token i (not NUL-terminated); *len gets its length. */
const char *pos_lemma(const pos_sentence *ps, size_t i, size_t *len);

/* A short name for a tag ("NOUN", "VERB"), for dumps and tests. */
const char *pos_tag_name(pos_tag tag);
/* A short name for a verb form ("past", "part"), or "" for none. */
const char *verb_form_name(verb_form form);

#endif
