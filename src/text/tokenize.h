/* tokenize.h: splitting normalised text into tokens (internal). */
#ifndef DL_TEXT_TOKENIZE_H
#define DL_TEXT_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

#include "core/context.h"
#include "dateline.h"

/* Token flags. */
enum {
  TOKEN_CAPITALISED = 1, /* first letter upper case */
  TOKEN_ALLCAPS = 2,     /* two or more letters, all upper case */
  TOKEN_SPACE_BEFORE = 4 /* white space precedes it */
};

/* A token is a slice of the normalised text: {offset, length}, no copy. */
typedef struct dl_token {
  uint32_t start;  /* offset in the normalised text */
  uint32_t len;    /* length in bytes */
  uint8_t kind;    /* dl_token_kind */
  uint8_t flags;   /* TOKEN_* */
} dl_token;

typedef DL_VEC(dl_token) dl_token_vec;

/*
 * Tokenises text[from, to) and appends the tokens to out (offsets are into
 * text). Words, numbers, hyphenated compounds ("Forty-six", "20-year"),
 * possessives split off ("Pakistan" "'s"), abbreviations ("U.S.", "Gen.",
 * "Jan."), initials, URLs, e-mail addresses, currency and percentages.
 * Runs in time linear in the input.
 */
int tokenize(dl_context *ctx, const char *text, size_t from, size_t to, dl_token_vec *out);

/* Classes of known abbreviation, as token_is_abbreviation returns them. */
enum {
  ABBREV_TITLE = 1,  /* Mr. Gen. Dr. St. vs.: a name or word always follows; never ends a sentence */
  ABBREV_ENDING = 2, /* Jan. Inc. Co. etc. Jr. Calif.: may end a sentence before a sentence starter */
  ABBREV_NUMBER = 3  /* No. Vol. Fig.: an abbreviation only before a number */
};

/*
 * Nonzero when the word (without its final period) is a known abbreviation:
 * one of ABBREV_TITLE, ABBREV_ENDING, ABBREV_NUMBER. Case matters ("Gen", not
 * "gen"). Dotted acronyms (U.S., a.m.) and initials (J.) are found by pattern
 * in tokenize and are not in the table.
 */
int token_is_abbreviation(const char *s, size_t len);

#endif
