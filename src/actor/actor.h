/* actor.h: finding actor mentions in a document's sentences and coding them (internal). */
#ifndef DL_ACTOR_ACTOR_H
#define DL_ACTOR_ACTOR_H

#include <stdint.h>

#include "core/context.h"
#include "lexicon/lexicon.h"
#include "text/document.h"

/* What a mention names. */
typedef enum mention_kind {
  MENTION_COUNTRY = 1, /* a country, its people, capital or a body of its state, maybe with a role */
  MENTION_GROUP,       /* an organisation or armed group */
  MENTION_PERSON,      /* a named person */
  MENTION_ROLE         /* a role with no country of its own ("the soldiers") */
} mention_kind;

/* Mention flags. */
enum {
  MENTION_LOCATIVE = 1,  /* reads as a place: "in Pakistan", "cities such as Kabul" */
  MENTION_POSSESSOR = 2, /* followed by 's and a noun that is not a role */
  MENTION_INFERRED = 4,  /* country taken from an antecedent or possessor */
  MENTION_DESCRIBES = 8, /* a demonym that describes a thing: "an Iranian tanker" */
  MENTION_SURNAME = 16,  /* a person named by one word of a longer name, with no title: "Howard" */
  MENTION_ETHNIC = 32,   /* a people named as a minority ("ethnic Albanians"): coded where they live */
  MENTION_SHARED = 64,   /* named by a phrase several countries' entries share ("Kurds"): the story decides */
  MENTION_HOME = 128     /* country taken from the dateline of a story about it ("The government" in Bamako) */
};

/* One actor mention: a token range of one sentence and its code. */
typedef struct dl_mention {
  uint32_t sentence;     /* index of the sentence (0 is the headline) */
  uint32_t first;        /* first token (index into the document's tokens), with its determiner */
  uint32_t end;          /* one past the last token */
  uint32_t head;         /* the token the mention is named by: the role noun or the name */
  char code[24];         /* "AFGMIL", "IGOUNO", or the role alone ("MIL") when no country is known */
  char country[4];       /* ISO alpha-3, or "" */
  char roles[16];        /* role codes run together ("GOV", "REBINS"), or "" */
  char backer[4];        /* the country that backs a role ("Ankara-backed rebels": TUR), which it is not, or "" */
  uint8_t kind;          /* mention_kind */
  uint8_t flags;         /* MENTION_* */
  const lex_entry *entry;/* the dictionary entry that named it */
  const lex_entry *role_entry; /* the first role noun's entry, or NULL */
  const struct lex_place *place; /* the gazetteer's place when a town or region named the country, or NULL */
  int32_t refers_to;     /* index of the mention it refers back to, or -1 */
} dl_mention;

typedef DL_VEC(dl_mention) dl_mention_vec;

/* The article's date as days since 1970-01-01, for dated entries; LEX_DAY_MIN when it has none or it cannot be read. */
int32_t actor_article_day(const dl_article *a);

/* What the actor stage knows of a story beyond its text. */
typedef struct actor_story {
  int32_t day;               /* the article's date as days since 1970-01-01, LEX_DAY_MIN when unknown */
  const dl_article *article; /* for its dateline, or NULL */
} actor_story;

/* The article's date, and the article for its dateline. */
void actor_story_of(const dl_article *a, actor_story *story);

/* The country of the dateline's place in lex's gazetteer ("BAMAKO" -> "MLI") into home, or "". */
void actor_dateline_country(const dl_lexicon *lex, const dl_article *a, char home[4]);

/*
 * Finds every actor mention in the document, sentence by sentence, and
 * appends them to out in reading order. story gives the article's date,
 * which picks dated entries, and its dateline's country, which a story
 * about that country gives its unnamed government, army and police.
 */
int actor_find(dl_context *ctx, const dl_lexicon *lex, const dl_document *doc, const actor_story *story,
               dl_mention_vec *out);

#endif
