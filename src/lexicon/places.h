/* places.h: the gazetteer compiled into the lexicon: places by folded name (internal). */
#ifndef DL_LEXICON_PLACES_H
#define DL_LEXICON_PLACES_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon/lexicon.h"

/* One place of the gazetteer. Strings are NUL-terminated and owned by the lexicon. */
typedef struct lex_place {
  uint32_t geonameid;  /* GeoNames id; 0 for places from iso-codes or the project's own list */
  const char *name;    /* the place's name as the gazetteer writes it ("Chitral", "Kābul") */
  char country[4];     /* ISO 3166-1 alpha-3 */
  char admin1[8];      /* ISO 3166-2 code of its first-level division ("PK-KP"), or "" */
  char feature[8];     /* GeoNames feature code (PPLC, PPLA, PPLA2, PPL, ADM1, PCLI) or the project's
                          own (CRSS border crossing, RGN region, AREA disputed or named area) */
  float lat;           /* degrees north */
  float lon;           /* degrees east */
  uint32_t population; /* 0 when unknown */
} lex_place;

/* The most places one name may have. */
#define LEX_MAX_PLACES 64

/*
 * Folds a name or a run of words for place lookups: Unicode compatibility
 * decomposition, combining marks removed, lower case, every run of spaces,
 * hyphens and apostrophes as one space, other punctuation dropped ("Kābul"
 * and "KABUL" are "kabul"; "Dera Ismail-Khan" is "dera ismail khan").
 * Writes at most cap bytes (NUL included) and returns the length, 0 when it
 * does not fit.
 */
size_t lex_place_fold(const char *s, size_t n, char *out, size_t cap);

/*
 * The places whose folded name or alias is key[0, len) (already folded),
 * the most populous first: fills out[0, max) and returns how many there are.
 */
size_t lex_place_lookup(const dl_lexicon *lex, const char *key, size_t len, const lex_place **out, size_t max);

/* Nonzero when some folded place name starts with the words key[0, len) followed by a space. */
int lex_place_prefix(const dl_lexicon *lex, const char *key, size_t len);

/* The number of places in the lexicon. */
size_t lex_place_count(const dl_lexicon *lex);

#endif
