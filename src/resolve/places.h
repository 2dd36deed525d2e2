/* places.h: the place names of a document, told from actors and people and resolved in the gazetteer (internal). */
#ifndef DL_RESOLVE_PLACES_H
#define DL_RESOLVE_PLACES_H

#include <stdint.h>

#include "actor/actor.h"
#include "article/article.h"
#include "lexicon/places.h"
#include "text/document.h"

/* Where a place mention is. */
enum {
  PLACE_IN_TEXT = 0, /* tokens [first, end) of sentence `sentence` */
  PLACE_DATELINE,    /* the dateline's place ("ISLAMABAD (Reuters) -"): src offsets [first, end) */
  PLACE_CAPTION      /* tokens [first, end) of the photo caption, tokenised on its own */
};

/* One place mention and the place it names. */
typedef struct place_mention {
  uint8_t where;           /* PLACE_IN_TEXT or PLACE_DATELINE */
  uint32_t sentence;       /* its sentence (PLACE_IN_TEXT) */
  uint32_t first;          /* document token range, or source byte range for the dateline */
  uint32_t end;
  const lex_place *place;  /* the place chosen */
} place_mention;

typedef DL_VEC(place_mention) place_mention_vec;

/*
 * Finds the place names of the document and resolves each: capitalised
 * words the gazetteer knows, and actor mentions of countries and capitals
 * used as places ("fled to Tajikistan", "in Islamabad"), but not actors
 * ("Washington said"), demonyms ("Afghan") or people ("Jordan Peterson").
 * Among places of one name it prefers the one the context points to: a
 * country the story names, the dateline's country, a division named next to
 * it ("Hyderabad, Sindh"), a country's possessive ("Qatar's capital, Doha"),
 * then feature class and population. The dateline place comes first, when
 * the article has one. mentions are the document's actor mentions. When
 * only is not NULL, only the sentences s with only[s] set are read (and the
 * caption is not): the coder needs the places of its events' sentences.
 */
int places_find(dl_context *ctx, const dl_lexicon *lex, const dl_article *a, const dl_document *doc,
                const dl_mention_vec *mentions, const uint8_t *only, place_mention_vec *out);

#endif
