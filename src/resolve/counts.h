/* counts.h: how many people or things a noun phrase names, and the killed and wounded a sentence reports (internal). */
#ifndef DL_RESOLVE_COUNTS_H
#define DL_RESOLVE_COUNTS_H

#include <stddef.h>
#include <stdint.h>

#include "text/tokenize.h"

/* A number that counts the people or things of a phrase. */
typedef struct count_mention {
  double value;        /* 46, 35, 100 for "hundreds of" */
  uint8_t approximate; /* "hundreds of", "about 300", "more than 50" */
  uint32_t first;      /* the number's tokens [first, end), with its hedge ("at least 12") */
  uint32_t end;
} count_mention;

/*
 * The count of the noun phrase whose head tokens are [first, end) of
 * tokens[0, n): a number before it in the same phrase ("Forty-six Afghan
 * soldiers", "at least 12 people"), or in a partitive or collective before it
 * ("another batch of 35 soldiers", "hundreds of Afghan soldiers", "a group of
 * 20 protesters"). Not a year, a date, money, a percentage or an ordinal.
 * Returns 1 and fills *out, or 0 when the phrase gives no count.
 */
int count_of_phrase(const char *text, const dl_token *tokens, size_t n, size_t first, size_t end,
                    count_mention *out);

/* The killed and wounded a sentence reports. */
typedef struct casualty_count {
  double killed;       /* valid when has_killed */
  double wounded;      /* valid when has_wounded */
  uint8_t has_killed;
  uint8_t has_wounded;
  uint8_t approximate; /* a hedge or vague number was involved */
} casualty_count;

/*
 * Finds the killed and wounded that tokens[0, n) report: "at least 12 people
 * were killed", "killing 23 people", "killed 46 and wounded 100", "12 dead",
 * "two soldiers were wounded", "the death toll rose to 30", "left 5 dead and
 * 20 injured", "a policeman was killed" (1). Returns 1 when it found either.
 */
int casualties_find(const char *text, const dl_token *tokens, size_t n, casualty_count *out);

#endif
