/* number.h: reading numbers written in digits or words (internal). */
#ifndef DL_TEXT_NUMBER_H
#define DL_TEXT_NUMBER_H

#include <stddef.h>

#include "text/tokenize.h"

/*
 * Zero when no number can start at token t: it is a word that is no number
 * word, scale, vague quantity or hedge ("about", "at least"). A quick test
 * before number_read, which most words fail.
 */
int number_may_start(const char *text, const dl_token *t);

/* The same test for a word already in lower case (n bytes, up to any hyphen). */
int number_word_may_start(const char *w, size_t n);

/*
 * Reads a number starting at tokens[i] (of n): "46", "Forty-six", "forty six",
 * "2,400", "1.5 million", "a dozen", "hundreds of", "thousands", "about 300",
 * "at least 12". Returns how many tokens it covers, 0 when none; *value gets
 * the number and *approximate is 1 for vague quantities ("hundreds of" is 100,
 * "dozens" is 24... see number.c) and hedges ("about", "nearly", "some").
 */
size_t number_read(const char *text, const dl_token *tokens, size_t n, size_t i,
                   double *value, int *approximate);

#endif
