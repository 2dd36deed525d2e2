/* words.h: membership in a sorted array of lower-case words, for word lists tested on most tokens, and ASCII lower-casing (internal). */
#ifndef DL_CORE_WORDS_H
#define DL_CORE_WORDS_H

#include <stddef.h>

/*
 * Nonzero when w[0, n) (not NUL-terminated) is one of words[0, count),
 * which are NUL-terminated and sorted by byte value. A binary search that
 * compares bytes by hand: no strlen, no copy.
 */
int words_sorted_contain(const char *const *words, size_t count, const char *w, size_t n);

/* Copies s[0, n) into out with ASCII capitals lowered, at most cap bytes and no NUL; returns the bytes written. */
size_t words_lower_ascii(const char *s, size_t n, char *out, size_t cap);

#endif
